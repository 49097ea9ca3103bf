// The guide as assistive technology meets it: the elements the app keeps over the canvas
// (semantics/semantics.hpp), found only through Chromium's accessibility tree and operated only
// through them (a press, keys on the focused element, a new value on the range), as a
// screen reader or voice control would.
import { createRequire } from 'node:module';
import { assert, until, settled, openGuide, sleep } from './helpers.mjs';

const require = createRequire(import.meta.url);

// The accessibility tree as a screen reader gets it, and a way to act on its nodes' elements.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const live = nodes.filter((n) => !n.ignored && n.role);
  const prop = (n, name) => { const p = (n.properties || []).find((x) => x.name === name); return p ? p.value.value : undefined; };
  const name = (n) => (n.name && n.name.value) || '';
  // Only the guide's own region: the text version after it has the same headings.
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const region = live.find((n) => n.role.value === 'region' && name(n) === 'Interactive guide');
  const inGuide = (n) => { for (let p = n; p; p = byId.get(p.parentId)) if (p === region) return true; return false; };
  const find = (role, label) => live.filter((n) => n.role.value === role && (label === undefined || name(n) === label) && inGuide(n));
  const one = (role, label) => {
    const found = find(role, label);
    assert(found.length === 1, `${found.length} ${role} named "${label}" in the accessibility tree`);
    return found[0];
  };
  // Runs `fn` on the node's DOM element (`this`) in the page.
  const call = async (n, fn, ...args) => {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId, functionDeclaration: fn.toString(), arguments: args.map((value) => ({ value })), returnByValue: true,
    });
    assert(!exceptionDetails, 'in the page: ' + JSON.stringify(exceptionDetails));
    return result.value;
  };
  return { nodes: live, prop, name, find, one, call };
}

// The canvas's pixels inside a widget's rectangle, to see that what was done there is drawn.
async function drawn(page, id) {
  const r = await page.evaluate((x) => window.mlguide.locate(x), id);
  return (await page.screenshot({ clip: { x: r.x, y: r.y, width: r.width, height: r.height } })).toString('base64');
}

const skills = ['Python', 'R', 'C/C++', 'Linear algebra', 'Differential calculus', 'Keras', 'TensorFlow', 'PyTorch',
  'Dedication', 'Adaptability'];

export default function register(test) {
  test('the accessibility tree has every control with its role, name and state', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    const ax = await axTree(page);
    assert(ax.nodes.some((n) => n.role.value === 'region' && ax.name(n) === 'Interactive guide'), 'no region for the guide');
    for (const s of skills) {
      const b = ax.nodes.filter((n) => n.role.value === 'button' && ax.name(n).startsWith(s + ', '));
      assert(b.length === 1 && ax.name(b[0]) === s + ', Not started', `skill ${s}: ${b.map(ax.name).join(' | ')}`);
    }
    for (const [title, open] of [['What an ML engineer does', true], ['How business uses ML', false], ['Skills you need', false],
      ['ML job types', false], ['Industries', false], ['Salary', false]]) {
      const header = ax.one('button', title);
      assert(ax.prop(header, 'expanded') === open, `panel "${title}": expanded ${ax.prop(header, 'expanded')}`);
      assert(/\w/.test(header.description && header.description.value), `panel "${title}" has no summary`);
      assert(ax.one('heading', title), `panel "${title}" is not a heading`);
    }
    const slider = ax.one('slider', 'Salary');
    assert(ax.prop(slider, 'valuemin') === 20000 && ax.prop(slider, 'valuemax') === 200000 && slider.value.value === 60000,
      'slider: ' + JSON.stringify(slider.properties));
    // Chromium's tree reports a range's number as its value text; screen readers are given the
    // element's aria-valuetext.
    assert((await ax.call(slider, function () { return this.getAttribute('aria-valuetext'); })) === '£60,000 a year', 'slider value text');
    ax.one('radiogroup', 'Theme');
    for (const [label, checked] of [['Auto', 'true'], ['Light', 'false'], ['Dark', 'false']])
      assert(ax.prop(ax.one('radio', label), 'checked') === checked, `theme ${label}: checked ${ax.prop(ax.one('radio', label), 'checked')}`);
    const menu = ax.one('button', 'Progress');
    assert(ax.prop(menu, 'hasPopup') === 'menu' && ax.prop(menu, 'expanded') === false, 'Progress: ' + JSON.stringify(menu.properties));
    ax.one('heading', 'What is a Machine Learning Engineer?');
    assert(!ax.nodes.some((n) => n.role.value === 'canvas' || n.role.value === 'application'), 'the canvas itself is in the tree');
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('operated only through the accessibility tree: a press, keys, a new value, a menu and a dialog', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    let ax = await axTree(page);

    // A press on a skill (a screen reader's default action, "click Python" by voice).
    const before = await drawn(page, 'skill.python');
    await ax.call(ax.one('button', 'Python, Not started'), function () { this.click(); });
    await until(page, () => window.mlguide.progress().skills.python?.state === 'learning', null, 'Python to move to Learning');
    await settled(page);
    assert((await drawn(page, 'skill.python')) !== before, 'the canvas still shows Python as it was');
    ax = await axTree(page);
    ax.one('button', 'Python, Learning');
    const said = await until(page, () => document.querySelector('#ui-mirror [aria-live]').textContent, null, 'an announcement');
    assert(said === 'Python: Learning. 0 of 12 skills confident.', 'announced: ' + said);

    // Keys on the focused element: the salary slider takes the arrow keys.
    await ax.call(ax.one('slider', 'Salary'), function () { this.focus(); });
    await until(page, () => window.mlguide.focused() === 'salary.slider', null, 'the app to follow the focus to the slider');
    await page.keyboard.press('ArrowRight');
    await until(page, () => window.mlguide.progress().salary?.amount === 61000, null, 'ArrowRight to add £1,000');
    // A new value, as assistive technology sets it (VoiceOver's swipe, TalkBack's volume keys).
    await ax.call(ax.one('slider', 'Salary'), function () {
      this.value = '72500';
      this.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(page, () => window.mlguide.progress().salary?.amount === 72500, null, 'the range input to set £72,500');
    await settled(page);
    ax = await axTree(page);
    assert((await ax.call(ax.one('slider', 'Salary'), function () { return this.getAttribute('aria-valuetext'); })) === '£72,500 a year',
      'the slider does not say the new salary');

    // A panel header opens its panel.
    await ax.call(ax.one('button', 'Industries'), function () { this.click(); });
    await until(page, () => window.mlguide.ids().includes('panel.industries.body'), null, 'Industries to open');
    await settled(page);
    ax = await axTree(page);
    assert(ax.prop(ax.one('button', 'Industries'), 'expanded') === true, 'Industries does not say it is expanded');

    // The theme, a radio.
    await ax.call(ax.one('radio', 'Dark'), function () { this.click(); });
    await until(page, () => window.mlguide.progress().theme?.value === 'dark', null, 'the dark theme');
    await until(page, () => document.documentElement.dataset.theme === 'dark', null, 'the page to know the theme');

    // The menu, and a dialog from it: modal, named, focused inside, closed with Escape.
    await settled(page);
    ax = await axTree(page);
    await ax.call(ax.one('button', 'Progress'), function () { this.click(); });
    await until(page, () => window.mlguide.ids().includes('menu.about'), null, 'the menu to open');
    await settled(page);
    ax = await axTree(page);
    ax.one('menu', 'Progress');
    assert(ax.find('menuitem').length === 6, 'menu items: ' + ax.find('menuitem').map(ax.name).join(' | '));
    await ax.call(ax.one('menuitem', 'About this guide'), function () { this.click(); });
    await until(page, () => window.mlguide.ids().includes('dialog.about'), null, 'the About dialog');
    await settled(page);
    ax = await axTree(page);
    const dialog = ax.one('dialog', 'About this guide');  // named by the heading it shows
    assert(ax.prop(dialog, 'modal') === true, 'the dialog is not modal');
    // Its words are there to read, as they are drawn: the credits, the version.
    const words = ax.find('paragraph').map((n) => ax.nodes.filter((c) => c.parentId === n.nodeId).map(ax.name).join(' ')).join(' | ');
    assert(/Dear ImGui 1\.90\.1/.test(words) && /Version \d/.test(words), 'the dialog\'s text is not in the tree: ' + words);
    const inside = await ax.call(dialog, function () { return this.contains(document.activeElement); });
    assert(inside, 'focus is not inside the dialog: ' + (await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80))));
    assert(!ax.nodes.some((n) => n.role.value === 'button' && ax.name(n).startsWith('Python')), 'behind the dialog, Python can still be reached');
    await page.keyboard.press('Escape');
    await until(page, () => !window.mlguide.ids().includes('dialog.about'), null, 'Escape to close the dialog');
    await settled(page);
    const focus = await page.evaluate(() => document.activeElement.closest('#ui-mirror') !== null || document.activeElement.id === 'canvas');
    assert(focus, 'after the dialog the keys left the guide: ' + (await page.evaluate(() => document.activeElement.outerHTML.slice(0, 100))));
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('Tab goes through every control in reading order and out; the focus is always on something seen', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    await page.keyboard.press('Tab');
    assert((await page.evaluate(() => document.activeElement.id)) === 'read-as-text', 'Tab does not start at "Read the guide as text"');
    // Every tab stop of the page: a radio group is one, its chosen radio.
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror button, #ui-mirror input, #ui-mirror a[data-node]'))
      .filter((el) => el.tabIndex >= 0).map((el) => el.closest('[data-node]').dataset.node));
    const groups = await page.evaluate(() => document.querySelectorAll('#ui-mirror [role=radiogroup]').length);
    const visited = [];
    for (let i = 0; i < order.length + 5; i++) {
      await page.keyboard.press('Tab');
      await settled(page);
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        const node = el && el.closest('#ui-mirror [data-node]');
        const r = el.getBoundingClientRect();
        return { node: node ? node.dataset.node : null, tag: el.tagName, app: window.mlguide.focused(),
          r: { top: r.top, bottom: r.bottom, left: r.left, right: r.right }, h: window.innerHeight, w: window.innerWidth };
      });
      if (!at.node) break;  // out of the guide
      visited.push(at.node);
      assert(at.app === at.node, `the page's focus is on ${at.node}, the app's on ${at.app}`);
      assert(at.r.top >= 0 && at.r.bottom <= at.h && at.r.left >= 0 && at.r.right <= at.w && at.r.bottom > at.r.top,
        `focus on ${at.node} out of sight: ${JSON.stringify(at.r)}`);
      // With room below it (its focus ring, the next line), never on the window's bottom edge.
      assert(at.r.bottom <= at.h - 40, `focus on ${at.node} against the bottom edge: ${JSON.stringify(at.r)}`);
    }
    // Every control once, in the order of the page (panel by panel, then the tracker and salary).
    assert(JSON.stringify(visited) === JSON.stringify(order), `Tab order:\n${visited.join(' ')}\nwant:\n${order.join(' ')}`);
    const radios = visited.filter((id) => /^(theme|salary\.(year|region|loan|pension))\.[^.]+$/.test(id) && id !== 'salary.pension.percent');
    assert(groups >= 5 && radios.length === groups, `one stop per radio group (${groups} groups): ${radios.join(', ')}`);
    const out = await page.evaluate(() => document.activeElement === document.body || !document.activeElement.closest('#ui-mirror'));
    assert(out, 'Tab stays in the guide after its last control');
    // And back in with Shift+Tab, on the last control.
    await page.keyboard.press('Shift+Tab');
    await settled(page);
    const back = await page.evaluate(() => window.mlguide.focused());
    assert(back === order[order.length - 1], 'Shift+Tab comes back to ' + back);
  });

  test('a click, then Tab: the keyboard carries on from what was clicked', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    const r = await page.evaluate(() => window.mlguide.locate('skill.r'));
    await page.mouse.click(r.x + 20, r.y + r.height / 2);
    await until(page, () => window.mlguide.progress().skills.r?.state === 'learning', null, 'the click to move R along');
    await settled(page);
    await page.keyboard.press('Tab');
    await settled(page);
    const next = await page.evaluate(() => window.mlguide.focused());
    assert(next === 'skill.c-cpp', 'the first Tab after a click went to ' + JSON.stringify(next));
    assert((await page.evaluate(() => document.activeElement.closest('[data-node]')?.dataset.node)) === 'skill.c-cpp',
      'the page\'s focus did not follow');
  });

  test('"Read the guide as text" shows the text version, in the app\'s theme, and leads back', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/?theme=dark');
    await settled(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await until(page, () => document.documentElement.classList.contains('text-mode'), null, 'the text version');
    const shown = await page.evaluate(() => {
      const g = document.getElementById('guide').getBoundingClientRect();
      return { height: g.height, width: g.width, canvas: getComputedStyle(document.getElementById('canvas')).visibility,
        focus: document.activeElement.id, bg: getComputedStyle(document.body).backgroundColor };
    });
    assert(shown.height > 2000 && shown.width > 300, 'the text version is not laid out: ' + JSON.stringify(shown));
    assert(shown.canvas === 'hidden' && shown.focus === 'back-to-app', 'text mode: ' + JSON.stringify(shown));
    assert(shown.bg === 'rgb(17, 20, 24)', 'the text version is not in the dark theme: ' + shown.bg);
    const links = await page.evaluate(() => Array.from(document.querySelectorAll('#guide a[href]')).filter((a) => a.tabIndex < 0).length);
    assert(links === 0, `${links} links of the text version cannot be reached by Tab`);
    await page.keyboard.press('Enter');
    await until(page, () => !document.documentElement.classList.contains('text-mode'), null, 'the way back');
    await settled(page);
    const back = await page.evaluate(() => ({ canvas: getComputedStyle(document.getElementById('canvas')).visibility,
      hidden: Array.from(document.querySelectorAll('#guide a[href]')).every((a) => a.tabIndex === -1) }));
    assert(back.canvas === 'visible' && back.hidden, 'back: ' + JSON.stringify(back));
    await page.keyboard.press('Tab');
    await settled(page);
    assert(await page.evaluate(() => window.mlguide.focused() !== ''), 'the keys are not the guide\'s after coming back');
  });

  test('axe-core finds no violations in the running guide, with a dialog open too', async ({ browser, url }) => {
    for (const width of [1280, 375]) {
      // axe is injected as an inline script, which the page's own policy forbids.
      const ctx = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
      const page = await openGuide(ctx, url + '/');
      await settled(page);
      await page.addScriptTag({ path: require.resolve('axe-core') });
      const check = async (when) => {
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const found = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert(found.length === 0, `axe at ${width} px, ${when}:\n  ${found.join('\n  ')}`);
      };
      await check('at rest');
      await page.evaluate(() => document.querySelector('#ui-mirror [data-node="menu"]').click());
      await until(page, () => window.mlguide.ids().includes('menu.reset'), null, 'the menu');
      await settled(page);
      await check('with the menu open');
      await page.evaluate(() => document.querySelector('#ui-mirror [data-node="menu.reset"]').click());
      await until(page, () => window.mlguide.ids().includes('dialog.reset'), null, 'the Reset dialog');
      await settled(page);
      await sleep(100);
      await check('with a dialog open');
      await ctx.close();
    }
  });
}

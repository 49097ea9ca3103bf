// What the page adapter makes of tree updates. Each update here is one the app could send:
// the same shape, the same rules (semantics/tree_update.hpp).
import assert from 'node:assert/strict';

const node = (id, role, name, at, extra = {}) => ({ id, added: true, role, name, description: '', valueText: '', value: 0,
  min: 0, max: 0, step: 0, expanded: 'none', checked: 'none', modal: false, invalid: false, level: 0, url: '', announce: '',
  textFrom: '', at, ...extra });
const line = (t, y, g, extra = {}) => ({ t, x: 10, y, w: 8 * t.length, h: 24, s: 16, g, ...extra });

// A first update: a heading, a panel header (collapsed, its text in the page's #role), two
// skills, a slider and some text between them.
const first = {
  nodes: [
    node('title', 'heading', 'What is an ML engineer?', [10, 10, 400, 40], { level: 1 }),
    node('panel.role', 'button', 'What they do', [10, 60, 400, 50], { level: 2, expanded: 'off', textFrom: 'role',
      description: 'Summary.' }),
    node('skill.python', 'button', 'Python', [10, 200, 300, 40], { valueText: 'Not started' }),
    node('skill.r', 'button', 'R', [10, 240, 300, 40], { valueText: 'Not started' }),
    node('salary.slider', 'slider', 'Salary', [10, 300, 300, 40], { value: 60000, min: 45000, max: 100000, step: 500,
      valueText: '£60,000 a year' }),
  ],
  order: [['title', ''], ['panel.role', ''], ['skill.python', ''], ['skill.r', ''], ['salary.slider', '']],
  focus: '',
  text: { at: 0, removed: 0, changed: [], inserted: [
    line('A guide to the role', 120, 2, { b: true, sp: true }), line('and its skills.', 144, 2),
    line('Skills', 180, 2, { b: true, hl: 2 }), line('Pay', 290, 4, { b: true }) ] },
  scroll: 0, covered: false, dark: false, textFont: 'Inter, sans-serif',
};

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 120))));

export default function register(test) {
  test('a first update makes an element per node, in reading order, with the text between them', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    const aria = await page.locator('#ui-mirror').ariaSnapshot();
    for (const want of ['heading "What is an ML engineer?" [level=1]', 'heading "What they do" [level=2]',
      'button "Python, Not started"', 'slider "Salary"', 'heading "Skills" [level=2]']) {
      assert.ok(aria.includes(want), 'missing ' + want + ' in\n' + aria);
    }
    assert.equal(await page.evaluate(() => document.querySelector('[data-node="panel.role"] button').getAttribute('aria-expanded')), 'false');
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror [data-node]')).map((e) => e.dataset.node));
    assert.deepEqual(order, ['title', 'panel.role', 'skill.python', 'skill.r', 'salary.slider']);
    // Read between the controls it lies between: "Skills" after the panel header, "Pay" after R.
    const reading = await page.evaluate(() => document.getElementById('ui-mirror').innerText.replace(/\s+/g, ' ').trim());
    assert.ok(/A guide to the role and its skills\. ?Skills.*Pay/.test(reading), reading);
    const place = await page.evaluate(() => {
      const s = document.querySelector('[data-node="skill.python"]').getBoundingClientRect();
      return [s.left, s.top, s.width, s.height];
    });
    assert.deepEqual(place, [10, 200, 300, 40]);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.equal(await page.evaluate(() => document.getElementById('canvas').getAttribute('aria-hidden')), 'true');
  });

  test('one value changed touches one attribute; an update that says nothing touches nothing', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    const records = await page.evaluate(() => {
      window.apply({ nodes: [{ id: 'skill.python', valueText: 'Learning', value: 0, min: 0, max: 0, step: 0 }] });
      return window.records.map((r) => r.type + ':' + (r.attributeName || '') + ':' + (r.target.dataset ? r.target.dataset.node : ''));
    });
    assert.deepEqual(records, ['attributes:aria-label:skill.python']);
    assert.ok((await page.locator('#ui-mirror').ariaSnapshot()).includes('button "Python, Learning"'));
    const none = await page.evaluate(() => { window.apply({}); return window.records.length; });
    assert.equal(none, 0);
    // A scroll moves the content box, not each element.
    const scrolled = await page.evaluate(() => { window.apply({ scroll: 100 }); return window.records.length; });
    assert.ok(scrolled <= 1, 'a scroll made ' + scrolled + ' changes');
  });

  test('a changed line keeps its span (a selection in it survives); new lines are spliced in; gone lines go', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    const kept = await page.evaluate(() => {
      const spans = () => Array.from(document.querySelectorAll('#ui-mirror span'));
      const before = spans()[1];
      window.apply({ text: { at: 0, removed: 0, inserted: [], changed: [[1, { t: 'and what it needs.', x: 10, y: 144, w: 120, h: 24, s: 16, g: 2 }]] } });
      const same = spans()[1] === before && before.textContent === 'and what it needs.';
      window.apply({ text: { at: 3, removed: 0, changed: [], inserted: [{ t: 'New words', x: 10, y: 260, w: 80, h: 24, s: 16, g: 4, b: true }] } });
      const inserted = spans().map((s) => s.textContent);
      window.apply({ text: { at: 0, removed: 2, inserted: [], changed: [] } });
      return { same, inserted, after: spans().map((s) => s.textContent) };
    });
    assert.ok(kept.same, 'the changed line got a new span');
    assert.deepEqual(kept.inserted, ['A guide to the role ', 'and what it needs.', 'Skills', 'New words', 'Pay']);
    assert.deepEqual(kept.after, ['Skills', 'New words', 'Pay']);
  });

  test('a heading or a label is heard once, from its node; its drawn words stay to select and find', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    await page.evaluate(() => window.apply({ text: { at: 0, removed: 0, changed: [], inserted: [
      { t: 'What is an ML engineer?', x: 10, y: 10, w: 300, h: 40, s: 32, g: 0, b: true, n: true }] } }));
    const aria = await page.locator('#ui-mirror').ariaSnapshot();
    assert.equal(aria.split('What is an ML engineer?').length - 1, 1, aria);
    const span = await page.evaluate(() => {
      const s = Array.from(document.querySelectorAll('#ui-mirror span')).find((e) => e.textContent === 'What is an ML engineer?');
      return s && { hidden: s.getAttribute('aria-hidden'), pointer: getComputedStyle(s).pointerEvents };
    });
    assert.deepEqual(span, { hidden: 'true', pointer: 'auto' });
  });

  test('the line break between paragraphs is for copying only: nothing empty is read', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    const breaks = await page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror br'))
      .map((b) => b.getAttribute('aria-hidden')));
    assert.ok(breaks.length >= 2, 'no line breaks between the paragraphs');
    assert.deepEqual(breaks, breaks.map(() => 'true'));
    const text = await page.evaluate(() => document.getElementById('ui-mirror').innerText);
    assert.ok(/skills\.\s*\n\s*Skills/.test(text), 'a copy lost the paragraph break: ' + JSON.stringify(text));
  });

  test('a table in the text is a table: its header row, its rows named by their first cell, a corner left empty', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    const t = (words, y, r, c, extra = {}) => line(words, y, 4, { tb: 1, r, c, ...extra });
    await page.evaluate((inserted) => window.apply({ text: { at: 4, removed: 0, changed: [], inserted } }), [
      t('A year', 320, 0, 1, { b: true, hd: 'col', sp: true }), t('A month', 320, 0, 2, { hd: 'col' }),
      t('Income tax', 344, 1, 0, { b: true, hd: 'row', sp: true }), t('−£9,432', 344, 1, 1, { sp: true }), t('−£786', 344, 1, 2),
      t('Take-home', 368, 2, 0, { b: true, hd: 'row', sp: true }), t('£45,100', 368, 2, 1, { sp: true }), t('£3,758', 368, 2, 2),
      line('After the table', 400, 4, { b: true })]);
    await settle(page);
    const aria = await page.locator('#ui-mirror').ariaSnapshot();
    const table = aria.slice(aria.indexOf('- table'));
    for (const want of ['columnheader "A year"', 'columnheader "A month"', 'rowheader "Income tax"', 'cell "−£9,432"', 'rowheader "Take-home"', 'cell "£3,758"']) {
      assert.ok(table.includes(want), 'missing ' + want + ' in\n' + aria);
    }
    const shape = () => page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror [role=row]')).map((r) => r.children.length));
    assert.deepEqual(await shape(), [3, 3, 3]);  // the corner is a column of its own
    assert.equal(await page.evaluate(() => document.querySelector('#ui-mirror [role=row] > *').getAttribute('role')), 'cell');  // not an empty header
    // Copying still gives the words in reading order, the text after the table after it.
    const text = await page.evaluate(() => document.getElementById('ui-mirror').innerText.replace(/\s+/g, ' '));
    assert.ok(/Income tax −£9,432 −£786 ?Take-home £45,100 £3,758 ?After the table/.test(text), text);
    // A row that goes takes its cells; a new one takes its place in order.
    await page.evaluate(() => window.apply({ text: { at: 6, removed: 3, changed: [], inserted: [] } }));
    assert.deepEqual(await shape(), [3, 3]);
    await page.evaluate((inserted) => window.apply({ text: { at: 6, removed: 0, changed: [], inserted } }), [
      t('Pension', 344, 1, 0, { b: true, hd: 'row', sp: true }), t('−£2,000', 344, 1, 1, { sp: true }), t('−£167', 344, 1, 2)]);
    const rows = await page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror [role=row]')).map((r) => r.textContent.trim()));
    assert.deepEqual(rows, ['A year A month', 'Pension −£2,000 −£167', 'Take-home £45,100 £3,758']);
    // The whole table gone, nothing of it is left.
    await page.evaluate(() => window.apply({ text: { at: 4, removed: 8, changed: [], inserted: [] } }));
    assert.equal(await page.evaluate(() => document.querySelectorAll('#ui-mirror [role=table]').length), 0);
  });

  test('focus: the page follows the app, tells the app what the reader focused, and never takes it from the host', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    // Focus elsewhere on the host page is never taken.
    await page.focus('#after');
    await page.evaluate(() => window.apply({ focus: 'skill.r' }));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'after');
    // With the canvas focused (a click), the app's focus is the element's.
    await page.evaluate(() => { document.getElementById('canvas').focus(); window.apply({ focus: 'skill.python' }); });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.node), 'skill.python');
    assert.deepEqual(await page.evaluate(() => window.sent), []);  // the app knew: not told back
    // The reader's own move (Tab, a screen reader) is told to the app.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.node), 'skill.r');
    assert.deepEqual(await page.evaluate(() => window.sent), [['act', 1, 'skill.r', 0]]);
  });

  test('a modal dialog: what is behind it is inert; closed, the focus goes back to the guide', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    await page.evaluate(() => {
      document.getElementById('canvas').focus();
      window.apply({
        nodes: [
          { id: 'dialog.reset', added: true, role: 'dialog', name: 'Reset your progress?', modal: true, at: [100, 100, 400, 200] },
          { id: 'dialog.reset.cancel', added: true, role: 'button', name: 'Cancel', at: [20, 140, 100, 40] },
        ],
        order: [['title', ''], ['panel.role', ''], ['skill.python', ''], ['skill.r', ''], ['salary.slider', ''],
          ['dialog.reset', ''], ['dialog.reset.cancel', 'dialog.reset']],
        focus: 'dialog.reset.cancel',
      });
    });
    const state = await page.evaluate(() => ({
      focused: document.activeElement.dataset.node,
      inert: Array.from(document.querySelectorAll('#ui-mirror [data-node]')).filter((e) => e.closest('[inert]')).map((e) => e.dataset.node),
      cancel: document.querySelector('[data-node="dialog.reset.cancel"]').getBoundingClientRect().top,
    }));
    assert.equal(state.focused, 'dialog.reset.cancel');
    assert.deepEqual(state.inert, ['title', 'panel.role', 'skill.python', 'skill.r', 'salary.slider']);
    assert.equal(state.cancel, 240);  // placed from the dialog's corner
    const aria = await page.locator('body').ariaSnapshot();
    assert.ok(aria.includes('dialog "Reset your progress?"'), aria);
    // Closed with the focus inside: it comes back to the guide, never to the page's body.
    const back = await page.evaluate(() => {
      window.apply({ removed: ['dialog.reset', 'dialog.reset.cancel'], focus: '',
        order: [['title', ''], ['panel.role', ''], ['skill.python', ''], ['skill.r', ''], ['salary.slider', '']] });
      return { active: document.activeElement.id, inert: document.querySelectorAll('#ui-mirror [inert]').length };
    });
    assert.deepEqual(back, { active: 'canvas', inert: 0 });
  });

  test('a dialog opened from a menu: the focus goes from the item straight into it, before anything turns inert', async (page) => {
    const menu = {
      nodes: [node('menu', 'menubutton', 'Progress', [500, 10, 100, 40], { expanded: 'on' }),
        node('menu.list', 'menu', 'Progress', [400, 50, 260, 100]),
        node('menu.reset', 'menuitem', 'Reset progress…', [0, 0, 260, 40])],
      order: [...first.order, ['menu', ''], ['menu.list', ''], ['menu.reset', 'menu.list']],
      focus: 'menu.reset',
    };
    await page.evaluate((u) => { window.apply(u); window.apply(u.menu); }, { ...first, menu });
    await settle(page);
    await page.evaluate(() => document.querySelector('[data-node="menu.reset"]').focus());
    const opened = {
      removed: ['menu.list', 'menu.reset'],
      nodes: [{ id: 'menu', expanded: 'off' },
        node('dialog', 'dialog', 'Reset your progress?', [100, 100, 400, 200], { modal: true, description: 'All 12 skills go back.' }),
        node('dialog.text.1', 'paragraph', 'All 12 skills go back.', [24, 60, 350, 40]),
        node('dialog.cancel', 'button', 'Cancel', [20, 140, 100, 40])],
      order: [...first.order, ['menu', ''], ['dialog', ''], ['dialog.text.1', 'dialog'], ['dialog.cancel', 'dialog']],
      focus: 'dialog.cancel',
    };
    const moves = await page.evaluate((u) => {
      const seen = [];
      document.addEventListener('focusin', (e) => seen.push([e.target.closest('[data-node]')?.dataset.node || e.target.tagName,
        document.querySelectorAll('#ui-mirror [inert]').length]));
      window.apply(u);
      return seen;
    }, opened);
    assert.deepEqual(moves, [['dialog.cancel', 0]]);  // never the menu button, nothing inert yet
    assert.equal(await page.evaluate(() => document.querySelectorAll('#ui-mirror [inert]').length > 0), true);
    const aria = await page.locator('body').ariaSnapshot();
    assert.ok(aria.includes('dialog "Reset your progress?"'), aria);
    assert.equal(await page.evaluate(() => document.querySelector('[data-node="dialog"]').getAttribute('aria-description')), 'All 12 skills go back.');
  });

  test('a dialog\'s words and its table are there as text and as a table, in reading order', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await settle(page);
    await page.evaluate((firstOrder) => window.apply({
      nodes: [
        { id: 'dialog', added: true, role: 'dialog', name: 'Keyboard shortcuts', modal: true, at: [100, 100, 500, 300] },
        { id: 'dialog.keys', added: true, role: 'heading', name: 'Keyboard shortcuts', level: 2, at: [24, 24, 400, 30] },
        { id: 'dialog.keys.table', added: true, role: 'table', name: 'Keyboard shortcuts', at: [24, 60, 450, 80] },
        { id: 'dialog.keys.1', added: true, role: 'row', name: '', at: [0, 0, 450, 40] },
        { id: 'dialog.keys.1.keys', added: true, role: 'rowheader', name: 'Tab, Shift+Tab', at: [0, 0, 140, 20] },
        { id: 'dialog.keys.1.does', added: true, role: 'cell', name: 'Move between controls.', at: [150, 0, 300, 20] },
        { id: 'dialog.text.1', added: true, role: 'paragraph', name: 'Every key the guide answers to.', at: [24, 150, 400, 20] },
        { id: 'dialog.cancel', added: true, role: 'button', name: 'Close', at: [20, 240, 100, 40] },
      ],
      order: [...firstOrder, ['dialog', ''], ['dialog.keys', 'dialog'], ['dialog.keys.table', 'dialog'],
        ['dialog.keys.1', 'dialog.keys.table'], ['dialog.keys.1.keys', 'dialog.keys.1'], ['dialog.keys.1.does', 'dialog.keys.1'],
        ['dialog.text.1', 'dialog'], ['dialog.cancel', 'dialog']],
      focus: 'dialog.cancel',
    }), first.order);
    const aria = await page.locator('[data-node="dialog"]').ariaSnapshot();
    const want = ['heading "Keyboard shortcuts"', 'table "Keyboard shortcuts"', 'rowheader "Tab, Shift+Tab"',
      'cell "Move between controls."', 'paragraph: Every key the guide answers to.', 'button "Close"'];
    let at = -1;
    for (const w of want) {
      const i = aria.indexOf(w);
      assert.ok(i > at, `"${w}" missing or out of order in\n${aria}`);
      at = i;
    }
    // Each is one line of text: a screen reader reading by line meets no empty ones.
    const lines = await page.evaluate(() => document.querySelector('[data-node="dialog"]').innerText.split('\n'));
    assert.ok(lines.every((l) => l.trim() !== ''), JSON.stringify(lines));
  });

  test('announcements: said in the order given, and the same words twice are heard twice', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    const heard = await page.evaluate(() => new Promise((resolve) => {
      const region = document.querySelector('#ui-mirror [aria-live="polite"]');
      const seen = [];
      new MutationObserver(() => seen.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
      window.apply({ say: ['Python: Learning. 0 of 12 skills confident.', 'Saved in this browser only.'] });
      setTimeout(() => {
        window.apply({ say: ['Python: Learning. 0 of 12 skills confident.'] });
        setTimeout(() => resolve(seen), 150);
      }, 150);
    }));
    assert.deepEqual(heard.filter((t) => t), ['Python: Learning. 0 of 12 skills confident. Saved in this browser only.',
      'Python: Learning. 0 of 12 skills confident.']);
    assert.ok(heard.includes(''), 'not emptied between the two');
  });

  test('what the reader does comes back: a press, a new value, committed text, a find in a collapsed panel', async (page) => {
    await page.evaluate((u) => window.apply(u), first);
    await page.evaluate(() => window.apply({
      nodes: [{ id: 'salary.amount', added: true, role: 'textbox', name: 'Salary', at: [10, 400, 220, 48],
        field: { text: '60,000', multiline: false, select: false, editable: true, numeric: true, font: '600 19px/1.2 sans-serif',
          padX: 10, padY: 8, padLeft: 30, radius: 8, fg: 4278190080, border: 4278190080 } }],
      order: [['title', ''], ['panel.role', ''], ['skill.python', ''], ['skill.r', ''], ['salary.slider', ''], ['salary.amount', '']],
    }));
    await settle(page);
    await page.evaluate(() => document.querySelector('[data-node="skill.python"]').click());
    await page.evaluate(() => {
      const r = document.querySelector('[data-node="salary.slider"]');
      r.value = '72500';
      r.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.fill('[data-node="salary.amount"]', '70000');
    await page.keyboard.press('Enter');
    // The collapsed panel's text is in the page, hidden until found, and found it opens the panel.
    const hidden = await page.evaluate(() => {
      const f = document.querySelector('#ui-mirror [hidden="until-found"]');
      f.dispatchEvent(new Event('beforematch'));
      return f.textContent;
    });
    assert.ok(hidden.includes('Engineers build systems that learn.') && !hidden.includes('Summary.'), hidden);
    const sent = await page.evaluate(() => window.sent.filter((s) => !(s[0] === 'act' && s[1] === 1)));
    assert.deepEqual(sent, [['act', 0, 'skill.python', 0], ['act', 2, 'salary.slider', 72500], ['commit', 'salary.amount', '70000'],
      ['act', 0, 'panel.role', 0]]);
    const field = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('[data-node="salary.amount"]'));
      return [s.paddingLeft, s.paddingTop, s.borderTopLeftRadius, s.fontWeight];
    });
    assert.deepEqual(field, ['30px', '8px', '8px', '600']);  // as the tree says, not as the adapter knows
    // Opened, the panel's drawn text takes the place of the hidden copy.
    await page.evaluate(() => window.apply({ nodes: [{ id: 'panel.role', expanded: 'on', checked: 'none', modal: false, invalid: false,
      level: 2, textFrom: '' }] }));
    assert.equal(await page.evaluate(() => document.querySelectorAll('#ui-mirror [hidden]').length), 0);
  });
}

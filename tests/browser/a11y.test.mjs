// Screen readers, keyboard-only use and touch.
import { assert, until, settled, openGuide, hasId, atDate } from './helpers.mjs';

export default function register(test) {
  test('while the app runs, the accessibility tree reads the guide as drawn: headings, text between the controls, no hidden copy', async ({ ctx, url }) => {
    await atDate(ctx, '2026-12-04T12:00:00');
    const page = await openGuide(ctx, url + '/');
    const cdp = await ctx.newCDPSession(page);
    await until(page, () => !document.documentElement.classList.contains('loading'), null, 'the app to show');
    await settled(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (role) => nodes.filter((n) => !n.ignored && n.role && n.role.value === role).map((n) => ((n.name && n.name.value) || '').trim());
    const headings = named('heading');
    for (const h of ['What is a Machine Learning Engineer?', 'What an ML engineer does', 'How business uses ML', 'Skills you need',
      'ML job types', 'Industries', 'Salary', 'Your skills', 'Where it sits', 'Take-home pay, 2026/27', 'Another £1,000 a year',
      'Compared with your pay now', 'Sources'])
      assert(headings.includes(h), `heading "${h}" missing; headings: ${headings.join(' | ')}`);
    const text = named('StaticText').join(' ');
    for (const t of ['A machine learning engineer programs computers', 'Income tax', 'National Insurance'])
      assert(text.includes(t), `"${t}" is not read`);
    // Each once: a control's own words are its name, not text read again beside it.
    assert(named('StaticText').filter((t) => t === 'Python').length === 0, 'the skill\'s label is read as text as well as its button');
    // The text lies between the controls it is drawn between: the first panel's words after its
    // header and before the next one's.
    const order = await page.evaluate(() => {
      const span = Array.from(document.querySelectorAll('#ui-mirror span')).find((s) => s.textContent.startsWith('A machine learning engineer programs'));
      const header = (id) => document.querySelector(`#ui-mirror [data-node="${id}"]`);
      const after = (a, b) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return span && { afterOwn: after(header('panel.role'), span), beforeNext: after(span, header('panel.business')) };
    });
    assert(order && order.afterOwn && order.beforeNext, 'the first paragraph is read out of place: ' + JSON.stringify(order));
    // The text version (for reading as text, printing and browsers without WebGL) is not a second copy meanwhile.
    assert(await page.evaluate(() => getComputedStyle(document.getElementById('guide')).display === 'none'), 'the hidden copy is still there');
    assert(nodes.some((n) => !n.ignored && n.role && n.role.value === 'region' && /Interactive guide/.test(n.name && n.name.value)),
      'the interactive guide has no region');
  });

  test('keyboard alone: reach and change a skill and the salary', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await page.keyboard.press('Tab');  // the skip link
    assert((await page.evaluate(() => document.activeElement.className)) === 'skip-link', 'the skip link comes first');
    const skip = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
    assert(skip.top >= 0 && skip.height > 10 && skip.width > 100, 'the focused skip link is not in view: ' + JSON.stringify(skip));
    await page.keyboard.press('Tab');  // the guide's first control
    await settled(page);
    assert((await page.evaluate(() => window.mlguide.focused())) === 'readiness', 'Tab does not reach the guide\'s first control');
    const tabTo = async (id) => {
      for (let i = 0; i < 60 && (await page.evaluate(() => window.mlguide.focused())) !== id; i++) {
        await page.keyboard.press('Tab');
        await settled(page);
      }
      assert((await page.evaluate(() => window.mlguide.focused())) === id, 'Tab did not reach ' + id);
    };
    await tabTo('skill.python');
    await page.keyboard.press('3');
    await until(page, () => window.mlguide.progress().skills.python?.state === 'confident', null, 'key 3 to make python confident');
    await tabTo('salary.slider');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageUp');
    await until(page, () => window.mlguide.progress().salary?.amount === 66000, null, 'the salary to move by £1,000 and £5,000');
  });

  test('touch: a tap toggles a panel exactly once; a drag scrolls instead of tapping', async ({ browser, url }) => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 700 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    try {
      const page = await openGuide(ctx, url + '/');
      const cdp = await ctx.newCDPSession(page);
      const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      const r = await page.evaluate(() => window.mlguide.locate('panel.role'));
      const x = r.x + r.width / 2, y = r.y + r.height / 2;
      assert(await page.evaluate(hasId, 'panel.role.body'), 'the first panel starts open');
      await touch('touchStart', x, y);
      await touch('touchEnd', x, y);
      await settled(page);
      assert(!(await page.evaluate(hasId, 'panel.role.body')), 'a tap did not close the panel (or toggled it twice)');

      const before = await page.evaluate(() => window.mlguide.locate('panel.skills').y);
      await touch('touchStart', 200, 600);
      for (let i = 1; i <= 10; i++) await touch('touchMove', 200, 600 - i * 30);
      await touch('touchEnd', 200, 300);
      await settled(page);
      const after = await page.evaluate(() => window.mlguide.locate('panel.skills').y);
      assert(after < before - 200, `the drag did not scroll: ${before} -> ${after}`);
      const open = await page.evaluate(() => window.mlguide.ids().filter((id) => id.endsWith('.body')));
      assert(open.length === 0, 'the drag opened a panel: ' + open.join(', '));
    } finally {
      await ctx.close();
    }
  });
}

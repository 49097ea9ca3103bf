// Screen readers, keyboard-only use and touch.
import { assert, until, settled, openGuide, hasId } from './helpers.mjs';

export default function register(test) {
  test('while the app runs, the accessibility tree has the guide\'s headings and the salary table', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    const cdp = await ctx.newCDPSession(page);
    // The text guide joins the tree once the app's first frame is on screen.
    await until(page, () => document.documentElement.classList.contains('show-text'), null, 'the text guide to be shown');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (role) => nodes.filter((n) => !n.ignored && n.role && n.role.value === role).map((n) => (n.name && n.name.value) || '');
    const headings = named('heading');
    for (const h of ['What is a Machine Learning Engineer?', 'What an ML engineer does', 'How business uses ML', 'Skills you need',
      'ML job types', 'Industries', 'Salary', 'Take-home pay, 2025/26'])
      assert(headings.includes(h), `heading "${h}" missing; headings: ${headings.join(' | ')}`);
    const tables = named('table');
    assert(tables.some((t) => t.startsWith('Estimated take-home pay')), 'no salary table; tables: ' + tables.join(' | '));
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

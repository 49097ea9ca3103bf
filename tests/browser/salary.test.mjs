// The salary explorer.
import { assert, until, settled, openGuide, reveal, clickWidget, hasId, takeAwayField } from './helpers.mjs';

export default function register(test) {

  test('the salary slider follows a drag and the keys, and keeps its value over a reload', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    const amount = () => window.mlguide.progress().salary?.amount;
    const r = await reveal(page, 'salary.slider');
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(r.x + r.width * 0.75, y, { steps: 8 });
    await page.mouse.up();
    await until(page, () => window.mlguide.progress().salary?.amount > 80000, null, 'the slider to follow the drag');
    const dragged = await page.evaluate(amount);
    assert(dragged % 500 === 0 && dragged < 95000, 'dragged to ' + dragged);
    assert((await page.evaluate(() => window.mlguide.focused())) === 'salary.slider', 'the slider did not take focus');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await until(page, (d) => window.mlguide.progress().salary?.amount === d - 4000, dragged, 'the keys to move the slider');
    await settled(page);
    await page.reload();
    await page.evaluate(() => window.mlguide.ready);
    assert((await page.evaluate(amount)) === dragged - 4000, 'the salary was not kept over the reload');
  });

  // The headline the reader sees, from the page's text layer: "About £3,779 a month take-home".
  const monthly = () => (document.getElementById('ui-mirror').textContent.match(/About (£[\d,]+) a month take-home/) || [])[1];
  const pay = () => window.mlguide.progress().salary;
  const isScotlandPlan2Pension5 = (s) => s && s.region === 'scotland' && s.loan === 'plan-2' && !s.postgraduate &&
    s.pension.kind === 'percent' && s.pension.percent === 5 && s.pension.method === 'net-pay';
  // £60,000 in Scotland, Plan 2, 5% by net pay, a month: £5,000 - £250 pension - £996 tax
  // (£11,953.80 a year) - £268 NI (£3,210.60) - £236 loan (£2,837.70) = £3,250.
  const expected = '£3,250';

  // Checks the figure, then that a reload keeps the choices and the figure.
  async function keptOverReload(page) {
    await until(page, (e) => document.getElementById('ui-mirror').textContent.includes('About ' + e + ' a month take-home'), expected,
      'the take-home for Scotland, Plan 2 and a 5% pension');
    assert(isScotlandPlan2Pension5(await page.evaluate(pay)), 'choices: ' + JSON.stringify(await page.evaluate(pay)));
    await settled(page);
    await page.reload();
    await page.evaluate(() => window.mlguide.ready);
    await until(page, monthly, null, 'the headline after the reload');
    assert((await page.evaluate(monthly)) === expected, 'after the reload: ' + (await page.evaluate(monthly)));
    assert(isScotlandPlan2Pension5(await page.evaluate(pay)), 'the choices were not kept over the reload');
  }

  test('Scotland, Plan 2 and a 5% pension by mouse: the take-home changes, survives a reload and travels in a share link',
    async ({ browser, ctx, url }) => {
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await openGuide(ctx, url + '/?panel=salary');
      await until(page, monthly, null, 'the headline');
      assert((await page.evaluate(monthly)) === '£3,779', 'default: ' + (await page.evaluate(monthly)));  // £60,000, no loan or pension
      for (const id of ['salary.region.scotland', 'salary.loan.plan-2', 'salary.pension.percent-of-salary']) {
        await clickWidget(page, id);
        await settled(page);
      }
      // The stepper by mouse: up one, down one.
      await clickWidget(page, 'salary.pension.percent.more');
      await until(page, () => window.mlguide.progress().salary.pension.percent === 6, null, '6% after +');
      await clickWidget(page, 'salary.pension.percent.less');
      await until(page, () => window.mlguide.progress().salary.pension.percent === 5, null, '5% after -');
      await keptOverReload(page);

      await clickWidget(page, 'menu');
      await settled(page);
      await clickWidget(page, 'menu.share');
      await until(page, hasId, 'dialog.takeaway.copied', 'the browser to confirm the copy');
      const link = (await page.evaluate(takeAwayField)).value;
      assert(/#progress=2\.[0-9a-f]{6}\.[012]{12}\.60000_all_scotland_plan-2_0_percent_500_net-pay$/.test(link), 'link: ' + link);
      const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const them = await openGuide(other, link);
        await until(them, hasId, 'dialog.replace.confirm', 'the question to the other reader');
        assert(!(await them.evaluate(pay)), 'adopted before asking: ' + JSON.stringify(await them.evaluate(pay)));
        await clickWidget(them, 'dialog.replace.confirm');
        await until(them, (e) => document.getElementById('ui-mirror').textContent.includes('About ' + e + ' a month'), expected,
          'the shared choices to show');
        assert(isScotlandPlan2Pension5(await them.evaluate(pay)), 'shared: ' + JSON.stringify(await them.evaluate(pay)));
      } finally {
        await other.close();
      }
      assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
    });

  test('Scotland, Plan 2 and a 5% pension by keys: Tab to each control, Space to pick, arrows on the percentage', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/?panel=salary');
    await clickWidget(page, 'salary.slider');  // focus in the explorer; the keys go on from there
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    await until(page, () => window.mlguide.progress().salary?.amount === 60000, null, 'Home and Page Up to set £60,000');
    await settled(page);
    const tabTo = async (id) => {
      for (let i = 0; i < 30; i++) {
        if ((await page.evaluate(() => window.mlguide.focused())) === id) return;
        await page.keyboard.press('Tab');
        await settled(page);
      }
      throw new Error('Tab never reached ' + id + ' (at ' + (await page.evaluate(() => window.mlguide.focused())) + ')');
    };
    await tabTo('salary.region.scotland');
    await page.keyboard.press('Space');
    await until(page, () => window.mlguide.progress().salary?.region === 'scotland', null, 'Space to pick Scotland');
    await tabTo('salary.loan.plan-2');
    await page.keyboard.press('Enter');
    await until(page, () => window.mlguide.progress().salary?.loan === 'plan-2', null, 'Enter to pick Plan 2');
    await tabTo('salary.pension.percent-of-salary');
    await page.keyboard.press('Space');
    await until(page, () => window.mlguide.progress().salary?.pension.kind === 'percent', null, 'Space to pick a percentage');
    await tabTo('salary.pension.percent');
    for (const [key, want] of [['ArrowRight', 6], ['ArrowUp', 7], ['ArrowLeft', 6], ['ArrowDown', 5]]) {
      await page.keyboard.press(key);
      await until(page, (w) => window.mlguide.progress().salary.pension.percent === w, want, key + ' to make ' + want + '%');
    }
    await keptOverReload(page);
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });
}

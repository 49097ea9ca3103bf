// The salary explorer.
import { assert, until, settled, openGuide, reveal, clickWidget, hasId, takeAwayField, atDate } from './helpers.mjs';

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
    assert(dragged % 500 === 0 && dragged > 140000 && dragged < 170000, 'dragged to ' + dragged);  // three quarters of £20,000 to £200,000
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
  // £60,000 in Scotland, Plan 2, 5% by net pay, a month in 2026/27: £5,000 - £250 pension
  // - £994 tax (£11,922.05 a year) - £268 NI (£3,210.60) - £230 loan (£2,755.35) = £3,258.
  const expected = '£3,258';
  const inTaxYear2026 = '2026-12-04T12:00:00';

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
      await atDate(ctx, inTaxYear2026);
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
      assert(/#progress=3\.[0-9a-f]{6}\.[012]{12}\.60000_scotland_plan-2_0_percent_500_net-pay__$/.test(link), 'link: ' + link);
      const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await atDate(other, inTaxYear2026);
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

  test('Scotland, Plan 2 and a 5% pension by keys: Tab to each group, arrows to choose, arrows on the percentage', async ({ ctx, url }) => {
    await atDate(ctx, inTaxYear2026);
    const page = await openGuide(ctx, url + '/?panel=salary');
    await clickWidget(page, 'salary.slider');  // focus in the explorer; the keys go on from there
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageUp');
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
    // A radio group is one Tab stop, its choice; the arrows choose (WAI-ARIA radio group).
    await tabTo('salary.region.rest-of-uk');
    await page.keyboard.press('ArrowRight');
    await until(page, () => window.mlguide.progress().salary?.region === 'scotland', null, 'ArrowRight to pick Scotland');
    await until(page, () => window.mlguide.focused() === 'salary.region.scotland', null, 'the focus to move with the choice');
    await tabTo('salary.loan.none');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await until(page, () => window.mlguide.progress().salary?.loan === 'plan-2', null, 'two arrows to pick Plan 2');
    await tabTo('salary.pension.none');
    await page.keyboard.press('ArrowLeft');  // round from the first to the last
    await until(page, () => window.mlguide.progress().salary?.pension.kind === 'percent', null, 'ArrowLeft to pick a percentage');
    await tabTo('salary.pension.percent');
    for (const [key, want] of [['ArrowRight', 6], ['ArrowUp', 7], ['ArrowLeft', 6], ['ArrowDown', 5]]) {
      await page.keyboard.press(key);
      await until(page, (w) => window.mlguide.progress().salary.pension.percent === w, want, key + ' to make ' + want + '%');
    }
    await keptOverReload(page);
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  // The words of the page's text layer, one space between runs and lines.
  const words = () => document.getElementById('ui-mirror').textContent.replace(/\s+/g, ' ');
  const field = (id) => {
    const el = document.querySelector('#ui-mirror input[data-node="' + id + '"]');
    return el && { value: el.value, inputMode: el.inputMode, readOnly: el.readOnly, invalid: el.getAttribute('aria-invalid'),
      label: el.getAttribute('aria-label'), description: el.getAttribute('aria-description'), focused: document.activeElement === el };
  };

  test('the tax year follows the page\'s clock: the year named, Scotland\'s figures of that year', async ({ browser, url }) => {
    // £60,000 in Scotland a month: 2025/26 tax £13,213.80 (£1,101), 2026/27 £13,182.05 (£1,099); NI £268.
    for (const [day, year, month] of [['2026-03-01T12:00:00', '2025/26', '£3,631'], ['2026-04-06T09:00:00', '2026/27', '£3,633'],
      ['2026-12-04T12:00:00', '2026/27', '£3,633']]) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await atDate(ctx, day);
        const page = await openGuide(ctx, url + '/?panel=salary');
        await clickWidget(page, 'salary.region.scotland');
        await until(page, (m) => document.getElementById('ui-mirror').textContent.includes('About ' + m + ' a month take-home'), month,
          `${month} a month in ${year} (${day})`);
        const text = await page.evaluate(words);
        assert(text.includes('Take-home pay, ' + year) && text.includes('in Scotland, ' + year), day + ': ' + year + ' not named');
        assert(await page.evaluate((y) => window.mlguide.ids().includes('salary.year.' + y), year), 'no switch for ' + year);
        assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
      } finally {
        await ctx.close();
      }
    }
  });

  test('a salary typed as a reader types it: taken to the pound, refused plainly, kept over a reload, shared and imported',
    async ({ browser, ctx, url }) => {
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
      await atDate(ctx, '2026-12-04T12:00:00');
      const page = await openGuide(ctx, url + '/?panel=salary');
      await until(page, field, 'salary.amount', 'the salary field');
      const f = await page.evaluate(field, 'salary.amount');
      assert(f.inputMode === 'numeric' && !f.readOnly && f.label === 'Salary, pounds a year' && f.value === '60,000',
        'field: ' + JSON.stringify(f));
      // Clicked, it is the page's own field: keys type into it, Enter commits.
      await clickWidget(page, 'salary.amount');
      await until(page, (id) => document.activeElement?.dataset?.node === id, 'salary.amount', 'the field to take the focus');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('£28,900');
      await page.keyboard.press('Enter');
      await until(page, () => window.mlguide.progress().salary?.amount === 28900, null, 'the typed salary');
      await until(page, (id) => document.querySelector('#ui-mirror input[data-node="' + id + '"]').value === '28,900', 'salary.amount',
        'the field to show the salary taken');
      // Letters: refused beside the field, the salary kept.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('lots');
      await page.keyboard.press('Enter');
      await until(page, () => document.getElementById('ui-mirror').textContent.includes('Not changed'), null, 'the refusal beside the field');
      const bad = await page.evaluate(field, 'salary.amount');
      assert(bad.invalid === 'true' && bad.value === 'lots' && /in figures/.test(bad.description), 'refused: ' + JSON.stringify(bad));
      assert((await page.evaluate(() => window.mlguide.progress().salary.amount)) === 28900, 'a bad salary replaced the good one');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('35000');
      await page.keyboard.press('Tab');  // leaving the field commits it too
      await until(page, () => window.mlguide.progress().salary?.amount === 35000, null, 'the salary committed by Tab');
      assert((await page.evaluate(field, 'salary.amount')).invalid === null, 'still marked invalid');
      for (const id of ['salary.region.scotland', 'salary.loan.plan-4']) {
        await clickWidget(page, id);
        await settled(page);
      }
      const chosen = (s) => s && s.amount === 35000 && s.region === 'scotland' && s.loan === 'plan-4';
      await until(page, () => { const s = window.mlguide.progress().salary; return s && s.loan === 'plan-4'; }, null, 'Plan 4');
      await settled(page);
      await page.reload();
      await page.evaluate(() => window.mlguide.ready);
      assert(chosen(await page.evaluate(pay)), 'after the reload: ' + JSON.stringify(await page.evaluate(pay)));
      await until(page, field, 'salary.amount', 'the field after the reload');
      assert((await page.evaluate(field, 'salary.amount')).value === '35,000', 'the field after the reload');

      await clickWidget(page, 'menu');
      await settled(page);
      await clickWidget(page, 'menu.share');
      await until(page, hasId, 'dialog.takeaway.copied', 'the browser to confirm the copy');
      const link = (await page.evaluate(takeAwayField)).value;
      assert(/\.35000_scotland_plan-4_0_none_500_net-pay__$/.test(link), 'link: ' + link);
      await page.keyboard.press('Escape');
      await settled(page);

      // Exported, then imported by another reader: £35,000 exactly (the question's words are
      // checked natively: DescribeSalaryChoice).
      const exported = JSON.parse(await page.evaluate(() => JSON.stringify(window.mlguide.progress())));
      const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await atDate(other, '2026-12-04T12:00:00');
      try {
        const them = await openGuide(other, url + '/');
        await clickWidget(them, 'menu');
        await settled(them);
        const chooser = them.waitForEvent('filechooser');
        await clickWidget(them, 'menu.import');
        await (await chooser).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
        await until(them, hasId, 'dialog.replace.confirm', 'the import question');
        await clickWidget(them, 'dialog.replace.confirm');
        await until(them, () => window.mlguide.progress().salary?.amount === 35000, null, 'the imported salary');
        await until(them, field, 'salary.amount', 'the field');
        await until(them, (id) => document.querySelector('#ui-mirror input[data-node="' + id + '"]').value === '35,000', 'salary.amount',
          'the explorer to show £35,000');
        assert(them.errors.length === 0, 'console errors: ' + them.errors.join(' | '));
      } finally {
        await other.close();
      }
      assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
    });
}

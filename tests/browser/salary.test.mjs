// The salary explorer.
import { assert, until, settled, openGuide, reveal } from './helpers.mjs';

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
}

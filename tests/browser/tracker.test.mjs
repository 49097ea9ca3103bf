// The skill tracker and saved progress.
import { assert, until, settled, openGuide, clickWidget, hasId, takeAwayField } from './helpers.mjs';

export default function register(test) {

  const KEY = 'mlguide:ml-engineer:progress';
  const stateOf = (skill) => (window.mlguide.progress().skills[skill] || { state: 'not-started' }).state;

  test('clicking a skill changes progress(), and a reload keeps it', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    assert((await page.evaluate(stateOf, 'python')) === 'not-started', 'python should start not started');
    await clickWidget(page, 'skill.python');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'learning', 'python', 'python to be learning');
    await clickWidget(page, 'skill.python');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'confident', 'python', 'python to be confident');
    await settled(page);
    await page.reload();
    await page.evaluate(() => window.mlguide.ready);
    assert((await page.evaluate(stateOf, 'python')) === 'confident', 'progress was lost on reload');
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    assert(saved.schema === 4 && saved.skills.python.state === 'confident', 'saved form: ' + JSON.stringify(saved));
  });

  test('after a click, Space and Enter press the skill again, as on a page', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await clickWidget(page, 'skill.keras');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'learning', 'keras', 'the click');
    await settled(page);
    await page.keyboard.press('Space');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'confident', 'keras', 'Space after the click');
    await settled(page);
    await page.keyboard.press('Enter');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'not-started', 'keras', 'Enter after the click');
  });

  test('garbage in the saved key: a notice, a backup key, and a working app', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await page.evaluate((k) => localStorage.setItem(k, '{"schema": 2, "skills": {"python": '), KEY);
    await page.reload();
    await page.evaluate(() => window.mlguide.ready);
    assert((await page.evaluate(() => window.mlguide.ids())).includes('notice.storage'), 'no notice about the unreadable data');
    const backups = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(k + ':unreadable:')).map((x) => localStorage.getItem(x)), KEY);
    assert(backups.length === 1 && backups[0] === '{"schema": 2, "skills": {"python": ', 'backup: ' + JSON.stringify(backups));
    const download = page.waitForEvent('download');
    await clickWidget(page, 'notice.export-unreadable');
    const file = await download;
    assert(file.suggestedFilename() === 'ml-engineer-progress-unreadable.txt', 'name: ' + file.suggestedFilename());
    await clickWidget(page, 'skill.r');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'learning', 'r', 'the tracker to work after the fresh start');
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('export, reset, import: the same progress comes back', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    for (const id of ['skill.python', 'skill.keras', 'skill.keras', 'skill.dedication']) {
      await clickWidget(page, id);
      await settled(page);
    }
    const before = await page.evaluate(() => window.mlguide.progress());
    await clickWidget(page, 'menu');
    await settled(page);
    const download = page.waitForEvent('download');
    await clickWidget(page, 'menu.export');
    const file = await download;
    assert(file.suggestedFilename() === 'ml-engineer-progress.json', 'name: ' + file.suggestedFilename());
    const exported = await file.path();
    await settled(page);
    await clickWidget(page, 'notice.message.ok');
    await settled(page);

    await clickWidget(page, 'menu');
    await settled(page);
    await clickWidget(page, 'menu.reset');
    await until(page, hasId, 'dialog.reset.confirm', 'the reset question');
    await clickWidget(page, 'dialog.reset.confirm');
    await until(page, () => Object.values(window.mlguide.progress().skills).every((e) => e.state === 'not-started'), null, 'the reset');
    await settled(page);

    await clickWidget(page, 'menu');
    await settled(page);
    const chooser = page.waitForEvent('filechooser');
    await clickWidget(page, 'menu.import');
    await (await chooser).setFiles(exported);
    await until(page, hasId, 'dialog.replace.confirm', 'the import question');
    await clickWidget(page, 'dialog.replace.confirm');
    await settled(page);
    const after = await page.evaluate(() => window.mlguide.progress());
    for (const [id, e] of Object.entries(before.skills))
      assert(after.skills[id].state === e.state, `${id}: ${after.skills[id].state} after import, ${e.state} before`);
  });

  test('a share link round trip: the other reader is asked before adopting', async ({ browser, ctx, url }) => {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openGuide(ctx, url + '/');
    await clickWidget(page, 'skill.pytorch');
    await settled(page);
    await clickWidget(page, 'menu');
    await settled(page);
    await clickWidget(page, 'menu.share');
    // "Copied" only once the browser has said so; the link is also a real, selectable field.
    await until(page, hasId, 'dialog.takeaway.copied', 'the browser to confirm the copy');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert(/#progress=3\.[0-9a-f]{6}\.[012]{12}$/.test(link), 'link: ' + link);
    assert((await page.evaluate(takeAwayField)).value === link, 'the field and the clipboard differ');

    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const them = await openGuide(other, link);
      await until(them, hasId, 'dialog.replace.confirm', 'the question to the other reader');
      assert((await them.evaluate(stateOf, 'pytorch')) === 'not-started', 'adopted before asking');
      await clickWidget(them, 'dialog.replace.confirm');
      await until(them, (s) => (window.mlguide.progress().skills[s] || {}).state === 'learning', 'pytorch', 'the shared progress');
      assert(!(await them.evaluate(() => location.hash)).includes('progress='), 'the code stays in the URL');
    } finally {
      await other.close();
    }
  });

  test('a page where localStorage throws still runs, says so, and exports', async ({ ctx, url }) => {
    await ctx.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    const page = await openGuide(ctx, url + '/');
    assert((await page.evaluate(() => window.mlguide.ids())).includes('notice.storage'), 'no notice about storage');
    await clickWidget(page, 'skill.python');
    await until(page, (s) => (window.mlguide.progress().skills[s] || {}).state === 'learning', 'python', 'in-memory progress');
    const download = page.waitForEvent('download');
    await clickWidget(page, 'notice.export');
    assert((await download).suggestedFilename() === 'ml-engineer-progress.json', 'export failed');
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('inside an iframe, progress changes are posted to the parent', async ({ ctx, url }) => {
    const page = await ctx.newPage();
    await page.goto(url + '/test/parent.html');
    const frame = page.frame({ url: /\/$/ }) || page.frames()[1];
    await frame.evaluate(() => window.mlguide.ready);
    const r = await frame.evaluate(() => window.mlguide.locate('skill.python'));
    const box = await page.locator('#guide').boundingBox();
    await page.mouse.click(box.x + r.x + r.width / 2, box.y + r.y + r.height / 2);
    await until(page, () => window.received.some((m) => m.type === 'mlguide:progress' && m.progress.skills.python.state === 'learning'),
      null, 'a mlguide:progress message');
  });
}

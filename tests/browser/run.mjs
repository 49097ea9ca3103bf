// Browser tests: the built site (build/web) in Debian's Chromium, headless, WebGL on SwiftShader.
//   node tests/browser/run.mjs [name filter]
import { serve, launch } from './lib.mjs';

const tests = [];
const test = (name, fn, options = {}) => tests.push({ name, fn, options });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Polls `fn` in the page until it returns something truthy.
async function until(page, fn, arg, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(50);
  }
}

// Waits until the guide has stopped drawing: input is handled a frame or more later.
async function settled(page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const n = await page.evaluate(() => window.mlguide.frames());
    if (n === last) return;
    last = n;
    await sleep(120);
  }
}

// Waits until the host page's scroll position stops changing (scrolling may be animated).
async function stillScroll(page) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await sleep(150);
  }
}

async function openGuide(ctx, url) {
  const page = await ctx.newPage();
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await page.evaluate(() => window.mlguide.ready);
  return page;
}

// Scrolls the guide (with the wheel, as a reader would) until a named widget is inside the
// viewport; returns its rectangle.
async function reveal(page, id) {
  await settled(page);
  let r;
  for (let i = 0; i < 30; i++) {
    r = await page.evaluate((x) => window.mlguide.locate(x), id);
    assert(r, `no widget "${id}" in mlguide.ids()`);
    const view = await page.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
    const dy = r.y < 0 ? r.y - 40 : r.y + r.height > view.h ? r.y + r.height - view.h + 40 : 0;
    if (dy === 0) break;
    await page.mouse.move(view.w / 2, view.h / 2);
    await page.mouse.wheel(0, dy);
    await settled(page);
  }
  return r;
}

async function clickWidget(page, id) {
  const r = await reveal(page, id);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

const hasId = (id) => window.mlguide.ids().includes(id);
const lacksId = (id) => !window.mlguide.ids().includes(id);

// Distinct colours and share of "ink" pixels in a PNG, computed by the browser's decoder.
async function pixelStats(ctx, png) {
  const page = await ctx.newPage();
  const stats = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
    const colours = new Set();
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] + d[i + 1] + d[i + 2] < 3 * 100) dark++;
    }
    return { colours: colours.size, darkShare: dark / (d.length / 4) };
  }, png.toString('base64'));
  await page.close();
  return stats;
}

test('the page loads with no console errors and draws the guide', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/');
  await sleep(300);
  const stats = await pixelStats(ctx, await page.locator('#canvas').screenshot());
  assert(stats.colours > 50, `canvas looks blank: ${stats.colours} distinct colours`);
  assert(stats.darkShare > 0.01, `no text drawn on the light theme: ${(stats.darkShare * 100).toFixed(2)}% dark pixels`);
  const ids = await page.evaluate(() => window.mlguide.ids());
  for (const id of ['panel.role', 'panel.business', 'panel.skills', 'panel.job-types', 'panel.industries', 'panel.salary'])
    assert(ids.includes(id), `missing panel header ${id}`);
  assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
});

test('clicking a panel header found with locate() folds and unfolds it', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/');
  await until(page, hasId, 'panel.role.body', 'the first panel to be open');
  await clickWidget(page, 'panel.role');
  await until(page, lacksId, 'panel.role.body', 'the panel to fold');
  await clickWidget(page, 'panel.role');
  await until(page, hasId, 'panel.role.body', 'the panel to unfold');
  await clickWidget(page, 'panel.job-types');
  await until(page, hasId, 'panel.job-types.body', 'a second panel to unfold');
});

test('no frames are drawn while nothing changes', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/');
  await sleep(500);  // let the first frames settle
  const before = await page.evaluate(() => window.mlguide.frames());
  await sleep(2000);
  const after = await page.evaluate(() => window.mlguide.frames());
  assert(after === before, `frames grew from ${before} to ${after} in 2 s without input`);
  await page.mouse.move(300, 300);  // input wakes it up...
  await until(page, (n) => window.mlguide.frames() > n, after, 'a frame after input');
  await sleep(500);
  const settled = await page.evaluate(() => window.mlguide.frames());
  await sleep(1000);
  assert((await page.evaluate(() => window.mlguide.frames())) === settled, '...and it settles again');
  console.log(`    frames: ${before} to settle after load, ${settled - after} after one mouse move`);
});

test('the wheel outside the canvas scrolls the host document; over it, the guide', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/test/tall.html');
  await page.mouse.move(100, 300);  // over the text above the canvas
  await page.mouse.wheel(0, 400);
  await until(page, () => window.scrollY > 0, null, 'the document to scroll');
  // Bring the canvas fully into view, then wheel over it: the guide scrolls, the page stays.
  await page.evaluate(() => document.getElementById('canvas').scrollIntoView({ block: 'center' }));
  await sleep(100);
  const y0 = await page.evaluate(() => window.scrollY);
  const before = await page.evaluate(() => window.mlguide.locate('panel.salary').y);
  const box = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().toJSON());
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await until(page, (b) => window.mlguide.locate('panel.salary').y < b, before, 'the guide to scroll');
  assert((await page.evaluate(() => window.scrollY)) === y0, 'the host page scrolled although the guide could');
  // Back at the guide's top edge, the wheel goes to the host page again.
  await page.mouse.wheel(0, -2000);
  await until(page, (b) => window.mlguide.locate('panel.salary').y === b, before, 'the guide to scroll back to its top');
  await settled(page);
  assert((await page.evaluate(() => window.scrollY)) === y0, 'the page scrolled while the guide scrolled back');
  await page.mouse.wheel(0, -300);
  await until(page, (y) => window.scrollY < y, y0, 'the page to scroll once the guide is at its top');
});

test('keys reach the guide only while it has focus', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/test/tall.html');
  await page.keyboard.press('PageDown');  // focus is on the document
  await until(page, () => window.scrollY > 0, null, 'PageDown to scroll the host page');
  await page.evaluate(() => document.getElementById('canvas').focus({ preventScroll: true }));
  await stillScroll(page);
  const y0 = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 10 && (await page.evaluate(() => window.mlguide.focused())) !== 'panel.business'; i++) {
    await page.keyboard.press('Tab');
    await settled(page);
  }
  assert((await page.evaluate(() => window.mlguide.focused())) === 'panel.business', 'Tab did not reach the panel headers');
  // Space opens the focused panel; the rest move within the guide. None may scroll the host.
  for (const key of ['Space', 'ArrowDown', 'PageDown', 'End', 'Home']) await page.keyboard.press(key);
  await settled(page);
  await until(page, hasId, 'panel.business.body', 'Space to open the focused panel');
  await stillScroll(page);
  assert((await page.evaluate(() => window.scrollY)) === y0, 'keys used by the guide also scrolled the page');
});

test('Tab moves through the guide and out of it; Shift+Tab back out', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/test/tall.html');
  await page.focus('#before-link');
  await page.keyboard.press('Tab');
  assert((await page.evaluate(() => document.activeElement.id)) === 'canvas', 'Tab from the link before did not reach the canvas');
  const seen = [];
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement.id)) === 'canvas'; i++) {
    await page.keyboard.press('Tab');
    await settled(page);
    seen.push(await page.evaluate(() => window.mlguide.focused()));
  }
  assert((await page.evaluate(() => document.activeElement.id)) === 'after-link',
    'Tab never left the canvas; focus went through: ' + seen.join(', '));
  assert(seen.includes('panel.salary') && seen.includes('skill.adaptability') && seen.includes('salary.slider'), 'Tab skipped widgets: ' + seen.join(', '));
  await page.keyboard.press('Shift+Tab');
  assert((await page.evaluate(() => document.activeElement.id)) === 'canvas', 'Shift+Tab did not come back to the canvas');
  // On a fresh page nothing inside is focused yet: Shift+Tab leaves backwards at once.
  await page.reload();
  await page.evaluate(() => window.mlguide.ready);
  await page.focus('#canvas');
  await settled(page);
  await page.keyboard.press('Shift+Tab');
  assert((await page.evaluate(() => document.activeElement.id)) === 'before-link', 'Shift+Tab did not leave the canvas');
});

test('the canvas backing store follows the device pixel ratio', async ({ browser, url }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 700 }, deviceScaleFactor: 2 });
  try {
    const page = await openGuide(ctx, url + '/');
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    assert(size.w === size.cw * 2 && size.h === size.ch * 2, `backing ${size.w}x${size.h} for CSS ${size.cw}x${size.ch} at DPR 2`);
    // One column: the glance card sits above the first panel.
    const glance = await page.evaluate(() => window.mlguide.locate('glance.skills'));
    const panel = await page.evaluate(() => window.mlguide.locate('panel.role'));
    assert(glance.y + glance.height < panel.y, 'narrow layout is not a single column');
  } finally {
    await ctx.close();
  }
});

test('zooming re-rasterizes: the backing store follows a new pixel ratio', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/');
  const cdp = await ctx.newCDPSession(page);
  for (const dpr of [2, 3, 1.5]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: dpr, mobile: false });
    await until(page, (d) => document.getElementById('canvas').width === Math.round(1280 * d), dpr, `a ${1280 * dpr} px wide backing store at DPR ${dpr}`);
  }
  await settled(page);
  const stats = await pixelStats(ctx, await page.locator('#canvas').screenshot());
  assert(stats.darkShare > 0.01, 'no text after the ratio changed');
  assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
});

test('the text version carries the whole guide', async ({ ctx, url }) => {
  const page = await openGuide(ctx, url + '/');
  const html = await page.evaluate(() => ({
    h1: document.querySelector('#guide h1')?.textContent,
    h2: [...document.querySelectorAll('#guide section h2')].map((h) => h.textContent),
    tables: document.querySelectorAll('#guide table').length,
    hidden: getComputedStyle(document.getElementById('guide')).clip,
  }));
  assert(html.h1 === 'What is a Machine Learning Engineer?', 'title missing: ' + html.h1);
  assert(html.h2.length === 6 && html.h2.includes('ML job types'), 'sections: ' + html.h2.join(', '));
  assert(html.tables === 3, 'tables: ' + html.tables);  // roles, salary figures, take-home pay
});

test('without WebGL the reader gets the text guide and an explanation', async ({ url }) => {
  const browser = await launch(['--disable-3d-apis']);
  try {
    const page = await browser.newPage();
    await page.goto(url + '/');
    await until(page, () => !document.getElementById('fallback-note').hidden, null, 'the fallback note');
    const state = await page.evaluate(() => ({
      note: document.getElementById('fallback-note').textContent,
      guideVisible: document.getElementById('guide').getBoundingClientRect().height > 500,
      canvasShown: getComputedStyle(document.getElementById('canvas')).display !== 'none',
    }));
    assert(/WebGL/.test(state.note), 'note: ' + state.note);
    assert(state.guideVisible, 'the text guide is not shown');
    assert(!state.canvasShown, 'the canvas is still shown');
  } finally {
    await browser.close();
  }
});

// ---- Skill tracker and saved progress

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
  assert(saved.schema === 2 && saved.skills.python.state === 'confident', 'saved form: ' + JSON.stringify(saved));
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
  await until(page, hasId, 'dialog.share.url', 'the share dialog');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert(/#progress=1\.[0-9a-f]{6}\.[012]{12}$/.test(link), 'link: ' + link);

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

// ---- Salary explorer

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

const filter = process.argv[2] || '';
const server = await serve();
const browser = await launch();
let failed = 0;
try {
  for (const t of tests.filter((x) => x.name.includes(filter))) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const started = Date.now();
    try {
      await t.fn({ browser, ctx, url: server.url });
      console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n     ${e.message}`);
    } finally {
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(failed ? `${failed} browser test(s) failed` : 'all browser tests passed');
process.exit(failed ? 1 : 0);

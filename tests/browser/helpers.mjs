// Helpers for the browser tests: waiting for the guide, acting on its widgets like a reader.
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Polls `fn` in the page until it returns something truthy.
export async function until(page, fn, arg, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(50);
  }
}

// Waits until the guide has stopped drawing: input is handled a frame or more later.
export async function settled(page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const n = await page.evaluate(() => window.mlguide.frames());
    if (n === last) return;
    last = n;
    await sleep(120);
  }
}

// Waits until the host page's scroll position stops changing (scrolling may be animated).
export async function stillScroll(page) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await sleep(150);
  }
}

// Sets the clock of every page the context opens to `iso` (a local date and time), running on
// from there: the reader's date, as the guide reads it with new Date() and Date.now().
export async function atDate(ctx, iso) {
  await ctx.addInitScript((target) => {
    const Real = Date, shift = new Real(target).getTime() - Real.now();
    class Shifted extends Real {
      constructor(...a) { if (a.length) super(...a); else super(Real.now() + shift); }
      static now() { return Real.now() + shift; }
    }
    globalThis.Date = Shifted;
  }, iso);
}

export async function openGuide(ctx, url) {
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
export async function reveal(page, id) {
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

export async function clickWidget(page, id) {
  const r = await reveal(page, id);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

// Sets the salary as assistive technology does: a new value on the slider's range element.
export async function setSalaryFromPage(page, amount) {
  await page.evaluate((a) => {
    const range = document.querySelector('#ui-mirror input[type=range]');
    range.value = String(a);
    range.dispatchEvent(new Event('input', { bubbles: true }));
  }, amount);
  await until(page, (a) => window.mlguide.progress().salary?.amount === a, amount, `the salary to be ${amount}`);
}

export const hasId = (id) => window.mlguide.ids().includes(id);
export const lacksId = (id) => !window.mlguide.ids().includes(id);

// Distinct colours and share of "ink" pixels in a PNG, computed by the browser's decoder.
export async function pixelStats(ctx, png) {
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


// Clicks a named widget of a guide that runs in `frame`, shown by the host page's element
// `selector` (an iframe): the mouse moves in the host page, as a reader's would.
export async function clickInFrame(page, selector, frame, id) {
  await frame.waitForFunction((w) => window.mlguide.locate(w) !== null, id);
  const r = await frame.evaluate((w) => window.mlguide.locate(w), id);
  const b = await page.locator(selector).boundingBox();
  await page.mouse.click(b.x + r.x + r.width / 2, b.y + r.y + r.height / 2);
}

// The real text field a dialog of the guide shows over the canvas ("dialog.takeaway.text"):
// its text, and whether it has focus with all of its text selected.
export function takeAwayField() {
  const el = document.querySelector('.mirror-field[data-node="dialog.takeaway.text"]');
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return {
    value: el.value, focused: document.activeElement === el,
    selected: el.selectionStart === 0 && el.selectionEnd === el.value.length && el.value.length > 0,
    visible: r.width > 100 && r.height > 20 && r.top >= 0 && r.bottom <= window.innerHeight,
  };
}

// Arriving: the page's copy of the guide shows while the app loads. The headings and paragraphs
// of that copy the reader can see (their words and the top of their first line, CSS px from the
// top of the window), and then where the app's text layer has the same words.
export const copyInView = () => Array.from(document.querySelectorAll(
  '#guide h1, #guide header > p, #at-a-glance h2, #guide section > h2, #guide section > p'))
  .map((el) => {
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    // The top of its first line: inside its border and padding (a callout has both).
    const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    return { text: el.textContent.replace(/\s+/g, ' ').trim(), top, height: box.height };
  })
  .filter((b) => b.height > 0 && b.top >= 0 && b.top < window.innerHeight);
export const drawnTops = (blocks) => {
  const spans = Array.from(document.querySelectorAll('#ui-mirror span')).filter((s) => s.textContent.trim().length >= Math.min(8, s.textContent.length));
  return blocks.map((b) => {
    const s = spans.find((x) => b.text.startsWith(x.textContent.trim()) && x.textContent.trim().length >= Math.min(8, b.text.length));
    return s ? s.getBoundingClientRect().top : null;
  });
};

// A page whose app download waits until `release()`: the page's own copy of the guide stays
// on screen meanwhile. `size`: {width, height, scale, touch}. Close `ctx` when done.
export async function openHeld(browser, url, size) {
  const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale,
    hasTouch: size.touch, isMobile: size.touch });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await ctx.route('**/app.wasm', async (route) => { await held; await route.continue(); });
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { ctx, page, release };
}

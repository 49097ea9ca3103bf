// The page, the canvas, input isolation, layouts and the text version.
import { assert, until, settled, stillScroll, openGuide, clickWidget, hasId, lacksId, pixelStats, sleep } from './helpers.mjs';
import { launch } from './lib.mjs';

export default function register(test) {
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

  test('while the app downloads, the page shows its text as the app will draw it, then the app takes its place without a shift', async ({ ctx, url }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await ctx.route('**/app.wasm', async (route) => { await held; await route.continue(); });
    await ctx.addInitScript(() => {
      window.paintLog = { lcp: [], shift: 0 };
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.paintLog.lcp.push(
        { at: e.startTime, inGuide: !!(e.element && e.element.closest('#guide')) }))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { window.paintLog.shift += e.value; }))
        .observe({ type: 'layout-shift', buffered: true });
    });
    const page = await ctx.newPage();
    await page.goto(url + '/', { waitUntil: 'domcontentloaded' });
    await until(page, () => window.paintLog.lcp.length > 0, null, 'a Largest Contentful Paint');
    const first = await page.evaluate(() => {
      const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      const box = (el) => { const b = el.getBoundingClientRect(); return { x: b.left, y: b.top, width: b.width }; };
      return {
        lcp: window.paintLog.lcp,
        title: shown(document.querySelector('#guide h1')) && box(document.querySelector('#guide h1')),
        panels: Array.from(document.querySelectorAll('#guide section > h2')).filter(shown).map((h) => h.textContent),
        summaries: Array.from(document.querySelectorAll('#guide section > h2 + p')).filter(shown).length,
        cards: Array.from(document.querySelectorAll('#guide section')).map(box),
        openPanel: shown(document.querySelector('#role > p:nth-of-type(3)')),
        closedPanel: shown(document.querySelector('#business ul')),
      };
    });
    assert(first.lcp.every((e) => e.inGuide), 'the largest paint is not the guide\'s text: ' + JSON.stringify(first.lcp));
    assert(first.title, 'no title painted');
    assert(first.panels.join('|') === 'What an ML engineer does|How business uses ML|Skills you need|ML job types|Industries|Salary',
      'panel titles painted: ' + first.panels.join('|'));
    assert(first.summaries === 6, `${first.summaries} of 6 summaries painted`);
    assert(first.openPanel && !first.closedPanel, 'only the first panel shows its text, as in the app');
    // A slow download: after a moment a small note says what is happening.
    const noted = () => {
      const el = document.getElementById('loading');
      return getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    };
    await until(page, noted, null, 'the loading note');
    const text = await page.evaluate(() => document.getElementById('loading').innerText);
    assert(/Loading the interactive guide/.test(text), 'loading text: ' + text);
    release();
    await page.evaluate(() => window.mlguide.ready);
    await settled(page);
    assert(!(await page.evaluate(noted)), 'the loading note is still shown over the running app');
    assert(await page.evaluate(() => getComputedStyle(document.getElementById('guide')).display === 'none'), 'the text is still laid out under the app');
    // The app draws its title and its panels where the text stood.
    const title = await page.evaluate(() => window.mlguide.locate('title'));
    assert(Math.abs(title.x - first.title.x) <= 2 && Math.abs(title.y - first.title.y) <= 6,
      `title drawn at ${title.x},${title.y}; the text's was at ${first.title.x},${first.title.y}`);
    const panel = await page.evaluate(() => window.mlguide.locate('panel.role'));
    const card = first.cards[0];
    assert(Math.abs(panel.x - card.x) <= 2 && Math.abs(panel.y - card.y) <= 4 && Math.abs(panel.width - card.width) <= 2,
      `first panel drawn at ${JSON.stringify(panel)}; its text's card was at ${JSON.stringify(card)}`);
    assert(await page.evaluate(() => window.paintLog.shift === 0), 'layout shifted: ' + (await page.evaluate(() => window.paintLog.shift)));
  });

  test('every load has a Largest Contentful Paint: the page\'s text is on record before the app is even asked for', async ({ ctx, url }) => {
    for (let i = 0; i < 3; i++) {
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        window.recorded = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => window.recorded.push(
          { told: performance.now(), inGuide: !!(e.element && e.element.closest('#guide')) }))).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(url + '/');
      await page.evaluate(() => window.mlguide.ready);
      const { recorded, asked } = await page.evaluate(() => ({
        recorded: window.recorded,
        asked: performance.getEntriesByType('resource').filter((r) => /app\.(wasm|js)$/.test(r.name)).map((r) => r.startTime),
      }));
      assert(recorded.length > 0 && recorded.every((e) => e.inGuide), 'largest paints: ' + JSON.stringify(recorded));
      assert(asked.length === 2 && asked.every((t) => t > recorded[0].told), `the app was asked for at ${asked} ms, its text recorded at ${recorded[0].told} ms`);
      await page.close();
    }
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
    await settled(page);  // the first frames, until the UI has settled
    await sleep(300);
    const before = await page.evaluate(() => window.mlguide.frames());
    await sleep(2000);
    const after = await page.evaluate(() => window.mlguide.frames());
    assert(after === before, `frames grew from ${before} to ${after} in 2 s without input`);
    await page.mouse.move(300, 300);  // input wakes it up...
    await until(page, (n) => window.mlguide.frames() > n, after, 'a frame after input');
    await sleep(500);
    const still = await page.evaluate(() => window.mlguide.frames());
    await sleep(1000);
    assert((await page.evaluate(() => window.mlguide.frames())) === still, '...and it settles again');
    console.log(`    frames: ${before} to settle after load, ${still - after} after one mouse move`);
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
    await page.mouse.click(20, 20);  // on the host page's own text: the keys are the document's
    await page.keyboard.press('PageDown');
    const where = () => `focus on ${document.activeElement && (document.activeElement.id || document.activeElement.tagName)}, ` +
      `page focused: ${document.hasFocus()}, scrollY ${window.scrollY}`;
    await until(page, () => window.scrollY > 0, null, 'PageDown to scroll the host page').catch(async (e) => {
      throw new Error(`${e.message} (${await page.evaluate(where)})`);
    });
    await page.evaluate(() => document.getElementById('canvas').focus({ preventScroll: true }));
    await stillScroll(page);
    const y0 = await page.evaluate(() => window.scrollY);
    for (let i = 0; i < 10 && (await page.evaluate(() => window.mlguide.focused())) !== 'panel.business'; i++) {
      await page.keyboard.press('Tab');
      await settled(page);
    }
    assert((await page.evaluate(() => window.mlguide.focused())) === 'panel.business', 'Tab did not reach the panel headers');
    // Space presses the focused panel's header; the reading keys scroll the guide, as a page's
    // box scrolls, and move no focus. The host page stays where it is.
    await page.keyboard.press('Space');
    await until(page, hasId, 'panel.business.body', 'Space to open the focused panel');
    const guideScroll = () => document.getElementById('ui-mirror').scrollTop;
    for (const [key, moves] of [['ArrowDown', (a, b) => b > a], ['PageDown', (a, b) => b > a], ['End', (a, b) => b > a], ['Home', (a, b) => b === 0]]) {
      const before = await page.evaluate(guideScroll);
      await page.keyboard.press(key);
      await settled(page);
      const after = await page.evaluate(guideScroll);
      assert(moves(before, after), `${key} did not scroll the guide: ${before} -> ${after}`);
      assert((await page.evaluate(() => window.mlguide.focused())) === 'panel.business', key + ' moved the focus');
    }
    await stillScroll(page);
    assert((await page.evaluate(() => window.scrollY)) === y0, 'keys the guide took also scrolled the page');
  });

  test('Tab moves through the guide and out of it; Shift+Tab back out', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/test/tall.html');
    // The guide's controls are its elements over the canvas (the canvas is no tab stop).
    const inGuide = () => document.activeElement.closest('#ui-mirror') !== null;
    await page.focus('#before-link');
    await page.keyboard.press('Tab');
    await settled(page);
    assert(await page.evaluate(inGuide), 'Tab from the link before did not reach the guide');
    assert((await page.evaluate(() => window.mlguide.focused())) === 'readiness', 'Tab did not start at the first control');
    const seen = [];
    for (let i = 0; i < 60 && (await page.evaluate(inGuide)); i++) {
      await page.keyboard.press('Tab');
      await settled(page);
      seen.push(await page.evaluate(() => window.mlguide.focused()));
    }
    assert((await page.evaluate(() => document.activeElement.id)) === 'after-link',
      'Tab never left the guide; focus went through: ' + seen.join(', '));
    assert(seen.includes('panel.salary') && seen.includes('skill.adaptability') && seen.includes('salary.slider'), 'Tab skipped widgets: ' + seen.join(', '));
    await page.keyboard.press('Shift+Tab');
    await settled(page);
    assert(await page.evaluate(inGuide), 'Shift+Tab did not come back into the guide');
    assert((await page.evaluate(() => window.mlguide.focused())) === seen[seen.length - 2], 'Shift+Tab did not come back to the last control');
    // On a fresh page nothing inside is focused yet: Shift+Tab leaves backwards at once.
    await page.reload();
    await page.evaluate(() => window.mlguide.ready);
    await page.focus('#canvas');
    await settled(page);
    await page.keyboard.press('Shift+Tab');
    assert((await page.evaluate(() => document.activeElement.id)) === 'before-link', 'Shift+Tab did not leave the guide');
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

  test('a resized window: the guide lays itself out again, one column when narrow, sharp at the new size', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    const wide = await page.evaluate(() => window.mlguide.locate('panel.role'));
    await page.setViewportSize({ width: 500, height: 760 });
    await until(page, (w) => { const p = window.mlguide.locate('panel.role'); return p && p.width !== w; }, wide.width,
      'the panels to take the new width');
    await settled(page);
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    assert(size.cw === 500 && size.w === 500 && size.h === 760, `backing ${size.w}x${size.h} for CSS ${size.cw}x${size.ch}`);
    const glance = await page.evaluate(() => window.mlguide.locate('glance.skills'));
    const panel = await page.evaluate(() => window.mlguide.locate('panel.role'));
    assert(glance && glance.y + glance.height < panel.y, 'narrowed, the layout is not a single column');
    assert(panel.x + panel.width <= 500, `the first panel ends at ${panel.x + panel.width}, past the 500 px window`);
    // The page's elements over the canvas cover it at its new size.
    const mirror = await page.evaluate(() => { const r = document.getElementById('ui-mirror').getBoundingClientRect(); return [r.width, r.height]; });
    assert(mirror[0] === 500 && mirror[1] === 760, `the mirror over the canvas is ${mirror.join('x')}`);
  });

  test('zooming re-rasterizes: the backing store follows a new pixel ratio', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    const cdp = await ctx.newCDPSession(page);
    // Browser zoom on a 1280 px window: fewer CSS pixels, each made of more device pixels.
    for (const zoom of [2, 3, 1.5]) {
      const width = Math.round(1280 / zoom), height = Math.round(800 / zoom);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: zoom, mobile: false });
      await until(page, (w) => document.getElementById('canvas').width === w, Math.round(width * zoom),
        `a ${Math.round(width * zoom)} px wide backing store at ${zoom * 100}% zoom`);
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
    assert(html.tables === 5, 'tables: ' + html.tables);  // roles, salary figures, take-home pay in two regions, student loans
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
}

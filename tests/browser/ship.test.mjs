// Where readers meet the guide: offline after a first visit, updates, installability,
// embedding on other origins and in WordPress, URL parameters, lost WebGL contexts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, until, settled, openGuide, clickWidget, clickInFrame, hasId, lacksId, pixelStats, sleep } from './helpers.mjs';
import { chromium } from 'playwright-core';
import { serve, siteDir, chromiumArgs } from './lib.mjs';

const stateOf = (skill) => (window.mlguide.progress().skills[skill] || { state: 'not-started' }).state;

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await until(page, () => !!navigator.serviceWorker.controller, null, 'the service worker to control the page');
}

// The evaluation may run while the page navigates; retry until it answers.
async function whenAnswers(page, fn, what, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const v = await page.evaluate(fn);
      if (v) return v;
    } catch (e) { /* navigating */ }
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(100);
  }
}

export default function register(test) {
  test('offline after a first visit, from a sub-path: the app starts and progress is intact', async ({ browser }) => {
    const server = await serve({ prefix: '/ml-engineer-guide/' });
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await openGuide(ctx, server.url + '/ml-engineer-guide/');
      await controlled(page);
      await clickWidget(page, 'skill.keras');
      await until(page, stateOf, 'keras', 'keras to change');
      await settled(page);
      await ctx.setOffline(true);
      await page.reload();
      await page.evaluate(() => window.mlguide.ready);
      assert((await page.evaluate(stateOf, 'keras')) === 'learning', 'progress lost offline');
      await page.goto(server.url + '/ml-engineer-guide/?embed=1&panel=salary');  // any app URL works offline
      await page.evaluate(() => window.mlguide.ready);
      assert((await page.evaluate(() => window.mlguide.ids())).includes('panel.salary.body'), 'offline with parameters');
      assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
    } finally {
      await ctx.close();
      await server.close();
    }
  });

  test('an update is offered in the app and, accepted, loads the new version whole', async ({ browser }) => {
    // Version B: the same site with another version in the page, the shell and the worker.
    const dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-b-'));
    fs.cpSync(siteDir, dirB, { recursive: true });
    const edit = (f, fn) => fs.writeFileSync(path.join(dirB, f), fn(fs.readFileSync(path.join(dirB, f), 'utf8')));
    edit('index.html', (s) => s.replace(/(<meta name="mlguide-version" content=")[^"]*/, '$1version-b'));
    edit('shell.js', (s) => 'window.shellVersion = "version-b";\n' + s);
    edit('sw.js', (s) => s.replace(/const VERSION = '([^']*)'/, "const VERSION = 'b-$1'"));
    let root = siteDir;
    const server = await serve({ root: () => root });
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await openGuide(ctx, server.url + '/');
      await controlled(page);
      const versionA = await page.evaluate(() => window.mlguide.version);
      await clickWidget(page, 'skill.r');
      await settled(page);
      root = dirB;
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await until(page, hasId, 'notice.update.reload', 'the in-app update prompt', 15000);
      assert((await page.evaluate(() => window.mlguide.version)) === versionA, 'files were swapped before the reader agreed');
      await clickWidget(page, 'notice.update.reload');
      await whenAnswers(page, () => window.mlguide && window.mlguide.version === 'version-b' && window.shellVersion === 'version-b',
        'the new page and the new shell together');
      await page.evaluate(() => window.mlguide.ready);
      assert((await page.evaluate(stateOf, 'r')) === 'learning', 'progress lost in the update');
      const caches = await page.evaluate(() => caches.keys());
      assert(caches.length === 1 && caches[0].startsWith('mlguide-b-'), 'old caches left: ' + caches.join(', '));
    } finally {
      await ctx.close();
      await server.close();
      fs.rmSync(dirB, { recursive: true, force: true });
    }
  });

  test('Chromium finds the app installable', async ({ url }) => {
    // A normal profile: Chromium does not offer installs in an incognito-like context.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-profile-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: chromiumArgs,
    });
    try {
      const page = await openGuide(ctx, url + '/');
      await controlled(page);
      const cdp = await ctx.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert(manifest.errors.length === 0, 'manifest errors: ' + JSON.stringify(manifest.errors));
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert(installabilityErrors.length === 0, 'installability errors: ' + JSON.stringify(installabilityErrors));
    } finally {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  // The guide embedded by a blog on another origin (another port), scrolled into view and
  // sized by embed.js to its content.
  async function openEmbed(ctx, blog, src) {
    const page = await ctx.newPage();
    await page.goto(blog.url + '/test/embed-parent.html?src=' + encodeURIComponent(src));
    // Chromium does not run an off-screen cross-origin frame's animation frames: the guide
    // draws, and reports its height, once the reader scrolls to it.
    await page.evaluate(() => document.getElementById('guide').scrollIntoView());
    await until(page, () => window.heights.length > 0, null, 'a mlguide:height message');
    await until(page, () => Math.abs(document.getElementById('guide').getBoundingClientRect().height - window.heights.at(-1)) <= 1,
      null, 'embed.js to size the iframe to the content');
    return { page, frame: page.frames().find((f) => f.url().includes('embed=1')) };
  }

  test('embedded on another origin: the height message sizes the iframe; the parent scrolls', async ({ ctx, url }) => {
    const blog = await serve();
    try {
      const { page, frame } = await openEmbed(ctx, blog, url + '/?embed=1&panel=job-types');
      const height = await page.evaluate(() => window.heights.at(-1));
      assert(height > 1000, 'content height ' + height);
      const ids = await frame.evaluate(() => window.mlguide.ids());
      assert(ids.includes('panel.job-types.body') && !ids.includes('panel.role.body'), 'panel= did not open the named panel');
      assert(!ids.includes('theme.system'), 'embed mode still shows the header');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(640, 200);  // over the article text, outside the iframe
      await page.mouse.wheel(0, 500);
      await until(page, () => window.scrollY > 0, null, 'the parent page to scroll');
    } finally {
      await blog.close();
    }
  });

  test('embedded at full height: a dialog opens in the part of the guide the reader sees, and follows a scroll', async ({ ctx, url }) => {
    const blog = await serve();
    try {
      const { page, frame } = await openEmbed(ctx, blog, url + '/?embed=1');
      const box = async () => (await page.$('#guide')).boundingBox();
      const click = (id) => clickInFrame(page, '#guide', frame, id);
      await page.evaluate(() => window.scrollBy(0, -200));  // the iframe's top in view, a little below the window's
      await click('menu');
      await click('menu.about');
      const inWindow = async () => {
        const r = await frame.evaluate(() => window.mlguide.locate('dialog.about'));
        if (!r) return false;
        const y = (await box()).y + r.y;
        return y >= 0 && y + r.height <= 800;
      };
      const dialogInWindow = async (failure) => {
        for (let i = 0; i < 40 && !(await inWindow()); i++) await sleep(50);
        assert(await inWindow(), failure);
      };
      await dialogInWindow('the About dialog opened outside the window');
      await page.evaluate(() => window.scrollBy(0, 1200));  // further down the iframe, dialog still open
      await dialogInWindow('the About dialog did not follow the scroll');
    } finally {
      await blog.close();
    }
  });

  test('embedded at full height with the frame\'s top at the window\'s: Reset stays in view as the host scrolls 300, 700, 1000 px', async ({ ctx, url }) => {
    // The window then lies wholly inside the frame, where an IntersectionObserver sees no
    // change: embed.js tells the guide what is in view.
    const blog = await serve();
    try {
      const { page, frame } = await openEmbed(ctx, blog, url + '/?embed=1');
      const top = await page.evaluate(() => document.getElementById('guide').getBoundingClientRect().top + window.scrollY);
      await page.evaluate((y) => window.scrollTo(0, y), top);
      await sleep(300);
      await clickInFrame(page, '#guide', frame, 'menu');
      await clickInFrame(page, '#guide', frame, 'menu.reset');
      for (const by of [0, 300, 700, 1000]) {
        await page.evaluate((y) => window.scrollTo(0, y), top + by);
        let y = null;
        for (let i = 0; i < 40; i++) {
          const r = await frame.evaluate(() => window.mlguide.locate('dialog.reset.confirm'));
          const b = await page.locator('#guide').boundingBox();
          y = r ? b.y + r.y : null;
          if (y !== null && y >= 0 && y + r.height <= 800) break;
          await sleep(50);
        }
        assert(y !== null && y >= 0 && y <= 760, `scrolled ${by} px: the Reset button is at y=${y}`);
      }
    } finally {
      await blog.close();
    }
  });

  test('inside WordPress: a sandboxed embed answers "ready" with its height and the secret', async ({ ctx, url }) => {
    const blog = await serve();
    try {
      const page = await ctx.newPage();
      await page.goto(blog.url + '/test/wp-parent.html?src=' + encodeURIComponent(url + '/?embed=1'));
      await until(page, () => window.received.length > 0, null, 'a WordPress height message with the secret', 15000);
      const h = await page.evaluate(() => window.received.at(-1));
      // At most WordPress's cap of 1000 px: its block editor's preview does not cap, and
      // should look like the post.
      assert(h === 1000, 'height ' + h + ', want 1000 for a guide taller than that');
      assert(await page.evaluate(() => window.received.every((v) => v <= 1000)), 'a height over 1000 px was asked for');
      assert((await page.evaluate(() => document.querySelector('iframe').height)) === String(Math.min(1000, h)), 'iframe not resized');
    } finally {
      await blog.close();
    }
  });

  test('URL parameters: panel opens its section, theme=dark darkens the page', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/?panel=industries&theme=dark');
    await until(page, hasId, 'panel.industries.body', 'the industries panel to be open');
    assert(await page.evaluate(lacksId, 'panel.role.body'), 'the default panel is open too');
    const stats = await pixelStats(ctx, await page.locator('#canvas').screenshot());
    assert(stats.darkShare > 0.6, `theme=dark: only ${(stats.darkShare * 100).toFixed(0)}% dark pixels`);
    const embed = await openGuide(ctx, url + '/?embed=1');
    const bg = await embed.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).colorScheme]);
    // Transparent, and in the light scheme a host page without one has: a frame whose scheme
    // differs from its host's is painted opaque by the browser.
    assert(bg[0] === 'rgba(0, 0, 0, 0)' && /^(only light|light only)$/.test(bg[1]), 'embed background ' + bg.join(', '));
  });

  test('a lost WebGL context is restored with nothing lost, or a reload is offered', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await clickWidget(page, 'skill.python');
    await until(page, stateOf, 'python', 'python to change');
    await page.evaluate(() => {
      window.loser = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.loser.loseContext();
    });
    await sleep(300);
    await page.evaluate(() => window.loser.restoreContext());
    await sleep(300);
    await page.mouse.move(300, 300);
    await settled(page);
    const stats = await pixelStats(ctx, await page.locator('#canvas').screenshot());
    assert(stats.darkShare > 0.01 && stats.colours > 50, 'blank canvas after the context came back');
    assert((await page.evaluate(stateOf, 'python')) === 'learning', 'progress lost');
    assert(await page.evaluate(() => document.getElementById('context-note').hidden), 'reload offered although restored');

    await page.evaluate(() => window.loser.loseContext());  // and this time it stays lost
    await until(page, () => !document.getElementById('context-note').hidden, null, 'the reload offer', 6000);
    await page.click('#context-reload');
    await whenAnswers(page, () => window.mlguide && window.mlguide.frames() > 0, 'the reloaded guide');
    await page.evaluate(() => window.mlguide.ready);
    assert((await page.evaluate(stateOf, 'python')) === 'learning', 'progress lost across the reload');
  });
}

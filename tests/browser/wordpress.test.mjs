// The guide inside a real WordPress (Debian's 6.1, tests/wordpress/site), served by the same
// server `scripts/run` uses, with the address pasted on its own line in a block-editor post
// and in a classic post. WordPress discovers oembed.json, puts the guide in a sandboxed
// iframe (allow-scripts only: no storage, downloads, popups or clipboard) and sizes it with
// its own wp-embed.js. SHOTS=<folder> also writes screenshots of both posts.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { assert, until, sleep, settled, pixelStats, clickInFrame, takeAwayField } from './helpers.mjs';
import { repoRoot, siteDir } from './lib.mjs';

// WordPress only fetches loopback addresses on its own host and on ports 80, 443 and 8080;
// the build's oembed.json names http://127.0.0.1:8080/ (SITE_URL).
const GUIDE = 'http://127.0.0.1:8080/';
const site = path.join(repoRoot, 'tests/wordpress/site');

async function startGuideServer() {
  const server = spawn(path.join(repoRoot, 'scripts/serve'), ['8080', siteDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let failed = '';
  server.stderr.on('data', (d) => { failed += d; });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(GUIDE + 'oembed.json')).ok) return server;
    } catch (e) { /* not up yet */ }
    if (server.exitCode !== null) break;
    await sleep(100);
  }
  server.kill();
  throw new Error('scripts/serve could not serve the guide on port 8080 (is the port taken?) ' + failed);
}

// Opens a post and waits for the guide inside it: ready, drawn, and sized by WordPress.
async function openPost(ctx, url) {
  const page = await ctx.newPage();
  await page.goto(url);
  const iframe = page.locator('iframe.wp-embedded-content');
  assert((await iframe.count()) === 1, 'the post holds no embedded guide');
  assert((await iframe.getAttribute('sandbox')) === 'allow-scripts', 'sandbox: ' + (await iframe.getAttribute('sandbox')));
  // Chromium runs no animation frames in an off-screen cross-origin frame.
  await iframe.scrollIntoViewIfNeeded();
  let frame;
  for (let i = 0; i < 100 && !frame; i++, await sleep(100)) frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert(frame, 'no guide frame');
  await frame.waitForFunction(() => window.mlguide, null, { timeout: 10000 });
  await frame.evaluate(() => window.mlguide.ready);
  // wp-embed.js shows the frame (drops its clipping style), hides the fallback link, and
  // sets the height the guide asks for, at most 1000 px.
  await until(page, () => {
    const f = document.querySelector('iframe.wp-embedded-content');
    return !f.hasAttribute('style') && Number(f.height) >= 600;
  }, null, 'wp-embed.js to size and show the frame', 10000);
  return { page, iframe, frame };
}

export default function register(test) {
  test('inside a real WordPress post: the guide starts in the sandbox, is sized by WordPress, and never claims what failed', async ({ browser }) => {
    const server = await startGuideServer();
    try {
      const [, blockPost, classicPost] = execFileSync(site, ['start', GUIDE], { encoding: 'utf8' }).trim().split(' ');
      for (const [name, url] of [['block editor', blockPost], ['classic editor', classicPost]]) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        try {
          const { page, iframe, frame } = await openPost(ctx, url);
          const height = Number(await iframe.getAttribute('height'));
          const content = await frame.evaluate(() => document.documentElement.scrollHeight);
          assert(height === 1000, `${name}: frame height ${height}, want WordPress's cap of 1000`);
          assert(content === 1000, `${name}: the guide's page is ${content} px in a 1000 px frame`);
          assert(await page.evaluate(() => getComputedStyle(document.querySelector('blockquote.wp-embedded-content')).display === 'none'),
            `${name}: the fallback link still shows`);
          const border = await iframe.evaluate((f) => getComputedStyle(f).borderTopWidth);
          assert(border === '0px', `${name}: the frame has a ${border} border`);
          // WordPress resizes the frame after "ready", so the drawing at the new size may be a
          // frame or two behind.
          await settled(frame);
          let stats;
          for (let i = 0; i < 20; i++, await sleep(250)) {
            stats = await pixelStats(ctx, await iframe.screenshot());
            if (stats.colours > 50 && stats.darkShare > 0.01) break;
          }
          assert(stats.colours > 50 && stats.darkShare > 0.01, `${name}: the guide did not draw: ${JSON.stringify(stats)}`);
          if (process.env.SHOTS) {  // the post's text above the guide, then the guide's frame ending
            const shotAt = async (where, file) => {
              await page.evaluate((w) => {
                const r = document.querySelector('iframe.wp-embedded-content').getBoundingClientRect();
                window.scrollTo(0, window.scrollY + (w === 'top' ? r.top - 260 : r.bottom - 600));
              }, where);
              await sleep(400);
              await page.screenshot({ path: path.join(process.env.SHOTS, file) });
            };
            await shotAt('top', `wordpress-${name.split(' ')[0]}-1280.png`);
            await shotAt('bottom', `wordpress-${name.split(' ')[0]}-1280-end.png`);
            await page.evaluate(() => document.querySelector('iframe.wp-embedded-content').scrollIntoView());
          }
          if (name !== 'block editor') continue;

          // The wheel: over the post's text it scrolls the post; over the guide, the guide,
          // until the guide is at its end.
          const box = await iframe.boundingBox();
          const before = await frame.evaluate(() => window.mlguide.locate('panel.role').y);
          const postY = await page.evaluate(() => window.scrollY);
          await page.mouse.move(box.x + box.width / 2, box.y + 300);
          await page.mouse.wheel(0, 400);
          await until(frame, (y) => window.mlguide.locate('panel.role').y < y - 100, before, 'the guide to scroll in its frame');
          assert((await page.evaluate(() => window.scrollY)) === postY, 'the post scrolled too');
          await page.mouse.move(20, 300);  // beside the frame
          await page.mouse.wheel(0, 300);
          await until(page, (y) => window.scrollY > y, postY, 'the post to scroll beside the frame');
          await iframe.scrollIntoViewIfNeeded();
          await page.evaluate(() => document.querySelector('iframe.wp-embedded-content').scrollIntoView());
          await page.mouse.move(box.x + box.width / 2, 300);
          await page.mouse.wheel(0, -2000);  // back to the guide's top
          await until(frame, () => window.mlguide.locate('panel.role').y > 0, null, 'the guide back at its top');
          await sleep(300);
          const topY = await page.evaluate(() => window.scrollY);
          await page.mouse.wheel(0, -200);  // at its top, the wheel belongs to the post
          await until(page, (y) => window.scrollY < y, topY, 'the post to take the wheel at the guide\'s top');

          // Export: the sandbox blocks downloads without a word, so the guide offers the text,
          // selected, and claims nothing.
          await page.evaluate(() => document.querySelector('iframe.wp-embedded-content').scrollIntoView());
          await sleep(200);
          let downloads = 0;
          page.on('download', () => downloads++);
          await clickInFrame(page, 'iframe.wp-embedded-content', frame, 'menu');
          await clickInFrame(page, 'iframe.wp-embedded-content', frame, 'menu.export');
          await until(frame, () => window.mlguide.ids().includes('dialog.takeaway.text'), null, 'the export dialog');
          let field = await until(frame, takeAwayField, null, 'the progress as a text field');
          assert(JSON.parse(field.value).guide === 'ml-engineer', 'field: ' + field.value.slice(0, 80));
          assert(field.focused && field.selected && field.visible, 'export field: ' + JSON.stringify({ ...field, value: '' }));
          const ids = await frame.evaluate(() => window.mlguide.ids());
          assert(!ids.some((i) => /copied|download-asked|notice\.message/.test(i)), 'claims: ' + ids.join(' '));
          if (process.env.SHOTS) await page.screenshot({ path: path.join(process.env.SHOTS, 'wordpress-export-refused.png') });
          await page.keyboard.press('Escape');
          await until(frame, () => !document.querySelector('.mirror-field[data-node="dialog.takeaway.text"]'), null, 'the dialog and its field to close');

          // Share: the sandbox refuses the clipboard, and the guide says so; the link is
          // selected for copying by hand and leads to the guide's own page.
          await clickInFrame(page, 'iframe.wp-embedded-content', frame, 'menu');
          await clickInFrame(page, 'iframe.wp-embedded-content', frame, 'menu.share');
          await until(frame, () => window.mlguide.ids().includes('dialog.takeaway.refused'), null, 'the clipboard refusal to be told');
          field = await until(frame, takeAwayField, null, 'the link as a text field');
          assert(field.value.startsWith(GUIDE + '#progress=3.'), 'link: ' + field.value);
          assert(field.focused && field.selected && field.visible, 'share field: ' + JSON.stringify(field));
          assert(!(await frame.evaluate(() => window.mlguide.ids())).includes('dialog.takeaway.copied'), 'claims to have copied');
          if (process.env.SHOTS) await page.screenshot({ path: path.join(process.env.SHOTS, 'wordpress-share-refused.png') });
          await page.keyboard.press('Escape');
          assert(downloads === 0, 'a download got through the sandbox: the test above assumed it could not');
        } finally {
          await ctx.close();
        }
      }
      if (process.env.SHOTS) {
        const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        try {
          const { page, iframe } = await openPost(ctx, blockPost);
          await page.evaluate(() => window.scrollTo(0, document.querySelector('iframe.wp-embedded-content').getBoundingClientRect().top + window.scrollY - 300));
          await sleep(500);
          await page.screenshot({ path: path.join(process.env.SHOTS, 'wordpress-block-390.png') });
        } finally {
          await ctx.close();
        }
      }
    } finally {
      server.kill();
      execFileSync(site, ['stop']);
    }
  });
}

// The guide in the frames hosts put it in: sandboxed or not, from a server that allows
// cross-origin reads or not, with or without the clipboard. It starts wherever it can; where
// it cannot, the note says what the site owner must change; whatever the frame refuses, the
// reader is told the truth and offered what works there. SHOTS=<folder> writes screenshots.
import path from 'node:path';
import { assert, until, sleep, clickInFrame, takeAwayField } from './helpers.mjs';
import { serve } from './lib.mjs';

async function openFramed(ctx, blog, guide, { sandbox, allow } = {}) {
  const q = new URLSearchParams({ src: guide.url + '/?embed=1' });
  if (sandbox !== undefined) q.set('sandbox', sandbox);
  if (allow !== undefined) q.set('allow', allow);
  const page = await ctx.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(blog.url + '/test/frame.html?' + q);
  let frame;
  for (let i = 0; i < 100 && !frame; i++, await sleep(50)) frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert(frame, 'no guide frame');
  await frame.waitForFunction(() => window.mlguide, null, { timeout: 10000 });
  const outcome = await frame.evaluate(() => window.mlguide.ready.then(() => 'ready', (e) => 'failed: ' + e.message));
  return { page, frame, outcome };
}

const shot = (page, name) => process.env.SHOTS && page.screenshot({ path: path.join(process.env.SHOTS, name + '.png') });

export default function register(test) {
  test('embedded, it is transparent around its cards on light and dark hosts, for readers in light and dark mode', async ({ browser }) => {
    const blog = await serve();
    const guide = await serve();
    try {
      for (const host of ['light', 'dark']) {
        for (const reader of ['light', 'dark']) {
          const ctx = await browser.newContext({ viewport: { width: 900, height: 800 }, colorScheme: reader });
          try {
            const page = await ctx.newPage();
            await page.goto(blog.url + '/test/scheme-host.html?' + new URLSearchParams({ scheme: host, src: guide.url + '/' }));
            let frame;
            for (let i = 0; i < 100 && !frame; i++, await sleep(50)) frame = page.frames().find((f) => f.url().includes('embed=1'));
            assert(frame, 'no guide frame');
            await frame.waitForFunction(() => window.mlguide && window.mlguide.frames() > 2, null, { timeout: 15000 });
            await sleep(300);
            const box = await page.locator('iframe').boundingBox();
            const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: 3, height: 200 } });
            // The guide's margin: the host's own background must show through.
            const colours = await page.evaluate(async (b64) => {
              const img = new Image();
              img.src = 'data:image/png;base64,' + b64;
              await img.decode();
              const c = document.createElement('canvas');
              c.width = img.width; c.height = img.height;
              const g = c.getContext('2d');
              g.drawImage(img, 0, 0);
              const d = g.getImageData(0, 0, c.width, c.height).data;
              const seen = new Set();
              for (let i = 0; i < d.length; i += 4 * 37) seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]);
              return Array.from(seen);
            }, png.toString('base64'));
            const want = host === 'dark' ? '20,30,60' : '250,240,200';
            assert(colours.length === 1 && colours[0] === want,
              `host ${host}, reader ${reader}: the guide's margin shows ${colours.join(' ')}, not the host's ${want}`);
            await shot(page, `embed-${host}-host-${reader}-reader`);
          } finally {
            await ctx.close();
          }
        }
      }
    } finally {
      await blog.close();
      await guide.close();
    }
  });

  test('framed every way hosts do: it starts, or its note tells the site owner which header to send', async ({ ctx }) => {
    const blog = await serve();
    const withCors = await serve();
    const withoutCors = await serve({ cors: false });
    try {
      const cases = [
        ['sandbox="allow-scripts" (WordPress), server sends the header', withCors, { sandbox: 'allow-scripts' }, true],
        ['sandbox="allow-scripts", server without the header', withoutCors, { sandbox: 'allow-scripts' }, false],
        ['sandbox="allow-scripts allow-same-origin", server without the header', withoutCors, { sandbox: 'allow-scripts allow-same-origin' }, true],
        ['plain iframe, server without the header', withoutCors, {}, true],
      ];
      for (const [name, guide, attrs, starts] of cases) {
        const { page, frame, outcome } = await openFramed(ctx, blog, guide, attrs);
        if (starts) {
          assert(outcome === 'ready', `${name}: ${outcome}`);
        } else {
          assert(outcome.startsWith('failed'), `${name}: started`);
          const note = await frame.evaluate(() => document.getElementById('fallback-note').textContent);
          assert(/Access-Control-Allow-Origin: \*/.test(note) && /app\.wasm/.test(note), `${name}: note "${note}"`);
          assert(!/Failed to fetch|TypeError/.test(note), `${name}: the browser's words in the note`);
          assert(await frame.evaluate(() => document.getElementById('guide').getBoundingClientRect().height > 500), `${name}: no text version`);
          await shot(page, 'frame-no-cors-note');
        }
        assert(page.errors.length === 0, `${name}: page errors ${page.errors.join(' | ')}`);
        await page.close();
      }

      // In WordPress's sandbox there is no storage and no new tab: the notice says so in plain
      // words, and "Open on its own page" hands over the address instead.
      const { page, frame } = await openFramed(ctx, blog, withCors, { sandbox: 'allow-scripts' });
      const ids = await frame.evaluate(() => window.mlguide.ids());
      assert(ids.includes('notice.storage') && ids.includes('notice.open-page'), 'ids: ' + ids.join(' '));
      await shot(page, 'frame-sandbox-storage-notice');
      await clickInFrame(page, '#guide', frame, 'notice.open-page');
      const field = await until(frame, takeAwayField, null, 'the address to copy');
      assert(field.value === withCors.url + '/', 'address: ' + field.value);
      assert(field.focused && field.selected && field.visible, 'address field: ' + JSON.stringify(field));
      await shot(page, 'frame-sandbox-no-new-tab');
    } finally {
      await Promise.all([blog.close(), withCors.close(), withoutCors.close()]);
    }
  });

  test('a frame without the clipboard: Share says it could not copy and selects the link; allowed, it copies', async ({ browser }) => {
    const blog = await serve();
    const guide = await serve();
    try {
      for (const allowed of [false, true]) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        if (allowed) await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
        try {
          const { page, frame, outcome } = await openFramed(ctx, blog, guide, allowed ? { allow: 'clipboard-write' } : {});
          assert(outcome === 'ready', outcome);
          await clickInFrame(page, '#guide', frame, 'menu');
          await clickInFrame(page, '#guide', frame, 'menu.share');
          await until(frame, () => window.mlguide.ids().some((i) => /takeaway\.(copied|refused)/.test(i)), null, 'the clipboard\'s answer');
          const ids = await frame.evaluate(() => window.mlguide.ids());
          const field = await frame.evaluate(takeAwayField);
          assert(field && field.value.startsWith(guide.url + '/#progress=3.'), 'link: ' + (field && field.value));
          if (allowed) {
            assert(ids.includes('dialog.takeaway.copied'), 'allowed, but not copied: ' + ids.join(' '));
            assert((await page.evaluate(() => navigator.clipboard.readText())) === field.value, 'the clipboard holds something else');
          } else {
            assert(ids.includes('dialog.takeaway.refused') && !ids.includes('dialog.takeaway.copied'), 'ids: ' + ids.join(' '));
            assert(field.focused && field.selected && field.visible, 'share field: ' + JSON.stringify(field));
            // By hand, as the reader is told: the selection is the link.
            assert((await frame.evaluate(() => String(document.getSelection()) || document.activeElement.value.slice(
              document.activeElement.selectionStart, document.activeElement.selectionEnd))) === field.value, 'not selected');
            await shot(page, 'frame-clipboard-refused');
            await page.keyboard.press('Escape');
            await until(frame, () => !window.mlguide.ids().includes('dialog.takeaway.text'), null, 'Escape in the field to close the dialog');
          }
        } finally {
          await ctx.close();
        }
      }
    } finally {
      await Promise.all([blog.close(), guide.close()]);
    }
  });
}

// Screenshots of the built site for looking at by eye:
//   node tests/browser/screenshot.mjs [OUT_DIR] [PATH_AND_QUERY]
// Writes <size>-<dpr>x-<scheme>.png at 1280x800 DPR 1 and 375x700 DPR 2, light and dark.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch } from './lib.mjs';

const out = process.argv[2] || '/tmp/mlguide-shots';
const target = process.argv[3] || '/';
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [w, h, dpr] of [[1280, 800, 1], [375, 700, 2]])
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: dpr, colorScheme: scheme });
      const page = await ctx.newPage();
      page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
      await page.goto(server.url + target);
      await page.evaluate(() => window.mlguide.ready);
      await page.waitForTimeout(300);
      const file = path.join(out, `${w}x${h}-${dpr}x-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await ctx.close();
    }
} finally {
  await browser.close();
  await server.close();
}

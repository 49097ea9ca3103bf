// How far the words the reader is reading move when the app takes the place of the page's own
// copy of the guide. The app's download is held back; the copy is read at the top of the page,
// and scrolled down (where the page lets it); then the app comes. For each heading and
// paragraph of the copy in view: the top of its first line before, and of the app's line with
// the same words after (its text layer). Medians of several runs per build; other builds of
// the guide side by side in the same run.
//   node tests/perf/arrival.mjs [--runs N] [--out DIR] [--compare "NAME=DIR;NAME=DIR"]
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, siteDir } from '../browser/lib.mjs';
import { until, copyInView, drawnTops, openHeld } from '../browser/helpers.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const runs = Number(arg('--runs', 3));
const out = arg('--out', null);
const sites = [['Guide', siteDir]].concat((arg('--compare', '') || '').split(';').filter(Boolean).map((s) => s.split('=')));
const sizes = [
  { name: '1280×800', width: 1280, height: 800, scale: 1, touch: false, down: 150 },
  { name: '375×700 (touch, DPR 2)', width: 375, height: 700, scale: 2, touch: true, down: 400 },
];

async function arrive(browser, url, size, down) {
  const { ctx, page, release } = await openHeld(browser, url, size);
  try {
    await page.waitForTimeout(500);
    const scrolled = await page.evaluate((y) => { window.scrollTo(0, y); return window.scrollY; }, down);
    const blocks = await page.evaluate(copyInView);
    release();
    await page.evaluate(() => window.mlguide.ready);
    await until(page, () => document.querySelectorAll('#ui-mirror span').length > 20, null, 'the text layer', 10000);
    await page.waitForTimeout(500);
    const tops = await page.evaluate(drawnTops, blocks);
    const moves = blocks.map((b, i) => (tops[i] === null ? null : tops[i] - b.top)).filter((m) => m !== null);
    return { scrolled, first: moves.length ? moves[0] : null, most: moves.length ? Math.max(...moves.map(Math.abs)) : null, blocks: blocks.length };
  } finally {
    await ctx.close();
  }
}

const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const results = {};
const browser = await launch();
try {
  for (const [name, dir] of sites) {
    const server = await serve({ root: () => path.resolve(dir) });
    results[name] = {};
    for (const size of sizes)
      for (const down of [0, size.down]) {
        const key = `${size.name}, ${down ? `scrolled ${down} px while loading` : 'at the top'}`;
        results[name][key] = [];
        for (let run = 0; run < runs; run++) results[name][key].push(await arrive(browser, server.url + '/', size, down));
      }
    await server.close();
  }
} finally {
  await browser.close();
}

const px = (v) => (v === null ? '—' : `${Math.abs(v) < 0.05 ? 0 : v.toFixed(1)} px`);
const names = Object.keys(results);
const rows = [`| When the app arrives (median of ${runs}) | ${names.join(' | ')} |`, '| --- |' + names.map(() => ' --- |').join('')];
for (const key of Object.keys(results[names[0]])) {
  const cell = (n) => {
    const r = results[n][key];
    const scrolled = median(r.map((x) => x.scrolled));
    if (/scrolled/.test(key) && scrolled === 0) return 'the page cannot scroll while loading';
    return `first line in view ${px(median(r.map((x) => x.first)))}; most ${px(median(r.map((x) => x.most)))} (${median(r.map((x) => x.blocks))} blocks in view)`;
  };
  rows.push(`| ${key} | ${names.map(cell).join(' | ')} |`);
}
const table = rows.join('\n');
console.log(table);
if (out) {
  fs.writeFileSync(path.join(out, 'arrival.json'), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(out, 'arrival.md'), table + '\n');
}

// How much of the page the guide rewrites: DOM mutation records (a MutationObserver on the
// whole document) while idle, for one skill toggled through its element over the canvas (as
// a screen reader presses it), and for one slider step set on the range element. Medians of
// several runs per build; other builds of the guide side by side in the same run.
//   node tests/perf/mutations.mjs [--runs N] [--out DIR] [--compare "NAME=DIR;NAME=DIR"]
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, siteDir } from '../browser/lib.mjs';
import { openGuide, settled, until } from '../browser/helpers.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const runs = Number(arg('--runs', 5));
const out = arg('--out', null);
const sites = [['Guide', siteDir]].concat((arg('--compare', '') || '').split(';').filter(Boolean).map((s) => s.split('=')));

function watch() {
  window.mutationCount = { records: 0, added: 0, removed: 0, attributes: 0 };
  window.mutationWatch = new MutationObserver((list) => {
    for (const r of list) {
      window.mutationCount.records++;
      if (r.type === 'childList') { window.mutationCount.added += r.addedNodes.length; window.mutationCount.removed += r.removedNodes.length; }
      if (r.type === 'attributes') window.mutationCount.attributes++;
    }
  });
  window.mutationWatch.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
}
function stop() {
  window.mutationWatch.takeRecords().forEach(() => window.mutationCount.records++);
  window.mutationWatch.disconnect();
  return window.mutationCount;
}

const actions = {
  idle: async (page) => page.waitForTimeout(1500),
  'skill toggled': async (page) => {
    const before = await page.evaluate(() => window.mlguide.progress()?.skills?.python?.state || 'not-started');
    await page.evaluate(() => document.querySelector('#ui-mirror [data-node="skill.python"]').click());
    await until(page, (b) => (window.mlguide.progress()?.skills?.python?.state || 'not-started') !== b, before, 'the skill to move on');
  },
  'slider step': async (page) => {
    await page.evaluate(() => {
      const r = document.querySelector('#ui-mirror input[type=range]');
      r.value = String(Number(r.value) + Number(r.step));
      r.dispatchEvent(new Event('input', { bubbles: true }));
    });
  },
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const results = {};
const browser = await launch();
try {
  for (const [name, dir] of sites) {
    const server = await serve({ root: () => path.resolve(dir) });
    results[name] = {};
    for (let run = 0; run < runs; run++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await openGuide(ctx, server.url + '/');
      await settled(page);
      await page.waitForTimeout(1000);  // the text layer's first build runs in slices after the first frame
      await settled(page);
      for (const [what, act] of Object.entries(actions)) {
        await page.evaluate(watch);
        await act(page);
        await settled(page);
        await page.waitForTimeout(300);
        const c = await page.evaluate(stop);
        (results[name][what] ||= []).push(c);
      }
      await ctx.close();
    }
    await server.close();
  }
} finally {
  await browser.close();
}

const names = Object.keys(results);
const rows = ['| DOM mutation records (median of ' + runs + ') | ' + names.join(' | ') + ' |', '| --- |' + names.map(() => ' ---: |').join('')];
for (const what of Object.keys(actions)) {
  const cell = (n) => {
    const r = results[n][what];
    return `${median(r.map((c) => c.records))} (${median(r.map((c) => c.added))} added, ${median(r.map((c) => c.removed))} removed, ` +
      `${median(r.map((c) => c.attributes))} attributes)`;
  };
  rows.push(`| ${what} | ${names.map(cell).join(' | ')} |`);
}
const table = rows.join('\n');
console.log(table);
if (out) {
  fs.writeFileSync(path.join(out, 'mutations.json'), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(out, 'mutations.md'), table + '\n');
}

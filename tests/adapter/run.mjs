// The page adapter alone (src/platform/web/page/*.js): a plain page with a canvas, fed tree
// updates as the app sends them (docs/page-contract.md), without building the app. Checks
// the DOM and the accessibility tree it makes, how focus passes between canvas and elements,
// what is announced and in which order, and that a change touches only what changed.
//   node tests/adapter/run.mjs [name filter]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, runEach } from '../browser/lib.mjs';
import register from './adapter.test.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = ['roles.js', 'announce.js', 'focus.js', 'text_layer.js', 'tree.js', 'embed_bridge.js']
  .map((m) => path.resolve(here, '../../src/platform/web/page', m));

// A page as a site might make it: a canvas, a text version of the guide, and the adapter.
async function openPage(ctx) {
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(`<!doctype html><html lang="en"><head><title>Adapter</title></head><body style="margin:0">
    <main><canvas id="canvas" style="position:fixed;left:0;top:0;width:800px;height:600px"></canvas></main>
    <section id="guide" hidden><section id="role"><h2>What they do</h2><p><em>Summary.</em></p>
      <p>Engineers build systems that learn.</p><table><tr><th>Job</th><td>ML engineer</td></tr></table></section></section>
    <button id="after">After the guide</button></body></html>`);
  for (const m of modules) await page.addScriptTag({ path: m });
  await page.evaluate(() => {
    window.sent = [];
    const canvas = document.getElementById('canvas');
    window.adapter = MlguidePage.attach(canvas, 'ui-mirror', {
      act: (kind, id, value) => window.sent.push(['act', kind, id, value]),
      commit: (id, text) => window.sent.push(['commit', id, text]),
    });
    // Counts what an update does to the page, as the benchmark does in the app.
    const watch = new MutationObserver(() => {});
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    window.apply = (u) => {
      watch.takeRecords();
      window.adapter.apply(u);
      window.records = watch.takeRecords();
    };
  });
  return { page, errors };
}

const tests = [];
register((name, fn) => tests.push({ name, fn }));
const filter = process.argv[2] || '';
const browser = await launch();
let failed = 0;
try {
  failed = await runEach(browser, tests.filter((x) => x.name.includes(filter)), { viewport: { width: 800, height: 600 } }, async (t, ctx) => {
    const { page, errors } = await openPage(ctx);
    await t.fn(page);
    if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  });
} finally {
  await browser.close();
}
console.log(failed ? `${failed} adapter test(s) failed` : 'all adapter tests passed');
process.exit(failed ? 1 : 0);

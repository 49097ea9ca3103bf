// Measures the guide and the peer (the stock Dear ImGui GLFW + WebGL example) side by side in
// headless Chromium, adds the native frame times, and writes results.json / results.md.
// Run through tests/perf/run, which builds the peer and frame_bench first.
//
//   node measure.mjs --peer DIR --native FILE.jsonl --out DIR [--runs 5]
//
// Each run loads each app twice, each time in a fresh browser context (empty cache, no
// service worker: a first visit):
//  1. instrumented (probe.js): bytes downloaded, time to first frame, memory, and the
//     peer's frame count over the idle window;
//  2. clean, with no init script and nothing of ours running in the page: idle cost from
//     the DevTools Performance metrics, and the guide's own frame counter.
// Runs alternate between the apps so that drift in the machine's load hits both alike.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve, launch, siteDir } from '../browser/lib.mjs';
import { report } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const RUNS = Number(args.runs || 7);
const SETTLE_MS = 2000;  // after the first frame, before measuring
const WINDOW_MS = 5000;  // the idle window
const QUIET_MS = 1000;   // before each timed load
const VIEWPORT = { width: 1280, height: 800 };
const probe = fs.readFileSync(path.join(here, 'probe.js'), 'utf8');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The driver does not always answer for a request the page has moved past (a worker's fetch,
// a body already dropped): such a question gets `fallback` after 5 s instead of hanging the run.
const answer = (promise, fallback = null) =>
  Promise.race([promise.catch(() => fallback), sleep(5000).then(() => fallback)]);
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The guide is measured from a snapshot of build/web, so a rebuild during the run cannot
// mix two versions.
function snapshot(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) snapshot(path.join(from, e.name), path.join(to, e.name));
    else fs.copyFileSync(path.join(from, e.name), path.join(to, e.name));
  }
}

const apps = [
  { key: 'ours', name: 'Guide', dir: path.join(args.out, 'site'), guide: true },
  { key: 'peer', name: 'Dear ImGui example', dir: args.peer, guide: false },
];
// --compare "NAME=DIR;...": earlier builds of the guide, measured in the same run.
const compare = (args.compare || '').split(';').filter(Boolean).map((spec, k) => {
  const eq = spec.indexOf('=');
  return { key: 'compare' + k, name: spec.slice(0, eq), dir: spec.slice(eq + 1), guide: true };
});
apps.push(...compare);

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// Polls the page (one short evaluate every 50 ms: no loop of ours stays in the page).
async function until(page, fn, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(50);
  }
}

// Load 1: with the probe. Every response is recorded: from the page until it is ready (the
// guide: mlguide.ready; the peer: its first frame), and from the guide's service worker until
// it is active (its install precaches the files for offline use).
async function instrumented(browser, app, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: probe });
  const responses = [];
  const pending = [];
  let phase = 'page';
  context.on('requestfinished', (request) => pending.push((async (when) => {
    // A worker's request may finish after its context has closed: then it is not counted.
    const response = await answer(request.response());
    if (!response || response.fromServiceWorker()) return;  // served from the cache: no download
    const worker = !!request.serviceWorker();
    let body;
    let bodyFrom = 'driver';
    // A revalidated file (304) arrives without a body, though the driver hands over the cached one.
    const sizes = await answer(request.sizes());
    if (response.status() === 304 || (sizes && sizes.responseBodySize === 0)) body = Buffer.alloc(0);
    else if (!(body = await answer(response.body()))) {
      bodyFrom = 'file';
      // Not every worker response body is available to the driver; the server sends files
      // verbatim (no Content-Encoding), so the file is the body.
      body = fs.readFileSync(path.join(app.dir, new URL(request.url()).pathname.replace(/\/$/, '/index.html')));
    }
    responses.push({
      url: new URL(request.url()).pathname, status: response.status(), from: worker ? 'service worker' : 'page',
      phase: worker ? 'install' : when, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, bodyFrom,
    });
  })(phase)));

  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  if (app.guide) await page.evaluate(() => window.mlguide.ready);
  await until(page, () => window.__perf.firstFrame !== null, 'the first frame');
  phase = 'after ready';
  if (app.guide) await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

  const perf = () => page.evaluate(() => ({ ...window.__perf, memoryBytes: window.__perf.memoryBytes(), now: performance.now() }));
  const first = await perf();
  await sleep(Math.max(0, first.firstFrame + SETTLE_MS - (await page.evaluate(() => performance.now()))));
  const heap = (await metrics(cdp)).JSHeapUsedSize;
  const start = await perf();
  await sleep(WINDOW_MS);
  const end = await perf();
  await Promise.all(pending);
  await context.close();
  // Reported, not fatal: the peer's Emscripten runtime complains about pointer lock in headless Chromium.
  if (errors.length) console.log(`  ${app.name}: page errors: ${[...new Set(errors)].join('; ')}`);

  const sum = (filter, k) => responses.filter((r) => r.status < 400 && filter(r)).reduce((a, r) => a + r[k], 0);
  const page1 = (r) => r.phase === 'page';
  const withCache = (r) => r.phase === 'page' || r.phase === 'install';
  return {
    pageRaw: sum(page1, 'raw'), pageGzip: sum(page1, 'gzip'),
    cacheRaw: sum(withCache, 'raw'), cacheGzip: sum(withCache, 'gzip'),
    // The guide draws its first frame straight from main(), before any animation frame, and
    // resolves mlguide.ready right after it; the peer's first frame is its first rAF callback.
    firstFrameMs: app.guide && first.readyAt !== null ? Math.min(first.readyAt, first.firstFrame) : first.firstFrame,
    firstFrameStartMs: first.firstFrameStart, instanceMs: first.instanceAt, readyMs: first.readyAt,
    jsHeapBytes: heap, wasmMemoryBytes: start.memoryBytes,
    probeFramesInWindow: end.frames - start.frames, probeWindowMs: end.now - start.now,
    responses,
    errors,
  };
}

// Load 2: clean. Nothing injected; a few evaluates to see that the app has started, then
// the page is left alone for the settle time and the whole window.
async function clean(browser, app, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  if (app.guide) await page.evaluate(() => window.mlguide.ready);
  // The peer calls main() (which starts its rAF loop) right after setting calledRun.
  else await until(page, () => window.Module && window.Module.calledRun, 'the peer to start');
  await sleep(SETTLE_MS);
  const frames = () => (app.guide ? page.evaluate(() => window.mlguide.frames()) : null);
  const f0 = await frames();
  const m0 = await metrics(cdp);
  await sleep(WINDOW_MS);
  const m1 = await metrics(cdp);
  const f1 = await frames();
  await context.close();
  const seconds = m1.Timestamp - m0.Timestamp;
  return {
    idleTaskMsPerS: ((m1.TaskDuration - m0.TaskDuration) * 1000) / seconds,
    idleScriptMsPerS: ((m1.ScriptDuration - m0.ScriptDuration) * 1000) / seconds,
    idleWindowS: seconds,
    framesInWindow: app.guide ? f1 - f0 : null,
  };
}

async function main() {
  snapshot(siteDir, apps[0].dir);
  const version = (fs.readFileSync(path.join(apps[0].dir, 'index.html'), 'utf8')
    .match(/name="mlguide-version" content="([^"]*)"/) || [])[1] || '?';
  const native = fs.readFileSync(args.native, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

  const browser = await launch();
  const chromium = browser.version();
  const servers = {};
  for (const app of apps) servers[app.key] = await serve({ root: () => app.dir });
  const runs = Object.fromEntries(apps.map((app) => [app.key, []]));
  try {
    // One untimed visit of each app first: the browser's own first-use costs land there.
    for (const app of apps) await instrumented(browser, app, servers[app.key].url + '/');
    for (let i = 0; i < RUNS; i++) {
      for (const app of apps) {
        const url = servers[app.key].url + '/';
        // The previous page's leftovers (the peer's last frames, its GPU work) must not land
        // in this load's timings.
        await sleep(QUIET_MS);
        const a = await instrumented(browser, app, url);
        const b = await clean(browser, app, url);
        runs[app.key].push({ ...a, ...b });
        console.log(`run ${i + 1}/${RUNS} ${app.name.padEnd(18)} first frame ${a.firstFrameMs.toFixed(0)} ms, ` +
          `${(a.pageGzip / 1024).toFixed(1)} KB gzip, idle ${b.idleTaskMsPerS.toFixed(1)} ms/s`);
      }
    }
  } finally {
    for (const s of Object.values(servers)) await s.close();
    await browser.close().catch(() => {});
  }

  // Medians over the runs of every numeric field.
  const medians = {};
  for (const key of Object.keys(runs)) {
    medians[key] = {};
    for (const field of Object.keys(runs[key][0])) {
      if (typeof runs[key][0][field] === 'number' || runs[key][0][field] === null)
        medians[key][field] = median(runs[key].map((r) => r[field]));
    }
  }
  const results = {
    date: new Date().toISOString(),
    guideVersion: version,
    chromium,
    node: process.version,
    runs: RUNS,
    viewport: VIEWPORT,
    settleMs: SETTLE_MS,
    windowMs: WINDOW_MS,
    medians,
    compare: compare.map(({ key, name }) => ({ key, name })),
    native,
    perRun: runs,
  };
  const { text, markdown, rows } = report(results);
  results.table = rows;
  fs.writeFileSync(path.join(args.out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(args.out, 'results.md'), markdown);
  console.log('\n' + text);
  console.log(`\nWritten: ${path.join(args.out, 'results.json')}, ${path.join(args.out, 'results.md')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

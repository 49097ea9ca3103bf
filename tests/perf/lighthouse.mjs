// Lighthouse on the guide, on the stock Dear ImGui example and on the same article as a plain
// HTML page, mobile and desktop presets, side by side in one run. Run through tests/perf/run.
//
//   node lighthouse.mjs --guide DIR --peer DIR --article DIR --out DIR [--runs 3]
//
// Each page is served by scripts/serve (gzip, as GitHub Pages serves), each run in a fresh
// Chromium (Lighthouse also clears the origin's storage: every run is a first visit). Runs
// alternate between the pages so that drift in the machine's load hits all three alike.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { splitMainThread } from './main_thread.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const RUNS = Number(args.runs || 3);
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
// As for the browser tests (TOOLCHAIN.md): SwiftShader WebGL, no traffic of Chromium's own.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// --only guide,article: a quicker look at some of them. --compare "NAME=DIR;NAME=DIR": other
// builds of the guide (earlier versions, say) in the same run.
const pages = [
  { key: 'guide', name: 'Guide', dir: args.guide, port: 8181 },
  { key: 'peer', name: 'Dear ImGui example', dir: args.peer, port: 8182 },
  { key: 'article', name: 'Static article', dir: args.article, port: 8183 },
].filter((p) => !args.only || args.only.split(',').includes(p.key));
(args.compare ? args.compare.split(';') : []).forEach((pair, i) => {
  const [name, dir] = pair.split('=');
  pages.push({ key: `compare${i + 1}`, name, dir, port: 8184 + i });
});
const presets = [
  { key: 'mobile', name: 'Lighthouse mobile', config: undefined },
  { key: 'desktop', name: 'Lighthouse desktop', config: desktopConfig },
].filter((p) => !args.presets || args.presets.split(',').includes(p.key));
const METRICS = {
  bytes: 'total-byte-weight',
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  tti: 'interactive',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function startServer(p) {
  const child = spawn('python3', [path.join(repo, 'scripts/serve'), String(p.port), p.dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`scripts/serve exited (${code}) for ${p.dir}`)));
  });
  return child;
}

async function audit(url, preset, saveAs) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: ['performance'] },
      preset.config);
    const lhr = result.lhr;
    fs.writeFileSync(saveAs, JSON.stringify(lhr));  // the last run's full report, to look into
    // A metric Lighthouse could not compute says why in its audit (NO_LCP for a page of canvas only).
    const why = Object.values(METRICS).map((id) => lhr.audits[id] && lhr.audits[id].errorMessage).find(Boolean);
    const run = { score: lhr.categories.performance.score,
      error: lhr.runtimeError ? lhr.runtimeError.code : why ? (why.match(/[A-Z][A-Z_]{3,}/) || [why])[0] : null };
    for (const [k, id] of Object.entries(METRICS)) run[k] = lhr.audits[id] ? lhr.audits[id].numericValue : undefined;
    const tasks = lhr.audits['long-tasks'];
    run.longestTask = tasks && tasks.details && tasks.details.items.length
      ? Math.max(...tasks.details.items.map((t) => t.duration)) : 0;
    const lcpElement = lhr.audits['largest-contentful-paint-element'];
    const item = lcpElement && lcpElement.details && lcpElement.details.items[0];
    const node = item && item.items && item.items[0] && item.items[0].node;
    run.lcpElement = node ? node.snippet : null;
    // Why there was none: Chromium's own record of the candidates, as the trace has it.
    const marks = result.artifacts.Trace.traceEvents.filter((e) => e.name.startsWith('largestContentfulPaint::'));
    run.lcpTrace = marks.map((e) => e.name.split('::')[1] + (e.args.data && e.args.data.nodeName ? ' ' + e.args.data.nodeName : '')).join(', ');
    try {
      Object.assign(run, splitMainThread(result.artifacts.Trace, lhr.configSettings.throttling.cpuSlowdownMultiplier));
    } catch (e) {
      console.warn('The trace could not be split:', e.message);
    }
    return run;
  } finally {
    await chrome.kill();
  }
}

// Lighthouse's trace engine prints the stack of each metric it cannot compute (NO_LCP for a page
// of canvas only); the table says so in one word.
const consoleError = console.error;
console.error = (...args) => { if (!/LanternError/.test(String(args[0]))) consoleError(...args); };

const servers = [];
try {
  for (const p of pages) servers.push(await startServer(p));
  const chromium = execFileSync(CHROMIUM, ['--version']).toString().trim();
  const raw = {};
  for (const preset of presets) {
    raw[preset.key] = Object.fromEntries(pages.map((p) => [p.key, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const p of pages) {
        const run = await audit(`http://127.0.0.1:${p.port}/`, preset, path.join(args.out, `lighthouse-${preset.key}-${p.key}.json`));
        raw[preset.key][p.key].push(run);
        const s = (x) => (x == null ? '—' : Math.round(x));
        console.log(`${preset.key} ${i + 1}/${RUNS} ${p.name}: score ${run.score == null ? 'none (' + run.error + ')' : Math.round(run.score * 100)}, ` +
          `FCP ${s(run.fcp)} ms, LCP ${s(run.lcp)} ms, TBT ${s(run.tbt)} ms, CLS ${run.cls == null ? '—' : run.cls.toFixed(3)}; ` +
          `own work at the preset's slowdown: longest ${s(run.longestOwn)} ms, blocking ${s(run.blockingOwn)} ms; LCP marks: ${run.lcpTrace || 'none'}`);
        await sleep(500);
      }
    }
  }
  const medians = {};
  for (const preset of presets) {
    medians[preset.key] = {};
    for (const p of pages) {
      const runs = raw[preset.key][p.key];
      const m = {};
      for (const k of [...Object.keys(METRICS), 'longestTask', 'longest', 'longestOwn', 'blocking', 'blockingOwn', 'gpuWait'])
        m[k] = median(runs.map((r) => r[k]));
      m.lcpRuns = `${runs.filter((r) => r.lcp != null).length} of ${runs.length}`;
      const scores = runs.map((r) => r.score);
      m.score = scores.some((x) => x == null) ? null : median(scores);
      m.errors = [...new Set(runs.map((r) => r.error).filter(Boolean))];
      m.lcpElement = runs.map((r) => r.lcpElement).find(Boolean) || null;
      medians[preset.key][p.key] = m;
    }
  }
  const result = { chromium, lighthouse: JSON.parse(fs.readFileSync(path.join(here, 'node_modules/lighthouse/package.json'))).version,
    runs: RUNS, raw, medians };
  fs.writeFileSync(path.join(args.out, 'lighthouse.json'), JSON.stringify(result, null, 2) + '\n');
  const { text, markdown } = lighthouseReport(result);
  fs.writeFileSync(path.join(args.out, 'lighthouse.md'), markdown);
  console.log('\n' + text);
} finally {
  for (const s of servers) s.kill();
}

function lighthouseReport(r) {
  const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
  const rows = [
    ['Performance score', (m) => (m.score == null ? `none (${m.errors.join(', ')})` : String(Math.round(m.score * 100)))],
    ['Transfer (gzip, as served)', (m) => (m.bytes == null ? '—' : `${(m.bytes / 1024).toFixed(1)} KB`)],
    ['First Contentful Paint', (m) => ms(m.fcp)],
    ['Largest Contentful Paint', (m) => ms(m.lcp)],
    ['Total Blocking Time', (m) => ms(m.tbt)],
    ['Cumulative Layout Shift', (m) => (m.cls == null ? '—' : m.cls.toFixed(3))],
    ['Speed Index', (m) => ms(m.si)],
    ['Time to Interactive', (m) => ms(m.tti)],
    ['Longest main-thread task', (m) => ms(m.longestTask)],
    ['Largest Contentful Paint found in', (m) => m.lcpRuns],
    ['Trace, slowed: longest task, all / own work', (m) => `${ms(m.longest)} / ${ms(m.longestOwn)}`],
    ['Trace, slowed: blocking time, all / own work', (m) => `${ms(m.blocking)} / ${ms(m.blockingOwn)}`],
    ['Trace: waiting on the GPU process (× 1)', (m) => ms(m.gpuWait)],
  ];
  const text = [];
  const markdown = [];
  for (const preset of presets) {
    const header = [preset.name, ...pages.map((p) => p.name)];
    const body = rows.map(([label, f]) => [label, ...pages.map((p) => f(r.medians[preset.key][p.key]))]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    text.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), '');
    const md = (cells) => `| ${cells.join(' | ')} |`;
    markdown.push(md(header), md(header.map((_, i) => (i === 0 ? '---' : ':---:'))), ...body.map(md), '');
  }
  const lcp = r.medians.mobile && r.medians.mobile.guide && r.medians.mobile.guide.lcpElement;
  const notes = [
    `Lighthouse ${r.lighthouse}, performance category, default mobile preset and desktop preset (simulated throttling),`,
    `medians of ${r.runs} runs per page and preset, each in a fresh ${r.chromium} (SwiftShader WebGL), served by`,
    'scripts/serve with gzip. Static article: the guide\'s text version alone, built from guide.json (no script).',
    'Trace rows: the observed main-thread tasks from the first contentful paint on, slowed as the preset counts them (mobile',
    '4×, desktop 1×); own work is each task less the commits in it, which wait while the GPU process (software here) draws a changed canvas.',
    `The guide's Largest Contentful Paint element (mobile): ${lcp || 'none'}.`,
  ];
  return { text: [...text, ...notes].join('\n'), markdown: [...markdown, notes.join(' '), ''].join('\n') };
}

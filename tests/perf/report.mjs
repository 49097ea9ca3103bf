// The results table: both apps side by side (medians), with the budgets from DESIGN.md
// ("Budgets") and pass/fail. Returns plain text for the terminal and Markdown for docs/performance.md.
const KB = 1024;  // DESIGN.md's "333 KB" for the peer is KiB
const kb = (b) => (b == null ? '—' : `${(b / KB).toFixed(1)} KB`);
const mb = (b) => (b == null ? '—' : `${(b / (KB * KB)).toFixed(1)} MB`);
const ms = (x, d = 0) => (x == null ? '—' : `${x.toFixed(d)} ms`);
const rate = (x) => (x == null ? '—' : `${x.toFixed(x < 10 ? 2 : 0)} ms/s`);
const verdict = (ok) => (ok ? 'pass' : 'FAIL');

export function report(r) {
  const o = r.medians.ours;
  const p = r.medians.peer;
  const win = r.windowMs / 1000;
  const transferBudget = 250 * KB;
  const pageBudget = 200 * KB;  // the page a first visit waits for (the Lighthouse bar, DESIGN.md)
  const rows = [
    ['First visit: page, gzip', kb(o.pageGzip), kb(p.pageGzip), '≤ 200 KB', verdict(o.pageGzip <= pageBudget)],
    ['First visit: with offline cache, gzip', kb(o.cacheGzip), kb(p.cacheGzip), '≤ 250 KB', verdict(o.cacheGzip <= transferBudget)],
    ['First visit: page, raw', kb(o.pageRaw), kb(p.pageRaw), '', ''],
    ['First visit: with offline cache, raw', kb(o.cacheRaw), kb(p.cacheRaw), '', ''],
    ['Time to first drawn frame', ms(o.firstFrameMs), ms(p.firstFrameMs), `< peer (${ms(p.firstFrameMs)})`,
      verdict(o.firstFrameMs < p.firstFrameMs)],
    ['  WebAssembly instantiated at', ms(o.instanceMs), ms(p.instanceMs), '', ''],
    ['  first animation-frame callback entered at', ms(o.firstFrameStartMs), ms(p.firstFrameStartMs), '', ''],
    ['  mlguide.ready resolved at', ms(o.readyMs), '—', '', ''],
    ['Idle main-thread task time', rate(o.idleTaskMsPerS), rate(p.idleTaskMsPerS),
      `< 2% of peer (${rate(0.02 * p.idleTaskMsPerS)})`, verdict(o.idleTaskMsPerS < 0.02 * p.idleTaskMsPerS)],
    ['  of which script', rate(o.idleScriptMsPerS), rate(p.idleScriptMsPerS), '', ''],
    [`Frames drawn in ${win} s idle`, String(o.framesInWindow), `${p.probeFramesInWindow} (rAF probe)`, '', ''],
    ['JS heap used after start', mb(o.jsHeapBytes), mb(p.jsHeapBytes), '', ''],
    ['WebAssembly memory after start', mb(o.wasmMemoryBytes), mb(p.wasmMemoryBytes), '', ''],
  ];
  for (const n of r.native) {
    const main = n.width === 1280;
    rows.push([`Native frame, all panels open, ${n.width}×${n.height}: median / p99`,
      `${n.median_ms.toFixed(3)} / ${n.p99_ms.toFixed(3)} ms`, '—',
      main ? '< 0.5 ms median' : '', main ? verdict(n.median_ms < 0.5) : '']);
  }
  const header = ['', 'Guide', 'Dear ImGui example (peer)', 'Budget', 'Result'];
  // Earlier builds of the guide measured in the same run (--compare), after the peer.
  const guideCells = [(m) => kb(m.pageGzip), (m) => kb(m.cacheGzip), (m) => kb(m.pageRaw), (m) => kb(m.cacheRaw),
    (m) => ms(m.firstFrameMs), (m) => ms(m.instanceMs), (m) => ms(m.firstFrameStartMs), (m) => ms(m.readyMs),
    (m) => rate(m.idleTaskMsPerS), (m) => rate(m.idleScriptMsPerS), (m) => String(m.framesInWindow), (m) => mb(m.jsHeapBytes),
    (m) => mb(m.wasmMemoryBytes)];
  (r.compare || []).forEach((c, k) => {
    header.splice(3 + k, 0, c.name);
    rows.forEach((row, i) => row.splice(3 + k, 0, i < guideCells.length ? guideCells[i](r.medians[c.key]) : '—'));
  });

  const notes = [
    `Medians of ${r.runs} first visits per app (fresh browser context, empty cache), alternating between the apps after`,
    `one untimed visit of each, 1 s apart; headless Chromium ${r.chromium} (SwiftShader WebGL), viewport`,
    `${r.viewport.width}×${r.viewport.height}, guide ${r.guideVersion}. KB = 1024 bytes.`,
    'Transfer: response bodies (no headers), gzip level 9 per body. Page = what the page requests until it is ready',
    '(guide: window.mlguide.ready; peer: its first frame). With offline cache = page + what the guide\'s service worker',
    'downloads while installing (the peer has none); the test server answers revalidations with 304 and no body, as',
    'static hosts do with ETags, so files the page already downloaded count once.',
    'First frame (performance.now() from navigation start): the peer, when its first requestAnimationFrame callback',
    'after the WebAssembly module started returned (init-script probe); the guide, which draws its first frame from',
    'main() before any animation frame, when mlguide.ready resolved right after it (or that callback, if earlier).',
    `Idle: a separate clean load with nothing injected, ${r.settleMs / 1000} s after start, DevTools Performance.getMetrics`,
    `TaskDuration over ${win} s without input. Guide frames: mlguide.frames() in that load; peer frames: counted by`,
    'the rAF probe in the instrumented load. Memory: instrumented load, 2 s after the first frame.',
    'Native: CPU time (CLOCK_PROCESS_CPUTIME_ID) per App::Frame() on the null platform, DPR 1, 2000 frames after 50.',
  ];

  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const text = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '', ...notes].join('\n');
  const md = (cells) => `| ${cells.join(' | ')} |`;
  const markdown = [md(header), md(header.map((_, i) => (i === 0 ? '---' : ':---:'))), ...rows.map(md), '', notes.join(' '), ''].join('\n');
  return { text, markdown, rows: rows.map((row) => Object.fromEntries(header.map((h, i) => [h || 'Metric', row[i]]))) };
}

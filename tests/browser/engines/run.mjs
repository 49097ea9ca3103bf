// The reader's core journeys in Chromium, Firefox and WebKit (see drivers.mjs), against the
// built site. Run under a display:   xvfb-run -a node tests/browser/engines/run.mjs [engine...]
// VISITS=N changes the number of fresh first visits (default 20); SHOTS=<folder> keeps the
// screenshots (each engine's at 1280x800, DPR 1 and 2, and its difference from Chromium's).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, siteDir } from '../lib.mjs';
import { assert, sleep, settled } from '../helpers.mjs';  // settled() needs only evaluate(), which a Tab has
import { engines } from './drivers.mjs';
import { decodePng, inkStats, difference } from './png.mjs';

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium', 'firefox', 'webkit'];
const visits = Number(process.env.VISITS || 20);
const shots = process.env.SHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-engines-'));
fs.mkdirSync(shots, { recursive: true });

// Polls fn in the page until it returns something truthy.
async function until(tab, fn, arg, what, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    let v;
    try { v = await tab.evaluate(fn, arg); } catch (e) { /* navigating */ }
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(50);
  }
}
const ready = (tab) => tab.evaluate(() => window.mlguide.ready.then(() => 'ready', (e) => 'failed: ' + e.message));
async function open(tab, url) {
  await tab.goto(url);
  await until(tab, () => !!window.mlguide, null, 'window.mlguide');
  const r = await ready(tab);
  assert(r === 'ready', 'the guide did not start: ' + r);
}
// Scrolls the guide with the wheel, as a reader would, until the widget is in the window.
async function reveal(tab, id) {
  let r;
  for (let i = 0; i < 30; i++) {
    await settled(tab);
    r = await tab.evaluate((w) => window.mlguide.locate(w), id);
    assert(r, `no widget "${id}"`);
    const h = await tab.evaluate(() => window.innerHeight);
    const dy = r.y < 0 ? r.y - 40 : r.y + r.height > h ? r.y + r.height - h + 40 : 0;
    if (dy === 0) return r;
    await tab.wheel(640, h / 2, dy);
  }
  return r;
}
async function click(tab, id) {
  const r = await reveal(tab, id);
  await tab.click(r.x + r.width / 2, r.y + r.height / 2);
}
const has = (id) => window.mlguide.ids().includes(id);
const lacks = (id) => !window.mlguide.ids().includes(id);
const stateOf = (skill) => (window.mlguide.progress().skills[skill] || { state: 'not-started' }).state;

// ---- The journeys. Each gets an engine already launched at 1280x800, a tab and the site.
const journeys = {
  async 'starts with WebGL 2 and draws'(e, tab, site) {
    await open(tab, site.url + '/');
    assert(await tab.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), 'no WebGL 2 in this engine');
    await settled(tab);
    const file = path.join(shots, `${e.name}-1280x800-1x.png`);
    await tab.screenshot(file);
    const ink = inkStats(decodePng(fs.readFileSync(file)));
    assert(ink.colours > 50 && ink.darkShare > 0.01, `blank canvas: ${JSON.stringify(ink)}`);
  },
  async 'reads like a page: from a click in a paragraph the reading keys scroll and change nothing'(e, tab, site) {
    await open(tab, site.url + '/');
    await settled(tab);
    const before = await tab.evaluate(() => JSON.stringify(window.mlguide.progress()));
    const at = await tab.evaluate(() => {
      const s = Array.from(document.querySelectorAll('#ui-mirror span')).find((x) => x.textContent.startsWith('A machine learning engineer'));
      const r = s.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await tab.click(at.x, at.y);
    await settled(tab);
    const scroll = () => document.getElementById('ui-mirror').scrollTop;
    for (const key of ['PageDown', 'ArrowDown', ' ', 'End']) {
      const a = await tab.evaluate(scroll);
      await tab.press(key);
      await until(tab, (x) => document.getElementById('ui-mirror').scrollTop > x, a, JSON.stringify(key) + ' to scroll the guide');
    }
    await tab.press('Home');
    await until(tab, () => document.getElementById('ui-mirror').scrollTop === 0, null, 'Home to go to the top');
    assert((await tab.evaluate(() => window.mlguide.focused())) === '', 'the reading keys focused a control');
    assert((await tab.evaluate(() => JSON.stringify(window.mlguide.progress()))) === before, 'reading changed the progress');
  },
  async 'opens and closes a panel'(e, tab) {
    await click(tab, 'panel.role');
    await until(tab, lacks, 'panel.role.body', 'the panel to fold');
    await click(tab, 'panel.role');
    await until(tab, has, 'panel.role.body', 'the panel to unfold');
  },
  async 'a changed skill is there after a reload'(e, tab, site) {
    await click(tab, 'skill.python');
    await until(tab, (s) => window.mlguide.progress().skills.python?.state === s, 'learning', 'python to be learning');
    await sleep(400);  // saves are coalesced to one per 250 ms
    await open(tab, site.url + '/');
    assert((await tab.evaluate(stateOf, 'python')) === 'learning', 'lost over the reload');
  },
  // Every input event counts, however fast: three rounds each, as fast as the driver sends.
  async 'quick clicks on a skill all count (3 x 13)'(e, tab) {
    const r = await reveal(tab, 'skill.r');
    const order = ['not-started', 'learning', 'confident'];
    const times = [];
    for (let round = 0; round < 3; round++) {
      const before = await tab.evaluate(stateOf, 'r');
      const started = Date.now();
      for (let i = 0; i < 13; i++) await tab.click(r.x + r.width / 2, r.y + r.height / 2);
      times.push(Date.now() - started);
      await settled(tab);
      const want = order[(order.indexOf(before) + 13) % 3];
      const got = await tab.evaluate(stateOf, 'r');
      assert(got === want, `round ${round + 1}: after 13 clicks in ${times.at(-1)} ms: ${got}, want ${want}`);
    }
    return `13 clicks in ${times.join(', ')} ms`;
  },
  async 'the salary moves by keys, every press counted (3 x 25)'(e, tab) {
    await click(tab, 'salary.slider');
    const times = [];
    for (let round = 0; round < 3; round++) {
      await settled(tab);
      await tab.press('End');
      await settled(tab);
      const top = await until(tab, () => window.mlguide.progress().salary?.amount, null, 'a salary to be chosen');
      const started = Date.now();
      for (let i = 0; i < 25; i++) await tab.press('ArrowLeft');
      times.push(Date.now() - started);
      await settled(tab);
      const after = await tab.evaluate(() => window.mlguide.progress().salary.amount);
      assert(after === top - 25000, `round ${round + 1}: 25 ArrowLeft presses in ${times.at(-1)} ms from £${top}: £${after}, want £${top - 25000}`);
    }
    return `25 presses in ${times.join(', ')} ms`;
  },
  async 'Scotland, Plan 2 and a 5% pension by clicks: the take-home follows, and survives a reload'(e, tab, site) {
    await click(tab, 'salary.slider');
    await tab.press('Home');
    for (let i = 0; i < 8; i++) await tab.press('PageUp');
    await until(tab, () => window.mlguide.progress().salary?.amount === 60000, null, '£60,000 by keys');
    for (const id of ['salary.region.scotland', 'salary.loan.plan-2', 'salary.pension.percent-of-salary']) {
      await click(tab, id);
      await settled(tab);
    }
    // £60,000 in Scotland, Plan 2, 5% by net pay, in 2026/27 (the newest tax year here, so any
    // date from 6 April 2026 on): £5,000 - £250 - £994 - £268 - £230 a month.
    const shows = () => document.getElementById('ui-mirror').textContent.includes('About £3,258 a month take-home');
    await until(tab, shows, null, 'the take-home for Scotland, Plan 2 and a 5% pension');
    await reveal(tab, 'salary.pension.percent');
    await tab.screenshot(path.join(shots, `${e.name}-explorer-1280x800-1x.png`));
    await open(tab, site.url + '/');
    await settled(tab);
    await until(tab, shows, null, 'the choices to be kept over a reload');
  },
  async 'the wheel scrolls the host page outside the canvas and the guide over it'(e, tab, site) {
    await open(tab, site.url + '/test/tall.html');
    await tab.wheel(100, 300, 400);
    await until(tab, () => window.scrollY > 0, null, 'the host page to scroll');
    await tab.evaluate(() => document.getElementById('canvas').scrollIntoView({ block: 'center' }));
    await sleep(200);
    const y0 = await tab.evaluate(() => window.scrollY);
    const before = await tab.evaluate(() => window.mlguide.locate('panel.salary').y);
    const box = await tab.evaluate(() => { const r = document.getElementById('canvas').getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
    await tab.wheel(box.x + box.w / 2, box.y + box.h / 2, 200);
    await until(tab, (b) => window.mlguide.locate('panel.salary').y < b, before, 'the guide to scroll');
    await sleep(200);
    assert((await tab.evaluate(() => window.scrollY)) === y0, 'the host page scrolled although the guide could');
  },
  async 'Tab goes through the guide and out of it'(e, tab, site) {
    await open(tab, site.url + '/test/tall.html');
    await tab.evaluate(() => document.getElementById('before-link').focus());
    await tab.press('Tab');
    await settled(tab);
    // The guide's controls are its elements over the canvas; the page's focus and the app's agree.
    const where = () => tab.evaluate(() => {
      const n = document.activeElement.closest('#ui-mirror [data-node]');
      return { node: n ? n.dataset.node : null, id: document.activeElement.id, app: window.mlguide.focused() };
    });
    let at = await where();
    assert(at.node === 'readiness' && at.app === 'readiness', 'Tab did not reach the guide\'s first control: ' + JSON.stringify(at));
    const seen = new Set();
    for (let i = 0; i < 120 && at.node; i++) {
      await tab.press('Tab');
      await settled(tab);
      at = await where();
      if (at.node) assert(at.node === at.app, 'the page\'s focus and the app\'s differ: ' + JSON.stringify(at));
      seen.add(at.app);
    }
    assert(at.id === 'after-link', 'Tab never left the guide: ' + JSON.stringify(at));
    assert(seen.has('skill.python') && seen.has('salary.slider'), 'Tab skipped controls: ' + [...seen].join(' '));
    await tab.press('Shift+Tab');
    await settled(tab);
    assert((await where()).node !== null, 'Shift+Tab did not come back into the guide');
  },
  async 'its elements over the canvas operate it, as assistive technology does'(e, tab, site) {
    await open(tab, site.url + '/');
    await settled(tab);
    const next = { 'not-started': ['learning', 'Learning'], learning: ['confident', 'Confident'], confident: ['not-started', 'Not started'] }[await tab.evaluate(stateOf, 'python')];
    await tab.evaluate(() => document.querySelector('#ui-mirror [data-node="skill.python"]').click());
    await until(tab, (s) => (window.mlguide.progress().skills.python || { state: 'not-started' }).state === s, next[0], 'a press to move Python on');
    await until(tab, (w) => document.querySelector('#ui-mirror [aria-live]').textContent.startsWith('Python: ' + w), next[1], 'the change to be announced');
    await tab.evaluate(() => {
      const range = document.querySelector('#ui-mirror input[type=range]');
      range.value = '80000';
      range.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(tab, () => window.mlguide.progress().salary?.amount === 80000, null, 'a new value to move the salary');
    await tab.evaluate(() => document.querySelector('#ui-mirror [data-node="menu"]').click());
    await until(tab, () => !!document.querySelector('#ui-mirror [role=menu] [data-node="menu.about"]'), null, 'the menu');
    await tab.evaluate(() => document.querySelector('#ui-mirror [data-node="menu.about"]').click());
    await until(tab, () => document.querySelector('#ui-mirror [role=dialog]')?.contains(document.activeElement), null, 'focus in the dialog');
    await tab.press('Escape');
    await until(tab, () => !document.querySelector('#ui-mirror [role=dialog]'), null, 'Escape to close the dialog');
  },
  async 'a dialog holds the keyboard: Reset opens on Cancel, Tab stays inside, Escape gives the focus back'(e, tab, site) {
    await open(tab, site.url + '/');
    await settled(tab);
    const focused = () => tab.evaluate(() => window.mlguide.focused());
    await click(tab, 'menu');
    await settled(tab);
    await tab.press('Tab');  // into the menu's items, as its keys go
    for (let i = 0; i < 8 && (await focused()) !== 'menu.reset'; i++) {
      await tab.press('ArrowDown');
      await settled(tab);
    }
    assert((await focused()) === 'menu.reset', 'the arrows did not reach Reset in the menu');
    await tab.press('Enter');
    await until(tab, () => window.mlguide.focused() === 'dialog.cancel', null, 'the Reset dialog to open on Cancel');
    const inDialog = () => !!document.activeElement.closest('#ui-mirror [role=dialog]');
    for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Tab']) {
      await tab.press(key);
      await settled(tab);
      assert(await tab.evaluate(inDialog), `${key} left the dialog for ${await tab.evaluate(() => document.activeElement.id || document.activeElement.tagName)}`);
    }
    await tab.press('Escape');
    await until(tab, () => !document.querySelector('#ui-mirror [role=dialog]'), null, 'Escape to close the dialog');
    await until(tab, () => window.mlguide.focused() === 'menu', null, 'the focus to go back to the menu button');
  },
  async 'a row of choices is one Tab stop, and the arrows move the choice'(e, tab, site) {
    await open(tab, site.url + '/?panel=salary');
    await settled(tab);
    await click(tab, 'salary.region.rest-of-uk');
    await settled(tab);
    await tab.press('ArrowRight');
    await until(tab, () => window.mlguide.focused() === 'salary.region.scotland', null, 'ArrowRight to move to Scotland');
    await until(tab, (id) => document.querySelector(`#ui-mirror [data-node="${id}"]`)?.getAttribute('aria-checked') === 'true',
      'salary.region.scotland', 'the arrow to choose Scotland, not only focus it');
    await tab.press('Tab');
    await settled(tab);
    const next = await tab.evaluate(() => window.mlguide.focused());
    assert(!next.startsWith('salary.region.'), 'Tab went to another choice in the same row: ' + next);
    await tab.press('Shift+Tab');
    await settled(tab);
    assert((await tab.evaluate(() => window.mlguide.focused())) === 'salary.region.scotland', 'Shift+Tab did not come back to the chosen one');
  },
  async 'the text layer lies on the drawn text, and find lands in it'(e, tab, site) {
    await open(tab, site.url + '/');
    await settled(tab);
    const at = await tab.evaluate(() => {
      window.getSelection().removeAllRanges();
      const found = window.find('self-driving car');
      const node = window.getSelection().anchorNode;
      const span = node && node.parentElement;
      const r = span ? span.getBoundingClientRect() : null;
      return { found, inLayer: !!(span && span.closest('#ui-mirror')), width: r ? r.width : 0, drawn: span ? Number(span.dataset.width) : 0 };
    });
    assert(at.found && at.inLayer, 'find: ' + JSON.stringify(at));
    // Scaled to the drawn line (the span ends in a space when its paragraph goes on).
    assert(at.width >= at.drawn - 2 && at.width <= at.drawn + 12, 'the line is not as wide as drawn: ' + JSON.stringify(at));
    // Further down: the guide scrolls to the match, which lies on the drawn words.
    const far = await tab.evaluate(() => {
      window.getSelection().removeAllRanges();
      return window.find('the same period a year earlier');
    });
    assert(far, 'find did not match text further down');
    await until(tab, () => {
      const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, null, 'the guide to scroll to the match');
    await settled(tab);
    const seen = await tab.evaluate(() => ({ top: window.getSelection().getRangeAt(0).getBoundingClientRect().top,
      link: window.mlguide.locate('salary.source.itjobswatch-england') }));
    assert(seen.link && seen.top > seen.link.y && seen.top < seen.link.y + 80, 'the match is not where its words are drawn: ' + JSON.stringify(seen));
  },
  async 'offline after one visit'(e, tab) {
    const own = await serve();  // an origin of its own, to be switched off
    try {
      await open(tab, own.url + '/');
      await until(tab, () => !!navigator.serviceWorker.controller, null, 'the offline copy', 15000);
      await click(tab, 'skill.keras');
      await until(tab, (s) => window.mlguide.progress().skills.keras?.state === s, 'learning', 'keras to change');
      await sleep(400);
    } finally {
      await own.close();
    }
    await open(tab, own.url + '/');
    assert((await tab.evaluate(stateOf, 'keras')) === 'learning', 'progress lost offline');
  },
  async 'no update notice on a first visit'(e, tab) {
    for (let i = 0; i < visits; i++) {
      const fresh = await serve();  // a new origin: nothing cached, no worker yet
      try {
        await open(tab, fresh.url + '/');
        await until(tab, () => !!navigator.serviceWorker.controller, null, 'the first worker to take over', 15000);
        await sleep(300);
        await settled(tab);
        const ids = await tab.evaluate(() => window.mlguide.ids());
        assert(!ids.includes('notice.update'), `visit ${i + 1} of ${visits}: "a new version is available" on a first visit`);
      } finally {
        await fresh.close();
      }
    }
  },
};

// Fallbacks: the engine started with WebGL or WebAssembly switched off. Chromium (156) and
// WebKitGTK's MiniBrowser have no switch for WebAssembly: there the page loses it before its
// own scripts run (a copy of the site whose page loads no-wasm.js first).
const switches = {
  chromium: { webgl: { args: ['--disable-webgl'] }, wasm: { site: 'no-wasm' } },
  firefox: { webgl: { prefs: { 'webgl.disabled': true } }, wasm: { prefs: { 'javascript.options.wasm': false } } },
  webkit: { webgl: { args: ['--enable-webgl=false'] }, wasm: { site: 'no-wasm' } },
};
function siteWithoutWasm() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-no-wasm-'));
  fs.cpSync(siteDir, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'no-wasm.js'), 'delete window.WebAssembly;\n');
  const page = path.join(dir, 'index.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('<head>', '<head><script src="no-wasm.js"></script>'));
  return serve({ root: () => dir });
}
async function fallback(name, off, sites) {
  const { site: which, ...options } = switches[name][off];
  const e = await engines[name](options);
  try {
    const tab = await e.tab();
    await tab.goto(sites[which || 'normal'].url + '/');
    await until(tab, () => !!window.mlguide, null, 'window.mlguide');
    const r = await ready(tab);
    const note = await until(tab, () => { const n = document.getElementById('fallback-note'); return n && !n.hidden && n.textContent; }, null, 'the note');
    const want = off === 'webgl' ? /WebGL 2/ : /WebAssembly/;
    assert(r.startsWith('failed') && want.test(r), `${off} off: ready ${r}`);
    assert(want.test(note), `${off} off: the note says "${note}"`);
    assert(await tab.evaluate(() => document.getElementById('guide').getBoundingClientRect().height > 500), `${off} off: no text version`);
  } finally {
    await e.close();
  }
}

const site = await serve();
const noWasm = await siteWithoutWasm();
const results = [];
const retried = [];
let failed = 0;
try {
  for (const name of wanted) {
    const started = Date.now();
    let e = await engines[name]();
    const passed = [];
    try {
      let tab = await e.tab();
      for (const [title, journey] of Object.entries(journeys)) {
        // A journey that fails is tried once more in a new browser (a crashed page takes its
        // session with it); both tries are reported, and only a second failure counts.
        let first = null;
        for (;;) {
          try {
            const detail = await journey(e, tab, site);
            passed.push(title);
            if (first) retried.push(`${name}: ${title} (first try: ${first})`);
            console.log(`ok   ${name}: ${title}${detail ? ` (${detail})` : ''}${first ? ' (on its second try)' : ''}`);
            break;
          } catch (err) {
            if (first) {
              failed++;
              console.log(`FAIL ${name}: ${title}\n     ${err.message}\n     first try: ${first}`);
              break;
            }
            first = err.message.split('\n')[0];
            await e.close().catch(() => {});
            e = await engines[name]();
            tab = await e.tab();
            await open(tab, site.url + '/');  // where the journeys before it left the page
            await settled(tab);
          }
        }
      }
    } finally {
      await e.close();
    }
    for (const off of ['webgl', 'wasm']) {
      try {
        await fallback(name, off, { normal: site, 'no-wasm': noWasm });
        passed.push(`fallback with ${off} off`);
        console.log(`ok   ${name}: the text version and the right note with ${off === 'webgl' ? 'WebGL' : 'WebAssembly'} off`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${name}: fallback with ${off} off\n     ${err.message}`);
      }
    }
    // At DPR 2, for crispness and for comparing engines.
    const hi = await engines[name]({ dpr: 2 });
    try {
      const tab = await hi.tab();
      await open(tab, site.url + '/');
      await settled(tab);
      await tab.screenshot(path.join(shots, `${name}-1280x800-2x.png`));
    } finally {
      await hi.close();
    }
    results.push({ name, version: e.version, passed: passed.length, seconds: (Date.now() - started) / 1000 });
  }
} finally {
  await site.close();
  await noWasm.close();
}

// How each engine's screenshots differ from Chromium's.
for (const r of results) {
  if (r.name === 'chromium') continue;
  for (const scale of ['1x', '2x']) {
    const a = path.join(shots, `chromium-1280x800-${scale}.png`), b = path.join(shots, `${r.name}-1280x800-${scale}.png`);
    if (!fs.existsSync(a) || !fs.existsSync(b)) continue;
    const pa = decodePng(fs.readFileSync(a)), pb = decodePng(fs.readFileSync(b));
    const d = difference(pa, pb);
    console.log(`     ${r.name} vs chromium at ${scale}: ${pb.width}x${pb.height} vs ${pa.width}x${pa.height}, mean difference ${d.mean.toFixed(2)}/255, ${(d.farShare * 100).toFixed(2)}% of pixels differ by more than 48`);
  }
}
for (const r of results) console.log(`     ${r.version}: ${r.passed} passed in ${r.seconds.toFixed(0)} s`);
console.log(`     screenshots in ${shots}`);
for (const r of retried) console.log(`     passed on a second try: ${r}`);
console.log(failed ? `${failed} engine journey(s) failed` : 'all engine journeys passed');
process.exit(failed ? 1 : 0);

// Starts the canvas app, shows loading progress, falls back to the text guide when the app
// cannot run, and exposes window.mlguide (see docs/embedding.md, "Page JavaScript API"). Also: the
// offline service worker and its update prompt, the height messages an embedding page
// listens to (ours and WordPress's), and a way back when the WebGL context is lost.
//
// It runs in <head>, before the page is parsed: the page is styled for the app (its text as
// the app's first frame will show it) before it is ever painted. The app's download starts
// once that text is on screen. Whatever needs the page's elements waits for them.
(function () {
  'use strict';
  const root = document.documentElement;
  const base = new URL('.', document.currentScript.src);
  const params = new URLSearchParams(window.location.search);
  if (params.get('embed') === '1' || params.get('embed') === '') root.classList.add('embed');
  const domReady = new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  const byId = (id) => document.getElementById(id);

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // a failed start is reported on the page, not as an unhandled rejection

  const api = () => window.Module;
  let running = false;  // the app's exports exist only once it has started
  const redraw = () => running && api()._mlguide_request_frame();
  function widgets() { return running ? JSON.parse(api().UTF8ToString(api()._mlguide_widgets())) : []; }
  const versionMeta = () => document.querySelector('meta[name="mlguide-version"]');

  // Defined before anything can fail, so that `ready` rejects with the reason whatever
  // happens; until the app runs, the other members answer as for an app with nothing drawn.
  window.mlguide = {
    ready,
    get version() { const m = versionMeta(); return m ? m.content : ''; },
    frames: () => (running ? api()._mlguide_frames() : 0),
    ids: () => widgets().map((w) => w.id),
    // Rectangle of a named widget in CSS pixels of the viewport, like getBoundingClientRect().
    locate(id) {
      const w = widgets().find((x) => x.id === id);
      if (!w) return null;
      const r = byId('canvas').getBoundingClientRect();
      return { x: r.left + w.x, y: r.top + w.y, width: w.width, height: w.height };
    },
    focused: () => (running ? api().UTF8ToString(api()._mlguide_focused()) : ''),
    // The reader's progress, the same JSON as Export writes (see docs/saved-progress.md).
    progress: () => (running ? JSON.parse(api().UTF8ToString(api()._mlguide_progress())) : null),
  };

  // app.js may still arrive after a failure; it must then stay idle.
  const idleModule = { noInitialRun: true, instantiateWasm() { return {}; } };

  // `sentence`, when given, replaces the usual note: it says what the site owner can change.
  // The first failure is the one the reader is told of; later ones follow from it.
  let failed = false;
  function fail(reason, sentence) {
    if (failed) return;
    failed = true;
    // main() must not run after this: it would fail again, differently (Safari's WebGL
    // workaround throws without WebGL), and its message would replace this one.
    const m = window.Module;
    if (!m) window.Module = idleModule;
    else if (!running) {
      m.noInitialRun = true;  // app.js not evaluated yet
      if (m.addRunDependency) m.addRunDependency('failed');  // evaluated, waiting to run
    }
    root.classList.remove('app', 'loading');
    rejectReady(new Error(reason));
    domReady.then(() => {
      const note = byId('fallback-note');
      if (!note) return;
      note.textContent = (sentence || 'The interactive guide could not start (' + reason + ').') + ' Here is the same guide as text.';
      note.hidden = false;
    });
  }
  // A frame sandboxed without allow-same-origin has the origin "null": its download of
  // app.wasm is cross-origin and needs the server's permission.
  const opaqueOrigin = window.origin === 'null';
  const corsSentence = 'The interactive guide cannot start in this sandboxed frame because its server does not send ' +
    'the header "Access-Control-Allow-Origin: *" with app.wasm; whoever runs the site can add that header to fix it.';

  if (typeof WebAssembly !== 'object') { fail('this browser does not run WebAssembly'); return; }
  root.classList.add('app', 'loading');
  // Until the app's first frame is on screen the page shows its text as that frame will look
  // (style.css); the loading status waits until loading has taken a moment.
  setTimeout(() => root.classList.add('show-text'), 400);
  // The loading status sits where the app's own buttons will be, under the title, over no text.
  domReady.then(() => {
    const loading = byId('loading'), header = document.querySelector('#guide header');
    if (loading && header) header.appendChild(loading);
  });

  // ---- Download and compile the app, reporting bytes to the progress bar as they arrive.
  let fraction = null;  // null: size unknown
  const showProgress = () => {
    const bar = byId('loading-progress');
    if (!bar) return;
    if (fraction === null) bar.removeAttribute('value');
    else bar.value = fraction;
  };
  async function compile() {
    let response;
    try {
      response = await fetch(new URL('app.wasm', base));
    } catch (e) {
      if (!opaqueOrigin) throw e;
      console.warn('app.wasm could not be fetched from a sandboxed frame:', e);
      const error = new Error('app.wasm was refused to a sandboxed frame');
      error.sentence = corsSentence;
      throw error;
    }
    if (!response.ok) throw new Error('app.wasm: HTTP ' + response.status);
    const total = Number(response.headers.get('Content-Length')) || 0;
    const wasmType = (response.headers.get('Content-Type') || '').startsWith('application/wasm');
    if (response.body && total && !response.headers.get('Content-Encoding') && 'TransformStream' in window) {
      let received = 0;
      response = new Response(response.body.pipeThrough(new TransformStream({
        transform(chunk, out) {
          received += chunk.length;
          fraction = received / total;
          showProgress();
          out.enqueue(chunk);
        },
      })), { headers: { 'Content-Type': 'application/wasm' } });
    }
    // Compiled while it downloads where the browser can.
    const module = WebAssembly.compileStreaming && (wasmType || total)
      ? await WebAssembly.compileStreaming(response)
      : await WebAssembly.compile(await response.arrayBuffer());
    fraction = 1;
    showProgress();
    return module;
  }
  // The page's text is on screen first, and only then do the app's downloads start: on a slow
  // connection they would share it with the page's own files and delay that paint. And the
  // browser has recorded that paint as the page's largest before the app hides the text, so
  // every load has a Largest Contentful Paint, and it is this text (docs/performance.md). Where
  // the browser keeps no such record, its first paint; where it keeps none at all, the frame
  // after the page is parsed. Not later than a second after the page is parsed in any case: a
  // frame out of sight may never be painted.
  const painted = domReady.then(() => new Promise((resolve) => {
    setTimeout(resolve, 1000);
    if (document.visibilityState === 'hidden') { resolve(); return; }
    const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    const type = types.includes('largest-contentful-paint') ? 'largest-contentful-paint' : types.includes('paint') ? 'paint' : '';
    if (!type) {
      requestAnimationFrame(() => setTimeout(resolve));
      return;
    }
    new PerformanceObserver((list, observer) => {
      if (type === 'paint' && !list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    }).observe({ type, buffered: true });
  }));
  const compiled = painted.then(compile);
  compiled.catch((e) => fail(String(e.message || e), e.sentence));

  // ---- Embedding: the content height for the host page, in our message format and in
  // WordPress's (its iframe URL ends in #?secret=..., and it asks with a "ready" message).
  const secret = (window.location.hash.match(/[#?&]secret=([A-Za-z0-9]+)/) || [])[1];
  let contentHeight = 0;
  function postHeight() {
    if (window.parent === window || !contentHeight) return;
    window.parent.postMessage({ type: 'mlguide:height', height: contentHeight }, '*');
    // WordPress caps the frames it sizes at 1000 px, but its block editor's preview does not:
    // capped here too, the post and its preview look alike. The guide scrolls inside.
    if (secret) window.parent.postMessage({ message: 'height', value: Math.min(contentHeight, 1000), secret }, '*');
  }
  window.addEventListener('message', (e) => {
    if (e.source === window.parent && e.data && e.data.message === 'ready' && e.data.secret === secret) postHeight();
  });

  // ---- Offline: the service worker, and "a new version is available" when one waits.
  function updateWaiting() {
    api().updateWaiting = true;
    if (api().notifyUpdate) api().notifyUpdate();
  }
  function registerServiceWorker() {
    // Merely reading navigator.serviceWorker throws in a sandboxed iframe (WordPress embeds).
    if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
    // A worker that installs for a page nothing controlled when it loaded is this visit's
    // first install, not an update, whatever order the browser's events come in (Firefox can
    // report the new controller before the worker's "installed" state).
    const controlledAtStart = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.register(new URL('sw.js', base)).then((reg) => {
      const firstInstall = controlledAtStart ? null : reg.installing;
      if (reg.waiting && controlledAtStart) updateWaiting();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker || worker === firstInstall) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) updateWaiting();
        });
      });
      document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reg.update().catch(() => {}); });
    }).catch(() => {});
  }

  window.Module = {
    instantiateWasm(imports, done) {
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => done(instance, module)))
        .catch((e) => fail(String(e.message || e), e.sentence));
      return {};
    },
    onFirstFrame() {
      running = true;
      root.classList.remove('loading');
      readAsText();
      resolveReady();
      try { registerServiceWorker(); } catch (e) { /* no offline copy here: the guide still runs */ }
    },
    // The page's copy of the guide scrolls while the app loads. Asked just before the app first
    // shows: the first heading or paragraph whose top the reader sees, and where it is, for the
    // app to put its own line with the same words there ("y<TAB>text"; "" for none).
    arrival() {
      if (root.classList.contains('embed')) return '';  // the host page scrolls, not the frame
      const blocks = document.querySelectorAll('#guide h1, #guide header > p, #at-a-glance h2, #guide section > h2, #guide section > p');
      for (const el of blocks) {
        const box = el.getBoundingClientRect(), style = getComputedStyle(el);
        const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);  // its first line's
        if (box.height === 0 || top < 0) continue;
        if (top >= window.innerHeight) break;
        return top + '\t' + el.textContent.replace(/\s+/g, ' ').trim();
      }
      return '';
    },
    onFatal: fail,
    onAbort: (what) => fail('it stopped: ' + what),
    onContentHeight(px) {
      contentHeight = px;
      postHeight();
    },
    applyUpdate() {
      navigator.serviceWorker.getRegistration().then((reg) => {
        if (!reg || !reg.waiting) { window.location.reload(); return; }
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        reg.waiting.postMessage({ type: 'mlguide:skip-waiting' });
      });
    },
  };

  // ---- "Read the guide as text": the text version becomes the page, in the app's theme, with
  // a way back. While the app shows, the text version stays for screen readers to read (the
  // elements over the canvas carry the controls, not yet the prose), but its links are out of
  // the Tab order: the keyboard never lands on something unseen.
  // The reader's own part (their skills, their salary and its take-home) joins the text
  // version whenever it is shown: read as text, or printed.
  function readerSummary() {
    const guide = byId('guide');
    if (!running || !guide) return;
    const old = byId('your-progress');
    const html = api().UTF8ToString(api()._mlguide_reader_html());
    if (old) old.outerHTML = html;
    else (guide.querySelector('nav') || guide.firstElementChild).insertAdjacentHTML('afterend', html);
  }
  window.addEventListener('beforeprint', readerSummary);

  function readAsText() {
    const link = byId('read-as-text'), back = byId('back-to-app'), guide = byId('guide');
    if (!link || !back || !guide) return;
    guide.setAttribute('aria-label', 'The guide as text');
    const links = Array.from(guide.querySelectorAll('a[href], button')).filter((el) => el !== back);
    const textMode = (on) => {
      root.classList.toggle('text-mode', on);
      links.forEach((el) => { if (on) el.removeAttribute('tabindex'); else el.tabIndex = -1; });
    };
    textMode(false);
    link.addEventListener('click', (e) => {
      e.preventDefault();
      readerSummary();
      textMode(true);
      window.scrollTo(0, 0);
      back.focus();
    });
    back.addEventListener('click', () => {
      textMode(false);
      redraw();
      byId('canvas').focus({ preventScroll: true });  // the keys are the guide's again
    });
  }

  // app.js comes after the first paint, so main() finds the page parsed and its canvas there.
  painted.then(() => {
    const script = document.createElement('script');
    script.src = new URL('app.js', base).href;
    script.async = true;
    script.onerror = () => fail('app.js could not be loaded');
    document.head.appendChild(script);
  });

  painted.then(() => {
    const canvas = byId('canvas');
    if (!canvas) { fail('the page has no canvas'); return; }
    // The WebGL context is made here, while the app downloads: creating one takes a while,
    // and the app's own request for it (same attributes) then gets this one at once.
    // Sized as the app will size it (CSS size x devicePixelRatio), so its first frame does
    // not have to reallocate the drawing buffer.
    const box = canvas.getBoundingClientRect();
    canvas.width = Math.round(box.width * window.devicePixelRatio);
    canvas.height = Math.round(box.height * window.devicePixelRatio);
    let gl = null;
    try {
      gl = canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false,
        premultipliedAlpha: true, preserveDrawingBuffer: false, powerPreference: 'low-power' });
    } catch (e) { /* reported below */ }
    if (!gl) { fail('this browser does not offer WebGL 2'); return; }
    api().canvas = canvas;
    showProgress();
    // ---- A lost WebGL context that does not come back: offer a reload (progress is saved).
    let lostTimer = 0;
    const contextNote = byId('context-note');
    canvas.addEventListener('webglcontextlost', () => {
      clearTimeout(lostTimer);
      lostTimer = setTimeout(() => { if (contextNote) contextNote.hidden = false; }, 3000);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      clearTimeout(lostTimer);
      if (contextNote) contextNote.hidden = true;
      redraw();
    });
    const reloadButton = byId('context-reload');
    if (reloadButton) reloadButton.addEventListener('click', () => window.location.reload());
  });
  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
    // A move to another screen changes devicePixelRatio, not always with a resize.
    const watchRatio = () => {
      window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
        redraw();
        watchRatio();
      }, { once: true });
    };
    watchRatio();
  }
})();

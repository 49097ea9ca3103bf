// Starts the canvas app, shows loading progress, falls back to the text guide when the app
// cannot run, and exposes window.mlguide (see README, "Page JavaScript API"). Also: the
// offline service worker and its update prompt, the height messages an embedding page
// listens to (ours and WordPress's), and a way back when the WebGL context is lost.
(function () {
  'use strict';
  const root = document.documentElement;
  const base = new URL('.', document.currentScript.src);
  const canvas = document.getElementById('canvas');
  // Host pages may leave the loading bar out (the test pages do).
  const progress = document.getElementById('loading-progress') || document.createElement('progress');
  const params = new URLSearchParams(window.location.search);
  if (params.get('embed') === '1' || params.get('embed') === '') root.classList.add('embed');

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // a failed start is reported on the page, not as an unhandled rejection

  function fail(reason) {
    root.classList.remove('app', 'loading');
    const note = document.getElementById('fallback-note');
    if (note) {
      note.textContent = 'The interactive guide could not start (' + reason + '). Here is the same guide as text.';
      note.hidden = false;
    }
    rejectReady(new Error(reason));
  }

  function supportsWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }

  if (!canvas) return;
  if (typeof WebAssembly !== 'object') { fail('this browser does not run WebAssembly'); return; }
  if (!supportsWebGL2()) { fail('this browser does not offer WebGL 2'); return; }
  root.classList.add('app', 'loading');

  const api = () => window.Module;
  let running = false;  // the app's exports exist only once it has started
  const redraw = () => running && api()._mlguide_request_frame();
  function widgets() { return JSON.parse(api().UTF8ToString(api()._mlguide_widgets())); }
  const versionMeta = document.querySelector('meta[name="mlguide-version"]');

  window.mlguide = {
    ready,
    version: versionMeta ? versionMeta.content : '',
    frames: () => api()._mlguide_frames(),
    ids: () => widgets().map((w) => w.id),
    // Rectangle of a named widget in CSS pixels of the viewport, like getBoundingClientRect().
    locate(id) {
      const w = widgets().find((x) => x.id === id);
      if (!w) return null;
      const r = canvas.getBoundingClientRect();
      return { x: r.left + w.x, y: r.top + w.y, width: w.width, height: w.height };
    },
    focused: () => api().UTF8ToString(api()._mlguide_focused()),
    // The reader's progress, the same JSON as Export writes (see README, "Saved progress").
    progress: () => JSON.parse(api().UTF8ToString(api()._mlguide_progress())),
  };

  // Streams the .wasm to report real download progress, then instantiates it.
  async function instantiate(imports, done) {
    const response = await fetch(new URL('app.wasm', base));
    if (!response.ok) throw new Error('app.wasm: HTTP ' + response.status);
    const total = Number(response.headers.get('Content-Length')) || 0;
    const encoded = response.headers.get('Content-Encoding');
    let bytes;
    if (response.body && total && !encoded) {
      const reader = response.body.getReader();
      const chunks = [];
      let received = 0;
      for (;;) {
        const { done: end, value } = await reader.read();
        if (end) break;
        chunks.push(value);
        received += value.length;
        progress.value = received / total;
      }
      bytes = new Uint8Array(received);
      let at = 0;
      for (const c of chunks) { bytes.set(c, at); at += c.length; }
    } else {
      progress.removeAttribute('value');  // size unknown: indeterminate bar
      bytes = new Uint8Array(await response.arrayBuffer());
    }
    progress.value = 1;
    const { instance, module } = await WebAssembly.instantiate(bytes, imports);
    done(instance, module);
  }

  // ---- Embedding: the content height for the host page, in our message format and in
  // WordPress's (its iframe URL ends in #?secret=..., and it asks with a "ready" message).
  const secret = (window.location.hash.match(/[#?&]secret=([A-Za-z0-9]+)/) || [])[1];
  let contentHeight = 0;
  function postHeight() {
    if (window.parent === window || !contentHeight) return;
    window.parent.postMessage({ type: 'mlguide:height', height: contentHeight }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: contentHeight, secret }, '*');
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
    navigator.serviceWorker.register(new URL('sw.js', base)).then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) updateWaiting();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) updateWaiting();
        });
      });
      document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reg.update().catch(() => {}); });
    }).catch(() => {});
  }
  try { registerServiceWorker(); } catch (e) { /* no offline copy here: the guide still runs */ }

  // ---- A lost WebGL context that does not come back: offer a reload (progress is saved).
  let lostTimer = 0;
  const contextNote = document.getElementById('context-note');
  canvas.addEventListener('webglcontextlost', () => {
    clearTimeout(lostTimer);
    lostTimer = setTimeout(() => { if (contextNote) contextNote.hidden = false; }, 3000);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    clearTimeout(lostTimer);
    if (contextNote) contextNote.hidden = true;
    redraw();
  });
  const reloadButton = document.getElementById('context-reload');
  if (reloadButton) reloadButton.addEventListener('click', () => window.location.reload());

  window.Module = {
    canvas,
    instantiateWasm(imports, done) {
      instantiate(imports, done).catch((e) => fail(String(e.message || e)));
      return {};
    },
    onFirstFrame() {
      running = true;
      root.classList.remove('loading');
      resolveReady();
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

  // The canvas can change size without the window doing so (an embedding page's layout).
  if ('ResizeObserver' in window) new ResizeObserver(() => redraw()).observe(canvas);
  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
    // Zoom or a move to another screen changes devicePixelRatio, not always with a resize.
    const watchRatio = () => {
      window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
        redraw();
        watchRatio();
      }, { once: true });
    };
    watchRatio();
  }

  const script = document.createElement('script');
  script.src = new URL('app.js', base).href;
  script.onerror = () => fail('app.js could not be loaded');
  document.head.appendChild(script);
})();

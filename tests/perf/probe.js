// Init script for the instrumented page load (measure.mjs), installed identically for both
// apps before any page script runs. Results land in window.__perf, all times in ms of
// performance.now() (0 = navigation start).
//
// - instanceAt: when WebAssembly.instantiate(Streaming) resolved, i.e. the module exists.
// - firstFrame: when the first requestAnimationFrame callback *returned* after that; both
//   apps draw from rAF (Emscripten's main loop for the peer, emscripten_request_animation_frame
//   for the guide), so this is when the first frame has been submitted.
// - firstFrameStart: when that callback was entered (the split between start-up work before
//   the first frame and the work of the first frame itself).
// - frames: distinct rAF timestamps seen since the module started (an app may register
//   several callbacks in one frame; they share the timestamp).
// - memory: the module's WebAssembly.Memory (exported, or else imported).
// - readyAt: the guide only, when window.mlguide.ready resolved (cross-check of firstFrame).
(() => {
  const perf = (window.__perf = { instanceAt: null, firstFrameStart: null, firstFrame: null, frames: 0, readyAt: null });
  let memory = null;
  let lastStamp = -1;
  perf.memoryBytes = () => (memory ? memory.buffer.byteLength : null);

  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function (callback) {
    return raf((stamp) => {
      const entered = performance.now();
      try {
        return callback(stamp);
      } finally {
        if (perf.instanceAt !== null) {
          if (stamp !== lastStamp) { perf.frames++; lastStamp = stamp; }
          if (perf.firstFrame === null) { perf.firstFrameStart = entered; perf.firstFrame = performance.now(); }
        }
      }
    });
  };

  function started(result, imports) {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    if (perf.instanceAt === null) perf.instanceAt = performance.now();
    const pick = (values) => Object.values(values || {}).find((v) => v instanceof WebAssembly.Memory);
    memory = pick(instance.exports) || Object.values(imports || {}).map(pick).find(Boolean) || memory;
  }
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (source, imports) {
      return original.apply(this, arguments).then((result) => { started(result, imports); return result; });
    };
  }

  // The guide's shell assigns window.mlguide once; catch it to time `ready`.
  let api;
  Object.defineProperty(window, 'mlguide', {
    configurable: true,
    get: () => api,
    set(value) {
      api = value;
      if (value && value.ready) value.ready.then(() => { perf.readyAt = performance.now(); }, () => {});
    },
  });
})();

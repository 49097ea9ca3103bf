// The page adapter, embed bridge: what passes between a guide shown in a frame and the page
// around it, besides the height (web/shell.js speaks the height protocols).
(function (P) {
  'use strict';

  // Calls `band(top, bottom)` with the band of `canvas` the reader can see, in CSS pixels from
  // its top: all of it on the guide's own page, a part of it when the guide is embedded at its
  // full height in a longer page. The host page's embed.js says so exactly, on every scroll
  // ({type: "mlguide:view"}). Without it, an IntersectionObserver reports in steps of 0.5% of
  // the canvas's height; it cannot see a host scroll while the window lies wholly inside the
  // frame (the ratio does not change then).
  function watchView(canvas, band) {
    let fromHost = false;
    window.addEventListener('message', (e) => {
      const d = e.data;
      if (e.source !== window.parent || window.parent === window || !d || d.type !== 'mlguide:view') return;
      if (!(Number.isFinite(d.top) && Number.isFinite(d.bottom) && d.bottom > d.top)) return;
      fromHost = true;
      band(d.top, d.bottom);
    });
    if (typeof IntersectionObserver !== 'function') return;
    const steps = [];
    for (let i = 0; i <= 200; i++) steps.push(i / 200);
    new IntersectionObserver((entries) => {
      const e = entries[entries.length - 1];
      if (!e.isIntersecting || fromHost) return;  // out of view: keep the last band
      const top = e.boundingClientRect.top;
      band(e.intersectionRect.top - top, e.intersectionRect.bottom - top);
    }, { threshold: steps }).observe(canvas);
  }

  // Posts a message to the page that frames the guide; nothing when there is none.
  function postToParent(message) {
    if (window.parent === window) return;
    try { window.parent.postMessage(message, '*'); } catch (e) { /* a parent that is gone */ }
  }

  P.embed = { watchView, postToParent };
})(globalThis.MlguidePage = globalThis.MlguidePage || {});

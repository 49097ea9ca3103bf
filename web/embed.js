// For pages that embed the guide: sizes each guide iframe to its content as the guide
// reports it ({type: "mlguide:height", height}), and tells the guide which part of it the
// reader can see ({type: "mlguide:view", top, bottom}), so its dialogs open there and follow
// the page as it scrolls. Add it once, anywhere in the page:
//   <script src="https://<where the guide is served>/embed.js" async></script>
(function () {
  'use strict';
  if (window.mlguideEmbed) return;
  window.mlguideEmbed = true;
  const guides = new Map();  // frame -> its origin, for frames that have spoken the guide's protocol

  function tellView(origin, frame) {
    if (!frame.isConnected || !frame.contentWindow) { guides.delete(frame); return; }
    const r = frame.getBoundingClientRect();
    const top = Math.max(0, -r.top), bottom = Math.min(r.height, window.innerHeight - r.top);
    if (bottom <= top) return;  // out of sight: the last band stands
    frame.contentWindow.postMessage({ type: 'mlguide:view', top, bottom }, origin);
  }
  let pending = false;
  function viewChanged() {
    if (pending || guides.size === 0) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      guides.forEach(tellView);
    });
  }
  window.addEventListener('scroll', viewChanged, { passive: true });
  window.addEventListener('resize', viewChanged, { passive: true });

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'mlguide:height' || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      // Only frames that really show the guide, from where the message came.
      let origin = '';
      try { origin = new URL(frame.src, window.location.href).origin; } catch (e) { continue; }
      if (origin !== event.origin) continue;
      frame.style.height = Math.max(200, Math.min(Math.ceil(data.height), 20000)) + 'px';
      // The guide's frame is light in colour scheme: so is this, or the browser paints an
      // opaque backdrop behind the guide on a page whose scheme differs.
      frame.style.colorScheme = 'light';
      guides.set(frame, origin);
      viewChanged();
    }
  });
})();

// For pages that embed the guide: sizes each guide iframe to its content as the guide
// reports it ({type: "mlguide:height", height}). Add it once, anywhere in the page:
//   <script src="https://<where the guide is served>/embed.js" async></script>
(function () {
  'use strict';
  if (window.mlguideEmbed) return;
  window.mlguideEmbed = true;
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
    }
  });
})();

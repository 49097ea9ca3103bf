// The page adapter, announcements: one polite live region, saying what the tree's nodes
// announce, in the order the update lists them.
(function (P) {
  'use strict';

  class Announcer {
    constructor(root) {
      this.region = document.createElement('div');
      this.region.setAttribute('aria-live', 'polite');
      Object.assign(this.region.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden',
        clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
      root.appendChild(this.region);
      this.timer = 0;
    }

    say(texts) {
      if (!texts || !texts.length) return;
      // Emptied first, so that the same words said twice are heard twice.
      this.region.textContent = '';
      clearTimeout(this.timer);
      const words = texts.join(' ');
      this.timer = setTimeout(() => { this.region.textContent = words; }, 50);
    }
  }

  P.Announcer = Announcer;
})(globalThis.MlguidePage = globalThis.MlguidePage || {});

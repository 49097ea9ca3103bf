// The web platform's side of the page adapter (page/*.js, loaded before the app): makes the
// tree's elements over the canvas, applies each frame's update to them, and sends what the
// reader does there back as actions. Declared for C++ in browser_js.hpp.
mergeInto(LibraryManager.library, {
  // Returns 0 when there is no canvas.
  js_mirror_setup__deps: ['$stringToNewUTF8'],
  js_mirror_setup: function (self, selector) {
    const canvas = document.querySelector(UTF8ToString(selector));
    if (!canvas) return 0;
    const withString = (s, f) => { const p = stringToNewUTF8(s); try { f(p); } finally { _free(p); } };
    Module.mirror = MlguidePage.attach(canvas, 'ui-mirror', {
      act: (kind, id, value) => withString(id, (p) => Module._mlguide_web_page_action(self, kind, p, value)),
      commit: (id, text) => withString(id, (p) => withString(text, (t) => Module._mlguide_web_page_text(self, p, t))),
    });
    // After a click on the canvas, the focus moves on to the widget's element (focus.js).
    canvas.addEventListener('focus', () => Module._mlguide_web_canvas_focused(self));
    return 1;
  },
  js_mirror_update: function (json) {
    Module.mirror.apply(JSON.parse(UTF8ToString(json)));
  },
  js_watch_view: function (self, selector) {
    const canvas = document.querySelector(UTF8ToString(selector));
    if (canvas) MlguidePage.embed.watchView(canvas, (top, bottom) => Module._mlguide_web_view_changed(self, top, bottom));
  },
  js_post_to_parent: function (json) {
    MlguidePage.embed.postToParent(JSON.parse(UTF8ToString(json)));
  },
  // The canvas's CSS size, whenever it changes (and the mirror placed over it again): read at
  // every frame instead, it would make the browser lay the page out at once after the last
  // frame's changes to it (a forced reflow). 0 where there is no ResizeObserver: the size is
  // then read at every frame.
  js_watch_size: function (self, selector) {
    const canvas = document.querySelector(UTF8ToString(selector));
    if (!canvas || typeof ResizeObserver !== 'function') return 0;
    new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      if (Module.mirror && Module.mirror.placed) Module.mirror.place();
      Module._mlguide_web_resized(self, box.width, box.height);
    }).observe(canvas);
    return 1;
  },});

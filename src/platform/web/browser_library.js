// What the web platform asks of the browser, besides drawing and the tree (page_library.js):
// time, storage, the clipboard, links, downloads, files, the URL and the page's life. Each
// function is declared for C++ in browser_js.hpp. Strings handed from JavaScript to C++ are
// malloc'ed (stringToNewUTF8) and freed by the caller.
mergeInto(LibraryManager.library, {
  js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },
  js_coarse_pointer: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },
  js_set_cursor: function (selector, cursor) {
    const el = document.querySelector(UTF8ToString(selector));
    if (el) el.style.cursor = UTF8ToString(cursor);
  },
  // Returns 0 when the browser refused the new tab. With 'noopener' window.open always
  // returns null, so the opener link is cut by hand instead.
  js_open_url: function (url) {
    let w = null;
    try { w = window.open(UTF8ToString(url), '_blank'); } catch (e) { console.warn('A new tab was refused:', e); }
    if (!w) return 0;
    try { w.opener = null; } catch (e) {}
    return 1;
  },
  // The browser's answer arrives later: mlguide_web_copied(self, token, copied).
  js_copy_text: function (self, token, text) {
    const t = UTF8ToString(text);
    const answer = (ok) => Module._mlguide_web_copied(self, token, ok ? 1 : 0);
    if (!navigator.clipboard || !navigator.clipboard.writeText) { answer(false); return; }
    navigator.clipboard.writeText(t).then(() => answer(true), (e) => {
      console.warn('The clipboard was refused:', e);
      answer(false);
    });
  },
  js_framed: function () {
    try { return window.parent !== window ? 1 : 0; } catch (e) { return 1; }
  },
  js_log: function (message) {
    console.warn(UTF8ToString(message));
  },
  js_now_ms: function () {
    return Date.now();
  },
  js_today: function () {
    const d = new Date(); return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
  },
  // status: 1 present (returns the value), 0 absent (returns 0), -1 refused (returns the error)
  js_storage_get__deps: ['$stringToNewUTF8'],
  js_storage_get: function (key, status) {
    try {
      const v = window.localStorage.getItem(UTF8ToString(key));
      HEAP32[status >> 2] = v === null ? 0 : 1;
      return v === null ? 0 : stringToNewUTF8(v);
    } catch (e) {
      HEAP32[status >> 2] = -1;
      return stringToNewUTF8(e && e.name ? e.name + ': ' + e.message : String(e));
    }
  },
  // Returns 0 when stored, else the error.
  js_storage_set__deps: ['$stringToNewUTF8'],
  js_storage_set: function (key, value) {
    try {
      window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
      return 0;
    } catch (e) {
      return stringToNewUTF8(e && e.name ? e.name + ': ' + e.message : String(e));
    }
  },
  js_listen_page__deps: ['$stringToNewUTF8'],
  js_listen_page: function (self) {
    // The shell (web/shell.js) finds out about a waiting update; it may know before we start.
    Module.notifyUpdate = () => Module._mlguide_web_update_available(self);
    if (Module.updateWaiting) Module.notifyUpdate();
    window.addEventListener('storage', (e) => {
      let ours = false;
      try { ours = e.key !== null && e.storageArea === window.localStorage; } catch (err) { return; }
      if (!ours) return;
      const k = stringToNewUTF8(e.key);
      Module._mlguide_web_storage_changed(self, k);
      _free(k);
    });
    window.addEventListener('hashchange', () => Module._mlguide_web_hash_changed(self));
    // With the focus on nothing (at load, after a click on text), the reading keys scroll the
    // guide as they would scroll a page: where the guide is the page (its canvas fixed to the
    // window, on its own page or in a frame), not in a page of a site's own that it sits in.
    // A screen reader reading a dialog in its browse mode leaves the page's focus on nothing:
    // Escape still closes the dialog (its keys go where the dialog's own would).
    const onNothing = (e) => e.target === document.body || e.target === document.documentElement;
    const toDialog = (e) => {
      const m = Module.mirror && Module.mirror.modal;
      if (!m || e.key !== 'Escape' || !onNothing(e)) return false;
      m.el.dispatchEvent(new KeyboardEvent(e.type, e));
      return true;
    };
    document.addEventListener('keyup', (e) => { if (toDialog(e)) e.preventDefault(); });
    document.addEventListener('keydown', (e) => {
      if (toDialog(e)) { e.preventDefault(); return; }
      if (!onNothing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (!Module.mirror || !Module.mirror.fixed) return;
      const k = stringToNewUTF8(e.key);
      if (Module._mlguide_web_page_key(self, k, e.shiftKey ? 1 : 0)) e.preventDefault();
      _free(k);
    });
    const hide = () => Module._mlguide_web_page_hide(self);
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') hide(); });
  },
  js_location__deps: ['$stringToNewUTF8'],
  js_location: function (part) {
    return stringToNewUTF8(part === 0 ? window.location.hash : window.location.href.split('#')[0]);
  },
  js_replace_fragment: function (fragment) {
    const l = window.location;
    try { history.replaceState(history.state, '', l.pathname + l.search + UTF8ToString(fragment)); } catch (e) {}
  },
  js_download: function (name, mime, content) {
    const url = URL.createObjectURL(new Blob([UTF8ToString(content)], { type: UTF8ToString(mime) }));
    const a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(name);
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
  js_pick_file__deps: ['$stringToNewUTF8'],
  js_pick_file: function (self, token, accept, max_bytes) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.style.display = 'none';
    document.body.appendChild(input);
    const deliver = (name, text, error) => {
      const ps = [name, text, error].map(stringToNewUTF8);
      Module._mlguide_web_file_picked(self, token, ps[0], ps[1], ps[2]);
      ps.forEach(_free);
    };
    input.addEventListener('cancel', () => input.remove());
    input.addEventListener('change', () => {
      const f = input.files && input.files[0];
      input.remove();
      if (!f) return;
      if (f.size > max_bytes) { deliver(f.name, '', 'the file is larger than ' + Math.round(max_bytes / 1024) + ' KB'); return; }
      f.text().then((t) => deliver(f.name, t, ''), (e) => deliver(f.name, '', 'the file could not be read (' + e + ')'));
    });
    input.click();
  },
  js_content_height: function (px) {
    if (Module.onContentHeight) Module.onContentHeight(px);
  },
  js_apply_update: function () {
    if (Module.applyUpdate) Module.applyUpdate();
  },
  js_query__deps: ['$stringToNewUTF8'],
  js_query: function () {
    return stringToNewUTF8(window.location.search);
  },
});

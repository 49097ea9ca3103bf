// The page side of semantics/semantics.hpp: real elements over the canvas, one per widget the
// app drew, kept in step with the tree it sends after each frame that changed something.
// Assistive technology, voice control and the keyboard use them as they would any page; what
// the reader does to them goes back to the app as actions. The canvas draws everything: the
// elements are transparent and let the pointer through, except the text fields a reader
// selects by hand. Only what changed is touched; nothing runs while nothing changes.
mergeInto(LibraryManager.library, {
  // Makes the mirror's element (before any listener is bound to it); 0 when there is no canvas.
  js_mirror_setup__deps: ["$mirrorSetup"],
  js_mirror_setup: function (self, selector) {
    Module.mirror = mirrorSetup(self, UTF8ToString(selector));
    return Module.mirror ? 1 : 0;
  },

  js_mirror_update__deps: ["$mirrorTag", "$mirrorCreate", "$mirrorDescribe", "$mirrorText", "$mirrorSegment", "$mirrorFoldedText"],
  js_mirror_update: function (self, json) {
    const m = Module.mirror;
    if (!m) return;
    const tree = JSON.parse(UTF8ToString(json));
    // A fixed canvas (the guide's own page, and so every frame that embeds it) moves only when
    // its box changes, and is placed then (mirrorSetup); one in a page's flow moves with the page.
    if (!m.placed || !m.fixed) m.place();
    const theme = tree.dark ? 'dark' : 'light';
    if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
    const fields = new Map();
    tree.fields.forEach((f) => fields.set(f.id, f));
    const seen = new Set();
    const elements = [];
    let modal = null;
    // In the page's order, the content's text lies between the controls it is read between:
    // segment k holds the text after the k-th top-level control (mirrorText fills them).
    const putNext = (place, el) => {
      if (el.parentNode !== place || (el.previousElementSibling || null) !== (place.lastPlaced || null)) {
        place.insertBefore(el, place.lastPlaced ? place.lastPlaced.nextSibling : place.firstChild);
      }
      place.lastPlaced = el;
    };
    let top = 0;
    // The mirror scrolls as the content does (see the scroll listener in mirrorSetup): the
    // controls, placed where they are on the canvas, lie that far down in it.
    const scroll = tree.textScroll;
    tree.nodes.forEach((n, i) => {
      seen.add(n.id);
      const el = mirrorNode(m, n, fields.get(n.id));
      elements.push(el);
      const parent = n.parent >= 0 ? elements[n.parent] : m.root;
      const place = parent === m.root ? m.root : parent.mirrorBody;
      if (place === m.root) putNext(m.root, mirrorSegment(m, top++));
      putNext(place, el);
      if (el.mirrorTag === 'heading-button' && n.id.startsWith('panel.')) mirrorFoldedText(m, top, n, scroll);
      el.mirrorBody.lastPlaced = null;
      const at = [n.x, n.y, n.width, n.height].map((v) => Math.round(v * 100) / 100);
      // Inside a container (a dialog, a menu) an element is placed from the container's corner.
      const p = parent === m.root ? [0, -scroll] : parent.mirrorAt;
      const geometry = at.concat(p).join(' ');
      if (el.mirrorGeometry !== geometry) {
        el.mirrorGeometry = geometry;
        Object.assign(el.style, { left: (at[0] - p[0]) + 'px', top: (at[1] - p[1]) + 'px', width: at[2] + 'px', height: at[3] + 'px' });
      }
      el.mirrorAt = at;
      if (n.role === 'dialog' && n.modal) modal = el;
    });
    putNext(m.root, mirrorSegment(m, top));
    m.root.lastPlaced = null;
    m.nodes.forEach((el, id) => {
      if (seen.has(id)) return;
      el.remove();
      m.nodes.delete(id);
    });
    // Outside a modal dialog nothing can be reached, as on the canvas.
    Array.from(m.root.children).forEach((el) => { el.inert = modal !== null && el !== modal && el !== m.live; });
    // A field whose text is to be copied by hand gets the focus, with all of its text selected.
    elements.forEach((el) => {
      if (!el.selectNow) return;
      el.selectNow = false;
      el.focus({ preventScroll: true });
      el.select();
      el.setSelectionRange(0, el.value.length);  // iOS ignores select() on read-only fields
    });

    // Keyboard focus follows the app's when it moves, and whenever the canvas itself has it (a
    // click): Tab then carries on from the element, in and out of the guide. Focus elsewhere
    // (the host page, nothing yet at load) is never taken.
    const node = tree.focused ? m.nodes.get(tree.focused) : null;
    const target = node ? node.mirrorButton || node : null;
    const active = document.activeElement;
    const lost = (active === document.body || active === null) && m.hadFocus;  // its element went
    // A text field keeps the focus it was given (to be copied from) until Tab moves on.
    const held = active && active.className === 'mirror-field' && !m.tabbed;
    m.tabbed = false;
    const ours = (active === m.canvas || m.root.contains(active) || lost) && !held;
    if (target && ours && active !== target && (tree.focused !== m.focused || active === m.canvas || lost)) {
      m.syncing = true;
      target.focus({ preventScroll: true });
      m.syncing = false;
    } else if (!target && lost) {
      // The keys stay with the guide (a menu or dialog closed, taking the focused element).
      m.syncing = true;
      (modal || m.canvas).focus({ preventScroll: true });
      m.syncing = false;
    }
    m.focused = tree.focused;
    m.hadFocus = m.root.contains(document.activeElement) || document.activeElement === m.canvas;

    if (tree.text && m.textReady) mirrorText(m, tree.text);
    else if (tree.text) {
      // The first build of the layer (a span per line, each measured) waits until the app's
      // first frame is on screen, and then runs in slices of a few milliseconds, each a task
      // of its own: the page answers input meanwhile. A slice is the layer for the lines so
      // far; a newer tree arriving meanwhile is simply what the next slices build.
      m.pendingText = tree.text;
      if (!m.textWaiting) {
        m.textWaiting = true;
        const slices = (n) => {
          const start = performance.now();
          do {
            n = Math.min(n + 16, m.pendingText.length);
            mirrorText(m, m.pendingText.slice(0, n));
          } while (n < m.pendingText.length && performance.now() - start < 6);
          if (n < m.pendingText.length) { setTimeout(() => slices(n)); return; }
          m.textReady = true;
          m.pendingText = null;
        };
        requestAnimationFrame(() => setTimeout(() => slices(0)));
      }
    }
    // Segments past the last control hold nothing now (their lines went with the text update).
    while (m.segments.length > top + 1) m.segments.pop().remove();
    m.scrollY = scroll;
    m.folded.forEach((f, id) => { if (!m.nodes.has(id)) { f.remove(); m.folded.delete(id); } });
    // Scrolled as the content is, with room for it. Nothing here reads the page's layout: the
    // update runs after changes to it, and a read would make the browser lay it out at once.
    m.end.style.top = (scroll + m.height) + 'px';
    if (m.end.parentNode !== m.root) m.root.appendChild(m.end);
    if (m.rootScroll !== scroll) {
      m.root.scrollTop = scroll;
      m.rootScroll = scroll;
    }
    if (m.textCovered !== tree.textCovered) {
      // Under a menu or a dialog, a press is theirs, not the text's.
      m.textCovered = tree.textCovered;
      m.spans.forEach((s) => { if (s.mirrorPointer) s.style.pointerEvents = tree.textCovered ? 'none' : 'auto'; });
    }

    if (tree.announcement) {
      // Emptied first, so that the same words said twice are heard twice.
      m.live.textContent = '';
      setTimeout(() => { m.live.textContent = tree.announcement; }, 50);
    }

    function mirrorNode(m, n, field) {
      let el = m.nodes.get(n.id);
      const tag = mirrorTag(n, field);
      if (el && el.mirrorTag !== tag) { el.remove(); el = null; }
      if (!el) {
        el = mirrorCreate(m, n, tag);
        m.nodes.set(n.id, el);
      }
      const key = JSON.stringify([n.name, n.description, n.valueText, n.value, n.min, n.max, n.step, n.expanded, n.checked, n.level, field]);
      if (el.mirrorKey !== key) {
        el.mirrorKey = key;
        mirrorDescribe(el, n, field);
      }
      return el;
    }
  },

  // Which element stands for a node; a change of it makes a new element.
  $mirrorTag: function (n, field) {
    if (n.role === 'textbox') return field && field.multiline ? 'textarea' : 'input';
    if (n.role === 'slider') return 'range';
    if (n.level && n.role === 'button') return 'heading-button';
  if (n.role === 'menubutton') return 'button';
    return n.role;
  },

  $mirrorSetup__deps: ["$stringToNewUTF8"],
  $mirrorSetup: function (self, selector) {
    const canvas = document.querySelector(selector);
    if (!canvas) return null;
    // The guide's own page has its place ready; a page of a site's own making gets one.
    let root = document.getElementById('ui-mirror');
    if (!root) {
      root = document.createElement('div');
      root.id = 'ui-mirror';
      root.setAttribute('role', 'region');
      root.setAttribute('aria-label', 'Interactive guide');
      canvas.after(root);
    }
    // The elements are the guide to assistive technology and the keyboard; the canvas is a picture.
    canvas.tabIndex = -1;
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(root.style, { pointerEvents: 'none', overflow: 'hidden', margin: '0', padding: '0', zIndex: '1' });
    const m = { root, canvas, nodes: new Map(), focused: '', syncing: false, hadFocus: false };
    m.live = document.createElement('div');
    m.live.setAttribute('aria-live', 'polite');
    Object.assign(m.live.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
    root.appendChild(m.live);
    // The text layer: the content's lines, transparent over the drawn ones (PDF.js's model), for
    // the browser's own selection, copy and find, and read by assistive technology between the
    // controls. It lies in segments (mirrorSegment) that scroll with the content.
    m.segments = [];
    m.spans = [];
    m.folded = new Map();
    m.scrollY = 0;
    m.end = document.createElement('div');
    Object.assign(m.end.style, { position: 'absolute', left: '0', width: '1px', height: '1px' });
    // Over the canvas, wherever the page puts it: fixed with it, or scrolling with it.
    m.place = () => {
      const c = canvas;
      const fixed = m.fixed = getComputedStyle(c).position === 'fixed';
      const box = c.getBoundingClientRect();
      const at = fixed ? [box.left + c.clientLeft, box.top + c.clientTop] : [c.offsetLeft + c.clientLeft, c.offsetTop + c.clientTop];
      m.height = c.clientHeight;
      Object.assign(root.style, { position: fixed ? 'fixed' : 'absolute', left: at[0] + 'px', top: at[1] + 'px',
        width: c.clientWidth + 'px', height: m.height + 'px' });
      m.end.style.top = (m.scrollY + m.height) + 'px';
      m.placed = true;
    };
    // Placed again when the canvas's box changes: by the platform's ResizeObserver on it
    // (web_platform.cpp, js_watch_size), and after a resize of the window where there is none.
    window.addEventListener('resize', () => { m.placed = false; });
    // The browser shows what it finds (find in page, a text fragment, a drag selecting past the
    // edge) by scrolling the box that clips it: this one. The guide then scrolls by as much,
    // and the next frame puts both where the guide ended up.
    root.addEventListener('scroll', () => {
      if (root.scrollLeft) root.scrollLeft = 0;
      m.rootScroll = root.scrollTop;
      const dy = root.scrollTop - m.scrollY;
      if (Math.abs(dy) < 1) return;
      const b = canvas.getBoundingClientRect();
      const wheel = new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2,
        bubbles: true, cancelable: true });
      if (canvas.dispatchEvent(wheel)) root.scrollTop = m.scrollY;  // the guide cannot move: nor can this
    });
    // A selection made without the pointer (the page's find, a script) is brought into view,
    // and one inside a collapsed panel opens it.
    document.addEventListener('mousedown', () => { m.pressing = true; }, true);
    document.addEventListener('mouseup', () => { m.pressing = false; }, true);
    document.addEventListener('selectionchange', () => {
      const sel = document.getSelection();
      if (m.pressing || !sel || !sel.rangeCount || !sel.focusNode) return;
      const el = sel.focusNode.nodeType === 1 ? sel.focusNode : sel.focusNode.parentElement;
      if (!el || !root.contains(el) || el === m.selected) return;
      m.selected = el;
      // Inside hidden text the selection ends up on the segment, next to it.
      const near = el.mirrorSegment ? [el.childNodes[sel.focusOffset - 1], el.childNodes[sel.focusOffset]] : [el];
      const folded = near.map((n) => n && n.closest && n.closest('[hidden]')).find((n) => n);
      if (folded && folded.mirrorOpen) { folded.mirrorOpen(); return; }
      if (!el.parentNode.mirrorSegment) return;
      const r = el.getBoundingClientRect(), b = root.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom) root.scrollTop += (r.top + r.bottom) / 2 - (b.top + b.bottom) / 2;
    });
    m.coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    const onText = (e) => e.target.parentNode && e.target.parentNode.mirrorSegment;
    // Over the text the pointer's moves and the wheel still belong to the guide.
    // So does the wheel over a one-line field of the page (a salary): it has nothing to scroll.
    const onLine = (e) => e.type === 'wheel' && e.target.tagName === 'INPUT' && e.target.className === 'mirror-field';
    const forward = (e) => {
      if (!onText(e) && !onLine(e)) return;
      const copy = e.type === 'wheel' ? new WheelEvent(e.type, e) : new MouseEvent(e.type, e);
      if (!canvas.dispatchEvent(copy)) e.preventDefault();
    };
    root.addEventListener('wheel', forward, { passive: false });
    root.addEventListener('mousemove', forward);
    // A plain press on a link is the guide's (the release reaches it through the window);
    // with a modifier or another button the browser does what it does with links.
    const plain = (e) => onText(e) && e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && e.target.tagName === 'A';
    root.addEventListener('mousedown', (e) => { if (plain(e)) { e.preventDefault(); forward(e); } });
    root.addEventListener('click', (e) => { if (plain(e)) e.preventDefault(); }, true);
    const act = m.act = (kind, id, value) => {
      const p = stringToNewUTF8(id);
      Module._mlguide_web_page_action(self, kind, p, value);
      _free(p);
    };
    m.commit = (id, text) => {
      const p = stringToNewUTF8(id), t = stringToNewUTF8(text);
      Module._mlguide_web_page_text(self, p, t);
      _free(p);
      _free(t);
    };
    const idOf = (el) => { const n = el && el.closest && el.closest('[data-node]'); return n ? n.dataset.node : null; };
    // A press from assistive technology or voice control. Keys never get here: the guide's own
    // keyboard handling takes them first (and stops the browser's activation).
    root.addEventListener('click', (e) => {
      const el = e.target.closest('[data-node]');
      if (!el || !el.mirrorClickable) return;
      e.preventDefault();
      // Pressed, it has the focus, as a button a reader clicks does: the keys and what opens
      // from it (a menu, a dialog) are the guide's from here on.
      const focusable = el.mirrorButton || el;
      if (document.activeElement !== focusable) {
        m.syncing = true;
        focusable.focus({ preventScroll: true });
        m.syncing = false;
        m.hadFocus = true;
      }
      act(0, el.dataset.node, 0);
    });
    root.addEventListener('keydown', (e) => { if (e.key === 'Tab') m.tabbed = true; }, true);
    root.addEventListener('focusin', (e) => {
      if (m.syncing) return;
      const id = idOf(e.target);
      if (id) act(1, id, 0);
    });
    root.addEventListener('input', (e) => {
      if (e.target.type === 'range') act(2, idOf(e.target), Number(e.target.value));
    });
    // After a click on the canvas, the focus moves on to the widget's element (see above).
    canvas.addEventListener('focus', () => Module._mlguide_web_canvas_focused(self));
    return m;
  },

  $mirrorCreate: function (m, n, tag) {
    let el;
    // At the widget's place and size, unseen (the canvas draws it and its focus ring).
    const unseen = { position: 'absolute', boxSizing: 'border-box', margin: '0', padding: '0', border: '0', background: 'none',
      color: 'transparent', font: '1px/1 sans-serif', overflow: 'hidden', whiteSpace: 'nowrap', outline: 'none', appearance: 'none' };
    const button = (role) => {
      const b = document.createElement('button');
      b.type = 'button';
      if (role) b.setAttribute('role', role);
      b.mirrorClickable = true;
      return b;
    };
    switch (tag) {
      case 'heading-button':
        el = document.createElement('div');
        el.setAttribute('role', 'heading');
        el.mirrorButton = button(null);
        el.mirrorButton.mirrorClickable = false;
        Object.assign(el.mirrorButton.style, unseen, { position: 'static', width: '100%', height: '100%' });
        el.appendChild(el.mirrorButton);
        el.mirrorClickable = true;
        break;
      case 'button': case 'menubutton': el = button(null); break;
      case 'link':
        // A real link (its address to assistive technology, "copy link"); pressed, the guide
        // opens it, so that a refused new tab is told, as for a click on the canvas.
        el = document.createElement('a');
        el.target = '_blank';
        el.rel = 'noopener';
        el.mirrorClickable = true;
        break;
      case 'menuitem': case 'radio': case 'checkbox': el = button(tag); break;
      case 'range':
        el = document.createElement('input');
        el.type = 'range';
        break;
      case 'input': case 'textarea':
        el = document.createElement(tag);
        el.className = 'mirror-field';
        // Its text shows (in the app's colours, set below); the canvas draws its box.
        Object.assign(el.style, { position: 'absolute', pointerEvents: 'auto', boxSizing: 'border-box', margin: '0',
          padding: '8px 10px', border: '1px solid', borderRadius: '8px', background: 'transparent', resize: 'none',
          font: '14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
          overflow: 'auto', whiteSpace: tag === 'input' ? 'nowrap' : 'pre-wrap', wordBreak: 'break-all' });
        el.readOnly = true;
        el.spellcheck = false;
        el.autocomplete = 'off';
        // Enter, or leaving the field after a change: what the reader typed goes to the app.
        el.addEventListener('change', () => { el.mirrorCommitted = true; m.commit(n.id, el.value); });
        // Keys that edit or move in the text are the field's own; Tab and Escape are the guide's.
        el.addEventListener('keydown', (e) => { if (e.key !== 'Tab' && e.key !== 'Escape') e.stopPropagation(); });
        break;
      case 'heading': el = document.createElement('div'); el.setAttribute('role', 'heading'); break;
      case 'dialog':
        el = document.createElement('div');
        el.setAttribute('role', 'dialog');
        el.tabIndex = -1;
        break;
      default:
        el = document.createElement('div');
        if (tag) el.setAttribute('role', tag);
    }
    if (el.className !== 'mirror-field') Object.assign(el.style, unseen);
    el.dataset.node = n.id;
    el.mirrorTag = tag;
    el.mirrorBody = el;
    return el;
  },

  // Names, states and values as the node says them.
  $mirrorDescribe__deps: ["$mirrorColour"],
  $mirrorDescribe: function (el, n, field) {
    const set = (node, attr, v) => { if (v === null || v === undefined || v === '') node.removeAttribute(attr); else node.setAttribute(attr, v); };
    const toggle = (t) => (t === 'on' ? 'true' : t === 'off' ? 'false' : null);
    const target = el.mirrorButton || el;
    if (el.mirrorButton) set(el, 'aria-level', n.level);
    switch (el.mirrorTag) {
      case 'range':
        el.min = n.min; el.max = n.max; el.step = n.step || 'any';
        el.value = n.value;
        set(el, 'aria-label', n.name);
        set(el, 'aria-valuetext', n.valueText);
        break;
      case 'input': case 'textarea':
        // While the reader types, the text is theirs; the app's comes back once they commit it.
        if (el.value !== field.text && (document.activeElement !== el || el.mirrorCommitted || !field.editable)) el.value = field.text;
        el.mirrorCommitted = false;
        if (el.readOnly !== !field.editable) {
          el.readOnly = !field.editable;
          // A field to type in shows its figures as the canvas draws a salary (16 px at least:
          // a phone zooms the page into a field with smaller text).
          if (field.editable) Object.assign(el.style, { font: '600 19px/1.2 Inter, system-ui, sans-serif', fontVariantNumeric: 'tabular-nums' });
        }
        if (field.numeric && el.inputMode !== 'numeric') el.inputMode = 'numeric';
        const pad = field.padLeft ? field.padLeft + 'px' : '';
        if (el.style.paddingLeft !== pad) el.style.paddingLeft = pad;
        set(el, 'aria-label', n.name);
        set(el, 'aria-invalid', n.invalid ? 'true' : null);
        if (el.mirrorColours !== field.fg + ' ' + field.border) {
          el.mirrorColours = field.fg + ' ' + field.border;
          el.style.color = mirrorColour(field.fg);
          el.style.borderColor = mirrorColour(field.border);
        }
        el.selectNow = field.select && !el.selectedOnce;  // once it is in the page
        el.selectedOnce = field.select;
        break;
      case 'dialog':
        set(el, 'aria-modal', n.modal ? 'true' : null);
        set(el, 'aria-label', n.name);
        break;
      case 'heading':
        set(el, 'aria-level', n.level || 2);
        set(el, 'aria-label', n.name);
        break;
      case 'link':
        if (el.getAttribute('href') !== n.url) el.setAttribute('href', n.url);
        set(el, 'aria-label', n.name);
        break;
      default:
        // Its name (voice control: "click Python"), with its value after. A label, not text:
        // the page's find would match words it cannot show.
        set(target, 'aria-label', n.valueText && n.role !== 'radio' && n.role !== 'checkbox' ? n.name + ', ' + n.valueText : n.name);
    }
    set(target, 'aria-expanded', toggle(n.expanded));
    if (n.role === 'radio' || n.role === 'checkbox') set(target, 'aria-checked', toggle(n.checked));
    if (n.role === 'menubutton') set(target, 'aria-haspopup', 'menu');
    if (n.role === 'radiogroup' || n.role === 'menu') set(el, 'aria-label', n.name);
    set(target, 'aria-description', n.description);
  },

  $mirrorColour: function (c) {
    return 'rgba(' + (c & 255) + ',' + ((c >>> 8) & 255) + ',' + ((c >>> 16) & 255) + ',' + (((c >>> 24) & 255) / 255) + ')';
  },

  // Under a collapsed panel's header, its text from the text version of the guide (#guide,
  // section by section), hidden until the browser's find matches in it ("until-found"): then
  // the panel opens, and its drawn text takes the place of this.
  $mirrorFoldedText__deps: ["$mirrorSegment"],
  // Collapsed panels hold their text too, hidden until the browser's find matches in it; `n` is
  // the header, `k` the segment after it.
  $mirrorFoldedText: function (m, k, n, scroll) {
    const id = n.id;
    let f = m.folded.get(id);
    if (n.expanded !== 'off') {
      if (f) { f.remove(); m.folded.delete(id); }
      return;
    }
    if (!f) {
      const section = document.getElementById(id.slice('panel.'.length));
      if (!section || !section.closest('#guide')) return;
      f = document.createElement('div');
      f.setAttribute('hidden', 'until-found');
      section.querySelectorAll('p, li, h3, caption, tr').forEach((b) => {
        if (b.closest('tr') && b.tagName !== 'TR') return;
        const em = b.firstElementChild;
        if (em && em.tagName === 'EM' && em.textContent === b.textContent) return;  // the summary: on the header
        const p = document.createElement('p');
        p.textContent = b.tagName === 'TR' ? Array.from(b.children).map((c) => c.textContent).join(' ') : b.textContent;
        f.appendChild(p);
      });
      Object.assign(f.style, { position: 'absolute', margin: '0', color: 'transparent', font: '16px/1.5 sans-serif', pointerEvents: 'none' });
      f.mirrorOpen = () => m.act(0, id, 0);
      f.addEventListener('beforematch', f.mirrorOpen);
      m.folded.set(id, f);
    }
    const seg = mirrorSegment(m, k);
    if (f.parentNode !== seg || seg.firstChild !== f) seg.insertBefore(f, seg.firstChild);
    Object.assign(f.style, { left: n.x + 'px', top: (n.y + n.height + scroll) + 'px', width: n.width + 'px' });
  },

  // The k-th segment of the text layer, made when first needed.
  $mirrorSegment: function (m, k) {
    while (m.segments.length <= k) {
      const seg = document.createElement('div');
      seg.mirrorSegment = true;
      Object.assign(seg.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '0', pointerEvents: 'none' });
      m.segments.push(seg);
    }
    return m.segments[k];
  },

  // Makes the layer's lines those of `lines`: each a span at its place, as wide as drawn.
  $mirrorText__deps: ["$mirrorSegment"],
  $mirrorText: function (m, lines) {
    const measure = (m.measure || (m.measure = document.createElement('canvas').getContext('2d')));
    // Only the lines that changed are touched (a figure as the slider moves, a skill's state),
    // and a selection elsewhere survives. The lines alike from the start and from the end keep
    // their elements (they at most move); between them, lines of the same kind keep theirs
    // with new words, from either end; only what is left is replaced. Of a kind: a link or not,
    // a heading or not, in the same segment, starting a block or not.
    const old = m.lines || [];
    const kind = (p, q) => p.b === q.b && p.g === q.g && p.j === q.j && p.a === q.a && p.i === q.i && p.hl === q.hl;
    const alike = (p, q) => p.t === q.t && kind(p, q);
    const run = (limit, same) => { let n = 0; while (n < limit && same(n)) n++; return n; };
    const head = run(Math.min(old.length, lines.length), (n) => alike(old[n], lines[n]));
    const tail = run(Math.min(old.length, lines.length) - head, (n) => alike(old[old.length - 1 - n], lines[lines.length - 1 - n]));
    const oldEnd = old.length - tail, newEnd = lines.length - tail;
    const first = head + run(Math.min(oldEnd, newEnd) - head, (n) => kind(old[head + n], lines[head + n]));
    const last = run(Math.min(oldEnd, newEnd) - first, (n) => kind(old[oldEnd - 1 - n], lines[newEnd - 1 - n]));
    for (let i = first; i < oldEnd - last; i++) {
      if (m.spans[i].mirrorBreak) m.spans[i].mirrorBreak.remove();
      m.spans[i].remove();
    }
    m.spans = m.spans.slice(0, first).concat(new Array(newEnd - last - first), m.spans.slice(oldEnd - last));
    // What changed of a span's style, and only that: each property set is a change to the page.
    const put = (s, key, value) => { if (s.style[key] !== value) s.style[key] = value; };
    lines.forEach((l, i) => {
      const next = lines[i + 1];
      const text = next && !next.b && !next.j ? l.t + ' ' : l.t;
      let s = m.spans[i];
      if (!s) {
        // What a copy gives: a space between the runs of one line and between its wrapped lines
        // (kept inside the span: between placed elements it would collapse), a line break
        // between paragraphs, items and cells. In its segment it goes before the first kept line
        // that follows it there.
        const seg = mirrorSegment(m, l.g);
        let before = null;
        for (let k = i + 1; k < lines.length && !before; k++) if (m.spans[k] && m.spans[k].parentNode === seg) before = m.spans[k];
        const at = before ? before.mirrorBreak || before : null;
        s = document.createElement(l.a ? 'a' : 'span');
        if (l.b && i > 0) s.mirrorBreak = seg.insertBefore(document.createElement('br'), at);
        seg.insertBefore(s, at);
        m.spans[i] = s;
        Object.assign(s.style, { position: 'absolute', whiteSpace: 'pre', color: 'transparent', transformOrigin: '0 0',
          textDecoration: 'none', cursor: l.a ? 'pointer' : 'text' });
        if (l.a) {
          // Its own address for a middle click, "open in new tab" and "copy link"; a plain
          // click is the canvas's (the guide opens it and says so if the tab is refused).
          // Assistive technology and the keyboard have the link's element (a control) instead.
          s.href = l.a;
          s.target = '_blank';
          s.rel = 'noopener';
          s.tabIndex = -1;
        }
        if (l.hl) { s.setAttribute('role', 'heading'); s.setAttribute('aria-level', l.hl); }
        // A control's label is read as the control's name: not twice.
        if (l.i || l.a) s.setAttribute('aria-hidden', 'true');
      }
      const line = JSON.stringify([text, l.x, l.y, l.w, l.h, l.s]);
      if (s.mirrorLine === line && s.mirrorCovered === m.textCovered) return;
      s.mirrorLine = line;
      s.mirrorCovered = m.textCovered;
      if (s.textContent !== text) s.textContent = text;  // a new text node would end a selection in it
      const font = l.s + 'px Inter, sans-serif';  // the drawn face, where the reader has it installed
      if (s.mirrorMeasured !== font + l.t) {  // once per words and size, not at every move
        if (m.measureFont !== font) { measure.font = font; m.measureFont = font; }  // parsed once per size
        s.mirrorNatural = measure.measureText(l.t).width || 1;
        s.mirrorMeasured = font + l.t;
      }
      s.mirrorPointer = !l.i && !m.coarse;
      if (s.dataset.width !== String(l.w)) s.dataset.width = l.w;  // as drawn
      put(s, 'left', l.x + 'px');
      put(s, 'top', l.y + 'px');
      put(s, 'height', l.h + 'px');
      put(s, 'lineHeight', l.h + 'px');
      if (s.mirrorFont !== font) { s.style.font = font; s.style.lineHeight = l.h + 'px'; s.mirrorFont = font; }
      put(s, 'transform', 'scaleX(' + (l.w / s.mirrorNatural) + ')');
      put(s, 'pointerEvents', s.mirrorPointer && !m.textCovered ? 'auto' : 'none');
    });
    m.lines = lines;
  },
});

// The page adapter, text layer (PDF.js's model): the content's lines as transparent spans
// over the drawn ones, for the browser's own selection, copy and find, read by assistive
// technology between the controls. The lines lie in segments, one after each top-level
// control, that scroll with the content. A splice from the app says which lines changed;
// only their spans are touched, so a selection elsewhere survives. What a span was made from
// is kept here, not on the span.
(function (P) {
  'use strict';

  class TextLayer {
    // `press(id)` presses a node (a collapsed panel whose hidden text the page's find matched).
    constructor(root, canvas, press) {
      this.root = root;
      this.canvas = canvas;
      this.press = press;
      this.segments = [];
      this.isSegment = new WeakSet();
      this.lines = [];   // the app's lines, as the splices made them
      this.spans = [];   // a span per line (missing while the first build is under way)
      this.made = new WeakMap();  // span -> {line, font, natural, measured, brk}
      this.parts = new WeakMap();  // a segment, table or row -> its tables, rows (by key)
      this.cells = new WeakMap();  // row -> its cells, in column order
      this.keyOf = new WeakMap();
      this.folds = new Map();     // node id -> {el, from}
      this.foldOf = new WeakMap();
      this.family = 'sans-serif';
      this.covered = false;
      this.ready = false;
      this.building = false;
      this.coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
      this.listen();
    }

    // Where line i's span goes: its segment, or in a table the cell it lies in. A table's rows
    // and cells are made as their first line comes; a row's cells are made up to the one
    // needed, so a column without words in this row (the corner over the row names) is still
    // a column. All of them are inline: the spans are placed absolutely anyway.
    container(i, l) {
      const seg = this.segment(l.g);
      if (!l.tb) return seg;
      const table = this.part(seg, i, 'table ' + l.tb, 'table');
      const row = this.part(table, i, l.r, 'row');
      const cells = this.cells.get(row);
      while (cells.length <= l.c) {
        const c = document.createElement('div');
        const own = cells.length === l.c;  // not a filler (the corner is a plain, empty cell)
        c.setAttribute('role', own && l.hd === 'col' ? 'columnheader' : own && l.hd === 'row' ? 'rowheader' : 'cell');
        c.style.display = 'inline';
        row.appendChild(c);
        cells.push(c);
      }
      return cells[l.c];
    }

    // The child of `parent` under `key`, made with `role` and placed among its siblings in the
    // lines' order.
    part(parent, i, key, role) {
      let kids = this.parts.get(parent);
      if (!kids) this.parts.set(parent, kids = new Map());
      let el = kids.get(key);
      if (!el) {
        el = document.createElement('div');
        el.setAttribute('role', role);
        el.style.display = 'inline';  // a copy keeps a row on one line, as the drawn text is
        if (role === 'row') this.cells.set(el, []);
        this.insert(parent, el, i);
        kids.set(key, el);
        this.keyOf.set(el, key);
      }
      return el;
    }

    // Inserts `el` (what line i goes in, or its span) into `parent` before whatever there holds
    // a later line: the page's order is the lines' order.
    insert(parent, el, i) {
      let at = null;
      for (let k = i + 1; this.ready && k < this.lines.length && !at; k++) {
        const s = this.spans[k];
        if (!s || !parent.contains(s)) continue;
        at = this.made.get(s).brk || s;
        while (at.parentNode !== parent) at = at.parentNode;
      }
      parent.insertBefore(el, at);
    }

    // A row left without words goes, with its cells; then a table left without rows.
    prune(cell) {
      if (!cell || this.isSegment.has(cell)) return;
      const row = cell.parentNode, table = row && row.parentNode;
      if (!table || row.querySelector('span, a')) return;
      this.drop(table, row);
      if (!table.firstChild) this.drop(table.parentNode, table);
    }

    drop(parent, el) {
      this.parts.get(parent).delete(this.keyOf.get(el));
      el.remove();
    }

    // The k-th segment, made when first needed (the tree places it).
    segment(k) {
      while (this.segments.length <= k) {
        const seg = document.createElement('div');
        this.isSegment.add(seg);
        Object.assign(seg.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '0', pointerEvents: 'none' });
        this.segments.push(seg);
      }
      return this.segments[k];
    }

    // Segments past the `count` first hold nothing now (their lines went with the text update).
    trim(count) {
      while (this.segments.length > count) this.segments.pop().remove();
    }

    apply(splice) {
      const gone = this.spans.splice(splice.at, splice.removed, ...new Array(splice.inserted.length));
      this.lines.splice(splice.at, splice.removed, ...splice.inserted);
      splice.changed.forEach((c) => { this.lines[c[0]] = c[1]; });
      gone.forEach((s) => {
        if (!s) return;
        const made = this.made.get(s);
        const cell = s.parentNode;
        if (made.brk) made.brk.remove();
        s.remove();
        this.prune(cell);
      });
      if (!this.ready) { this.build(); return; }
      for (let i = splice.at; i < splice.at + splice.inserted.length; i++) this.sync(i);
      splice.changed.forEach((c) => this.sync(c[0]));
    }

    // The first build (a span per line, each measured) waits until the app's first frame is on
    // screen, and then runs in slices of a few milliseconds, each a task of its own: the page
    // answers input meanwhile. Splices arriving meanwhile change the lines it builds.
    build() {
      if (this.building) return;
      this.building = true;
      const slices = (n) => {
        const start = performance.now();
        do {
          const end = Math.min(n + 16, this.lines.length);
          for (; n < end; n++) this.sync(n);
        } while (n < this.lines.length && performance.now() - start < 6);
        if (n < this.lines.length) { setTimeout(() => slices(n)); return; }
        for (let i = 0; i < this.lines.length; i++) this.sync(i);  // lines spliced in behind the build
        this.ready = true;
      };
      requestAnimationFrame(() => setTimeout(() => slices(0)));
    }

    // Makes span i show line i: its words, place, size and font, each written only if it differs.
    sync(i) {
      const l = this.lines[i];
      let s = this.spans[i];
      if (!s) s = this.spans[i] = this.make(i, l);
      const made = this.made.get(s);
      if (made.line === l) return;
      made.line = l;
      const text = l.sp ? l.t + ' ' : l.t;
      if (s.textContent !== text) s.textContent = text;  // a new text node would end a selection in it
      const font = l.s + 'px ' + this.family;  // the drawn face, where the reader has it installed
      if (made.measured !== font + l.t) {  // once per words and size, not at every move
        const m = TextLayer.measure || (TextLayer.measure = document.createElement('canvas').getContext('2d'));
        if (TextLayer.measureFont !== font) { m.font = font; TextLayer.measureFont = font; }  // parsed once per size
        made.natural = m.measureText(l.t).width || 1;
        made.measured = font + l.t;
      }
      if (s.dataset.width !== String(l.w)) s.dataset.width = l.w;  // as drawn
      P.roles.style(s, { left: l.x + 'px', top: l.y + 'px', height: l.h + 'px' });
      if (made.font !== font) { s.style.font = font; made.font = font; }
      P.roles.style(s, { lineHeight: l.h + 'px', transform: 'scaleX(' + (l.w / made.natural) + ')',
        pointerEvents: this.pointer(l) ? 'auto' : 'none' });
    }

    pointer(l) { return !l.i && !this.coarse && !this.covered; }

    // What a copy gives: a space between the runs of one line and between its wrapped lines
    // (kept inside the span: between placed elements it would collapse), a line break between
    // paragraphs, items and cells. In its segment a new span goes before the first kept line
    // that follows it there.
    make(i, l) {
      const parent = this.container(i, l);
      const s = document.createElement(l.a ? 'a' : 'span');
      const made = { line: null, brk: null };
      this.insert(parent, s, i);
      if (l.b && i > 0) {
        // A break for copying only: heard, it would be a line of its own ("blank").
        made.brk = parent.insertBefore(document.createElement('br'), s);
        made.brk.setAttribute('aria-hidden', 'true');
      }
      this.made.set(s, made);
      Object.assign(s.style, { position: 'absolute', whiteSpace: 'pre', color: 'transparent', transformOrigin: '0 0',
        textDecoration: 'none', cursor: l.a ? 'pointer' : 'text' });
      if (l.a) {
        // Its own address for a middle click, "open in new tab" and "copy link"; a plain click
        // is the canvas's (the guide opens it and says so if the tab is refused). Assistive
        // technology and the keyboard have the link's element (a control) instead.
        s.href = l.a;
        s.target = '_blank';
        s.rel = 'noopener';
        s.tabIndex = -1;
      }
      if (l.hl) { s.setAttribute('role', 'heading'); s.setAttribute('aria-level', l.hl); }
      // A control's label, a heading's or a group's words are read as that node's name: not twice.
      if (l.i || l.a || l.n) s.setAttribute('aria-hidden', 'true');
      return s;
    }

    // Under a menu or a dialog, a press is theirs, not the text's.
    setCovered(covered) {
      this.covered = covered;
      this.spans.forEach((s, i) => { if (s) P.roles.style(s, { pointerEvents: this.pointer(this.lines[i]) ? 'auto' : 'none' }); });
    }

    // A collapsed section's text, from the page's element `from` (the guide as text), hidden
    // until the browser's find matches in it ("until-found"): the node is then pressed (the
    // panel opens) and its drawn text takes the place of this. Placed under the node (`at`,
    // its place in the content) at the start of segment `k`.
    fold(id, from, at, k) {
      let f = this.folds.get(id);
      if (f && f.from !== from) { this.unfold(id); f = null; }
      if (!f) {
        const section = document.getElementById(from);
        if (!section) return;
        const el = document.createElement('div');
        el.setAttribute('hidden', 'until-found');
        section.querySelectorAll('p, li, h3, caption, tr').forEach((b) => {
          if (b.closest('tr') && b.tagName !== 'TR') return;
          const em = b.firstElementChild;
          if (em && em.tagName === 'EM' && em.textContent === b.textContent) return;  // the summary: on the node itself
          const p = document.createElement('p');
          p.textContent = b.tagName === 'TR' ? Array.from(b.children).map((c) => c.textContent).join(' ') : b.textContent;
          el.appendChild(p);
        });
        Object.assign(el.style, { position: 'absolute', margin: '0', color: 'transparent', font: '16px/1.5 ' + this.family,
          pointerEvents: 'none' });
        el.addEventListener('beforematch', () => this.press(id));
        f = { el, from };
        this.folds.set(id, f);
        this.foldOf.set(el, id);
      }
      const seg = this.segment(k);
      if (f.el.parentNode !== seg || seg.firstChild !== f.el) seg.insertBefore(f.el, seg.firstChild);
      P.roles.style(f.el, { left: at[0] + 'px', top: (at[1] + at[3]) + 'px', width: at[2] + 'px' });
    }

    unfold(id) {
      const f = this.folds.get(id);
      if (!f) return;
      f.el.remove();
      this.folds.delete(id);
    }

    listen() {
      const root = this.root, canvas = this.canvas;
      // A selection made without the pointer (the page's find, a script) is brought into view,
      // and one inside a collapsed panel opens it.
      let pressing = false, selected = null;
      document.addEventListener('mousedown', () => { pressing = true; }, true);
      document.addEventListener('mouseup', () => { pressing = false; }, true);
      document.addEventListener('selectionchange', () => {
        const sel = document.getSelection();
        if (pressing || !sel || !sel.rangeCount || !sel.focusNode) return;
        const el = sel.focusNode.nodeType === 1 ? sel.focusNode : sel.focusNode.parentElement;
        if (!el || !root.contains(el) || el === selected) return;
        selected = el;
        // Inside hidden text the selection ends up on the segment, next to it.
        const near = this.isSegment.has(el) ? [el.childNodes[sel.focusOffset - 1], el.childNodes[sel.focusOffset]] : [el];
        const folded = near.map((n) => n && n.closest && n.closest('[hidden]')).find((n) => n);
        if (folded && this.foldOf.has(folded)) { this.press(this.foldOf.get(folded)); return; }
        if (!this.made.has(el)) return;
        const r = el.getBoundingClientRect(), b = root.getBoundingClientRect();
        if (r.top < b.top || r.bottom > b.bottom) root.scrollTop += (r.top + r.bottom) / 2 - (b.top + b.bottom) / 2;
      });
      const onText = (e) => this.made.has(e.target);
      // Over the text the pointer's moves and the wheel still belong to the guide. So does the
      // wheel over a one-line field of the page (a salary): it has nothing to scroll.
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
    }
  }

  P.TextLayer = TextLayer;
})(globalThis.MlguidePage = globalThis.MlguidePage || {});

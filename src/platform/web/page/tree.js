// The page adapter, tree: keeps one element per node of the app's tree over the canvas, in
// reading order, by applying the updates the app sends (docs/page-contract.md). Roles,
// focus, announcements and the text layer are modules of their own; this one creates, places,
// orders and removes, and hands what the reader does back to the app through `sink`:
//   sink.act(kind, id, value)  kind 0 press, 1 focus, 2 a new value
//   sink.commit(id, text)      what the reader typed into a field, on Enter or leaving it
(function (P) {
  'use strict';

  class Tree {
    constructor(canvas, root, sink) {
      this.canvas = canvas;
      this.root = root;
      this.sink = sink;
      this.records = new Map();   // node id -> {id, node, field, tag, el, target, body, clickable, at}
      this.recordOf = new WeakMap();  // element -> record
      this.order = [];
      this.tops = 0;  // top-level nodes
      this.scroll = 0;
      this.modal = null;
      this.lingering = new Set();  // elements gone from the tree, kept a moment (remove)
      // The elements are the guide to assistive technology and the keyboard; the canvas is a picture.
      canvas.tabIndex = -1;
      canvas.setAttribute('aria-hidden', 'true');
      Object.assign(root.style, { pointerEvents: 'none', overflow: 'hidden', margin: '0', padding: '0', zIndex: '1' });
      this.announcer = new P.Announcer(root);
      this.focus = new P.Focus(root, canvas, (el) => this.idOf(el), (id) => sink.act(1, id, 0));
      this.text = new P.TextLayer(root, canvas, (id) => sink.act(0, id, 0));
      this.end = document.createElement('div');  // room below the content, for the root to scroll into
      Object.assign(this.end.style, { position: 'absolute', left: '0', width: '1px', height: '1px' });
      this.listen();
      window.addEventListener('resize', () => { this.placed = false; });
    }

    idOf(el) {
      for (let e = el; e && e !== this.root; e = e.parentNode) {
        const r = this.recordOf.get(e);
        if (r) return r.id;
      }
      return null;
    }

    // Over the canvas, wherever the page puts it: fixed with it, or scrolling with it. Called
    // when the canvas's box changes (the platform watches it), and at the first update.
    place() {
      const c = this.canvas;
      this.fixed = getComputedStyle(c).position === 'fixed';
      const box = c.getBoundingClientRect();
      const at = this.fixed ? [box.left + c.clientLeft, box.top + c.clientTop] : [c.offsetLeft + c.clientLeft, c.offsetTop + c.clientTop];
      this.height = c.clientHeight;
      Object.assign(this.root.style, { position: this.fixed ? 'fixed' : 'absolute', left: at[0] + 'px', top: at[1] + 'px',
        width: c.clientWidth + 'px', height: this.height + 'px' });
      this.end.style.top = (this.scroll + this.height) + 'px';
      this.placed = true;
    }

    apply(u) {
      // A fixed canvas (the guide's own page, and so every frame that embeds it) moves only when
      // its box changes; one in a page's flow moves with the page.
      if (!this.placed || !this.fixed) this.place();
      if (u.dark !== undefined) {
        const theme = u.dark ? 'dark' : 'light';
        if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
      }
      if (u.textFont) this.text.family = u.textFont;
      let folds = !!u.order;
      this.toSelect = [];
      (u.nodes || []).forEach((c) => { folds = this.change(c) || folds; });
      const gone = new Set(u.removed || []);
      if (u.order) this.arrange(u.order.filter((entry) => !gone.has(entry[0])));
      // The focus moves before anything it leaves goes or turns inert: from a menu's item
      // straight into the dialog it opened, which a screen reader then announces.
      const elementOf = (id) => { const r = gone.has(id) ? null : this.records.get(id); return r ? r.target : null; };
      const left = document.activeElement;
      const closing = !!this.modal && gone.has(this.modal.id);
      // Closing, the page behind comes back first: the focus cannot go to an inert element.
      if (closing) for (const el of this.root.children) if (el.inert) el.inert = false;
      this.focus.sync(u, elementOf, this.modal && this.modal.el, closing);
      // A screen reader reading the dialog (the focus on nothing) is somewhere in its words: all of it stays.
      const whole = closing && (left === document.body || left === null) ? this.modal.el : null;
      gone.forEach((id) => this.remove(id, left, closing, whole));
      this.inertBehind();
      if (gone.size) this.focus.sync({}, elementOf, this.modal && this.modal.el);  // the focus was on what went
      if (folds) this.refold();
      this.toSelect.forEach((el) => this.focus.select(el));  // in the page by now
      if (u.text) this.text.apply(u.text);
      this.text.trim(this.tops + 1);
      if (u.scroll !== undefined) this.scrollTo(u.scroll);
      if (u.covered !== undefined) this.text.setCovered(u.covered);
      this.announcer.say(u.say);
    }

    // A node gone. The element the focus has just left, and a dialog closing, stay a moment,
    // without their node id and out of the order, and not inert (inert takes an element out of
    // the accessibility tree at once): a screen reader takes the move a little later, and says
    // where the focus went (into a dialog, out of one) only if it can still compare with where
    // it was. What lies in a dialog kept `whole` goes with it.
    remove(id, left, closing, whole) {
      const r = this.records.get(id);
      if (!r) return;
      this.records.delete(id);
      this.text.unfold(id);
      const focusLeft = left && left !== document.activeElement && r.el.contains(left);
      if (!focusLeft && !(closing && r === this.modal)) {
        if (whole && whole !== r.el && whole.contains(r.el)) delete r.el.dataset.node;
        else r.el.remove();
        return;
      }
      delete r.el.dataset.node;
      this.lingering.add(r.el);
      setTimeout(() => { this.lingering.delete(r.el); r.el.remove(); }, 1000);
    }

    // A node added or changed. Returns whether what its hidden text hangs on changed.
    change(c) {
      let r = this.records.get(c.id);
      const node = Object.assign({}, r ? r.node : {}, c);
      const field = c.field || (r ? r.field : null);
      const tag = P.roles.tagOf(node, field);
      if (r && r.tag !== tag) {  // another element now: made anew, and placed by the order that comes with it
        r.el.remove();
        r = null;
      }
      if (!r) {
        r = Object.assign({ id: c.id, tag, at: null }, P.roles.create(tag));
        r.el.dataset.node = c.id;
        this.recordOf.set(r.el, r);
        if (r.target !== r.el) this.recordOf.set(r.target, r);
        if (tag === 'input' || tag === 'textarea') this.listenField(r);
        this.records.set(c.id, r);
      }
      r.node = node;
      r.field = field;
      P.roles.describe(r, node, field);
      if (c.at) {
        r.at = c.at;
        P.roles.style(r.el, { left: c.at[0] + 'px', top: c.at[1] + 'px', width: c.at[2] + 'px', height: c.at[3] + 'px' });
      }
      if (field && field.select && !r.selected) this.toSelect.push(r.el);  // once, when it asks
      r.selected = !!(field && field.select);
      if (node.role === 'dialog' && node.modal && this.modal !== r) this.modal = r;
      if (this.modal === r && !(node.role === 'dialog' && node.modal)) this.modal = null;
      return 'textFrom' in c || ('at' in c && !!node.textFrom);
    }

    // Puts every element where the order says: a top-level one in the root, between the text
    // segments it is read between (segment k holds the text after the k-th top-level node),
    // the others in their container. Elements already in place are not touched. A modal dialog
    // comes last, after what lingers (remove): a screen reader announces a dialog it finds after
    // the element the focus came from, and says nothing of one before it (Orca with Chromium).
    arrange(order) {
      this.order = order;
      const last = new Map();
      const dialog = this.modal && this.records.get(this.modal.id) === this.modal ? this.modal.el : null;
      const apart = (e) => this.lingering.has(e) || e === dialog;
      const before = (el) => {  // what it follows, not counting what lingers or the dialog (moving an element blurs it)
        let e = el.previousElementSibling;
        while (e && apart(e)) e = e.previousElementSibling;
        return e;
      };
      const put = (place, el) => {
        const prev = last.get(place) || null;
        if (el.parentNode !== place || before(el) !== prev) place.insertBefore(el, prev ? prev.nextSibling : place.firstChild);
        last.set(place, el);
      };
      let k = 0, dialogAt = null;
      for (const entry of order) {  // [id, parent id]
        const r = this.records.get(entry[0]), parent = entry[1];
        if (!r) continue;
        if (parent) {
          const p = this.records.get(parent);
          if (p) put(p.body, r.el);
          continue;
        }
        put(this.root, this.text.segment(k++));
        r.top = k;  // the segment after it
        if (r.el === dialog) dialogAt = this.root;
        else put(this.root, r.el);
      }
      put(this.root, this.text.segment(k));
      this.tops = k;
      if (this.end.parentNode !== this.root) this.root.appendChild(this.end);
      if (dialogAt && (dialog.parentNode !== dialogAt || dialog.nextElementSibling !== this.end)) dialogAt.insertBefore(dialog, this.end);
    }

    // Outside a modal dialog nothing can be reached, as on the canvas.
    inertBehind() {
      if (!this.modal || !this.records.has(this.modal.id)) this.modal = null;
      const live = this.announcer.region;
      for (const el of this.root.children) {
        const inert = this.modal !== null && el !== this.modal.el && el !== live && !this.lingering.has(el);
        if (el.inert !== inert) el.inert = inert;
      }
    }

    // Collapsed sections' text, under their nodes.
    refold() {
      for (const r of this.records.values()) {
        if (r.node.textFrom && r.top !== undefined && r.at) this.text.fold(r.id, r.node.textFrom, r.at, r.top);
        else this.text.unfold(r.id);
      }
    }

    // The mirror scrolls as the content does: the top-level elements lie that far down in it.
    // Nothing here reads the page's layout: the update runs after changes to it, and a read
    // would make the browser lay it out at once.
    scrollTo(scroll) {
      this.scroll = scroll;
      this.end.style.top = (scroll + this.height) + 'px';
      if (this.rootScroll !== scroll) {
        this.root.scrollTop = scroll;
        this.rootScroll = scroll;
      }
    }

    listenField(r) {
      const el = r.el;
      // Enter, or leaving the field after a change: what the reader typed goes to the app.
      el.addEventListener('change', () => { r.committed = true; this.sink.commit(r.id, el.value); });
      // Keys that edit or move in the text are the field's own; Tab and Escape are the guide's.
      el.addEventListener('keydown', (e) => { if (e.key !== 'Tab' && e.key !== 'Escape') e.stopPropagation(); });
    }

    listen() {
      const root = this.root;
      // The browser shows what it finds (find in page, a text fragment, a drag selecting past
      // the edge) by scrolling the box that clips it: this one. The guide then scrolls by as
      // much, and the next frame puts both where the guide ended up.
      root.addEventListener('scroll', () => {
        if (root.scrollLeft) root.scrollLeft = 0;
        this.rootScroll = root.scrollTop;
        const dy = root.scrollTop - this.scroll;
        if (Math.abs(dy) < 1) return;
        const b = this.canvas.getBoundingClientRect();
        const wheel = new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2,
          bubbles: true, cancelable: true });
        if (this.canvas.dispatchEvent(wheel)) root.scrollTop = this.scroll;  // the guide cannot move: nor can this
      });
      // A press from assistive technology or voice control. Keys never get here: the guide's
      // own keyboard handling takes them first (and stops the browser's activation).
      root.addEventListener('click', (e) => {
        const id = this.idOf(e.target);
        const r = id && this.records.get(id);
        if (!r || !r.clickable) return;
        e.preventDefault();
        this.focus.pressed(r.target);
        this.sink.act(0, id, 0);
      });
      root.addEventListener('input', (e) => {
        if (e.target.type === 'range') this.sink.act(2, this.idOf(e.target), Number(e.target.value));
      });
    }
  }

  // Makes the page's side of the tree over `canvas`: in the element with id `rootId` if the
  // page has one ready, else in one made after the canvas.
  P.attach = function (canvas, rootId, sink) {
    let root = document.getElementById(rootId);
    if (!root) {
      root = document.createElement('div');
      root.id = rootId;
      root.setAttribute('role', 'region');
      root.setAttribute('aria-label', 'Interactive guide');
      canvas.after(root);
    }
    return new Tree(canvas, root, sink);
  };
})(globalThis.MlguidePage = globalThis.MlguidePage || {});

// The page adapter, focus: the one owner of where the keyboard focus is, on the canvas or on
// one of the elements over it. The app's focus (a node id in each update) and the page's
// (document.activeElement) are brought together here and nowhere else.
(function (P) {
  'use strict';

  class Focus {
    // `idOf(el)` is the node an element stands for; `report(id)` tells the app that the page
    // moved focus to a node (a screen reader, a click).
    constructor(root, canvas, idOf, report) {
      this.root = root;
      this.canvas = canvas;
      this.report = report;
      this.appFocus = '';    // the node the app has focused
      this.moving = false;   // a move of our own is under way: not the reader's
      this.hadFocus = false; // the focus was ours after the last update
      this.tabbed = false;   // Tab was pressed since the last update
      this.returning = false; // a dialog closed with the focus on nothing: it goes where the app says next
      root.addEventListener('keydown', (e) => { if (e.key === 'Tab') this.tabbed = true; }, true);
      root.addEventListener('focusin', (e) => {
        if (this.moving) return;
        const id = idOf(e.target);
        if (id) this.report(id);
      });
    }

    ours(el) { return el === this.canvas || this.root.contains(el); }

    // Moves the page's focus to `el` without telling the app (it knows) and without scrolling.
    move(el) {
      if (!el || document.activeElement === el) return;
      this.moving = true;
      el.focus({ preventScroll: true });
      this.moving = false;
    }

    // A press on an element gives it the focus, as a button a reader clicks has it: the keys,
    // and what opens from it (a menu, a dialog), are the guide's from here on.
    pressed(el) {
      this.move(el);
      this.hadFocus = true;
    }

    // A field whose text is to be copied by hand gets the focus, with all of its text selected.
    select(field) {
      this.move(field);
      field.select();
      field.setSelectionRange(0, field.value.length);  // iOS ignores select() on read-only fields
    }

    // After an update: the page's focus follows the app's when it moves, and whenever the
    // canvas itself has it (a click), so that Tab carries on from the element, in and out of
    // the guide. Focus elsewhere (the host page, nothing yet at load) is never taken, except
    // when a dialog closes: a screen reader reading it in browse mode leaves the focus on
    // nothing, and the focus returns where the dialog came from.
    sync(update, elementOf, modal, dialogClosing = false) {
      const changed = update.focus !== undefined;
      if (changed) this.appFocus = update.focus;
      const target = this.appFocus ? elementOf(this.appFocus) : null;
      const active = document.activeElement;
      const nothing = active === document.body || active === null;
      if (dialogClosing && nothing) this.returning = true;  // until the app says where (the next focus)
      const lost = nothing && (this.hadFocus || this.returning);  // its element went
      // A text field keeps the focus it was given (to be copied from) until Tab moves on, or
      // it goes (its dialog closes).
      const held = active && active.className === 'mirror-field' && !this.tabbed && elementOf(active.dataset.node) === active;
      this.tabbed = false;
      const ours = (this.ours(active) || lost) && !held;
      if (target && ours && active !== target && (changed || active === this.canvas || lost || dialogClosing)) this.move(target);
      else if (!target && lost && !this.returning) this.move(modal || this.canvas);  // a menu or dialog closed, taking the focused element
      if (target && document.activeElement === target) this.returning = false;  // not while it is still inert
      this.hadFocus = this.ours(document.activeElement);
    }
  }

  P.Focus = Focus;
})(globalThis.MlguidePage = globalThis.MlguidePage || {});

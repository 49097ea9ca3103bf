// The page adapter, roles: which element stands for each role of the tree, and how a node's
// name, value and state are written on it. It knows roles, never the app: everything it writes
// comes from the node (docs/page-contract.md).
(function (P) {
  'use strict';

  // At the widget's place and size, unseen: the canvas draws it and its focus ring.
  const UNSEEN = { position: 'absolute', boxSizing: 'border-box', margin: '0', padding: '0', border: '0', background: 'none',
    color: 'transparent', font: '1px/1 sans-serif', overflow: 'hidden', whiteSpace: 'nowrap', outline: 'none', appearance: 'none' };

  // Which element a node needs; when it changes, a new element replaces the old one.
  function tagOf(node, field) {
    if (node.role === 'textbox') return field && field.multiline ? 'textarea' : 'input';
    if (node.role === 'slider') return 'range';
    if (node.level && node.role === 'button') return 'heading-button';
    return node.role;
  }

  function button(role) {
    const b = document.createElement('button');
    b.type = 'button';
    if (role) b.setAttribute('role', role);
    return b;
  }

  // Makes the element for `tag`. Returns the record's parts: the element placed in the tree,
  // the one that takes focus and presses, and the one its children go in.
  function create(tag) {
    let el, target = null, clickable = false;
    switch (tag) {
      case 'heading-button':
        el = document.createElement('div');
        el.setAttribute('role', 'heading');
        target = button(null);
        Object.assign(target.style, UNSEEN, { position: 'static', width: '100%', height: '100%' });
        el.appendChild(target);
        clickable = true;
        break;
      case 'button': case 'menubutton': el = button(null); clickable = true; break;
      case 'link':
        // A real link (its address to assistive technology, "copy link"); pressed, the guide
        // opens it, so that a refused new tab is told, as for a click on the canvas.
        el = document.createElement('a');
        el.target = '_blank';
        el.rel = 'noopener';
        clickable = true;
        break;
      case 'menuitem': case 'radio': case 'checkbox': el = button(tag); clickable = true; break;
      case 'range':
        el = document.createElement('input');
        el.type = 'range';
        break;
      case 'input': case 'textarea':
        el = document.createElement(tag);
        el.className = 'mirror-field';
        // Its text shows, in the node's colours and font (describe); the canvas draws its box.
        Object.assign(el.style, { position: 'absolute', pointerEvents: 'auto', boxSizing: 'border-box', margin: '0',
          border: '1px solid', background: 'transparent', resize: 'none', overflow: 'auto',
          whiteSpace: tag === 'input' ? 'nowrap' : 'pre-wrap', wordBreak: 'break-all' });
        el.readOnly = true;
        el.spellcheck = false;
        el.autocomplete = 'off';
        break;
      case 'dialog':
        el = document.createElement('div');
        el.setAttribute('role', 'dialog');
        el.tabIndex = -1;
        break;
      default:
        el = document.createElement('div');
        if (tag) el.setAttribute('role', tag);
    }
    if (el.className !== 'mirror-field') Object.assign(el.style, UNSEEN);
    return { el, target: target || el, body: el, clickable };
  }

  // Each write only when it differs: every attribute set is a change to the page.
  function set(el, attr, v) {
    if (v === null || v === undefined || v === '') {
      if (el.hasAttribute(attr)) el.removeAttribute(attr);
    } else if (el.getAttribute(attr) !== String(v)) el.setAttribute(attr, v);
  }
  const toggle = (t) => (t === 'on' ? 'true' : t === 'off' ? 'false' : null);
  const colour = (c) => 'rgba(' + (c & 255) + ',' + ((c >>> 8) & 255) + ',' + ((c >>> 16) & 255) + ',' + (((c >>> 24) & 255) / 255) + ')';
  function style(el, props) {
    for (const k in props) if (el.style[k] !== props[k]) el.style[k] = props[k];
  }

  // A text field's text, colours and font. While the reader types, the text is theirs; the
  // app's comes back once they commit it (`rec.committed`).
  function describeField(rec, n, field) {
    const el = rec.el;
    if (el.value !== field.text && (document.activeElement !== el || rec.committed || !field.editable)) el.value = field.text;
    rec.committed = false;
    if (el.readOnly !== !field.editable) el.readOnly = !field.editable;
    if (field.numeric && el.inputMode !== 'numeric') el.inputMode = 'numeric';
    const look = [field.font, field.numeric, field.padX, field.padY, field.padLeft, field.radius, field.fg, field.border].join(' ');
    if (rec.look !== look) {  // the browser's own spelling of a font or colour differs from ours: compared here
      rec.look = look;
      Object.assign(el.style, { font: field.font, fontVariantNumeric: field.numeric ? 'tabular-nums' : '',
        padding: field.padY + 'px ' + field.padX + 'px', borderRadius: field.radius + 'px',
        color: colour(field.fg), borderColor: colour(field.border) });
      if (field.padLeft) el.style.paddingLeft = field.padLeft + 'px';
    }
    set(el, 'aria-label', n.name);
    set(el, 'aria-invalid', n.invalid ? 'true' : null);
  }

  // Names, states and values as the node says them.
  function describe(rec, n, field) {
    const el = rec.el, target = rec.target;
    if (target !== el) set(el, 'aria-level', n.level);
    switch (rec.tag) {
      case 'range':
        if (el.min !== String(n.min)) el.min = n.min;
        if (el.max !== String(n.max)) el.max = n.max;
        if (el.step !== String(n.step || 'any')) el.step = n.step || 'any';
        if (el.value !== String(n.value)) el.value = n.value;
        set(el, 'aria-label', n.name);
        set(el, 'aria-valuetext', n.valueText);
        break;
      case 'input': case 'textarea':
        if (field) describeField(rec, n, field);
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
        set(el, 'href', n.url);
        set(el, 'aria-label', n.name);
        break;
      case 'paragraph': case 'cell': case 'rowheader':
        // Words read where they stand (a dialog's text, a table's cells): text, not a label, one
        // unseen line each for a screen reader reading by line. The canvas shows them, so the
        // page's find may match them.
        if (el.textContent !== n.name) el.textContent = n.name;
        break;
      default:
        // Its name (voice control: "click Python"), with its value after. A label, not text:
        // the page's find would match words it cannot show.
        set(target, 'aria-label', n.valueText && n.role !== 'radio' && n.role !== 'checkbox' ? n.name + ', ' + n.valueText : n.name);
    }
    set(target, 'aria-expanded', toggle(n.expanded));
    if (n.role === 'radio' || n.role === 'checkbox') set(target, 'aria-checked', toggle(n.checked));
    // A radio group is one stop for Tab, its chosen radio (arrows move the choice).
    if (n.role === 'radio' && target.tabIndex !== (n.checked === 'on' ? 0 : -1)) target.tabIndex = n.checked === 'on' ? 0 : -1;
    if (n.role === 'menubutton') set(target, 'aria-haspopup', 'menu');
    if (n.role === 'radiogroup' || n.role === 'menu') set(el, 'aria-label', n.name);
    set(target, 'aria-description', n.description);
  }

  P.roles = { tagOf, create, describe, set, style };
})(globalThis.MlguidePage = globalThis.MlguidePage || {});

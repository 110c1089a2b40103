// A tiny element builder: h('div', { class: 'x', onclick }, child, 'text', [more]).

export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, value);
    }
  }
  append(el, children);
  return el;
}

/** Replaces an element's children, skipping null and false as h() does (replaceChildren would print "null"). */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** A person's or group's name with its id after it, for a line of text; the id alone when there is no name. */
export function nameText(name, id) {
  return name ? `${name}（${id}）` : id;
}

/**
 * A name as people know it, its id beside it in smaller type and as the tooltip (compliance
 * records go by ids); the id alone when there is no name. Each sits in a <bdi>, so a right-to-left
 * name does not reorder the id or the text after it.
 */
export function nameTag(name, id, attributes = {}) {
  return h('span', { title: id, ...attributes, class: ['named', attributes.class].filter(Boolean).join(' ') },
    h('bdi', { class: 'named-name' }, name || id),
    name ? [' ', h('bdi', { class: 'named-id' }, id)] : null);
}

/** A clearly-labelled "no data yet" block: never a made-up number. */
export function emptyState(text) {
  return h('div', { class: 'empty-state' }, h('span', { class: 'empty-icon', 'aria-hidden': 'true' }, '∅'), h('p', {}, text));
}

/** A status line for a page: say(text, kind) shows it ('error', 'success' or plain), say('') hides it. */
export function statusLine(id) {
  const element = h('p', { class: 'notice', id, role: 'status', hidden: true });
  return {
    element,
    say(text, kind = '') {
      element.hidden = !text;
      element.textContent = text || '';
      element.className = `notice ${kind}`;
    }
  };
}

/**
 * A form's submit handler that sends once at a time: its submit button is disabled until the
 * answer is in, so a double click or a second Enter does not create the thing twice.
 */
export function submitsOnce(button, submit) {
  return async event => {
    event.preventDefault();
    if (button.disabled) {
      return;
    }
    button.disabled = true;
    try {
      await submit(event);
    } finally {
      button.disabled = false;
    }
  };
}

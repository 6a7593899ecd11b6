// A few helpers for building DOM nodes without innerHTML, so text from the content or from an
// imported file can never become markup.

// el('p', {class: 'x', id: 'y'}, 'text', child) -> <p class="x" id="y">text<child></p>
// Attribute values of false/null/undefined are left out; true sets an empty attribute.
// Keys starting with "." set properties instead (".checked", ".value").
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('.')) node[name.slice(1)] = value;
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Text for screen readers only (e.g. which question a "Note" field belongs to).
export function srOnly(text) {
  return el('span', { class: 'ic-sr-only' }, text);
}

// Statements are plain text with paragraphs separated by a blank line.
export function paragraphs(text, className) {
  return String(text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => el('p', { class: className }, part));
}

// Slugs from DATA are already safe; this keeps ids valid whatever a future slug holds.
export function idPart(value) {
  return String(value).replace(/[^A-Za-z0-9_-]/g, '_');
}

// An inline SVG from a string built by chart.js (which escapes all text).
export function svgFragment(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

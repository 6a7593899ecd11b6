// Results as DOM nodes, built from text only: nothing from the index is ever
// parsed as HTML.
import { excerpt } from './query.js';

export const KIND_LABELS = {
  example: 'Example',
  key_factor: 'Key factor',
  city: 'City',
  theme: 'Theme',
  toolkit: 'Toolkit',
  charter: 'Charter',
  about: 'About',
};

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function addressOf(meta, root) {
  return new URL(meta.url.replace(/^\//, ''), root).href;
}

function excerptNode(text, queryTerms) {
  const node = element('p', 'ic-result__excerpt');
  for (const piece of excerpt(text, queryTerms)) {
    node.append(piece.mark ? element('mark', '', piece.text) : document.createTextNode(piece.text));
  }
  return node;
}

// What a result is and where it sits: for an example its city and country,
// toolkit, key factor and themes.
function placeNode(meta) {
  const node = element('p', 'ic-result__place');
  if (meta.kind !== 'example') {
    node.textContent = KIND_LABELS[meta.kind] ?? meta.kind;
    return node;
  }
  node.append(
    element('span', 'ic-result__city', `${meta.city}, ${meta.country}`),
    ` · ${meta.toolkit} toolkit · Key factor: ${meta.key_factor}`,
  );
  return node;
}

export function resultItem(data, queryTerms, root) {
  const { meta } = data;
  const item = element('li', `ic-result ic-result--${meta.kind}`);
  const link = element('a', 'ic-result__title', meta.label);
  link.href = addressOf(meta, root);
  item.append(link, placeNode(meta));
  if (data.text) item.append(excerptNode(data.text, queryTerms));
  if (meta.themes) item.append(element('p', 'ic-result__themes', `Themes: ${meta.themes}`));
  return item;
}

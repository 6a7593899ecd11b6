// The message region: one aria-live area at the top of the assessment where imports, exports,
// storage problems and "start again" report back. Each message starts with a word saying what
// kind it is (Error, Warning, Done, Note), so the kind is never shown by colour alone.

import { el } from '../dom.js';

const KIND_WORDS = { error: 'Error', warning: 'Warning', success: 'Done', info: 'Note' };

export function createMessageRegion() {
  // Created empty when the page mounts: screen readers only announce changes to a live
  // region that was already in the document.
  return el('div', { id: 'ic-messages', class: 'ic-messages', 'aria-live': 'polite' });
}

function listSection(heading, items, className) {
  if (!items?.length) return null;
  return el('div', { class: className },
    el('p', { class: 'ic-message-subheading' }, heading),
    el('ul', {}, items.map((item) => el('li', {}, item))));
}

// message: {kind, text, dropped: [..], notes: [..], actions: [{id, label, onClick}]}
export function showMessage(region, message) {
  const kind = KIND_WORDS[message.kind] ? message.kind : 'info';
  const dismiss = el('button', { type: 'button', class: 'md-button ic-button ic-message-dismiss' }, 'Dismiss message');
  const box = el('div', { class: `ic-message ic-message--${kind}`, 'data-kind': kind },
    el('p', { class: 'ic-message-text' }, el('strong', {}, `${KIND_WORDS[kind]}: `), message.text),
    listSection('Not imported:', message.dropped, 'ic-message-dropped'),
    listSection('Please note:', message.notes, 'ic-message-notes'),
    el('p', { class: 'ic-message-actions' },
      (message.actions ?? []).map((action) => {
        const button = el('button', { type: 'button', id: action.id, class: 'md-button ic-button' }, action.label);
        button.addEventListener('click', action.onClick);
        return button;
      }),
      dismiss));
  dismiss.addEventListener('click', () => {
    const hadFocus = box.contains(document.activeElement);
    box.remove();
    if (hadFocus) region.closest('.ic-assessment')?.querySelector('#ic-toolbar-heading')?.focus();
  });
  region.replaceChildren(box);
  return box;
}

export function clearMessages(region) {
  region.replaceChildren();
}

// An inline "are you sure?" step: a question and two real buttons, shown next to the control
// that asked. Focus goes to the safe choice (cancel); Escape cancels too. Used for
// "start again" and for replacing answers with an imported file.

import { el } from '../dom.js';

export function askToConfirm(container, { idPrefix, question, confirmLabel, cancelLabel = 'Cancel', onConfirm, onCancel, returnFocus }) {
  const confirmButton = el('button', { type: 'button', id: `${idPrefix}-confirm`, class: 'md-button md-button--primary ic-button ic-button--danger' }, confirmLabel);
  const cancelButton = el('button', { type: 'button', id: `${idPrefix}-cancel`, class: 'md-button ic-button' }, cancelLabel);
  const questionId = `${idPrefix}-question`;
  const box = el('div', { class: 'ic-confirm', role: 'group', 'aria-labelledby': questionId },
    el('p', { id: questionId, class: 'ic-confirm-question' }, question),
    el('p', { class: 'ic-confirm-buttons' }, confirmButton, ' ', cancelButton));

  const close = () => {
    box.remove();
    returnFocus?.focus();
  };
  confirmButton.addEventListener('click', () => {
    box.remove();
    onConfirm();
  });
  cancelButton.addEventListener('click', () => {
    close();
    onCancel?.();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
    onCancel?.();
  });

  container.replaceChildren(box);
  cancelButton.focus();
  return box;
}

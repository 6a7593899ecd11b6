// The context factors: for each, what it involves, whether it applies to the city, and a note.

import { el, idPart } from '../dom.js';
import { noteField, binding } from './fields.js';

function renderContextFactor(cf, entry) {
  const id = idPart(cf.id);
  const checkboxId = `ic-context-${id}`;
  return el('li', { class: 'ic-context-factor' },
    el('fieldset', {},
      el('legend', {}, cf.name),
      cf.involves.length ? el('ul', { class: 'ic-involves' }, cf.involves.map((line) => el('li', {}, line))) : null,
      el('p', { class: 'ic-applies' },
        el('label', { for: checkboxId },
          el('input', { type: 'checkbox', id: checkboxId, '.checked': Boolean(entry?.applies), ...binding({ field: 'applies', cf: cf.id }) }),
          ' Applies to our city')),
      noteField({ id: `ic-context-note-${id}`, srSuffix: ` on ${cf.name}`, value: entry?.note, binding: binding({ field: 'cf-note', cf: cf.id }) })));
}

export function renderContextFactors(contextFactors, state) {
  if (!contextFactors.length) return null;
  return el('section', { class: 'ic-context', 'aria-labelledby': 'ic-context-heading' },
    el('h2', { id: 'ic-context-heading' }, 'Context factors'),
    el('p', {}, 'Which of these circumstances shape what your city can do? Tick those that apply and add a note if it helps.'),
    el('ul', { class: 'ic-context-list' }, contextFactors.map((cf) => renderContextFactor(cf, state.context_factors[cf.id]))));
}

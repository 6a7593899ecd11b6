// "About this assessment": city or organisation, date, who took part.

import { el } from '../dom.js';
import { HEADER_FIELDS } from '../labels.js';
import { binding } from './fields.js';

const HINTS = {
  organisation: 'For example: City of Ghent, department of work and economy.',
  date: '',
  participants: 'Names, roles or departments of the people who took part.',
};

function field({ key, label }, value) {
  const id = `ic-header-${key}`;
  const hintId = HINTS[key] ? `${id}-hint` : null;
  const common = { id, 'aria-describedby': hintId, '.value': value ?? '', ...binding({ field: 'header', key }) };
  let control;
  if (key === 'participants') control = el('textarea', { ...common, rows: 2, class: 'ic-textarea' });
  else if (key === 'date') control = el('input', { ...common, type: 'date', class: 'ic-input' });
  else control = el('input', { ...common, type: 'text', class: 'ic-input', autocomplete: 'organization' });
  return el('div', { class: `ic-field ic-field--${key}` },
    el('label', { for: id }, label),
    hintId ? el('p', { id: hintId, class: 'ic-hint' }, HINTS[key]) : null,
    control);
}

export function renderHeaderFields(header) {
  return el('section', { class: 'ic-about', 'aria-labelledby': 'ic-about-heading' },
    el('h2', { id: 'ic-about-heading' }, 'About this assessment'),
    el('div', { class: 'ic-fields' }, HEADER_FIELDS.map((spec) => field(spec, header[spec.key]))));
}


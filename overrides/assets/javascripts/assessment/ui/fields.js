// Labelled native form controls shared by the form sections: a radio group in a fieldset with
// a legend, and a small labelled textarea. Their data-ic-* attributes tell editFromControl
// (below) which part of the state a control changes.

import { el, srOnly } from '../dom.js';

// options: [{value, label}]. `quiet` is the starting value ("Not answered", "Not assessed"),
// styled so that it does not look like a given answer.
export function radioGroup({ name, legend, options, checked, binding, className, describedBy, quiet = '' }) {
  const radios = options.map((option) => {
    const id = `${name}-${option.value || 'none'}`;
    const input = el('input', {
      type: 'radio', id, name, value: option.value, '.checked': option.value === (checked ?? ''), ...binding,
    });
    return el('label', { class: `ic-option${option.value === quiet ? ' ic-option--none' : ''}`, for: id }, input, ' ', option.label);
  });
  return el('fieldset', { class: `ic-radios ${className ?? ''}`.trim(), 'aria-describedby': describedBy },
    el('legend', {}, legend),
    el('div', { class: 'ic-options' }, radios));
}

// A note field: a short visible label ("Note"), completed for screen readers by `srSuffix`
// (" on question 2 of Data collection"), because 80 fields all called "Note" are no help.
export function noteField({ id, srSuffix, value, binding, rows = 1, label = 'Note' }) {
  return el('div', { class: 'ic-note' },
    el('label', { for: id }, label, srOnly(srSuffix), el('span', { class: 'ic-optional' }, ' (optional)')),
    el('textarea', { id, rows, class: 'ic-textarea', spellcheck: 'true', placeholder: 'Optional note', '.value': value ?? '', ...binding }));
}

export function binding(fields) {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [`data-ic-${key}`, value]));
}

// Which value of the state a control edits (merge.js calls it a field), or null.
export function fieldOfControl(control) {
  const field = control?.dataset?.icField;
  if (!field) return null;
  return { field, kf: control.dataset.icKf, q: control.dataset.icQ, cf: control.dataset.icCf, key: control.dataset.icKey };
}

// Reads the data-ic-* attributes of a changed control back into an edit for state.applyEdit.
export function editFromControl(control) {
  const edit = fieldOfControl(control);
  if (!edit) return null;
  if (control.type === 'checkbox') edit.value = control.checked;
  else if (control.type === 'radio') {
    if (!control.checked) return null;
    edit.value = control.value;
  } else edit.value = control.value;
  return edit;
}

// Sets a control to the value its field has in `value` (from merge.fieldValue).
export function showFieldValue(control, value) {
  if (control.type === 'checkbox') control.checked = Boolean(value);
  else if (control.type === 'radio') control.checked = control.value === value;
  else if (control.value !== value) control.value = value;
}

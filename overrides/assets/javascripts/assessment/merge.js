// Merges answers saved by another tab into this tab's answers, field by field, so that a change
// made elsewhere never wipes what is being typed here. Pure: DATA and states in, state out.
// A field is one value the form edits (the edits of state.applyEdit, without their value).

import { applyEdit } from './state.js';
import { DEFAULT_JUDGEMENT, HEADER_KEYS } from './labels.js';

export function stateFields(data) {
  const fields = HEADER_KEYS.map((key) => ({ field: 'header', key }));
  for (const kf of data.key_factors) {
    for (const question of kf.guide_questions) {
      const kinds = question.open ? ['written'] : ['answer', 'answer-note'];
      fields.push(...kinds.map((field) => ({ field, kf: kf.slug, q: question.id })));
    }
    fields.push({ field: 'judgement', kf: kf.slug }, { field: 'kf-note', kf: kf.slug });
  }
  for (const cf of data.context_factors) fields.push({ field: 'applies', cf: cf.id }, { field: 'cf-note', cf: cf.id });
  return fields;
}

export const fieldKey = ({ field, kf, q, cf, key }) => [field, kf, q, cf, key].filter(Boolean).join(':');

export function fieldValue(state, { field, kf, q, cf, key }) {
  const entry = state.key_factors[kf];
  const answer = entry?.answers?.[q];
  switch (field) {
    case 'header': return state.header[key] ?? '';
    case 'answer': return answer?.answer ?? '';
    case 'answer-note': return answer?.note ?? '';
    case 'written': return answer?.text ?? '';
    case 'judgement': return entry?.judgement ?? DEFAULT_JUDGEMENT;
    case 'kf-note': return entry?.note ?? '';
    case 'applies': return Boolean(state.context_factors[cf]?.applies);
    case 'cf-note': return state.context_factors[cf]?.note ?? '';
    default: return undefined;
  }
}

// theirs, with this tab's value kept for every field changed here since `base` (the last copy
// both tabs shared) and for the fields in `editing` (keys of the controls in use here).
export function mergeStates(data, { base, ours, theirs, editing = new Set() }) {
  let merged = theirs;
  for (const field of stateFields(data)) {
    const value = fieldValue(ours, field);
    if (editing.has(fieldKey(field)) || value !== fieldValue(base, field)) {
      merged = applyEdit(merged, { ...field, value }, theirs.saved);
    }
  }
  return merged;
}

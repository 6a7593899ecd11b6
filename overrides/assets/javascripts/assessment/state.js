// The user's answers (STATE in the data contract) and the only ways to change them.
// Every change returns a new state object and leaves the old one untouched, so the UI can
// keep the previous state if something goes wrong, and tests can compare before and after.
// Empty entries are removed: in the contract an absent entry means "unanswered".

import { DEFAULT_JUDGEMENT, HEADER_KEYS } from './labels.js';

export const STATE_FORMAT = 'integrating-cities-self-assessment';
// Version 2: open questions (DATA question.open) hold a written answer {text} instead of a
// choice; migrate.js brings version 1 files up to it.
export const STATE_VERSION = 2;

export function emptyState(data) {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    toolkit: data.toolkit.slug,
    content_version: data.content_version,
    saved: null,
    header: Object.fromEntries(HEADER_KEYS.map((key) => [key, ''])),
    key_factors: {},
    context_factors: {},
  };
}

const isBlank = (text) => !text || !String(text).trim();

function withoutKey(object, key) {
  const { [key]: _removed, ...rest } = object;
  return rest;
}

function pruneAnswer(entry) {
  if (entry && 'text' in entry) return isBlank(entry.text) ? null : { text: entry.text };
  if (!entry || (!entry.answer && isBlank(entry.note))) return null;
  return entry.answer ? { answer: entry.answer, note: entry.note ?? '' } : { note: entry.note };
}

function pruneKeyFactor(entry) {
  const answers = {};
  for (const [id, answer] of Object.entries(entry.answers ?? {})) {
    const kept = pruneAnswer(answer);
    if (kept) answers[id] = kept;
  }
  const judgement = entry.judgement || DEFAULT_JUDGEMENT;
  const note = entry.note ?? '';
  const isEmpty = Object.keys(answers).length === 0 && judgement === DEFAULT_JUDGEMENT && isBlank(note);
  return isEmpty ? null : { answers, judgement, note };
}

function pruneContextFactor(entry) {
  if (!entry || (!entry.applies && isBlank(entry.note))) return null;
  return { applies: Boolean(entry.applies), note: entry.note ?? '' };
}

function replaceEntry(collection, key, entry) {
  return entry ? { ...collection, [key]: entry } : withoutKey(collection, key);
}

function updateKeyFactor(state, slug, change) {
  const current = state.key_factors[slug] ?? { answers: {}, judgement: DEFAULT_JUDGEMENT, note: '' };
  const entry = pruneKeyFactor(change(current));
  return { ...state, key_factors: replaceEntry(state.key_factors, slug, entry) };
}

function updateAnswer(state, slug, questionId, change) {
  return updateKeyFactor(state, slug, (kf) => ({
    ...kf,
    answers: { ...kf.answers, [questionId]: change(kf.answers[questionId] ?? { note: '' }) },
  }));
}

function updateContextFactor(state, id, change) {
  const current = state.context_factors[id] ?? { applies: false, note: '' };
  const entry = pruneContextFactor(change(current));
  return { ...state, context_factors: replaceEntry(state.context_factors, id, entry) };
}

// One edit from the form. `edit.field` says what changed; `now` is the ISO time of the change
// (passed in so that this function stays deterministic).
export function applyEdit(state, edit, now) {
  const changed = applyField(state, edit);
  return changed === state ? state : { ...changed, saved: now };
}

function applyField(state, { field, kf, q, cf, key, value }) {
  switch (field) {
    case 'header':
      return HEADER_KEYS.includes(key) ? { ...state, header: { ...state.header, [key]: value } } : state;
    case 'answer':
      return updateAnswer(state, kf, q, (entry) => ({ ...entry, answer: value || undefined }));
    case 'written':
      return updateAnswer(state, kf, q, () => ({ text: value }));
    case 'answer-note':
      return updateAnswer(state, kf, q, (entry) => ({ ...entry, note: value }));
    case 'judgement':
      return updateKeyFactor(state, kf, (entry) => ({ ...entry, judgement: value }));
    case 'kf-note':
      return updateKeyFactor(state, kf, (entry) => ({ ...entry, note: value }));
    case 'applies':
      return updateContextFactor(state, cf, (entry) => ({ ...entry, applies: Boolean(value) }));
    case 'cf-note':
      return updateContextFactor(state, cf, (entry) => ({ ...entry, note: value }));
    default:
      return state;
  }
}

export function isEmptyState(state) {
  return (
    HEADER_KEYS.every((key) => isBlank(state.header[key])) &&
    Object.keys(state.key_factors).length === 0 &&
    Object.keys(state.context_factors).length === 0
  );
}

export function serialiseState(state) {
  return JSON.stringify(state);
}

export { pruneKeyFactor, pruneContextFactor };

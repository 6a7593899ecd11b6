// Brings an export (or the copy kept in this browser) written in an older STATE format version
// up to the current one. `migrations[n](raw, data)` turns a version-n object into a version n+1
// object and returns {value, notes}; it may need the page's DATA (which questions are open).

import { answerLabel } from './labels.js';
import { findKeyFactor } from './data.js';

const isPlainObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

// Version 1 -> 2: open questions ("How...", "What...") now take a written answer. An older
// Yes / Partly / No answer and its note are kept, as words, in the written answer.
function writtenAnswer(old) {
  const choice = old.answer ? answerLabel(old.answer) : '';
  const note = typeof old.note === 'string' ? old.note.trim() : '';
  return [choice, note].filter(Boolean).join(': ');
}

function openQuestionsToText(raw, data) {
  const notes = [];
  const keyFactors = isPlainObject(raw.key_factors) ? { ...raw.key_factors } : raw.key_factors;
  for (const [slug, entry] of Object.entries(isPlainObject(keyFactors) ? keyFactors : {})) {
    const kf = findKeyFactor(data, slug);
    if (!kf || !isPlainObject(entry) || !isPlainObject(entry.answers)) continue;
    const answers = { ...entry.answers };
    kf.guide_questions.forEach((question, index) => {
      const old = answers[question.id];
      if (!question.open || !isPlainObject(old) || 'text' in old) return;
      const text = writtenAnswer(old);
      answers[question.id] = { text };
      if (text) notes.push(`${kf.title}, question ${index + 1} now takes a written answer; the earlier answer is kept as "${text}".`);
    });
    keyFactors[slug] = { ...entry, answers };
  }
  return { value: { ...raw, key_factors: keyFactors }, notes };
}

export const MIGRATIONS = Object.freeze({ 1: openQuestionsToText });

export function migrateState(raw, targetVersion, data, migrations = MIGRATIONS) {
  let value = raw;
  const notes = [];
  while (value.version < targetVersion) {
    const step = migrations[value.version];
    if (typeof step !== 'function') {
      return { ok: false, error: `Files in format version ${value.version} can no longer be read.` };
    }
    const from = value.version;
    const result = step(value, data);
    value = { ...result.value, version: from + 1 };
    notes.push(`The file was converted from format version ${from} to ${from + 1}.`, ...result.notes);
  }
  return { ok: true, value, notes };
}

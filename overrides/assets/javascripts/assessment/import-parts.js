// The item-by-item part of an import: keeps every known, valid item and describes every
// item it leaves out (pushed onto `dropped`) in words a user can act on.

import { ANSWERS, ANSWER_VALUES, JUDGEMENT_VALUES, JUDGEMENTS, HEADER_FIELDS, HEADER_KEYS, DEFAULT_JUDGEMENT } from './labels.js';
import { findKeyFactor } from './data.js';
import { pruneKeyFactor, pruneContextFactor } from './state.js';
import { plural } from './format.js';

const isPlainObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const listOf = (entries) => entries.map((entry) => entry.label).join(', ');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readNote(value, where, dropped) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  dropped.push(`${where}: the note is not text, so it was not imported.`);
  return '';
}

export function readHeader(rawHeader, dropped) {
  const header = Object.fromEntries(HEADER_KEYS.map((key) => [key, '']));
  if (rawHeader === undefined) return header;
  if (!isPlainObject(rawHeader)) {
    dropped.push('The details about the assessment (organisation, date, who took part) are not in the expected form.');
    return header;
  }
  for (const [key, value] of Object.entries(rawHeader)) {
    const field = HEADER_FIELDS.find((candidate) => candidate.key === key);
    if (!field) dropped.push(`The detail "${key}" is not known, so it was not imported.`);
    else if (typeof value !== 'string') dropped.push(`${field.label}: the value is not text, so it was not imported.`);
    else if (key === 'date' && value && !ISO_DATE.test(value)) dropped.push(`${field.label}: "${value}" is not a date in the form YYYY-MM-DD, so it was not imported.`);
    else header[key] = value;
  }
  return header;
}

function describeUnknownKeyFactor(slug, entry) {
  const name = typeof entry?.title === 'string' && entry.title ? `"${entry.title}" (${slug})` : `"${slug}"`;
  const answerCount = isPlainObject(entry?.answers) ? Object.keys(entry.answers).length : 0;
  const what = answerCount ? `${plural(answerCount, 'answer')}, judgement and note were` : 'judgement and note were';
  return `The key factor ${name} is not in the current version of this toolkit, so its ${what} not imported.`;
}

function readWritten(rawAnswer, where, dropped) {
  if (typeof rawAnswer.text === 'string') return { text: rawAnswer.text };
  dropped.push(`${where}: this open question takes a written answer, and the file has none, so nothing was imported for it.`);
  return null;
}

function readAnswer(rawAnswer, question, where, dropped, notes) {
  if (!isPlainObject(rawAnswer)) {
    dropped.push(`${where}: the answer is not in the expected form, so it was not imported.`);
    return null;
  }
  if (typeof rawAnswer.question === 'string' && rawAnswer.question.trim() !== question.text.trim()) {
    notes.push(`${where}: the wording of the question has changed since the file was saved.`);
  }
  if (question.open) return readWritten(rawAnswer, where, dropped);
  const entry = { note: readNote(rawAnswer.note, where, dropped) };
  if (rawAnswer.answer !== undefined && rawAnswer.answer !== null) {
    if (ANSWER_VALUES.includes(rawAnswer.answer)) entry.answer = rawAnswer.answer;
    else dropped.push(`${where}: the answer "${rawAnswer.answer}" is not one of ${listOf(ANSWERS)}, so it was not imported.`);
  }
  return entry;
}

function readKeyFactor(kf, rawEntry, dropped, notes) {
  const answers = {};
  const rawAnswers = isPlainObject(rawEntry.answers) ? rawEntry.answers : {};
  for (const [questionId, rawAnswer] of Object.entries(rawAnswers)) {
    const index = kf.guide_questions.findIndex((question) => question.id === questionId);
    if (index < 0) {
      dropped.push(`${kf.title}: guide question ${questionId} is not in the current version of this key factor, so its answer was not imported.`);
      continue;
    }
    const where = `${kf.title}, question ${index + 1}`;
    const answer = readAnswer(rawAnswer, kf.guide_questions[index], where, dropped, notes);
    if (answer) answers[questionId] = answer;
  }
  let judgement = DEFAULT_JUDGEMENT;
  if (JUDGEMENT_VALUES.includes(rawEntry.judgement)) judgement = rawEntry.judgement;
  else if (rawEntry.judgement !== undefined) {
    dropped.push(`${kf.title}: the judgement "${rawEntry.judgement}" is not one of ${listOf(JUDGEMENTS)}, so it was not imported.`);
  }
  return pruneKeyFactor({ answers, judgement, note: readNote(rawEntry.note, kf.title, dropped) });
}

export function readKeyFactors(rawKeyFactors, data, dropped, notes) {
  const entries = {};
  const counts = { answers: 0, judgements: 0 };
  if (rawKeyFactors !== undefined && !isPlainObject(rawKeyFactors)) {
    dropped.push('The answers to the key factors are not in the expected form, so none were imported.');
    return { entries, counts };
  }
  for (const [slug, rawEntry] of Object.entries(rawKeyFactors ?? {})) {
    const kf = findKeyFactor(data, slug);
    if (!kf) {
      dropped.push(describeUnknownKeyFactor(slug, rawEntry));
      continue;
    }
    if (!isPlainObject(rawEntry)) {
      dropped.push(`${kf.title}: the answers are not in the expected form, so they were not imported.`);
      continue;
    }
    const entry = readKeyFactor(kf, rawEntry, dropped, notes);
    if (!entry) continue;
    entries[slug] = entry;
    counts.answers += Object.values(entry.answers).filter((answer) => answer.answer || answer.text).length;
    if (entry.judgement !== DEFAULT_JUDGEMENT) counts.judgements += 1;
  }
  // Keep the page's key factor order, whatever order the file had.
  const ordered = Object.fromEntries(data.key_factors.filter((kf) => entries[kf.slug]).map((kf) => [kf.slug, entries[kf.slug]]));
  return { entries: ordered, counts };
}

export function readContextFactors(rawContext, data, dropped) {
  const entries = {};
  if (rawContext !== undefined && !isPlainObject(rawContext)) {
    dropped.push('The context factors are not in the expected form, so none were imported.');
    return entries;
  }
  for (const [id, rawEntry] of Object.entries(rawContext ?? {})) {
    const factor = data.context_factors.find((candidate) => candidate.id === id);
    const name = typeof rawEntry?.name === 'string' ? `"${rawEntry.name}" (${id})` : id;
    if (!factor) {
      dropped.push(`The context factor ${name} is not in the current version of this toolkit, so it was not imported.`);
      continue;
    }
    if (!isPlainObject(rawEntry)) {
      dropped.push(`Context factor "${factor.name}": not in the expected form, so it was not imported.`);
      continue;
    }
    if (rawEntry.applies !== undefined && typeof rawEntry.applies !== 'boolean') {
      dropped.push(`Context factor "${factor.name}": "applies" is not true or false, so it was not imported.`);
    }
    const applies = rawEntry.applies === true;
    const entry = pruneContextFactor({ applies, note: readNote(rawEntry.note, `Context factor "${factor.name}"`, dropped) });
    if (entry) entries[id] = entry;
  }
  return Object.fromEntries(data.context_factors.filter((cf) => entries[cf.id]).map((cf) => [cf.id, entries[cf.id]]));
}

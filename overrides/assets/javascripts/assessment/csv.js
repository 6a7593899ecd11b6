// CSV export: one row per header field, guide question, key factor judgement and context
// factor, in the columns fixed by the data contract. RFC 4180 quoting, "\n" line ends.

import { HEADER_FIELDS, answerLabel, judgementLabel } from './labels.js';

export const CSV_COLUMNS = Object.freeze(['kind', 'key_factor', 'key_factor_title', 'item', 'question_or_factor', 'answer', 'note']);

// Spreadsheets run a cell starting with = + - @, a tab or a carriage return as a formula
// (OWASP, CSV injection); a leading apostrophe keeps notes from a colleague's file from doing that.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value) {
  let text = String(value ?? '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows) {
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function questionText(question) {
  return question.items.length ? `${question.text} ${question.items.join('; ')}` : question.text;
}

export function assessmentRows(data, state) {
  const rows = HEADER_FIELDS.map((field) => ['header', '', '', field.key, field.label, state.header[field.key] ?? '', '']);
  for (const kf of data.key_factors) {
    const entry = state.key_factors[kf.slug];
    for (const question of kf.guide_questions) {
      const answer = entry?.answers?.[question.id];
      const label = question.open ? answer?.text ?? '' : answer?.answer ? answerLabel(answer.answer) : '';
      rows.push([question.open ? 'open-question' : 'question', kf.slug, kf.title, question.id, questionText(question), label, answer?.note ?? '']);
    }
    rows.push(['judgement', kf.slug, kf.title, '', 'Overall judgement', judgementLabel(entry?.judgement), entry?.note ?? '']);
  }
  for (const cf of data.context_factors) {
    const entry = state.context_factors[cf.id];
    rows.push(['context', '', '', cf.id, cf.name, entry?.applies ? 'Applies' : '', entry?.note ?? '']);
  }
  return rows;
}

export function assessmentCsv(data, state) {
  return toCsv(assessmentRows(data, state));
}

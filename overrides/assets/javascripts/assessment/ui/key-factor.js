// One key factor as a <details> block: its statement, each guide question with an answer and a
// note (an open question: a written answer, "answered" or "not yet"), and the overall judgement
// with a note. The summary line shows "answered n of m" and the
// judgement, so the page can be scanned with every block closed.

import { el, idPart, paragraphs } from '../dom.js';
import { ANSWERS, JUDGEMENTS, DEFAULT_JUDGEMENT, UNANSWERED_LABEL, judgementLabel } from '../labels.js';
import { keyFactorProgressText } from '../scoring.js';
import { radioGroup, noteField, binding } from './fields.js';

const ANSWER_OPTIONS = [...ANSWERS, { value: '', label: UNANSWERED_LABEL }];

const itemList = (id, items) => (id ? el('ul', { id, class: 'ic-question-items' }, items.map((item) => el('li', {}, item))) : null);

export const openStatusText = (text) => (text?.trim() ? 'Answered' : 'Not yet answered');

// Shows "Answered" or "Not yet answered" under an open question whose text field changed;
// returns true when that status changed (and with it the summary).
export function updateOpenStatus(field) {
  const status = field.closest('.ic-question')?.querySelector('.ic-open-status');
  const answered = String(Boolean(field.value.trim()));
  if (!status || status.dataset.answered === answered) return false;
  status.textContent = openStatusText(field.value);
  status.dataset.answered = answered;
  return true;
}

function renderOpenQuestion(kf, question, index, entry, base, itemsId) {
  const id = `ic-written-${base}`;
  return el('li', { class: 'ic-question ic-question--open', id: `ic-question-${base}` },
    el('label', { class: 'ic-open-label', for: id }, el('span', { class: 'ic-question-number' }, `${index + 1}. `), question.text),
    itemList(itemsId, question.items),
    el('textarea', {
      id, rows: 3, class: 'ic-textarea', spellcheck: 'true', placeholder: 'Your answer, in your own words',
      'aria-describedby': [itemsId, `ic-open-status-${base}`].filter(Boolean).join(' '),
      '.value': entry?.text ?? '', ...binding({ field: 'written', kf: kf.slug, q: question.id }),
    }),
    el('p', { class: 'ic-open-status', id: `ic-open-status-${base}`, 'data-answered': String(Boolean(entry?.text?.trim())) },
      openStatusText(entry?.text)));
}

function renderQuestion(kf, question, index, entry) {
  const base = `${idPart(kf.slug)}-${idPart(question.id)}`;
  const itemsId = question.items.length ? `ic-items-${base}` : null;
  if (question.open) return renderOpenQuestion(kf, question, index, entry, base, itemsId);
  return el('li', { class: 'ic-question', id: `ic-question-${base}` },
    radioGroup({
      name: `ic-answer-${base}`,
      legend: [el('span', { class: 'ic-question-number' }, `${index + 1}. `), question.text],
      options: ANSWER_OPTIONS,
      checked: entry?.answer,
      binding: binding({ field: 'answer', kf: kf.slug, q: question.id }),
      className: 'ic-answer',
      describedBy: itemsId,
    }),
    itemList(itemsId, question.items),
    noteField({
      id: `ic-note-${base}`,
      srSuffix: ` on question ${index + 1} of ${kf.title}`,
      value: entry?.note,
      binding: binding({ field: 'answer-note', kf: kf.slug, q: question.id }),
    }));
}

export function keyFactorStatusText(summary) {
  return `${keyFactorProgressText(summary)} \u00b7 ${judgementLabel(summary.judgement)}`;
}

function renderQuestions(kf, entry) {
  if (!kf.guide_questions.length) return el('p', {}, 'This key factor has no guide questions.');
  return el('ol', { class: 'ic-questions', 'aria-label': `Guide questions: ${kf.title}` },
    kf.guide_questions.map((question, position) => renderQuestion(kf, question, position, entry?.answers?.[question.id])));
}

function renderJudgement(kf, entry) {
  const slug = idPart(kf.slug);
  return el('div', { class: 'ic-judgement' },
    radioGroup({
      name: `ic-judgement-${slug}`,
      legend: `Overall judgement: is "${kf.title}" in place in your city?`,
      options: JUDGEMENTS,
      checked: entry?.judgement ?? DEFAULT_JUDGEMENT,
      binding: binding({ field: 'judgement', kf: kf.slug }),
      className: 'ic-judgement-options',
      quiet: DEFAULT_JUDGEMENT,
    }),
    noteField({
      id: `ic-kf-note-${slug}`,
      srSuffix: ` ${kf.title}`,
      value: entry?.note,
      rows: 2,
      label: 'Note on the key factor',
      binding: binding({ field: 'kf-note', kf: kf.slug }),
    }));
}

export function renderKeyFactor(kf, entry, summary, index) {
  const slug = idPart(kf.slug);
  const summaryLine = el('summary', { class: 'ic-kf-summary' },
    el('span', { class: 'ic-kf-title' }, `${index + 1}. ${kf.title}`),
    ' ',
    el('span', { class: 'ic-kf-status', id: `ic-kf-progress-${slug}`, 'data-judgement': summary.judgement }, keyFactorStatusText(summary)));
  return el('details', { class: 'ic-kf', id: `ic-kf-${slug}`, 'data-kf': kf.slug },
    summaryLine,
    el('div', { class: 'ic-kf-body' },
      // .ic-statement gives it the look of the statement on the key factor page (library.css).
      el('div', { class: 'ic-statement ic-kf-statement' }, paragraphs(kf.statement)),
      kf.url ? el('p', { class: 'ic-kf-link' }, el('a', { href: kf.url }, `Read the key factor page: ${kf.title}`)) : null,
      renderQuestions(kf, entry),
      renderJudgement(kf, entry)));
}

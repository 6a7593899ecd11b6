// The JSON export: the STATE plus titles and question texts so that a person can read the
// file (the importer ignores those extra fields). Keys follow the page's order, so two
// exports of the same answers are identical apart from "saved".

import { STATE_FORMAT, STATE_VERSION } from './state.js';

function exportKeyFactors(data, state) {
  const result = {};
  for (const kf of data.key_factors) {
    const entry = state.key_factors[kf.slug];
    if (!entry) continue;
    const answers = {};
    for (const question of kf.guide_questions) {
      const answer = entry.answers[question.id];
      if (answer) answers[question.id] = { question: question.text, ...answer };
    }
    result[kf.slug] = { title: kf.title, answers, judgement: entry.judgement, note: entry.note };
  }
  return result;
}

function exportContextFactors(data, state) {
  const result = {};
  for (const cf of data.context_factors) {
    const entry = state.context_factors[cf.id];
    if (entry) result[cf.id] = { name: cf.name, ...entry };
  }
  return result;
}

export function buildExport(data, state) {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    toolkit: data.toolkit.slug,
    toolkit_title: data.toolkit.title,
    content_version: data.content_version,
    saved: state.saved,
    header: { ...state.header },
    key_factors: exportKeyFactors(data, state),
    context_factors: exportContextFactors(data, state),
  };
}

export function exportJson(data, state) {
  return `${JSON.stringify(buildExport(data, state), null, 2)}\n`;
}

function slugify(text) {
  return String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

// self-assessment-<toolkit>[-<organisation>]-<date>.<extension>
export function exportFileName(data, state, extension) {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(state.header.date) ? state.header.date : (state.saved ?? '').slice(0, 10);
  const parts = ['self-assessment', data.toolkit.slug, slugify(state.header.organisation ?? ''), date || 'undated'];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

// "Compare with an earlier assessment": a file input for a baseline (an earlier JSON export)
// and a table with, per key factor, the judgement and the Yes-or-Partly share then and now.

import { el, idPart } from '../dom.js';
import { judgementLabel } from '../labels.js';
import { formatPercent, formatSaved } from '../format.js';
import { describeChange } from '../compare.js';

export function renderCompareSection() {
  const fileInput = el('input', { type: 'file', id: 'ic-compare-file', accept: '.json,application/json', 'aria-describedby': 'ic-compare-hint' });
  const messages = el('div', { id: 'ic-compare-messages', class: 'ic-messages', 'aria-live': 'polite' });
  const result = el('div', { id: 'ic-compare-result' });
  const section = el('section', { id: 'ic-compare', class: 'ic-compare', 'aria-labelledby': 'ic-compare-heading' },
    el('h2', { id: 'ic-compare-heading' }, 'Compare with an earlier assessment'),
    el('div', { class: 'ic-file-field ic-no-print' },
      el('label', { for: 'ic-compare-file' }, 'Earlier assessment (a JSON export of this toolkit)'),
      el('p', { id: 'ic-compare-hint', class: 'ic-hint' }, 'The file is only read to show what changed; your answers on this page stay as they are.'),
      fileInput),
    messages,
    result);
  return { section, fileInput, messages, result };
}

function baselineDescription(baseline, fileName) {
  const parts = [baseline.header.organisation, baseline.header.date || formatSaved(baseline.saved)].filter(Boolean);
  return `${fileName}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function renderCompareTable(rows, baseline, fileName, onClear) {
  const clear = el('button', { type: 'button', id: 'ic-compare-clear', class: 'md-button ic-button ic-no-print' }, 'Stop comparing');
  clear.addEventListener('click', onClear);
  const headers = ['Key factor', 'Judgement then', 'Judgement now', 'Yes or Partly then', 'Yes or Partly now', 'What changed'];
  return [
    el('div', { class: 'ic-table-wrap' }, el('table', { id: 'ic-compare-table', class: 'ic-table' },
      el('caption', {}, `Then: ${baselineDescription(baseline, fileName)}. Now: the answers on this page.`),
      el('thead', {}, el('tr', {}, headers.map((header) => el('th', { scope: 'col' }, header)))),
      el('tbody', {}, rows.map((row) => el('tr', { 'data-kf': row.slug, 'data-change': row.judgementChange },
        el('th', { scope: 'row' }, el('a', { href: `#ic-kf-${idPart(row.slug)}`, target: '_self', 'data-ic-open': row.slug }, row.title)),
        el('td', {}, judgementLabel(row.judgementThen)),
        el('td', {}, judgementLabel(row.judgementNow)),
        el('td', { class: 'ic-number' }, formatPercent(row.shareThen)),
        el('td', { class: 'ic-number' }, formatPercent(row.shareNow)),
        el('td', { class: 'ic-change' }, describeChange(row))))))),
    el('p', {}, clear),
  ];
}

// The summary view: a table of answers per key factor, the chart of all key factors, the
// context factors that apply, and where to look for inspiration. Rebuilt whenever an answer or
// a judgement changes (notes do not change it).

import { el, idPart, svgFragment } from '../dom.js';
import { ANSWERS, UNANSWERED_LABEL, judgementLabel } from '../labels.js';
import { formatPercent } from '../format.js';
import { buildChartSvg } from '../chart.js';
import { renderInspiration } from './inspiration.js';

function keyFactorLink(summary) {
  // target="_self" is the browser default, but it makes Material's instant navigation leave
  // the link alone (it would otherwise reload the page content for an in-page link).
  return el('a', { href: `#ic-kf-${idPart(summary.slug)}`, target: '_self', 'data-ic-open': summary.slug }, summary.title);
}

const HEADERS = ['Key factor', 'Judgement', ...ANSWERS.map((answer) => answer.label), UNANSWERED_LABEL, 'Yes or Partly', 'Open questions answered'];

// On a narrow screen each row becomes a card (assessment.css); data-label names each cell there.
const cell = (index, attributes, content) => el('td', { 'data-label': HEADERS[index], ...attributes }, content);

function summaryTable(summaries) {
  return el('div', { class: 'ic-table-wrap' }, el('table', { id: 'ic-summary-table', class: 'ic-table ic-table--cards' },
    el('caption', {}, 'Answers per key factor. "Yes or Partly" is the share of the key factor\'s Yes / Partly / No questions answered Yes or Partly; open questions, which take a written answer, are counted apart.'),
    el('thead', {}, el('tr', {}, HEADERS.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, summaries.map((summary) => el('tr', { 'data-kf': summary.slug },
      el('th', { scope: 'row' }, keyFactorLink(summary)),
      cell(1, { class: 'ic-judgement-cell', 'data-judgement': summary.judgement }, judgementLabel(summary.judgement)),
      ANSWERS.map((answer, index) => cell(2 + index, { class: 'ic-number' }, summary.counts[answer.value])),
      cell(6, { class: 'ic-number' }, summary.counts.unanswered),
      cell(7, { class: 'ic-number' }, summary.total ? `${summary.yesOrPartly} of ${summary.total} (${formatPercent(summary.share)})` : 'n/a'),
      cell(8, { class: 'ic-number' }, summary.open.total ? `${summary.open.answered} of ${summary.open.total}` : 'none'))))));
}

function chartFigure(summaries, width) {
  return el('figure', { id: 'ic-chart', class: 'ic-chart' },
    svgFragment(buildChartSvg(summaries, { width })),
    el('figcaption', {}, 'Share of guide questions answered Yes (solid) or Partly (hatched) per key factor, with the judgement in words. The table above has the same figures.'));
}

function contextLine(data, state) {
  const applying = data.context_factors.filter((cf) => state.context_factors[cf.id]?.applies).map((cf) => cf.name);
  if (!data.context_factors.length) return null;
  return el('p', { class: 'ic-context-summary' },
    el('strong', {}, 'Context factors that apply: '),
    applying.length ? applying.join('; ') : 'none ticked.');
}

// width: the width the chart is drawn for, that of the assessment on the page.
export function renderSummary(data, state, summary, width) {
  return el('section', { id: 'ic-summary', class: 'ic-summary', 'aria-labelledby': 'ic-summary-heading' },
    el('h2', { id: 'ic-summary-heading' }, 'Summary'),
    summaryTable(summary.keyFactors),
    chartFigure(summary.keyFactors, width),
    contextLine(data, state),
    renderInspiration(data, summary.keyFactors));
}

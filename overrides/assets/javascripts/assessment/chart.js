// Builds the summary chart as an SVG string: one horizontal bar per key factor whose length is
// the share of guide questions answered Yes (solid) or Partly (hatched), followed by the
// percentage and the judgement in words, so nothing depends on colour alone.
// Pure: summaries in, markup out (all text escaped). Colours come from CSS classes.

import { escapeXml, formatPercent } from './format.js';
import { judgementLabel } from './labels.js';

const WIDTH = 640;
const LEFT = 8;
const BAR_WIDTH = 380;
const ROW_HEIGHT = 44;
const BAR_HEIGHT = 16;
const TOP = 40;
const AXIS_HEIGHT = 24;
const MAX_LABEL = 90;

const truncate = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}\u2026` : text);
const round = (value) => Math.round(value * 10) / 10;

export function barDescription(summary) {
  const judgement = `judgement: ${judgementLabel(summary.judgement).toLowerCase()}`;
  if (!summary.total) return `${summary.title}: no guide questions; ${judgement}.`;
  return `${summary.title}: ${summary.yesOrPartly} of ${summary.total} guide questions answered Yes or Partly (${formatPercent(summary.share)}; ${summary.counts.yes} Yes, ${summary.counts.partly} Partly); ${judgement}.`;
}

function valueText(summary) {
  const share = summary.total ? `${formatPercent(summary.share)} (${summary.yesOrPartly} of ${summary.total})` : 'no questions';
  return `${share} \u2013 ${judgementLabel(summary.judgement)}`;
}

function bar(summary, index, hatchId) {
  const y = TOP + index * ROW_HEIGHT;
  const barY = y + 20;
  const yesWidth = summary.total ? round((summary.counts.yes / summary.total) * BAR_WIDTH) : 0;
  const partlyWidth = summary.total ? round((summary.counts.partly / summary.total) * BAR_WIDTH) : 0;
  return [
    `<g class="ic-chart-bar" data-kf="${escapeXml(summary.slug)}" data-judgement="${escapeXml(summary.judgement)}">`,
    `<title>${escapeXml(barDescription(summary))}</title>`,
    `<text class="ic-chart-label" x="${LEFT}" y="${y + 14}">${escapeXml(truncate(summary.label, MAX_LABEL))}</text>`,
    `<rect class="ic-chart-track" x="${LEFT}" y="${barY}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#e6e6e6"/>`,
    `<rect class="ic-chart-yes" x="${LEFT}" y="${barY}" width="${yesWidth}" height="${BAR_HEIGHT}" fill="#3f51b5"/>`,
    `<rect class="ic-chart-partly" x="${round(LEFT + yesWidth)}" y="${barY}" width="${partlyWidth}" height="${BAR_HEIGHT}" fill="url(#${hatchId})"/>`,
    `<text class="ic-chart-value" x="${LEFT + BAR_WIDTH + 8}" y="${barY + 13}">${escapeXml(valueText(summary))}</text>`,
    '</g>',
  ].join('');
}

function legend(hatchId) {
  return [
    '<g class="ic-chart-legend">',
    `<rect class="ic-chart-yes" x="${LEFT}" y="8" width="14" height="14" fill="#3f51b5"/>`,
    `<text x="${LEFT + 20}" y="20">Yes</text>`,
    `<rect class="ic-chart-partly ic-chart-legend-partly" x="${LEFT + 70}" y="8" width="14" height="14" fill="url(#${hatchId})"/>`,
    `<text x="${LEFT + 90}" y="20">Partly</text>`,
    `<text x="${LEFT + 160}" y="20">Bar: share of all guide questions answered Yes or Partly</text>`,
    '</g>',
  ].join('');
}

function axis(rowCount) {
  const bottom = TOP + rowCount * ROW_HEIGHT;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const x = round(LEFT + share * BAR_WIDTH);
    return `<line class="ic-chart-grid" x1="${x}" y1="${TOP}" x2="${x}" y2="${bottom}" stroke="#999" stroke-dasharray="2 3"/><text class="ic-chart-tick" x="${x}" y="${bottom + 16}" text-anchor="middle">${formatPercent(share)}</text>`;
  });
  return `<g class="ic-chart-axis" aria-hidden="true">${ticks.join('')}</g>`;
}

export function buildChartSvg(summaries, { idPrefix = 'ic-chart', title = 'Guide questions answered Yes or Partly, per key factor' } = {}) {
  const hatchId = `${idPrefix}-hatch`;
  const height = TOP + summaries.length * ROW_HEIGHT + AXIS_HEIGHT;
  const description = `${summaries.length} key factors. ${summaries.map(barDescription).join(' ')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="ic-chart-svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">`,
    `<title id="${idPrefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<defs><pattern id="${hatchId}" class="ic-chart-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">`,
    '<rect width="6" height="6" class="ic-chart-hatch-back" fill="#c5cae9"/>',
    '<line x1="1" y1="0" x2="1" y2="6" class="ic-chart-hatch-line" stroke="#3f51b5" stroke-width="2"/>',
    '</pattern></defs>',
    legend(hatchId),
    axis(summaries.length),
    ...summaries.map((summary, index) => bar(summary, index, hatchId)),
    '</svg>',
  ].join('');
}

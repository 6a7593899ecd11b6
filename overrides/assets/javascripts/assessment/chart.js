// Builds the summary chart as an SVG string: one horizontal bar per key factor whose length is
// the share of guide questions answered Yes (solid) or Partly (hatched), followed by the
// percentage and the judgement in words, so nothing depends on colour alone.
// Pure: summaries in, markup out (all text escaped). Colours come from CSS classes. The chart is
// drawn for the width it is shown at (one SVG unit is one CSS pixel, so text keeps its size):
// below NARROW the value goes under the bar and long labels wrap at spaces, never mid-word.

import { escapeXml, formatPercent } from './format.js';
import { judgementLabel } from './labels.js';

const WIDTH = 640;
const NARROW = 560;
const LEFT = 8;
const WIDE_BAR = 380;
const LINE = 16;
const BAR_HEIGHT = 16;
const TOP = 40;
const AXIS_HEIGHT = 24;
const CHARACTER = 7.5; // the width of an average character of the 13px label font, generously

const round = (value) => Math.round(value * 10) / 10;

// Words onto lines of at most `max` characters; a word longer than a line gets a line of its own.
function wrap(text, max) {
  const lines = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

function layout(width) {
  const narrow = width < NARROW;
  const barWidth = narrow ? width - 2 * LEFT : WIDE_BAR;
  return { width, narrow, barWidth, labelChars: Math.floor((narrow ? barWidth : width - 2 * LEFT) / CHARACTER) };
}

export function barDescription(summary) {
  const judgement = `judgement: ${judgementLabel(summary.judgement).toLowerCase()}`;
  if (!summary.total) return `${summary.title}: no guide questions; ${judgement}.`;
  return `${summary.title}: ${summary.yesOrPartly} of ${summary.total} guide questions answered Yes or Partly (${formatPercent(summary.share)}; ${summary.counts.yes} Yes, ${summary.counts.partly} Partly); ${judgement}.`;
}

function valueText(summary) {
  const share = summary.total ? `${formatPercent(summary.share)} (${summary.yesOrPartly} of ${summary.total})` : 'no questions';
  return `${share} \u2013 ${judgementLabel(summary.judgement)}`;
}

const rowHeight = (lines, { narrow }) => lines.length * LINE + (narrow ? 40 : 28);

function bar(summary, y, lines, hatchId, { narrow, barWidth }) {
  const barY = y + lines.length * LINE + 4;
  const yesWidth = summary.total ? round((summary.counts.yes / summary.total) * barWidth) : 0;
  const partlyWidth = summary.total ? round((summary.counts.partly / summary.total) * barWidth) : 0;
  const label = lines.map((line, index) => `<tspan x="${LEFT}" dy="${index ? LINE : 0}">${escapeXml(line)}</tspan>`).join('');
  const value = narrow ? `x="${LEFT}" y="${barY + BAR_HEIGHT + 14}"` : `x="${LEFT + barWidth + 8}" y="${barY + 13}"`;
  return [
    `<g class="ic-chart-bar" data-kf="${escapeXml(summary.slug)}" data-judgement="${escapeXml(summary.judgement)}">`,
    `<title>${escapeXml(barDescription(summary))}</title>`,
    `<text class="ic-chart-label" x="${LEFT}" y="${y + 14}">${label}</text>`,
    `<rect class="ic-chart-track" x="${LEFT}" y="${barY}" width="${barWidth}" height="${BAR_HEIGHT}" fill="#e6e6e6"/>`,
    `<rect class="ic-chart-yes" x="${LEFT}" y="${barY}" width="${yesWidth}" height="${BAR_HEIGHT}" fill="#3f51b5"/>`,
    `<rect class="ic-chart-partly" x="${round(LEFT + yesWidth)}" y="${barY}" width="${partlyWidth}" height="${BAR_HEIGHT}" fill="url(#${hatchId})"/>`,
    `<text class="ic-chart-value" ${value}>${escapeXml(valueText(summary))}</text>`,
    '</g>',
  ].join('');
}

function legend(hatchId, { narrow }) {
  const what = narrow ? 'Share answered Yes or Partly' : 'Bar: share of Yes / Partly / No questions answered Yes or Partly';
  return [
    '<g class="ic-chart-legend">',
    `<rect class="ic-chart-yes" x="${LEFT}" y="8" width="14" height="14" fill="#3f51b5"/>`,
    `<text x="${LEFT + 20}" y="20">Yes</text>`,
    `<rect class="ic-chart-partly ic-chart-legend-partly" x="${LEFT + 70}" y="8" width="14" height="14" fill="url(#${hatchId})"/>`,
    `<text x="${LEFT + 90}" y="20">Partly</text>`,
    `<text x="${LEFT + 150}" y="20">${what}</text>`,
    '</g>',
  ].join('');
}

// The first and last tick labels are anchored inside the chart, so "0%" and "100%" are never cut.
function axis(bottom, { barWidth }) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const x = round(LEFT + share * barWidth);
    const anchor = share === 0 ? 'start' : share === 1 ? 'end' : 'middle';
    return `<line class="ic-chart-grid" x1="${x}" y1="${TOP}" x2="${x}" y2="${bottom}" stroke="#999" stroke-dasharray="2 3"/><text class="ic-chart-tick" x="${share === 0 ? LEFT : x}" y="${bottom + 16}" text-anchor="${anchor}">${formatPercent(share)}</text>`;
  });
  return `<g class="ic-chart-axis" aria-hidden="true">${ticks.join('')}</g>`;
}

export function buildChartSvg(summaries, { idPrefix = 'ic-chart', title = 'Guide questions answered Yes or Partly, per key factor', width = WIDTH } = {}) {
  const hatchId = `${idPrefix}-hatch`;
  const shape = layout(Math.round(Math.max(280, Math.min(WIDTH, width))));
  const rows = [];
  let y = TOP;
  for (const summary of summaries) {
    const lines = wrap(summary.label, shape.labelChars);
    rows.push(bar(summary, y, lines, hatchId, shape));
    y += rowHeight(lines, shape);
  }
  const height = y + AXIS_HEIGHT;
  const description = `${summaries.length} key factors. ${summaries.map(barDescription).join(' ')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="ic-chart-svg" role="img" viewBox="0 0 ${shape.width} ${height}" width="${shape.width}" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">`,
    `<title id="${idPrefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<defs><pattern id="${hatchId}" class="ic-chart-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">`,
    '<rect width="6" height="6" class="ic-chart-hatch-back" fill="#c5cae9"/>',
    '<line x1="1" y1="0" x2="1" y2="6" class="ic-chart-hatch-line" stroke="#3f51b5" stroke-width="2"/>',
    '</pattern></defs>',
    legend(hatchId, shape),
    axis(y, shape),
    ...rows,
    '</svg>',
  ].join('');
}

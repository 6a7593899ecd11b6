import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChartSvg, barDescription } from '../../overrides/assets/javascripts/assessment/chart.js';
import { summarise } from '../../overrides/assets/javascripts/assessment/scoring.js';
import { readImport } from '../../overrides/assets/javascripts/assessment/importer.js';
import { loadData, fixtureText } from './helpers.js';

const data = loadData();
const state = readImport(fixtureText('export-current.json'), data).state;
const summaries = summarise(data, state).keyFactors;

const count = (text, pattern) => (text.match(pattern) ?? []).length;

test('one bar per key factor, each with its own title', () => {
  const svg = buildChartSvg(summaries);
  assert.equal(count(svg, /<g class="ic-chart-bar"/g), 3);
  for (const kf of data.key_factors) assert.ok(svg.includes(`data-kf="${kf.slug}"`), kf.slug);
  assert.equal(count(svg, /<g class="ic-chart-bar"[^>]*><title>/g), 3);
});

test('the chart is an accessible image with a title and a description', () => {
  const svg = buildChartSvg(summaries);
  assert.match(svg, /^<svg [^>]*role="img"[^>]*aria-labelledby="ic-chart-title" aria-describedby="ic-chart-desc"/);
  assert.match(svg, /<title id="ic-chart-title">Guide questions answered Yes or Partly, per key factor<\/title>/);
  assert.match(svg, /<desc id="ic-chart-desc">3 key factors\. Data collection: 2 of 4/);
});

test('the judgement is written next to each bar, not shown by colour alone', () => {
  const svg = buildChartSvg(summaries);
  assert.match(svg, /50% \(2 of 4\) \u2013 Partly in place<\/text>/);
  assert.match(svg, /0% \(0 of 2\) \u2013 In place<\/text>/);
  assert.match(svg, /\u2013 Not assessed<\/text>/);
  assert.match(svg, /fill="url\(#ic-chart-hatch\)"/, 'Partly is hatched, Yes is solid');
});

test('bar lengths follow the Yes and Partly counts', () => {
  const svg = buildChartSvg(summaries);
  const dataCollection = svg.slice(svg.indexOf('data-kf="data-collection"'), svg.indexOf('data-kf="leadership"'));
  assert.match(dataCollection, /class="ic-chart-yes" x="8" y="\d+" width="95"/);
  assert.match(dataCollection, /class="ic-chart-partly" x="103" y="\d+" width="95"/);
});

test('text from the content is escaped', () => {
  const svg = buildChartSvg(summaries);
  assert.ok(svg.includes('Leadership and &quot;political&quot; commitment'));
  const nasty = [{ ...summaries[0], label: '<script>alert(1)</script>', slug: 'a"b' }];
  const markup = buildChartSvg(nasty);
  assert.ok(!markup.includes('<script>'));
  assert.ok(markup.includes('data-kf="a&quot;b"'));
});

test('ids can be prefixed so two charts can share a page', () => {
  const svg = buildChartSvg(summaries, { idPrefix: 'baseline-chart' });
  assert.match(svg, /<pattern id="baseline-chart-hatch"/);
  assert.match(svg, /fill="url\(#baseline-chart-hatch\)"/);
});

test('bar description reads as a sentence', () => {
  assert.equal(barDescription(summaries[0]),
    'Data collection: 2 of 4 guide questions answered Yes or Partly (50%; 1 Yes, 1 Partly); judgement: partly in place.');
});

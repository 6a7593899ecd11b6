import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAssessments, describeChange } from '../../overrides/assets/javascripts/assessment/compare.js';
import { readImport } from '../../overrides/assets/javascripts/assessment/importer.js';
import { applyEdit } from '../../overrides/assets/javascripts/assessment/state.js';
import { loadData, fixtureText } from './helpers.js';

const data = loadData();
const NOW = '2026-12-01T00:00:00.000Z';
const baseline = readImport(fixtureText('export-current.json'), data).state;

test('the same assessment compared with itself shows no change', () => {
  const rows = compareAssessments(data, baseline, baseline);
  assert.equal(rows.length, 3);
  for (const row of rows) {
    assert.equal(row.judgementChange, 'same');
    assert.equal(row.answersChanged, 0);
    assert.equal(describeChange(row), 'No change');
  }
});

test('per key factor: judgement then and now, Yes-or-Partly share then and now, answers changed', () => {
  let current = applyEdit(baseline, { field: 'judgement', kf: 'data-collection', value: 'in-place' }, NOW);
  current = applyEdit(current, { field: 'answer', kf: 'data-collection', q: 'q3', value: 'yes' }, NOW);
  current = applyEdit(current, { field: 'answer', kf: 'data-collection', q: 'q4', value: 'partly' }, NOW);
  current = applyEdit(current, { field: 'judgement', kf: 'leadership', value: 'not-in-place' }, NOW);
  current = applyEdit(current, { field: 'judgement', kf: 'partnerships', value: 'partly' }, NOW);
  const [dataCollection, leadership, partnerships] = compareAssessments(data, baseline, current);
  assert.deepEqual(dataCollection, {
    slug: 'data-collection', title: 'Data collection',
    judgementThen: 'partly', judgementNow: 'in-place', judgementChange: 'better',
    shareThen: 0.5, shareNow: 1, answersChanged: 2,
  });
  assert.equal(describeChange(dataCollection), 'Judgement improved; 2 answers changed');
  assert.equal(leadership.judgementChange, 'worse');
  assert.equal(describeChange(leadership), 'Judgement worse; no answers changed');
  assert.equal(partnerships.judgementChange, 'changed', 'from "not assessed" there is no better or worse');
});

test('a cleared answer counts as a changed answer', () => {
  const current = applyEdit(baseline, { field: 'answer', kf: 'data-collection', q: 'q1', value: '' }, NOW);
  const [dataCollection] = compareAssessments(data, baseline, current);
  assert.equal(dataCollection.answersChanged, 1);
  assert.equal(dataCollection.shareNow, 0.25);
  assert.equal(describeChange(dataCollection), 'Judgement unchanged; 1 answer changed');
});

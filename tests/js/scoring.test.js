import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarise, summariseKeyFactor, needsInspiration, progressText, keyFactorProgressText } from '../../overrides/assets/javascripts/assessment/scoring.js';
import { readImport } from '../../overrides/assets/javascripts/assessment/importer.js';
import { emptyState } from '../../overrides/assets/javascripts/assessment/state.js';
import { loadData, fixtureText } from './helpers.js';

const data = loadData();
const state = readImport(fixtureText('export-current.json'), data).state;

test('counts answers per key factor and the share answered Yes or Partly of all questions', () => {
  const { keyFactors } = summarise(data, state);
  const dataCollection = keyFactors.find((kf) => kf.slug === 'data-collection');
  assert.deepEqual(dataCollection.counts, { yes: 1, partly: 1, no: 1, unknown: 0, unanswered: 1 });
  assert.equal(dataCollection.total, 4);
  assert.equal(dataCollection.answered, 3);
  assert.equal(dataCollection.yesOrPartly, 2);
  assert.equal(dataCollection.share, 0.5);
  assert.equal(dataCollection.judgement, 'partly');
  const leadership = keyFactors.find((kf) => kf.slug === 'leadership');
  assert.deepEqual(leadership.counts, { yes: 0, partly: 0, no: 0, unknown: 1, unanswered: 1 });
  assert.equal(leadership.share, 0);
  assert.equal(leadership.total, 2, 'the open question is not a Yes / Partly / No question');
  assert.deepEqual(leadership.open, { total: 1, answered: 1 });
  assert.equal(keyFactors.find((kf) => kf.slug === 'partnerships').judgement, 'not-assessed');
});

test('overall progress counts questions and judged key factors', () => {
  const summary = summarise(data, state);
  assert.deepEqual(summary.progress, { questions: 9, answered: 4, openQuestions: 1, openAnswered: 1, judged: 2, keyFactorCount: 3 });
  assert.equal(summary.contextApplies, 1);
  assert.equal(progressText(summary.progress), 'Answered 4 of 9 Yes / Partly / No questions and 1 of 1 open question; 2 of 3 key factors judged.');
  assert.equal(keyFactorProgressText(summary.keyFactors[0]), 'answered 3 of 4');
  assert.equal(keyFactorProgressText(summary.keyFactors[1]), 'answered 1 of 2, 1 of 1 open');
});

test('an empty state has nothing answered and nothing judged', () => {
  const summary = summarise(data, emptyState(data));
  assert.deepEqual(summary.progress, { questions: 9, answered: 0, openQuestions: 1, openAnswered: 0, judged: 0, keyFactorCount: 3 });
  assert.ok(summary.keyFactors.every((kf) => kf.counts.unanswered === kf.total && kf.share === 0));
});

test('a key factor without guide questions has no share rather than 0%', () => {
  const summary = summariseKeyFactor({ slug: 'x', title: 'X', label: 'X', guide_questions: [] }, undefined);
  assert.equal(summary.share, null);
});

test('inspiration is offered for partly / not in place, and for not assessed with a No answer', () => {
  const base = { judgement: 'not-assessed', counts: { no: 0 } };
  assert.equal(needsInspiration({ ...base, judgement: 'partly' }), true);
  assert.equal(needsInspiration({ ...base, judgement: 'not-in-place' }), true);
  assert.equal(needsInspiration({ ...base, judgement: 'in-place', counts: { no: 3 } }), false);
  assert.equal(needsInspiration(base), false);
  assert.equal(needsInspiration({ ...base, counts: { no: 1 } }), true);
});

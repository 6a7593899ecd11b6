import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyState, applyEdit, isEmptyState, serialiseState } from '../../overrides/assets/javascripts/assessment/state.js';
import { loadData } from './helpers.js';

const data = loadData();
const NOW = '2026-11-25T10:00:00.000Z';

test('an empty state follows the contract shape', () => {
  const state = emptyState(data);
  assert.equal(state.format, 'integrating-cities-self-assessment');
  assert.equal(state.version, 2);
  assert.equal(state.toolkit, 'anti-discrimination');
  assert.equal(state.content_version, '3f2a9c1e');
  assert.deepEqual(state.header, { organisation: '', date: '', participants: '' });
  assert.deepEqual(state.key_factors, {});
  assert.equal(isEmptyState(state), true);
});

test('answering a question creates the key factor entry and stamps the time', () => {
  const before = emptyState(data);
  const after = applyEdit(before, { field: 'answer', kf: 'data-collection', q: 'q2', value: 'partly' }, NOW);
  assert.deepEqual(after.key_factors['data-collection'], {
    answers: { q2: { answer: 'partly', note: '' } },
    judgement: 'not-assessed',
    note: '',
  });
  assert.equal(after.saved, NOW);
  assert.deepEqual(before.key_factors, {}, 'the previous state is not changed');
  assert.equal(isEmptyState(after), false);
});

test('clearing the last answer removes the entry again (absent means unanswered)', () => {
  let state = applyEdit(emptyState(data), { field: 'answer', kf: 'leadership', q: 'q1', value: 'no' }, NOW);
  state = applyEdit(state, { field: 'answer', kf: 'leadership', q: 'q1', value: '' }, NOW);
  assert.deepEqual(state.key_factors, {});
});

test('a note without an answer is kept without an answer value', () => {
  const state = applyEdit(emptyState(data), { field: 'answer-note', kf: 'leadership', q: 'q2', value: 'Ask HR' }, NOW);
  assert.deepEqual(state.key_factors.leadership.answers.q2, { note: 'Ask HR' });
});

test('an open question keeps its written answer, and only while it is not blank', () => {
  let state = applyEdit(emptyState(data), { field: 'written', kf: 'leadership', q: 'q3', value: 'Press releases' }, NOW);
  assert.deepEqual(state.key_factors.leadership.answers.q3, { text: 'Press releases' });
  state = applyEdit(state, { field: 'written', kf: 'leadership', q: 'q3', value: '  ' }, NOW);
  assert.deepEqual(state.key_factors, {});
});

test('judgement, key factor note, header and context factor edits', () => {
  let state = emptyState(data);
  state = applyEdit(state, { field: 'judgement', kf: 'partnerships', value: 'in-place' }, NOW);
  state = applyEdit(state, { field: 'kf-note', kf: 'partnerships', value: 'Strong' }, NOW);
  state = applyEdit(state, { field: 'header', key: 'organisation', value: 'Ghent' }, NOW);
  state = applyEdit(state, { field: 'applies', cf: 'c2', value: true }, NOW);
  state = applyEdit(state, { field: 'cf-note', cf: 'c2', value: 'Federal law' }, NOW);
  assert.deepEqual(state.key_factors.partnerships, { answers: {}, judgement: 'in-place', note: 'Strong' });
  assert.equal(state.header.organisation, 'Ghent');
  assert.deepEqual(state.context_factors.c2, { applies: true, note: 'Federal law' });
  state = applyEdit(state, { field: 'applies', cf: 'c2', value: false }, NOW);
  assert.deepEqual(state.context_factors.c2, { applies: false, note: 'Federal law' }, 'kept while it has a note');
  state = applyEdit(state, { field: 'cf-note', cf: 'c2', value: '' }, NOW);
  assert.equal(state.context_factors.c2, undefined);
});

test('unknown edits and unknown header fields leave the state as it was', () => {
  const state = emptyState(data);
  assert.equal(applyEdit(state, { field: 'header', key: 'password', value: 'x' }, NOW), state);
  assert.equal(applyEdit(state, { field: 'colour', value: 'red' }, NOW), state);
});

test('serialised state is plain JSON that parses back to the same object', () => {
  const state = applyEdit(emptyState(data), { field: 'answer', kf: 'leadership', q: 'q1', value: 'yes' }, NOW);
  assert.deepEqual(JSON.parse(serialiseState(state)), state);
});

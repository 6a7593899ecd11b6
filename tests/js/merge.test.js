import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeStates, stateFields, fieldKey } from '../../overrides/assets/javascripts/assessment/merge.js';
import { applyEdit, emptyState } from '../../overrides/assets/javascripts/assessment/state.js';
import { loadData } from './helpers.js';

const data = loadData();
const edit = (state, change) => applyEdit(state, change, '2026-11-25T10:00:00.000Z');

test('every answerable value of the form is a field, open questions as written answers', () => {
  const keys = stateFields(data).map(fieldKey);
  assert.ok(keys.includes('written:leadership:q3'));
  assert.ok(!keys.includes('answer:leadership:q3'));
  assert.ok(keys.includes('answer-note:data-collection:q1') && keys.includes('applies:c2') && keys.includes('header:date'));
  assert.equal(new Set(keys).size, keys.length);
});

test("another tab's changes come in; a field changed here since the shared copy stays", () => {
  const base = edit(emptyState(data), { field: 'answer', kf: 'leadership', q: 'q1', value: 'no' });
  const theirs = edit(edit(base, { field: 'answer', kf: 'leadership', q: 'q1', value: 'yes' }),
    { field: 'header', key: 'organisation', value: 'Ghent' });
  const ours = edit(base, { field: 'written', kf: 'leadership', q: 'q3', value: 'Press releases' });
  const merged = mergeStates(data, { base, ours, theirs });
  assert.equal(merged.key_factors.leadership.answers.q1.answer, 'yes');
  assert.equal(merged.header.organisation, 'Ghent');
  assert.deepEqual(merged.key_factors.leadership.answers.q3, { text: 'Press releases' });
});

test('the field being edited here keeps its value even if the other tab changed it', () => {
  const base = edit(emptyState(data), { field: 'kf-note', kf: 'partnerships', value: 'Draft' });
  const theirs = edit(base, { field: 'kf-note', kf: 'partnerships', value: 'Their version' });
  const merged = mergeStates(data, { base, ours: base, theirs, editing: new Set(['kf-note:partnerships']) });
  assert.equal(merged.key_factors.partnerships.note, 'Draft');
  assert.equal(mergeStates(data, { base, ours: base, theirs }), theirs, 'nothing kept: their state as it is');
});

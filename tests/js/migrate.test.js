import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrateState, MIGRATIONS } from '../../overrides/assets/javascripts/assessment/migrate.js';
import { loadData } from './helpers.js';

const data = loadData();

test('the current format needs no migration', () => {
  const raw = { version: 2, header: {} };
  assert.deepEqual(migrateState(raw, 2, data), { ok: true, value: raw, notes: [] });
  assert.deepEqual(Object.keys(MIGRATIONS), ['1']);
});

test('version 1 to 2: an open question answered Yes / Partly / No keeps that answer and its note as words', () => {
  const raw = {
    version: 1,
    key_factors: {
      leadership: { answers: { q1: { answer: 'yes', note: '' }, q3: { answer: 'no', note: ' Not yet ' } } },
      unknown: { answers: { q3: { answer: 'yes' } } },
    },
  };
  const result = migrateState(raw, 2, data);
  assert.equal(result.ok, true);
  assert.equal(result.value.version, 2);
  assert.deepEqual(result.value.key_factors.leadership.answers, { q1: { answer: 'yes', note: '' }, q3: { text: 'No: Not yet' } });
  assert.deepEqual(result.value.key_factors.unknown, raw.key_factors.unknown, 'left for the importer to report');
  assert.equal(result.notes.length, 2);
  assert.equal(raw.key_factors.leadership.answers.q3.answer, 'no', 'the input is not changed');
});

test('older versions are upgraded step by step and each step is noted', () => {
  const migrations = {
    1: (raw) => ({ value: { ...raw, header: { organisation: raw.city } }, notes: [] }),
    2: (raw, pageData) => ({ value: { ...raw, toolkit: pageData.toolkit.slug }, notes: ['step two'] }),
  };
  const result = migrateState({ version: 1, city: 'Oslo' }, 3, data, migrations);
  assert.equal(result.ok, true);
  assert.equal(result.value.version, 3);
  assert.deepEqual(result.value.header, { organisation: 'Oslo' });
  assert.equal(result.value.toolkit, 'anti-discrimination');
  assert.deepEqual(result.notes, ['The file was converted from format version 1 to 2.', 'The file was converted from format version 2 to 3.', 'step two']);
});

test('a version without a migration step is refused', () => {
  const result = migrateState({ version: 1 }, 2, data, {});
  assert.equal(result.ok, false);
  assert.match(result.error, /format version 1 can no longer be read/);
});

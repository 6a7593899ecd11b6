import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrateState, MIGRATIONS } from '../../overrides/assets/javascripts/assessment/migrate.js';

test('the current format needs no migration', () => {
  const raw = { version: 1, header: {} };
  assert.deepEqual(migrateState(raw, 1), { ok: true, value: raw, notes: [] });
  assert.deepEqual(Object.keys(MIGRATIONS), []);
});

test('older versions are upgraded step by step and each step is noted', () => {
  const migrations = {
    1: (raw) => ({ ...raw, header: { organisation: raw.city } }),
    2: (raw) => ({ ...raw, extra: true }),
  };
  const result = migrateState({ version: 1, city: 'Oslo' }, 3, migrations);
  assert.equal(result.ok, true);
  assert.equal(result.value.version, 3);
  assert.deepEqual(result.value.header, { organisation: 'Oslo' });
  assert.equal(result.value.extra, true);
  assert.equal(result.notes.length, 2);
});

test('a version without a migration step is refused', () => {
  const result = migrateState({ version: 1 }, 2, {});
  assert.equal(result.ok, false);
  assert.match(result.error, /format version 1 can no longer be read/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExport, exportJson, exportFileName } from '../../overrides/assets/javascripts/assessment/export.js';
import { readImport } from '../../overrides/assets/javascripts/assessment/importer.js';
import { emptyState } from '../../overrides/assets/javascripts/assessment/state.js';
import { loadData, fixtureText } from './helpers.js';

const data = loadData();
const state = readImport(fixtureText('export-current.json'), data).state;

test('the export is the state plus titles and question texts for people reading it', () => {
  const exported = buildExport(data, state);
  assert.equal(exported.format, 'integrating-cities-self-assessment');
  assert.equal(exported.version, 2);
  assert.equal(exported.toolkit, 'anti-discrimination');
  assert.equal(exported.toolkit_title, 'Anti-discrimination strategies for the local job market');
  assert.equal(exported.content_version, '3f2a9c1e');
  assert.equal(exported.key_factors['data-collection'].title, 'Data collection');
  assert.equal(exported.key_factors['data-collection'].answers.q1.question, 'Is the data regularly updated to ensure comparability over time?');
  assert.equal(exported.context_factors.c1.name, 'Data availability');
  assert.deepEqual(exported.key_factors.leadership.answers.q3, {
    question: 'How is this commitment communicated to the press and public?', text: 'Partly: Press releases only',
  });
});

test('export then import gives back the same state (re-importable)', () => {
  const result = readImport(exportJson(data, state), data);
  assert.equal(result.ok, true);
  assert.deepEqual(result.dropped, []);
  assert.deepEqual(result.state, state);
});

test('the export matches the fixture file exactly (deterministic, in page order)', () => {
  assert.equal(exportJson(data, state), `${JSON.stringify(JSON.parse(fixtureText('export-current.json')), null, 2)}\n`);
});

test('file names carry toolkit, organisation and date', () => {
  assert.equal(exportFileName(data, state, 'json'), 'self-assessment-anti-discrimination-ghent-city-administration-2026-11-25.json');
  const unsaved = emptyState(data);
  assert.equal(exportFileName(data, unsaved, 'csv'), 'self-assessment-anti-discrimination-undated.csv');
  const accented = { ...unsaved, saved: '2026-02-03T04:05:06.000Z', header: { ...unsaved.header, organisation: 'Göteborg / Zürich' } };
  assert.equal(exportFileName(data, accented, 'csv'), 'self-assessment-anti-discrimination-goteborg-zurich-2026-02-03.csv');
});

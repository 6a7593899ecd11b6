import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readImport, describeCounts } from '../../overrides/assets/javascripts/assessment/importer.js';
import { loadData, fixtureText } from './helpers.js';

const data = loadData();

test('imports a current export completely, with nothing dropped', () => {
  const result = readImport(fixtureText('export-current.json'), data);
  assert.equal(result.ok, true);
  assert.deepEqual(result.dropped, []);
  assert.deepEqual(result.notes, []);
  assert.deepEqual(result.state.key_factors.leadership.answers.q3, { text: 'Partly: Press releases only' });
  assert.equal(result.state.header.organisation, 'Ghent, city administration');
  assert.deepEqual(result.state.key_factors['data-collection'].answers.q1, { answer: 'yes', note: 'Yearly, since 2015' });
  assert.equal(result.state.key_factors.leadership.judgement, 'in-place');
  assert.deepEqual(result.state.context_factors, { c1: { applies: true, note: 'No data on ethnicity by law' } });
  assert.equal(result.state.saved, '2026-11-25T10:00:00.000Z');
  assert.equal(result.state.key_factors['data-collection'].title, undefined, 'review-only fields are not kept');
  assert.equal(describeCounts(result), '5 answers to guide questions, 2 key factor judgements and 1 context factor');
});

test('malformed input is rejected with a message and no state', () => {
  for (const text of ['', 'not json', '{"format": "integrating-cities', '[]', 'null', '42']) {
    const result = readImport(text, data);
    assert.equal(result.ok, false, text);
    assert.equal(result.state, undefined);
    assert.match(result.error, /Nothing was changed\.$/);
  }
  assert.match(readImport('not json', data).error, /not valid JSON/);
  assert.match(readImport('{"format": "something-else"}', data).error, /not a self-assessment/);
});

test('a file for another toolkit is rejected, naming both toolkits', () => {
  const result = readImport(fixtureText('export-other-toolkit.json'), data);
  assert.equal(result.ok, false);
  assert.match(result.error, /"Labour-market partnerships" \(labour-market-partnerships\)/);
  assert.match(result.error, /"Anti-discrimination strategies for the local job market" \(anti-discrimination\)/);
});

test('a file from a newer format version is rejected; a missing version too', () => {
  const file = JSON.parse(fixtureText('export-current.json'));
  const newer = readImport(JSON.stringify({ ...file, version: 3 }), data);
  assert.equal(newer.ok, false);
  assert.match(newer.error, /newer version .*format version 3.*reads format version 2/);
  const { version: _dropped, ...withoutVersion } = file;
  assert.match(readImport(JSON.stringify(withoutVersion), data).error, /no valid format version/);
});

test('an export made before open questions (format version 1) still imports, its answers kept', () => {
  const result = readImport(fixtureText('export-version-1.json'), data);
  assert.equal(result.ok, true);
  assert.deepEqual(result.dropped, []);
  const current = readImport(fixtureText('export-current.json'), data).state;
  assert.deepEqual(result.state, current);
  assert.equal(result.state.version, 2);
  assert.ok(result.notes.includes('The file was converted from format version 1 to 2.'));
  assert.ok(result.notes.some((line) => /question 3 now takes a written answer; the earlier answer is kept as "Partly: Press releases only"/.test(line)));
});

test('an open question answered Yes / Partly / No in a current file is reported, not kept', () => {
  const file = JSON.parse(fixtureText('export-current.json'));
  file.key_factors.leadership.answers.q3 = { answer: 'yes', note: '' };
  const result = readImport(JSON.stringify(file), data);
  assert.equal(result.state.key_factors.leadership.answers.q3, undefined);
  assert.match(result.dropped.join('\n'), /question 3: this open question takes a written answer/);
});

test('older content: known answers kept, removed key factor, question and context factor reported', () => {
  const result = readImport(fixtureText('export-older-content.json'), data);
  assert.equal(result.ok, true);
  assert.deepEqual(result.state.key_factors, {
    'data-collection': { answers: { q1: { answer: 'yes', note: '' } }, judgement: 'in-place', note: '' },
  });
  assert.deepEqual(result.state.context_factors, { c1: { applies: true, note: '' } });
  assert.equal(result.state.header.organisation, 'Riga');
  assert.equal(result.state.content_version, '3f2a9c1e', 'the imported state belongs to the current content');
  assert.equal(result.dropped.length, 3);
  assert.match(result.dropped.find((line) => line.includes('monitoring-and-evaluation')),
    /"Monitoring and evaluation" \(monitoring-and-evaluation\) is not in the current version.*2 answers/);
  assert.ok(result.dropped.some((line) => /Data collection: guide question q9 is not in the current version/.test(line)));
  assert.ok(result.dropped.some((line) => /"City resources" \(c5\)/.test(line)));
  assert.ok(result.notes.some((line) => /content has changed .*0a1b2c3d.*3f2a9c1e/.test(line)));
  assert.ok(result.notes.some((line) => /Data collection, question 1: the wording of the question has changed/.test(line)));
});

test('invalid values are reported and the valid parts of the same entry kept', () => {
  const file = JSON.parse(fixtureText('export-current.json'));
  file.header.date = '25 November';
  file.header.mood = 'good';
  file.key_factors['data-collection'].answers.q1 = { answer: 'maybe', note: 'Keep this note' };
  file.key_factors['data-collection'].judgement = 'sort of';
  file.key_factors.leadership.answers.q2 = 'yes';
  file.context_factors.c2 = { applies: 'yes', note: 7 };
  const result = readImport(JSON.stringify(file), data);
  assert.equal(result.ok, true);
  const dc = result.state.key_factors['data-collection'];
  assert.deepEqual(dc.answers.q1, { note: 'Keep this note' });
  assert.equal(dc.judgement, 'not-assessed');
  assert.equal(dc.answers.q2.answer, 'partly');
  assert.equal(result.state.header.date, '');
  assert.equal(result.state.header.organisation, 'Ghent, city administration');
  assert.equal(result.state.context_factors.c2, undefined);
  const text = result.dropped.join('\n');
  assert.match(text, /"25 November" is not a date in the form YYYY-MM-DD/);
  assert.match(text, /detail "mood" is not known/);
  assert.match(text, /Data collection, question 1: the answer "maybe" is not one of Yes, Partly, No, Don't know/);
  assert.match(text, /Data collection: the judgement "sort of" is not one of In place/);
  assert.match(text, /question 2: the answer is not in the expected form/);
  assert.match(text, /"applies" is not true or false/);
  assert.match(text, /the note is not text/);
});

test('a removed key factor with only a judgement is reported without "0 answers"', () => {
  const file = JSON.parse(fixtureText('export-current.json'));
  file.key_factors.gone = { judgement: 'partly', note: '' };
  const result = readImport(JSON.stringify(file), data);
  assert.deepEqual(result.dropped, ['The key factor "gone" is not in the current version of this toolkit, so its judgement and note were not imported.']);
});

test('what is kept never depends on the order of the file', () => {
  const file = JSON.parse(fixtureText('export-current.json'));
  const reversed = { ...file, key_factors: Object.fromEntries(Object.entries(file.key_factors).reverse()) };
  const result = readImport(JSON.stringify(reversed), data);
  assert.deepEqual(Object.keys(result.state.key_factors), ['data-collection', 'leadership']);
});

test('a whole section in the wrong form is reported, not fatal', () => {
  const file = JSON.parse(fixtureText('export-current.json'));
  file.key_factors = ['yes', 'no'];
  const result = readImport(JSON.stringify(file), data);
  assert.equal(result.ok, true);
  assert.deepEqual(result.state.key_factors, {});
  assert.match(result.dropped[0], /answers to the key factors are not in the expected form/);
  assert.equal(result.state.context_factors.c1.applies, true);
});

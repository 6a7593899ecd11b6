import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, toCsv, assessmentCsv, assessmentRows, CSV_COLUMNS } from '../../overrides/assets/javascripts/assessment/csv.js';
import { readImport } from '../../overrides/assets/javascripts/assessment/importer.js';
import { emptyState } from '../../overrides/assets/javascripts/assessment/state.js';
import { loadData, fixtureText } from './helpers.js';

const data = loadData();

// A minimal RFC 4180 reader, to check that what we write reads back to the same cells.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; }
    else if (char === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += char;
  }
  return rows;
}

test('quotes fields with commas, quotes and line breaks, and doubles inner quotes', () => {
  assert.equal(csvField('plain text'), 'plain text');
  assert.equal(csvField('Ghent, Belgium'), '"Ghent, Belgium"');
  assert.equal(csvField('the "welcome" desk'), '"the ""welcome"" desk"');
  assert.equal(csvField('line one\nline two'), '"line one\nline two"');
  assert.equal(csvField('cr\r\nlf'), '"cr\r\nlf"');
  assert.equal(csvField(undefined), '');
});

test('neutralises cells that a spreadsheet would run as a formula', () => {
  assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvField('+1'), "'+1");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField('- a bullet point'), "'- a bullet point");
  assert.equal(csvField('\tcmd'), "'\tcmd");
  assert.equal(csvField('\r=1'), '"\'\r=1"');
  assert.equal(csvField('a = b'), 'a = b');
});

test('writes a header row and "\\n" line ends, ending with a newline', () => {
  const text = toCsv([['a', 'b']]);
  assert.equal(text, 'kind,key_factor,key_factor_title,item,question_or_factor,answer,note\na,b\n');
});

test('one row per header field, guide question, judgement and context factor', () => {
  const state = readImport(fixtureText('export-current.json'), data).state;
  const rows = assessmentRows(data, state);
  const kinds = rows.map((row) => row[0]);
  assert.equal(kinds.filter((kind) => kind === 'header').length, 3);
  assert.equal(kinds.filter((kind) => kind === 'question').length, 9);
  assert.equal(kinds.filter((kind) => kind === 'judgement').length, 3);
  assert.equal(kinds.filter((kind) => kind === 'context').length, 2);
  assert.deepEqual(kinds.slice(0, 3), ['header', 'header', 'header'], 'header fields come first');
  assert.deepEqual(rows[0], ['header', '', '', 'organisation', 'City or organisation', 'Ghent, city administration', '']);
  const q1 = rows.find((row) => row[0] === 'question' && row[1] === 'data-collection' && row[3] === 'q1');
  assert.deepEqual(q1.slice(5), ['Yes', 'Yearly, since 2015']);
  const q2 = rows.find((row) => row[0] === 'question' && row[1] === 'data-collection' && row[3] === 'q2');
  assert.match(q2[4], /specifically on: anti-discrimination and access to justice; the benefits of diversity$/);
  const judgement = rows.find((row) => row[0] === 'judgement' && row[1] === 'data-collection');
  assert.deepEqual(judgement.slice(4), ['Overall judgement', 'Partly in place', 'Good data, little use of it.']);
  const unanswered = rows.find((row) => row[0] === 'question' && row[1] === 'partnerships');
  assert.equal(unanswered[5], '');
  assert.deepEqual(rows.find((row) => row[3] === 'c1').slice(4), ['Data availability', 'Applies', 'No data on ethnicity by law']);
});

test('the CSV text reads back to the same cells, titles with quotes included', () => {
  const state = readImport(fixtureText('export-current.json'), data).state;
  const text = assessmentCsv(data, state);
  const parsed = parseCsv(text);
  assert.deepEqual(parsed[0], [...CSV_COLUMNS]);
  assert.deepEqual(parsed.slice(1), assessmentRows(data, state));
  assert.ok(text.includes('"Leadership and ""political"" commitment"'));
});

test('an empty assessment still lists every question, with empty answers', () => {
  const rows = assessmentRows(data, emptyState(data));
  assert.equal(rows.length, 3 + 10 + 3 + 2);
  assert.ok(rows.filter((row) => row[0].endsWith('question')).every((row) => row[5] === '' && row[6] === ''));
  assert.ok(rows.filter((row) => row[0] === 'judgement').every((row) => row[5] === 'Not assessed'));
});

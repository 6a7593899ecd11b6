import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readData, readPeerFile, findKeyFactor } from '../../overrides/assets/javascripts/assessment/data.js';
import { fixtureText } from './helpers.js';

test('reads the DATA sample and keeps the key factor order', () => {
  const result = readData(fixtureText('data.json'));
  assert.equal(result.ok, true);
  assert.deepEqual(result.data.key_factors.map((kf) => kf.slug), ['data-collection', 'leadership', 'partnerships']);
  assert.equal(result.data.context_factors.length, 2);
  assert.equal(findKeyFactor(result.data, 'leadership').guide_questions.length, 3);
  assert.deepEqual(findKeyFactor(result.data, 'leadership').guide_questions.map((q) => q.open), [false, false, true]);
});

test('fills in optional lists and ids so the UI need not guard against them', () => {
  const text = JSON.stringify({
    format: 2,
    toolkit: { slug: 't' },
    key_factors: [{ slug: 'k', guide_questions: [{ text: 'Q?' }] }],
  });
  const { data } = readData(text);
  const kf = data.key_factors[0];
  assert.equal(kf.title, 'k');
  assert.deepEqual(kf.examples, []);
  assert.deepEqual(kf.related, []);
  assert.deepEqual(kf.guide_questions[0], { id: 'q1', text: 'Q?', items: [], open: false });
  assert.deepEqual(data.context_factors, []);
});

test('rejects page data that is not JSON or not format 1', () => {
  assert.equal(readData('{oops').ok, false);
  assert.match(readData('{"format": 1, "toolkit": {"slug": "t"}, "key_factors": []}').error, /format 2/);
  assert.match(readData('{"format": 2, "key_factors": []}').error, /no toolkit/);
});

test('keeps related key factors as references and the addresses of the shared files', () => {
  const text = JSON.stringify({
    format: 2,
    toolkit: { slug: 't' },
    key_factors: [{ slug: 'k', related: ['other/known', 'not a reference', 42] }],
    peer_files: { other: '../../other/key-factors.json', broken: 7 },
  });
  const { data } = readData(text);
  assert.deepEqual(data.key_factors[0].related, ['other/known']);
  assert.deepEqual(data.peer_files, { other: '../../other/key-factors.json' });
});

test('a shared key-factor file gives addresses relative to the file, made absolute', () => {
  const fileUrl = 'http://127.0.0.1/site/toolkits/other/key-factors.json';
  const text = JSON.stringify({
    format: 1,
    toolkit: { slug: 'other', short_title: 'Other toolkit' },
    key_factors: { known: { label: 'Known', url: 'known/', examples: [{ city: 'riga', city_name: 'Riga', url: 'known/#riga' }, 'junk'] } },
  });
  const result = readPeerFile(text, fileUrl);
  assert.equal(result.ok, true);
  assert.deepEqual(result.keyFactors.known, {
    toolkit: 'other', toolkit_title: 'Other toolkit', slug: 'known', label: 'Known',
    url: 'http://127.0.0.1/site/toolkits/other/known/',
    examples: [{ city: 'riga', city_name: 'Riga', url: 'http://127.0.0.1/site/toolkits/other/known/#riga' }],
  });
  assert.equal(readPeerFile('{', fileUrl).ok, false);
  assert.equal(readPeerFile('{"format": 2, "toolkit": {"slug": "x"}, "key_factors": {}}', fileUrl).ok, false);
});

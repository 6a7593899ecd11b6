import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readData, findKeyFactor } from '../../overrides/assets/javascripts/assessment/data.js';
import { fixtureText } from './helpers.js';

test('reads the DATA sample and keeps the key factor order', () => {
  const result = readData(fixtureText('data.json'));
  assert.equal(result.ok, true);
  assert.deepEqual(result.data.key_factors.map((kf) => kf.slug), ['data-collection', 'leadership', 'partnerships']);
  assert.equal(result.data.context_factors.length, 2);
  assert.equal(findKeyFactor(result.data, 'leadership').guide_questions.length, 2);
});

test('fills in optional lists and ids so the UI need not guard against them', () => {
  const text = JSON.stringify({
    format: 1,
    toolkit: { slug: 't' },
    key_factors: [{ slug: 'k', guide_questions: [{ text: 'Q?' }] }],
  });
  const { data } = readData(text);
  const kf = data.key_factors[0];
  assert.equal(kf.title, 'k');
  assert.deepEqual(kf.examples, []);
  assert.deepEqual(kf.related, []);
  assert.deepEqual(kf.guide_questions[0], { id: 'q1', text: 'Q?', items: [] });
  assert.deepEqual(data.context_factors, []);
});

test('rejects page data that is not JSON or not format 1', () => {
  assert.equal(readData('{oops').ok, false);
  assert.match(readData('{"format": 2, "toolkit": {"slug": "t"}, "key_factors": []}').error, /format 1/);
  assert.match(readData('{"format": 1, "key_factors": []}').error, /no toolkit/);
});

test('resolves related key factors by reference and leaves out unknown ones', () => {
  const text = JSON.stringify({
    format: 1,
    toolkit: { slug: 't' },
    key_factors: [{ slug: 'k', related: ['other/known', 'other/gone'] }],
    related_key_factors: { 'other/known': { slug: 'known', label: 'Known', url: '../../other/known/' } },
  });
  const [kf] = readData(text).data.key_factors;
  assert.deepEqual(kf.related.map((related) => related.label), ['Known']);
  assert.deepEqual(kf.related[0].examples, []);
});

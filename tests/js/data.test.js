import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readData, readThemeFile, findKeyFactor } from '../../overrides/assets/javascripts/assessment/data.js';
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
  assert.deepEqual(kf.themes, []);
  assert.deepEqual(kf.guide_questions[0], { id: 'q1', text: 'Q?', items: [], open: false });
  assert.deepEqual(data.context_factors, []);
});

test('rejects page data that is not JSON or not format 1', () => {
  assert.equal(readData('{oops').ok, false);
  assert.match(readData('{"format": 1, "toolkit": {"slug": "t"}, "key_factors": []}').error, /format 2/);
  assert.match(readData('{"format": 2, "key_factors": []}').error, /no toolkit/);
});

test('keeps the themes of each key factor and the addresses of the theme files', () => {
  const text = JSON.stringify({
    format: 2,
    toolkit: { slug: 't' },
    key_factors: [{ slug: 'k', themes: ['procurement', 42] }],
    theme_files: { procurement: '../../../themes/procurement/key-factors.json', broken: 7 },
  });
  const { data } = readData(text);
  assert.deepEqual(data.key_factors[0].themes, ['procurement']);
  assert.deepEqual(data.theme_files, { procurement: '../../../themes/procurement/key-factors.json' });
});

test('a theme file gives addresses relative to the file, made absolute', () => {
  const fileUrl = 'http://127.0.0.1/site/themes/procurement/key-factors.json';
  const text = JSON.stringify({
    format: 1,
    theme: { slug: 'procurement', name: 'Procurement', url: './' },
    key_factors: [
      { toolkit: 'other', toolkit_title: 'Other toolkit', slug: 'known', label: 'Known', url: '../../toolkits/other/known/',
        examples: [{ city: 'riga', city_name: 'Riga', url: '../../toolkits/other/known/#riga' }, 'junk'] },
      { label: 'no toolkit or slug' },
    ],
  });
  const result = readThemeFile(text, fileUrl);
  assert.equal(result.ok, true);
  assert.equal(result.theme.url, 'http://127.0.0.1/site/themes/procurement/');
  assert.deepEqual(result.theme.keyFactors, [{
    toolkit: 'other', toolkit_title: 'Other toolkit', slug: 'known', label: 'Known',
    url: 'http://127.0.0.1/site/toolkits/other/known/',
    examples: [{ city: 'riga', city_name: 'Riga', url: 'http://127.0.0.1/site/toolkits/other/known/#riga' }],
  }]);
  assert.equal(readThemeFile('{', fileUrl).ok, false);
  assert.equal(readThemeFile('{"format": 2, "theme": {"slug": "x"}, "key_factors": []}', fileUrl).ok, false);
});

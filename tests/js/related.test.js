import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatedByTheme } from '../../overrides/assets/javascripts/assessment/related.js';

const kf = (toolkit, slug) => ({ toolkit, slug, label: slug, examples: [] });
const theme = (slug, keyFactors) => ({ slug, name: slug, url: `/themes/${slug}/`, keyFactors });

test('key factors of other toolkits, by theme, a few per theme, each once', () => {
  const themes = [
    theme('data', [kf('mine', 'a'), kf('b', 'one'), kf('c', 'two'), kf('d', 'three')]),
    theme('procurement', [kf('c', 'two'), kf('e', 'four')]),
    theme('only-mine', [kf('mine', 'a')]),
  ];
  const groups = relatedByTheme(themes, 'mine', 2);
  assert.deepEqual(groups.map((group) => [group.theme.slug, group.shown.map((k) => k.slug), group.more]),
    [['data', ['one', 'two'], 1], ['procurement', ['four'], 0]]);
});

test('however large a theme, a group shows at most the limit', () => {
  const many = Array.from({ length: 500 }, (_, index) => kf(`t${index}`, 'k'));
  const [group] = relatedByTheme([theme('big', many)], 'mine');
  assert.equal(group.shown.length, 4);
  assert.equal(group.more, 496);
});

// "Where to look for inspiration": for each key factor not (fully) in place, the examples of
// other cities for it and the key factors of other toolkits that share one of its themes, with
// their examples, a few per theme. Those come from the themes' shared files, fetched when first
// shown, so the page does not carry the whole library.

import { el, append } from '../dom.js';
import { judgementLabel } from '../labels.js';
import { needsInspiration } from '../scoring.js';
import { loadThemes } from '../theme-files.js';
import { relatedByTheme } from '../related.js';
import { plural } from '../format.js';

function cityLink(example) {
  const name = example.city_name || example.city;
  return [el('a', { href: example.url }, name), example.country ? ` (${example.country})` : ''];
}

function cityList(examples) {
  return el('ul', { class: 'ic-examples' }, examples.map((example) => el('li', {}, cityLink(example))));
}

function relatedItem(related) {
  const examples = related.examples.length
    ? [' \u2013 examples: ', related.examples.map((example, index) => [index ? ', ' : '', cityLink(example)])]
    : '';
  return el('li', {}, el('a', { href: related.url }, related.label), ` in the toolkit ${related.toolkit_title || related.toolkit}`, examples);
}

function themeGroup({ theme, shown, more }) {
  return el('div', { class: 'ic-related-theme', 'data-theme': theme.slug },
    el('p', {}, 'Sharing the theme ', el('a', { href: theme.url }, theme.name), ':'),
    el('ul', { class: 'ic-related' }, shown.map(relatedItem)),
    more ? el('p', { class: 'ic-related-more' }, el('a', { href: theme.url }, `${plural(more, 'more key factor')} on the page of the theme ${theme.name}`)) : null);
}

function relatedSection(data, kf) {
  const section = el('div', { class: 'ic-related-area', 'aria-busy': 'true' },
    el('p', {}, 'Looking up related key factors in other toolkits\u2026'));
  loadThemes(data, kf.themes, document.baseURI).then(({ themes, failed }) => {
    const groups = relatedByTheme(themes, data.toolkit.slug);
    const problem = failed ? el('p', { class: 'ic-hint' }, 'Some related key factors in other toolkits could not be loaded (is the connection down?). They are tried again at the next change.') : null;
    section.replaceChildren();
    append(section, [
      groups.length ? [el('p', {}, 'Related key factors in other toolkits:'), groups.map(themeGroup)] : null,
      problem]);
    section.removeAttribute('aria-busy');
  });
  return section;
}

function inspirationFor(data, kf, summary) {
  const reason = summary.judgement === 'not-assessed' ? 'not assessed yet, some guide questions answered No' : judgementLabel(summary.judgement).toLowerCase();
  return el('section', { class: 'ic-inspiration-item', 'data-kf': kf.slug },
    el('h4', {}, kf.title, el('span', { class: 'ic-inspiration-reason' }, ` (${reason})`)),
    kf.examples.length
      ? [el('p', {}, 'Examples from other cities:'), cityList(kf.examples)]
      : el('p', {}, 'No city examples are listed for this key factor.'),
    kf.themes.length ? relatedSection(data, kf) : null,
    kf.url ? el('p', {}, el('a', { href: kf.url }, `All about ${kf.title}`)) : null);
}

export function renderInspiration(data, summaries) {
  const wanted = data.key_factors
    .map((kf, index) => ({ kf, summary: summaries[index] }))
    .filter(({ summary }) => needsInspiration(summary));
  return el('section', { id: 'ic-inspiration', class: 'ic-inspiration', 'aria-labelledby': 'ic-inspiration-heading' },
    el('h3', { id: 'ic-inspiration-heading' }, 'Where to look for inspiration'),
    wanted.length
      ? wanted.map(({ kf, summary }) => inspirationFor(data, kf, summary))
      : el('p', {}, 'Examples from other cities appear here for key factors judged partly in place or not in place, and for key factors not judged yet where a guide question was answered No.'));
}

// What a query asks for and how a result's text is shown: pure functions,
// tested with Node (tests/js/search-query.test.js).

// English words that say nothing about a practice. Dropped from a query unless
// it holds nothing else, so "how do we get employers to hire refugees?" asks
// for employers, hire and refugees.
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because
been before being below between both but by can could did do does doing down during each few for from
further get gets getting had has have having he her here hers herself him himself his how i if in into is
it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves us make makes made help helps want city cities
let lets may might must shall also way ways whether`.split(/\s+/),
);

// The filters a search can carry in its address, in the order the page shows them.
export const FILTERS = ['toolkit', 'theme', 'city', 'country', 'kind'];

// Filters as Pagefind takes them: any of the chosen values within a filter.
export function pagefindFilters(filters) {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.length)
      .map(([k, v]) => [k, { any: v }]),
  );
}

const WORD = /[\p{L}\p{N}]+/gu;

export function words(text) {
  return text.toLowerCase().normalize('NFC').match(WORD) ?? [];
}

// The words of a query that narrow it: no stop words and no words of two
// letters (unless that leaves nothing), no single letters, each once. A word
// of two letters being typed would match the start of thousands of words.
export function terms(query) {
  const all = words(query).filter((word) => word.length > 1);
  const kept = all.filter((word) => word.length > 2 && !STOP_WORDS.has(word));
  return [...new Set(kept.length ? kept : all)];
}

// The start of a word that its other forms share: "procurements" and
// "procuring" both begin with "procur".
export function stem(term) {
  const cut = term.replace(/(?:ations?|itions?|ions?|ings?|ers?|ies|es|ed|s|e|y)$/u, '');
  return cut.length >= 3 ? cut : term;
}

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each term in any of its forms: a word by its stem, a phrase ("task force",
// "anti-rumour") word by word, spaced or hyphenated, its last word by its stem.
// A term with no word in it (a dash) matches nothing.
export function matcher(queryTerms) {
  const phrases = queryTerms.map(words).filter((parts) => parts.length);
  const forms = [
    ...new Set(phrases.map((parts) => [...parts.slice(0, -1), stem(parts.at(-1))].map(escaped).join('[\\s\\-]+'))),
  ].sort((a, b) => b.length - a.length);
  if (!forms.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

// The words to mark in a result: the query's own and the other terms of
// their synonym groups (content/synonyms.yaml, as the search page carries
// them), by which the result may have been found instead: "tender" marks
// "procurement" too. A group counts when the query holds every word of one
// of its terms.
export function markedTerms(queryTerms, groups) {
  const asked = new Set(queryTerms.map(stem));
  const holds = (parts) => parts.length > 0 && parts.every((word) => asked.has(stem(word)));
  const used = groups.filter((group) => group.some((term) => holds(words(term))));
  return [...new Set([...queryTerms, ...used.flat().map((term) => term.toLowerCase())])];
}

// What a result shows of its text: its first ``meta.words`` words in what
// Pagefind holds of it, where its own text comes first and the words it is
// found by but does not show follow (search_index.record_html).
export function shownText(data) {
  return data.content.trim().split(/\s+/).slice(0, Number(data.meta.words)).join(' ');
}

// A window of the text around the query's words: [{text, mark}] pieces, with
// the window placed where it holds the most different query words.
export function excerpt(text, queryTerms, size = 28) {
  const tokens = text.split(/(\s+)/);
  const wordsAt = tokens.map((t, i) => i).filter((i) => tokens[i].trim());
  const pattern = matcher(queryTerms);
  const hits = pattern ? wordsAt.map((i) => (tokens[i].match(pattern) ?? [''])[0].toLowerCase()) : [];
  let start = 0;
  let bestScore = -1;
  for (let w = 0; w < wordsAt.length && hits.length; w++) {
    if (!hits[w]) continue;
    const from = Math.max(0, w - 6);
    const seen = new Set(
      hits
        .slice(from, from + size)
        .filter(Boolean)
        .map(stem),
    );
    if (seen.size > bestScore) {
      bestScore = seen.size;
      start = from;
    }
  }
  const chosen = wordsAt.slice(start, start + size);
  if (!chosen.length) return [];
  const pieces = [];
  if (start > 0) pieces.push({ text: '… ', mark: false });
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  for (const part of tokens
    .slice(first, last + 1)
    .join('')
    .split(pattern ? new RegExp(`(${pattern.source})`, 'giu') : /(?!)/)) {
    if (part) pieces.push({ text: part, mark: Boolean(pattern) && new RegExp(`^${pattern.source}$`, 'iu').test(part) });
  }
  if (start + size < wordsAt.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}

// The search's state from an address's query string, and back.
export function readState(queryString) {
  const params = new URLSearchParams(queryString);
  const filters = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { q: params.get('q') ?? '', filters };
}

export function writeState({ q, filters }) {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const name of FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

// How many pairs of the query's words a text holds close together (within
// five words): "procurement contracts with a clause" answers "procurement
// clause" better than a page that uses the two words apart.
export function closeness(text, queryTerms, reach = 5) {
  const stems = [...new Set(queryTerms.map(stem))];
  if (stems.length < 2) return 0;
  const at = new Map(stems.map((s) => [s, []]));
  words(text).forEach((word, i) => {
    for (const s of stems) if (word.startsWith(s)) at.get(s).push(i);
  });
  let pairs = 0;
  for (let a = 0; a < stems.length; a++) {
    for (let b = a + 1; b < stems.length; b++) {
      const near = at.get(stems[a]).some((i) => at.get(stems[b]).some((j) => Math.abs(i - j) <= reach));
      if (near) pairs++;
    }
  }
  return pairs;
}

// Whether a result answers a query by itself: an example (who did what), a
// city's page, or a page whose title names every word of the query. Other
// pages gather examples (a theme, a key factor, a toolkit) or describe the
// library; they match a query through their many words or synonyms, and come
// after the examples unless the query names them.
export function answersByItself(meta, queryTerms) {
  if (meta.kind === 'example' || meta.kind === 'city') return true;
  const title = words(meta.label ?? '');
  return queryTerms.every((term) => title.some((word) => word.startsWith(stem(term))));
}

// How well a search's best results match it: the sum of Pagefind's scores of
// its first few. A telling word matched scores more than a common one, so
// widening keeps "mentoring" from "mentoring programme", not "programme".
export function strength(results, few = 3) {
  return results.slice(0, few).reduce((sum, result) => sum + result.score, 0);
}

// Of the searches with one word of a query dropped ({rest, found}), the one
// whose results not yet ``seen`` match best (Pagefind's scores, strength): a
// search that brings nothing new widens nothing. The last wins a tie, so the
// rarest word is kept (a query's words come rarest first).
export function bestWidening(tries, seen) {
  const fresh = (t) => strength(t.found.results.filter((r) => !seen.has(r.id)));
  return tries.reduce((a, b) => (fresh(b) >= fresh(a) ? b : a));
}

// When no search with one word fewer finds anything new, dropping the
// commonest word next is blind: it can end on two rare words that no text
// uses together. The words to keep are those of the result, not yet ``seen``,
// that holds most of them, each word counted by its ``rarity`` (then the best
// scored), found by searching each word ``alone``: no search between finds
// more, as no result holds more of the words. Null when no word alone finds
// anything new.
export function mostHeld(words, alone, seen, rarity) {
  const better = (a, b) => a.worth - b.worth || a.score - b.score;
  const best = heldBy(words, alone, seen, rarity).reduce((a, b) => (a && better(a, b) >= 0 ? a : b), null);
  return best && best.places.map((i) => words[i]);
}

// Each result not yet ``seen`` that some words find ``alone``: which words
// (their places), their worth (the sum of their ``rarity``) and Pagefind's scores.
function heldBy(words, alone, seen, rarity) {
  const held = new Map();
  alone.forEach((found, i) => {
    for (const result of found.results) {
      if (seen.has(result.id)) continue;
      const entry = held.get(result.id) ?? { result, places: [], worth: 0, score: 0 };
      entry.places.push(i);
      entry.worth += rarity[words[i]];
      entry.score += result.score;
      held.set(result.id, entry);
    }
  });
  return [...held.values()];
}

// The results, not yet ``seen``, that one or more of the query's words find
// alone (``alone``: each word's search), most telling first: each counted by
// the ``rarity`` of the words it holds, then by Pagefind's scores. A widened
// search that ends with few results lists these after them, as an any-word
// search would: a practitioner's own words (a paraphrase) often share only
// one word with the example that answers them, and not the word that widening keeps.
export function partialMatches(words, alone, seen, rarity) {
  const held = heldBy(words, alone, seen, rarity);
  return held.sort((a, b) => b.worth - a.worth || b.score - a.score).map((entry) => entry.result);
}

// The results of a widened search, each once, level by level ({chosen,
// others}: the searches with one more word dropped): the chosen search's,
// then those of the others whose words hold every word ``kept`` at the last
// level, best first. So a result that matches more of the query comes before
// one that matches fewer, and every result is among the last level's, whose
// filter counts are the counts of them all.
export function gathered(levels, kept) {
  const ids = new Set();
  const results = [];
  const byStrength = (a, b) => strength(b.found.results) - strength(a.found.results);
  for (const { chosen, others } of levels) {
    const holding = others.filter((t) => kept.every((word) => t.rest.includes(word))).sort(byStrength);
    for (const r of [chosen, ...holding].flatMap((t) => t.found.results)) {
      if (!ids.has(r.id)) {
        ids.add(r.id);
        results.push(r);
      }
    }
  }
  return results;
}

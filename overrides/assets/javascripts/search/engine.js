// Pagefind, asked the way practitioners search: every word of the query if
// that finds enough, then fewer words, dropping the least telling first, so a long
// question returns what matches most of it; a misspelt word is corrected from
// the library's own vocabulary. Only the index chunks a query needs are fetched.
import { interpret } from './meaning.js';
import {
  answersByItself,
  bestWidening,
  closeness,
  gathered,
  mostHeld,
  pagefindFilters,
  partialMatches,
  shownText,
} from './query.js';
import { counting } from './counts.js';
import { loadCounter, loadPagefind, loadVocabulary } from './files.js';

// Below this many results, a query is widened by dropping its commonest word.
const ENOUGH = 10;
// The first results are read and reordered by how close together they use the query's words.
export const FIRST = 10;

// A Map keeps its keys in the order they were set: the oldest goes first.
function keepLatest(map, size) {
  if (map.size > size) map.delete(map.keys().next().value);
}

// A result's data, with the text it shows.
export async function readResult(result) {
  const data = await result.data();
  return { ...data, text: shownText(data) };
}

export function createEngine() {
  function load() {
    loadVocabulary(); // fetched beside the index, so that a first query does not wait for it in turn
    return loadPagefind();
  }

  // The latest searches, by their words and filters: a keystroke that leaves
  // them as they were (a space, a stop word) shows its results at once.
  const recent = new Map();
  const RECENT = 20;

  // A search is dropped at its next step once ``isCurrent`` says typing has
  // replaced it (it then returns null), so stale searches do not queue up.
  async function search(query, filters = {}, isCurrent = () => true) {
    const [pf, words] = await Promise.all([load(), loadVocabulary()]);
    const meaning = interpret(query, words);
    const key = JSON.stringify([meaning.asked.length ? meaning.words : null, filters]);
    const shared = recent.get(key); // looked up before any await, so that two askers share one search
    let answer = shared && (await shared);
    if (!answer) {
      // A search under way is shared with whoever asks the same meanwhile (the
      // search page asks its address's query before the page is drawn).
      const asked = find(pf, meaning, filters, isCurrent);
      recent.set(key, asked);
      answer = await asked;
      if (!answer) {
        if (recent.get(key) === asked) recent.delete(key);
        return null;
      }
      keepLatest(recent, RECENT);
    }
    return { ...meaning, ...answer };
  }

  async function find(pf, meaning, filters, isCurrent) {
    const found = await (meaning.asked.length
      ? widening(pf, meaning, filters, isCurrent)
      : browsing(pf, filters));
    return found && isCurrent() ? first(found, meaning.words) : null;
  }

  // Pagefind does not keep its answers, and widening asks the same few-word
  // searches keystroke after keystroke ("foreign recognition" for each letter
  // of "qualifications"): the latest are kept.
  const answers = new Map();
  const ANSWERS = 50;
  function ask(pf, text, options) {
    const key = JSON.stringify([text, options]);
    if (!answers.has(key)) {
      answers.set(key, pf.search(text, options));
      keepLatest(answers, ANSWERS);
    }
    return answers.get(key);
  }

  // With no query, the examples the filters select, in library order.
  async function browsing(pf, filters) {
    const options = { filters: pagefindFilters({ kind: ['Example'], ...filters }), sort: { order: 'asc' } };
    const found = await ask(pf, null, options);
    const results = found.results;
    return { results, partial: [], matchingAll: results.length, level: null, options, counts: found.filters };
  }

  async function widening(pf, { words, rarity }, filters, isCurrent) {
    const options = { filters: pagefindFilters(filters) };
    let kept = words;
    let found = await ask(pf, kept.join(' '), options);
    const matchingAll = found.results.length;
    const levels = [{ chosen: { rest: kept, found }, others: [] }];
    const seen = new Set(found.results.map((r) => r.id));
    while (seen.size < ENOUGH && kept.length > 1) {
      if (!isCurrent()) return null;
      // Drop the word whose absence brings the best-matching new results: the
      // words kept are those the library uses together, and the telling ones among them.
      const tries = await Promise.all(
        kept.map(async (_, i) => {
          const rest = kept.filter((__, j) => j !== i);
          return { rest, found: await ask(pf, rest.join(' '), options) };
        }),
      );
      let best = bestWidening(tries, seen);
      if (best.found.results.every((r) => seen.has(r.id))) {
        // Nothing new a word fewer: go to the words one unseen result holds most of.
        const alone = await Promise.all(kept.map((word) => ask(pf, word, options)));
        const rest = mostHeld(kept, alone, seen, rarity);
        if (!rest || rest.length === kept.length) break; // the second: only if Pagefind's words disagreed
        best = { rest, found: await ask(pf, rest.join(' '), options) };
      }
      levels.push({ chosen: best, others: tries.filter((t) => t !== best) });
      best.found.results.forEach((r) => seen.add(r.id));
      kept = best.rest;
      found = best.found;
    }
    const results = gathered(levels, kept);
    // The last level holds every result (each level holds the one before), so
    // its filter counts are the counts of all the results. When they are few,
    // what the other words find alone is listed apart, after them, uncounted.
    let partial = [];
    if (kept.length < words.length && results.length < ENOUGH) {
      if (!isCurrent()) return null;
      const alone = await Promise.all(words.map((word) => ask(pf, word, options)));
      partial = partialMatches(words, alone, new Set(results.map((r) => r.id)), rarity);
    }
    return { results, partial, matchingAll, level: kept.join(' '), options, counts: found.filters };
  }

  // What was found with its first results read (``first``, reordered: results
  // with every word ahead, then those that answer the query by themselves,
  // then by closeness), and the others (``rest``) to read on demand.
  async function first(found, words) {
    const read = await Promise.all(found.results.slice(0, FIRST).map(readResult));
    const ranked = read.map((data, i) => ({
      data,
      i,
      all: i < found.matchingAll,
      alone: answersByItself(data.meta, words),
      close: closeness(`${data.meta.label} ${data.text}`, words),
    }));
    ranked.sort((a, b) => b.all - a.all || b.alone - a.alone || b.close - a.close || a.i - b.i);
    // Partial matches fill the first results up to FIRST, in their own order.
    const partial = await Promise.all(found.partial.slice(0, Math.max(0, FIRST - read.length)).map(readResult));
    return { ...found, first: ranked.map((r) => r.data), partialFirst: partial, rest: found.results.slice(FIRST) };
  }

  return { load, search, ...counting(loadCounter) };
}

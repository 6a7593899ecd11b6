// What a query means to the library: its words, misspellings corrected from
// the library's own vocabulary, rarest first; pure functions, tested with Node
// (tests/js/search-query.test.js). Reading the vocabulary instead of asking
// the index word by word saves a search per word on every keystroke.
import { stem, terms } from './query.js';

// True when b is a of one letter added, dropped, changed, or two swapped.
export function withinOneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  return (
    a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  );
}

// The library's commonest word within one edit of a word of five letters or
// more that the library does not use, nor begin one with (a word being typed);
// null when there is none.
export function correction(word, vocabulary) {
  if (word.length < 5 || Object.hasOwn(vocabulary, word)) return null;
  if (Object.keys(vocabulary).some((known) => known.startsWith(word))) return null;
  let best = null;
  for (const [known, count] of Object.entries(vocabulary)) {
    // Short words are a poor guess: "halal" is not "hall".
    if (known.length < 5) continue;
    if ((best === null || count > vocabulary[best]) && withinOneEdit(word, known)) best = known;
  }
  return best;
}

// How often the library uses a word in any of its forms: the words that begin
// with its stem ("recognition" counts "recognised" and "recognize" too).
export function frequency(word, vocabulary) {
  const start = stem(word);
  let n = 0;
  for (const [known, count] of Object.entries(vocabulary)) if (known.startsWith(start)) n += count;
  return n;
}

// How many words the library holds in all, counted once per vocabulary.
const totals = new WeakMap();
function total(vocabulary) {
  if (!totals.has(vocabulary)) totals.set(vocabulary, Object.values(vocabulary).reduce((sum, n) => sum + n, 0));
  return totals.get(vocabulary);
}

// The query's words that the library uses, misspellings corrected, rarest
// first, and how telling each is (``rarity``: the log of how much rarer it is
// than the library's average word, so that a word one text uses outweighs
// two that many use); the words it does not use; and what was corrected.
export function interpret(query, vocabulary) {
  const asked = terms(query);
  if (!vocabulary) {
    // Without the vocabulary every word counts the same and none is corrected.
    const rarity = Object.fromEntries(asked.map((word) => [word, 1]));
    return { asked, words: asked, rarity, unknown: [], corrections: [] };
  }
  const found = asked.map((word) => {
    const fixed = correction(word, vocabulary);
    const used = fixed ?? word;
    return { word: used, n: frequency(used, vocabulary), from: fixed ? word : null };
  });
  const usable = found.filter((t) => t.n > 0).sort((a, b) => a.n - b.n);
  return {
    asked,
    words: usable.map((t) => t.word),
    rarity: Object.fromEntries(usable.map((t) => [t.word, Math.log(total(vocabulary) / t.n)])),
    unknown: found.filter((t) => t.n === 0).map((t) => t.word),
    corrections: found.filter((t) => t.from).map((t) => ({ from: t.from, to: t.word })),
  };
}

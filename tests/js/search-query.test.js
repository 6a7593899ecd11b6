import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  answersByItself,
  bestWidening,
  closeness,
  excerpt,
  markedTerms,
  gathered,
  mostHeld,
  pagefindFilters,
  partialMatches,
  readState,
  shownText,
  stem,
  strength,
  terms,
  writeState,
} from '../../overrides/assets/javascripts/search/query.js';
import { correction, frequency, interpret, withinOneEdit } from '../../overrides/assets/javascripts/search/meaning.js';

test('stop words do not narrow a question, unless nothing else is left', () => {
  assert.deepEqual(terms('How do we get employers to hire refugees?'), ['employers', 'hire', 'refugees']);
  assert.deepEqual(terms('How can a city measure whether integration is working?'), ['measure', 'integration', 'working']);
  assert.deepEqual(terms('anti-rumour'), ['anti', 'rumour']);
  assert.deepEqual(terms('who'), ['who']);
  assert.deepEqual(terms('recognition of fo'), ['recognition']);
  assert.deepEqual(terms('EU'), ['eu']);
});

test('one edit: a letter added, dropped, changed or two swapped', () => {
  for (const typo of ['procurment', 'procurrement', 'procurenent', 'procuremnet']) {
    assert.ok(withinOneEdit(typo, 'procurement'), typo);
  }
  assert.ok(!withinOneEdit('procrmnt', 'procurement'));
});

test("a misspelt word is corrected to the library's commonest word one edit away", () => {
  const vocabulary = { procurement: 40, procurements: 2, mentoring: 9 };
  assert.equal(correction('procurment', vocabulary), 'procurement');
  assert.equal(correction('procurement', vocabulary), null); // known
  assert.equal(correction('procure', vocabulary), null); // being typed
  assert.equal(correction('mentr', vocabulary), null); // too far
  assert.equal(correction('rumr', { rumour: 3 }), null); // under five letters
});

test('word forms share a stem', () => {
  assert.equal(stem('procurements'), stem('procurement').slice(0, stem('procurements').length));
  assert.equal(stem('recruiting'), 'recruit');
});

test('the excerpt shows the window with the most query words, marked', () => {
  const text = 'One two three. ' + 'filler '.repeat(60) + 'a non-discrimination clause in public procurement contracts';
  const pieces = excerpt(text, ['procurement', 'clause'], 12);
  const marked = pieces.filter((p) => p.mark).map((p) => p.text);
  assert.deepEqual(marked, ['clause', 'procurement']);
  assert.equal(pieces[0].text, '… ');
});

test('a result marks the synonyms of the query it was found by, phrases spaced or hyphenated', () => {
  const groups = [['procurement', 'tender', 'social clause'], ['unemployed', 'jobless', 'out of work'], ['task force', 'taskforce']];
  assert.deepEqual(markedTerms(['tender', 'rules'], groups), ['tender', 'rules', 'procurement', 'social clause']);
  assert.deepEqual(markedTerms(['jobless'], groups), ['jobless', 'unemployed', 'out of work']);
  assert.deepEqual(markedTerms(['task', 'force'], groups), ['task', 'force', 'task force', 'taskforce']);
  assert.deepEqual(markedTerms(['task'], groups), ['task'], 'one word of a phrase is not the phrase');
  assert.deepEqual(markedTerms(['clause'], groups), ['clause']);
  assert.deepEqual(markedTerms(['clause'], [['–', 'dash']]), ['clause'], 'a term of no word is no word of the query');
  const dashes = excerpt('a dash – here', markedTerms(['dash'], [['–', 'dash']])).filter((p) => p.mark);
  assert.deepEqual(dashes.map((p) => p.text), ['dash'], 'nor is it marked');
  const text = 'The contracts have a social-clause for people out of work; procurements follow.';
  const marked = excerpt(text, markedTerms(['tender', 'jobless'], groups)).filter((p) => p.mark).map((p) => p.text);
  assert.deepEqual(marked, ['social-clause', 'out of work', 'procurements']);
});

test('closeness counts pairs of query words used near each other', () => {
  assert.equal(closeness('a clause in its public procurement contracts', ['procurement', 'clause']), 1);
  assert.equal(closeness('clause ' + 'x '.repeat(20) + 'procurement', ['procurement', 'clause']), 0);
  assert.equal(closeness('procurement', ['procurement']), 0);
});

test('query and filters round-trip through the address', () => {
  const state = {
    q: 'procurement clause',
    filters: { theme: ['Data, monitoring and evaluation'], city: ['Ghent', 'Oslo'] },
  };
  const address = writeState(state);
  assert.equal(address, '?q=procurement+clause&theme=Data%2C+monitoring+and+evaluation&city=Ghent&city=Oslo');
  assert.deepEqual(readState(address), state);
  assert.deepEqual(readState(''), { q: '', filters: {} });
});

test('a correction is a word of five letters or more', () => {
  assert.equal(correction('halal', { hall: 9, halls: 1 }), null);
  assert.equal(correction('hallls', { halls: 1 }), 'halls');
});

test("a word's frequency counts every word of the library that shares its stem", () => {
  const vocabulary = { recognition: 12, recognised: 3, recognize: 1, record: 40 };
  assert.equal(frequency('recognition', vocabulary), 16);
  assert.equal(frequency('recognitions', vocabulary), 16);
  assert.equal(frequency('halal', vocabulary), 0);
});

test("a query's words come rarest first, misspellings corrected, unknown words set aside", () => {
  const vocabulary = { employers: 30, hire: 4, hiring: 2, refugees: 50, procurement: 20 };
  const meaning = interpret('How can a city get employers to hire refugees and zorbs?', vocabulary);
  assert.deepEqual(meaning.asked, ['employers', 'hire', 'refugees', 'zorbs']);
  assert.deepEqual(meaning.words, ['hire', 'employers', 'refugees']);
  assert.deepEqual(meaning.unknown, ['zorbs']);
  assert.deepEqual(meaning.corrections, []);
  // The library holds 106 words: "hire" and "hiring" (6 of them) are rarer than "employers" (30).
  assert.deepEqual(Object.keys(meaning.rarity), ['hire', 'employers', 'refugees']);
  assert.ok(Math.abs(meaning.rarity.hire - Math.log(106 / 6)) < 1e-12);
  assert.ok(meaning.rarity.hire > meaning.rarity.employers && meaning.rarity.employers > meaning.rarity.refugees);
  const fixed = interpret('procurment clause', vocabulary);
  assert.deepEqual(fixed.words, ['procurement']);
  assert.deepEqual(fixed.corrections, [{ from: 'procurment', to: 'procurement' }]);
  assert.deepEqual(fixed.unknown, ['clause']);
});

test('without the vocabulary a query asks for its words as typed, each counting the same', () => {
  const meaning = interpret('How can a city get employers to hire refugees and zorbs?', null);
  assert.deepEqual(meaning.words, ['employers', 'hire', 'refugees', 'zorbs']);
  assert.deepEqual(meaning.rarity, { employers: 1, hire: 1, refugees: 1, zorbs: 1 });
  assert.deepEqual(meaning.unknown, []);
  assert.deepEqual(interpret('procurment', null).corrections, []);
});

test('filters go to Pagefind as alternatives within each filter, empty ones left out', () => {
  assert.deepEqual(pagefindFilters({ city: ['Ghent', 'Oslo'], theme: [] }), { city: { any: ['Ghent', 'Oslo'] } });
});

test('examples and city pages answer a query; other pages only where their title names it', () => {
  const words = ['welcome', 'centre', 'newcomers'];
  assert.equal(answersByItself({ kind: 'example', label: 'Tampere · Welcome culture' }, words), true);
  assert.equal(answersByItself({ kind: 'city', label: 'Florence' }, ['firenze']), true);
  assert.equal(answersByItself({ kind: 'theme', label: 'Access to services and welcome' }, words), false);
  assert.equal(answersByItself({ kind: 'theme', label: 'Access to services and welcome' }, ['welcoming', 'services']), true);
  assert.equal(answersByItself({ kind: 'about', label: 'About · Conducting a peer review' }, ['peer', 'reviews']), true);
  assert.equal(answersByItself({ kind: 'key_factor', label: 'Procurement' }, ['procurment', 'clause']), false);
});

test('strength is the sum of the scores of the first few results, in their order', () => {
  const results = [{ score: 9 }, { score: 4 }, { score: 2 }, { score: 1 }];
  assert.equal(strength(results), 15);
  assert.equal(strength(results, 2), 13);
  assert.equal(strength([]), 0);
});

test('a result shows its own words, not those it is only found by', () => {
  const data = { content: 'Ghent welcomes newcomers. Gent Gand.', meta: { words: '3' } };
  assert.equal(shownText(data), 'Ghent welcomes newcomers.');
  assert.equal(shownText({ content: 'One  two\nthree', meta: { words: '2' } }), 'One two');
});

test('widening takes the search whose new results match best, not one that repeats what was found', () => {
  const result = (id, score) => ({ id, score });
  const repeats = { rest: ['exhibition'], found: { results: [result('a', 9)] } };
  const brings = { rest: ['immigration'], found: { results: [result('a', 9), result('b', 2), result('c', 1)] } };
  assert.equal(bestWidening([brings, repeats], new Set(['a'])), brings);
  const weaker = { rest: ['history'], found: { results: [result('b', 2), result('c', 1)] } };
  assert.equal(bestWidening([repeats, weaker], new Set()), repeats);
  assert.equal(bestWidening([repeats, weaker], new Set(['a'])), weaker);
  const tie = { rest: ['x'], found: { results: [result('d', 2), result('e', 1)] } };
  assert.equal(bestWidening([brings, tie], new Set(['a'])), tie);
});

test('when no search with a word fewer finds anything new, widening keeps the words one unseen result holds most of', () => {
  const found = (...pairs) => ({ results: pairs.map(([id, score]) => ({ id, score })) });
  const words = ['emergency', 'refugee', 'integration'];
  const even = { emergency: 1, refugee: 1, integration: 1 };
  const alone = [found(['munich', 5], ['riga', 1]), found(['munich', 2], ['athens', 9]), found(['athens', 1], ['munich', 1], ['riga', 1])];
  assert.deepEqual(mostHeld(words, alone, new Set(), even), ['emergency', 'refugee', 'integration']);
  assert.deepEqual(mostHeld(words, alone, new Set(['munich']), even), ['refugee', 'integration']);
  assert.deepEqual(mostHeld(words, alone, new Set(['munich', 'athens']), even), ['emergency', 'integration']);
  assert.equal(mostHeld(words, alone, new Set(['munich', 'athens', 'riga']), even), null);
});

test('the words one result holds are counted by how telling they are: one rare word outweighs two common ones', () => {
  const found = (...ids) => ({ results: ids.map((id) => ({ id, score: 1 })) });
  const words = ['breakfast', 'meetings', 'hiring', 'employer'];
  // Oslo's text alone holds "breakfast", and "employer"; Tampere's holds the three commoner words.
  const alone = [found('oslo'), found('tampere'), found('tampere'), found('tampere', 'oslo')];
  const even = { breakfast: 1, meetings: 1, hiring: 1, employer: 1 };
  assert.deepEqual(mostHeld(words, alone, new Set(), even), ['meetings', 'hiring', 'employer']);
  const telling = { breakfast: 6, meetings: 1.5, hiring: 1.5, employer: 1 };
  assert.deepEqual(mostHeld(words, alone, new Set(), telling), ['breakfast', 'employer']);
});

test('a widened search lists the results matching more words first, and only those of the last level', () => {
  const search = (rest, ...ids) => ({ rest, found: { results: ids.map((id, i) => ({ id, score: 10 - i })) } });
  const levels = [
    { chosen: search(['exhibition', 'history', 'immigration']), others: [] },
    {
      chosen: search(['exhibition', 'immigration'], 'commitment'),
      others: [search(['history', 'immigration'], 'nuremberg', 'commitment'), search(['exhibition', 'history'], 'other')],
    },
    { chosen: search(['immigration'], 'gdansk', 'nuremberg', 'commitment', 'vienna'), others: [search(['exhibition'])] },
  ];
  const ids = gathered(levels, ['immigration']).map((r) => r.id);
  assert.deepEqual(ids, ['commitment', 'nuremberg', 'gdansk', 'vienna']);
});

test('partial matches: the results not yet listed that some words find alone, the most telling words first', () => {
  const found = (...hits) => ({ results: hits.map(([id, score]) => ({ id, score })) });
  const words = ['resolving', 'dispute', 'residents'];
  // "resolving" is rarest, but only the key factor page (already listed) holds it.
  const alone = [
    found(['consulting-migrants', 1]),
    found(['barcelona', 2], ['conflict-page', 1]),
    found(['oslo', 3], ['barcelona', 1], ['athens', 1]),
  ];
  const rarity = { resolving: 10, dispute: 9, residents: 7 };
  const listed = partialMatches(words, alone, new Set(['consulting-migrants']), rarity).map((r) => r.id);
  // Barcelona holds two words (16), the conflict page one telling word (9), then the commonest word by score.
  assert.deepEqual(listed, ['barcelona', 'conflict-page', 'oslo', 'athens']);
  assert.deepEqual(partialMatches(words, alone, new Set(['consulting-migrants', 'barcelona', 'conflict-page', 'oslo', 'athens']), rarity), []);
});


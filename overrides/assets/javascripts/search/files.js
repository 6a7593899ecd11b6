// The search's two files, each fetched once a page: Pagefind (its script,
// which loads its engine and index) and the library's vocabulary. On the
// search page this module runs first, alone, as soon as it arrives: the
// address's query starts fetching its index chunks while the rest of the
// page and the other search modules still load.
export const root = new URL('../../../', import.meta.url);
export const onSearchPage = location.pathname === new URL('search/', root).pathname;
// Pagefind searches on the page's own thread (noWorker): its worker is a 41 KB script more to
// fetch and start before the first result, and each search's answer a message more to pass back;
// at a hundred times today's library that costs more than the search holds the page itself.
const OPTIONS = { noWorker: true, excerptLength: 0, ranking: { metaWeights: { title: 10 } } };
let pagefind = null;
let counter = null;
let vocabulary = null;

export function loadPagefind() {
  pagefind ??= import(new URL('pagefind/pagefind.js', root).href).then(async (module) => {
    await module.options(OPTIONS);
    await module.init();
    return module;
  }).catch((error) => {
    pagefind = null; // the next search tries again: a phone may have lost its connection
    throw error;
  });
  return pagefind;
}

// A second Pagefind, which counts filter values. Once Pagefind has read the
// filter index it counts every value in every search: at a hundred times
// today's library that doubles what a keystroke waits for, so the one that
// searches as one types never reads the whole filter index.
export function loadCounter() {
  counter ??= loadPagefind().then(async (module) => {
    const instance = module.createInstance(OPTIONS);
    await instance.init();
    return instance;
  });
  return counter;
}

// The vocabulary refines a search (how telling each word is, corrections) but
// a search does not need it: when it cannot be read (null), the words are
// searched as typed.
export function loadVocabulary() {
  vocabulary ??= fetch(new URL('pagefind/vocabulary.json', root))
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  return vocabulary;
}

if (onSearchPage) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  loadVocabulary();
  loadPagefind()
    .then((pf) => query.trim() && pf.preload(query))
    .catch(() => {}); // the page says so when it searches
}

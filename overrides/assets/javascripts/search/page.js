// The search page (search/): query and filters live in the address, so a
// search can be bookmarked and shared; with no query it lists the examples the
// filters select, so it is also the example finder.
import { FILTERS, markedTerms, readState, terms, writeState } from './query.js';
import { FIRST as PAGE_SIZE, readResult } from './engine.js';
import { element, resultItem } from './render.js';
import { FILTER_LABELS, filterGroups } from './filters.js';

export function mountPage(container, engine, root) {
  const input = container.querySelector('#ic-search-q');
  const status = container.querySelector('#ic-search-status');
  const filtersBox = container.querySelector('#ic-search-filters');
  const resultsBox = container.querySelector('#search-results');
  const synonyms = JSON.parse(container.dataset.synonyms ?? '[]');
  let state = readState(location.search);
  const opened = new Set(); // the filters a reader opened on a narrow screen
  let run = 0;

  input.value = state.q;

  // Counting asks Pagefind again for each filter: while typing goes on it
  // waits for a pause, so the next keystroke's results do not queue behind it.
  const PAUSE = 300;

  async function update({ push = false, typed = false } = {}) {
    const mine = ++run;
    const address = `${location.pathname}${writeState(state)}`;
    if (push) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    const isCurrent = () => mine === run; // typing goes on: a search already replaced stops
    let outcome;
    try {
      outcome = await engine.search(state.q, state.filters, isCurrent);
    } catch {
      if (isCurrent()) renderUnavailable();
      return;
    }
    if (!isCurrent()) return;
    // Results first; the filter index and the counts come after them.
    renderStatus(outcome, []);
    renderResults(outcome);
    if (typed) await new Promise((resolve) => setTimeout(resolve, PAUSE));
    if (!isCurrent()) return;
    const totals = await engine.filterTotals();
    if (!isCurrent()) return;
    const names = state.q.trim() ? FILTERS : FILTERS.filter((name) => name !== 'kind');
    const [counts, freed] = await Promise.all([
      engine.facets(outcome, state.filters, names),
      outcome.results.length ? [] : engine.withoutEach(outcome, state.filters),
    ]);
    if (!isCurrent()) return;
    if (freed.length) renderStatus(outcome, freed);
    renderFilters(names, counts, totals);
  }

  function searchFor(query) {
    const link = element('a', '', query);
    link.href = `${location.pathname}${writeState({ ...state, q: query })}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      state = { ...state, q: query };
      input.value = query;
      update({ push: true });
    });
    return link;
  }

  // The search's files could not be read (a broken connection, a site built
  // without its index): say so, and where every example is listed without them.
  function renderUnavailable() {
    const examples = element('a', '', 'the examples page');
    examples.href = new URL('examples/', root).href;
    status.replaceChildren('Search is not available just now: its index could not be loaded. ',
      'Every example is listed on ', examples, '.');
    resultsBox.replaceChildren();
    filtersBox.replaceChildren();
  }

  function renderStatus(outcome, freed) {
    status.replaceChildren();
    const n = outcome.results.length;
    const what = state.q.trim() ? 'result' : 'example';
    status.append(`${n} ${what}${n === 1 ? '' : 's'}`);
    if (state.q.trim() && n && outcome.matchingAll < n) {
      // Each result matches the words the search was widened to (each level holds the one before).
      const all = outcome.matchingAll;
      const rest = all
        ? `${all} with every word of the search; the others match`
        : 'none with every word of the search; they match';
      status.append(` (${rest} “${outcome.level}”)`);
    }
    if (state.q.trim() && outcome.unknown.length) {
      // Dropped from the search: say so, so that the reader can put it another way.
      const named = outcome.unknown.map((word) => `“${word}”`).join(' or ');
      const it = outcome.unknown.length === 1 ? 'it' : 'them';
      status.append(element('span', 'ic-search__suggestion', ` No page uses ${named}; the search leaves ${it} out.`));
    }
    for (const { from, to } of outcome.corrections) {
      const note = element('span', 'ic-search__suggestion');
      note.append(` No page uses “${from}”. Did you mean `, searchFor(state.q.replace(new RegExp(from, 'i'), to)), '?');
      status.append(note);
    }
    if (!n && freed.length) {
      const note = element('span', 'ic-search__widen', ' Remove a filter to see more: ');
      freed.slice(0, 3).forEach(({ name, value, count }, i) => {
        const button = element('button', 'ic-search__drop', `${FILTER_LABELS[name]}: ${value} (${count})`);
        button.type = 'button';
        button.addEventListener('click', () => toggle(name, value, false));
        note.append(i ? ', ' : '', button);
      });
      status.append(note);
    }
  }

  function toggle(name, value, on) {
    const chosen = new Set(state.filters[name] ?? []);
    if (on) chosen.add(value);
    else chosen.delete(value);
    state = { ...state, filters: { ...state.filters, [name]: [...chosen] } };
    if (!chosen.size) delete state.filters[name];
    update({ push: true });
  }

  function renderFilters(names, counts, totals) {
    filtersBox.replaceChildren(...filterGroups({ names, counts, totals, filters: state.filters, opened, toggle }));
  }

  function renderResults(outcome) {
    const queryTerms = markedTerms(terms(state.q), synonyms);
    const list = element('ol', 'ic-results');
    outcome.first.forEach((data) => list.append(resultItem(data, queryTerms, root)));
    resultsBox.replaceChildren(list);
    if (outcome.partialFirst.length) {
      // Not among the results counted above, nor in the filters' counts: they match some of the words only.
      const partial = element('ol', 'ic-results ic-results--partial');
      outcome.partialFirst.forEach((data) => partial.append(resultItem(data, queryTerms, root)));
      resultsBox.append(element('h2', 'ic-results__partial', 'Matching some other words of your search'), partial);
    }
    let shown = outcome.first.length;
    if (shown < outcome.results.length) {
      const more = element('button', 'md-button ic-results__more');
      more.type = 'button';
      const label = () => {
        more.textContent = `Show more (${outcome.results.length - shown} left)`;
      };
      label();
      more.addEventListener('click', async () => {
        const next = await Promise.all(outcome.results.slice(shown, shown + PAGE_SIZE).map(readResult)); // after the first FIRST, in Pagefind's order
        next.forEach((data) => list.append(resultItem(data, queryTerms, root)));
        shown += next.length;
        if (shown >= outcome.results.length) more.remove();
        else label();
      });
      resultsBox.append(more);
    }
  }

  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    update({ typed: true });
  });
  container.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value };
    update({ push: true });
  });
  window.addEventListener('popstate', () => {
    if (!document.contains(container)) return;
    state = readState(location.search);
    input.value = state.q;
    update();
  });
  update();
}

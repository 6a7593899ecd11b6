// What the search page shows beside the results: how many results each
// filter value would keep, and, for a search that found nothing, what each
// chosen filter holds back. ``load`` gives the Pagefind that counts
// (files.js), apart from the one that searches as one types.

export function counting(load) {
  // How many of the results each filter value would keep. Within a filter the
  // values are alternatives, so a filter with a choice is counted without it,
  // in a search of its own; the others share the counts of the search itself,
  // which Pagefind gives for every filter once it has read the filter index.
  async function facets(outcome, filters, names) {
    const pf = await load();
    const base = outcome.options.filters ?? {};
    const search = (others) => pf.search(outcome.level, { ...outcome.options, filters: others });
    const complete = names.every((name) => outcome.counts && name in outcome.counts);
    const shared = complete ? outcome.counts : (await search(base)).filters;
    const counts = {};
    await Promise.all(
      names.map(async (name) => {
        const { [name]: own, ...others } = base;
        counts[name] =
          own && filters[name]?.length ? ((await search(others)).filters?.[name] ?? {}) : (shared?.[name] ?? {});
      }),
    );
    return counts;
  }

  // For a search that found nothing: how many results each chosen filter value holds back.
  async function withoutEach(outcome, filters) {
    const pf = await load();
    const base = outcome.options.filters ?? {};
    const freed = [];
    for (const [name, values] of Object.entries(filters)) {
      for (const value of values) {
        const { [name]: _own, ...others } = base;
        const kept = values.filter((v) => v !== value);
        const rest = kept.length ? { ...others, [name]: { any: kept } } : others;
        const found = await pf.search(outcome.level, { ...outcome.options, filters: rest });
        if (found.results.length) freed.push({ name, value, count: found.results.length });
      }
    }
    return freed.sort((a, b) => b.count - a.count);
  }

  // Every filter value with its count in the whole library. Pagefind counts
  // filter values in its results only once it has read the filter index, which
  // this reads; the header box does without.
  let totals = null;
  function filterTotals() {
    totals ??= load().then((pf) => pf.filters());
    return totals;
  }

  return { facets, withoutEach, filterTotals };
}

// Pagefind, asked the way practitioners search: every word of the query if
// that finds enough, then fewer words, dropping the commonest first, so a long
// question returns what matches most of it; a misspelt word is corrected from
// the library's own vocabulary. Only the index chunks a query needs are fetched.
import { closeness, correction, terms } from "./query.js"

// Below this many results, a query is widened by dropping its commonest word.
const ENOUGH = 10
// The first results are read and reordered by how close together they use the query's words.
export const FIRST = 10

export function createEngine(root) {
  let pagefind = null
  let vocabulary = null

  function load() {
    loadVocabulary()  // fetched beside the index, so that a first query does not wait for it in turn
    pagefind ??= import(new URL("pagefind/pagefind.js", root).href).then(async module => {
      await module.options({ excerptLength: 0, ranking: { metaWeights: { title: 10 } } })
      await module.init()
      return module
    })
    return pagefind
  }

  function loadVocabulary() {
    vocabulary ??= fetch(new URL("pagefind/vocabulary.json", root)).then(response => response.json())
    return vocabulary
  }

  // Filters as Pagefind takes them: any of the chosen values within a filter.
  function pagefindFilters(filters) {
    return Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]))
  }

  async function count(pf, word) {
    return (await pf.search(word)).results.length
  }

  // The query's words, misspellings corrected, rarest first; and what was corrected.
  async function interpret(pf, query) {
    const asked = terms(query)
    const vocabulary = asked.some(word => word.length >= 5) ? await loadVocabulary() : {}
    const found = await Promise.all(asked.map(async word => {
      const fixed = correction(word, vocabulary)
      return fixed ? { word: fixed, n: await count(pf, fixed), from: word } : { word, n: await count(pf, word) }
    }))
    const usable = found.filter(t => t.n > 0).sort((a, b) => a.n - b.n)
    return {
      asked,
      words: usable.map(t => t.word),
      unknown: found.filter(t => t.n === 0).map(t => t.word),
      corrections: found.filter(t => t.from).map(t => ({ from: t.from, to: t.word })),
    }
  }

  async function search(query, filters = {}) {
    const pf = await load()
    const options = { filters: pagefindFilters(filters) }
    const meaning = await interpret(pf, query)
    if (!meaning.asked.length) {
      const browse = { filters: pagefindFilters({ kind: ["Example"], ...filters }), sort: { order: "asc" } }
      const found = await pf.search(null, browse)
      return first({ ...meaning, results: found.results, matchingAll: found.results.length, level: null, options: browse })
    }
    const results = []
    const seen = new Set()
    const add = found => found.results.forEach(r => { if (!seen.has(r.id)) { seen.add(r.id); results.push(r) } })
    let kept = meaning.words
    let level = kept.join(" ")
    add(await pf.search(level, options))
    const matchingAll = results.length
    while (results.length < ENOUGH && kept.length > 1) {
      // Drop the word whose absence finds the most: the words that are kept
      // are those the library uses together. The rarest word is kept on a tie.
      const tries = await Promise.all(kept.map(async (_, i) => {
        const rest = kept.filter((__, j) => j !== i)
        return { rest, found: await pf.search(rest.join(" "), options) }
      }))
      const best = tries.reduce((a, b) => (b.found.results.length >= a.found.results.length ? b : a))
      kept = best.rest
      level = kept.join(" ")
      add(best.found)
    }
    return first({ ...meaning, results, matchingAll, level, options })
  }

  // The outcome with its first results read (``first``, reordered by
  // closeness, results with every word ahead), and the others (``rest``) to read on demand.
  async function first(outcome) {
    const read = await Promise.all(outcome.results.slice(0, FIRST).map(r => r.data()))
    const ranked = read.map((data, i) => ({ data, i, all: i < outcome.matchingAll,
      close: closeness(`${data.meta.label} ${data.meta.text}`, outcome.words ?? []) }))
    ranked.sort((a, b) => (b.all - a.all) || (b.close - a.close) || (a.i - b.i))
    return { ...outcome, first: ranked.map(r => r.data), rest: outcome.results.slice(FIRST) }
  }

  // How many of the results each filter value would keep. Within a filter the
  // values are alternatives, so its counts leave its own choice out.
  async function facets(outcome, filters, names) {
    const pf = await load()
    const term = outcome.level
    const base = outcome.options.filters ?? {}
    const counts = {}
    await Promise.all(names.map(async name => {
      const { [name]: _own, ...others } = base
      if (!outcome.results.length && !filters[name]?.length) { counts[name] = {}; return }
      const found = await pf.search(term, { ...outcome.options, filters: others })
      counts[name] = found.filters?.[name] ?? {}
    }))
    return counts
  }

  // For a search that found nothing: how many results each chosen filter value holds back.
  async function withoutEach(outcome, filters) {
    const pf = await load()
    const freed = []
    for (const [name, values] of Object.entries(filters)) {
      for (const value of values) {
        const rest = { ...filters, [name]: values.filter(v => v !== value) }
        const found = await pf.search(outcome.level, { ...outcome.options, filters: pagefindFilters(rest) })
        if (found.results.length) freed.push({ name, value, count: found.results.length })
      }
    }
    return freed.sort((a, b) => b.count - a.count)
  }

  // Every filter value with its count in the whole library. Pagefind counts
  // filter values in its results only once it has read the filter index, which
  // this reads; the header box does without.
  let totals = null
  function filterTotals() {
    totals ??= load().then(pf => pf.filters())
    return totals
  }

  return { load, search, facets, withoutEach, filterTotals }
}

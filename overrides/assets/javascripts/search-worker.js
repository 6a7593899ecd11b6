// Wraps Material's search worker (loaded below from the ?worker= address).
// Material turns every query word into a prefix ("in" -> "in*"), and a
// prefix skips lunr's stop-word filter, so "hiring migrants in city jobs"
// also searches "integration", "intercultural", "including"... and buries
// the answer. This drops English stop words from the query before Material's
// own handler sees it. Should Material change its messages, the check below
// no longer matches and search works as before, unfiltered.
const QUERY = 2  // Material's SearchMessageType.QUERY

function withoutStopWords(query) {
  const words = query.split(/\s+/).filter(Boolean)
  const kept = words.filter(word => !/^[a-z]+$/i.test(word) || self.lunr.stopWordFilter(word.toLowerCase()))
  return kept.length ? kept.join(" ") : query
}

self.addEventListener("message", event => {
  const message = event.data
  if (message && message.type === QUERY && typeof message.data === "string" && self.lunr)
    message.data = withoutStopWords(message.data)
})

importScripts(new URL(self.location.href).searchParams.get("worker"))

"""Tune Material's search index for practitioners, from the library itself.

Material indexes each section of a page under its heading, and ranks a page
above its own sections. This rewrites the entry of each example so that it
reads "City · Key factor", carries its themes as tags, and carries the words
people type for it that its text may not use, in a ``keywords`` field that is
searched but never shown: the city's other names and its country, and the
synonyms (content/synonyms.yaml) of the words its text uses. A boost offsets
Material's preference for pages, so that the example that answers a query
can rank above the page it sits on. Page-level boosts are set per page type
in pages.py, through front matter.
"""
from __future__ import annotations

import re

from generator import links
from generator.library import Library, Placed

EXAMPLE_BOOST = 5.0


def term_pattern(term: str) -> re.Pattern:
    """A word or phrase in running text, in the singular or plural, spaced or hyphenated."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", term.strip())]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(words) + r"(?:s|es)?(?!\w)", re.IGNORECASE)


def synonym_matchers(library: Library) -> list[tuple[list[re.Pattern], tuple[str, ...]]]:
    return [([term_pattern(t) for t in group.terms], group.terms) for group in library.synonyms]


def plural(term: str) -> str:
    if re.search(r"[^aeiou]y$", term):
        return term[:-1] + "ies"
    return term + ("es" if re.search(r"(s|sh|ch|x)$", term) else "s")


def synonyms_used(text: str, matchers) -> list[str]:
    """The words, singular and plural, of every synonym group the text uses one word of.

    Both forms, because Material searches each query word as a prefix: the
    query "apprenticeships" finds only an indexed "apprenticeships".
    """
    text = text.replace("’", "'")
    return [form for patterns, terms in matchers if any(p.search(text) for p in patterns)
            for term in terms for form in (term, plural(term))]


def example_keywords(library: Library, placed: Placed, matchers) -> list[str]:
    city = library.city[placed.example.city]
    words = [*city.other_names, city.country, *synonyms_used(placed.example.text, matchers)]
    return list(dict.fromkeys(words))


def tune_index(index: dict, library: Library) -> dict:
    examples = {links.url_of(links.example_target(p)): p for p in library.examples}
    matchers = synonym_matchers(library)
    for doc in index["docs"]:
        placed = examples.get(doc["location"])
        if placed is None:
            continue
        doc["title"] = f"{library.city[placed.example.city].name} · {placed.key_factor.label}"
        doc["tags"] = [library.theme[slug].name for slug in placed.themes]
        doc["keywords"] = example_keywords(library, placed, matchers)
        doc["boost"] = EXAMPLE_BOOST
    return index

"""Tune Material's search index for practitioners, from the library itself.

Material indexes each section of a page under its heading. This rewrites the
entries of examples so that each one reads "City · Key factor", carries the
example's themes as tags, and carries words people type for it that its text
may not use (the city's other names, its country, the themes' search terms)
in a ``keywords`` field that is searched but never shown.
"""
from __future__ import annotations

from generator import links
from generator.library import Library, Placed


def example_keywords(library: Library, placed: Placed) -> list[str]:
    city = library.city[placed.example.city]
    words = [*city.other_names, city.country, placed.toolkit.short_title, placed.key_factor.title]
    for slug in placed.themes:
        words += [library.theme[slug].name, *library.theme[slug].search_terms]
    return list(dict.fromkeys(words))


def tune_index(index: dict, library: Library) -> dict:
    examples = {links.url_of(links.example_target(p)): p for p in library.examples}
    for doc in index["docs"]:
        placed = examples.get(doc["location"])
        if placed is None:
            continue
        doc["title"] = f"{library.city[placed.example.city].name} · {placed.key_factor.label}"
        doc["tags"] = [library.theme[slug].name for slug in placed.themes]
        doc["keywords"] = example_keywords(library, placed)
    return index

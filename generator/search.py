"""What the search knows about each page and example, written into the pages themselves.

The search index is made from the built HTML (search_index.py), whichever
builder made it, so everything it needs travels in the HTML: each record starts
with an empty, hidden marker element whose ``data-search-record`` attribute
holds the record's title, kind, filters and the words it should be found by
without showing them (a city's other names, synonyms, spelling variants), and
ends at the next ``data-search-end`` marker. Text inside the record is its
searchable text, except elements marked ``data-search-exclude``; an example's
record sits inside its key-factor page's record and is left out of it.
"""
from __future__ import annotations

import html
import json

from markupsafe import Markup

from generator import links, spelling
from generator.library import Library, PlacedExample
from generator.synonyms import Synonyms, synonyms_used

END = Markup('<div hidden data-search-end></div>')
# The kinds of result, as the search page's kind filter names them.
KINDS = {"example": "Example", "key_factor": "Key factor", "city": "City", "theme": "Theme",
         "toolkit": "Toolkit", "charter": "Charter", "about": "About"}
# How much a word counts (Pagefind weights, 0-10) in a record's title and in its
# text, by kind. Examples answer "who did what", so their text counts most;
# pages that gather examples count by their title, so that a search for a
# city's or a theme's name finds its page first, and little by their text.
WEIGHTS = {"example": (2.0, 1.0), "key_factor": (5.0, 0.6), "city": (10.0, 0.5), "theme": (5.0, 0.5),
           "toolkit": (4.0, 0.4), "charter": (3.0, 0.3), "about": (3.0, 0.3)}


def hidden_words(text: str, matchers, *names: str) -> list[str]:
    """Words a record is found by but does not show: names, synonyms and spelling variants."""
    words = [*names, *synonyms_used(text, matchers)]
    words += spelling.variants(" ".join([text, *words]))
    return list(dict.fromkeys(words))


def data_attribute(name: str, value) -> Markup:
    """An attribute holding a value as JSON; attribute-escaped, so content stays text.

    The attribute is single-quoted, so that the JSON's many double quotes need
    no character reference (the indexer reads every marker of every page)."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    escaped = html.escape(data, quote=False).replace("'", "&#x27;")
    return Markup(f"{name}='{escaped}'")


def marker(record: dict) -> Markup:
    """The opening marker of a record."""
    return Markup(f"<div hidden {data_attribute('data-search-record', record)}></div>")


def synonym_groups(library: Library) -> Markup:
    """The synonym groups, for the search page to mark in a result the words it
    was found by in place of the query's own ("tender" marks "procurement")."""
    return data_attribute("data-synonyms", [list(group.terms) for group in library.synonyms])


def example_records(library: Library, matchers: Synonyms) -> dict[str, dict]:
    """The record of every example, by its id, numbered in the library's order."""
    return {placed.id: {**example_record(library, placed, matchers), "order": number}
            for number, placed in enumerate(library.examples)}


def example_record(library: Library, placed: PlacedExample, matchers) -> dict:
    city = placed.city
    themes = [theme.name for theme in placed.themes]
    return {
        "kind": "example",
        "anchor": city.slug,
        "title": f"{city.name} · {placed.key_factor.label}",
        "heading": placed.key_factor.label,
        "meta": {"city": city.name, "country": city.country, "toolkit": placed.toolkit.short_title,
                 "key_factor": placed.key_factor.label, "themes": " · ".join(themes)},
        "filters": {"kind": [KINDS["example"]], "toolkit": [placed.toolkit.short_title], "city": [city.name],
                    "country": [city.country], "theme": themes},
        # The key factor, toolkit and themes an example serves are words a
        # practitioner may ask in, without the example's text using them.
        "context": " ".join([placed.key_factor.title, placed.toolkit.short_title, *themes]),
        "hidden": hidden_words(placed.example.text, matchers, *city.other_names),
    }


def page_record(kind: str, title: str, filters: dict[str, list[str]] | None = None,
                hidden: list[str] | None = None) -> dict:
    """A page as one result: its own text, without the examples it shows (they are results of their own)."""
    return {"kind": kind, "title": title, "filters": {"kind": [KINDS[kind]], **(filters or {})},
            "meta": {}, "hidden": hidden or []}


def section_records(kind: str, page_title: str, sections, matchers) -> dict[str, dict]:
    """The record of each part of a page that is a result of its own (views.Section), by its anchor."""
    return {section.anchor: {**page_record(kind, f"{page_title} · {section.title}",
                                           hidden=hidden_words(section.text, matchers)),
                             "anchor": section.anchor, "heading": section.title}
            for section in sections}


def _key_factor_text(kf) -> str:
    questions = [q.text for q in kf.guide_questions] + [item for q in kf.guide_questions for item in q.items]
    return " ".join([kf.title, kf.statement, kf.rationale or "", *questions])


def page_records(library: Library, matchers: Synonyms) -> dict[str, dict]:
    """The record of every page that is a search result, by its docs path."""
    # The About page is results part by part only (section_records): as a whole it would
    # hold the words of most questions and come first for them.
    records = {links.CHARTER: page_record("charter", "Integrating Cities Charter")}
    for toolkit in library.toolkits:
        records[links.toolkit_page(toolkit)] = page_record(
            "toolkit", toolkit.title, {"toolkit": [toolkit.short_title]},
            hidden_words(toolkit.standard.text, matchers, toolkit.short_title))
        for kf in toolkit.key_factors:
            themes = [library.theme_by_slug[slug].name for slug in kf.themes]
            records[links.key_factor_page(toolkit, kf)] = page_record(
                "key_factor", kf.label, {"toolkit": [toolkit.short_title], "theme": themes},
                hidden_words(_key_factor_text(kf), matchers))
    for city in library.cities:
        records[links.city_page(city)] = page_record(
            "city", city.name, {"city": [city.name], "country": [city.country]},
            [*city.other_names, city.country])
    for theme in library.themes:
        records[links.theme_page(theme)] = page_record(
            "theme", theme.name, {"theme": [theme.name]},
            hidden_words(theme.description, matchers, *theme.search_terms))
    return records

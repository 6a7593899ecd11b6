"""The search index the built site ships: one entry per example, titled for the
reader, no example text indexed twice, other names and synonyms searchable."""
from __future__ import annotations

import re
from collections import Counter

from generator import links
from generator.text import plain


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", re.sub(r"<[^>]+>", " ", text)).casefold().strip()


def _first_sentence(markdown: str) -> str:
    return _norm(re.split(r"(?<=[.!?])\s", " ".join(plain(markdown).split()), maxsplit=1)[0])[:120]


def test_each_example_is_exactly_one_entry_titled_city_and_key_factor(library, search_index):
    by_location = Counter(doc["location"] for doc in search_index["docs"])
    for placed in library.examples:
        location = links.url_of(links.example_target(placed))
        assert by_location[location] == 1, f"{placed.id}: {by_location[location]} entries"
        doc = next(d for d in search_index["docs"] if d["location"] == location)
        assert doc["title"] == f"{library.city[placed.example.city].name} · {placed.key_factor.label}"
        assert _first_sentence(placed.example.text) in _norm(doc["text"])
        assert doc["tags"] == [library.theme[t].name for t in placed.themes]


def test_no_example_text_is_indexed_twice(library, search_index):
    texts = [_norm(doc["text"]) for doc in search_index["docs"]]
    for placed in library.examples:
        sentence = _first_sentence(placed.example.text)
        holders = [i for i, text in enumerate(texts) if sentence in text]
        assert len(holders) == 1, f"{placed.id} indexed {len(holders)} times"


def test_example_entries_hold_no_page_furniture(search_index):
    """The city line, source line, links and contacts are excluded; only the example's words remain."""
    for doc in search_index["docs"]:
        if "·" in doc["title"] and "#" in doc["location"]:
            assert "Source:" not in doc["text"] and "{:" not in doc["text"], doc["location"]
            assert "https://" not in _norm(doc["text"]) and "mailto" not in doc["text"], doc["location"]


def test_other_names_of_a_city_are_searchable_on_its_examples(library, search_index):
    docs = {doc["location"]: doc for doc in search_index["docs"]}
    for name, slug in [("Gent", "ghent"), ("München", "munich"), ("Wien", "vienna"), ("Firenze", "florence")]:
        for placed in library.examples_by_city[slug]:
            assert name in docs[links.url_of(links.example_target(placed))]["keywords"], (name, placed.id)


def test_synonyms_reach_the_examples_that_use_a_word_of_the_group(library, search_index):
    docs = {doc["location"]: doc for doc in search_index["docs"]}
    ghent = docs["toolkits/anti-discrimination/encouraging-change/#ghent"]
    assert {"tender", "social clause", "equality clause"} <= set(ghent["keywords"])
    florence = docs["toolkits/cultural-diversity/welcome-culture/#florence"]
    assert "one-stop shop" in florence["keywords"]  # its text says "Migration Desk"
    riga = docs["toolkits/labour-market-partnerships/baseline-information/#riga"]
    assert "tender" not in riga["keywords"]


def test_search_is_configured_for_practitioners(search_index):
    config = search_index["config"]
    assert "keywords" in config["fields"] and "tags" in config["fields"]
    assert "stemmer" not in config["pipeline"]  # prefix queries and a stemmed index do not meet
    assert re.split(config["separator"], "one-stop") == ["one", "stop"]


def test_pages_that_only_list_examples_are_not_indexed(search_index):
    locations = {doc["location"] for doc in search_index["docs"]}
    assert not any(loc.startswith("examples/") for loc in locations)
    assert all(doc.get("boost", 1) <= 1 for doc in search_index["docs"] if doc["location"].startswith("themes/"))

"""The synonym groups a text uses: the quick look for first words never skips a group the search finds."""
from __future__ import annotations

import re

from generator.search import synonym_matchers, synonyms_used


def _searched_in_full(text: str, matchers) -> list[str]:
    text = text.replace("’", "'")
    return [term for pattern, _, terms in matchers if pattern.search(text) for term in terms]


def test_every_group_the_search_finds_is_found(library):
    matchers = synonym_matchers(library)
    texts = [p.example.text for p in library.examples] + [
        # letters that IGNORECASE matches to ASCII ones, plurals, hyphens, capitals and apostrophes
        "A ſurvey, İnterpreting and a TASK-FORCE", "RUMOURS about the NGOs", "one stop shops", "the voter’s list"]
    used = [synonyms_used(text, matchers) for text in texts]
    assert used == [_searched_in_full(text, matchers) for text in texts]
    found = {term for words in used[-4:] for term in words}
    assert {"survey", "interpreting", "taskforce", "rumour", "NGO", "one-stop shop", "voter"} <= found
    assert sum(map(bool, used)) > len(texts) / 2
    assert all(re.fullmatch(r"[a-z0-9'().]+", word) for _, firsts, _ in matchers for word in firsts or ())

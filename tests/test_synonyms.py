"""The synonym groups a text uses: the quick look at the text's words finds what the search finds."""
from __future__ import annotations

import re

from generator.synonyms import index, matcher, synonym_matchers, synonyms_used


def _searched_in_full(text: str, matchers) -> list[str]:
    text = text.replace("’", "'")
    return [term for group in matchers.groups if group.pattern.search(text) for term in group.terms]


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
    needed = {word for group in matchers.groups for need in group.needs for words in need or () for word in words}
    assert all(re.fullmatch(r"[a-z0-9]+", word) for group in matchers.groups for word in group.words | needed)
    assert any(group.words for group in matchers.groups) and any(group.needs for group in matchers.groups)  # both looks are tried


def test_terms_beyond_plain_words_are_searched_for():
    texts = ["the İnstitut and the c/o office", "Malmö's café", "an e.g. phrase", "an institut", "cafe"]
    groups = index([matcher(("institut", "café")), matcher(("c/o", "e.g.")), matcher(("malmö", "Malmö's café"))])
    used = [synonyms_used(text, groups) for text in texts]
    assert used == [_searched_in_full(text, groups) for text in texts]
    assert used[0] == ["institut", "café", "c/o", "e.g."] and used[3] == ["institut", "café"] and used[4] == []

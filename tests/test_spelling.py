"""Other spellings a search finds the toolkits' British text by."""
from __future__ import annotations

import pytest

from generator.spelling import american, variants


@pytest.mark.parametrize("british, us", [
    ("organisational", "organizational"), ("organise", "organize"), ("recognised", "recognized"),
    ("rumour", "rumor"), ("behaviour", "behavior"), ("labour", "labor"), ("centre", "center"),
    ("counselling", "counseling"), ("dialogue", "dialog"), ("programme", "program"),
    ("analyse", "analyze"), ("licence", "license"),
])
def test_british_endings_have_their_american_spelling(british, us):
    assert american(british) == us


@pytest.mark.parametrize("word", ["advertised", "raise", "rise", "your", "hours", "four", "enterprise",
                                  "otherwise", "revise", "telling", "skilled", "conference"])
def test_words_spelled_alike_have_no_variant(word):
    assert american(word) is None


def test_variants_join_hyphenated_words_and_respell_their_parts():
    assert variants("An anti-rumour network, a one-stop centre") == ["antirumour", "rumor", "onestop", "center"]

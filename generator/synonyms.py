"""Which synonym groups a text uses: the words a search record is also found by.

A group's terms are searched for as words or phrases, in the singular or plural,
spaced or hyphenated (``terms_pattern``). Most texts use few groups, and a search
of every group's pattern in every text was the generator's largest single cost,
so the text's words are looked up first: a one-word term is found by a set lookup
alone, and a phrase is searched for only where the text holds all its words.
Neither look-up ever gives another answer than the search (tests/test_synonyms.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The characters other than its capital that IGNORECASE matches to an ASCII letter: folded
# to it and lower-cased, a text's words are what the patterns match case-insensitively
# (folding and lower-casing keep every other character's length and kind).
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
WORDS = re.compile(r"\w+")
SPACES = re.compile(r"[\s\-]+")
PLURALS = ("", "s", "es")


def terms_pattern(terms) -> re.Pattern:
    """Any of these words or phrases in running text, in the singular or plural, spaced or hyphenated.

    One pattern for a group of terms: a search tries every term at every place, as one search per term would.
    """
    phrases = [r"[\s\-]+".join(re.escape(w) for w in SPACES.split(term.strip())) for term in terms]
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?:s|es)?(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Matcher:
    """A synonym group, and how to tell quickly whether a text uses it."""
    terms: tuple[str, ...]
    pattern: re.Pattern  # any of the terms (terms_pattern)
    words: frozenset[str]  # its one-word terms, singular and plural: a text holding one uses the group
    searched: re.Pattern | None  # its other terms (phrases), searched for in a text that holds ...
    needs: tuple[tuple[frozenset[str], frozenset[str]] | None, ...]  # ... each one's words (None: always)

    def used_in(self, text: str, words: set[str]) -> bool:
        if not words.isdisjoint(self.words):
            return True
        return self.searched is not None and any(
            need is None or (need[0] <= words and not need[1].isdisjoint(words)) for need in self.needs
        ) and self.searched.search(text) is not None


def _plain(words: list[str]) -> bool:
    return all(re.fullmatch(r"\w+", word, re.ASCII) for word in words)


def _need(words: list[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words a text holds wherever a phrase matches: each word before the last,
    and the last in the singular or plural (None: words of other characters)."""
    return (frozenset(words[:-1]), frozenset(words[-1] + plural for plural in PLURALS)) if _plain(words) else None


def matcher(terms: tuple[str, ...]) -> Matcher:
    split = {term: SPACES.split(term.strip().lower()) for term in terms}
    one_word = [words[0] for words in split.values() if len(words) == 1 and _plain(words)]
    searched = [term for term, words in split.items() if len(words) > 1 or not _plain(words)]
    return Matcher(terms, terms_pattern(terms), frozenset(w + plural for w in one_word for plural in PLURALS),
                   terms_pattern(searched) if searched else None, tuple(_need(split[term]) for term in searched))


@dataclass(frozen=True)
class Synonyms:
    """The library's groups, indexed by their words: the words of a text pick the few groups
    it may use, rather than each text being held against every group in turn."""
    groups: tuple[Matcher, ...]
    by_word: dict[str, tuple[int, ...]]  # a one-word term or a phrase's last word -> its groups' places
    always: frozenset[int]  # groups with a phrase of other characters, tried on every text


def index(groups: list[Matcher]) -> Synonyms:
    by_word: dict[str, list[int]] = {}
    for place, group in enumerate(groups):
        for word in group.words.union(*(need[1] for need in group.needs if need)):
            by_word.setdefault(word, []).append(place)
    always = frozenset(place for place, group in enumerate(groups) if None in group.needs)
    return Synonyms(tuple(groups), {word: tuple(places) for word, places in by_word.items()}, always)


def synonym_matchers(library) -> Synonyms:
    return index([matcher(group.terms) for group in library.synonyms])


def _folded(text: str) -> str:
    return text.translate(FOLD) if FOLDED.search(text) else text  # most texts have none of them


def synonyms_used(text: str, synonyms: Synonyms) -> list[str]:
    """The words of every synonym group that the text uses one word of."""
    text = text.replace("\u2019", "'")
    words = set(WORDS.findall(_folded(text).lower()))
    places = synonyms.always.union(*(synonyms.by_word[word] for word in words.intersection(synonyms.by_word)))
    groups = (synonyms.groups[place] for place in sorted(places))
    return [term for group in groups if group.used_in(text, words) for term in group.terms]

"""Hold content text against the seed files it was extracted from.

Two strengths of check, because the seeds differ in damage:

* ``occurs_in``: a paragraph, once reduced to its letters and digits, is a
  contiguous substring of the seed reduced the same way. Reducing drops
  whitespace, hyphens (so line-break hyphens and "co-\\nexist" agree), quotes,
  Markdown link syntax and bullet glyphs, but keeps every word in order.
* ``follows_in``: for two-column OCR, where lines of two texts interleave, the
  words of a sentence appear in order in the seed with only a bounded gap
  between them. One-letter OCR slips in long words are tolerated.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
FOOTNOTE_MARK = re.compile(r"\[\^\d+\]|<sup>\d+</sup>")
NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
HYPHENS = re.compile(r"[-‐‑‒–—]")
SENTENCE_END = re.compile(r"(?<=[.?!;:])\s+|\n+")
MAX_GAP = 45  # words of the other column that may sit between two of ours


def reduce_text(text: str) -> str:
    """Letters and digits only, lower case; what no OCR repair should change."""
    text = MARKDOWN_LINK.sub(r"\1", text)
    text = FOOTNOTE_MARK.sub("", text)
    text = HYPHENS.sub("", text)
    return NOT_ALNUM.sub("", text).casefold()


def words(text: str) -> list[str]:
    """Words in order. A word broken at a hyphen stays two tokens: in a
    two-column seed the next line may start with the other column's text, so
    the follower joins the parts (see ``Seed._rest_of``)."""
    text = MARKDOWN_LINK.sub(r"\1", text)
    text = FOOTNOTE_MARK.sub("", text)
    text = HYPHENS.sub("", text)
    return [w for w in NOT_ALNUM.split(text.casefold()) if w]


def paragraphs(text: str) -> list[str]:
    """Paragraphs and list items: the units that print contiguously."""
    units = []
    for block in re.split(r"\n\s*\n", text):
        for item in re.split(r"\n\s*- ", "\n" + block):
            if item.strip():
                units.append(item.strip())
    return units


def sentences(text: str) -> list[str]:
    return [s for unit in paragraphs(text) for s in SENTENCE_END.split(unit) if s.strip()]


def _near(a: str, b: str) -> bool:
    """Equal, or one edit apart for words long enough that it is an OCR slip."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@dataclass
class Seed:
    name: str
    text: str

    @cached_property
    def reduced(self) -> str:
        return reduce_text(self.text)

    @cached_property
    def tokens(self) -> list[str]:
        return words(self.text)

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            index.setdefault(token, []).append(i)
        return index

    def occurs_in(self, text: str) -> bool:
        return reduce_text(text) in self.reduced

    def follows_in(self, text: str) -> bool:
        wanted = words(text)
        if not wanted:
            return True
        return any(self._follows_from(start, wanted) for start in self._starts(wanted[0]))

    def _starts(self, first: str) -> list[int]:
        if first in self.positions:
            return self.positions[first]
        return [i for i, t in enumerate(self.tokens) if _near(t, first) or t.startswith(first)]

    def _follows_from(self, start: int, wanted: list[str]) -> bool:
        pos, k = start, 1
        # the first word may be glued to the next one in the seed ("Charteron")
        if not self._matches(self.tokens[pos], wanted[0]):
            glued = self._glued(pos, wanted, 0)
            if glued is None:
                return False
            k = glued
        while k < len(wanted):
            found = self._next(pos, wanted, k)
            if found is None:
                return False
            pos, k = found
        return True

    def _matches(self, token: str, word: str) -> bool:
        return _near(token, word)

    def _glued(self, pos: int, wanted: list[str], k: int) -> int | None:
        """If seed token at pos is several wanted words run together, return the index after them."""
        token, joined, j = self.tokens[pos], "", k
        while j < len(wanted) and len(joined) < len(token):
            joined += wanted[j]
            j += 1
            if _near(joined, token) and j - k > 1:
                return j
        return None

    def _next(self, pos: int, wanted: list[str], k: int) -> tuple[int, int] | None:
        word = wanted[k]
        limit = pos + MAX_GAP
        candidates = self.positions.get(word, [])
        i = bisect.bisect_right(candidates, pos)
        if i < len(candidates) and candidates[i] <= limit:
            return candidates[i], k + 1
        for p in range(pos + 1, min(limit, len(self.tokens) - 1) + 1):
            if _near(self.tokens[p], word):
                return p, k + 1
            glued = self._glued(p, wanted, k)
            if glued is not None:
                return p, glued
            rest = self._rest_of(p, word, limit)
            if rest is not None:
                return rest, k + 1
        return None

    def _rest_of(self, pos: int, word: str, limit: int) -> int | None:
        """Where a word that the seed breaks after its start at pos ends.

        The seed splits a word the content writes whole ("Charter on", "non EU",
        "inte- gration"); in two-column OCR the other column's words may sit
        between the parts ("drop- [package] in").
        """
        head = self.tokens[pos]
        if pos + 1 < len(self.tokens) and _near(head + self.tokens[pos + 1], word):
            return pos + 1
        if len(head) < 3 or not word.startswith(head) or word == head:
            return None
        rest = word[len(head):]
        return next((q for q in range(pos + 1, min(limit, len(self.tokens) - 1) + 1)
                     if self.tokens[q] == rest), None)


def first_divergence(seed: Seed, text: str) -> str:
    """The longest start of the text that the seed has, to point at the damage."""
    reduced = reduce_text(text)
    lo, hi = 0, len(reduced)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if reduced[:mid] in seed.reduced:
            lo = mid
        else:
            hi = mid - 1
    return f"matches up to ...{reduced[max(0, lo - 30):lo]!r}, then content has {reduced[lo:lo + 30]!r}"

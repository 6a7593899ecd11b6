"""Other spellings of the words a text uses, so that a search finds it either way.

The toolkits write British English ("organisational", "rumour", "centre") and
join words with hyphens ("anti-rumour", "one-stop"). People type American
spellings and leave hyphens out or write words apart. The index is given the
other spellings as hidden words (the page text never changes): the American
form of each British ending, and each hyphenated compound written as one word.
"""
from __future__ import annotations

import re
from functools import cache
from itertools import chain

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# British ending -> American ending, tried on whole words, longest first.
# Words that only look British ("rise", "your", "conference") are left alone
# by requiring a stem before the ending that the rule is about.
ENDINGS = (
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|ational|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|able|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2}[^aeiou])tre(s|d)?$"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{2})yse(s|d)?$"), r"yze\1"),
    (re.compile(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=[a-z]{3}e)ll(ed|ing|or|ors)$"), r"l\1"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
    (re.compile(r"^(de|of)fence(s)?$"), r"\1fense\2"),
    (re.compile(r"^licence(s)?$"), r"license\1"),
)
# Endings that look British but are the same in American English.
SAME = re.compile(r"(?:advertis|advis|apprais|arise|chastis|compris|compromis|concis|demis|despis|devis"
                  r"|disguis|enterpris|exercis|expertis|franchis|improvis|incis|merchandis|otherwis"
                  r"|precis|premis|promis|revis|supervis|surmis|surpris|televis|wis|rais|prais|cruis"
                  r"|nois|pois|bruis|liais|ris|excis|wise|rise)(?:e|ed|es|ing|er|ers|ation|ations)?$")


@cache  # a library uses the same few thousand words over and over
def american(word: str) -> str | None:
    """The American spelling of a British word, or None if it is spelled the same."""
    if SAME.search(word):
        return None
    for pattern, replacement in ENDINGS:
        other = pattern.sub(replacement, word)
        if other != word:
            return other
    return None


@cache  # as american(): most of a text's words were met in an earlier text
def _word_variants(word: str) -> tuple[str, ...]:
    parts = word.split("-")
    compound = ("".join(parts),) if len(parts) > 1 else ()
    return compound + tuple(other for part in parts if (other := american(part)))


def variants(text: str) -> list[str]:
    """American spellings and hyphen-free compounds of the words in a text, once each, in order."""
    # the first of each word gives the order
    words = dict.fromkeys(WORD.findall(text.lower()))
    return list(dict.fromkeys(chain.from_iterable(map(_word_variants, words))))

"""Checks of single values by kind (see the Annotated types in model.py).

Each check returns None, or a Flaw: what is wrong and where in the value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.links import heading_id


@dataclass(frozen=True)
class Flaw:
    message: str
    at: int | None = None  # offset in the value, so a long text is located to the character

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# The characters RFC 3986 allows after the host, less the brackets that would end a Markdown link.
URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?:[/?#][A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*)?")
MAX_LINE_CHARS = 1_000
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SEED = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
REF = re.compile(rf"{SLUG.pattern}/{SLUG.pattern}")

# OCR leftovers: the replacement character, glyphs the PDFs used as bullets or
# column rules, and the runs of 'e', 'c', 'o' and '0' that dotted rules became.
# Each pattern with what a text holds wherever it matches: a pattern is tried only on a text
# that holds one of these strings, or that a quicker pattern finds (a run of the letters alone,
# without the word boundaries that make the full search slow); None: always.
DEBRIS = [
    (re.compile("\ufffd"), "replacement character U+FFFD", None),
    (re.compile(r"©\s*0{2,}|\b0{5,}\b"), "dotted-rule debris", ("©", "00000")),
    (re.compile(r"\b[ec]{5,}\b|\b[oO0]{6,}\b"), "dotted-rule debris", re.compile("[ecoO0]{5}")),
    (re.compile(r"[¢•●■▪◦]"), "bullet glyph (write list items as '- ')", None),
    (re.compile(r"(?m)^\s*[«»→]\s"), "bullet glyph (write list items as '- ')", ("«", "»", "→")),
]
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
UNSAFE_NAMES = {"\r": "carriage return without a line feed", "\ufeff": "byte order mark"}


def unsafe_character(text: str) -> Flaw | None:
    """Characters no text should hold: controls, lone surrogates, stray byte order marks."""
    match = UNSAFE.search(text)
    if not match:
        return None
    char = match.group(0)
    name = UNSAFE_NAMES.get(char) or ("lone surrogate" if "\ud800" <= char <= "\udfff" else "control character")
    return Flaw(f"{name} (U+{ord(char):04X}); delete it", match.start())


def check_slug(value: str) -> Flaw | None:
    if SLUG.fullmatch(value):
        return None
    suggestion = heading_id(value.replace("_", " "))
    example = f"; e.g. '{suggestion}'" if SLUG.fullmatch(suggestion) else ""
    return Flaw(f"'{value}' is not a slug (lower-case letters, digits and hyphens{example})")


def check_url(value: str) -> Flaw | None:
    if URL.fullmatch(value):
        return None
    return Flaw(f"malformed link '{value}' (expected http://, https:// or www. followed by a domain)")


def check_email(value: str) -> Flaw | None:
    if EMAIL.fullmatch(value):
        return None
    return Flaw(f"malformed e-mail address '{value}'")


def _may_match(value: str, held) -> bool:
    if held is None:
        return True
    if isinstance(held, re.Pattern):
        return held.search(value) is not None
    return any(needle in value for needle in held)


def check_debris(value: str) -> Flaw | None:
    for pattern, name, held in DEBRIS:
        match = _may_match(value, held) and pattern.search(value)
        if match:
            return Flaw(f"OCR debris left in text: {name} at {match.group(0)!r}", match.start())
    return None


def check_line(value: str) -> Flaw | None:
    if not value.strip():
        return Flaw("empty text")
    if "\n" in value.strip():
        return Flaw("must be a single line", value.index("\n"))
    if "\t" in value:
        return Flaw("tab character in a one-line field; use a space", value.index("\t"))
    if len(value) > MAX_LINE_CHARS:
        return Flaw(f"longer than {MAX_LINE_CHARS} characters for a one-line field")
    return check_debris(value)


def check_country_code(value: str) -> Flaw | None:
    return None if re.fullmatch(r"[A-Z]{2}", value) else Flaw(f"'{value}' is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. 'BE')")


def check_seed(value: str) -> Flaw | None:
    return None if SEED.fullmatch(value) else Flaw(f"'{value}' is not a seed file name (e.g. '001_afac9db34e5b624b.txt')")


def check_ref(value: str) -> Flaw | None:
    return None if REF.fullmatch(value) else Flaw(f"'{value}' is not a key factor reference ('toolkit-slug/key-factor-slug')")


def check_year(value: int) -> Flaw | None:
    return None if 1990 <= value <= 2100 else Flaw(f"year {value} is out of range")


def check_latitude(value: float) -> Flaw | None:
    return None if -90 <= value <= 90 else Flaw(f"latitude {value} is out of range (-90 to 90)")


def check_longitude(value: float) -> Flaw | None:
    return None if -180 <= value <= 180 else Flaw(f"longitude {value} is out of range (-180 to 180)")


CHECKS = {
    "slug": check_slug, "line": check_line, "url": check_url,
    "email": check_email, "ref": check_ref, "seed": check_seed,
    "country_code": check_country_code, "year": check_year,
    "latitude": check_latitude, "longitude": check_longitude,
}

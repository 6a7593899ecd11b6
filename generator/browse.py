"""What the browsing pages show of each city and example: short entries, first paragraphs.

Text stays the toolkits' own: an excerpt is the example's first paragraph
(with the list it introduces, if it ends in a colon), never a rewording.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from generator.library import Library, PlacedExample
from generator.links import key_factor_ref
from generator.model import City, KeyFactor, Theme, Toolkit
from generator.text import MarkdownText


@dataclass(frozen=True)
class CityEntry:
    city: City
    count: int
    toolkits: tuple[Toolkit, ...]
    themes: tuple[Theme, ...]


@dataclass(frozen=True)
class Excerpt:
    placed: PlacedExample
    city: City
    text: str
    cut: bool            # True when the example goes on beyond the excerpt
    weight = 1           # its share of a page of a listing (paging.py)


@dataclass(frozen=True)
class KeyFactorEntry:
    """A key factor on a theme page, with the excerpts of its examples."""
    toolkit: Toolkit
    key_factor: KeyFactor
    excerpts: tuple[Excerpt, ...]

    @property
    def weight(self) -> int:
        return max(1, len(self.excerpts))


def city_entries(library: Library) -> tuple[CityEntry, ...]:
    """Every city with examples, by name, with the toolkits and themes its examples cover."""
    entries = []
    for city in sorted(library.cities, key=lambda c: c.name):
        placed = library.examples_by_city.get(city.slug, ())
        if not placed:
            continue
        toolkits = tuple(dict.fromkeys(p.toolkit for p in placed))
        covered = {slug for p in placed for slug in p.theme_slugs}
        entries.append(CityEntry(city, len(placed), toolkits, tuple(t for t in library.themes if t.slug in covered)))
    return tuple(entries)


def first_paragraph(text: str) -> tuple[MarkdownText, bool]:
    """The first paragraph, and whether more follows. A paragraph that ends in a colon keeps its list.

    Cut from checked Markdown, it stays Markdown (render.py escapes any other text)."""
    blocks = text.strip().split("\n\n")
    keep = 2 if len(blocks) > 1 and blocks[0].rstrip().endswith(":") else 1
    return MarkdownText("\n\n".join(blocks[:keep])), len(blocks) > keep


def excerpts(library: Library, placed_examples) -> tuple[Excerpt, ...]:
    return tuple(Excerpt(p, p.city, *first_paragraph(p.example.text)) for p in placed_examples)


def theme_entries(library: Library, theme: Theme) -> tuple[KeyFactorEntry | Excerpt, ...]:
    """What a theme page lists: its key factors with their examples, then the examples
    filed under key factors of other themes that also deal with this one."""
    factors = tuple(KeyFactorEntry(toolkit, kf, excerpts(library, library.examples_by_key_factor.get(
        key_factor_ref(toolkit, kf), ()))) for toolkit, kf in library.key_factors_by_theme.get(theme.slug, ()))
    extra = [p for p in library.examples_by_theme.get(theme.slug, ()) if theme.slug not in p.key_factor.themes]
    return factors + excerpts(library, extra)


def theme_listing(entries) -> dict:
    """The theme template's sections for some of those entries: key factors by toolkit, and the extra examples."""
    factors = [e for e in entries if isinstance(e, KeyFactorEntry)]
    return {"by_toolkit": [(toolkit, [(e.key_factor, e.excerpts) for e in group])
                           for toolkit, group in groupby(factors, key=lambda e: e.toolkit)],
            "extra_examples": tuple(e for e in entries if isinstance(e, Excerpt))}

"""Who did what, at a glance: tables of cities against themes or key factors.

Each cell holds a number of examples, shaded by how many (the number is always
written, so colour is never the only signal) and linked to those examples.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from math import ceil

from generator import links

SHADES = 4


@dataclass(frozen=True)
class Column:
    title: str
    heading: str         # what the column heading shows: the title, or a number
    url: str


@dataclass(frozen=True)
class Cell:
    count: int
    url: str
    shade: int           # 0 (none) to SHADES
    label: str           # said by screen readers and shown on hover


@dataclass(frozen=True)
class Row:
    title: str
    url: str
    total: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Matrix:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


def _examples(count: int) -> str:
    return f"{count} example{'s' if count != 1 else ''}"


def _shade(count: int, most: int) -> int:
    return ceil(SHADES * count / most) if count else 0


def _matrix(columns, rows_in, count_of, target_of, here) -> Matrix:
    """rows_in: (title, docs target, key, examples in all) per row; count_of(key, column index) -> examples."""
    counts = [[count_of(key, i) for i in range(len(columns))] for _, _, key, _ in rows_in]
    most = max((n for row in counts for n in row), default=1) or 1
    rows = []
    for (title, target, key, total), row_counts in zip(rows_in, counts):
        cells = tuple(Cell(n, links.relative_url(here, target_of(key, i)) if n else "", _shade(n, most),
                           f"{title}, {columns[i].title}: {_examples(n)}")
                      for i, n in enumerate(row_counts))
        rows.append(Row(title, links.relative_url(here, target), total, cells))
    return Matrix(tuple(columns), tuple(rows))


def cities_by_themes(library, here: str) -> Matrix:
    """A row per city with examples, a column per theme."""
    themes = library.themes
    columns = [Column(t.name, t.name, links.relative_url(here, links.theme_page(t))) for t in themes]
    cities = [c for c in library.cities if library.examples_by_city.get(c.slug)]
    counts = {c.slug: [sum(t.slug in p.theme_slugs for p in library.examples_by_city[c.slug]) for t in themes]
              for c in cities}
    rows = [(c.name, links.city_page(c), c, len(library.examples_by_city[c.slug])) for c in cities]
    return _matrix(columns, rows, lambda city, i: counts[city.slug][i],
                   lambda city, i: links.city_theme_examples(city, themes[i]), here)


def cities_by_key_factors(library, toolkit, here: str) -> Matrix:
    """A row per city with an example in the toolkit, a column per key factor (headed by its number)."""
    factors = toolkit.key_factors
    columns = [Column(kf.label, str(i), links.relative_url(here, links.key_factor_page(toolkit, kf)))
               for i, kf in enumerate(factors, 1)]
    # the toolkit's own examples from the index, not by a look through every example of the library
    own = (p for kf in factors for p in library.examples_by_key_factor.get(links.key_factor_ref(toolkit, kf), ()))
    placed = {(p.example.city, p.key_factor.slug): p for p in own}
    per_city = Counter(city for city, _ in placed)
    rows = [(c.name, links.city_page(c), c, per_city[c.slug]) for c in library.cities if c.slug in per_city]
    return _matrix(columns, rows, lambda city, i: int((city.slug, factors[i].slug) in placed),
                   lambda city, i: links.example_target(placed[city.slug, factors[i].slug]), here)

"""Listings that would grow with the library, cut into numbered pages of a fixed size.

The examples table, a city's examples, a theme's key factors and the toolkits
list hold as many entries as the library has; each page of them holds at most
a fixed number, so that no page grows with the library. The first page keeps
the listing's address and the next ones follow it (links.listing_page); each
page says where it stands and links to its neighbours, so every entry is
reached by browsing. A listing that fits on one page is shown as it always was.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator import links

# Entries per page: each above what today's largest listing holds (87 examples,
# 10 examples of Barcelona, 25 entries on the anti-discrimination theme, 4 toolkits).
EXAMPLE_ROWS = 100
CITY_EXAMPLES = 15
THEME_ENTRIES = 30  # a key factor with its examples counts as one entry per example, at least one
TOOLKITS = 10


@dataclass(frozen=True)
class Paging:
    first: str   # the docs path of the listing's first page
    number: int
    count: int

    @property
    def path(self) -> str:
        return links.listing_page(self.first, self.number)

    def _at(self, number: int) -> str | None:
        return links.listing_page(self.first, number) if 1 <= number <= self.count and number != self.number \
            else None

    @property
    def previous(self) -> str | None:
        return self._at(self.number - 1)

    @property
    def next(self) -> str | None:
        return self._at(self.number + 1)

    @property
    def last(self) -> str | None:
        return self._at(self.count) if self.number < self.count - 1 else None

    @property
    def start(self) -> str | None:
        return self._at(1) if self.number > 2 else None


def chunks(entries, size: int, weight=lambda entry: 1) -> list[tuple]:
    """The entries in order, cut into runs whose weights add up to at most ``size``
    (an entry heavier than that gets a run of its own); one empty run if there are none."""
    runs, run, load = [], [], 0
    for entry in entries:
        if run and load + weight(entry) > size:
            runs.append(tuple(run))
            run, load = [], 0
        run.append(entry)
        load += weight(entry)
    return runs + [tuple(run)] if run or not runs else runs


def paged(first: str, entries, size: int, weight=lambda entry: 1) -> list[tuple[Paging, tuple]]:
    """Each page of a listing with the entries it shows."""
    runs = chunks(entries, size, weight)
    return [(Paging(first, number, len(runs)), run) for number, run in enumerate(runs, 1)]


# Toolkits named in a list or a credit line before "and N more": today's library has 4.
NAMED = 12


@dataclass(frozen=True)
class Named:
    """The first few of a list, and how many it holds."""
    shown: tuple
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.shown)


def named(items, limit: int = NAMED) -> Named:
    items = tuple(items)
    return Named(items[:limit], len(items))

"""Key factors of other toolkits that share a theme with a key factor, a few per theme.

A key factor page lists them by shared theme and links to the theme page for
the rest, so that the page does not grow with the size of the library. The
first ones in library order are shown; finding them and counting the rest
costs no more than the theme's index and the page's own toolkit.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from generator.library import Library
from generator.model import KeyFactor, Theme, Toolkit

PER_THEME = 5  # a few: today's busiest theme has 8 in other toolkits


@dataclass(frozen=True)
class RelatedByTheme:
    theme: Theme
    shown: tuple[tuple[Toolkit, KeyFactor], ...]
    total: int  # key factors of other toolkits on this theme, shown or not

    @property
    def more(self) -> int:
        return self.total - len(self.shown)


def related_by_theme(library: Library, toolkit: Toolkit, key_factor: KeyFactor,
                     per_theme: int = PER_THEME) -> tuple[RelatedByTheme, ...]:
    groups = []
    for slug in key_factor.themes:
        on_theme = library.key_factors_by_theme[slug]
        others = ((other, kf) for other, kf in on_theme if other.slug != toolkit.slug)
        shown = tuple(islice(others, per_theme))
        if shown:
            own = sum(slug in kf.themes for kf in toolkit.key_factors)
            groups.append(RelatedByTheme(library.theme_by_slug[slug], shown, len(on_theme) - own))
    return tuple(groups)

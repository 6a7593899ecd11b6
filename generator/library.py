"""The loaded library and the ways pages look into it.

``Library`` holds the validated entities; its properties answer the questions
the pages ask (which examples has this city, which key factors share a theme).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from generator.links import example_id, key_factor_ref
from generator.model import Charter, City, Example, KeyFactor, Method, Series, Synonyms, Theme, Toolkit


@dataclass(frozen=True)
class PlacedExample:
    """An example in its place: toolkit and key factor, with its city and themes looked up.
    Its id is its stable address."""
    toolkit: Toolkit
    key_factor: KeyFactor
    example: Example
    city: City
    themes: tuple[Theme, ...]  # the key factor's, then the example's own

    @property
    def id(self) -> str:
        return example_id(self)

    @property
    def theme_slugs(self) -> tuple[str, ...]:
        return tuple(theme.slug for theme in self.themes)


@dataclass(frozen=True)
class Library:
    toolkits: tuple[Toolkit, ...]
    cities: tuple[City, ...]
    themes: tuple[Theme, ...]
    series: tuple[Series, ...]
    charter: Charter
    method: Method
    synonyms: tuple[Synonyms, ...] = ()
    pages: dict[str, str] = field(default_factory=dict)  # hand-written Markdown pages by name (home, about)

    @cached_property
    def city_by_slug(self) -> dict[str, City]:
        return {c.slug: c for c in self.cities}

    @cached_property
    def theme_by_slug(self) -> dict[str, Theme]:
        return {t.slug: t for t in self.themes}

    @cached_property
    def toolkit_by_slug(self) -> dict[str, Toolkit]:
        return {t.slug: t for t in self.toolkits}

    @cached_property
    def series_by_slug(self) -> dict[str, Series]:
        return {s.slug: s for s in self.series}

    @cached_property
    def key_factor_by_ref(self) -> dict[str, tuple[Toolkit, KeyFactor]]:
        """Key factors by reference, 'toolkit/key-factor'."""
        return {key_factor_ref(t, kf): (t, kf) for t in self.toolkits for kf in t.key_factors}

    @cached_property
    def examples(self) -> tuple[PlacedExample, ...]:
        return tuple(PlacedExample(t, kf, ex, self.city_by_slug[ex.city], self.themes_of(kf, ex))
                     for t in self.toolkits for kf in t.key_factors for ex in kf.examples)

    @cached_property
    def examples_by_key_factor(self) -> dict[str, tuple[PlacedExample, ...]]:
        """Examples by key factor reference, 'toolkit/key-factor'."""
        return _group(self.examples, lambda p: [key_factor_ref(p.toolkit, p.key_factor)])

    @cached_property
    def examples_by_city(self) -> dict[str, tuple[PlacedExample, ...]]:
        return _group(self.examples, lambda p: [p.example.city])

    @cached_property
    def examples_by_theme(self) -> dict[str, tuple[PlacedExample, ...]]:
        return _group(self.examples, lambda p: p.theme_slugs)

    @cached_property
    def key_factors_by_theme(self) -> dict[str, tuple[tuple[Toolkit, KeyFactor], ...]]:
        return _group(self.key_factor_by_ref.values(), lambda pair: pair[1].themes)

    @cached_property
    def commitments_by_key_factor(self) -> dict[str, tuple]:
        pairs = [(c, ref) for role in self.charter.roles for c in role.commitments for ref in c.key_factors]
        return _group(pairs, lambda pair: [pair[1]], value=lambda pair: pair[0])

    def related(self, toolkit: Toolkit, key_factor: KeyFactor) -> tuple[tuple[Toolkit, KeyFactor, tuple[str, ...]], ...]:
        """Key factors of other toolkits that share a theme, with the shared themes."""
        found = []
        for other, kf in self.key_factor_by_ref.values():
            shared = tuple(t for t in kf.themes if t in key_factor.themes)
            if other.slug != toolkit.slug and shared:
                found.append((other, kf, shared))
        return tuple(found)

    def themes_of(self, key_factor: KeyFactor, example: Example | None = None) -> tuple[Theme, ...]:
        """A key factor's themes, then those an example adds."""
        extra = tuple(t for t in example.themes if t not in key_factor.themes) if example else ()
        return tuple(self.theme_by_slug[slug] for slug in key_factor.themes + extra)

    def toolkits_from(self, *seeds: str) -> tuple[Toolkit, ...]:
        """The toolkits printed in these seed files: the sources of shared text."""
        return tuple(t for t in self.toolkits if t.source.seed in seeds or t.source.cross_check in seeds)

    def guide_question_count(self) -> int:
        return sum(len(kf.guide_questions) for t in self.toolkits for kf in t.key_factors)


def _group(items, keys, value=lambda item: item) -> dict:
    grouped = defaultdict(list)
    for item in items:
        for key in keys(item):
            grouped[key].append(value(item))
    return {key: tuple(group) for key, group in grouped.items()}

"""Checks across entities and files: slugs, references, unused entries, footnotes.

Each check yields Problems located at the field it is about. Entities may be
partly read (a bad value is None), so checks skip what they cannot see.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from generator import links
from generator.model import Origin
from generator.problems import Problem, did_you_mean
from generator.text import footnote_marks


def problem(origin: Origin, field: str, message: str) -> Problem:
    """A problem with a field of an entity, at the place its Origin kept from reading."""
    path = f"{origin.path}.{field}" if origin.path and field else origin.path or field
    return Problem(origin.file, *origin.place(field), path, message)


def _present(items) -> list:
    return [item for item in items or () if item is not None]


def duplicate_slugs(kind: str, entities, slug_of: Callable = lambda e: e.slug,
                    field: str = "slug") -> Iterator[Problem]:
    counts = Counter(slug_of(e) for e in entities if slug_of(e))
    seen = set()
    for entity in entities:
        slug = slug_of(entity)
        if slug and counts[slug] > 1:
            where = "again" if slug in seen else "more than once"
            seen.add(slug)
            yield problem(entity.origin, field, f"duplicate {kind} '{slug}' (used {where})")


# Slugs that name a page of the section (index.md, self-assessment.md) or, for cities, a heading
# of the key factor page that the city's example would share its anchor with.
RESERVED = {"city": {"index", "why-it-matters", "guide-questions", "examples", "related", "charter"},
            "theme": {"index"}, "key factor": {"index", "self-assessment"},
            "toolkit": {"page"}}  # toolkits/page/2/ is the toolkits list's second page (paging.py)


def reserved_slugs(kind: str, entities) -> Iterator[Problem]:
    for entity in entities:
        if entity.slug in RESERVED[kind]:
            yield problem(entity.origin, "slug",
                             f"'{entity.slug}' cannot be a {kind} slug: the site uses it for a page or heading of its own")


def taken_anchors(page: str, entities, taken) -> Iterator[Problem]:
    """Slugs that are anchors of a page's headings, where each part is a search result at its
    own address: none may be an anchor the page already has."""
    for entity in entities:
        if entity.slug in taken:
            yield problem(entity.origin, "slug",
                          f"'{entity.slug}' is already an anchor of the {page} page; choose another slug")


def check_about_anchors(approaches, series) -> Iterator[Problem]:
    """The About page's headings: its own, the method's approaches and the series."""
    approaches = _present(approaches)
    yield from duplicate_slugs("approach", approaches)
    yield from taken_anchors("About", approaches, links.ABOUT_HEADINGS.keys() | {s.slug for s in series})
    yield from taken_anchors("About", series, links.ABOUT_HEADINGS)


def references(origin: Origin, field: str, values: Iterable[str] | str | None,
               known: Iterable[str] | None, kind: str) -> Iterator[Problem]:
    """Unknown references in a list field, or in a single-valued one when values is a str.

    ``known`` is None when the file that defines the kind could not be read.
    """
    if known is None:
        return
    known = set(known)
    single = isinstance(values, str)
    for i, value in enumerate([values] if single else values or ()):
        if value is not None and value not in known:
            path = field if single else f"{field}[{i}]"
            yield problem(origin, path, f"unknown {kind} '{value}'{did_you_mean(value, known)}")


def check_toolkit(toolkit, cities, themes, series) -> Iterator[Problem]:
    if toolkit.slug and Path(toolkit.origin.file).stem != toolkit.slug:
        yield problem(toolkit.origin, "slug",
                         f"slug '{toolkit.slug}' differs from the file name '{Path(toolkit.origin.file).name}'"
                         f" (rename the file to '{toolkit.slug}.yaml')")
    yield from reserved_slugs("toolkit", [toolkit])
    if toolkit.series:
        yield from references(toolkit.origin, "series", toolkit.series, series, "series")
    if toolkit.standard:
        yield from footnotes(toolkit.standard, ["headline", "text"])
    key_factors = _present(toolkit.key_factors)
    yield from duplicate_slugs("key factor", key_factors)
    yield from reserved_slugs("key factor", key_factors)
    for kf in key_factors:
        yield from references(kf.origin, "themes", kf.themes, themes, "theme")
        yield from footnotes(kf, ["statement", "rationale"])
        examples = _present(kf.examples)
        yield from duplicate_slugs("example city in this key factor (the city is the example's anchor)",
                                   examples, lambda e: e.city, "city")
        for example in examples:
            yield from references(example.origin, "city", example.city, cities, "city")
            yield from references(example.origin, "themes", example.themes, themes, "theme")
            for i, theme in enumerate(example.themes):
                if theme in (kf.themes or ()):
                    yield problem(example.origin, f"themes[{i}]",
                                     f"'{theme}' is already a theme of the key factor; list only extra themes")


def footnotes(entity, fields: list[str]) -> Iterator[Problem]:
    marks = [m for f in fields for m in footnote_marks(getattr(entity, f))]
    given = len(entity.footnotes or ())
    if sorted(marks) != list(range(1, given + 1)):
        yield problem(entity.origin, "footnotes",
                         f"{given} footnote(s) given but the text marks {sorted(marks) or 'none'}"
                         " (mark footnotes [^1], [^2], ... in order)")


def check_unused(toolkits, cities, themes) -> Iterator[Problem]:
    used_cities = {ex.city for t in toolkits for kf in _present(t.key_factors) for ex in _present(kf.examples)}
    used_themes = {theme for t in toolkits for kf in _present(t.key_factors)
                   for theme in list(kf.themes or ()) + [th for ex in _present(kf.examples) for th in ex.themes]}
    for city in cities:
        if city.slug and city.slug not in used_cities:
            yield problem(city.origin, "slug", f"city '{city.slug}' has no example; remove it or add its example")
    for theme in themes:
        if theme.slug and theme.slug not in used_themes:
            yield problem(theme.origin, "slug", f"theme '{theme.slug}' is used by no key factor or example")


def check_charter(charter, key_factor_refs: set[str] | None) -> Iterator[Problem]:
    """Duplicate commitments; unknown key factors unless the refs are unknowable (None)."""
    roles = _present(charter.roles)
    commitments = [c for role in roles for c in _present(role.commitments)]
    yield from duplicate_slugs("commitment", commitments)
    yield from duplicate_slugs("charter role", roles)
    yield from taken_anchors("Charter", roles, {c.slug for c in commitments})
    for commitment in commitments if key_factor_refs is not None else ():
        yield from references(commitment.origin, "key_factors", commitment.key_factors,
                              key_factor_refs, "key factor")


def check_synonyms(groups) -> Iterator[Problem]:
    """A group joins at least two words; a word sits in one group, or its groups would merge."""
    seen: dict[str, int] = {}
    for i, group in enumerate(groups):
        terms = [t for t in group.terms or () if t]
        if len(terms) < 2:
            yield problem(group.origin, "terms", "a synonym group needs at least two words")
        for j, term in enumerate(terms):
            key = term.casefold()
            if key in seen and seen[key] != i:
                yield problem(group.origin, f"terms[{j}]",
                                 f"'{term}' is already in synonym group {seen[key] + 1}; merge the two groups")
            seen.setdefault(key, i)

"""Which pages the site has, and what each one is rendered from.

A Page names its docs path, its template and the data it shows; front matter
(title, breadcrumbs, search settings) travels in ``meta`` for the theme.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from generator import links, views
from generator.assessment import assessment_json
from generator.library import Library

# How much each type of page weighs in search, against the examples (search.py):
# the pages that answer "who did what" first, the pages that list them after.
# A table that only repeats other pages is not indexed at all.
SEARCH = {"key_factor": {"boost": 1.0}, "city": {"boost": 1.0}, "theme": {"boost": 0.6},
          "toolkit": {"boost": 0.5}, "section": {"boost": 0.3}, "tool": {"boost": 0.2},
          "table": {"exclude": True}}


def meta(title: str, kind: str, **more) -> dict:
    # The left sidebar would list only the section's index page (the tabs already
    # show the sections), so it is hidden to give the text the room; the mobile
    # drawer keeps the navigation.
    return {"title": title, **more, "hide": ["navigation"], "search": SEARCH[kind]}


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    meta: dict
    context: dict = field(default_factory=dict)


def crumbs(*trail: tuple[str, str]) -> list[dict]:
    """Breadcrumbs for the theme: titles with site URLs, Home first."""
    return [{"title": title, "url": links.url_of(target)} for title, target in (("Home", links.HOME),) + trail]


def _toolkit_pages(library: Library) -> list[Page]:
    pages = []
    for toolkit in library.toolkits:
        trail = (("Toolkits", links.TOOLKITS), (toolkit.short_title, links.toolkit_page(toolkit)))
        pages.append(Page(links.toolkit_page(toolkit), "toolkit.md.j2",
                          meta(toolkit.title, "toolkit", crumbs=crumbs(*trail[:1])),
                          {"toolkit": toolkit}))
        credited = list(dict.fromkeys([toolkit, *library.toolkits_from(library.method.source)]))
        pages.append(Page(links.self_assessment_page(toolkit), "self_assessment.md.j2",
                          meta(f"Self-assessment: {toolkit.short_title}", "tool", crumbs=crumbs(*trail)),
                          {"toolkit": toolkit, "credited": credited,
                           "internal": views.self_assessment_approach(library),
                           "data": assessment_json(library, toolkit)}))
        factors = toolkit.key_factors
        for i, kf in enumerate(factors):
            neighbours = {"previous": factors[i - 1] if i else None,
                          "next": factors[i + 1] if i + 1 < len(factors) else None}
            pages.append(Page(links.key_factor_page(toolkit, kf), "key_factor.md.j2",
                              meta(kf.label, "key_factor", crumbs=crumbs(*trail),
                                   pager=_pager(toolkit, neighbours)),
                              views.key_factor(library, toolkit, kf, i + 1)))
    return pages


def _pager(toolkit, neighbours) -> dict:
    """Previous and next key factor: the one place where reading order means something."""
    return {side: {"title": kf.label, "url": links.url_of(links.key_factor_page(toolkit, kf))}
            for side, kf in neighbours.items() if kf is not None}


def _city_pages(library: Library) -> list[Page]:
    trail = (("Cities", links.CITIES),)
    pages = []
    for city in library.cities:
        placed = library.examples_by_city.get(city.slug, ())
        by_toolkit = [(toolkit, list(group)) for toolkit, group in groupby(placed, key=lambda p: p.toolkit)]
        pages.append(Page(links.city_page(city), "city.md.j2",
                          meta(city.name, "city", crumbs=crumbs(*trail)),
                          {"city": city, "by_toolkit": by_toolkit, "count": len(placed)}))
    return pages


def _theme_pages(library: Library) -> list[Page]:
    trail = (("Themes", links.THEMES),)
    pages = []
    for theme in library.themes:
        pairs = library.key_factors_by_theme.get(theme.slug, ())
        by_toolkit = [(toolkit, [kf for _, kf in group]) for toolkit, group in groupby(pairs, key=lambda p: p[0])]
        extra = [p for p in library.examples_by_theme.get(theme.slug, ()) if theme.slug not in p.key_factor.themes]
        pages.append(Page(links.theme_page(theme), "theme.md.j2",
                          meta(theme.name, "theme", crumbs=crumbs(*trail)),
                          {"theme": theme, "by_toolkit": by_toolkit, "extra_examples": extra}))
    return pages


def _countries(library: Library) -> list[tuple[str, list]]:
    ordered = sorted(library.cities, key=lambda c: (c.country, c.name))
    return [(country, list(group)) for country, group in groupby(ordered, key=lambda c: c.country)]


def _about_sources(library: Library):
    method = library.method
    seeds = {method.source, method.toolkits_source, *(s.source for s in library.series),
             *(t.source for t in method.terms)}
    return library.toolkits_from(*seeds)


def site_pages(library: Library, handwritten: dict[str, str]) -> list[Page]:
    """Every page of the site, in a fixed order."""
    sections = [
        Page(links.HOME, "home.md.j2", meta("Integrating Cities practice library", "section"),
             {"intro": handwritten["home"]}),
        Page(links.TOOLKITS, "toolkits.md.j2", meta("Toolkits", "section", crumbs=crumbs())),
        Page(links.CITIES, "cities.md.j2", meta("Cities", "section", crumbs=crumbs()),
             {"countries": _countries(library)}),
        Page(links.THEMES, "themes.md.j2", meta("Themes", "section", crumbs=crumbs())),
        Page(links.CHARTER, "charter.md.j2", meta("Integrating Cities Charter", "section", crumbs=crumbs())),
        Page(links.EXAMPLES, "examples.md.j2",
             meta("All examples", "table", crumbs=crumbs())),
        Page(links.ABOUT, "about.md.j2", meta("About", "section", crumbs=crumbs()),
             {"about": handwritten["about"], "source_toolkits": _about_sources(library),
              "series_toolkits": {s.slug: views.series_toolkits(library, s) for s in library.series}}),
    ]
    return sections + _toolkit_pages(library) + _city_pages(library) + _theme_pages(library)

"""Which pages the site has, and what each one is rendered from (page.py says
what a page is; listing.py makes the pages of lists that grow with the library)."""
from __future__ import annotations

from dataclasses import replace

from generator import links, matrix, paging, views
from generator.assessment import assessment_json, page_assets
from generator.browse import city_entries
from generator.library import Library
from generator.listing import city_pages, listing, theme_pages, toolkits_of
from generator.map import cities_map
from generator.page import Page, crumbs, meta
from generator.search import example_records, page_records, section_records, synonym_groups
from generator.synonyms import Synonyms, synonym_matchers


def _toolkit_pages(library: Library, matchers: Synonyms) -> list[Page]:
    records = example_records(library, matchers)
    # Worked out once: every self-assessment page credits the method's sources beside its toolkit.
    published = {p.toolkit: p for p in views.published(library, library.toolkits)}
    method_sources = library.toolkits_from(library.method.source)
    pages = []
    for toolkit in library.toolkits:
        trail = (("Toolkits", links.TOOLKITS), (toolkit.short_title, links.toolkit_page(toolkit)))
        own = published[toolkit]
        pages.append(Page(links.toolkit_page(toolkit), "toolkit.md.j2", meta(toolkit.title, crumbs=crumbs(*trail[:1])),
                          {**views.toolkit(library, own),
                           "by_city": matrix.cities_by_key_factors(library, toolkit, links.toolkit_page(toolkit))}))
        credited = [published[t] for t in dict.fromkeys([toolkit, *method_sources])]
        pages.append(Page(links.self_assessment_page(toolkit), "self_assessment.md.j2",
                          meta(f"Self-assessment: {toolkit.short_title}", crumbs=crumbs(*trail)),
                          {"toolkit": toolkit, "credited": credited,
                           "internal": views.self_assessment_approach(library),
                           "data": assessment_json(library, toolkit), "assets": page_assets(toolkit)}))
        factors = toolkit.key_factors
        for i, kf in enumerate(factors):
            neighbours = {"previous": factors[i - 1] if i else None,
                          "next": factors[i + 1] if i + 1 < len(factors) else None}
            pages.append(Page(links.key_factor_page(toolkit, kf), "key_factor.md.j2",
                              meta(kf.label, crumbs=crumbs(*trail),
                                   pager=_pager(toolkit, neighbours)),
                              {**views.key_factor(library, toolkit, kf, i + 1), "published": own, "credited": [own],
                               "records": [records[p.id] for p in library.examples_by_key_factor.get(
                                   links.key_factor_ref(toolkit, kf), ())]}))
    return pages


def _pager(toolkit, neighbours) -> dict:
    """Previous and next key factor: the one place where reading order means something."""
    return {side: {"title": kf.label, "url": links.url_of(links.key_factor_page(toolkit, kf))}
            for side, kf in neighbours.items() if kf is not None}


def _about_sources(library: Library):
    method = library.method
    seeds = {method.source, method.toolkits_source, *(s.source for s in library.series),
             *(t.source for t in method.terms)}
    return library.toolkits_from(*seeds)


def _parts(kind: str, page_title: str, sections, matchers: Synonyms) -> dict:
    """What a page whose parts are results of their own shows: each part and its search record, by anchor."""
    return {"sections": {s.anchor: s for s in sections},
            "records": section_records(kind, page_title, sections, matchers)}


def site_pages(library: Library, handwritten: dict[str, str]) -> list[Page]:
    """Every page of the site, in a fixed order."""
    toolkits = views.published(library, library.toolkits)
    every = {"credited": toolkits}
    matchers = synonym_matchers(library)  # the synonyms' index, made once for every record
    sections = [
        Page(links.HOME, "home.md.j2", meta("Integrating Cities practice library"),
             {**every, "toolkits": toolkits, "intro": handwritten["home"], "counts": views.counts(library)}),
        *listing(links.TOOLKITS, "toolkits.md.j2", "Toolkits", (), library.toolkits, paging.TOOLKITS,
                 lambda at, shown: {"toolkits": views.published(library, shown),
                                    "credited": views.published(library, shown)}),
        Page(links.CITIES, "cities.md.j2", meta("Cities", crumbs=crumbs(), hide=["toc"]),
             {**every, "entries": city_entries(library), "counts": views.counts(library),
              "map": cities_map(library, links.CITIES), "matrix": matrix.cities_by_themes(library, links.CITIES)}),
        Page(links.THEMES, "themes.md.j2", meta("Themes", crumbs=crumbs()), {**every, "rows": views.theme_rows(library)}),
        Page(links.CHARTER, "charter.md.j2", meta("Integrating Cities Charter", crumbs=crumbs()),
             {"roles": views.charter_roles(library), **_parts("charter", "Charter", views.charter_sections(library), matchers),
              "credited": views.published(library, library.toolkits_from(library.charter.source))}),
        *listing(links.EXAMPLES, "examples.md.j2", "All examples", (), library.examples, paging.EXAMPLE_ROWS,
                 lambda at, shown: {"rows": shown, "per_page": paging.EXAMPLE_ROWS, "count": len(library.examples),
                                    "credited": views.published(library, toolkits_of(shown))}),
        Page(links.SEARCH, "search.md.j2", meta("Search the library", crumbs=crumbs(), hide=["toc"], search_page=True),
             {**every, "synonyms": synonym_groups(library)}),
        Page(links.ABOUT, "about.md.j2", meta("About", crumbs=crumbs()),
             {"about": handwritten["about"], "credited": views.published(library, _about_sources(library)),
              **_parts("about", "About", views.about_sections(library, handwritten["about"]), matchers),
              "series_toolkits": [(s, views.series_toolkits(library, s)) for s in library.series]}),
    ]
    pages = sections + _toolkit_pages(library, matchers) + city_pages(library) + theme_pages(library)
    records = page_records(library, matchers)
    return [replace(page, search=records.get(page.path)) for page in pages]

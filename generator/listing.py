"""Pages that list what grows with the library, a page at a time (paging.py):
a city's examples, a theme's key factors and examples, and the helpers the
other listings (toolkits, every example) share."""
from __future__ import annotations

from itertools import groupby

from generator import links, paging, views
from generator.browse import theme_entries, theme_listing
from generator.library import Library
from generator.map import locator
from generator.page import Page, crumbs, meta


def listing(first: str, template: str, title: str, trail, entries, size: int, context,
            weight=lambda entry: 1, **more) -> list[Page]:
    """A listing's pages (paging.py): the first at ``first`` as before, the others after it;
    ``context(paging, shown)`` is what a page shows of its entries."""
    pages = []
    for at, shown in paging.paged(first, entries, size, weight):
        title_here = title if at.number == 1 else f"{title} (page {at.number} of {at.count})"
        trail_here = trail if at.number == 1 else (*trail, (title, first))
        pages.append(Page(at.path, template, meta(title_here, crumbs=crumbs(*trail_here), **more),
                          {**context(at, shown), "paging": at}))
    return pages


def toolkits_of(placed_examples) -> list:
    """The toolkits of some examples, in order, once each."""
    return list(dict.fromkeys(p.toolkit for p in placed_examples))


def _by_toolkit(library: Library, placed_examples) -> dict:
    return {"by_toolkit": [(toolkit, list(group)) for toolkit, group in groupby(placed_examples, key=lambda p: p.toolkit)],
            "credited": views.published(library, toolkits_of(placed_examples))}


def _theme_context(library: Library, theme, shown) -> dict:
    grouped = theme_listing(shown)
    return {"theme": theme, **grouped,
            "credited": views.published(library, [toolkit for toolkit, _ in grouped["by_toolkit"]])}


def city_pages(library: Library) -> list[Page]:
    trail = (("Cities", links.CITIES),)
    pages = []
    for city in library.cities:
        placed = library.examples_by_city.get(city.slug, ())
        facts = {"city": city, "count": len(placed), "toolkit_count": len(toolkits_of(placed))}
        pages += listing(links.city_page(city), "city.md.j2", city.name, trail, placed, paging.CITY_EXAMPLES,
                         lambda at, shown: {**facts, "locator": locator(city, at.path), **_by_toolkit(library, shown)})
    return pages


def theme_pages(library: Library) -> list[Page]:
    trail = (("Themes", links.THEMES),)
    pages = []
    for theme in library.themes:
        pages += listing(links.theme_page(theme), "theme.md.j2", theme.name, trail, theme_entries(library, theme),
                         paging.THEME_ENTRIES, lambda at, shown: _theme_context(library, theme, shown),
                         weight=lambda entry: entry.weight)
    return pages

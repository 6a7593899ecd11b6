"""What a page of the site is: its docs path, its template and the data it shows.

Front matter (title, breadcrumbs, search settings) travels in ``meta`` for the theme.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator import links


def meta(title: str, **more) -> dict:
    # The left sidebar would list only the section's index page (the tabs already
    # show the sections), so it is hidden to give the text the room; the mobile
    # drawer keeps the navigation.
    hide = ["navigation", *more.pop("hide", [])]
    return {"title": title, **more, "hide": hide}


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    meta: dict
    context: dict = field(default_factory=dict)
    search: dict | None = None  # the page as a search result (search.py), if it is one


def crumbs(*trail: tuple[str, str]) -> list[dict]:
    """Breadcrumbs for the theme: titles with site URLs, Home first."""
    return [{"title": title, "url": links.url_of(target)} for title, target in (("Home", links.HOME),) + trail]

"""Page addresses, held against MkDocs' own rules for every page of the site and every pair of pages.

``links.url_of`` restates MkDocs' directory URLs; ``relative`` writes the .md
links MkDocs resolves; ``relative_url`` the URLs the browser resolves.
"""
from __future__ import annotations

import posixpath
from urllib.parse import urljoin

import pytest
from mkdocs.structure.files import File

from generator import links
from generator.pages import site_pages

BASE = "https://example.org/project/"
# Shapes the site does not have yet, where hand-written URL rules usually go wrong.
SHAPES = ["index.md", "a.md", "a/index.md", "a/b.md", "a/b/index.md", "a/b/c.md", "a-b/c.d.md", "a/README.md"]
# Later pages of listings (paging.py), which today's content does not need.
SHAPES += [links.listing_page(first, 2) for first in (links.EXAMPLES, links.TOOLKITS, "cities/ghent.md", "themes/x.md")]


@pytest.fixture(scope="module")
def paths(library) -> list[str]:
    return [page.path for page in site_pages(library, {"home": "", "about": ""})] + SHAPES


def mkdocs_url(path: str) -> str:
    """MkDocs' URL for a docs path, with its "./" for the home page written as "" like ``url_of``."""
    return File(path, "/docs", "/site", use_directory_urls=True).url.removeprefix("./")


def test_url_of_is_mkdocs_url_for_every_page(paths):
    assert {p: links.url_of(p) for p in paths} == {p: mkdocs_url(p) for p in paths}


def test_url_of_keeps_the_anchor():
    assert links.url_of("toolkits/anti-discrimination/data-collection.md#ghent") == \
        "toolkits/anti-discrimination/data-collection/#ghent"
    assert links.url_of("index.md#top") == "#top"


def test_relative_links_resolve_to_their_target_from_every_page(paths):
    wrong = [(here, target) for here in paths for target in paths
             if posixpath.normpath(posixpath.join(posixpath.dirname(here), links.relative(here, target))) != target]
    assert wrong == []


def test_relative_urls_resolve_to_their_target_from_every_page(paths):
    wrong = [(here, target) for here in paths for target in paths
             if urljoin(BASE + mkdocs_url(here), links.relative_url(here, target + "#x")) != BASE + mkdocs_url(target) + "#x"]
    assert wrong == []
    page = "toolkits/anti-discrimination/self-assessment.md"
    assert links.relative_url(page, page) == "./"
    assert links.relative_url(page, page + "#q1") == "#q1"


def test_a_link_to_an_anchor_on_the_same_page_is_the_anchor_alone():
    assert links.relative("cities/ghent.md", "cities/ghent.md#top") == "ghent.md#top"
    assert links.relative("cities/ghent.md", "#top") == "#top"


def test_references(library):
    toolkit, key_factor = library.key_factor["anti-discrimination/encouraging-change"]
    assert links.key_factor_ref(toolkit, key_factor) == "anti-discrimination/encouraging-change"
    ghent = next(p for p in library.examples if p.example.city == "ghent" and p.key_factor is key_factor)
    assert links.example_id(ghent) == ghent.id == "anti-discrimination/encouraging-change#ghent"
    assert links.example_target(ghent) == "toolkits/anti-discrimination/encouraging-change.md#ghent"


def test_a_listing_continues_beside_its_first_page():
    assert links.listing_page("cities/ghent.md", 1) == "cities/ghent.md"
    assert links.listing_page("cities/ghent.md", 3) == "cities/ghent/page/3.md"
    assert links.listing_page(links.EXAMPLES, 2) == "examples/page/2.md"
    assert links.url_of(links.listing_page(links.TOOLKITS, 12)) == "toolkits/page/12/"

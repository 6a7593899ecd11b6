"""Listings cut into pages (paging.py): every entry on exactly one page, reached page by page.

Today's content fits each listing on one page, so these build the content with
every toolkit copied three times (the benchmarks' ``scaled_content``).
"""
from __future__ import annotations

import posixpath
import re

import pytest

from benchmarks.page_size import scaled_content
from generator import links, load_library, paging
from generator.build import render_site

LINK = re.compile(r"\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)")
NAV = re.compile(r"^Page (\d+) of (\d+)(.*)\n\{: \.ic-page-nav", re.M)


@pytest.fixture(scope="module")
def tripled(tmp_path_factory):
    library = load_library(scaled_content(3, tmp_path_factory.mktemp("tripled") / "content"))
    return library, render_site(library)


def targets(here: str, text: str) -> list[str]:
    """The docs paths (with anchors) that a page's Markdown links to, in order."""
    return [posixpath.normpath(posixpath.join(posixpath.dirname(here), link)) for link in LINK.findall(text)]


def listing(pages: dict[str, str], first: str) -> list[str]:
    """The pages of a listing, followed from the first by its Next links; checks each page's position."""
    order, here = [], first
    while here:
        order.append(here)
        number, count, nav = NAV.search(pages[here]).groups()
        assert int(number) == len(order)
        ahead = re.search(r"\[Next\]\(([^)]+)\)", nav)
        here = posixpath.normpath(posixpath.join(posixpath.dirname(here), ahead.group(1))) if ahead else None
    assert len(order) == int(count) > 1
    assert order == [links.listing_page(first, n) for n in range(1, len(order) + 1)]
    return order


def test_the_examples_table_lists_every_example_once_in_order(tripled):
    library, pages = tripled
    rows = [t for page in listing(pages, links.EXAMPLES) for t in targets(page, pages[page]) if "#" in t]
    assert rows == [links.example_target(p) for p in library.examples]
    assert len(library.examples) > paging.EXAMPLE_ROWS


def test_a_paged_examples_table_says_sorting_is_per_page_and_points_to_the_finder(tripled):
    _, pages = tripled
    for page in listing(pages, links.EXAMPLES):
        assert "this sorts the rows of this page" in pages[page]
        assert links.SEARCH in targets(page, pages[page])


def test_a_city_lists_each_of_its_examples_once(tripled):
    library, pages = tripled
    city = library.city_by_slug["barcelona"]
    placed = library.examples_by_city["barcelona"]
    heads = [posixpath.normpath(posixpath.join(posixpath.dirname(page), link))
             for page in listing(pages, links.city_page(city))
             for link in re.findall(r"^### \[[^]]+\]\(([^)]+)\)", pages[page], re.M)]
    assert heads == [links.example_target(p) for p in placed]
    assert len(placed) > paging.CITY_EXAMPLES
    first = pages[links.city_page(city)]
    assert f"{len(placed)} examples in {len({p.toolkit for p in placed})} toolkits" in first


def test_a_theme_lists_each_key_factor_and_example_once(tripled):
    library, pages = tripled
    theme = library.theme_by_slug["anti-discrimination"]
    shown = [t for page in listing(pages, links.theme_page(theme)) for t in targets(page, pages[page])]
    examples = [t for t in shown if "#" in t and not t.startswith("themes/")]
    assert sorted(examples) == sorted(links.example_target(p) for p in library.examples_by_theme[theme.slug])
    assert len(set(examples)) == len(examples)
    for toolkit, kf in library.key_factors_by_theme[theme.slug]:
        assert links.key_factor_page(toolkit, kf) in shown


def test_the_toolkits_list_names_each_toolkit_once(tripled):
    library, pages = tripled
    shown = [posixpath.normpath(posixpath.join(posixpath.dirname(page), link)) for page in listing(pages, links.TOOLKITS)
             for link in re.findall(r"\[Read the toolkit\]\(([^)]+)\)", pages[page])]
    assert shown == [links.toolkit_page(t) for t in library.toolkits]


def test_every_link_of_every_page_leads_to_a_page(tripled):
    _, pages = tripled
    broken = {(here, t) for here, text in pages.items() if here.endswith(".md")
              for t in targets(here, text) if t.partition("#")[0] not in pages}
    assert broken == set()


def test_each_example_has_one_search_record_on_its_key_factor_page(tripled):
    library, pages = tripled
    markers = {path: text.count('"kind":"example"') for path, text in pages.items()}
    assert sum(markers.values()) == len(library.examples)
    assert all(path.startswith("toolkits/") for path, n in markers.items() if n)


def test_chunks_hold_at_most_their_size_and_an_oversized_entry_alone():
    assert paging.chunks(range(5), 2) == [(0, 1), (2, 3), (4,)]
    assert paging.chunks([1, 5, 1, 1], 3, weight=lambda n: n) == [(1,), (5,), (1, 1)]
    assert paging.chunks([], 10) == [()]

"""The built site in Debian's Chromium, served over HTTP on 127.0.0.1 under a project path."""
from __future__ import annotations

import re

import pytest

from tests.search_queries import QUERIES, example_url
from tests.support.search import SEARCH_INPUT, evaluate, open_search, report, search

pytestmark = pytest.mark.browser


def test_typing_procurement_clause_finds_ghent_and_lands_on_its_section(server, visit):
    page = visit.page
    page.goto(server.url("toolkits/"))
    open_search(page)
    page.locator(SEARCH_INPUT).press_sequentially("procurement clause", delay=30)
    ghent = page.locator(".md-search-result__item > a.md-search-result__link",
                         has=page.locator("h2", has_text="Ghent · Encouraging change"))
    ghent.wait_for()
    cards = page.locator(".md-search-result__item")
    position = next(i for i in range(cards.count()) if cards.nth(i).locator(
        ":scope > a", has=page.locator("h2", has_text="Ghent · Encouraging change")).count())
    assert position < 3, f"Ghent's example is in result card {position + 1}"
    ghent.click()
    page.wait_for_url(re.compile(r"/toolkits/anti-discrimination/encouraging-change/.*#ghent$"))
    heading = page.locator("h3#ghent")
    assert heading.is_visible() and heading.evaluate("h => h.getBoundingClientRect().top") < 300
    assert page.locator("article mark", has_text=re.compile("clause", re.I)).count() > 0  # search.highlight
    assert visit.foreign == []


def test_practitioner_queries_land_in_the_first_three_results(server, visit, search_report):
    outcomes = evaluate(visit.page, server.root, QUERIES, example_url)
    search_report.append(report(outcomes))
    landed = [q for q, rank, _ in outcomes if rank and rank <= 3]
    assert len(QUERIES) >= 20
    assert len(landed) >= 0.9 * len(QUERIES), report(outcomes)
    must = {"procurement clause", "Gent procurement", "München masterplan refugees", "Wien monitoring"}
    assert must <= set(landed), report(outcomes)


@pytest.mark.parametrize("name, slug", [("Gent", "ghent"), ("München", "munich"), ("Wien", "vienna")])
def test_a_local_name_finds_the_city(server, visit, name, slug):
    page = visit.page
    page.goto(server.root)
    open_search(page)
    first = search(page, server.root, name)[0]
    assert any(path == f"cities/{slug}/" or path.endswith(f"/#{slug}") for path in first), first


def test_browsing_loads_nothing_from_another_host(server, visit):
    page = visit.page
    for path in ["", "toolkits/anti-discrimination/encouraging-change/", "cities/ghent/", "themes/procurement/",
                 "charter/", "about/"]:
        page.goto(server.url(path))
        page.wait_for_load_state("networkidle")
    open_search(page)
    search(page, server.root, "procurement")
    assert visit.foreign == []


def test_instant_navigation_keeps_breadcrumbs_and_lights_the_tab(server, visit):
    page = visit.page
    page.goto(server.url("cities/"))
    page.locator("article a", has_text="Ghent").first.click()
    page.wait_for_url(re.compile(r"/cities/ghent/$"))
    assert page.locator("nav.ic-crumbs a").all_inner_texts() == ["Home", "Cities"]
    assert page.locator(".md-tabs__item--active").inner_text().strip() == "Cities"
    page.locator("article a", has_text="Encouraging change").first.click()
    page.wait_for_url(re.compile(r"encouraging-change/#ghent$"))
    assert page.locator(".md-tabs__item--active").inner_text().strip() == "Toolkits"


@pytest.mark.parametrize("path, section", [
    ("", "Home"), ("cities/", "Cities"), ("cities/ghent/", "Cities"), ("themes/procurement/", "Themes"),
    ("toolkits/anti-discrimination/", "Toolkits"), ("toolkits/anti-discrimination/encouraging-change/", "Toolkits"),
    ("toolkits/anti-discrimination/self-assessment/", "Toolkits"), ("about/", "About")])
def test_a_page_loaded_directly_lights_the_tab_of_its_section(server, visit, path, section):
    page = visit.page
    page.goto(server.url(path))
    assert page.locator(".md-tabs__item--active").all_inner_texts() == [section]


def test_an_example_loaded_directly_is_scrolled_into_view(server, visit):
    page = visit.page
    page.goto(server.url("toolkits/anti-discrimination/encouraging-change/#ghent"))
    heading = page.locator("h3#ghent")
    page.wait_for_function("() => document.getElementById('ghent').getBoundingClientRect().top < innerHeight / 2")
    assert heading.bounding_box()["y"] >= 0 and page.evaluate("scrollY") > 0


def test_missing_page_shows_the_404_page_styled_under_the_project_path(server, visit):
    page = visit.page
    response = page.goto(server.url("no/such/page/"))
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    header = page.locator(".md-header")
    assert header.evaluate("h => getComputedStyle(h).position") in ("sticky", "fixed")  # the theme's CSS loaded
    page.locator("article a", has_text="Toolkits").click()
    page.wait_for_url(server.url("toolkits/"))
    assert page.locator("h1").inner_text().startswith("Toolkits")


def test_the_examples_table_sorts_by_a_column_heading(server, visit):
    page = visit.page
    page.goto(server.url("examples/"))
    heading = page.locator(".ic-sortable th", has_text="Country")
    countries = lambda: page.locator(".ic-sortable tbody tr td:nth-child(2)").all_inner_texts()
    unsorted = countries()
    heading.locator("button").click()
    assert heading.get_attribute("aria-sort") == "ascending"
    assert countries() == sorted(unsorted) and countries() != unsorted
    heading.locator("button").press("Enter")  # the keyboard works too
    assert heading.get_attribute("aria-sort") == "descending"
    assert countries() == sorted(unsorted, reverse=True)

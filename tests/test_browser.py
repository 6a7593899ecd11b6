"""The built site in Debian's Chromium, served over HTTP on 127.0.0.1 under a project path."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.search_queries import example_url
from tests.support.search import search

pytestmark = pytest.mark.browser


def _header_box(page):
    return page.locator("[data-search-box] input[name=q]")


def test_typing_procurement_clause_in_the_header_lands_on_ghents_section(server, visit):
    page = visit.page
    page.goto(server.url("toolkits/"))
    box = _header_box(page)
    box.click()
    box.press_sequentially("procurement clause", delay=30)
    options = page.locator("#ic-searchbox-list [role=option]")
    options.first.wait_for()
    titles = options.locator("a").all_inner_texts()
    assert "Ghent · Encouraging change" in titles[:3], titles
    assert re.match(r"\d+ results", page.locator("[data-search-box-status]").inner_text())
    options.filter(has_text="Ghent · Encouraging change").locator("a").click()
    page.wait_for_url(re.compile(r"/toolkits/anti-discrimination/encouraging-change/#ghent$"))
    heading = page.locator("h3#ghent")
    assert heading.is_visible() and 0 <= heading.evaluate("h => h.getBoundingClientRect().top") < 300
    assert visit.foreign == [] and visit.errors == []


def test_the_header_box_works_from_the_keyboard_alone(server, visit):
    page = visit.page
    page.goto(server.url("cities/"))
    box = _header_box(page)
    box.focus()
    page.keyboard.type("one-stop shop")
    page.locator("#ic-searchbox-list [role=option]").first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.locator("#ic-searchbox-option-1")
    assert second.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == "ic-searchbox-option-1"
    page.keyboard.press("Escape")
    assert page.locator(".ic-searchbox__panel").is_hidden() and box.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")  # no result chosen: the search page, with the query
    page.wait_for_url(re.compile(r"/search/\?q=one-stop\+shop$"))
    page.locator("#search-results ol > li").first.wait_for()
    assert page.locator("#ic-search-q").input_value() == "one-stop shop"


def test_the_search_page_contract_and_what_a_result_shows(server, visit):
    page = visit.page
    results = search(page, server.root, "procurement clause")
    assert example_url("anti-discrimination/encouraging-change#ghent") in results[:3], results
    ghent = page.locator("#search-results ol > li").nth(results.index(
        example_url("anti-discrimination/encouraging-change#ghent")))
    assert ghent.locator("a").first.inner_text() == "Ghent · Encouraging change"
    assert "Ghent, Belgium" in ghent.inner_text() and "Anti-discrimination" in ghent.inner_text()
    assert "Themes: " in ghent.inner_text()
    assert ghent.locator("mark").all_inner_texts()  # the query's words, highlighted
    assert re.match(r"\d+ results", page.locator("#ic-search-status").inner_text())


def test_a_result_marks_the_synonyms_it_was_found_by(server, visit):
    page = visit.page
    results = search(page, server.root, "tender conditions to take on jobless people")
    copenhagen = example_url("cultural-diversity/procurement#copenhagen")
    assert copenhagen in results[:5], results
    marks = page.locator("#search-results ol > li").nth(results.index(copenhagen)).locator("mark").all_inner_texts()
    # The text says "procurement" and "unemployed": content/synonyms.yaml puts them with "tender" and "jobless".
    assert {"procurement", "unemployed"} <= {mark.lower() for mark in marks}, marks


def test_a_part_of_the_about_page_is_a_result_that_opens_at_its_heading(server, visit):
    page = visit.page
    results = search(page, server.root, "peer review")
    assert results[0] == "about/#peer-review", results
    first = page.locator("#search-results ol > li").first.locator("a").first
    assert first.inner_text() == "About · Conducting a peer review"
    first.click()
    page.wait_for_url(re.compile(r"/about/#peer-review$"))
    page.wait_for_function("() => document.getElementById('peer-review').getBoundingClientRect().top < innerHeight / 2")
    assert visit.errors == []


def test_examples_come_before_a_page_that_gathers_them_unless_the_query_names_it(server, visit):
    # the theme "Access to services and welcome" holds these words in its synonyms and description
    assert search(visit.page, server.root, "welcome centre for newcomers")[0] == example_url(
        "cultural-diversity/welcome-culture#tampere")
    assert search(visit.page, server.root, "access to services")[0] == "themes/access-to-services/"


@pytest.mark.parametrize("name, slug", [("Gent", "ghent"), ("München", "munich"), ("Wien", "vienna"),
                                        ("Ghent", "ghent"), ("Munich", "munich"), ("Barcelona", "barcelona")])
def test_a_city_name_in_any_of_its_names_finds_the_city_page_first(server, visit, name, slug):
    assert search(visit.page, server.root, name)[0] == f"cities/{slug}/"


def test_a_widened_search_says_which_words_its_results_match(server, visit):
    page = visit.page
    search(page, server.root, "history exhibition about immigration")
    status = page.locator("#ic-search-status").inner_text()
    assert re.match(r"\d+ results \(none with every word of the search; they match “immigration”\)", status), status
    search(page, server.root, "intercultural mediation")
    assert re.search(r"\(\d+ with every word of the search; the others match “[a-z ]+”\)",
                     page.locator("#ic-search-status").inner_text())


def test_a_widened_search_with_few_results_lists_what_its_other_words_find_apart_and_uncounted(server, visit):
    page = visit.page
    results = search(page, server.root, "resolving disputes between residents")
    counted = page.locator("#search-results ol.ic-results:not(.ic-results--partial) > li").count()
    status = page.locator("#ic-search-status").inner_text()
    assert re.match(rf"{counted} results? \(none with every word of the search; they match", status), status
    assert page.locator("#search-results h2.ic-results__partial").inner_text() == "Matching some other words of your search"
    partial = results[counted:]
    assert len(partial) == page.locator("#search-results ol.ic-results--partial > li").count() > 0
    # Barcelona's mediation service prevents "conflicts" (a synonym of dispute), which widening did not keep.
    assert "toolkits/cultural-diversity/conflict-mediation/#barcelona" in partial[:3], results
    assert set(partial).isdisjoint(results[:counted])
    search(page, server.root, "procurement")
    assert page.locator("#search-results .ic-results--partial").count() == 0


def test_a_misspelt_word_is_corrected_with_a_suggestion(server, visit):
    page = visit.page
    results = search(page, server.root, "procurment")
    assert "Did you mean procurement?" in page.locator("#ic-search-status").inner_text()
    assert any(path.startswith("toolkits/cultural-diversity/procurement/#") for path in results[:5]), results


def test_a_word_no_page_uses_is_named_as_left_out(server, visit):
    page = visit.page
    results = search(page, server.root, "busting stereotypes about newcomers")
    assert "No page uses “busting”; the search leaves it out." in page.locator("#ic-search-status").inner_text()
    assert results, "the other words still search"
    search(page, server.root, "zorbs and qwxyz for refugees")
    assert "No page uses “zorbs” or “qwxyz”; the search leaves them out." in \
        page.locator("#ic-search-status").inner_text()
    search(page, server.root, "stereotypes")
    assert "No page uses" not in page.locator("#ic-search-status").inner_text()


def test_the_search_runs_on_the_page_without_fetching_a_worker(server, visit):
    page = visit.page
    requested = []
    page.on("request", lambda request: requested.append(urlsplit(request.url).path))
    page.add_init_script("window.__workers = 0; const W = window.Worker;"
                         "window.Worker = class extends W { constructor(...a) { super(...a); window.__workers++; } };")
    results = search(page, server.root, "procurement clause")
    assert "toolkits/anti-discrimination/encouraging-change/#ghent" in results[:3], results
    _header_box(page).press_sequentially("mentoring", delay=30)
    page.locator(".ic-searchbox__all").wait_for()
    assert any(path.endswith("/pagefind/pagefind.js") for path in requested)
    assert [path for path in requested if "worker" in path] == [] and page.evaluate("window.__workers") == 0
    assert visit.errors == []


def test_without_its_vocabulary_the_search_still_finds_the_practice(server, visit):
    page = visit.page
    page.route("**/pagefind/vocabulary.json", lambda route: route.fulfill(status=404, body="missing"))
    results = search(page, server.root, "procurement clause")
    assert "toolkits/anti-discrimination/encouraging-change/#ghent" in results[:3], results
    assert re.match(r"\d+ results", page.locator("#ic-search-status").inner_text())
    assert visit.errors == []


def test_without_its_index_the_search_says_so_and_points_to_the_examples(server, visit):
    page = visit.page
    page.route("**/pagefind/pagefind.js", lambda route: route.fulfill(status=404, body="missing"))
    assert search(page, server.root, "procurement clause") == []
    status = page.locator("#ic-search-status")
    assert status.inner_text().startswith("Search is not available just now: its index could not be loaded.")
    assert status.locator("a").get_attribute("href").endswith("/examples/")
    box = _header_box(page)
    box.press_sequentially("mentoring", delay=30)
    assert page.locator("[data-search-box-status]").inner_text() == "Search is not available just now"
    link = page.locator(".ic-searchbox__all")
    assert link.is_visible() and link.get_attribute("href").endswith("/examples/")
    assert visit.errors == []


def test_a_search_that_finds_nothing_offers_the_filter_to_drop(server, visit, library):
    page = visit.page
    assert search(page, server.root, "procurement", city=["Tampere"]) == []
    status = page.locator("#ic-search-status")
    assert status.inner_text().startswith("0 results")
    status.locator("button", has_text="City: Tampere").click()
    page.locator("#search-results ol > li").first.wait_for()
    assert "city=" not in page.url


@pytest.mark.parametrize("name, pick", [
    ("city", lambda library, p: library.city_by_slug[p.example.city].name == "Ghent"),
    ("country", lambda library, p: library.city_by_slug[p.example.city].country == "Germany"),
    ("theme", lambda library, p: "procurement" in p.theme_slugs),
    ("toolkit", lambda library, p: p.toolkit.slug == "managing-diversity"),
])
def test_each_filter_lists_exactly_the_examples_the_content_says(server, visit, library, name, pick):
    value = {"city": "Ghent", "country": "Germany", "theme": library.theme_by_slug["procurement"].name,
             "toolkit": library.toolkit_by_slug["managing-diversity"].short_title}[name]
    page = visit.page
    found = search(page, server.root, "", **{name: [value]})
    items = page.locator("#search-results ol > li")
    while page.locator(".ic-results__more").count():
        shown = items.count()
        page.locator(".ic-results__more").click()
        page.wait_for_function(f"document.querySelectorAll('#search-results ol > li').length > {shown}")
    found = [href.split(server.root, 1)[1] for href in
             page.eval_on_selector_all("#search-results ol > li", "items => items.map(i => i.querySelector('a').href)")]
    expected = [example_url(p.id) for p in library.examples if pick(library, p)]
    assert found == expected  # every example the filter selects, in the library's order
    box = page.locator(f"#ic-search-filters input[name={name}][value='{value}']")
    assert box.is_checked()
    assert page.locator(f"#ic-search-filters label:has(input[value='{value}']) .ic-filter__count").inner_text() \
        == str(len(expected))


def test_a_query_with_a_filter_keeps_only_that_filters_results(server, visit, library):
    page = visit.page
    found = search(page, server.root, "employers", country=["Germany"])
    assert found
    german = {example_url(p.id) for p in library.examples if library.city_by_slug[p.example.city].country == "Germany"}
    german_cities = {f"cities/{c.slug}/" for c in library.cities if c.country == "Germany"}
    assert all(path in german or path in german_cities for path in found), found


def test_filter_counts_follow_what_is_typed_once_typing_pauses(server, visit):
    """Counts come from a Pagefind of their own after a pause in typing; they count the typed query's results."""
    page = visit.page
    page.goto(server.url("search/"))
    page.locator("#search-results ol > li").first.wait_for()  # no query: every example
    germany = page.locator("#ic-search-filters label:has(input[name=country][value='Germany']) .ic-filter__count")
    every = int(germany.inner_text())
    page.locator("#ic-search-q").press_sequentially("employers", delay=40)
    page.wait_for_function("/ results?/.test(document.querySelector('#ic-search-status').textContent)")
    page.wait_for_function("(every) => { const c = document.querySelector("
                           "\"#ic-search-filters label:has(input[name=country][value='Germany']) .ic-filter__count\");"
                           " return c && Number(c.textContent) !== every }", arg=every)
    counted = int(germany.inner_text())
    assert 0 < counted < every
    assert len(search(page, server.root, "employers", country=["Germany"])) == counted


def test_browsing_and_searching_load_nothing_from_another_host(server, visit):
    page = visit.page
    for path in ["", "toolkits/anti-discrimination/encouraging-change/", "cities/ghent/", "themes/procurement/",
                 "charter/", "about/"]:
        page.goto(server.url(path))
        page.wait_for_load_state("networkidle")
    search(page, server.root, "procurement")
    assert visit.foreign == [] and visit.errors == []


def test_the_header_search_fits_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(server.url("toolkits/"))
    page.locator(".ic-searchbox__label").click()
    box = page.locator("[data-search-box] input[name=q]")
    assert box.evaluate("b => document.activeElement === b")
    box.press_sequentially("mentoring", delay=20)
    page.locator("#ic-searchbox-list [role=option]").first.wait_for()
    panel = page.locator(".ic-searchbox__panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_following_links_keeps_breadcrumbs_and_lights_the_tab(server, visit):
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


def test_the_search_page_belongs_to_no_section_and_lights_no_tab(server, visit):
    page = visit.page
    page.goto(server.url("search/?q=procurement"))
    page.locator("#search-results ol > li").first.wait_for()
    assert page.locator(".md-tabs__item").count() > 5
    assert page.locator(".md-tabs__item--active").all_inner_texts() == []


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


def test_on_a_wide_screen_the_examples_are_a_table(server, visit):
    page = visit.page
    page.goto(server.url("examples/"))
    page.wait_for_function("document.querySelector('.ic-sortable table').dataset.icSortable")
    first, second = page.locator(".ic-sortable tbody tr").first.locator("td").all()[:2]
    assert first.evaluate("c => getComputedStyle(c).display") == "table-cell"
    assert first.bounding_box()["y"] == second.bounding_box()["y"]


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

"""Every page type in Chromium at a phone's 390 px and at 1280 px: nothing scrolls
sideways, no word in a table is broken mid-word, the header title is whole, and
the map is usable by keyboard. Screenshots for a reviewer go to tests/screenshots/
(git-ignored)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.layout import WORD_OR_HYPHENATED_PART, broken_words

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).parent / "screenshots"
PAGE_TYPES = {
    "home": "", "toolkits": "toolkits/", "toolkit": "toolkits/anti-discrimination/",
    "key factor": "toolkits/anti-discrimination/encouraging-change/",
    "self-assessment": "toolkits/anti-discrimination/self-assessment/",
    "cities": "cities/", "city": "cities/ghent/", "themes": "themes/", "theme": "themes/procurement/",
    "examples": "examples/", "charter": "charter/", "about": "about/", "missing": "no/such/page/",
}
@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True,
                                  has_touch=True)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_page_scrolls_sideways_on_a_phone_nor_breaks_a_word_in_a_table(server, phone, kind):
    phone.goto(server.url(PAGE_TYPES[kind]))
    phone.wait_for_load_state("networkidle")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{kind}: the page is {width} px wide in a 390 px screen"
    assert broken_words(phone, "article td, article th", WORD_OR_HYPHENATED_PART) == [], f"{kind}: words broken mid-word in a table"
    title = phone.locator(".md-header__topic:first-child .ic-title-short")
    assert title.is_visible() and not phone.locator(".ic-title-long").first.is_visible()
    assert title.evaluate("t => t.closest('.md-ellipsis').scrollWidth <= t.closest('.md-ellipsis').clientWidth")


def test_wide_tables_scroll_in_their_own_box_with_a_visible_cue(server, phone):
    phone.goto(server.url("cities/"))
    box = phone.locator("#who-did-what ~ div .ic-matrix")
    assert box.evaluate("b => b.scrollWidth > b.clientWidth && getComputedStyle(b).overflowX === 'auto'")
    assert box.locator(".ic-scroll-cue").is_visible()
    assert "radial-gradient" in box.evaluate("b => getComputedStyle(b).backgroundImage")


def test_on_a_phone_each_theme_of_the_table_is_a_card_with_its_figures_on_one_line(server, phone):
    phone.goto(server.url("themes/"))
    phone.wait_for_function("document.querySelector('.ic-sortable table').dataset.icSortable")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    table = phone.locator(".ic-sortable table")
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth")
    cells = phone.locator(".ic-sortable tbody tr").first.locator("td")
    labels = cells.evaluate_all("cs => cs.map(c => getComputedStyle(c, '::before').content)")
    assert labels == ["none", '"Key factors"', '"Examples"', '"Toolkits"']
    name, *figures = [cells.nth(i).bounding_box() for i in range(cells.count())]
    assert {box["y"] for box in figures} == {figures[0]["y"]} and figures[0]["y"] > name["y"]
    assert all(box["x"] + box["width"] <= 390 for box in figures)
    heading = phone.locator(".ic-sortable th", has_text="Examples")
    heading.locator("button").click()  # a column of counts: the largest first, then the other way
    counts = [int(n) for n in phone.locator(".ic-sortable tbody tr td:nth-child(3)").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) != sorted(counts) and heading.get_attribute("aria-sort") == "descending"
    heading.locator("button").click()
    counts = [int(n) for n in phone.locator(".ic-sortable tbody tr td:nth-child(3)").all_inner_texts()]
    assert counts == sorted(counts) and heading.get_attribute("aria-sort") == "ascending"
    themes = phone.locator(".ic-sortable th", has_text="Theme")
    themes.locator("button").click()  # a column of names: A to Z first
    names = phone.locator(".ic-sortable tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names) and themes.get_attribute("aria-sort") == "ascending"



def test_on_a_phone_the_search_filters_fold_away_and_say_what_is_chosen(server, phone):
    phone.goto(server.url("search/?city=Ghent"))
    first = phone.locator("#search-results ol > li").first
    first.wait_for()
    city = phone.locator("#ic-search-filters .ic-filter--city")
    city.wait_for()
    assert city.locator("summary").inner_text() == "City: Ghent"
    assert not city.evaluate("group => group.open")
    shown = first.bounding_box()
    assert shown["y"] + shown["height"] <= 844  # the first example is whole on the first screen
    # the folded filters sit side by side, in two rows at most, not one row each
    rows = phone.eval_on_selector_all("#ic-search-filters details", "all => all.map(d => d.offsetTop)")
    assert len(set(rows)) <= 2 < len(rows), rows
    city.locator("summary").click()
    city.locator("input[value=Oslo]").check()
    phone.locator("#ic-search-filters .ic-filter--city summary", has_text="City: Ghent, Oslo").wait_for()
    assert phone.locator("#ic-search-filters .ic-filter--city").evaluate("group => group.open")  # the reader opened it

def test_map_markers_are_reached_by_keyboard_and_named(server, visit):
    page = visit.page
    page.goto(server.url("cities/"))
    for _ in range(40):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
        if re.fullmatch(r".+, .+: \d+ examples?", label):
            break
    else:
        pytest.fail("no map marker took the keyboard focus in 40 tabs")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/cities/[a-z-]+/$"))
    assert page.locator("h1").inner_text().startswith(label.split(",")[0])


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_for_review(server, browser, width):
    """Not a check: pictures of the browsing pages for a reviewer, at both widths."""
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for name, path in [("cities", "cities/"), ("theme", "themes/procurement/"),
                       ("self-assessment", "toolkits/anti-discrimination/self-assessment/")]:
        page.goto(server.url(path))
        page.wait_for_load_state("networkidle")
        target = SHOTS / f"{name}-{width}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
    context.close()


def test_on_a_laptop_screen_the_search_page_shows_three_results(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server.url("search/?q=procurement+clause"))
    third = page.locator("#search-results ol > li").nth(2)
    third.wait_for()
    excerpt = third.locator(".ic-result__excerpt").bounding_box()
    assert excerpt["y"] + excerpt["height"] <= 800, "the third result's excerpt is below the first screen"
    context.close()


def test_on_a_phone_each_example_of_the_table_is_a_card_that_fits_the_screen(server, phone):
    page = phone
    page.goto(server.url("examples/"))
    row = page.locator(".ic-sortable tbody tr").first
    row.locator("td").first.wait_for()
    page.wait_for_function("document.querySelector('.ic-sortable table').dataset.icSortable")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    table = page.locator(".ic-sortable table")
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth")
    cells = row.locator("td")
    labels = cells.evaluate_all("cs => cs.map(c => getComputedStyle(c, '::before').content)")
    assert labels == ["none", '"Country"', '"Toolkit"', '"Key factor"', '"Themes"']
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    assert all(box["x"] >= 0 and box["x"] + box["width"] <= 390 for box in boxes)
    assert [box["y"] for box in boxes] == sorted(box["y"] for box in boxes) and boxes[0]["y"] < boxes[-1]["y"]
    heading = page.locator(".ic-sortable th", has_text="City")  # the headings still sort, above the cards
    heading.locator("button").click()
    cities = page.locator(".ic-sortable tbody tr td:first-child").all_inner_texts()
    assert cities == sorted(cities) and heading.get_attribute("aria-sort") == "ascending"

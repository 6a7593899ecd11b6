"""Browsing at a glance, on the real build: the cities map, the who-did-what
tables, theme pages that show their examples, and the small things (issue 11)."""
from __future__ import annotations

import re
from urllib.parse import urljoin

from generator import links
from generator.browse import first_paragraph
from generator.geo import HEIGHT, WIDTH
from tests.support.sitebuild import REPO_URL
from tests.test_site import BASE


def _examples(n: int) -> str:
    return f"{n} example{'s' if n != 1 else ''}"


def _resolved(page_path: str, href: str) -> str:
    return urljoin(BASE + page_path, href).removeprefix(BASE)


def test_the_map_has_one_linked_named_marker_per_city_with_examples(library, html):
    page = html("cities/")
    svg = page.select_one("figure.ic-map svg")
    assert svg["viewbox"] == f"0 0 {WIDTH} {HEIGHT}"
    assert len(svg.select(".ic-map__land path")) > 20  # country outlines
    markers = svg.select("a.ic-map__marker")
    with_examples = [c for c in library.cities if library.examples_by_city.get(c.slug)]
    assert len(markers) == len(with_examples)
    by_target = {_resolved("cities/", m["xlink:href"]): m for m in markers}
    for city in with_examples:
        marker = by_target[links.url_of(links.city_page(city))]
        count = len(library.examples_by_city[city.slug])
        assert marker["aria-label"] == f"{city.name}, {city.country}: {_examples(count)}"
        circle = marker.find("circle")
        assert 0 < float(circle["cx"]) < WIDTH and 0 < float(circle["cy"]) < HEIGHT, city.slug
    ghent = by_target["cities/ghent/"].find("circle")
    radii = {float(m.find("circle")["r"]) for m in markers}
    assert float(ghent["r"]) > min(radii)  # bigger for more examples


def test_bigger_cities_by_examples_get_bigger_markers(library, html):
    markers = html("cities/").select("a.ic-map__marker")
    sized = sorted((int(re.search(r": (\d+) example", m["aria-label"]).group(1)), float(m.find("circle")["r"]))
                   for m in markers)
    assert [r for _, r in sized] == sorted(r for _, r in sized)


def test_the_cities_index_lists_each_city_compactly_without_search_aliases(library, html):
    page = html("cities/")
    entries = page.select(".ic-city-list li")
    with_examples = [c for c in library.cities if library.examples_by_city.get(c.slug)]
    assert len(entries) == len(with_examples)
    text = page.select_one(".ic-city-list").get_text(" ")
    for city in with_examples:
        entry = next(li for li in entries if li.find("a", href=f"{city.slug}/"))
        words = entry.get_text(" ")
        placed = library.examples_by_city[city.slug]
        assert city.country in words and _examples(len(placed)) in words
        for name in city.local_names:
            assert name in words
        for toolkit in {p.toolkit for p in placed}:
            assert toolkit.short_title in words, (city.slug, toolkit.slug)
        for slug in {s for p in placed for s in p.theme_slugs}:
            assert library.theme_by_slug[slug].name in words, (city.slug, slug)
    for alias in ("Kobenhavn", "Koebenhavn", "Copenhague"):
        assert alias not in text


def test_the_matrix_has_a_row_per_city_with_counts_that_match_the_content(library, html):
    page = html("cities/")
    table = page.select_one("#who-did-what ~ div .ic-matrix table")
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")][1:]
    assert headings == [t.name for t in library.themes]
    rows = table.select("tbody tr")
    with_examples = [c for c in library.cities if library.examples_by_city.get(c.slug)]
    assert [r.th.a.get_text() for r in rows] == [c.name for c in with_examples]
    for city, row in zip(with_examples, rows):
        placed = library.examples_by_city[city.slug]
        assert row.th.small.get_text() == str(len(placed))
        cells = row.find_all("td")
        for theme, cell in zip(library.themes, cells, strict=True):
            expected = sum(theme.slug in p.theme_slugs for p in placed)
            assert cell.get_text(strip=True) == (str(expected) if expected else ""), (city.slug, theme.slug)
            if expected:
                assert _resolved("cities/", cell.a["href"]) == links.url_of(links.city_theme_examples(city, theme))
                assert re.fullmatch(r"ic-shade-[1-4]", " ".join(cell["class"]))


def test_toolkit_pages_show_key_factors_by_city_and_the_cities_under_each_key_factor(library, html):
    for toolkit in library.toolkits:
        path = links.url_of(links.toolkit_page(toolkit))
        page = html(path)
        assert page.select_one(".ic-jump a[href='#key-factors']")  # the list is reachable from the top
        table = page.select_one(".ic-matrix table")
        placed = [p for p in library.examples if p.toolkit.slug == toolkit.slug]
        cities = [c.name for c in library.cities if any(p.example.city == c.slug for p in placed)]
        assert [r.th.a.get_text() for r in table.select("tbody tr")] == cities
        ticked = {(r.th.a.get_text(), i) for r in table.select("tbody tr")
                  for i, td in enumerate(r.find_all("td")) if td.get_text(strip=True) == "1"}
        index = {kf.slug: i for i, kf in enumerate(toolkit.key_factors)}
        assert ticked == {(library.city_by_slug[p.example.city].name, index[p.key_factor.slug]) for p in placed}
        hrefs = {_resolved(path, a["href"]) for a in page.select("#key-factors ~ div li a")}
        for p in placed:
            assert links.url_of(links.example_target(p)) in hrefs, p.id


def test_theme_pages_show_every_example_of_the_theme_in_its_own_words(library, html):
    for theme in library.themes:
        path = links.url_of(links.theme_page(theme))
        page = html(path)
        excerpts = page.select(".ic-excerpt")
        placed = library.examples_by_theme[theme.slug]
        assert len(excerpts) == len(placed), theme.slug
        for p, box in zip(_in_page_order(library, theme), excerpts):
            city = library.city_by_slug[p.example.city]
            meta = box.select_one(".ic-example-meta").get_text(" ")
            assert city.name in meta and city.country in meta and str(p.toolkit.year) in meta, p.id
            more = box.select_one(".ic-more a")
            assert _resolved(path, more["href"]) == links.url_of(links.example_target(p))
            lead, cut = first_paragraph(p.example.text)
            assert more.get_text().startswith("Read the rest" if cut else "Read it"), p.id
            first_words = re.sub(r"<(https?://[^>]+)>", r"\1", lead).split("\n")[0][:60]
            assert first_words in box.get_text(), p.id
        assert "as printed then" in page.select_one("article").get_text()


def _in_page_order(library, theme):
    """Key factors of the theme toolkit by toolkit, then the examples filed under other themes."""
    pairs = library.key_factors_by_theme[theme.slug]
    own = [p for t, kf in pairs for p in library.examples_by_key_factor.get(f"{t.slug}/{kf.slug}", ())]
    return own + [p for p in library.examples_by_theme[theme.slug] if theme.slug not in p.key_factor.themes]


def test_city_pages_have_a_locator_and_give_each_example_its_year(library, html):
    for city in library.cities:
        page = html(links.url_of(links.city_page(city)))
        markers = page.select("figure.ic-locator a.ic-map__marker")
        assert len(markers) == 1 and markers[0]["aria-label"] == f"{city.name}, {city.country}"
        assert page.select("figure.ic-locator path.ic-map__home"), f"{city.country} not drawn on {city.slug}'s locator"
        years = " ".join(m.get_text() for m in page.select("article .ic-example-meta"))
        for p in library.examples_by_city[city.slug]:
            assert f"Published {p.toolkit.year}" in years


def test_the_home_tab_names_the_site_once_and_every_card_title_is_a_link(html):
    page = html("")
    assert page.title.get_text() == "Integrating Cities practice library"
    cards = page.select(".grid.cards > ul > li")
    assert len(cards) >= 6
    for card in cards:
        assert card.find("strong").find("a", href=True), card.get_text()[:40]


def test_every_page_links_to_the_issue_tracker_of_the_configured_repository(site, html):
    for path in ("", "cities/", "about/", "themes/procurement/"):
        report = html(path).select_one("a.ic-report")
        assert report["href"] == f"{REPO_URL}/issues" and report.get_text() == "Report a problem or suggest an example"
    # Material's header widget would ask the repository host for its stars: it is not wired up.
    assert not html("").select("[data-md-component=source]")


def test_the_header_keeps_a_short_title_for_phones(html):
    title = html("cities/").select_one(".md-header__topic .md-ellipsis")
    assert title.select_one(".ic-title-long").get_text() == "Integrating Cities practice library"
    assert title.select_one(".ic-title-short").get_text() == "Integrating Cities"


def test_first_paragraph_keeps_the_list_a_colon_introduces():
    assert first_paragraph("One.\n\nTwo.") == ("One.", True)
    assert first_paragraph("Only one.") == ("Only one.", False)
    assert first_paragraph("It provides:\n\n- a\n- b\n\nMore.") == ("It provides:\n\n- a\n- b", True)
    assert first_paragraph("It provides:\n\n- a") == ("It provides:\n\n- a", False)

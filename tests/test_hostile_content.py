"""Hostile content (tests/hostile.py) is refused where it is written, or reaches the site as text.

Refused: `check` names the file, line, column and field. Accepted: the fixture
corpus with every accepted case in it builds strictly, and each page that shows
one of them, opened in Chromium, shows the characters as written, opens no
dialog, and has no event-handler attribute and no javascript: link.
"""
from __future__ import annotations

import shutil

import pytest

from generator import load_library
from tests.conftest import FIXTURE_CONTENT
from tests.hostile import IMG, INERT, PAYLOAD, REJECTED
from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, build_site
from tests.test_validation import edit, position, problems


@pytest.fixture
def content(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    return tmp_path / "content"


@pytest.mark.parametrize("case", REJECTED, ids=lambda case: case.name)
def test_hostile_text_is_refused_where_it_is_written(content, case):
    edit(content, case.file, case.old, case.new)
    line, column = position(content, case.file, case.needle)
    where = f"content/{case.file}:{line}:{column}: {case.field}: "
    found = problems(content.relative_to(content.parent))
    assert any(p.startswith(where) and case.message in p for p in found), \
        f"expected {where}...{case.message}... among\n  " + "\n  ".join(found)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The fixture corpus with every accepted hostile text in it, built strictly and served."""
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for case in INERT:
        edit(content, case.file, case.old, case.new)
    load_library(content)  # accepted by the checks
    built = build_site(content, root / "out")
    with SiteServer(built.site, PROJECT_PATH) as server:
        yield server


# Every attribute whose name starts with "on", and every link that runs script, in the page.
SCRIPTED = """() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) found.push(`${element.tagName} ${attribute.name}`);
    }
  }
  for (const link of document.querySelectorAll('[href], [src], [action], [formaction]')) {
    const target = (link.getAttribute('href') || link.getAttribute('src') || '').replace(/\\s/g, '').toLowerCase();
    if (target.startsWith('javascript:') || target.startsWith('data:text/html')) found.push(target);
  }
  return found;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("case", INERT, ids=lambda case: case.name)
def test_hostile_text_in_a_name_or_title_is_shown_as_text(hostile_site, visit, case):
    dialogs: list[str] = []
    visit.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    visit.page.goto(hostile_site.url(case.page))
    visit.page.wait_for_load_state("networkidle")
    assert case.shown in visit.page.locator("body").inner_text(), "the text is not shown as written"
    assert visit.page.evaluate(SCRIPTED) == []
    assert dialogs == [] and visit.errors == []


@pytest.mark.browser
def test_hostile_titles_stay_text_in_the_browser_title_and_breadcrumbs(hostile_site, visit):
    visit.page.goto(hostile_site.url("toolkits/anti-discrimination/encouraging-change/"))
    assert IMG in visit.page.title()
    visit.page.goto(hostile_site.url("toolkits/anti-discrimination/data-collection/"))
    assert IMG in visit.page.locator("nav.ic-crumbs").inner_text()
    assert IMG in visit.page.locator(".ic-pager").inner_text()


@pytest.mark.browser
def test_a_pipe_in_a_city_name_does_not_split_the_examples_table(hostile_site, visit):
    visit.page.goto(hostile_site.url("examples/"))
    cities = visit.page.locator(".ic-sortable tbody tr td:first-child").all_inner_texts()
    assert cities.count(f"Ghent {PAYLOAD}") == 2 and len(cities) == 4


@pytest.mark.browser
def test_hostile_names_stay_text_in_search_results_filters_and_the_header_box(hostile_site, visit):
    dialogs: list[str] = []
    page = visit.page
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site.url("search/"))  # every example, with its city, country and themes as filters
    page.locator("#search-results ol > li").first.wait_for()
    assert IMG in page.locator("#search-results").inner_text()
    page.locator("#ic-search-filters .ic-filter").first.wait_for()  # drawn after the results
    assert IMG in page.locator("#ic-search-filters").inner_text()
    box = page.locator("[data-search-box] input[name=q]")
    box.click()
    box.press_sequentially("Ghent", delay=20)
    page.locator("#ic-searchbox-list [role=option]").first.wait_for()
    assert IMG in page.locator("#ic-searchbox-list").inner_text()
    assert page.evaluate(SCRIPTED) == []
    assert dialogs == [] and visit.errors == []

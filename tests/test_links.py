"""Addresses, held against MkDocs' own rules for every page and data file of the site and every pair of them.

``links.url_of`` restates MkDocs' directory URLs; ``relative`` writes the .md
links MkDocs resolves; ``relative_url`` the URLs the browser resolves. References
and paths are built in links.py only.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

import markdown
import pytest
from bs4 import BeautifulSoup
from mkdocs.structure.files import File

from generator import links
from generator.assessment import SCRIPT, STYLESHEET, theme_files
from generator.formats import check_slug
from generator.pages import site_pages

BASE = "https://example.org/project/"
# Shapes the site does not have yet, where hand-written URL rules usually go wrong.
SHAPES = ["index.md", "a.md", "a/index.md", "a/b.md", "a/b/index.md", "a/b/c.md", "a-b/c.d.md", "a/README.md",
          "a.json", "a/b/c.js", "a/index.json"]
# Later pages of listings (paging.py), which today's content does not need.
SHAPES += [links.listing_page(first, 2) for first in (links.EXAMPLES, links.TOOLKITS, "cities/ghent.md", "themes/x.md")]


@pytest.fixture(scope="module")
def paths(library) -> list[str]:
    """Every page kind and every kind of file pages link to (the self-assessment's data and assets)."""
    pages = [page.path for page in site_pages(library, {"home": "", "about": ""})]
    return pages + list(theme_files(library)) + [SCRIPT, STYLESHEET] + SHAPES


def mkdocs_url(path: str) -> str:
    """MkDocs' URL for a docs path, with its "./" for the home page written as "" like ``url_of``."""
    return File(path, "/docs", "/site", use_directory_urls=True).url.removeprefix("./")


def test_every_kind_of_page_and_file_is_held_to_mkdocs(paths, library):
    toolkit, key_factor = library.key_factor_by_ref["anti-discrimination/encouraging-change"]
    kinds = [links.HOME, links.TOOLKITS, links.CITIES, links.THEMES, links.CHARTER, links.EXAMPLES, links.ABOUT,
             links.SEARCH, links.toolkit_page(toolkit), links.key_factor_page(toolkit, key_factor),
             links.self_assessment_page(toolkit), links.city_page(library.cities[0]),
             links.theme_page(library.themes[0]), links.theme_data_file(library.themes[0])]
    assert set(kinds) <= set(paths)


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
    wrong = [(here, target) for here in paths for target in paths
             if urljoin(BASE + mkdocs_url(here), links.relative_url(here, target)) != BASE + mkdocs_url(target)]
    assert wrong == []
    page = "toolkits/anti-discrimination/self-assessment.md"
    assert links.relative_url(page, page) == "./"
    assert links.relative_url(page, page + "#q1") == "#q1"


def test_a_link_to_an_anchor_on_the_same_page_is_the_anchor_alone():
    assert links.relative("cities/ghent.md", "cities/ghent.md#top") == "ghent.md#top"
    assert links.relative("cities/ghent.md", "#top") == "#top"


def test_search_addresses_keep_their_filters_from_every_page(paths):
    target = links.search(city="Gent & Co", theme="Data, monitoring")
    assert target == "search/index.md?city=Gent+%26+Co&theme=Data%2C+monitoring"
    expected = BASE + "search/?city=Gent+%26+Co&theme=Data%2C+monitoring"
    assert [here for here in paths if urljoin(BASE + mkdocs_url(here), links.relative_url(here, target)) != expected] == []
    assert links.search() == links.SEARCH


def test_targets_within_pages(library):
    toolkit, key_factor = library.key_factor_by_ref["anti-discrimination/encouraging-change"]
    commitment = library.charter.roles[0].commitments[0]
    assert links.commitment_target(commitment) == f"charter/index.md#{commitment.slug}"
    assert links.series_target(library.series[0]) == f"about/index.md#{library.series[0].slug}"
    assert links.key_factor_section(toolkit, key_factor) == "anti-discrimination-encouraging-change"
    assert links.theme_data_file(library.theme_by_slug["procurement"]) == "themes/procurement/key-factors.json"


GENERATOR = Path(links.__file__).parent
# A slug joined to another by "/" or "-", or a path ending in .md or .json, written outside links.py.
HAND_MADE = re.compile(r"""\{[^{}]*slug\}[/-]\{|slug\s*~\s*["'][/-]|\{\{[^}]*slug\s*\}\}[/-]\{\{|f["'][^"']*\.(?:md|json)\b|\.md["']\s*\|\s*href""")


def test_references_and_paths_are_built_in_links_only():
    sources = [p for p in [*GENERATOR.glob("*.py"), *GENERATOR.glob("templates/*.j2")] if p.name != "links.py"]
    found = [f"{p.name}:{n}: {line.strip()}" for p in sources
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if HAND_MADE.search(line)]
    assert found == []


def test_the_hand_made_pattern_finds_what_it_looks_for():
    for line in ['f"{toolkit.slug}/{kf.slug}"', 'toolkit.slug ~ "/" ~ kf.slug', "{#{{ toolkit.slug }}-{{ kf.slug }}}",
                 'f"themes/{theme.slug}/key-factors.json"', 'f"cities/{c}.md"']:
        assert HAND_MADE.search(line), line


def test_references(library):
    toolkit, key_factor = library.key_factor_by_ref["anti-discrimination/encouraging-change"]
    assert links.key_factor_ref(toolkit, key_factor) == "anti-discrimination/encouraging-change"
    ghent = next(p for p in library.examples if p.example.city == "ghent" and p.key_factor is key_factor)
    assert links.example_id(ghent) == ghent.id == "anti-discrimination/encouraging-change#ghent"
    assert links.example_target(ghent) == "toolkits/anti-discrimination/encouraging-change.md#ghent"


# Titles as the content has them, and the punctuation, accents and spacing where slug rules differ.
TITLES = ["Note on the coverage of the benchmark", "Note on terms used in the benchmark",
          "Roles: policy-maker & service provider", "Göteborg / Malmö", "  Two  spaces -- and dashes ",
          "1. Numbered (with brackets)", "Don't, won't", "under_score"]


@pytest.mark.parametrize("title", TITLES)
def test_heading_id_is_the_id_mkdocs_toc_gives_that_heading(title):
    page = markdown.markdown(f"## {title}", extensions=["toc"])  # as mkdocs.yml configures it: default slugify
    assert links.heading_id(title) == BeautifulSoup(page, "html.parser").h2["id"]


@pytest.mark.parametrize("value, suggestion", [("Ghent!", "ghent"), ("Göteborg", "goteborg"),
                                               ("Den Haag", "den-haag"), ("ghent_1", "ghent-1")])
def test_a_bad_slug_is_answered_with_the_slug_of_its_words(value, suggestion):
    assert f"e.g. '{suggestion}'" in check_slug(value).message


@pytest.mark.parametrize("value", ["-ghent-", "ß", "!!"])
def test_no_suggestion_that_is_not_a_slug_itself(value):
    message = check_slug(value).message
    assert "is not a slug" in message and "e.g." not in message


def test_a_note_heading_gets_the_id_mkdocs_would_give_it(library):
    from dataclasses import replace

    from generator import matrix, views
    from generator.model import Note
    from generator.page import Page
    from generator.render import environment, render_page
    from generator.text import MarkdownText

    title = "Terms_used: A/B & C"
    toolkit = replace(library.toolkits[0], notes=(Note(title=title, text=MarkdownText("Text.")),))
    here = links.toolkit_page(toolkit)
    page = Page(here, "toolkit.md.j2", {"title": toolkit.title},
                {**views.toolkit(library, views.published(library, [toolkit])[0]),
                 "by_city": matrix.cities_by_key_factors(library, toolkit, here)})
    written = render_page(environment(), library, page)
    html = markdown.markdown(written.split("---\n", 2)[2], extensions=["toc", "attr_list", "md_in_html"])
    heading = BeautifulSoup(html, "html.parser").find("h2", string=lambda s: s and "Terms_used" in s)
    assert heading["id"] == links.heading_id(title) == "terms_used-ab-c"


def test_a_listing_continues_beside_its_first_page():
    assert links.listing_page("cities/ghent.md", 1) == "cities/ghent.md"
    assert links.listing_page("cities/ghent.md", 3) == "cities/ghent/page/3.md"
    assert links.listing_page(links.EXAMPLES, 2) == "examples/page/2.md"
    assert links.url_of(links.listing_page(links.TOOLKITS, 12)) == "toolkits/page/12/"


def test_relative_paths_are_those_posixpath_gives():
    """links._relpath spares relpath's working-directory lookups; it must give the same paths."""
    starts = {posixpath.dirname(shape) for shape in SHAPES} | {"toolkits/x", "ab"}
    pairs = [(shape, start) for shape in SHAPES for start in sorted(starts)]
    assert [links._relpath(p, s) for p, s in pairs] == [posixpath.relpath(p, s or ".") for p, s in pairs]

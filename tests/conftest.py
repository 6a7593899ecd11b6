"""Shared fixtures: the real site built once per run, served on 127.0.0.1, and a browser.

Browser tests use Debian's Chromium through Playwright (no browser download);
they fail, not skip, when it is missing, and say how to install it.
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator import load_library
from generator.search_index import built_pages
from generator.search_records import records_of
from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, ROOT, build_site

CONTENT = ROOT / "content"
FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def library():
    return load_library(CONTENT)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real content built strictly, as `make build` builds it."""
    return build_site(CONTENT, tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="session")
def html(site):
    """The built page at a site path, parsed (each page once per run)."""
    from bs4 import BeautifulSoup

    @cache
    def parse(url_path: str):
        file = site.site / url_path.lstrip("/")
        if url_path.endswith("/") or not url_path:
            file = file / "index.html"
        return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
    return parse


@pytest.fixture(scope="session")
def search_records(site):
    """The search records read out of the built site, as the indexer reads them, page by page."""
    return [record for page in built_pages(site.site)
            for record in records_of((site.site / page).read_text(encoding="utf-8"), page)]


@pytest.fixture(scope="session")
def server(site):
    with SiteServer(site.site, PROJECT_PATH) as running:
        yield running


def pytest_collection_modifyitems(items):
    """A test that needs the browser is a browser test, marked or not: `make test-fast` leaves it out."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}. The browser tests drive Debian's Chromium; install it with\n"
                    "    sudo apt-get install -y chromium\n(or run `make test`, which installs it when run as root).",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A browser page that records every request, and blocks any to another host."""

    def __init__(self, context):
        self.context = context
        self.foreign: list[str] = []
        self.errors: list[str] = []
        context.route("**/*", self._route)
        self.page = context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route):
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            return route.continue_()
        self.foreign.append(route.request.url)
        return route.abort()


_REPORTS: list[str] = []


@pytest.fixture(scope="session")
def search_report() -> list[str]:
    """Reports appended here are printed at the end of the run (see below)."""
    return _REPORTS


def pytest_terminal_summary(terminalreporter):
    for text in _REPORTS:
        terminalreporter.section("search test set")
        terminalreporter.write_line(text)


@pytest.fixture
def visit(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(10_000)
    visit = Visit(context)
    yield visit
    context.close()

"""What a search costs a visitor, measured in headless Chromium on a served site.

A ``Search`` says how to reach a search's results: the address that runs a
query on a cold load, where the results appear, the input box, and which
files are the search's own. Times are the page's own clock
(``performance.now()``, whose zero is the navigation start), recorded by a
MutationObserver, so Playwright's polling does not add to them.
"""
from __future__ import annotations

import gzip
import statistics
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeout

# Records when the first result appears, when the result list changes, and each keydown.
OBSERVER = """
window.__cost = { first: null, updates: [], keys: [] };
document.addEventListener("keydown", () => window.__cost.keys.push(performance.now()), true);
new MutationObserver(records => {
  const now = performance.now();
  const list = document.querySelector(%(list)r);
  if (window.__cost.first === null && document.querySelector(%(first)r)) window.__cost.first = now;
  if (list && records.some(r => list === r.target || list.contains(r.target))) window.__cost.updates.push(now);
}).observe(document, { childList: true, subtree: true });
"""


@dataclass(frozen=True)
class Search:
    name: str
    address: str          # site path that runs a query on load; {q} is the query
    first: str            # CSS selector of a result
    results_list: str     # CSS selector of the element whose children are redrawn on each search
    box: str              # CSS selector of the input a visitor types into
    own_files: tuple[str, ...]  # substrings of the paths of the search's own files


NEW = Search("new (Pagefind)", "search/?q={q}", "#search-results ol > li", "#search-results", "#ic-search-q",
             ("/pagefind/", "/javascripts/search/"))
# The same index with nothing around it (benchmarks/pages/pagefind-alone.html): the engine's floor.
ALONE = Search("Pagefind alone", "pagefind-alone.html?q={q}", "#search-results ol > li", "#search-results", "#q",
               ("/pagefind/",))
PREVIOUS = Search("previous (lunr)", "?q={q}", ".md-search-result__item", ".md-search-result__list",
                  "input[data-md-component=search-query]", ("/search/search_index.json", "/workers/search"))


@dataclass(frozen=True)
class Cold:
    seconds: float        # median, navigation start to the first result
    runs: tuple[float, ...]
    ready_seconds: float  # median, navigation start to DOMContentLoaded, for comparison
    all_bytes: int        # everything fetched before the first result, as served
    all_gzip: int         # the same files gzipped (as GitHub Pages serves them)
    search_bytes: int     # of which the search's own files
    search_gzip: int


def gzip_size(site: Path, path: str) -> int:
    file = site / path
    file = file / "index.html" if file.is_dir() else file
    return len(gzip.compress(file.read_bytes(), 6, mtime=0)) if file.is_file() else 0


def cold_query(browser, root: str, site: Path, search: Search, query: str, runs: int) -> Cold:
    """Median of ``runs`` cold loads (a new browser context each) of a query's results, and what one fetched."""
    prefix = urlsplit(root).path
    seconds, ready, fetched = [], [], {}
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(OBSERVER % {"list": search.results_list, "first": search.first})
        fetched = {}
        context.on("response", lambda r: fetched.setdefault(urlsplit(r.url).path,
                                                            int(r.headers.get("content-length", 0))))
        page = context.new_page()
        page.goto(root + search.address.format(q=quote(query)))
        page.wait_for_function("window.__cost.first !== null", timeout=120_000)
        seconds.append(page.evaluate("window.__cost.first") / 1000)
        ready.append(page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd") / 1000)
        fetched = dict(fetched)  # what arrived by the first result
        context.close()
    own = {p: n for p, n in fetched.items() if any(part in p for part in search.own_files)}
    zipped = {p: gzip_size(site, p[len(prefix):]) for p in fetched}
    return Cold(statistics.median(seconds), tuple(seconds), statistics.median(ready), sum(fetched.values()), sum(zipped.values()),
                sum(own.values()), sum(zipped[p] for p in own))


def keystrokes(browser, root: str, search: Search, start: str, more: str) -> tuple[list[float], int]:
    """Milliseconds from each keydown to the redrawn results, typing ``more`` after ``start``'s results;
    and how many keystrokes redrew nothing within 10 s."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(OBSERVER % {"list": search.results_list, "first": search.first})
    page = context.new_page()
    page.goto(root + search.address.format(q=quote(start)))
    page.wait_for_function("window.__cost.first !== null", timeout=120_000)
    page.wait_for_timeout(500)  # let the first search settle
    box = page.locator(search.box)
    box.press("End")
    times, silent = [], 0
    for letter in more:
        updates = page.evaluate("window.__cost.updates.length")
        box.press(letter if letter != " " else "Space")
        try:
            page.wait_for_function(f"window.__cost.updates.length > {updates}", timeout=10_000)
        except PlaywrightTimeout:
            silent += 1
            continue
        page.wait_for_timeout(50)  # a redraw can take several mutations; count from the first
        times.append(page.evaluate("(() => { const c = window.__cost;"
                                   f" return c.updates[{updates}] - c.keys[c.keys.length - 1] }})()"))
    context.close()
    return times, silent

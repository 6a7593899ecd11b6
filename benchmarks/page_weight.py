"""What a browser fetches to show a key-factor page on a first visit, beside the previous design.

    python -m benchmarks.page_weight [--runs 3]

Builds the real content with this tree and with the previous commit
(benchmarks/previous_site.py), serves each under the project path, opens a
key-factor page in a new Chromium context and sums what arrives until the
network is idle, gzipped as GitHub Pages serves it, in three parts: the
theme's own bundle (Material's stylesheets, script and fonts), the search
(its scripts and index, whichever engine), and the rest: the page with this
project's own scripts and styles. Issue 10 asks at most 30 KB gzipped for the
rest; it measured about 105 KB before. Numbers, not a test.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from benchmarks.previous_site import build_previous, previous_checkout
from benchmarks.search_timing import gzip_size
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, CONTENT
from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, build_site

PAGE = "toolkits/anti-discrimination/encouraging-change/"
THEME = ("/assets/stylesheets/main.", "/assets/stylesheets/palette.", "/assets/javascripts/bundle.", "/assets/fonts/")
SEARCH = ("/javascripts/search/", "/pagefind/", "/search/search_index.json", "/assets/javascripts/workers/search.")


def part_of(path: str) -> str:
    if any(mark in path for mark in SEARCH):
        return "search"
    return "theme" if any(mark in path for mark in THEME) else "rest"


def first_visit(browser, root: str, site: Path) -> dict[str, tuple[int, int]]:
    """Per part, the number of files and their gzipped bytes fetched by a first visit to PAGE."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    fetched: set[str] = set()
    context.on("response", lambda response: fetched.add(urlsplit(response.url).path))
    page = context.new_page()
    page.goto(root + PAGE)
    page.wait_for_load_state("networkidle")
    context.close()
    prefix = urlsplit(root).path
    parts = {"theme": [0, 0], "search": [0, 0], "rest": [0, 0]}
    for path in fetched:
        tally = parts[part_of(path)]
        tally[0] += 1
        tally[1] += gzip_size(site, path[len(prefix):])
    return {name: (files, size) for name, (files, size) in parts.items()}


def measure(browser, site: Path, runs: int) -> dict[str, tuple[int, float]]:
    with SiteServer(site, PROJECT_PATH) as server:
        visits = [first_visit(browser, server.root, site) for _ in range(runs)]
    return {part: (visits[0][part][0], statistics.median(v[part][1] for v in visits) / 1000) for part in visits[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        tmp = Path(tmp)
        sites = {"now": build_site(CONTENT, tmp / "now", strict=False).site}
        with previous_checkout(tmp) as checkout:
            sites["previous"] = build_previous(checkout, CONTENT, tmp / "previous")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        weights = {name: measure(browser, site, runs) for name, site in sites.items()}
        browser.close()
    print(f"first visit to {PAGE}: files and KB gzipped, by part")
    print(f"{'design':<10}" + "".join(f"{part:>18}" for part in ("theme", "search", "rest")))
    for name, parts in weights.items():
        print(f"{name:<10}" + "".join(f"{files:>6} {size:>7.1f} KB  " for files, size in parts.values()))
    now, before = weights["now"]["rest"][1], weights["previous"]["rest"][1]
    print(f"the rest, now vs previous: x{now / before:.2f} (goal: at most 30 KB; issue 10 measured about 105 KB)")


if __name__ == "__main__":
    main()

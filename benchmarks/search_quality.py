"""Run the practitioner search test set in Chromium and print where each query lands.

    python -m benchmarks.search_quality
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, CONTENT
from tests.search_queries import QUERIES, example_url
from tests.support.search import evaluate, report
from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, build_site


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = build_site(CONTENT, Path(tmp))
        with SiteServer(site.site, PROJECT_PATH) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            print(report(evaluate(page, server.root, QUERIES, example_url)))
            browser.close()


if __name__ == "__main__":
    main()

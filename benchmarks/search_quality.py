"""The practitioner search test set in Chromium, the previous search beside the new one.

    python -m benchmarks.search_quality

Builds today's content with the new search (Pagefind, the search page) and
with the previous commit's pipeline (Material's lunr search, see
benchmarks/previous_site.py), runs every query of tests/search_queries.py on
both, and prints where each query lands, then per kind the hits in the first
1, 3 and 5 results and the mean reciprocal rank. A previous result is a
Material result card (a page with its visible sections), a new one a result of
the search page.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks import previous_search
from benchmarks.previous_site import PREVIOUS, build_previous, previous_checkout
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, CONTENT
from tests.search_queries import ORIGINAL, TEST_SET, UNSEEN, example_url, score_table, scores
from tests.support import search as new_search
from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, build_site

QUERIES = TEST_SET + UNSEEN
PAIRS = [(query, expected) for _, query, expected in QUERIES]


def ranks_in(browser, site: Path, driver) -> list[int | None]:
    """The rank of an expected example for each query of the test set, then of the unseen set, on a built site."""
    with SiteServer(site, PROJECT_PATH) as server:
        page = browser.new_page()
        outcomes = driver.evaluate(page, server.root, PAIRS, example_url)
        page.close()
    return [rank for _, rank, _ in outcomes]


def rank_lines(previous: list[int | None], new: list[int | None]) -> str:
    lines = [f"{'kind':<11}{'before':>7}{'after':>6}  query  (* one of the original 30, ? unseen)"]
    for i, ((kind, query, _), before, after) in enumerate(zip(QUERIES, previous, new)):
        mark = "*" if i < len(ORIGINAL) else "?" if i >= len(TEST_SET) else " "
        lines.append(f"{kind:<11}{before or '-':>7}{after or '-':>6} {mark}{query}")
    return "\n".join(lines)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        new_site = build_site(CONTENT, tmp / "new").site
        with previous_checkout(tmp) as checkout:
            previous_site = build_previous(checkout, CONTENT, tmp / "previous")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            previous = ranks_in(browser, previous_site, previous_search)
            new = ranks_in(browser, new_site, new_search)
            browser.close()
    kinds = [kind for kind, _, _ in QUERIES]
    print(rank_lines(previous, new))
    for name, part in (("the test set", slice(0, len(TEST_SET))), ("the unseen set", slice(len(TEST_SET), None))):
        print(f"\n{name}, {len(kinds[part])} queries")
        print(score_table({f"previous ({PREVIOUS}, lunr)": scores(list(zip(kinds[part], previous[part]))),
                           "new (Pagefind)": scores(list(zip(kinds[part], new[part])))}))
    original = len(ORIGINAL)
    for name, ranks in (("previous", previous), ("new", new)):
        top3 = sum(1 for rank in ranks[:original] if rank and rank <= 3)
        print(f"{name}: {top3} of the original {original} queries in the first three")


if __name__ == "__main__":
    main()

"""What search costs at 1x, 10x and 100x the content, the previous search beside the new one.

    python -m benchmarks.search_cost [--scales 1,10,100] [--budget 900] [--runs 5] [--previous-up-to 10]

For each size (the real content with each toolkit copied, as in
benchmarks/page_size.py) builds the site with the new search (Pagefind) and
with the previous commit's pipeline (Material's lunr search), serves each
under the project path and measures in headless Chromium: the time from
navigation start to the first result of a cold query (median of ``runs``
loads, a new browser context each), the bytes fetched by then, the time from
each further keystroke to the redrawn results, and for the new search the
share of the build spent indexing. Beside the new search, the same index is
searched by Pagefind alone, on a bare page (benchmarks/pages/), which shows
how much of the time is the engine's own and how much the page's. A size is skipped, and said so, when its
build would take longer than ``budget`` seconds at the rate of the last size
built. Numbers, not a test: the machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.page_size import scaled_content
from benchmarks.previous_site import build_previous, previous_checkout
from benchmarks.search_timing import ALONE, NEW, PREVIOUS, Cold, Search, cold_query, keystrokes
from generator.search_index import index_site
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, CONTENT
from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, build_site

# A practitioner's query, typed on: the first word runs cold, the rest letter by letter.
QUERY, MORE = "recognition", " of foreign qualifications"
BARE_PAGE = Path(__file__).parent / "pages" / "pagefind-alone.html"


@dataclass(frozen=True)
class Cost:
    search: Search
    scale: int
    build_seconds: float
    index_seconds: float | None  # the previous search's index is built inside MkDocs
    cold: Cold
    keystroke_ms: float
    silent_keys: int


def build_new(content: Path, out: Path) -> tuple[Path, float, float]:
    """The site, the seconds of the whole build (pages and index), and of indexing it once more."""
    start = time.perf_counter()
    site = build_site(content, out, strict=False).site
    total = time.perf_counter() - start
    start = time.perf_counter()
    index_site(site)
    return site, total, time.perf_counter() - start


def measure(browser, search: Search, scale: int, site: Path, build: float, index: float | None, runs: int) -> Cost:
    with SiteServer(site, PROJECT_PATH) as server:
        cold = cold_query(browser, server.root, site, search, QUERY, runs)
        times, silent = keystrokes(browser, server.root, search, QUERY, MORE)
    return Cost(search, scale, build, index, cold, statistics.median(times) if times else float("nan"), silent)


def print_table(costs: list[Cost], skipped: list[str]) -> None:
    print(f"{'search':<16}{'size':>5}{'build s':>9}{'index %':>8}{'page ready s':>13}{'first result s':>15}"
          f"{'fetched KB (gz)':>17}{'search KB (gz)':>16}{'ms/key':>8}")
    for c in costs:
        share = f"{100 * c.index_seconds / c.build_seconds:.1f}" if c.index_seconds is not None else "n/a"
        fetched = f"{c.cold.all_bytes / 1000:.0f} ({c.cold.all_gzip / 1000:.0f})"
        own = f"{c.cold.search_bytes / 1000:.0f} ({c.cold.search_gzip / 1000:.0f})"
        keys = f"{c.keystroke_ms:.0f}" + (f" ({c.silent_keys} silent)" if c.silent_keys else "")
        print(f"{c.search.name:<16}{c.scale:>4}x{c.build_seconds:>9.1f}{share:>8}{c.cold.ready_seconds:>13.3f}{c.cold.seconds:>15.3f}"
              f"{fetched:>17}{own:>16}{keys:>8}")
    for c in costs:
        print(f"{c.search.name} at {c.scale}x, first result of each cold load (s): "
              + ", ".join(f"{run:.2f}" for run in c.cold.runs))
    for line in skipped:
        print(f"skipped: {line}")
    by = {(c.search.name, c.scale): c for c in costs}
    for (name, scale), c in by.items():
        base = by.get((name, min(s for n, s in by if n == name)))
        if base is not c:
            print(f"{name}, {scale}x vs {base.scale}x: first result x{c.cold.seconds / base.cold.seconds:.2f}, "
                  f"search bytes x{c.cold.search_bytes / base.cold.search_bytes:.2f}, "
                  f"per keystroke x{c.keystroke_ms / base.keystroke_ms:.2f}")
        alone = by.get((ALONE.name, scale))
        if name == NEW.name and alone:
            print(f"at {scale}x, new vs Pagefind alone: first result x{c.cold.seconds / alone.cold.seconds:.2f} "
                  f"(+{c.cold.seconds - alone.cold.seconds:.3f} s), per keystroke x{c.keystroke_ms / alone.keystroke_ms:.2f}")
        old = by.get((PREVIOUS.name, scale))
        if name == NEW.name and old:
            print(f"at {scale}x, new vs previous: first result x{c.cold.seconds / old.cold.seconds:.2f}, "
                  f"search bytes x{c.cold.search_bytes / old.cold.search_bytes:.2f} "
                  f"(gzipped x{c.cold.search_gzip / old.cold.search_gzip:.2f}), "
                  f"per keystroke x{c.keystroke_ms / old.keystroke_ms:.2f}")
    print(f"cold query {QUERY!r} on the search page (previous: the home page with ?q=, which opens Material's search); "
          f"keystrokes: {MORE!r} typed after it, keydown to redrawn results, the page's wait after typing included")
    print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{n:.1f}" for n in os.getloadavg()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="1,10,100", help="content multipliers, comma-separated")
    parser.add_argument("--budget", type=float, default=900, help="seconds a build may take, projected")
    parser.add_argument("--runs", type=int, default=5, help="cold loads per measurement")
    parser.add_argument("--searches", default="new,previous", help="which searches to measure, comma-separated")
    # The previous design's build grows faster than linearly: at 100x it ran for more than
    # 12 minutes and held 7 GB (issue 10), which a projection from 1x and 10x does not foresee.
    parser.add_argument("--previous-up-to", type=int, default=10, help="the largest size the previous search is built at")
    args = parser.parse_args()
    chosen = [search for search in (NEW, PREVIOUS) if search.name.split()[0] in args.searches.split(",")]
    scales = sorted(int(s) for s in args.scales.split(","))
    costs, skipped, rate = [], [], {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        tmp = Path(tmp)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        with previous_checkout(tmp) as checkout:
            for scale in scales:
                content = CONTENT if scale == 1 else scaled_content(scale, tmp / f"content-{scale}")
                builders = {NEW: lambda out: build_new(content, out),
                            PREVIOUS: lambda out: _timed_previous(checkout, content, out)}
                for search, builder in ((s, builders[s]) for s in chosen):
                    projected = rate.get(search.name, 0) * scale
                    if search is PREVIOUS and scale > args.previous_up_to:
                        skipped.append(f"{search.name} at {scale}x: built up to {args.previous_up_to}x only"
                                       " (--previous-up-to to change)")
                        continue
                    if projected > args.budget:
                        skipped.append(f"{search.name} at {scale}x: its build would take about {projected:.0f} s "
                                       f"(budget {args.budget:.0f} s, --budget to change)")
                        continue
                    out = tmp / f"{search.name.split()[0]}-{scale}"
                    try:
                        site, build, index = builder(out)
                    except RuntimeError as failure:  # e.g. content over the loader's limits
                        reason = next((line for line in str(failure).splitlines() if "ERROR" in line), str(failure))
                        skipped.append(f"{search.name} at {scale}x: the build failed: {reason.strip()}")
                        continue
                    rate[search.name] = build / scale
                    costs.append(measure(browser, search, scale, site, build, index, args.runs))
                    if search is NEW:
                        shutil.copy(BARE_PAGE, site / BARE_PAGE.name)
                        costs.append(measure(browser, ALONE, scale, site, build, index, args.runs))
                    shutil.rmtree(out)
                    print(f"measured {search.name} at {scale}x", flush=True)
        browser.close()
    print_table(costs, skipped)


def _timed_previous(checkout: Path, content: Path, out: Path) -> tuple[Path, float, None]:
    start = time.perf_counter()
    site = build_previous(checkout, content, out)
    return site, time.perf_counter() - start, None


if __name__ == "__main__":
    main()

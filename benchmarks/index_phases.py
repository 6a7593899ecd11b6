"""Where the search indexing time goes, phase by phase, at 1x, 10x and 100x.

    python -m benchmarks.index_phases [--scales 1 10 100] [--runs 3]

For each scale it builds the site once (``scaled_content``), then times each
step of ``generator.search_index.index_site`` on its own, ``--runs`` times:
the documents (reading the records out of the built HTML, writing one
document per record, in memory when it has room, and counting the vocabulary,
in one process per core on a large site), and Pagefind's binary (wall and its CPU seconds). Beside them, the
documents written by one process, as before they were shared out (not part of
the total). It prints the medians, each phase's share of indexing, and the
bytes Pagefind reads.
Numbers, not a test: the machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.page_size import scaled_content
from generator.search_documents import write_documents
from generator.search_index import built_pages, documents_folder, run_pagefind
from tests.support.sitebuild import build_site

PHASES = ("documents", "pagefind")


def _timed(step) -> tuple[float, object]:
    start = time.perf_counter()
    value = step()
    return time.perf_counter() - start, value


def _children_cpu() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


def phases_once(site: Path, scratch: Path) -> dict:
    """Seconds of each indexing phase, Pagefind's CPU seconds and the bytes it reads, for one run."""
    times: dict = {}
    pages = built_pages(site)
    (scratch / "alone").mkdir()
    times["one process"], _ = _timed(lambda: write_documents(site, pages, scratch / "alone", workers=1))
    documents = Path(tempfile.mkdtemp(prefix="documents-", dir=documents_folder(site, pages)))  # as index_site does
    times["documents"], (times["records"], _) = _timed(lambda: write_documents(site, pages, documents))
    cpu_before = _children_cpu()
    times["pagefind"], _ = _timed(lambda: run_pagefind(documents, scratch / "bundle"))
    times["pagefind cpu"] = _children_cpu() - cpu_before
    times["bytes"] = sum(p.stat().st_size for p in documents.iterdir())
    shutil.rmtree(documents)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'scale':>5} {'records':>8} {'MB read':>8} " + " ".join(f"{p + ' s':>13}" for p in PHASES)
          + f" {'pagefind cpu s':>15} {'total s':>8} {'documents, one process s':>25}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for scale in args.scales:
            site = build_site(scaled_content(scale, tmp / f"content-{scale}x"), tmp / f"build-{scale}x",
                              strict=False).site
            runs = [phases_once(site, Path(tempfile.mkdtemp(dir=tmp))) for _ in range(args.runs)]
            median = {key: statistics.median(run[key] for run in runs) for key in (*PHASES, "pagefind cpu", "one process")}
            total = sum(median[p] for p in PHASES)
            cells = " ".join(f"{median[p]:>6.2f} ({median[p] / total:>3.0%})" for p in PHASES)
            print(f"{scale:>4}x {runs[0]['records']:>8} {runs[0]['bytes'] / 1e6:>8.1f} {cells} "
                  f"{median['pagefind cpu']:>15.2f} {total:>8.2f} {median['one process']:>25.2f}", flush=True)


if __name__ == "__main__":
    main()

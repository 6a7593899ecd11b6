"""How the build grows with the content: 1x, 10x and 100x, beside an earlier design.

    python -m benchmarks.scale [--scales 1 10 100] [--runs 3] [--before COMMIT] [--before-up-to 10]

For each scale (every toolkit copied that many times, ``scaled_content``) it
runs the strict MkDocs build as a child process and prints the medians of its
wall time and peak memory (the child's own maximum resident set), the
generator's time alone (load and render, in another child), and the largest
HTML page. The earlier design is the tree of ``--before`` (a commit), built
the same way from a copy made with ``git archive``; scales above
``--before-up-to`` are not built with it (at 100x it ran for more than
12 minutes). Numbers, not a test: the machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.page_size import scaled_content
from tests.support.sitebuild import ROOT, SITE_URL

GENERATOR = """import sys, time
from pathlib import Path
from generator.build import render_site
from generator.loader import load_library
start = time.perf_counter()
render_site(load_library(Path(sys.argv[1])), Path(sys.argv[1]))
print(time.perf_counter() - start)
"""


def run_child(command: list[str], cwd: Path, env: dict, log: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of one child process; its output goes to ``log``."""
    start = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"{' '.join(command)} failed:\n{log.read_text()[-3000:]}")
    return seconds, usage.ru_maxrss / 1024


def build_once(tree: Path, content: Path, out: Path) -> dict:
    env = {**os.environ, "LIBRARY_CONTENT": str(content), "LIBRARY_DOCS_DIR": str(out / "docs"),
           "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    (out / "docs").mkdir(parents=True, exist_ok=True)  # the earlier design wrote its pages there
    seconds, peak = run_child([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out / "site")],
                              tree, env, out / "build.log")
    run_child([sys.executable, "-c", GENERATOR, str(content)], tree, env, out / "generator.log")
    generator = float((out / "generator.log").read_text().split()[-1])
    pages = [p for p in (out / "site").rglob("*.html") if p.name != "404.html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {"build": seconds, "peak": peak, "generator": generator, "pages": len(pages),
            "largest": largest.stat().st_size / 1000, "page": largest.relative_to(out / "site").parent.as_posix()}


def measure(tree: Path, content: Path, out: Path, runs: int) -> dict:
    results = [build_once(tree, content, out / str(run)) for run in range(runs)]
    median = {key: statistics.median(r[key] for r in results) for key in ("build", "peak", "generator")}
    return {**results[0], **median, "runs": runs}


def earlier_tree(commit: str, out: Path) -> Path:
    out.mkdir()
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3, help="runs per build up to 10x; one above")
    parser.add_argument("--before", help="the commit of the earlier design to build beside this one")
    parser.add_argument("--before-up-to", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        designs = {"now": ROOT} | ({"before": earlier_tree(args.before, tmp / "before")} if args.before else {})
        rows = {}
        print(HEADER, flush=True)
        for scale in args.scales:
            content = scaled_content(scale, tmp / f"content-{scale}x")
            for design, tree in designs.items():
                if design == "before" and scale > args.before_up_to:
                    continue
                runs = args.runs if scale <= 10 else 1
                rows[design, scale] = measure(tree, content, tmp / f"{design}-{scale}x", runs)
                print_row(design, scale, rows[design, scale], flush=True)
        print_ratios(rows, args.scales)


HEADER = f"{'design':>6} {'scale':>5} {'runs':>4} {'pages':>6} {'build s':>8} {'generator s':>11} " \
         f"{'share':>6} {'peak MB':>8} {'largest kB':>10}  largest page"


def print_row(design: str, scale: int, row: dict, flush: bool = False) -> None:
    print(f"{design:>6} {scale:>4}x {row['runs']:>4} {row['pages']:>6} {row['build']:>8.1f} {row['generator']:>11.1f} "
          f"{row['generator'] / row['build']:>6.0%} {row['peak']:>8.0f} {row['largest']:>10.0f}  {row['page']}",
          flush=flush)


def print_ratios(rows: dict, scales: list[int]) -> None:
    for design in ("now", "before"):
        done = [s for s in scales if (design, s) in rows]
        for small, big in zip(done, done[1:]):
            a, b = rows[design, small], rows[design, big]
            print(f"{design:>6}: {big}x/{small}x build time x{b['build'] / a['build']:.1f}, "
                  f"peak memory x{b['peak'] / a['peak']:.1f}, largest page x{b['largest'] / a['largest']:.1f}")


if __name__ == "__main__":
    main()

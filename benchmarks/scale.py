"""How the build grows with the content: 1x, 10x and 100x, beside an earlier design.

    python -m benchmarks.scale [--scales 1 10 100] [--runs 3] [--compare before=COMMIT] [--compare-up-to 10]

For each scale (every toolkit copied that many times, ``scaled_content``) it
runs the strict MkDocs build as a child process and prints the medians of its
wall time, CPU time and peak memory (the child's own maximum resident set),
the generator's CPU time alone (``python -m generator build``, another child,
which writes every page as a file) and inside the build (as the hook reports
it, writing nothing), each as a share of the build's, and the largest HTML
page. CPU time is the steadier figure on a shared machine. Each ``--compare`` design is the tree of a commit,
copied with ``git archive`` and built the same way, up to ``--compare-up-to``
(the design before issue 10 ran for more than 12 minutes at 100x).
Numbers, not a test: the machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.page_size import scaled_content
from tests.support.sitebuild import ROOT, SITE_URL

# The hook's line in the build's output (mkdocs_hook.GENERATED): the generator's CPU seconds
# inside the build, where it writes nothing (``python -m generator build`` writes every page).
IN_BUILD = re.compile(r"Generated \d+ files from the content in ([\d.]+) s of CPU")


def run_child(command: list[str], cwd: Path, env: dict, log: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident MB of one child process; its output goes to ``log``."""
    start = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"{' '.join(command)} failed:\n{log.read_text()[-3000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def build_once(tree: Path, content: Path, out: Path) -> dict:
    env = {**os.environ, "LIBRARY_CONTENT": str(content), "LIBRARY_DOCS_DIR": str(out / "docs"),
           "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    (out / "docs").mkdir(parents=True, exist_ok=True)  # the earlier design wrote its pages there
    seconds, cpu, peak = run_child([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out / "site")],
                                   tree, env, out / "build.log")
    _, generator, _ = run_child([sys.executable, "-m", "generator", "--content", str(content), "build",
                                 "--out", str(out / "markdown")], tree, env, out / "generator.log")
    generated = IN_BUILD.search((out / "build.log").read_text())  # the earlier design does not say
    pages = [p for p in (out / "site").rglob("*.html") if p.name != "404.html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {"build": seconds, "cpu": cpu, "peak": peak, "generator": generator,
            "in build": float(generated[1]) if generated else float("nan"), "pages": len(pages),
            "largest": largest.stat().st_size / 1000, "page": largest.relative_to(out / "site").parent.as_posix()}


def measure(tree: Path, content: Path, out: Path, runs: int) -> dict:
    results = [build_once(tree, content, out / str(run)) for run in range(runs)]
    median = {key: statistics.median(r[key] for r in results) for key in ("build", "cpu", "peak", "generator", "in build")}
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
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=COMMIT",
                        help="another design to build beside this one")
    parser.add_argument("--compare-up-to", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        designs = {"now": ROOT} | {name: earlier_tree(commit, tmp / name)
                                   for name, commit in (pair.split("=", 1) for pair in args.compare)}
        rows = {}
        print(HEADER, flush=True)
        for scale in args.scales:
            content = scaled_content(scale, tmp / f"content-{scale}x")
            for design, tree in designs.items():
                if design != "now" and scale > args.compare_up_to:
                    continue
                runs = args.runs if scale <= 10 else 1
                rows[design, scale] = measure(tree, content, tmp / f"{design}-{scale}x", runs)
                print_row(design, scale, rows[design, scale], flush=True)
        print_ratios(rows, list(designs), args.scales)


HEADER = f"{'design':>6} {'scale':>5} {'runs':>4} {'pages':>6} {'build s':>8} {'cpu s':>7} {'generator cpu s':>15} " \
         f"{'share':>6} {'in build cpu s':>14} {'share':>6} {'peak MB':>8} {'largest kB':>10}  largest page"


def print_row(design: str, scale: int, row: dict, flush: bool = False) -> None:
    print(f"{design:>6} {scale:>4}x {row['runs']:>4} {row['pages']:>6} {row['build']:>8.1f} {row['cpu']:>7.1f} "
          f"{row['generator']:>15.1f} {row['generator'] / row['cpu']:>6.0%} "
          f"{row['in build']:>14.1f} {row['in build'] / row['cpu']:>6.0%} {row['peak']:>8.0f} "
          f"{row['largest']:>10.0f}  {row['page']}",
          flush=flush)


def print_ratios(rows: dict, designs: list[str], scales: list[int]) -> None:
    for design in designs:
        done = [s for s in scales if (design, s) in rows]
        for small, big in zip(done, done[1:]):
            a, b = rows[design, small], rows[design, big]
            print(f"{design:>6}: {big}x/{small}x build time x{b['build'] / a['build']:.1f}, "
                  f"cpu x{b['cpu'] / a['cpu']:.1f}, "
                  f"peak memory x{b['peak'] / a['peak']:.1f}, largest page x{b['largest'] / a['largest']:.1f}")


if __name__ == "__main__":
    main()

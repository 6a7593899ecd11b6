"""The whole rendered output of the small fixture corpus, held against golden files.

A change to a template or to the page model shows up here as a readable diff,
and the test fails until the golden files are rewritten on purpose, as a step
of its own, after reviewing the diff:

    .venv/bin/python -m tests.test_golden
"""
from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

from generator import load_library
from generator.build import MARKER, render_site
from tests.conftest import FIXTURE_CONTENT as FIXTURE
from tests.support.sitebuild import ROOT

GOLDEN = Path(__file__).parent / "golden" / "docs"


def _rendered() -> dict[str, str]:
    return render_site(load_library(FIXTURE))


def _golden() -> dict[str, str]:
    return {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(GOLDEN.rglob("*")) if p.is_file()}


def update() -> None:
    files = _rendered()
    for old in GOLDEN.rglob("*"):
        if old.is_file() and old.relative_to(GOLDEN).as_posix() not in files:
            old.unlink()
    for path, text in files.items():
        (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
        (GOLDEN / path).write_text(text, encoding="utf-8")


def test_rendered_output_matches_golden_files():
    files, golden = _rendered(), _golden()
    assert sorted(files) == sorted(golden), "the set of generated files changed"
    diffs = ["".join(difflib.unified_diff(golden[p].splitlines(True), files[p].splitlines(True), f"golden/{p}", p))
             for p in files if files[p] != golden[p]]
    assert not diffs, "\n".join(diffs) + "\n(after review, rewrite them with: python -m tests.test_golden)"


def _build_in_a_process(out: Path, hash_seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-m", "generator", "--content", str(FIXTURE), "build", "--out", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != MARKER}


def test_output_is_byte_identical_across_processes(tmp_path):
    first = _build_in_a_process(tmp_path / "a", "1")
    second = _build_in_a_process(tmp_path / "b", "2")
    assert set(first) == set(second) and len(first) > 20
    assert [path for path in first if first[path] != second[path]] == []
    assert first == {path: text.encode("utf-8") for path, text in _rendered().items()}


if __name__ == "__main__":
    update()
    print(f"rewrote {GOLDEN}; review the diff with git diff")

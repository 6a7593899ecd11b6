"""The whole rendered output of the small fixture corpus, held against golden files.

A change to a template or to the page model shows up here as a readable diff.
After an intended change, rewrite the golden files with
``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and review the diff.
"""
from __future__ import annotations

import difflib
import os
from pathlib import Path

from generator import load_library
from generator.build import render_site
from tests.conftest import FIXTURE_CONTENT as FIXTURE

GOLDEN = Path(__file__).parent / "golden" / "docs"


def _rendered() -> dict[str, str]:
    return render_site(load_library(FIXTURE))


def _golden() -> dict[str, str]:
    return {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(GOLDEN.rglob("*")) if p.is_file()}


def _update(files: dict[str, str]) -> None:
    for old in GOLDEN.rglob("*"):
        if old.is_file() and old.relative_to(GOLDEN).as_posix() not in files:
            old.unlink()
    for path, text in files.items():
        (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
        (GOLDEN / path).write_text(text, encoding="utf-8")


def test_rendered_output_matches_golden_files():
    files = _rendered()
    if os.environ.get("UPDATE_GOLDEN"):
        _update(files)
    golden = _golden()
    assert sorted(files) == sorted(golden), "the set of generated files changed"
    diffs = ["".join(difflib.unified_diff(golden[p].splitlines(True), files[p].splitlines(True), f"golden/{p}", p))
             for p in files if files[p] != golden[p]]
    assert not diffs, "\n".join(diffs)


def test_rendering_is_deterministic():
    assert _rendered() == _rendered()

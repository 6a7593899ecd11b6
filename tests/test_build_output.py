"""`build --out` replaces only what it wrote: never the content, a folder above it, or someone's files."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import MARKER
from tests.conftest import FIXTURE_CONTENT
from tests.support.sitebuild import ROOT


@pytest.fixture
def workspace(tmp_path) -> Path:
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    return tmp_path


def build(workspace: Path, out: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "--content", "content", "build", "--out", str(out)],
                          cwd=workspace, capture_output=True, text=True, timeout=120)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(workspace: Path, out: str | Path, reason: str) -> None:
    before = snapshot(workspace)
    result = build(workspace, out)
    assert result.returncode == 1
    assert f"nothing written: {out} {reason}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(workspace) == before


@pytest.mark.parametrize("out", ["content", "content/toolkits", ".", ".."])
def test_the_content_and_the_folders_holding_it_are_refused(workspace, out):
    refused(workspace, out, "holds the content or the project")


def test_the_project_folder_is_refused(workspace):
    refused(workspace, ROOT, "holds the content or the project")


def test_a_folder_with_someone_elses_files_is_refused(workspace):
    notes = workspace / "notes"
    notes.mkdir()
    (notes / "ideas.txt").write_text("my notes", encoding="utf-8")
    refused(workspace, "notes", "is not empty and was not written by this command")


def test_a_file_or_a_link_is_refused(workspace):
    (workspace / "a-file").write_text("keep", encoding="utf-8")
    refused(workspace, "a-file", "is not a folder")
    (workspace / "elsewhere").mkdir()
    (workspace / "a-link").symlink_to("elsewhere")
    refused(workspace, "a-link", "is not a folder")


def test_a_new_or_empty_folder_is_written_and_marked_then_replaced(workspace):
    assert build(workspace, "new/docs").returncode == 0
    (workspace / "empty").mkdir()
    assert build(workspace, "empty").returncode == 0
    assert snapshot(workspace / "new" / "docs") == snapshot(workspace / "empty")
    assert (workspace / "empty" / MARKER).is_file() and (workspace / "empty" / "index.md").is_file()
    (workspace / "empty" / "stale.md").write_text("from an earlier build", encoding="utf-8")
    assert build(workspace, "empty").returncode == 0  # its own output: replaced whole
    assert snapshot(workspace / "empty") == snapshot(workspace / "new" / "docs")

"""The site as the commit before the new search built it, for side-by-side benchmarks.

f130f0c is the last commit with Material's lunr search. A temporary detached
worktree of it builds with its own mkdocs.yml and hook (run from that
worktree, so that its own generator is imported) by this .venv's Python, and
is removed afterwards.
"""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from tests.support.sitebuild import ROOT, SITE_URL

PREVIOUS = "f130f0c"


@contextmanager
def previous_checkout(parent: Path):
    """A detached worktree of the previous commit under ``parent``, removed on exit."""
    path = parent / f"worktree-{PREVIOUS}"
    git = ["git", "-C", str(ROOT), "worktree"]
    subprocess.run(git + ["add", "--detach", str(path), PREVIOUS], check=True, capture_output=True)
    try:
        yield path
    finally:
        subprocess.run(git + ["remove", "--force", str(path)], check=True, capture_output=True)


def build_previous(checkout: Path, content: Path, out: Path) -> Path:
    """Build ``content`` with the previous commit's pipeline; the built site's folder."""
    docs, site = out / "docs", out / "site"
    docs.mkdir(parents=True, exist_ok=True)  # its hook writes the pages into an existing docs folder
    env = {**os.environ, "LIBRARY_CONTENT": str(content), "LIBRARY_DOCS_DIR": str(docs),
           "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(checkout / "mkdocs.yml"), "-d", str(site)]
    result = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"building {PREVIOUS} failed:\n{result.stdout}{result.stderr}")
    return site

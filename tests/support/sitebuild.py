"""Build the site the way `make build` does, into a folder of the caller's choice.

Tests and benchmarks use this so that they build exactly what is published: a
strict MkDocs build with the project's mkdocs.yml, whose hook renders the pages
from the content in memory, then the search index.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.search_index import index_site

ROOT = Path(__file__).resolve().parents[2]
# GitHub Pages serves a project site under /<repo>/; build and serve it the same way.
PROJECT_PATH = "/integrating-cities/"
SITE_URL = f"https://example.github.io{PROJECT_PATH}"
REPO_URL = "https://github.com/example/integrating-cities"


@dataclass(frozen=True)
class Build:
    site: Path
    log: str

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith(("WARNING", "ERROR"))]


def build_site(content: Path, out: Path, config: Path = ROOT / "mkdocs.yml", strict: bool = True) -> Build:
    site = out / "site"
    env = {**os.environ, "LIBRARY_CONTENT": str(content), "SITE_URL": SITE_URL, "REPO_URL": REPO_URL,
           "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    result = subprocess.run(command + (["--strict"] if strict else []), cwd=ROOT, env=env,
                            capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"mkdocs build failed:\n{result.stdout}{result.stderr}")
    index_site(site)
    return Build(site, result.stdout + result.stderr)

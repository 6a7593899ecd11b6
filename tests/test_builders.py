"""`make build BUILDER=properdocs|zensical`: the same pages from the CLI's Markdown, tabs and anchors working.

Each builder runs in a copy of the project (the build writes build/docs, site/
and, for Zensical, .cache/ into the folder it runs in), through the Makefile.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.support.server import SiteServer
from tests.support.sitebuild import PROJECT_PATH, ROOT, SITE_URL

pytestmark = pytest.mark.builders  # a few minutes: `make test` runs them, `make test-fast` does not

PROJECT_FILES = ["Makefile", "pyproject.toml", "mkdocs.yml", "builders.yml", "content", "generator", "overrides"]
BUILDERS = {"properdocs": "mkdocs-ProperDocs 1.6", "zensical": "zensical-0.0.73"}


def pages(site) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


@pytest.fixture(scope="module", params=sorted(BUILDERS))
def built(request, tmp_path_factory):
    project = tmp_path_factory.mktemp(request.param)
    for name in PROJECT_FILES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2  # keeps the time, or make reinstalls the project from the copy
        copy(ROOT / name, project / name)
    env = {**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(["make", "build", f"BUILDER={request.param}", f"VENV={ROOT / '.venv'}"],
                            cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return request.param, project / "site"


def test_builds_every_page_the_mkdocs_build_has(built, site):
    builder, other = built
    assert pages(other) == pages(site.site)
    generator = f'<meta name="generator" content="{BUILDERS[builder]}'
    assert generator in (other / "cities" / "ghent" / "index.html").read_text(encoding="utf-8")


def test_a_detail_page_lights_its_tab_and_scrolls_to_its_example(built, visit):
    # Zensical 0.0.73 puts a directly opened page back at the top when it loads slowly;
    # anchor-scroll.js takes it back to the anchor.
    with SiteServer(built[1], PROJECT_PATH) as server:
        page = visit.page
        page.goto(server.url("toolkits/anti-discrimination/encouraging-change/#ghent"))
        assert page.locator(".md-tabs__item--active").all_inner_texts() == ["Toolkits"]
        page.wait_for_function("() => document.getElementById('ghent').getBoundingClientRect().top < innerHeight / 2")
        assert page.evaluate("scrollY") > 0
        page.goto(server.url("cities/ghent/"))
        assert page.locator(".md-tabs__item--active").all_inner_texts() == ["Cities"]
    assert visit.foreign == [] and visit.errors == []

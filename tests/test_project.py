"""The project's promises about itself: the two-command quick start, CI, publishing."""
from __future__ import annotations

import re
import shlex

import yaml

from tests.support.sitebuild import ROOT


def test_readme_quick_start_is_the_two_make_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick_start, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make serve", "make test"]


def test_ci_runs_the_readme_test_command():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^exec make test$", run, re.M)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: .*chromium", makefile, re.M)


def test_pages_workflow_builds_strictly_and_deploys_the_default_branch():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML reads the key `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    build_steps = workflow["jobs"]["build"]["steps"]
    assert any("make" in step.get("run", "") and "build" in step.get("run", "") for step in build_steps)
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact@") for step in build_steps)
    deploy = workflow["jobs"]["deploy"]
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])
    assert "pull_request" in deploy["if"] and "default_branch" in deploy["if"]
    assert "github.io" in workflow["env"]["SITE_URL"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in makefile


def test_pages_workflow_runs_the_fast_tests_before_the_build():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    fast = next(i for i, run in enumerate(runs) if "make test-fast" in run)
    assert fast < next(i for i, run in enumerate(runs) if "build" in run.split())


def test_both_tiers_run_ruff():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("test", "test-fast"):
        recipe = makefile.split(f"\n{target}:", 1)[1].split("\n\n", 1)[0]
        assert "\t$(PY) -m ruff check .\n" in recipe + "\n", target


def test_the_fast_tier_leaves_out_every_test_that_needs_a_browser():
    import subprocess
    import sys

    def collected(*args):
        result = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", *args],
                                cwd=ROOT, capture_output=True, text=True)
        return {line for line in result.stdout.splitlines() if "::" in line}

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest-fast:", 1)[1].split("\n\n", 1)[0]
    fast_args = re.search(r"^\t\$\(PY\) -m pytest (.*)$", recipe, re.M).group(1)
    everything, fast = collected(), collected(*shlex.split(fast_args))
    browser = {test for test in everything if "browser" in test.split("::")[0]}
    assert browser and fast and not fast & browser
    assert fast < everything

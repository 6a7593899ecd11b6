"""The command line on the real content: check, export and build."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.conftest import CONTENT, FIXTURE_CONTENT
from tests.support.sitebuild import ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


def test_check_prints_the_counts():
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("content is valid: 4 toolkits, 38 key factors, "
                                     f"{_guide_questions()} guide questions, 87 examples, 25 cities, "
                                     f"{_themes()} themes")


def _guide_questions() -> int:
    import yaml
    return sum(len(kf["guide_questions"]) for path in (CONTENT / "toolkits").glob("*.yaml")
               for kf in yaml.safe_load(path.read_text(encoding="utf-8"))["key_factors"])


def _themes() -> int:
    import yaml
    return len(yaml.safe_load((CONTENT / "themes.yaml").read_text(encoding="utf-8")))


def test_export_json_has_every_example_with_its_place(library):
    result = run("export", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 87
    assert len({r["id"] for r in records}) == 87
    ghent = next(r for r in records if r["id"] == "anti-discrimination/encouraging-change#ghent")
    assert ghent["city_name"] == "Ghent" and ghent["country"] == "Belgium" and ghent["country_code"] == "BE"
    assert ghent["toolkit_title"] == "Anti-discrimination strategies for the local job market"
    assert "procurement" in ghent["themes"]
    assert "non-discrimination clause" in ghent["text"]


def test_export_csv_matches_json():
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").stdout)))
    records = json.loads(run("export", "--format", "json").stdout)
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert all(row["text"] == rec["text"] for row, rec in zip(rows, records))
    assert rows[0]["themes"] == "; ".join(records[0]["themes"])


def test_export_to_a_file(tmp_path):
    out = tmp_path / "examples.csv"
    assert run("export", "--format", "csv", "--output", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("id,url,toolkit,")


def test_build_is_byte_identical_and_leaves_no_stale_pages(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run("build", "--out", str(first)).returncode == 0
    (first / "stale.md").write_text("left over from an earlier build", encoding="utf-8")
    assert run("build", "--out", str(first)).returncode == 0
    assert run("build", "--out", str(second)).returncode == 0
    files = lambda root: {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert "stale.md" not in files(first)
    assert files(first) == files(second)


def test_invalid_content_builds_nothing(tmp_path):
    import shutil
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    bad = content / "cities.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("slug: ghent", "slug: Ghent!"), encoding="utf-8")
    out = tmp_path / "docs"
    out.mkdir()
    (out / "kept.md").write_text("an earlier good build", encoding="utf-8")
    result = run("--content", str(content), "build", "--out", str(out))
    assert result.returncode == 1
    assert "cities.yaml:" in result.stderr and "slug" in result.stderr
    assert "nothing written" in result.stderr
    assert [p.name for p in out.iterdir()] == ["kept.md"]


@pytest.mark.parametrize("command", [["check"], ["export"], ["build"]])
def test_every_command_validates_first(tmp_path, command):
    result = run("--content", str(tmp_path / "missing"), *command)
    assert result.returncode == 1
    assert "missing file" in result.stderr


def test_build_writes_the_pages_mkdocs_gets_in_memory(library, tmp_path):
    """Another process, the same bytes: the CLI's Markdown is what the MkDocs hook renders."""
    from generator.build import MARKER, render_site

    out = tmp_path / "docs"
    result = run("build", "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*")
               if p.is_file() and p.name != MARKER}
    assert written == render_site(library)
    assert result.stdout.strip() == f"wrote {sum(p.endswith('.md') for p in written)} pages to {out}"

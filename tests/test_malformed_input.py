"""Malformed content, one case per kind: located message, exit status 1, never a traceback.

Each case replaces one file of a copy of the fixture corpus and runs the CLI as
a contributor would, with `check` and with `build`.
"""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURE_CONTENT
from tests.support.sitebuild import ROOT

CITY = "- slug: ghent\n  name: {}\n  country: Belgium\n"
SECRET = "outside-secret-7f3a"  # the text of a file outside content/, which must never be printed


def city(name: str) -> bytes:
    return CITY.format(name).encode("utf-8")


# name, file replaced, its bytes, expected "path:line:column: " start, part of the message
CASES = [
    ("NUL byte", "cities.yaml", city("Gh\x00ent"), "content/cities.yaml:2:11: ", "control character (U+0000)"),
    ("terminal escape", "cities.yaml", city("Gh\x1b[2Jent"), "content/cities.yaml:2:11: ", "control character (U+001B)"),
    ("control character as a YAML escape", "cities.yaml", city('"Gh\\x07ent"'), "content/cities.yaml:2:9: ",
     "control character (U+0007)"),
    ("byte order mark inside", "cities.yaml", city("Gh\ufeffent"), "content/cities.yaml:2:11: ", "byte order mark"),
    ("carriage return alone", "cities.yaml", city("Gh\rent"), "content/cities.yaml:2:11: ", "carriage return"),
    ("not UTF-8", "cities.yaml", CITY.format("Gh\xe8nt").encode("latin-1"), "content/cities.yaml:2:11: ",
     "not UTF-8 (byte 0xe8)"),
    ("lone surrogate", "cities.yaml", city('"\\ud800"'), "content/cities.yaml:2:9: ", "lone surrogate (U+D800)"),
    ("python tag", "cities.yaml", city("!!python/object/apply:os.system [echo pwned]"), "content/cities.yaml:2:9: ",
     "YAML tags (!!python/object/apply:os.system) are not allowed"),
    ("unknown tag", "cities.yaml", city("!city Ghent"), "content/cities.yaml:2:9: ", "YAML tags (!city)"),
    ("merge key", "cities.yaml", b"- slug: ghent\n  <<: {name: Ghent}\n", "content/cities.yaml:2:3: ",
     "merge keys (<<) are not allowed"),
    ("list as a key", "cities.yaml", b"- slug: ghent\n  [name]: Ghent\n", "content/cities.yaml:2:3: ",
     "a key must be a plain name"),
    ("mapping as a key", "cities.yaml", b"- slug: ghent\n  ? {name: x}\n  : Ghent\n", "content/cities.yaml:2:5: ",
     "a key must be a plain name"),
    ("10,000-deep flow list", "cities.yaml", city("[" * 10_000 + "]" * 10_000), "content/cities.yaml:2:23: ",
     "nested more than 16 levels deep"),
    ("3,000-deep mapping", "cities.yaml", city("{a: " * 3_000 + "x" + "}" * 3_000), "content/cities.yaml:2:62: ",
     "nested more than 16 levels deep"),
    ("anchor", "cities.yaml", city("&n Ghent"), "content/cities.yaml:2:9: ", "anchors and aliases"),
    ("alias bomb", "cities.yaml",
     ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
         f"{b}: &{b} [{', '.join([f'*{a}'] * 10)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))).encode(),
     "content/cities.yaml:1:4: ", "anchors and aliases"),
    ("file too large", "cities.yaml", b"# " + b"x" * 1_000_001 + b"\n", "content/cities.yaml:1:1: ",
     "larger than 1 MB"),
    ("value too long", "cities.yaml", city("x" * 20_001), "content/cities.yaml:2:9: ",
     "longer than 20000 characters"),
    ("impossible date", "cities.yaml", city("Ghent") + b"  latitude: 2018-13-45\n", "content/cities.yaml:4:13: ",
     "expected a number, found text '2018-13-45'"),
    ("number too long to convert", "cities.yaml", city("Ghent") + b"  latitude: " + b"9" * 5_000 + b"\n",
     "content/cities.yaml:4:13: ", "expected a number, found text '999"),
    ("YAML syntax", "cities.yaml", city("[Ghent"), "content/cities.yaml:", "YAML syntax"),
    ("empty file", "cities.yaml", b"", "content/cities.yaml:1:1: ", "the file is empty"),
    ("hand-written page missing", "pages/about.md", None, "content/pages/about.md:1:1: ", "missing file"),
    ("hand-written page not UTF-8", "pages/about.md", "Caf\xe9\n".encode("latin-1"), "content/pages/about.md:1:4: ",
     "not UTF-8"),
    ("hand-written page with raw HTML", "pages/about.md", b"About.\n\nSee <img src=x onerror=alert(1)>\n",
     "content/pages/about.md:3:5: ", "raw HTML is not allowed"),
    ("hand-written page with a control character", "pages/home.md", b"Home\x00.\n", "content/pages/home.md:1:5: ",
     "control character"),
]


def run(content, *args):
    return subprocess.run([sys.executable, "-m", "generator", "--content", "content", *args],
                          cwd=content.parent, capture_output=True, text=True, timeout=60)


@pytest.fixture
def content(tmp_path):
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    return tmp_path / "content"


# The kinds that `check` once passed and `build` crashed on; the others stop both at loading alike.
BUILD_CASES = [case for case in CASES if case[0] in
               ("lone surrogate", "hand-written page missing", "hand-written page not UTF-8")]


@pytest.mark.parametrize("command, name, file, data, where, message",
                         [(["check"], *case) for case in CASES] + [(["build", "--out", "docs"], *case) for case in BUILD_CASES],
                         ids=[f"check {case[0]}" for case in CASES] + [f"build {case[0]}" for case in BUILD_CASES])
def test_malformed_content_is_located_never_a_traceback(content, command, name, file, data, where, message):
    if data is None:
        (content / file).unlink()
    else:
        (content / file).write_bytes(data)
    result = run(content, *command)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr
    assert any(line.startswith(where) and message in line for line in result.stderr.splitlines()), result.stderr
    assert "pwned" not in result.stdout + result.stderr
    assert not (content.parent / "docs").exists()


@pytest.mark.parametrize("file", ["pages/about.md", "cities.yaml", "toolkits/anti-discrimination.yaml"])
def test_a_link_to_a_file_outside_content_is_refused_unread(content, file):
    outside = content.parent / "outside.txt"
    outside.write_text(f"{SECRET}\n", encoding="utf-8")
    (content / file).unlink()
    (content / file).symlink_to(outside)
    for command in (["check"], ["build", "--out", "docs"]):
        result = run(content, *command)
        assert result.returncode == 1
        assert f"content/{file}:1:1: a link to a file outside the content folder" in result.stderr
        assert SECRET not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


def test_a_link_inside_content_is_read(content):
    (content / "pages" / "about.md").rename(content / "pages" / "about-text.md")
    (content / "pages" / "about.md").symlink_to("about-text.md")
    assert run(content, "check").returncode == 0

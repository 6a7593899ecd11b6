"""The data contract between generator/assessment.py and the browser code, on the real data.

The generator renders the site from the real content; Node reads each self-assessment page's
data and the themes' shared key-factor files with the browser's own readers (tests/js/read-real-data.mjs);
what the browser would see must match the content.
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator import links
from generator.assessment import is_open
from generator.build import render_site

SITE = "http://127.0.0.1/integrating-cities/"
READER = Path(__file__).parent / "js" / "read-real-data.mjs"


@pytest.fixture(scope="module")
def seen(library, tmp_path_factory) -> dict:
    """What the browser code reads from the generator's output, by toolkit."""
    docs = tmp_path_factory.mktemp("docs")
    for path, text in render_site(library).items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        if path.endswith("/self-assessment.md"):
            root = BeautifulSoup(text, "html.parser").select_one(".ic-assessment")
            (target.parent / "self-assessment.json").write_text(json.dumps({"data": root["data-assessment"]}), encoding="utf-8")
    slugs = [toolkit.slug for toolkit in library.toolkits]
    result = subprocess.run(["node", str(READER), str(docs), SITE, *slugs], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_every_toolkit_page_data_reads_as_its_content(library, seen):
    for toolkit in library.toolkits:
        page = seen[toolkit.slug]
        assert page["ok"], page
        data = page["data"]
        assert data["toolkit"]["slug"] == toolkit.slug
        assert [kf["slug"] for kf in data["key_factors"]] == [kf.slug for kf in toolkit.key_factors]
        for kf, model in zip(data["key_factors"], toolkit.key_factors):
            assert [(q["text"], q["items"], q["open"]) for q in kf["guide_questions"]] == \
                   [(q.text, list(q.items), is_open(q)) for q in model.guide_questions]
            assert {e["city"] for e in kf["examples"]} == {p.example.city for p in library.examples_by_key_factor.get(f"{toolkit.slug}/{model.slug}", ())}
        assert [cf["name"] for cf in data["context_factors"]] == [cf.name for cf in toolkit.context_factors]


def test_related_key_factors_come_from_the_theme_files_and_lead_to_real_pages(library, seen):
    checked = 0
    for toolkit in library.toolkits:
        for model in toolkit.key_factors:
            groups = seen[toolkit.slug]["related"][model.slug]
            found = [(kf["toolkit"], kf["slug"], kf["url"], [e["url"] for e in kf["examples"]])
                     for group in groups["all"] for kf in group["shown"]]
            expected = [(other.slug, related.slug, SITE + links.url_of(links.key_factor_page(other, related)),
                         [SITE + links.url_of(links.example_target(p))
                          for p in library.examples_by_key_factor.get(f"{other.slug}/{related.slug}", ())])
                        for other, related, _ in library.related(toolkit, model)]
            assert sorted(found) == sorted(expected)
            for group in groups["all"]:
                assert group["theme"]["url"] == SITE + links.url_of(links.theme_page(library.theme_by_slug[group["theme"]["slug"]]))
            assert all(len(group["shown"]) <= 4 for group in groups["shown"])
            checked += len(found)
    assert checked > 50  # the real content relates many key factors across toolkits


def test_open_questions_are_about_thirty_of_the_guide_questions(library):
    questions = [q for t in library.toolkits for kf in t.key_factors for q in kf.guide_questions]
    open_ones = [q.text for q in questions if is_open(q)]
    assert 25 <= len(open_ones) <= 40, len(open_ones)
    assert "How is this commitment communicated to the press and public?" in open_ones
    assert not any(q.startswith(("Does", "Is ", "Are ", "Do ", "Has ", "Can ")) for q in open_ones)

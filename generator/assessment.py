"""The data a toolkit's self-assessment page hands to the browser code.

The shape is the contract with overrides/assets/javascripts/assessment/
(data.js reads it): key factors with their guide questions (each marked open
or not), the toolkit's own examples, and the context factors. What the page
shows about other toolkits (related key factors and their examples) is not in
the page: each toolkit's key factors are written once to a small shared file
(peer_files below) that the page fetches when it needs it, so no page grows
with the size of the whole library. Addresses are relative to the page or to
the shared file, so the site works under any path. ``content_version``
changes when anything a user answers changes, so an export made against older
content is recognised as such. The template puts the JSON in an attribute: an
inline script would not survive Material's instant navigation, which re-runs
page scripts as JavaScript.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re

from generator import links
from generator.library import Library
from generator.model import GuideQuestion, KeyFactor, Toolkit
from generator.text import plain

DATA_FORMAT = 2
PEER_FORMAT = 1
SCRIPT = "assets/javascripts/assessment/main.js"
STYLESHEET = "assets/stylesheets/assessment.css"

# Questions that ask how, what or to what degree want a written answer, not Yes / Partly / No.
OPEN_QUESTION = re.compile(r"(How|What|Which|Where|Who|When|Why|To what (degree|extent))\b")


def is_open(question: GuideQuestion) -> bool:
    return bool(OPEN_QUESTION.match(question.text))


def peer_file(toolkit: Toolkit) -> str:
    """Docs path of the shared file with a toolkit's key factors and examples."""
    return f"toolkits/{toolkit.slug}/key-factors.json"


def _site_url(docs_path: str) -> str:
    """A page's docs path becomes its URL; any other file keeps its path."""
    return links.url_of(docs_path) if docs_path.partition("#")[0].endswith(".md") else docs_path


def url_from(here: str, target: str) -> str:
    """The URL of ``target`` (a docs path, maybe with #anchor) from the page or file at ``here``."""
    base = links.url_of(here) if here.endswith(".md") else posixpath.dirname(here) + "/"
    path, _, anchor = _site_url(target).partition("#")
    link = posixpath.relpath("/" + path, "/" + base) + ("/" if path.endswith("/") else "")
    return f"{link}#{anchor}" if anchor else link


def _examples_of(library: Library, toolkit: Toolkit, kf: KeyFactor, here: str) -> list[dict]:
    found = []
    for placed in library.examples_by_key_factor.get(f"{toolkit.slug}/{kf.slug}", ()):
        city = library.city[placed.example.city]
        found.append({"city": city.slug, "city_name": city.name, "country": city.country,
                      "url": url_from(here, links.example_target(placed))})
    return found


def _key_factor(library: Library, toolkit: Toolkit, kf: KeyFactor, here: str) -> dict:
    return {
        "slug": kf.slug, "title": kf.title, "label": kf.label,
        "statement": plain(kf.statement),
        "url": url_from(here, links.key_factor_page(toolkit, kf)),
        "guide_questions": [{"id": f"q{i}", "text": q.text, "items": list(q.items), "open": is_open(q)}
                            for i, q in enumerate(kf.guide_questions, 1)],
        "examples": _examples_of(library, toolkit, kf, here),
        "related": [f"{other.slug}/{related.slug}" for other, related, _ in library.related(toolkit, kf)],
    }


def content_version(key_factors: list[dict], context_factors: list[dict]) -> str:
    """A short hash of the texts a user answers: key factors, questions, context factors."""
    questions = lambda kf: [(q["id"], q["text"], q["items"]) for q in kf["guide_questions"]]
    answered = {"key_factors": [(kf["slug"], questions(kf)) for kf in key_factors],
                "context_factors": context_factors}
    return hashlib.sha256(json.dumps(answered, sort_keys=True).encode()).hexdigest()[:8]


def assessment_json(library: Library, toolkit: Toolkit) -> str:
    here = links.self_assessment_page(toolkit)
    key_factors = [_key_factor(library, toolkit, kf, here) for kf in toolkit.key_factors]
    context_factors = [{"id": f"c{i}", "name": cf.name, "involves": [plain(x) for x in cf.involves]}
                       for i, cf in enumerate(toolkit.context_factors, 1)]
    related_toolkits = sorted({ref.split("/")[0] for kf in key_factors for ref in kf["related"]})
    data = {
        "format": DATA_FORMAT,
        "toolkit": {"slug": toolkit.slug, "title": toolkit.title, "short_title": toolkit.short_title,
                    "series": library.series_by_slug[toolkit.series].name, "year": toolkit.year},
        "content_version": content_version(key_factors, context_factors),
        "key_factors": key_factors,
        "peer_files": {slug: url_from(here, peer_file(library.toolkit[slug])) for slug in related_toolkits},
        "context_factors": context_factors,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def page_assets(toolkit: Toolkit) -> dict[str, str]:
    """The page's own script and stylesheet: only self-assessment pages load them."""
    here = links.self_assessment_page(toolkit)
    return {"script": url_from(here, SCRIPT), "stylesheet": url_from(here, STYLESHEET)}


def _peer_data(library: Library, toolkit: Toolkit) -> str:
    here = peer_file(toolkit)
    data = {"format": PEER_FORMAT, "toolkit": {"slug": toolkit.slug, "short_title": toolkit.short_title},
            "key_factors": {kf.slug: {"label": kf.label, "url": url_from(here, links.key_factor_page(toolkit, kf)),
                                      "examples": _examples_of(library, toolkit, kf, here)}
                            for kf in toolkit.key_factors}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def peer_files(library: Library) -> dict[str, str]:
    """Docs path -> text of every toolkit's shared key-factor file."""
    return {peer_file(toolkit): _peer_data(library, toolkit) for toolkit in library.toolkits}

"""The data a toolkit's self-assessment page hands to the browser code.

The shape is the contract with overrides/assets/javascripts/assessment/
(data.js reads it): key factors with their guide questions (each marked open
or not) and themes, the toolkit's own examples, and the context factors. What
the page shows about other toolkits (the key factors that share a theme, and
their examples) is not in the page: each theme's key factors are written once
to a shared file (theme_files below) that the page fetches when it needs it,
so no page grows with the size of the whole library, and the whole output
grows with the content, not with its square. Addresses are relative to the
page or to the shared file, so the site works under any path. ``content_version``
changes when anything a user answers changes, so an export made against older
content is recognised as such. The template puts the JSON in an attribute: an
inline script would not survive Material's instant navigation, which re-runs
page scripts as JavaScript.
"""
from __future__ import annotations

import hashlib
import json
import re

from generator import links
from generator.library import Library
from generator.model import GuideQuestion, KeyFactor, Theme, Toolkit
from generator.text import plain

DATA_FORMAT = 2
THEME_FILE_FORMAT = 1
SCRIPT = "assets/javascripts/assessment/main.js"
STYLESHEET = "assets/stylesheets/assessment.css"

# Questions that ask how, what or to what degree want a written answer, not Yes / Partly / No.
OPEN_QUESTION = re.compile(r"(How|What|Which|Where|Who|When|Why|To what (degree|extent))\b")


def is_open(question: GuideQuestion) -> bool:
    return bool(OPEN_QUESTION.match(question.text))


def _examples_of(library: Library, toolkit: Toolkit, kf: KeyFactor, here: str) -> list[dict]:
    found = []
    for placed in library.examples_by_key_factor.get(links.key_factor_ref(toolkit, kf), ()):
        city = placed.city
        found.append({"city": city.slug, "city_name": city.name, "country": city.country,
                      "url": links.relative_url(here, links.example_target(placed))})
    return found


def _key_factor(library: Library, toolkit: Toolkit, kf: KeyFactor, here: str) -> dict:
    return {
        "slug": kf.slug, "title": kf.title, "label": kf.label,
        "statement": plain(kf.statement),
        "url": links.relative_url(here, links.key_factor_page(toolkit, kf)),
        "guide_questions": [{"id": f"q{i}", "text": q.text, "items": list(q.items), "open": is_open(q)}
                            for i, q in enumerate(kf.guide_questions, 1)],
        "examples": _examples_of(library, toolkit, kf, here),
        "themes": list(kf.themes),
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
    themes = sorted({slug for kf in toolkit.key_factors for slug in kf.themes})
    data = {
        "format": DATA_FORMAT,
        "toolkit": {"slug": toolkit.slug, "title": toolkit.title, "short_title": toolkit.short_title,
                    "series": library.series_by_slug[toolkit.series].name, "year": toolkit.year},
        "content_version": content_version(key_factors, context_factors),
        "key_factors": key_factors,
        "theme_files": {slug: links.relative_url(here, links.theme_data_file(library.theme_by_slug[slug])) for slug in themes},
        "context_factors": context_factors,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def page_assets(toolkit: Toolkit) -> dict[str, str]:
    """The page's own script and stylesheet: only self-assessment pages load them."""
    here = links.self_assessment_page(toolkit)
    return {"script": links.relative_url(here, SCRIPT), "stylesheet": links.relative_url(here, STYLESHEET)}


def _theme_data(library: Library, theme: Theme) -> str:
    here = links.theme_data_file(theme)
    key_factors = [{"toolkit": toolkit.slug, "toolkit_title": toolkit.short_title, "slug": kf.slug, "label": kf.label,
                    "url": links.relative_url(here, links.key_factor_page(toolkit, kf)),
                    "examples": _examples_of(library, toolkit, kf, here)}
                   for toolkit, kf in library.key_factors_by_theme.get(theme.slug, ())]
    data = {"format": THEME_FILE_FORMAT, "theme": {"slug": theme.slug, "name": theme.name,
                                                    "url": links.relative_url(here, links.theme_page(theme))},
            "key_factors": key_factors}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def theme_files(library: Library) -> dict[str, str]:
    """Docs path -> text of every theme's shared key-factor file."""
    return {links.theme_data_file(theme): _theme_data(library, theme) for theme in library.themes}

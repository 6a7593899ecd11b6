"""The data a toolkit's self-assessment page hands to the browser code.

The shape is the contract with overrides/assets/javascripts/assessment/
(data.js reads it): key factors with their guide questions, the examples and
related key factors to look at for inspiration, and the context factors.
Addresses are relative to the self-assessment page, so the site works under
any path. Related key factors are listed once, by reference, so that the page
does not repeat a key factor's examples for every key factor it relates to.
``content_version`` changes when anything a user answers changes, so an
export made against older content is recognised as such. The template puts
the JSON in an attribute: an inline script would not survive Material's
instant navigation, which re-runs page scripts as JavaScript.
"""
from __future__ import annotations

import hashlib
import json

from generator import links
from generator.library import Library, Placed
from generator.model import KeyFactor, Toolkit
from generator.text import plain

DATA_FORMAT = 1


def _example(library: Library, placed: Placed, here: str) -> dict:
    city = library.city[placed.example.city]
    return {"city": city.slug, "city_name": city.name, "country": city.country,
            "url": links.relative_url(here, links.example_target(placed))}


def _examples_of(library: Library, toolkit: Toolkit, kf: KeyFactor, here: str) -> list[dict]:
    return [_example(library, p, here) for p in library.examples_by_key_factor.get(f"{toolkit.slug}/{kf.slug}", ())]


def _key_factor(library: Library, toolkit: Toolkit, kf: KeyFactor, here: str) -> dict:
    return {
        "slug": kf.slug, "title": kf.title, "label": kf.label,
        "statement": plain(kf.statement),
        "url": links.relative_url(here, links.key_factor_page(toolkit, kf)),
        "guide_questions": [{"id": f"q{i}", "text": q.text, "items": list(q.items)}
                            for i, q in enumerate(kf.guide_questions, 1)],
        "examples": _examples_of(library, toolkit, kf, here),
        "related": [f"{other.slug}/{related.slug}" for other, related, _ in library.related(toolkit, kf)],
    }


def _related_key_factors(library: Library, toolkit: Toolkit, here: str) -> dict[str, dict]:
    """Every key factor of another toolkit that one of this toolkit's key factors relates to."""
    found = {}
    for kf in toolkit.key_factors:
        for other, related, _ in library.related(toolkit, kf):
            found[f"{other.slug}/{related.slug}"] = {
                "toolkit": other.slug, "toolkit_title": other.short_title, "slug": related.slug,
                "label": related.label, "url": links.relative_url(here, links.key_factor_page(other, related)),
                "examples": _examples_of(library, other, related, here)}
    return found


def content_version(key_factors: list[dict], context_factors: list[dict]) -> str:
    """A short hash of what a user answers: key factors, questions, context factors."""
    answered = {"key_factors": [(kf["slug"], kf["guide_questions"]) for kf in key_factors],
                "context_factors": context_factors}
    return hashlib.sha256(json.dumps(answered, sort_keys=True).encode()).hexdigest()[:8]


def assessment_json(library: Library, toolkit: Toolkit) -> str:
    here = links.self_assessment_page(toolkit)
    key_factors = [_key_factor(library, toolkit, kf, here) for kf in toolkit.key_factors]
    context_factors = [{"id": f"c{i}", "name": cf.name, "involves": [plain(x) for x in cf.involves]}
                       for i, cf in enumerate(toolkit.context_factors, 1)]
    data = {
        "format": DATA_FORMAT,
        "toolkit": {"slug": toolkit.slug, "title": toolkit.title, "short_title": toolkit.short_title,
                    "series": library.series_by_slug[toolkit.series].name, "year": toolkit.year},
        "content_version": content_version(key_factors, context_factors),
        "key_factors": key_factors,
        "related_key_factors": _related_key_factors(library, toolkit, here),
        "context_factors": context_factors,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

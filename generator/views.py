"""What a page's template shows, decided here: lookups, counts and references.

Templates only write out what these hand them (templates/key_factor.md.j2,
about.md.j2, self_assessment.md.j2).
"""
from __future__ import annotations

from generator import links
from generator.library import Library
from generator.model import Approach, KeyFactor, Series, Toolkit
from generator.related import related_by_theme

SELF_ASSESSMENT_APPROACH = "internal-assessment"  # the method's approach a self-assessment page quotes


def key_factor(library: Library, toolkit: Toolkit, kf: KeyFactor, number: int) -> dict:
    ref = links.key_factor_ref(toolkit, kf)
    return {"toolkit": toolkit, "key_factor": kf, "number": number, "of": len(toolkit.key_factors),
            "examples": [(placed, library.city[placed.example.city])
                         for placed in library.examples_by_key_factor.get(ref, ())],
            "related": related_by_theme(library, toolkit, kf),
            "commitments": library.commitments_by_key_factor.get(ref, ())}


def series_toolkits(library: Library, series: Series) -> list[tuple[str, Toolkit | None]]:
    """The titles a series lists, each with its toolkit where this library has it."""
    by_title = {toolkit.title: toolkit for toolkit in library.toolkits}
    return [(title, by_title.get(title)) for title in series.toolkits]


def self_assessment_approach(library: Library) -> Approach | None:
    return next((a for a in library.method.approaches if a.slug == SELF_ASSESSMENT_APPROACH), None)

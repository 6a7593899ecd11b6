"""What a page's template shows, decided here: lookups, counts and references.

Templates only write out what these hand them: a toolkit comes with its series
and its counts (``Published``), a theme with its counts, a reference with what
it refers to.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator import links
from generator.library import Library
from generator.model import Approach, KeyFactor, Series, Theme, Toolkit
from generator.related import related_by_theme

SELF_ASSESSMENT_APPROACH = "internal-assessment"  # the method's approach a self-assessment page quotes


@dataclass(frozen=True)
class Published:
    """A toolkit as pages list and credit it: with its series and what it holds."""
    toolkit: Toolkit
    series: Series
    key_factors: int
    examples: int


@dataclass(frozen=True)
class Counts:
    """What the library holds, as the home page and the section pages count it."""
    toolkits: int
    key_factors: int
    guide_questions: int
    examples: int
    cities: int
    countries: int
    themes: int


@dataclass(frozen=True)
class Section:
    """A part of a page that is a search result of its own, at its heading's anchor."""
    anchor: str
    title: str
    text: str  # what the part says, for the words it is found by


@dataclass(frozen=True)
class ThemeRow:
    theme: Theme
    key_factors: int
    examples: int
    toolkits: int


def published(library: Library, toolkits) -> list[Published]:
    return [Published(t, library.series_by_slug[t.series], len(t.key_factors),
                      sum(len(kf.examples) for kf in t.key_factors)) for t in toolkits]


def counts(library: Library) -> Counts:
    return Counts(len(library.toolkits), len(library.key_factor_by_ref), library.guide_question_count(),
                  len(library.examples), len(library.cities), len({c.country for c in library.cities}),
                  len(library.themes))


def theme_rows(library: Library) -> list[ThemeRow]:
    rows = []
    for theme in library.themes:
        pairs = library.key_factors_by_theme.get(theme.slug, ())
        rows.append(ThemeRow(theme, len(pairs), len(library.examples_by_theme.get(theme.slug, ())),
                             len({toolkit.slug for toolkit, _ in pairs})))
    return rows


def charter_roles(library: Library) -> list[tuple]:
    """Each role with its commitments, each with the key factors (toolkit, key factor) it refers to."""
    return [(role, [(c, [library.key_factor_by_ref[ref] for ref in c.key_factors]) for c in role.commitments])
            for role in library.charter.roles]


def charter_sections(library: Library) -> list[Section]:
    """Each role of the Charter, with the commitments it lists."""
    return [Section(role.slug, role.title, "\n\n".join(c.text for c in role.commitments))
            for role in library.charter.roles]


def about_sections(library: Library, about: str) -> list[Section]:
    """The About page's parts, in its order: a reader's question lands on the part that answers it.
    The series' heading holds no text of its own; each series is a part."""
    method = library.method

    def own(anchor: str, text: str) -> Section:
        return Section(anchor, links.ABOUT_HEADINGS[anchor], text)

    return [own("credits", about), own("toolkits", method.toolkits), own("benchmark", method.benchmark),
            own("context-factors", method.context_factors), own("method", method.using_the_toolkit),
            *(Section(a.slug, a.title, f"{a.question}\n\n{a.text}") for a in method.approaches),
            own("terms", "\n\n".join(f"{term.term}: {term.definition}" for term in method.terms)),
            *(Section(s.slug, f"{s.name} ({s.years})", "\n\n".join(filter(None, (s.full_name, s.about, s.eu_context))))
              for s in library.series)]


def toolkit(library: Library, published: Published) -> dict:
    """A toolkit's page: each key factor with its examples and themes, each note with its heading id."""
    toolkit = published.toolkit
    return {"toolkit": toolkit, "published": published,
            "key_factors": [(kf, library.examples_by_key_factor.get(links.key_factor_ref(toolkit, kf), ()),
                             library.themes_of(kf)) for kf in toolkit.key_factors],
            "notes": [(note, links.heading_id(note.title)) for note in toolkit.notes]}


def key_factor(library: Library, toolkit: Toolkit, kf: KeyFactor, number: int) -> dict:
    ref = links.key_factor_ref(toolkit, kf)
    return {"toolkit": toolkit, "key_factor": kf, "number": number, "of": len(toolkit.key_factors),
            "themes": library.themes_of(kf), "examples": library.examples_by_key_factor.get(ref, ()),
            "related": related_by_theme(library, toolkit, kf),
            "commitments": library.commitments_by_key_factor.get(ref, ())}


def series_toolkits(library: Library, series: Series) -> list[tuple[str, Toolkit | None]]:
    """The titles a series lists, each with its toolkit where this library has it."""
    by_title = {toolkit.title: toolkit for toolkit in library.toolkits}
    return [(title, by_title.get(title)) for title in series.toolkits]


def self_assessment_approach(library: Library) -> Approach | None:
    return next((a for a in library.method.approaches if a.slug == SELF_ASSESSMENT_APPROACH), None)

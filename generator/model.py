"""The typed, immutable model of the library.

Field types say what a value holds; the schema module reads these annotations
to check content, so a new field needs no validation code of its own.
Entities refer to each other by slug; ``library.Library`` resolves them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

# What a string holds; the schema module checks each kind.
Slug = Annotated[str, "slug"]        # lower-case words joined by hyphens: part of URLs
Line = Annotated[str, "line"]        # one line of source text
Text = Annotated[str, "text"]        # Markdown: paragraphs, "- " lists, <links>
Url = Annotated[str, "url"]          # http(s):// URL or www. address as printed
Email = Annotated[str, "email"]
Ref = Annotated[str, "ref"]          # "toolkit/key-factor"
Seed = Annotated[str, "seed"]        # a file name in the seeds folder
CountryCode = Annotated[str, "country_code"]
Year = Annotated[int, "year"]
Latitude = Annotated[float, "latitude"]
Longitude = Annotated[float, "longitude"]


@dataclass(frozen=True)
class Origin:
    """Where an entity was read: its file, its path inside the file, and (1-based, from the
    YAML marks as it was read) the line and column of the entity and of each field's value
    and list item, so that a later check names the place without reading the file again."""
    file: str
    path: str
    line: int = 1
    column: int = 1
    places: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, hash=False)

    def place(self, name: str) -> tuple[int, int]:
        """Line and column of a field ('slug', 'themes[2]'), or of the entity if the file does not give it."""
        return self.places.get(name, (self.line, self.column))


def _origin():
    return field(default=None, compare=False, repr=False)


@dataclass(frozen=True, kw_only=True)
class City:
    slug: Slug
    name: Line
    country: Line
    country_code: CountryCode
    latitude: Latitude
    longitude: Longitude
    local_names: tuple[Line, ...] = ()
    aliases: tuple[Line, ...] = ()
    origin: Origin = _origin()

    @property
    def other_names(self) -> tuple[str, ...]:
        return self.local_names + self.aliases


@dataclass(frozen=True, kw_only=True)
class Theme:
    slug: Slug
    name: Line
    description: Text
    search_terms: tuple[Line, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Synonyms:
    """Words practitioners use for the same thing, for search."""
    terms: tuple[Line, ...]
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class GuideQuestion:
    SHORTHAND = "text"  # a plain string stands for {text: ...}
    text: Line
    items: tuple[Line, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Example:
    city: Slug
    text: Text
    links: tuple[Url, ...] = ()
    contacts: tuple[Email, ...] = ()
    themes: tuple[Slug, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class KeyFactor:
    slug: Slug
    title: Line
    statement: Text
    guide_questions: tuple[GuideQuestion, ...]
    themes: tuple[Slug, ...]
    examples: tuple[Example, ...]
    short_title: Line | None = None
    rationale: Text | None = None
    footnotes: tuple[Text, ...] = ()
    origin: Origin = _origin()

    @property
    def label(self) -> str:
        """The name to show in lists, links and search results."""
        return self.short_title or self.title


@dataclass(frozen=True, kw_only=True)
class ContextFactor:
    name: Line
    involves: tuple[Text, ...]


@dataclass(frozen=True, kw_only=True)
class Note:
    title: Line
    text: Text


@dataclass(frozen=True, kw_only=True)
class Standard:
    headline: Text
    text: Text
    footnotes: tuple[Text, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Foreword:
    text: Text
    signature: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Source:
    seed: Seed
    cross_check: Seed | None = None
    copyright: Line | None = None
    citation: Line | None = None
    credits: Text | None = None
    funding: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Toolkit:
    slug: Slug
    title: Line
    short_title: Line
    series: Slug
    year: Year
    source: Source
    standard: Standard
    key_factors: tuple[KeyFactor, ...]
    context_factors: tuple[ContextFactor, ...]
    context_factors_intro: Text | None = None
    notes: tuple[Note, ...] = ()
    introduction: Text | None = None
    foreword: Foreword | None = None
    acknowledgements: Text | None = None
    origin: Origin = _origin()

    # A toolkit is hashed by its slug, which no two toolkits share: the hash a
    # frozen dataclass makes walks everything the toolkit holds, each time.
    def __hash__(self) -> int:
        return hash(self.slug)


@dataclass(frozen=True, kw_only=True)
class Commitment:
    slug: Slug
    text: Line
    key_factors: tuple[Ref, ...]
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class CharterRole:
    slug: Slug
    title: Line
    commitments: tuple[Commitment, ...]
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Charter:
    source: Seed
    introduction: Text
    roles: tuple[CharterRole, ...]
    note: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Series:
    slug: Slug
    name: Line
    full_name: Line
    years: Line
    source: Seed
    toolkits: tuple[Line, ...]
    about: Text
    eu_context: Text | None = None
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Approach:
    slug: Slug
    title: Line
    question: Line
    text: Text
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Term:
    term: Line
    definition: Text
    source: Seed


@dataclass(frozen=True, kw_only=True)
class Method:
    source: Seed
    toolkits: Text
    toolkits_source: Seed
    benchmark: Text
    context_factors: Text
    using_the_toolkit: Text
    approaches: tuple[Approach, ...]
    terms: tuple[Term, ...]

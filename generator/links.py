"""Where each page and data file lives in the docs folder, the site's URLs that follow, and references.

Paths are stable by construction: they use slugs only, never titles or text.
A key factor is referred to as "toolkit/key-factor" (content's ``Ref``), and
an example as its key factor's reference and "#city". Every such string is
built here, nowhere else.
"""
from __future__ import annotations

import posixpath
from functools import cache
from urllib.parse import urlencode

from markdown.extensions.toc import slugify

HOME = "index.md"
TOOLKITS = "toolkits/index.md"
CITIES = "cities/index.md"
THEMES = "themes/index.md"
CHARTER = "charter/index.md"
EXAMPLES = "examples/index.md"
EXAMPLES_JSON = "examples/examples.json"
EXAMPLES_CSV = "examples/examples.csv"
ABOUT = "about/index.md"
SEARCH = "search/index.md"
# The About page's own headings, by anchor (about.md.j2); beside them go the
# method's approaches and the series, at their slugs.
ABOUT_HEADINGS = {"credits": "This library, credits and copyright", "toolkits": "The Integrating Cities toolkits",
                  "benchmark": "What a benchmark is", "context-factors": "Context factors",
                  "method": "How to use a benchmark", "terms": "Terms", "series": "The three project series"}


def toolkit_page(toolkit) -> str:
    return f"toolkits/{toolkit.slug}/index.md"


def key_factor_page(toolkit, key_factor) -> str:
    return f"toolkits/{toolkit.slug}/{key_factor.slug}.md"


def self_assessment_page(toolkit) -> str:
    return f"toolkits/{toolkit.slug}/self-assessment.md"


def city_page(city) -> str:
    return f"cities/{city.slug}.md"


def theme_page(theme) -> str:
    return f"themes/{theme.slug}.md"


def heading_id(title: str) -> str:
    """The id MkDocs' toc extension gives a heading with this title (its default slugify),
    so an id the generator writes is the one a link made by MkDocs would expect."""
    return slugify(title, "-")


def theme_data_file(theme) -> str:
    """The file of a theme's key factors and examples that self-assessment pages fetch (assessment.py)."""
    return f"themes/{theme.slug}/key-factors.json"


def commitment_target(commitment) -> str:
    return f"{CHARTER}#{commitment.slug}"


def series_target(series) -> str:
    return f"{ABOUT}#{series.slug}"


def key_factor_section(toolkit, key_factor) -> str:
    """The heading id of a key factor's section on a page that gathers several toolkits' (city, theme)."""
    return f"{toolkit.slug}-{key_factor.slug}"


def listing_page(first: str, number: int) -> str:
    """Page ``number`` of a listing whose first page is ``first``: cities/ghent.md -> cities/ghent/page/2.md,
    examples/index.md -> examples/page/2.md (a slug has no slash, so no other page is there)."""
    if number == 1:
        return first
    folder = first.removesuffix(".md").removesuffix("/index")
    return f"{folder}/page/{number}.md"


def key_factor_ref(toolkit, key_factor) -> str:
    return f"{toolkit.slug}/{key_factor.slug}"


def example_id(placed) -> str:
    return f"{key_factor_ref(placed.toolkit, placed.key_factor)}#{placed.example.city}"


def example_target(placed) -> str:
    return f"{key_factor_page(placed.toolkit, placed.key_factor)}#{placed.example.city}"


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for the site's own paths (no '.' or '..' parts; a leading or trailing
    '/' changes nothing), without the working directory it looks up on every call."""
    to, at = [part for part in path.split("/") if part], [part for part in start.split("/") if part]
    common = 0
    while common < min(len(to), len(at)) and to[common] == at[common]:
        common += 1
    return "/".join([".."] * (len(at) - common) + to[common:]) or "."


@cache  # pages link to the same few targets over and over
def relative(here: str, target: str) -> str:
    """A link from the page at ``here`` to ``target`` (a docs path, maybe with #anchor)."""
    path, _, anchor = target.partition("#")
    link = _relpath(path, posixpath.dirname(here)) if path else ""
    return f"{link}#{anchor}" if anchor else link


@cache
def relative_url(here: str, target: str) -> str:
    """The URL of ``target`` as seen from ``here``, both docs paths of pages or other files.

    For addresses built outside Markdown (where MkDocs rewrites .md links),
    such as those the self-assessment's browser code puts in the page and its data files.
    """
    path, _, anchor = url_of(target).partition("#")
    path, _, query = path.partition("?")
    page = here.endswith(".md")
    base = url_of(here) if page else posixpath.dirname(here) + "/"
    if page and path == base:
        link = ""  # the page itself: an anchor or query alone
    else:
        link = _relpath(path, base) + ("/" if path.endswith("/") or not path else "")
    link = f"{link or './'}?{query}" if query else link
    return f"{link}#{anchor}" if anchor else link or "./"


def url_of(target: str) -> str:
    """The site URL that MkDocs gives a docs path, relative to the site root ("" for the home page).

    An index or README page stands for its folder; any other page gets a folder of its own;
    any other file keeps its path. A query (the search page's filters) is kept.
    """
    path, _, anchor = target.partition("#")
    path, _, query = path.partition("?")
    if path.endswith(".md"):
        folder, _, name = path.removesuffix(".md").rpartition("/")
        url = folder if name in ("index", "README") else posixpath.join(folder, name)
        path = f"{url}/" if url else ""
    url = f"{path}?{query}" if query else path
    return f"{url}#{anchor}" if anchor else url


def search(**filters: str) -> str:
    """The search page with filters chosen, as its address carries them (search/?city=Ghent)."""
    return f"{SEARCH}?{urlencode(filters)}" if filters else SEARCH


def city_theme_examples(city, theme) -> str:
    """Where a matrix cell for this city and theme leads: the search page listing those examples."""
    return search(city=city.name, theme=theme.name)

"""Render pages to Markdown with the Jinja2 templates in templates/.

Templates write Markdown for MkDocs; links between pages are written as
relative .md paths so that MkDocs checks every one of them in a strict build.
"""
from __future__ import annotations

import re
from pathlib import Path

import jinja2
import yaml

from generator import links
from generator.library import Library
from generator.pages import Page
from generator.search import END, marker
from generator.text import plain

TEMPLATES = Path(__file__).parent / "templates"


@jinja2.pass_context
def href(context, target: str) -> str:
    return links.relative(context["here"], target)


def footnote_defs(footnotes) -> str:
    return "\n".join(f"[^{i}]: {note.strip()}" for i, note in enumerate(footnotes, 1))


def link_text(url: str) -> str:
    """A printed link with a scheme to open it ('www.x.org' is printed without one)."""
    return url if "://" in url else f"http://{url}"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # the output is Markdown, not HTML
        # Markdown heading anchors are written {#id}, which Jinja reads as a comment
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters.update(href=href, plain=plain, footnote_defs=footnote_defs, link_text=link_text,
                       search_marker=marker)
    env.globals["search_end"] = END
    env.globals.update({name: getattr(links, name) for name in (
        "toolkit_page", "key_factor_page", "self_assessment_page", "city_page", "theme_page",
        "example_target", "HOME", "TOOLKITS", "CITIES", "THEMES", "CHARTER", "EXAMPLES", "ABOUT")})
    return env


def front_matter(meta: dict) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000) + "---\n\n"


def render_page(env: jinja2.Environment, library: Library, page: Page) -> str:
    body = env.get_template(page.template).render(library=library, here=page.path, **page.context)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    if page.search:
        body = f"{marker(page.search)}\n\n{body}\n{END}\n"
    return front_matter(page.meta) + body

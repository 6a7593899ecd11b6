"""Render pages to Markdown with the Jinja2 templates in templates/.

Templates write Markdown for MkDocs; links between pages are written as
relative .md paths so that MkDocs checks every one of them in a strict build.

Content is text, never markup: every value a template writes is escaped here,
in one place, unless it is Markdown that passed the content's rules or that
the generator composed (``MarkdownText``, and the ``Markup`` of macros and of
the ``e`` filter). Front matter is read by the theme's templates, which do not
escape (MkDocs' Jinja environment has no autoescape), so it is HTML-escaped.
"""
from __future__ import annotations

import functools
import html
import json
from pathlib import Path
from urllib.parse import quote

import jinja2
from jinja2.compiler import CodeGenerator
from markupsafe import Markup, escape

from generator import links
from generator.library import Library
from generator.page import Page
from generator.paging import named
from generator.search import END, marker
from generator.text import MarkdownText, markdown_escape, plain

TEMPLATES = Path(__file__).parent / "templates"


@jinja2.pass_context
def href(context, target: str) -> MarkdownText:
    return MarkdownText(links.relative(context["here"], target))


# Links that pages write by the ten thousand, as functions rather than template macros:
# a macro call costs three times as much (17 against 6 microseconds).
def _link(here: str, text: str, target: str) -> str:
    return f"[{as_markdown(text)}]({links.relative(here, target)})"


@jinja2.pass_context
def theme_links(context, themes) -> MarkdownText:
    return MarkdownText(" · ".join(_link(context["here"], t.name, links.theme_page(t)) for t in themes))


@jinja2.pass_context
def kf_link(context, toolkit, kf) -> MarkdownText:
    return MarkdownText(_link(context["here"], kf.label, links.key_factor_page(toolkit, kf)))


@jinja2.pass_context
def city_links(context, examples) -> MarkdownText:
    """Each example's city, linked to the example."""
    return MarkdownText(", ".join(_link(context["here"], p.city.name, links.example_target(p)) for p in examples))


def footnote_defs(footnotes) -> MarkdownText:
    return MarkdownText("\n".join(f"[^{i}]: {note.strip()}" for i, note in enumerate(footnotes, 1)))


def link_text(url: str) -> MarkdownText:
    """A printed link as a link target: with a scheme to open it ('www.x.org' is
    printed without one), and nothing in it that could end the Markdown link."""
    return MarkdownText(quote(url if "://" in url else f"http://{url}", safe="/:?#@!$&'*+,;=%~"))


def _keeping_markdown(jinja_filter):
    """A string filter whose result stays Markdown when its input was."""
    @functools.wraps(jinja_filter)
    def kept(value, *args, **kwargs):
        result = jinja_filter(str(value), *args, **kwargs)
        return MarkdownText(result) if isinstance(value, MarkdownText) else result
    return kept


@functools.cache  # pages write the same names and titles over and over
def _escaped(text: str) -> Markup:
    return Markup(markdown_escape(text))


def as_markdown(value):
    """The escaping: what a ``{{ }}`` writes into the Markdown page."""
    if type(value) is str:  # the most common case first, and the only one whose escaping is cached
        return _escaped(value)
    if isinstance(value, Markup):
        return value
    if isinstance(value, MarkdownText):
        return Markup(value)
    if isinstance(value, str):
        return Markup(markdown_escape(value))
    return escape(value)  # numbers, mostly: as Jinja would write them


class _MarkdownCodeGenerator(CodeGenerator):
    """Writes ``str(as_markdown(value))`` where Jinja writes ``escape(as_markdown(value))``: the
    finalize has escaped the value for Markdown already, and markupsafe's ``escape`` would only copy
    it once more, through a Python call (a seventh of the rendering time)."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape or finalize.src is None:
            return super()._output_child_pre(node, frame, finalize)
        self.write("str(" + finalize.src)


class _MarkdownEnvironment(jinja2.Environment):
    code_generator_class = _MarkdownCodeGenerator


def environment() -> jinja2.Environment:
    env = _MarkdownEnvironment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A build makes its own environment, so templates changed while serving are read again
        # anyway; reloading checks each template file's time on every page (and every import).
        auto_reload=False,
        # On for its bookkeeping (macros return Markup, safe output passes);
        # the escaping itself is as_markdown, since the output is Markdown.
        autoescape=True,
        finalize=as_markdown,
        # Markdown heading anchors are written {#id}, which Jinja reads as a comment
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters.update(href=href, footnote_defs=footnote_defs, link_text=link_text,
                       plain=_keeping_markdown(plain), replace=_keeping_markdown(str.replace),
                       trim=_keeping_markdown(str.strip), indent=_keeping_markdown(env.filters["indent"]),
                       search_marker=marker, named=named)
    env.globals.update(search_end=END, theme_links=theme_links, kf_link=kf_link, city_links=city_links)
    env.globals.update({name: getattr(links, name) for name in (
        "toolkit_page", "key_factor_page", "self_assessment_page", "city_page", "theme_page",
        "example_target", "commitment_target", "series_target", "key_factor_section", "HOME", "TOOLKITS", "CITIES",
        "THEMES", "CHARTER", "EXAMPLES", "EXAMPLES_JSON", "EXAMPLES_CSV", "ABOUT", "ABOUT_HEADINGS", "SEARCH")})
    return env


def _html_escaped(value):
    if isinstance(value, dict):
        return {key: _html_escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_html_escaped(item) for item in value]
    # the theme's attributes are double-quoted; apostrophes stay as they are
    return html.escape(value, quote=False).replace('"', "&quot;") if isinstance(value, str) else value


# What JSON leaves as it is and YAML may read as a line break (content cannot hold them; names
# from elsewhere could), as the escapes that both read.
LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def front_matter(meta: dict) -> str:
    """YAML whose values are written as JSON, which is YAML too: json's C encoder is five times
    faster than PyYAML's representer, and a builder reads the same values back."""
    lines = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in _html_escaped(meta).items())
    return "---\n" + lines.translate(LINE_BREAKS) + "\n---\n\n"


def _one_blank_line(text: str) -> str:
    """Every run of blank lines as one, as re.sub(r"\\n{3,}", "\\n\\n", text) makes it: str.replace
    is four times faster on long pages (a run of n newlines needs about log(n) rounds)."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def render_page(env: jinja2.Environment, library: Library, page: Page) -> str:
    body = env.get_template(page.template).render(library=library, here=page.path, **page.context)
    body = _one_blank_line(body).strip() + "\n"
    if page.search:
        body = f"{marker(page.search)}\n\n{body}\n{END}\n"
    return front_matter(page.meta) + body

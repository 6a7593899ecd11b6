"""What a Markdown field may hold: what the toolkits print, and nothing that runs.

Text is parsed as the site parses it (Python-Markdown with the extensions of
mkdocs.yml, held equal by a test), and the HTML that comes out is held against
an allow-list: paragraphs, lists, emphasis and links to http, https or mailto
addresses. Raw HTML, HTML comments, reference-style link definitions and
attribute lists are refused by name, so the message says what to change.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown
from material.extensions import emoji

from generator.formats import Flaw, check_debris, check_email, check_url
from generator.text import AUTOLINK, FOOTNOTE_MARK, plain

EXTENSIONS = ["attr_list", "md_in_html", "admonition", "pymdownx.details", "pymdownx.superfences",
              "footnotes", "tables", "toc", "pymdownx.magiclink", "pymdownx.emoji"]
ALLOWED = {"p": set(), "ul": set(), "ol": {"start"}, "li": set(), "em": set(), "strong": set(),
           "br": set(), "a": {"href"}}
# What a browser or another Markdown engine could read as a tag, though Python-Markdown may print it
# as text: '<' before a letter, '/', '!' or '?', unless it opens an autolink (<https://...>, <a@b.org>).
TAG = re.compile(r"<(?!(?:https?://|mailto:)[^<>\s]+>|[^<>\s@]+@[^<>\s]+>)[A-Za-z/!?]")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
REFERENCE = re.compile(r"(?m)^ {0,3}\[[^\]\n]+\]:")
ATTRIBUTES = re.compile(r"\{:?[^}\n]*\}")
# Where to point for an element the allow-list refuses (the start of the text otherwise).
SYNTAX = {"img": re.compile(r"!\["), "code": re.compile(r"`"), "blockquote": re.compile(r"(?m)^[ \t]*>"),
          "hr": re.compile(r"(?m)^[ \t]*[-*_]"), "pre": re.compile(r"(?m)^( {4}|[ \t]*`{3}|[ \t]*~{3})"),
          **{f"h{n}": re.compile(r"(?m)^[ \t]*#|^.*\n[=-]+[ \t]*$") for n in range(1, 7)}}

# Text without any of these signs (MARKUP) is prose, which these extensions print as paragraphs, '- ' and '1. '
# lists and line breaks only, so it is accepted without parsing (most text is; parsing is most of
# the time taken to read the content; tests/test_markdown_rules.py holds this against the parser):
# markup and entities, code, headings, quotes, images, links, footnotes, tables, emphasis,
# attribute lists, admonitions and details, fences, emoji names, the addresses magiclink makes
# links of, indented blocks, lines that rule or underline, and lists nested on one line.
# Searched for as a character class, words and line patterns apart: one pattern of all of them
# tries every alternative at every character (four times slower, 5% of reading the content).
MARKUP_CHARACTERS = re.compile(r"[<&`#>!\[\]|{}~@\\\t*_]")
MARKUP_WORDS = ("???", "http:", "https:", "www.", "ftp")  # in the case-folded text, as IGNORECASE matches
MARKUP_PATTERNS = re.compile(r":[\w+-]+:|^(?: {4}|[ \t]*[-=]+[ \t]*$"
                             r"|[ \t]*(?:[-+]|\d+[.)])[ \t]+(?:[-+]|\d+[.)])(?:[ \t]|$))", re.MULTILINE)


def may_hold_markup(text: str) -> bool:
    """Whether the text holds any of the MARKUP signs, so that it must be parsed."""
    if MARKUP_CHARACTERS.search(text):
        return True
    folded = text.casefold()
    return any(word in folded for word in MARKUP_WORDS) or MARKUP_PATTERNS.search(text) is not None


CONFIGS = {"pymdownx.emoji": {"emoji_index": emoji.twemoji, "emoji_generator": emoji.to_svg},
           "toc": {"permalink": True}}

_parser = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)


class _Elements(HTMLParser):
    """The first element, attribute or link address outside the allow-list."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.flaw: tuple[str, str] | None = None  # (message, text to look for in the source)

    def handle_starttag(self, tag, attrs):
        if self.flaw:
            return
        if tag not in ALLOWED:
            self.flaw = (f"<{tag}> is not allowed (text holds paragraphs, '- ' lists, emphasis and links)", tag)
            return
        for name, value in attrs:
            if name not in ALLOWED[tag]:
                self.flaw = (f"attributes such as '{name}' are not allowed (remove the {{...}} attribute list)",
                             "{")
                return
            if name == "href":
                self.flaw = _link_flaw(html.unescape(value or ""))

    def handle_comment(self, data):
        self.flaw = self.flaw or ("HTML comments are not allowed; use a YAML comment (# ...)", "<!--")


def _link_flaw(href: str) -> tuple[str, str] | None:
    compact = re.sub(r"[\s\x00-\x1f]", "", href)
    if compact.lower().startswith("mailto:"):
        error = check_email(compact[len("mailto:"):])
    elif compact.lower().startswith(("http://", "https://")):
        error = check_url(compact)
    else:
        return (f"link to '{href}' is not allowed (only http://, https:// and mailto: addresses)", href)
    return (f"{error.message} in text", href) if error else None


def check_text(value: str) -> Flaw | None:
    """A Markdown field, as written and as its one-line plain form that summaries print."""
    if not value.strip():
        return Flaw("empty text")
    flaw = check_debris(value) or check_markdown(value)
    if flaw or not (FOOTNOTE_MARK.search(value) or AUTOLINK.search(value)):
        return flaw  # joining lines alone makes no new link or tag (tests/hostile.py tries)
    summary = check_markdown(plain(value).replace("\n", " "))
    return summary and Flaw(f"{summary.message} (once footnote marks are removed)")


def check_markdown(text: str) -> Flaw | None:
    """None, or what in the text the site may not print, with where it starts."""
    return parsed_flaw(text) if may_hold_markup(text) else None


def parsed_flaw(text: str) -> Flaw | None:
    """What the parsed text holds that the site may not print."""
    _parser.reset()
    try:
        output = _parser.convert(text)
    except RecursionError:
        return Flaw("nested too deeply (lists or quotes inside each other)")
    raw = [str(block).strip() for block in _parser.htmlStash.rawHtmlBlocks if not ENTITY.fullmatch(str(block).strip())]
    tag = TAG.search(text)
    if raw or tag:
        first = text[tag.start():].split(">", 1)[0] + ">" if tag else raw[0]
        what = "HTML comments are not allowed; use a YAML comment (# ...)" if first.startswith("<!--") \
            else f"raw HTML is not allowed: {first[:60]!r}"
        return Flaw(what, tag.start() if tag else _find(text, first[:20]))
    if _parser.references:
        return Flaw("reference-style link definitions ([name]: address) are not allowed;"
                    " write the link where it is used", _search(text, REFERENCE))
    elements = _Elements()
    elements.feed(output)
    if elements.flaw:
        message, hint = elements.flaw
        if hint in SYNTAX:
            return Flaw(message, _search(text, SYNTAX[hint]))
        if hint == "{":
            return Flaw(message, _search(text, ATTRIBUTES))
        return Flaw(message, _find(text, f"<{hint}>", hint, "]("))
    return None


def _find(text: str, *needles: str) -> int:
    """Where the first of the needles found starts; the start of the text if none is."""
    for needle in needles:
        offset = text.find(needle)
        if offset >= 0:
            return offset
    return 0


def _search(text: str, pattern: re.Pattern) -> int:
    match = pattern.search(text)
    return match.start() if match else 0

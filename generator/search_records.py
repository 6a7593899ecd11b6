"""Read the search records out of built HTML pages (see search.py for the markers).

This reads whatever HTML the builder wrote, so MkDocs, ProperDocs and Zensical
builds are indexed the same way: only the markers and ``data-search-exclude``
matter, not the theme's markup.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "blockquote", "tr", "td", "th",
         "dt", "dd", "ol", "ul", "table", "br", "hr", "figure", "figcaption", "pre"}
UNSEEN = {"script", "style", "template", "svg"}


@dataclass(frozen=True)
class Record:
    """One search result: a page or an example, with what it is found by and shows."""
    url: str
    data: dict
    text: str  # the visible text, paragraphs separated by newlines

    @property
    def title(self) -> str:
        return self.data["title"]


# A comment, a tag (attribute values may hold ">" inside quotes), text, or a lone "<".
TOKEN = re.compile(r"""<!--.*?-->|<(/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|<""", re.S)
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
RAW_TEXT = {"script", "style"}  # their content is text, even where it looks like a tag
# A marker is found by its attribute's name, then checked: in a tag, and not
# inside a comment, a script or a style, which may hold the name as text.
MARKER = re.compile(r"data-search-record\b")
MARKER_TAG = re.compile(r"""<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*\s""")
OPENING = re.compile(r"<(?:!--|(?:script|style)\b)", re.I)
SKIPPED = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.S | re.I)


def _next_marker(text: str, at: int) -> int:
    """Where the tag of the next record's marker starts, looking from ``at`` (outside any tag); -1 if none.

    str.find and a search for what opens a comment, a script or a style cost a
    tenth of a regular expression that tries every tag on the way."""
    while (hit := text.find("data-search-record", at)) >= 0:
        opening = OPENING.search(text, at, hit)
        if opening:
            skipped = SKIPPED.match(text, opening.start())
            at = skipped.end() if skipped else len(text)  # unclosed, it runs to the end of the page
            continue
        start = text.rfind("<", at, hit)
        if start >= 0 and MARKER.match(text, hit) and MARKER_TAG.fullmatch(text, start, hit):
            return start
        at = hit + 1
    return -1


def _attributes(text: str) -> dict[str, str]:
    return {m[1].lower(): html.unescape(next((v for v in m.groups()[1:] if v is not None), ""))
            for m in ATTRIBUTE.finditer(text)}


class _Reader:
    """Scans a page's tags and text with a regular expression rather than html.parser,
    and jumps from one record to the next: most of a page lies outside its records,
    and html.parser spent a minute on the pages of 100 times the content."""

    def __init__(self, page_url: str):
        self.page_url = page_url
        self.open: list[tuple[dict, list[str]]] = []
        self.done: list[Record] = []
        self.skipping = 0  # depth inside an element the search leaves out

    def read(self, text: str) -> list[Record]:
        at = 0
        while at < len(text):
            if not self.open and not self.skipping:
                at = _next_marker(text, at)
                if at < 0:
                    break
            token = TOKEN.match(text, at)
            at = token.end()
            closing, tag, attributes, data = token.groups()
            if data is not None or token[0] == "<":
                if self.open and not self.skipping:
                    self.open[-1][1].append(html.unescape(token[0]))
            elif tag and closing:
                self._end(tag.lower())
            elif tag:
                tag = tag.lower()
                if tag in RAW_TEXT:
                    end = text.find(f"</{tag}", at)
                    at = len(text) if end < 0 else end
                self._start(tag, attributes)
        return self.done

    def _start(self, tag: str, attributes: str) -> None:
        if tag in VOID:
            self._break(tag)
            return
        self_closing = attributes.rstrip().endswith("/")
        if self.skipping:
            self.skipping += int(not self_closing)
            return
        names = _attributes(attributes) if "data-search" in attributes or "headerlink" in attributes else {}
        if "data-search-record" in names:
            self.open.append((json.loads(names["data-search-record"]), []))
        elif "data-search-end" in names and self.open:
            self._close()
        elif tag in UNSEEN or "data-search-exclude" in names or "headerlink" in names.get("class", "").split():
            self.skipping = int(not self_closing)
            return
        self._break(tag)
        if self_closing:
            self._end(tag)

    def _end(self, tag: str) -> None:
        if self.skipping and tag not in VOID:
            self.skipping -= 1
        elif not self.skipping:
            self._break(tag)

    def _break(self, tag: str) -> None:
        if self.open and tag in BLOCK:
            self.open[-1][1].append("\n")

    def _close(self) -> None:
        data, parts = self.open.pop()
        url = self.page_url + (f"#{data['anchor']}" if data.get("anchor") else "")
        paragraphs = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        self.done.append(Record(url, data, "\n".join(p for p in paragraphs if p)))


def page_url(path: str) -> str:
    """The address of a built file relative to the site root: 'cities/ghent/index.html' -> '/cities/ghent/'."""
    return "/" + re.sub(r"(^|/)index\.html$", r"\1", path)


def records_of(html_text: str, path: str) -> list[Record]:
    """The records marked in one built page, in the order they close (examples before their page)."""
    if "data-search-record" not in html_text:
        return []
    return _Reader(page_url(path)).read(html_text)

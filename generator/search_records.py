"""Read the search records out of built HTML pages (see search.py for the markers).

This reads whatever HTML the builder wrote, so MkDocs, ProperDocs and Zensical
builds are indexed the same way: only the markers and ``data-search-exclude``
matter, not the theme's markup.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

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


class _Extractor(HTMLParser):
    def __init__(self, page_url: str):
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.open: list[tuple[dict, list[str]]] = []
        self.done: list[Record] = []
        self.skipping = 0  # depth inside an element the search leaves out

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            self._break(tag)
            return
        if self.skipping:
            self.skipping += 1
            return
        names = dict(attrs)
        if "data-search-record" in names:
            self.open.append((json.loads(names["data-search-record"]), []))
        elif "data-search-end" in names and self.open:
            self._close()
        elif tag in UNSEEN or "data-search-exclude" in names or "headerlink" in (names.get("class") or "").split():
            self.skipping = 1
            return
        self._break(tag)

    def handle_endtag(self, tag):
        if self.skipping and tag not in VOID:
            self.skipping -= 1
        elif not self.skipping:
            self._break(tag)

    def handle_data(self, data):
        if self.open and not self.skipping:
            self.open[-1][1].append(data)

    def _break(self, tag):
        if self.open and tag in BLOCK:
            self.open[-1][1].append("\n")

    def _close(self):
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
    extractor = _Extractor(page_url(path))
    extractor.feed(html_text)
    extractor.close()
    return extractor.done

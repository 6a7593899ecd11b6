"""Content text (Markdown) read as plain text, for where it is shown away from its page.

One place for the two marks the content's Markdown carries that only make
sense on the page the text comes from: footnote marks and autolinks.
"""
from __future__ import annotations

import re

FOOTNOTE_MARK = re.compile(r"\[\^(\d+)\]")
AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")


def footnote_marks(text: str) -> list[int]:
    return [int(number) for number in FOOTNOTE_MARK.findall(text or "")]


def plain(text: str) -> str:
    """Without footnote marks, autolinks as their bare address, paragraphs joined by blank lines."""
    text = FOOTNOTE_MARK.sub("", AUTOLINK.sub(r"\1", text or ""))
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text.strip()))


class MarkdownText(str):
    """Markdown the renderer writes as it is: a content field that passed the
    Markdown rules (markdown_rules.py), or Markdown the generator composed.
    Any other text is escaped by the renderer (see ``markdown_escape``)."""


# Characters that mean something to Markdown, its extensions or HTML anywhere in a line.
_INLINE = str.maketrans({"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
                         "{": "\\{", "}": "\\}", "|": "\\|", "#": "\\#",
                         "<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " "})
# ... and at the start of a line: headings, lists, quotes, definitions, admonitions, fences.
_LINE_START = re.compile(r"^(?:[-+=:!?~]|\d+[.)])")
_EMOJI = re.compile(r":(?=[\w+-]+:)")


def markdown_escape(text: str) -> str:
    """Text that Markdown prints as itself, wherever in a line it is placed:
    a heading, a list item, a link text, a table cell or within a sentence."""
    escaped = _EMOJI.sub("&#58;", text.translate(_INLINE))
    return _LINE_START.sub(lambda m: m.group(0)[:-1] + f"&#{ord(m.group(0)[-1])};", escaped)

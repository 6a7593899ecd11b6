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

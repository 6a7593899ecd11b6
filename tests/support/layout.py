"""Layout checks run in the browser, shared by the phone and self-assessment tests."""
from __future__ import annotations

# The words inside the elements a selector names that the browser split over
# two lines: each match of the word pattern whose text spans more than one line.
BROKEN_WORDS = """([selector, pattern]) => {
  const broken = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(new RegExp(pattern, "g"))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""
WORD = r"\S+"
WORD_OR_HYPHENATED_PART = r"[^\s\-\u2010-\u2014/]+"


def broken_words(page, selector: str, pattern: str = WORD) -> list[str]:
    return page.evaluate(BROKEN_WORDS, [selector, pattern])

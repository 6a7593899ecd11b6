"""The Markdown check parses text as the site does, so what it accepts is what the site prints."""
from __future__ import annotations

import re

import yaml

from generator.markdown_rules import CONFIGS, EXTENSIONS
from tests.support.sitebuild import ROOT


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV and !!python/name tags only the site build resolves."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: f"{suffix}")


def _site_extensions() -> dict[str, dict]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    listed = [entry if isinstance(entry, dict) else {entry: {}} for entry in config["markdown_extensions"]]
    return {name: options or {} for entry in listed for name, options in entry.items()}


def test_the_check_uses_the_markdown_extensions_of_the_site():
    site = _site_extensions()
    assert list(site) == EXTENSIONS
    emoji = site["pymdownx.emoji"]
    assert emoji["emoji_index"].endswith("material.extensions.emoji.twemoji")
    assert emoji["emoji_generator"].endswith("material.extensions.emoji.to_svg")
    assert CONFIGS["pymdownx.emoji"]["emoji_index"].__qualname__ == "twemoji"
    assert CONFIGS["pymdownx.emoji"]["emoji_generator"].__qualname__ == "to_svg"
    assert {name: options for name, options in site.items() if name != "pymdownx.emoji" and options} == \
        {name: options for name, options in CONFIGS.items() if name != "pymdownx.emoji"}


# Text that reads as prose at a glance, each of which the parser may make more of.
LOOKS_PLAIN = ["Title\n===", "Title\n-", "Title\n---", "- - -", "* * *", "_ _ _", "??? note", "???+ note \"x\"",
               ":smile:", ":+1:", "see www.example.org", "write to a@b.org", "ftp.example.org", "- - - - - - - x",
               "1. 2. 3. x", "+ - x", "text\n\n    code", "- a\n\n    b", "a\tb", "x  \ny", "HTTPS://x.org",
               "<b>x</b>", "a < b", "&amp;", "&#60;script", "`x`", "# h", "#h", "> q", "![i](x)", "[a](b)", "[a]: b",
               "[^1]", "a | b", "{: .x}", "!!! note", "```\nx\n```", "~~~\nx\n~~~", "*a*", "__a__", "a\\b",
               "1) x", "2018. A year", "a\n\n- b\n- c", "a\n= b", "Q&A", "- " * 2_000 + "x", "1. " * 2_000 + "x"]


def _content_texts(monkeypatch) -> list[str]:
    from generator import load_library, markdown_rules
    from tests.conftest import CONTENT
    texts = []
    check = markdown_rules.check_markdown
    monkeypatch.setattr(markdown_rules, "check_markdown", lambda text: texts.append(text) or check(text))
    load_library(CONTENT)
    return texts


def test_what_is_read_as_prose_is_what_the_parser_accepts(monkeypatch):
    from generator.markdown_rules import may_hold_markup, parsed_flaw
    from tests.hostile import INERT, REJECTED
    texts = _content_texts(monkeypatch) + [case.new for case in REJECTED + INERT] + LOOKS_PLAIN
    assert len(texts) > 300
    assert [text for text in texts if not may_hold_markup(text) and parsed_flaw(text)] == []
    prose = [text for text in texts if not may_hold_markup(text)]
    assert len(prose) > 200  # the content's text is mostly prose, which is the point of reading it so


# The signs of markup as one pattern, as they were first written: may_hold_markup searches for
# them in three faster parts, and must find a sign wherever this does.
MARKUP_AS_ONE = re.compile(r"[<&`#>!\[\]|{}~@\\\t*_]|\?\?\?|https?:|www\.|ftp|:[\w+-]+:|^ {4}|^[ \t]*[-=]+[ \t]*$"
                           r"|^[ \t]*(?:[-+]|\d+[.)])[ \t]+(?:[-+]|\d+[.)])(?:[ \t]|$)", re.MULTILINE | re.IGNORECASE)
SIGNS = ["HTTPS://x", "httpſ://x", "FTP", "Www.x", "a ??? b", ":smile:", "    code", "text\n---", "x\n===",
         "- - nested", "1. 2) nested", "+ 3. x", "plain words", "İnclusion", "KKelvin", "a-b c:d e:f", ""]


def test_markup_is_found_wherever_one_pattern_finds_it(monkeypatch):
    from generator.markdown_rules import may_hold_markup
    from tests.hostile import INERT, REJECTED
    texts = _content_texts(monkeypatch) + [case.new for case in REJECTED + INERT] + LOOKS_PLAIN + SIGNS
    differ = [text for text in texts if may_hold_markup(text) != bool(MARKUP_AS_ONE.search(text))]
    assert differ == []
    assert sum(map(may_hold_markup, SIGNS)) == len(SIGNS) - 5  # all but the plain ones

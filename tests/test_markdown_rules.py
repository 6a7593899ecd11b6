"""The Markdown check parses text as the site does, so what it accepts is what the site prints."""
from __future__ import annotations

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

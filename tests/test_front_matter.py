"""Front matter: what a builder reads back is what the generator meant, escaped for HTML."""
from __future__ import annotations

import pytest
import yaml
from mkdocs.utils.meta import get_data

from generator.render import front_matter

AWKWARD = ["a \"quoted\" title", "back\\slash", "line\u2028and\u2029paragraph separators, next\x85line", "---", "no",
           "null", "0012", "1e3", "# not a comment", "key: value", "[not, a, list]", "Ærø · Żabbar 🙂",
           "<b>bold</b> & co", "it's", "trailing space ", ""]


@pytest.mark.parametrize("value", AWKWARD)
def test_a_value_reads_back_as_written_html_escaped(value):
    meta = {"title": value, "crumbs": [{"title": value, "url": "toolkits/"}], "hide": ["navigation"]}
    markdown, read = get_data(front_matter(meta) + "# Body\n")
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert read == {"title": escaped, "crumbs": [{"title": escaped, "url": "toolkits/"}], "hide": ["navigation"]}
    assert markdown == "# Body\n"


def test_values_of_every_type_keep_their_type_and_their_order():
    meta = {"search_page": True, "number": 3, "nothing": None, "pager": {"next": {"title": "B", "url": "b/"}}}
    text = front_matter(meta)
    assert list(yaml.safe_load(text.strip().strip("-"))) == list(meta)
    assert get_data(text)[1] == meta
    assert text.startswith("---\n") and text.endswith("\n---\n\n")

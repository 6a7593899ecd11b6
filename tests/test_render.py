"""What a template's {{ }} writes: every value escaped once, by render.as_markdown, whatever it is."""
from __future__ import annotations

from markupsafe import Markup

from generator.render import environment
from generator.text import MarkdownText, markdown_escape


def _written(source: str, **values) -> str:
    return environment().from_string(source).render(**values)


def test_text_is_escaped_for_markdown_and_written_once():
    name = "<script>alert(1)</script> *Ghent* [x](javascript:y)"
    assert _written("{{ name }}", name=name) == markdown_escape(name)
    assert "<script>" not in _written("{{ name }}", name=name)


def test_markdown_that_passed_the_rules_and_markup_are_written_as_they_are():
    assert _written("{{ text }}", text=MarkdownText("*as printed*")) == "*as printed*"
    assert _written("{{ made }}", made=Markup("<div hidden></div>")) == "<div hidden></div>"


def test_other_values_are_html_escaped_as_jinja_writes_them():
    class Odd:
        def __str__(self):
            return "<b>&"
    assert _written("{{ n }} {{ x }} {{ odd }}", n=12, x=1.5, odd=Odd()) == "12 1.5 &lt;b&gt;&amp;"


def test_a_macro_result_is_not_escaped_again():
    source = "{% macro bold(t) %}**{{ t }}**{% endmacro %}{{ bold(name) }}"
    assert _written(source, name="a<b") == f"**{markdown_escape('a<b')}**"


def test_a_filtered_string_is_still_escaped():
    assert _written("{{ name | trim }}", name=" <i> ") == markdown_escape("<i>")

"""Read a YAML file into a node tree that remembers where each value stands.

PyYAML's composed nodes keep their start marks; the schema module turns them
into model objects and uses the marks to report problems at the right line.
Content is untrusted, so reading accepts only the plain YAML the content needs
and stops at the first thing it does not, with its position: anchors and
aliases (their fan-out costs time cubic in the file size), tags, merge keys,
keys that are not plain values, nesting and sizes far beyond any toolkit.

The checks sit in the composer, which builds the tree event by event. Events
come from libyaml when PyYAML has it (most of the reading time is scanning),
else from PyYAML's own parser; a file that libyaml refuses is read again by
the pure-Python parser, whose messages and positions the content's authors
are shown either way.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from generator.contentfiles import read_text
from generator.formats import unsafe_character
from generator.problems import Problem

# Ceilings far above the real content (500 values, 7 levels deep, longest text
# 2,700 characters) and far below what slows a run down.
MAX_DEPTH = 16
MAX_NODES = 20_000
MAX_SCALAR_CHARS = 20_000
PLAIN_TAGS = {"tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp")}


class Refused(yaml.MarkedYAMLError):
    """YAML that is well-formed but that content may not hold."""

    def __init__(self, mark, message: str):
        super().__init__(problem=message, problem_mark=mark)


class PlainComposing:
    """Composes only plain mappings, lists and values; for a loader that has a parser and a resolver."""

    depth = 0
    nodes = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
            raise Refused(event.start_mark, "anchors and aliases (&name, *name) are not allowed; write the value out")
        if getattr(event, "tag", None) is not None:
            written = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise Refused(event.start_mark, f"YAML tags ({written}) are not allowed; remove the tag")
        self.depth += 1
        self.nodes += 1
        if self.depth > MAX_DEPTH:
            raise Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep")
        if self.nodes > MAX_NODES:
            raise Refused(event.start_mark, f"more than {MAX_NODES} values in one file; split the content")
        node = super().compose_node(parent, index)
        self.depth -= 1
        return node

    def compose_scalar_node(self, anchor):
        node = super().compose_scalar_node(anchor)
        if node.tag not in PLAIN_TAGS:
            raise Refused(node.start_mark, "merge keys (<<) are not allowed; write the keys out"
                          if node.tag.endswith(":merge") else f"unsupported YAML value type {node.tag}")
        if len(node.value) > MAX_SCALAR_CHARS:
            raise Refused(node.start_mark, f"a value longer than {MAX_SCALAR_CHARS} characters; split the text")
        flaw = unsafe_character(node.value)  # written as an escape ("\x00", "\ud800") in a quoted value
        if flaw:
            raise Refused(node.start_mark, flaw.message)
        return node

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise Refused(key.start_mark, "a key must be a plain name, not a list or mapping")
        return node


class ContentLoader(PlainComposing, yaml.SafeLoader):
    """The pure-Python parser under the checks."""


if yaml.__with_libyaml__:
    class FastContentLoader(PlainComposing, yaml.composer.Composer, yaml.CSafeLoader):
        """libyaml's parser under the checks: the composer is PyYAML's (first in line), the events libyaml's."""

        def __init__(self, text: str):
            yaml.CSafeLoader.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            self.text = text

        def compose_scalar_node(self, anchor):
            """The node as PyYAML's parser makes it: a plain value's style is None, not "", and the
            mark holds the text, where schema.py finds lines inside a block of text."""
            node = super().compose_scalar_node(anchor)
            mark = node.start_mark
            node.start_mark = yaml.Mark(mark.name, mark.index, mark.line, mark.column, self.text, mark.index)
            node.style = node.style or None
            return node
else:
    FastContentLoader = ContentLoader


def compose(text: str) -> yaml.Node | None:
    try:
        return FastContentLoader(text).get_single_node()
    except yaml.MarkedYAMLError:
        return ContentLoader(text).get_single_node()


def read_yaml(path: Path, shown_as: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The file's root node, or None with the problems that stopped reading it."""
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, problems
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = error.problem if isinstance(error, Refused) else (
            f"YAML syntax: {error.problem}" + (f" ({error.context})" if error.context else ""))
        return None, [Problem(shown_as, mark.line + 1, mark.column + 1, "", message)]
    if root is None:
        return None, [Problem(shown_as, 1, 1, "", "the file is empty")]
    return root, []


_SCALARS = yaml.constructor.SafeConstructor()  # its scalar constructors keep no state


def scalar_value(node: yaml.ScalarNode):
    """The Python value of a scalar as YAML resolves it (str, int, float, bool, None).

    A value that looks like a number or date but is not one (2018-13-45, or a
    number too long to convert) stays text, so that its field reports it.
    """
    try:
        return _SCALARS.yaml_constructors[node.tag](_SCALARS, node)
    except (ValueError, OverflowError, yaml.YAMLError):
        return node.value

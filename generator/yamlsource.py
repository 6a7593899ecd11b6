"""Read a YAML file into a node tree that remembers where each value stands.

PyYAML's composed nodes keep their start marks; the schema module turns them
into model objects and uses the marks to report problems at the right line.
Content is untrusted, so reading accepts only the plain YAML the content needs
and stops at the first thing it does not, with its position: anchors and
aliases (their fan-out costs time cubic in the file size), tags, merge keys,
keys that are not plain values, nesting and sizes far beyond any toolkit.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from generator.formats import unsafe_character
from generator.problems import Problem

# Ceilings far above the real content (largest file 40 KB, 500 values, 7 levels
# deep, longest text 2,700 characters) and far below what slows a run down.
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 16
MAX_NODES = 20_000
MAX_SCALAR_CHARS = 20_000
PLAIN_TAGS = {"tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp")}


class Refused(yaml.MarkedYAMLError):
    """YAML that is well-formed but that content may not hold."""

    def __init__(self, mark, message: str):
        super().__init__(problem=message, problem_mark=mark)


class ContentLoader(yaml.SafeLoader):
    """A SafeLoader that composes only plain mappings, lists and values."""

    def __init__(self, text: str):
        super().__init__(text)
        self.depth = 0
        self.nodes = 0

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


def read_yaml(path: Path, shown_as: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The file's root node, or None with the problems that stopped reading it."""
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, problems
    try:
        root = ContentLoader(text).get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = error.problem if isinstance(error, Refused) else (
            f"YAML syntax: {error.problem}" + (f" ({error.context})" if error.context else ""))
        return None, [Problem(shown_as, mark.line + 1, mark.column + 1, "", message)]
    if root is None:
        return None, [Problem(shown_as, 1, 1, "", "the file is empty")]
    return root, []


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Problem]]:
    """A content file's text, if it is a UTF-8 file of sane size with no hidden characters."""
    with path.open("rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(shown_as, 1, 1, "", f"larger than {MAX_FILE_BYTES // 1_000_000} MB; split the content")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(raw, error.start)
        return None, [Problem(shown_as, line, column, "",
                              f"not UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8")]
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")  # a byte order mark and line ends some editors write
    flaw = unsafe_character(text)
    if flaw:
        line, column = _text_position(text, flaw.at)
        return None, [Problem(shown_as, line, column, "", flaw.message)]
    return text, []


def scalar_value(node: yaml.ScalarNode):
    """The Python value of a scalar as YAML resolves it (str, int, float, bool, None).

    A value that looks like a number or date but is not one (2018-13-45, or a
    number too long to convert) stays text, so that its field reports it.
    """
    try:
        return yaml.SafeLoader("").construct_object(node)
    except (ValueError, OverflowError, yaml.YAMLError):
        return node.value


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column


def _text_position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

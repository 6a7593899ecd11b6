"""Read a YAML file into a node tree that remembers where each value stands.

PyYAML's composed nodes keep their start marks; the schema module turns them
into model objects and uses the marks to report problems at the right line.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from generator.problems import Problem


def read_yaml(path: Path, shown_as: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The file's root node, or None with the problems that stopped reading it."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(raw, error.start)
        return None, [Problem(shown_as, line, column, "",
                              f"not UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = f"YAML syntax: {error.problem}" + (f" ({error.context})" if error.context else "")
        return None, [Problem(shown_as, mark.line + 1, mark.column + 1, "", message)]
    if root is None:
        return None, [Problem(shown_as, 1, 1, "", "the file is empty")]
    return root, []


def scalar_value(node: yaml.ScalarNode):
    """The Python value of a scalar as YAML resolves it (str, int, float, bool, None)."""
    return yaml.SafeLoader("").construct_object(node)


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column

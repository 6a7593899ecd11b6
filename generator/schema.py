"""Turn YAML nodes into model objects, checking shape and values as it goes.

The dataclasses in model.py are the schema: field names are the allowed keys,
fields without a default are required (and, for lists, non-empty), and the
Annotated kind of each value picks its check in formats.py. Reading never
stops at the first problem: a bad value becomes None and reading goes on, so
one run reports everything; the caller discards the result if any problem was
recorded.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache

import yaml

from generator.formats import CHECKS
from generator.markdown_rules import check_text
from generator.model import Origin
from generator.problems import Problem, did_you_mean
from generator.text import MarkdownText
from generator.yamlsource import scalar_value

KIND_CHECKS = {**CHECKS, "text": check_text}
TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", tuple: "a list"}


@cache
def _hints(cls) -> dict[str, object]:
    return typing.get_type_hints(cls, include_extras=True)


@cache  # as _hints: asked for every mapping read
def _fields(cls) -> dict[str, dataclasses.Field]:
    return {f.name: f for f in dataclasses.fields(cls) if f.name != "origin"}


@cache
def _has_origin(cls) -> bool:
    return any(f.name == "origin" for f in dataclasses.fields(cls))


@cache  # a schema has a few dozen hints, read for every one of many thousand values
def _shape(hint) -> tuple:
    """How a value of this hint is read: ('kind', base, kind), ('optional', inner),
    ('list', item hint), ('entity', class) or ('scalar', type)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return "kind", args[0], args[1]
    if origin in (types.UnionType, typing.Union):
        return "optional", next(a for a in args if a is not type(None))
    if origin is tuple:
        return "list", args[0]
    if dataclasses.is_dataclass(hint):
        return "entity", hint
    return "scalar", hint


def _required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    value = scalar_value(node)
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (quote it if it is text)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"text {node.value!r}"


class Reader:
    """Reads one file's nodes into model objects and collects its problems."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, *_place(node), path, message))

    def read(self, hint, node: yaml.Node, path: str):
        how, *args = _shape(hint)
        if how == "kind":
            return self._read_kind(*args, node, path)
        if how == "optional":
            if isinstance(node, yaml.ScalarNode) and scalar_value(node) is None:
                return None
            return self.read(*args, node, path)
        if how == "list":
            return self._read_list(*args, node, path)
        if how == "entity":
            return self._read_entity(*args, node, path)
        return self._read_scalar(*args, node, path)

    def _read_kind(self, base, kind: str, node: yaml.Node, path: str):
        value = self._read_scalar(base, node, path)
        if value is None:
            return None
        flaw = KIND_CHECKS[kind](value)
        if flaw:
            line, column = _position_in(node, flaw.at)
            self.problems.append(Problem(self.file, line, column, path, flaw.message))
            return None
        return MarkdownText(value) if kind == "text" else value

    def _read_scalar(self, base, node: yaml.Node, path: str):
        value = scalar_value(node) if isinstance(node, yaml.ScalarNode) else node
        if base is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, base) and not (base is int and isinstance(value, bool)):
            return value
        self.problem(node, path, f"expected {TYPE_NAMES.get(base, base.__name__)}, found {_describe(node)}")
        return None

    def _read_list(self, item_hint, node: yaml.Node, path: str):
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, path, f"expected a list, found {_describe(node)}")
            return None
        return tuple(self.read(item_hint, item, f"{path}[{i}]") for i, item in enumerate(node.value))

    def _read_entity(self, cls, node: yaml.Node, path: str):
        shorthand = getattr(cls, "SHORTHAND", None)
        if shorthand and isinstance(node, yaml.ScalarNode):
            return cls(**{shorthand: self.read(_hints(cls)[shorthand], node, path)})
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, f"expected a mapping, found {_describe(node)}")
            return None
        prefix = f"{path}." if path else ""
        fields, values, seen, places = _fields(cls), {}, set(), {}
        for key_node, value_node in node.value:
            key = scalar_value(key_node)
            if key in seen:
                self.problem(key_node, prefix + str(key), "key given twice")
                continue
            seen.add(key)
            if key not in fields:
                self.problem(key_node, prefix + str(key),
                             f"unknown key '{key}'{did_you_mean(key, fields)}")
                continue
            values[key] = self.read(_hints(cls)[key], value_node, prefix + key)
            places[key] = _place(value_node)
            if isinstance(value_node, yaml.SequenceNode):
                places.update((f"{key}[{i}]", _place(item)) for i, item in enumerate(value_node.value))
        for name, f in fields.items():
            if _required(f) and name not in seen:
                self.problem(node, prefix + name, "missing required field")
            elif _required(f) and values.get(name) == ():
                self.problem(node, prefix + name, "must not be empty")
        if _has_origin(cls):
            values["origin"] = Origin(self.file, path, *_place(node), places)
        present = {name: value for name, value in values.items() if value is not None or name == "origin"}
        missing = {name: None for name, f in fields.items() if name not in present and _required(f)}
        return cls(**present, **missing)


def _place(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _position_in(node: yaml.ScalarNode, offset: int | None) -> tuple[int, int]:
    """1-based line and column of a character of a scalar's value in the file.

    Exact for one-line scalars and literal blocks (``|``), whose lines map one
    to one onto the file; other styles fold lines, so they point at the start.
    """
    mark = node.start_mark
    if offset is None:
        return mark.line + 1, mark.column + 1
    before = node.value[:offset]
    if node.style in (None, "'", '"') and "\n" not in before:
        return mark.line + 1, mark.column + 1 + offset + (1 if node.style else 0)
    if node.style == "|" and mark.buffer is not None:
        first = mark.buffer.index("\n", mark.pointer) + 1
        content_line = mark.buffer[first:].split("\n", 1)[0]
        indent = len(content_line) - len(content_line.lstrip(" "))
        line_in_block = before.count("\n")
        column_in_line = offset - (before.rfind("\n") + 1)
        return mark.line + 2 + line_in_block, indent + column_in_line + 1
    return mark.line + 1, mark.column + 1


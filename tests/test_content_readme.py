"""content/README.md documents every field of the model, each in the section of its file."""
from __future__ import annotations

import dataclasses
import re
import types
import typing

from generator import model
from tests.conftest import CONTENT

# The file each top-level model is read from, as the README's section headings name it.
SECTIONS = {model.Toolkit: "toolkits/<toolkit>.yaml", model.City: "cities.yaml", model.Theme: "themes.yaml",
            model.Synonyms: "synonyms.yaml", model.Charter: "charter.yaml", model.Series: "series.yaml",
            model.Method: "method.yaml"}


def _fields(cls) -> dict[str, set]:
    """Field names of ``cls`` and of the dataclasses inside it (where the loader sets origin, not the file)."""
    names = set()
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        if field.name == "origin":
            continue
        names.add(field.name)
        for inner in _dataclasses_in(hints[field.name]):
            names |= _fields(inner)
    return names


def _dataclasses_in(hint) -> list:
    if dataclasses.is_dataclass(hint):
        return [hint]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) in (tuple, typing.Union):
        return [found for arg in typing.get_args(hint) for found in _dataclasses_in(arg)]
    return []


def _documented_keys(section: str) -> set[str]:
    readme = (CONTENT / "README.md").read_text(encoding="utf-8")
    text = readme.split(f"\n## `{section}`\n", 1)[1].split("\n## ", 1)[0]
    blocks = "".join(re.findall(r"```yaml\n(.*?)```", text, re.S))
    return set(re.findall(r"^\s*(?:- )?([a-z_]+):", blocks, re.M))


def test_every_model_field_is_documented_in_its_file_section():
    missing = {section: sorted(_fields(cls) - _documented_keys(section)) for cls, section in SECTIONS.items()}
    assert {section: keys for section, keys in missing.items() if keys} == {}


def test_the_check_sees_a_missing_field():
    assert "toolkits_source" in _fields(model.Method) and "toolkits_source" not in _documented_keys("themes.yaml")

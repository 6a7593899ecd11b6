"""Bad content is rejected with its file, line, column, field and a useful message.

Each case breaks the small fixture corpus in one way. The expected position is
found independently, by searching the broken file for the text that is wrong.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import ContentError, load_library
from generator.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "content"
AD = "toolkits/anti-discrimination.yaml"


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, tmp_path / "content")
    return Path("content")


def edit(content: Path, file: str, old: str, new: str) -> None:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def position(content: Path, file: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of needle in the file."""
    text = (content / file).read_text(encoding="utf-8")
    offset = -1
    for _ in range(occurrence):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_library(content)
    return [str(p) for p in caught.value.problems]


def expect(content: Path, file: str, needle: str, field: str, message: str, occurrence: int = 1) -> None:
    line, column = position(content, file, needle, occurrence)
    expected = f"content/{file}:{line}:{column}: {field}: {message}"
    found = problems(content)
    assert expected in found, f"expected\n  {expected}\namong\n  " + "\n  ".join(found)


def test_fixture_is_valid(content):
    library = load_library(content)
    assert len(library.examples) == 4


def test_yaml_syntax_error(content):
    edit(content, AD, "themes: [procurement]", "themes: [procurement")
    found = problems(content)
    assert len(found) == 1
    assert found[0].startswith(f"content/{AD}:")
    assert "YAML syntax" in found[0]
    line = int(found[0].split(":")[1])
    assert line >= position(content, AD, "themes: [procurement")[0]


def test_file_that_is_not_utf8(content):
    path = content / "cities.yaml"
    path.write_bytes(path.read_bytes().replace(b"name: Nantes", "name: Nantès".encode("latin-1")))
    text = path.read_bytes()
    offset = text.index(b"\xe8")
    expected_line = text.count(b"\n", 0, offset) + 1
    expected_column = offset - text.rfind(b"\n", 0, offset)
    assert f"content/cities.yaml:{expected_line}:{expected_column}: not UTF-8 (byte 0xe8); save the file as UTF-8" \
        in problems(content)


def test_missing_required_field(content):
    edit(content, AD, "    title: Data collection\n", "")
    expect(content, AD, "slug: data-collection", "key_factors[0].title", "missing required field")


def test_wrong_type(content):
    edit(content, AD, "year: 2018", "year: soon")
    expect(content, AD, "soon", "year", "expected a whole number, found text 'soon'")


def test_wrong_type_mapping_for_list(content):
    edit(content, AD, "    themes: [procurement]", "    themes: procurement")
    expect(content, AD, "procurement\n", "key_factors[1].themes", "expected a list, found text 'procurement'")


def test_unknown_key_with_suggestion(content):
    edit(content, AD, "    examples:\n      - city: ghent\n        text: |\n          Since",
         "    exmaples:\n      - city: ghent\n        text: |\n          Since")
    expect(content, AD, "exmaples", "key_factors[1].exmaples", "unknown key 'exmaples' (did you mean 'examples'?)")


def test_duplicate_key_factor_slug(content):
    edit(content, AD, "slug: encouraging-change", "slug: data-collection")
    expect(content, AD, "data-collection", "key_factors[1].slug",
           "duplicate key factor 'data-collection' (used again)", occurrence=2)


def test_duplicate_city_slug(content):
    edit(content, "cities.yaml", "slug: nantes", "slug: ghent")
    expect(content, "cities.yaml", "ghent", "[2].slug", "duplicate city 'ghent' (used again)", occurrence=2)


def test_unknown_city_with_suggestion(content):
    edit(content, AD, "city: nantes", "city: gent")
    expect(content, AD, "gent\n", "key_factors[0].examples[1].city", "unknown city 'gent' (did you mean 'ghent'?)")


def test_unknown_theme_with_suggestion(content):
    edit(content, AD, "themes: [procurement]", "themes: [procurment]")
    expect(content, AD, "procurment", "key_factors[1].themes[0]",
           "unknown theme 'procurment' (did you mean 'procurement'?)")


def test_unknown_key_factor_in_charter(content):
    edit(content, "charter.yaml", "anti-discrimination/encouraging-change", "anti-discrimination/encouraging-chnge")
    expect(content, "charter.yaml", "anti-discrimination/encouraging-chnge", "roles[0].commitments[0].key_factors[0]",
           "unknown key factor 'anti-discrimination/encouraging-chnge'"
           " (did you mean 'anti-discrimination/encouraging-change'?)")


def test_unknown_series(content):
    edit(content, AD, "series: cities-grow", "series: cities-grwo")
    expect(content, AD, "cities-grwo", "series", "unknown series 'cities-grwo' (did you mean 'cities-grow'?)")


def test_city_that_nothing_uses(content):
    (content / "cities.yaml").write_text((content / "cities.yaml").read_text() + (
        "- slug: riga\n  name: Riga\n  country: Latvia\n  country_code: LV\n  latitude: 56.9496\n  longitude: 24.1052\n"))
    expect(content, "cities.yaml", "riga", "[3].slug", "city 'riga' has no example; remove it or add its example")


def test_theme_that_nothing_uses(content):
    edit(content, "toolkits/labour-market-partnerships.yaml", "themes: [procurement]", "themes: [data-monitoring-evaluation]")
    edit(content, AD, "themes: [procurement]", "themes: [data-monitoring-evaluation]")
    edit(content, AD, "        themes: [data-monitoring-evaluation]\n", "")
    expect(content, "themes.yaml", "procurement", "[0].slug", "theme 'procurement' is used by no key factor or example")


def test_empty_text(content):
    edit(content, AD, "title: Encouraging change", 'title: "  "')
    expect(content, AD, '"  "', "key_factors[1].title", "empty text")


def test_malformed_url(content):
    edit(content, AD, "links: [https://bit.ly/2NO056N]", "links: [htps//bit.ly/2NO056N]")
    expect(content, AD, "htps//", "key_factors[0].examples[1].links[0]",
           "malformed link 'htps//bit.ly/2NO056N' (expected http://, https:// or www. followed by a domain)")


def test_malformed_link_inside_text(content):
    edit(content, AD, "the city sponsored an opinion poll.", "the city sponsored an opinion poll (<http://bit>).")
    expect(content, AD, "<http://bit>", "key_factors[0].examples[1].text",
           "malformed link 'http://bit' (expected http://, https:// or www. followed by a domain) in text")


def test_malformed_email(content):
    edit(content, AD, "contacts: [Luc.VandenBerge@stad.gent]", "contacts: [Luc.VandenBerge(at)stad.gent]")
    expect(content, AD, "Luc.VandenBerge(at)", "key_factors[1].examples[0].contacts[0]",
           "malformed e-mail address 'Luc.VandenBerge(at)stad.gent'")


@pytest.mark.parametrize("debris, name", [
    ("\ufffd", "replacement character U+FFFD"),
    ("©000", "dotted-rule debris"),
    ("eecccc", "dotted-rule debris"),
    ("OoO0oo", "dotted-rule debris"),
    ("¢", "bullet glyph (write list items as '- ')"),
])
def test_ocr_debris(content, debris, name):
    edit(content, AD, "clause in its public", f"clause {debris} in its public")
    expect(content, AD, debris, "key_factors[1].examples[0].text",
           f"OCR debris left in text: {name} at {debris!r}")


DEBRIS_SAMPLES = ["\ufffd", "©000", "© 00", "00000", "eeeee", "ececec", "cccccc e", "oooooo", "OoO0oo", "¢", "•x",
                  "\n« item", "» x", "→ x", "a eeee b", "ooooo", "0000", "©", "plain text", "x → y"]


def test_debris_is_searched_for_only_where_its_quick_sign_is_and_found_wherever_it_is():
    from generator.formats import DEBRIS, _may_match
    for pattern, _, held in DEBRIS:
        missed = [text for text in DEBRIS_SAMPLES if pattern.search(text) and not _may_match(text, held)]
        assert missed == [], pattern.pattern
    assert sum(1 for text in DEBRIS_SAMPLES if any(p.search(text) for p, _, _ in DEBRIS)) == 14


def test_key_factor_without_theme(content):
    edit(content, AD, "themes: [procurement]", "themes: []")
    expect(content, AD, "slug: encouraging-change", "key_factors[1].themes", "must not be empty")


def test_extra_example_theme_that_repeats_the_key_factor(content):
    edit(content, AD, "        themes: [data-monitoring-evaluation]", "        themes: [procurement]")
    expect(content, AD, "procurement]\ncontext", "key_factors[1].examples[0].themes[0]",
           "'procurement' is already a theme of the key factor; list only extra themes")


def test_footnote_marks_must_match_footnotes(content):
    edit(content, "toolkits/labour-market-partnerships.yaml", "qualifications.[^1]", "qualifications.")
    expect(content, "toolkits/labour-market-partnerships.yaml", "- An Agenda", "standard.footnotes",
           "1 footnote(s) given but the text marks none (mark footnotes [^1], [^2], ... in order)")


def test_file_name_must_match_toolkit_slug(content):
    (content / AD).rename(content / "toolkits/anti-discrim.yaml")
    edit(content, "charter.yaml", "anti-discrimination/encouraging-change, ", "")
    expect(content, "toolkits/anti-discrim.yaml", "anti-discrimination", "slug",
           "slug 'anti-discrimination' differs from the file name 'anti-discrim.yaml'"
           " (rename the file to 'anti-discrimination.yaml')")


def test_all_problems_are_reported_in_one_run(content):
    edit(content, AD, "city: nantes", "city: gent")
    edit(content, AD, "year: 2018", "year: soon")
    edit(content, "cities.yaml", "country_code: ES", "country_code: Spain")
    edit(content, "themes.yaml", "name: Procurement and purchasing power", "nmae: Procurement")
    found = problems(content)
    fields = {p.split(": ")[1] for p in found}
    assert {"key_factors[0].examples[1].city", "year", "[0].country_code", "[0].nmae", "[0].name"} <= fields


def test_check_command_exits_1_and_export_writes_nothing(content, capsys):
    edit(content, AD, "city: nantes", "city: gent")
    out = Path("examples.json")
    assert main(["--content", str(content), "export", "--format", "json", "--output", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "unknown city 'gent' (did you mean 'ghent'?)" in err
    assert "city 'nantes' has no example" in err  # its only example now names 'gent'
    assert "2 problem(s) found; nothing written." in err


def test_empty_file_is_reported_once_not_as_unknown_references(content):
    (content / "themes.yaml").write_text("", encoding="utf-8")
    assert problems(content) == ["content/themes.yaml:1:1: the file is empty"]


def test_a_broken_slug_does_not_stop_the_other_checks(content):
    edit(content, "cities.yaml", "slug: ghent", "slug: Ghent!")
    edit(content, AD, "year: 2018", "year: soon")
    found = problems(content)
    assert any("'Ghent!' is not a slug" in p and "e.g. 'ghent'" in p for p in found)
    assert any(p.startswith(f"content/{AD}:") and ": year: " in p for p in found)


def test_synonym_word_in_two_groups(content):
    edit(content, "synonyms.yaml", "[data, statistics]", "[data, statistics, tender]")
    expect(content, "synonyms.yaml", "tender]", "[1].terms[2]",
           "'tender' is already in synonym group 1; merge the two groups")


def test_an_entity_keeps_the_place_of_its_values_from_reading(content):
    """Later checks name places from the marks kept at reading (Origin), not by walking the file again."""
    library = load_library(content)
    kf = library.toolkit_by_slug["anti-discrimination"].key_factors[1]
    example = kf.examples[0]
    lines = (content / AD).read_text(encoding="utf-8").splitlines()

    def text_at(place: tuple[int, int]) -> str:
        line, column = place
        return lines[line - 1][column - 1:]

    assert kf.origin.file == example.origin.file == f"content/{AD}"
    assert example.origin.path.startswith(kf.origin.path + ".examples[")
    assert text_at(example.origin.place("city")).startswith(example.city)
    assert text_at(kf.origin.place("slug")).startswith(kf.slug)
    assert text_at(kf.origin.place("themes[0]")).startswith(kf.themes[0])
    assert kf.origin.place("no-such-field") == (kf.origin.line, kf.origin.column)
    assert text_at(kf.origin.place("no-such-field")).split(":")[0] in {"slug", "title"}



# Each part of the About page and each role of the Charter is a search result at its heading's anchor.
@pytest.mark.parametrize("file, old, slug, field, page", [
    ("method.yaml", "internal-assessment", "terms", "approaches[0].slug", "About"),  # the page's own heading
    ("method.yaml", "internal-assessment", "cities-grow", "approaches[0].slug", "About"),  # a series
    ("charter.yaml", "buyers", "equality-in-procurement", "roles[0].slug", "Charter"),  # a commitment
])
def test_a_heading_cannot_take_an_anchor_its_page_already_has(content, file, old, slug, field, page):
    edit(content, file, f"slug: {old}", f"slug: {slug}")
    expect(content, file, slug, field, f"'{slug}' is already an anchor of the {page} page; choose another slug")


def test_reading_leaves_the_garbage_collector_on_whether_or_not_the_content_is_valid(content):
    import gc
    load_library(content)
    assert gc.isenabled()
    (content / "cities.yaml").write_text("- slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_library(content)
    assert gc.isenabled()

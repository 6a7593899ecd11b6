"""All examples as flat records: the data behind the site, also for researchers."""
from __future__ import annotations

import csv
import io
import json

from generator import links
from generator.library import Library, PlacedExample

COLUMNS = ["id", "url", "toolkit", "toolkit_title", "series", "year", "key_factor",
           "key_factor_title", "city", "city_name", "country", "country_code",
           "themes", "text", "links", "contacts"]


def record(library: Library, placed: PlacedExample) -> dict:
    city = placed.city
    return {
        "id": placed.id,
        "url": links.url_of(links.example_target(placed)),
        "toolkit": placed.toolkit.slug,
        "toolkit_title": placed.toolkit.title,
        "series": library.series_by_slug[placed.toolkit.series].name,
        "year": placed.toolkit.year,
        "key_factor": placed.key_factor.slug,
        "key_factor_title": placed.key_factor.title,
        "city": city.slug,
        "city_name": city.name,
        "country": city.country,
        "country_code": city.country_code,
        "themes": list(placed.theme_slugs),
        "text": placed.example.text.strip(),
        "links": list(placed.example.links),
        "contacts": list(placed.example.contacts),
    }


def records(library: Library) -> list[dict]:
    return [record(library, placed) for placed in library.examples]


def json_text(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def to_json(library: Library) -> str:
    return json_text(records(library))


# Spreadsheets run a cell that starts with one of these as a formula (OWASP, CSV injection);
# a leading apostrophe makes it text, and the spreadsheet does not show the apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    text = "; ".join(value) if isinstance(value, list) else value
    return f"'{text}" if isinstance(text, str) and text.startswith(FORMULA_START) else text


def csv_text(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([spreadsheet_cell(row[key]) for key in COLUMNS] for row in rows)
    return out.getvalue()


def to_csv(library: Library) -> str:
    return csv_text(records(library))


FORMATS = {"json": to_json, "csv": to_csv}

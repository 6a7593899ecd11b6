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


def to_json(library: Library) -> str:
    return json.dumps(records(library), ensure_ascii=False, indent=2) + "\n"


# Spreadsheets run a cell that starts with one of these as a formula (OWASP, CSV injection);
# a leading apostrophe makes it text, and the spreadsheet does not show the apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    text = "; ".join(value) if isinstance(value, list) else value
    return f"'{text}" if isinstance(text, str) and text.startswith(FORMULA_START) else text


def to_csv(library: Library) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in records(library):
        writer.writerow({key: spreadsheet_cell(value) for key, value in row.items()})
    return out.getvalue()


FORMATS = {"json": to_json, "csv": to_csv}

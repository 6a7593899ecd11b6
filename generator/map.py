"""The cities map: country outlines of Europe and a marker for each city with examples.

The outlines are Natural Earth's, made once by tools/europe_outline.py into
generator/data/europe.json; markers use the same projection (geo.py). The
template draws the SVG; this module decides where everything goes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from math import sqrt
from pathlib import Path

from generator import geo, links

OUTLINES = Path(__file__).parent / "data" / "europe.json"
LABEL_SIZE = 17          # map units; labels are hidden where the map is drawn small
CHAR_WIDTH = 0.56        # a label's width per character, in font sizes


@dataclass(frozen=True)
class Country:
    name: str
    path: str


@dataclass(frozen=True)
class Marker:
    name: str
    label: str           # the accessible name: "Ghent, Belgium: 7 examples"
    url: str
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str          # SVG text-anchor of the label: start or end


@dataclass(frozen=True)
class Map:
    width: int
    height: int
    countries: tuple[Country, ...]
    markers: tuple[Marker, ...]
    highlight: str = ""  # a country drawn stronger: the city's own on its locator


@cache
def countries() -> tuple[Country, ...]:
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return tuple(Country(c["name"], c["path"]) for c in data["countries"])


def radius(count: int) -> float:
    """Area grows with the number of examples."""
    return round(5 + 3 * sqrt(count), 1)


def cities_map(library, here: str) -> Map:
    """Every city with examples, the biggest drawn first so that small ones stay on top."""
    counted = [(city, len(library.examples_by_city.get(city.slug, ()))) for city in library.cities]
    counted = sorted((pair for pair in counted if pair[1]), key=lambda pair: (-pair[1], pair[0].name))
    taken: list[tuple[float, float, float, float]] = []
    markers = []
    for city, count in counted:
        x, y = geo.point(city.longitude, city.latitude)
        r = radius(count)
        taken.append((x - r, y - r, x + r, y + r))
        markers.append((city, count, x, y, r))
    return Map(geo.WIDTH, geo.HEIGHT, countries(),
               tuple(_marker(city, count, x, y, r, here, taken) for city, count, x, y, r in markers))


def locator(city, here: str) -> Map:
    """The city alone, on the map of Europe, its country drawn stronger."""
    x, y = geo.point(city.longitude, city.latitude)
    marker = Marker(city.name, f"{city.name}, {city.country}", links.relative_url(here, links.city_page(city)),
                    x, y, 30, x, y, "start")
    return Map(geo.WIDTH, geo.HEIGHT, countries(), (marker,), highlight=city.country)


def _marker(city, count, x, y, r, here, taken) -> Marker:
    noun = "example" if count == 1 else "examples"
    label_x, label_y, anchor = _place_label(city.name, x, y, r, taken)
    return Marker(city.name, f"{city.name}, {city.country}: {count} {noun}",
                  links.relative_url(here, links.city_page(city)), x, y, r, label_x, label_y, anchor)


def _place_label(name: str, x: float, y: float, r: float, taken: list) -> tuple[float, float, str]:
    """The first of right, left, above, below where the label overlaps nothing placed yet."""
    width, gap = len(name) * LABEL_SIZE * CHAR_WIDTH, 3
    baseline = LABEL_SIZE * 0.35
    options = [(x + r + gap, y + baseline, "start"), (x - r - gap, y + baseline, "end"),
               (x - width / 2, y - r - gap, "start"), (x - width / 2, y + r + LABEL_SIZE, "start")]
    boxes = [_box(lx, ly, anchor, width) for lx, ly, anchor in options]
    chosen = next((i for i, box in enumerate(boxes)
                   if 0 <= box[0] and box[2] <= geo.WIDTH and not any(_overlap(box, t) for t in taken)), 0)
    taken.append(boxes[chosen])
    lx, ly, anchor = options[chosen]
    return round(lx, 1), round(ly, 1), anchor


def _box(x, y, anchor, width):
    left = x if anchor == "start" else x - width
    return (left, y - LABEL_SIZE * 0.8, left + width, y + LABEL_SIZE * 0.2)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

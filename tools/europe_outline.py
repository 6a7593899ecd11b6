"""Make generator/data/europe.json, the country outlines of the cities map.

The outlines are Natural Earth's 1:50m admin-0 countries (public domain), as
redistributed in TopoJSON by the npm package world-atlas 2.0.2 (ISC licence).
To remake the file:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m tools.europe_outline package/countries-50m.json

Each country is projected with the map's own projection (generator/geo.py),
clipped to the frame, simplified to about one map unit and written as an SVG
path in whole map units, relative moves, so the file stays small.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.geo import HEIGHT, WIDTH, project

OUT = Path(__file__).resolve().parents[1] / "generator" / "data" / "europe.json"
MARGIN = 20          # map units beyond the frame, so clipped edges fall outside it
TOLERANCE = 1.5      # map units a simplified line may stray from the original
SMALLEST = 12        # islands smaller than this (map units squared) are dropped


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs as longitude/latitude lines."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        line = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            line.append((x * sx + tx, y * sy + ty))
        arcs.append(line)
    return arcs


def ring(arcs, indexes: list[int]) -> list[tuple[float, float]]:
    points = []
    for i in indexes:
        line = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(line[1:] if points else line)
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    return geometry["arcs"] if geometry["type"] == "MultiPolygon" else []


def clip(points, inside, cross):
    """Sutherland-Hodgman against one edge of the frame."""
    out = []
    for a, b in zip(points, points[1:] + points[:1]):
        if inside(b):
            if not inside(a):
                out.append(cross(a, b))
            out.append(b)
        elif inside(a):
            out.append(cross(a, b))
    return out


def clip_to_frame(points):
    low, high_x, high_y = -MARGIN, WIDTH + MARGIN, HEIGHT + MARGIN

    def at_x(edge):
        return lambda a, b: (edge, a[1] + (b[1] - a[1]) * (edge - a[0]) / (b[0] - a[0]))

    def at_y(edge):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (edge - a[1]) / (b[1] - a[1]), edge)

    for inside, cross in ((lambda p: p[0] >= low, at_x(low)), (lambda p: p[0] <= high_x, at_x(high_x)),
                          (lambda p: p[1] >= low, at_y(low)), (lambda p: p[1] <= high_y, at_y(high_y))):
        points = clip(points, inside, cross) if points else points
    return points


def simplify(points, tolerance):
    """Douglas-Peucker."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5 or 1e-9
    far, index = 0.0, 0
    for i, (px, py) in enumerate(points[1:-1], 1):
        distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[:index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def simplify_ring(points):
    """A closed ring, cut at its point farthest from the first so that both halves have a baseline."""
    x0, y0 = points[0]
    far = max(range(len(points)), key=lambda i: (points[i][0] - x0) ** 2 + (points[i][1] - y0) ** 2)
    there = simplify(points[:far + 1], TOLERANCE)
    back = simplify(points[far:] + points[:1], TOLERANCE)
    return there[:-1] + back[:-1]


def area(points) -> float:
    return abs(sum(ax * by - bx * ay for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]))) / 2


def path(rings) -> str:
    """Whole map units, a relative move after the first point of each ring."""
    parts = []
    for points in rings:
        whole = [(round(x), round(y)) for x, y in points]
        whole = [p for i, p in enumerate(whole) if i == 0 or p != whole[i - 1]]
        steps = " ".join(f"{bx - ax} {by - ay}" for (ax, ay), (bx, by) in zip(whole, whole[1:]))
        parts.append(f"M{whole[0][0]} {whole[0][1]}l{steps}z")
    return "".join(parts)


def country_path(arcs, geometry) -> str:
    rings = []
    for polygon in polygons(geometry):
        for indexes in polygon:
            projected = [project(lon, lat) for lon, lat in ring(arcs, indexes) if -40 < lon < 60 and lat > 25]
            clipped = clip_to_frame(projected)
            if len(clipped) < 3 or area(clipped) < SMALLEST:
                continue
            closed = simplify_ring(clipped)
            if len(closed) >= 3:
                rings.append(closed)
    return path(rings)


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        drawn = country_path(arcs, geometry)
        if drawn:
            countries.append({"name": geometry["properties"]["name"], "path": drawn})
    countries.sort(key=lambda c: c["name"])
    data = {"source": "Natural Earth 1:50m admin-0 countries, version 4.1.0 (public domain), "
                      "from the npm package world-atlas 2.0.2 (ISC licence); made by tools/europe_outline.py",
            "width": WIDTH, "height": HEIGHT, "countries": countries}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])

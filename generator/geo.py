"""The map's fixed projection: longitude and latitude to map units.

Lambert azimuthal equal-area centred on 10°E 52°N (the projection of EPSG:3035,
on a sphere), so that areas compare fairly. The frame runs from Portugal to
Finland and from Crete to central Norway; map units are rounded so that the
same content always gives the same SVG.
"""
from __future__ import annotations

from math import cos, radians, sin, sqrt

CENTRE = (radians(10.0), radians(52.0))
# The frame in projected units (radians on the unit sphere): west, north, east, south.
FRAME = (-0.275, -0.235, 0.295, 0.255)
WIDTH = 1000  # map units across the frame
SCALE = WIDTH / (FRAME[2] - FRAME[0])
HEIGHT = round((FRAME[3] - FRAME[1]) * SCALE)


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Map units, x to the east and y to the south, origin at the frame's north-west corner."""
    lon0, lat0 = CENTRE
    lam, phi = radians(longitude) - lon0, radians(latitude)
    k = sqrt(2 / (1 + sin(lat0) * sin(phi) + cos(lat0) * cos(phi) * cos(lam)))
    x = k * cos(phi) * sin(lam)
    y = -k * (cos(lat0) * sin(phi) - sin(lat0) * cos(phi) * cos(lam))
    return (x - FRAME[0]) * SCALE, (y - FRAME[1]) * SCALE


def point(longitude: float, latitude: float) -> tuple[float, float]:
    """A projected point rounded to a tenth of a map unit, for deterministic output."""
    x, y = project(longitude, latitude)
    return round(x, 1), round(y, 1)

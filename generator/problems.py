"""Problems found in content, reported as ``path:line:column: field: message``."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable

from generator.formats import UNSAFE


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        # a file name may hold what a terminal would act on, or what cannot be printed
        return UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class ContentError(Exception):
    """Raised with every problem of a run, so that one run shows them all."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(sorted(set(problems)))
        super().__init__("\n".join(map(str, self.problems)))


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """A suggestion suffix naming the closest valid value, or nothing."""
    close = difflib.get_close_matches(str(value), sorted(c for c in choices if c), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""

"""Read content/ into a Library, or fail with every problem found.

Reading goes file by file (YAML, then shape and values against the model),
then across files (slugs, references, unused entries). Nothing is returned
unless every check passes, and nothing is read from outside the content
folder: a file whose real path (through symbolic links) leaves it is refused.
"""
from __future__ import annotations

import gc
import os
from pathlib import Path

from generator import checks, links
from generator.contentfiles import read_text, text_position, unreadable
from generator.library import Library
from generator.markdown_rules import check_text
from generator.model import Charter, City, Method, Series, Synonyms, Theme, Toolkit
from generator.problems import ContentError, Problem
from generator.schema import Reader
from generator.text import MarkdownText
from generator.yamlsource import read_yaml

SHARED_FILES = {
    "cities": ("cities.yaml", tuple[City, ...]),
    "themes": ("themes.yaml", tuple[Theme, ...]),
    "series": ("series.yaml", tuple[Series, ...]),
    "charter": ("charter.yaml", Charter),
    "method": ("method.yaml", Method),
    "synonyms": ("synonyms.yaml", tuple[Synonyms, ...]),
}
TOOLKITS_DIR = "toolkits"
PAGES = {"home": "pages/home.md", "about": "pages/about.md"}
MAX_TOOLKITS = 1000  # the library has 4; the benchmarks build 400 (100x)


def shown(path: Path) -> str:
    """The path as a reader would type it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd()) else str(path)
    except ValueError:
        return str(path)


class _Run:
    def __init__(self, content_dir: Path):
        self.content = content_dir
        self.problems: list[Problem] = []
        self.unreadable = False

    def _readable(self, path: Path, what: str) -> bool:
        problem = unreadable(path, shown(path), self.content, what)
        if problem:
            self.problems.append(problem)
            self.unreadable = True
        return problem is None

    def page(self, path: Path, what: str) -> MarkdownText | None:
        """A hand-written Markdown page, held to the rules of the Markdown fields."""
        if not self._readable(path, what):
            return None
        text, problems = read_text(path, shown(path))
        flaw = check_text(text) if text is not None else None
        if flaw:
            problems.append(Problem(shown(path), *text_position(text, flaw.at or 0), "", flaw.message))
        self.problems += problems
        return None if problems else MarkdownText(text.strip())

    def read(self, path: Path, hint, what):
        if not self._readable(path, what):
            return None
        name = shown(path)
        root, problems = read_yaml(path, name)
        self.problems += problems
        if root is None:
            self.unreadable = True
            return None
        reader = Reader(name)
        value = reader.read(hint, root, "")
        self.problems += reader.problems
        return value


def _slugs(entities) -> set[str] | None:
    """The slugs a reference may name; None when the file could not be read, so
    that its absence is reported once, not as every reference being unknown."""
    if entities is None:
        return None
    return {e.slug for e in entities if e is not None and e.slug}


def load_library(content_dir: Path) -> Library:
    # Nearly everything made while reading is kept (the model) or freed by its
    # count (the YAML nodes), so the collector's passes over the growing heap
    # find next to nothing: at 100 times the content they were a tenth of the time.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(content_dir)
    finally:
        if paused:
            gc.enable()


def _load(content_dir: Path) -> Library:
    run = _Run(content_dir)
    shared = {key: run.read(content_dir / file, hint, f"the {key} file")
              for key, (file, hint) in SHARED_FILES.items()}
    pages = {key: run.page(content_dir / file, f"the {key} page") for key, file in PAGES.items()}
    toolkit_files = sorted((content_dir / TOOLKITS_DIR).glob("*.yaml"))
    if not toolkit_files:
        run.problems.append(Problem(shown(content_dir / TOOLKITS_DIR), 1, 1, "", "no toolkit files (*.yaml)"))
    if len(toolkit_files) > MAX_TOOLKITS:
        run.problems.append(Problem(shown(content_dir / TOOLKITS_DIR), 1, 1, "",
                                    f"more than {MAX_TOOLKITS} toolkit files"))
        toolkit_files = toolkit_files[:MAX_TOOLKITS]
    toolkits = [t for t in (run.read(p, Toolkit, "a toolkit") for p in toolkit_files) if t is not None]

    cities = [c for c in shared["cities"] or () if c is not None]
    themes = [t for t in shared["themes"] or () if t is not None]
    series = [s for s in shared["series"] or () if s is not None]
    synonyms = [s for s in shared["synonyms"] or () if s is not None]
    found = run.problems
    found += checks.check_synonyms(synonyms)
    found += checks.duplicate_slugs("city", cities)
    found += checks.duplicate_slugs("theme", themes)
    found += checks.reserved_slugs("city", cities)
    found += checks.reserved_slugs("theme", themes)
    found += checks.duplicate_slugs("series", series)
    if shared["method"] is not None:
        found += checks.check_about_anchors(shared["method"].approaches, series)
    found += checks.duplicate_slugs("toolkit", toolkits)
    known = {kind: _slugs(shared[kind]) for kind in ("cities", "themes", "series")}
    for toolkit in toolkits:
        found += checks.check_toolkit(toolkit, known["cities"], known["themes"], known["series"])
    if shared["charter"] is not None:
        refs = {links.key_factor_ref(t, kf) for t in toolkits if t.slug for kf in t.key_factors or () if kf and kf.slug}
        found += checks.check_charter(shared["charter"], None if run.unreadable else refs)
    if not run.unreadable:
        # with a file unread, cities and themes would look unused and references unknown
        found += checks.check_unused(toolkits, cities, themes)
    if found:
        raise ContentError(found)
    # chronological: the series built on each other
    toolkits.sort(key=lambda t: (t.year, t.slug))
    return Library(toolkits=tuple(toolkits), cities=tuple(cities), themes=tuple(themes),
                   series=tuple(series), charter=shared["charter"], method=shared["method"],
                   synonyms=tuple(synonyms), pages=pages)

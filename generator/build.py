"""Render the site's pages in memory, and write them as a docs folder for other builders.

Everything is rendered before anything is written, so a failure writes nothing.
MkDocs takes the rendered pages straight from memory (generator/mkdocs_hook.py);
``python -m generator build`` writes them as real Markdown files instead,
replacing its folder whole. Replacing deletes, so it writes only into a folder
that is new, empty, or marked as written here before; never into the content
or a folder above it.
"""
from __future__ import annotations

import gc
import shutil
import tempfile
from pathlib import Path

from generator import export, links
from generator.assessment import theme_files
from generator.library import Library
from generator.pages import site_pages
from generator.render import environment, render_page

PROJECT = Path(__file__).resolve().parent.parent
# Left in every folder written here; its name starts with a dot, so MkDocs does not publish it.
MARKER = ".written-by-generator"
MARKER_TEXT = "Written by python -m generator build, which replaces this folder on every build.\n"


class OutputRefused(Exception):
    """The output folder holds something this program did not write."""


def check_output_folder(content_dir: Path, out_dir: Path) -> None:
    out, content = out_dir.resolve(), content_dir.resolve()
    if out == content or out in content.parents or content in out.parents or out in (PROJECT, *PROJECT.parents):
        raise OutputRefused(f"{out_dir} holds the content or the project; write the pages to a folder of their own")
    if out_dir.is_symlink() or (out.exists() and not out.is_dir()):
        raise OutputRefused(f"{out_dir} is not a folder; give the name of a new or empty folder")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise OutputRefused(f"{out_dir} is not empty and was not written by this command;"
                            " give the name of a new or empty folder")


def render_site(library: Library) -> dict[str, str]:
    """Docs path -> file text, for every file of the docs folder."""
    # The library outlives the rendering, so the collector's full passes need not walk it again
    # and again (at 100 times the content: 1.6 s of full passes, 0.9 s with the library frozen);
    # unfrozen after, so that a library replaced while serving is collected.
    gc.freeze()
    try:
        env = environment()
        files = {page.path: render_page(env, library, page) for page in site_pages(library, library.pages)}
        rows = export.records(library)  # both formats hold the same records
        files[links.EXAMPLES_JSON] = export.json_text(rows)
        files[links.EXAMPLES_CSV] = export.csv_text(rows)
        files.update(theme_files(library))
    finally:
        gc.unfreeze()
    return files


def _write_all(folder: Path, files: dict[str, str]) -> None:
    if not (folder / MARKER).is_file():
        (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    made = set()  # each folder made once, not asked for again for each of its thousands of files
    for path, text in files.items():
        target = folder / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(text.encode("utf-8"))


def write_site(library: Library, content_dir: Path, out_dir: Path) -> int:
    """Replace ``out_dir`` whole with the rendered pages; returns the number of Markdown pages."""
    check_output_folder(content_dir, out_dir)
    files = render_site(library)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=".docs-", dir=out_dir.parent))
    try:
        _write_all(fresh, files)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        fresh.rename(out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return sum(path.endswith(".md") for path in files)

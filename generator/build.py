"""Render the site's pages in memory, and write them as a docs folder for other builders.

Everything is rendered before anything is written, so a failure writes nothing.
MkDocs takes the rendered pages straight from memory (generator/mkdocs_hook.py);
``python -m generator build`` writes them as real Markdown files instead.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator import export
from generator.library import Library
from generator.pages import site_pages
from generator.render import environment, render_page

HANDWRITTEN = ("home", "about")


def render_site(library: Library, content_dir: Path) -> dict[str, str]:
    """Docs path -> file text, for every file of the docs folder."""
    handwritten = {name: (content_dir / "pages" / f"{name}.md").read_text(encoding="utf-8").strip()
                   for name in HANDWRITTEN}
    env = environment()
    files = {page.path: render_page(env, library, page) for page in site_pages(library, handwritten)}
    files["examples/examples.json"] = export.to_json(library)
    files["examples/examples.csv"] = export.to_csv(library)
    return files


def write_site(library: Library, content_dir: Path, out_dir: Path) -> int:
    """Replace ``out_dir`` whole with the rendered pages; returns the number of Markdown pages."""
    files = render_site(library, content_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=".docs-", dir=out_dir.parent))
    try:
        for path, text in files.items():
            target = fresh / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        if out_dir.exists():
            shutil.rmtree(out_dir)
        fresh.rename(out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return sum(path.endswith(".md") for path in files)

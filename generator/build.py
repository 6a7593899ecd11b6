"""Write the rendered site into the docs folder MkDocs builds from.

Everything is rendered in memory first, so a failure writes nothing. The CLI
replaces the folder whole (``write_site``); ``mkdocs serve`` syncs it instead
(``sync_site``), touching only changed files so its file watcher does not
rebuild forever. Either way the folder ends up holding exactly the new pages.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator import export
from generator.assessment import theme_files
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
    files.update(theme_files(library))
    return files


def _write_all(folder: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))


def write_site(library: Library, content_dir: Path, out_dir: Path) -> int:
    files = render_site(library, content_dir)
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


def sync_site(library: Library, content_dir: Path, out_dir: Path) -> int:
    files = render_site(library, content_dir)
    changed = {path: text for path, text in files.items()
               if not (out_dir / path).is_file() or (out_dir / path).read_bytes() != text.encode("utf-8")}
    _write_all(out_dir, changed)
    for stale in sorted(p for p in out_dir.rglob("*") if p.is_file()):
        if stale.relative_to(out_dir).as_posix() not in files:
            stale.unlink()
    for folder in sorted((p for p in out_dir.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return len(changed)

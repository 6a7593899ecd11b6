"""MkDocs hook: run the generator inside ``mkdocs build`` and ``mkdocs serve``.

The generator stays a plain library with its own CLI (``python -m generator
build``); this hook only calls it before each build, watches content/ while
serving, tunes the search index after the build, and marks the top tab of
pages that the shallow navigation does not list.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.exceptions import Abort

from generator.build import OutputRefused, sync_site
from generator.loader import load_library
from generator.problems import ContentError
from generator.search import tune_index

log = logging.getLogger("mkdocs.hooks.library")
_state: dict = {}


def _content_dir(config) -> Path:
    base = Path(config.config_file_path).parent
    return base / os.environ.get("LIBRARY_CONTENT", config.extra.get("library", {}).get("content", "content"))


def on_pre_build(config, **_) -> None:
    content = _content_dir(config)
    try:
        library = load_library(content)
    except ContentError as error:
        for problem in error.problems:
            log.error(str(problem))
        raise Abort(f"{len(error.problems)} problem(s) in {content}; nothing built.")
    try:
        sync_site(library, content, Path(config.docs_dir))
    except OutputRefused as refusal:
        raise Abort(f"nothing built: {refusal} (`make clean` removes one left by an older build)")
    _state["library"] = library


def on_serve(server, config, builder, **_):
    server.watch(str(_content_dir(config)))
    server.watch(str(Path(__file__).parent / "templates"))
    return server


def on_page_context(context, page, config, nav, **_):
    """Light the tab of the section a detail page belongs to (cities/ghent/ -> Cities).

    Pages in the navigation light their own tab; MkDocs marks every page it
    renders as active, so membership of the navigation is what tells them apart.
    """
    if not page.url or page in nav.pages:
        return context
    section = page.url.split("/", 1)[0] + "/"
    for item in nav.items:
        if getattr(item, "url", None) == section:
            item.active = True
            _state["lit"] = item
    return context


def on_post_page(output, page, config, **_):
    lit = _state.pop("lit", None)
    if lit is not None:
        lit.active = False
    return output


def on_post_build(config, **_) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if "library" not in _state or not path.exists():
        return
    index = tune_index(json.loads(path.read_text(encoding="utf-8")), _state["library"])
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

"""MkDocs hook: run the generator inside ``mkdocs build`` and ``mkdocs serve``.

The generator stays a plain library with its own CLI (``python -m generator
build``); this hook hands its pages to MkDocs in memory on each build (MkDocs'
docs folder is content/, whose files are dropped: nothing is written there),
watches content/ while serving, and indexes the site for search while serving
(``make build`` indexes as a step of its own, as other builders need). The
tab of a detail page's section is lit in the browser (section-tab.js).
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from generator.build import render_site
from generator.loader import load_library
from generator.problems import ContentError
from generator.search_index import index_site

log = logging.getLogger("mkdocs.hooks.library")
GENERATED = "Generated {pages} files from the content in {seconds:.2f} s of CPU"
_state: dict = {}


def _content_dir(config) -> Path:
    base = Path(config.config_file_path).parent
    return base / os.environ.get("LIBRARY_CONTENT", config.extra.get("library", {}).get("content", "content"))


def on_pre_build(config, **_) -> None:
    content = _content_dir(config)
    started = time.process_time()
    try:
        library = load_library(content)
    except ContentError as error:
        for problem in error.problems:
            log.error(str(problem))
        raise Abort(f"{len(error.problems)} problem(s) in {content}; nothing built.")
    _state["library"] = library
    _state["pages"] = render_site(library)
    # The generator's own share of the build, as benchmarks/scale.py reads it from the build's output.
    log.info(GENERATED.format(pages=len(_state["pages"]), seconds=time.process_time() - started))


def _walk_order(path: str) -> tuple:
    """MkDocs' order for a docs folder (a folder's files, index first, then its subfolders):
    pages are built in this order, whoever wrote them."""
    *folders, name = path.split("/")
    return tuple(folders), not name.startswith("index."), name


def on_files(files: Files, config, **_) -> Files:
    """The theme's files and the generator's pages; none of the docs folder's own files."""
    theme = [file for file in files if file.src_dir != config.docs_dir]
    pages = _state.pop("pages")
    return Files(theme + [File.generated(config, path, content=pages[path]) for path in sorted(pages, key=_walk_order)])


def on_serve(server, config, builder, **_):
    server.watch(str(_content_dir(config)))
    server.watch(str(Path(__file__).parent / "templates"))
    return server


def on_startup(command, **_) -> None:
    _state["serving"] = command == "serve"


def on_post_build(config, **_) -> None:
    if _state.get("serving"):
        index_site(Path(config.site_dir))

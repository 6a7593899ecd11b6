"""Index a built site for search: Pagefind over the records marked in its pages.

Pagefind splits the index into chunks, so a visitor downloads only the part of
the index a query needs, whatever the size of the library. It indexes one
small document per record (search_documents.py). Beside the index goes the
library's vocabulary with word counts, which the browser reads to weigh a
query's words and to correct a misspelt one, instead of asking the index word
by word.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.search_documents import write_documents

BUNDLE = "pagefind"
VOCABULARY = "vocabulary.json"
# Memory (tmpfs) for the documents when it has room for them (Docker gives it
# 64 MB): thousands of small files, made and deleted in one run, cost a disk's
# file system far more system time than memory.
MEMORY = Path("/dev/shm")


def built_pages(site_dir: Path) -> list[str]:
    """The built site's pages, as paths in it, in a fixed order; not the search bundle's own."""
    pages = (path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html"))
    return sorted(page for page in pages if not page.startswith(f"{BUNDLE}/"))


def scratch_folder(need: int, places: tuple[Path, ...] = (MEMORY,)) -> str | None:
    """The first of ``places`` with room for ``need`` bytes; None for the system's temporary folder."""
    for place in places:
        if place.is_dir() and os.access(place, os.W_OK | os.X_OK) and shutil.disk_usage(place).free >= need:
            return str(place)
    return None


def documents_folder(site_dir: Path, pages: list[str]) -> str | None:
    """Where the documents of these pages are written: memory when it has room for the pages
    themselves, which bound them (35 MB of documents from 218 MB of pages at 100x)."""
    return scratch_folder(sum((site_dir / page).stat().st_size for page in pages))


def run_pagefind(folder: Path, bundle: Path) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(bundle),
               "--force-language", "en", "--silent"]
    subprocess.run(command, check=True)


class BundleRefused(Exception):
    """The bundle's folder holds something the indexer did not write."""


class IndexFailed(Exception):
    """Indexing stopped part way; the site is as it was."""


def _replace(bundle: Path, new: Path) -> None:
    """Put the new bundle in the place of the earlier one, if any; the earlier one goes afterwards,
    for files made just after others were deleted are slow to make on some file systems (ext4 without a journal)."""
    if not bundle.exists():
        new.rename(bundle)
        return
    old = Path(tempfile.mkdtemp(prefix=".pagefind-old-", dir=bundle.parent))
    bundle.rename(old / BUNDLE)
    new.rename(bundle)
    shutil.rmtree(old)


def index_site(site_dir: Path) -> int:
    """Write the search bundle into the built site; returns the number of records.

    The bundle is written beside the earlier one and takes its place once whole:
    an indexing that fails leaves the site as it was."""
    bundle = site_dir / BUNDLE
    # Pagefind adds to what is there, so an earlier bundle is replaced, and only a bundle.
    if bundle.exists() and not (bundle / "pagefind-entry.json").is_file():
        raise BundleRefused(f"{bundle} exists and is not a search bundle; nothing indexed")
    try:
        pages = built_pages(site_dir)
        with tempfile.TemporaryDirectory(prefix=".pagefind-new-", dir=site_dir) as new, \
                tempfile.TemporaryDirectory(prefix="search-records-", dir=documents_folder(site_dir, pages)) as documents:
            records, words = write_documents(site_dir, pages, Path(documents))
            run_pagefind(Path(documents), Path(new) / BUNDLE)
            vocabulary = json.dumps(dict(sorted(words.items())), ensure_ascii=False, separators=(",", ":"))
            (Path(new) / BUNDLE / VOCABULARY).write_text(vocabulary, encoding="utf-8")
            _replace(bundle, Path(new) / BUNDLE)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
        raise IndexFailed(f"nothing indexed, {site_dir} is as it was: {error}") from error
    return records

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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.search_documents import write_documents

BUNDLE = "pagefind"
VOCABULARY = "vocabulary.json"


def built_pages(site_dir: Path) -> list[str]:
    """The built site's pages, as paths in it, in a fixed order; not the search bundle's own."""
    pages = (path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html"))
    return sorted(page for page in pages if not page.startswith(f"{BUNDLE}/"))


def run_pagefind(folder: Path, bundle: Path) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(bundle),
               "--force-language", "en", "--silent"]
    subprocess.run(command, check=True)


class BundleRefused(Exception):
    """The bundle's folder holds something the indexer did not write."""


def index_site(site_dir: Path) -> int:
    """Write the search bundle into the built site; returns the number of records."""
    bundle = site_dir / BUNDLE
    if bundle.exists():
        # Pagefind adds to what is there; an earlier bundle goes, and only a bundle.
        if not (bundle / "pagefind-entry.json").is_file():
            raise BundleRefused(f"{bundle} exists and is not a search bundle; nothing indexed")
        shutil.rmtree(bundle)
    with tempfile.TemporaryDirectory(prefix="search-records-") as name:
        documents = Path(name)
        records, words = write_documents(site_dir, built_pages(site_dir), documents)
        run_pagefind(documents, bundle)
    vocabulary = json.dumps(dict(sorted(words.items())), ensure_ascii=False, separators=(",", ":"))
    (bundle / VOCABULARY).write_text(vocabulary, encoding="utf-8")
    return records

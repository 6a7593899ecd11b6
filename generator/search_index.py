"""Index a built site for search: Pagefind over the records marked in its pages.

Pagefind splits the index into chunks, so a visitor downloads only the part of
the index a query needs, whatever the size of the library. Each record is
handed to Pagefind as a small HTML document of its own: its text, its title,
then the words it is found by but does not show, weighted low, and its filters
and metadata. The result list shows the record's own visible text, never the
hidden words. Beside the index goes the library's
vocabulary with word counts, which the browser reads to weigh a query's words
and to correct a misspelt one, instead of asking the index word by word.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from html import escape
from pathlib import Path

from generator.search import WEIGHTS
from generator.search_records import Record, records_of

BUNDLE = "pagefind"
VOCABULARY = "vocabulary.json"
# Words as the browser splits a query (letters and digits), of two characters or more.
WORD = re.compile(r"[^\W_]{2,}")


def site_records(site_dir: Path) -> list[Record]:
    """Every record of the built site, in a fixed order."""
    records = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if not relative.startswith(f"{BUNDLE}/"):
            records += records_of(path.read_text(encoding="utf-8"), relative)
    return records


def _value(kind: str, name: str, value: str) -> str:
    return f'<span data-pagefind-{kind}="{escape(name)}[data-value]" data-value="{escape(value)}"></span>'


def record_html(record: Record, order: int) -> str:
    """The document Pagefind indexes for one record.

    Its visible text comes first and runs on in one block with the words it is
    found by (Pagefind ends a block with a full stop), so the result list reads
    the text back as the first ``words`` words of Pagefind's content: the
    text is held once in the index, not again as metadata.
    """
    data = record.data
    title_weight, text_weight = WEIGHTS[data["kind"]]
    # An example's heading is its key factor: its city's name counts as text,
    # so that a search for a city finds the city's page first.
    heading = data.get("heading", data["title"])
    place = data["meta"].get("city", "")
    parts = [(text_weight, " ".join(record.text.split())), (title_weight, heading), (text_weight, place),
             (0.5, data.get("context", "")), (text_weight / 2, " ".join(data["hidden"]))]
    found_by = " ".join(f'<span data-pagefind-weight="{weight:g}">{escape(words)}</span>'
                        for weight, words in parts if words)
    filters = "".join(_value("filter", name, v) for name, values in sorted(data["filters"].items()) for v in values)
    # Pagefind ranks a match in the "title" metadata above any match in text.
    # Only a city's page uses it, so that a search for a city's name finds the
    # city's page first; the others' titles are text like the rest, and the
    # result list shows "label".
    title = data["title"] if data["kind"] == "city" else "·"
    meta = {**data.get("meta", {}), "title": title, "label": data["title"], "kind": data["kind"],
            "words": str(len(record.text.split())), "url": record.url}
    metas = "".join(_value("meta", name, value) for name, value in sorted(meta.items()) if value)
    sort = _value("sort", "order", f"{data.get('order', order):07d}")
    return f'<html lang="en"><body><p>{found_by}</p>{filters}{metas}{sort}</body></html>'


def vocabulary(records: list[Record]) -> dict[str, int]:
    """How often each word occurs in what the search finds: the browser weighs and corrects a query's words with it."""
    counts: Counter[str] = Counter()
    for record in records:
        found_by = [record.title, record.text, record.data.get("context", ""), *record.data["hidden"]]
        counts.update(WORD.findall(" ".join(found_by).lower()))
    return dict(sorted(counts.items()))


def write_documents(records: list[Record], folder: Path) -> None:
    """One small document per record, for Pagefind's binary.

    Pagefind takes a record's address from its file's path, and an example's
    address has an #anchor that no file can have, so the result list reads the
    address from the record's ``url`` metadata instead. (Pagefind's Python API
    would take the address directly, but answers one call per tenth of a second.)
    """
    for number, record in enumerate(records):
        (folder / f"{number:07d}.html").write_text(record_html(record, number), encoding="utf-8")


def run_pagefind(folder: Path, bundle: Path) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(bundle),
               "--force-language", "en", "--silent"]
    subprocess.run(command, check=True)


class BundleRefused(Exception):
    """The bundle's folder holds something the indexer did not write."""


def index_site(site_dir: Path) -> int:
    """Write the search bundle into the built site; returns the number of records."""
    records = site_records(site_dir)
    bundle = site_dir / BUNDLE
    if bundle.exists():
        # Pagefind adds to what is there; an earlier bundle goes, and only a bundle.
        if not (bundle / "pagefind-entry.json").is_file():
            raise BundleRefused(f"{bundle} exists and is not a search bundle; nothing indexed")
        shutil.rmtree(bundle)
    with tempfile.TemporaryDirectory(prefix="search-records-") as name:
        documents = Path(name)
        write_documents(records, documents)
        run_pagefind(documents, bundle)
    words = json.dumps(vocabulary(records), ensure_ascii=False, separators=(",", ":"))
    (bundle / VOCABULARY).write_text(words, encoding="utf-8")
    return len(records)

"""Turn the records of a built site into the small documents Pagefind indexes.

Each record becomes an HTML document of its own: its visible text first, then
its title, its context (weighted low), the words it is found by but does not
show (weighted as its text: a synonym, a spelling variant or a local name
stands for a word of it), and its filters and metadata. The result list reads
the text back as the first ``words`` words of what Pagefind holds
(query.shownText), so the text is held once in the index. On a large site the pages are read by several processes,
each its own share of them: reading is most of the indexer's own time.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from html import escape
from pathlib import Path

from generator.search import WEIGHTS
from generator.search_records import Record, records_of

# Words as the browser splits a query (letters and digits), of two characters or more.
WORD = re.compile(r"[^\W_]{2,}")
# Below this many pages, starting processes costs more than it saves.
PARALLEL_FROM = 500


def _value(kind: str, name: str, value: str) -> str:
    return f'<span data-pagefind-{kind}="{escape(name)}[data-value]" data-value="{escape(value)}"></span>'


def record_html(record: Record) -> str:
    """The document Pagefind indexes for one record.

    Its text runs on in one block with the words it is found by (Pagefind ends
    a block with a full stop), so the text's words come back as they are.
    """
    data = record.data
    title_weight, text_weight = WEIGHTS[data["kind"]]
    # An example's heading is its key factor: its city's name counts as text,
    # so that a search for a city finds the city's page first.
    heading = data.get("heading", data["title"])
    place = data["meta"].get("city", "")
    parts = [(text_weight, " ".join(record.text.split())), (title_weight, heading), (text_weight, place),
             (0.5, data.get("context", "")), (text_weight, " ".join(data["hidden"]))]
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
    # Only examples are listed without a query, in the library's order.
    sort = _value("sort", "order", f"{data['order']:07d}") if "order" in data else ""
    return f'<html lang="en"><body><p>{found_by}</p>{filters}{metas}{sort}</body></html>'


def words_found_by(record: Record) -> list[str]:
    """The words a record is found by, as the browser's vocabulary counts them."""
    found_by = [record.title, record.text, record.data.get("context", ""), *record.data["hidden"]]
    return WORD.findall(" ".join(found_by).lower())


def _write_share(site_dir: Path, pages: list[str], first: int, folder: Path) -> tuple[int, Counter]:
    """Write the documents of some pages (numbered from ``first``); their record count and words."""
    records, words = 0, Counter()
    for number, page in enumerate(pages, first):
        for order, record in enumerate(records_of((site_dir / page).read_text(encoding="utf-8"), page)):
            (folder / f"{number:06d}-{order:04d}.html").write_text(record_html(record), encoding="utf-8")
            words.update(words_found_by(record))
            records += 1
    return records, words


def write_documents(site_dir: Path, pages: list[str], folder: Path, workers: int | None = None) -> tuple[int, Counter]:
    """The documents of every record of ``pages`` (paths in the built site) into ``folder``,
    with ``workers`` processes (by default one per core on a large site); the record count and words."""
    if workers is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        workers = cores if len(pages) >= PARALLEL_FROM else 1
    if workers == 1:
        return _write_share(site_dir, pages, 0, folder)
    size = -(-len(pages) // workers)
    # Child interpreters of their own rather than multiprocessing, which would
    # import the caller's main script again in each (or fork mkdocs serve's threads).
    children = []
    for at in range(0, len(pages), size):
        command = [sys.executable, "-m", __name__, str(site_dir), str(folder), str(at)]
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        child.stdin.write("\n".join(pages[at:at + size]))
        child.stdin.close()
        children.append(child)
    outputs = [child.stdout.read() for child in children]
    if any(child.wait() for child in children):
        raise RuntimeError("a process writing search documents failed (its error is above)")
    shares = [json.loads(output) for output in outputs]
    return sum(records for records, _ in shares), sum((Counter(words) for _, words in shares), Counter())


if __name__ == "__main__":
    site, out, first = sys.argv[1:]
    try:
        print(json.dumps(_write_share(Path(site), sys.stdin.read().split("\n"), int(first), Path(out))))
    except OSError as error:  # an unreadable page or a full disk: the parent says that indexing stopped
        sys.exit(f"search documents: {error}")

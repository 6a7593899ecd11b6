"""Drive the library's search page in a real browser and read the results in order.

The page's contract: results are the top-level <li> items of a list inside
the element with id="search-results", in rank order, and the first link of
each goes to the result's own address (an example's is its section,
``toolkits/<toolkit>/<key-factor>/#<city>``).
"""
from __future__ import annotations

from urllib.parse import urlencode, urlsplit

RESULTS = "#search-results ol > li"
STATUS = "#ic-search-status"


def search(page, site_root: str, query: str, **filters: list[str]) -> list[str]:
    """The site paths of the results, best first, for a query and filters given in the address."""
    params = [("q", query)] + [(name, value) for name, values in filters.items() for value in values]
    page.evaluate("() => { const s = document.querySelector('#ic-search-status'); if (s) s.textContent = '' }")
    page.goto(f"{site_root}search/?{urlencode(params)}")
    page.wait_for_function(f"document.querySelector('{STATUS}').textContent !== ''")
    hrefs = page.eval_on_selector_all(RESULTS, "items => items.map(i => i.querySelector('a').href)")
    root = urlsplit(site_root).path
    return [site_path(href, root) for href in hrefs]


def site_path(href: str, root: str) -> str:
    """A link's address as a site path: the project path taken off, the #anchor kept."""
    parts = urlsplit(href)
    path = parts.path[len(root):] if parts.path.startswith(root) else parts.path
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def rank_of(results: list[str], expected: set[str], example_url) -> int | None:
    """1-based position of the first result that is an expected example, or None."""
    wanted = {example_url(e) for e in expected}
    return next((i for i, path in enumerate(results, 1) if path in wanted), None)


def evaluate(page, site_root: str, queries, example_url) -> list[tuple[str, int | None, list[str]]]:
    """(query, rank of an expected example, top results) for each query."""
    outcomes = []
    for query, expected in queries:
        results = search(page, site_root, query)
        outcomes.append((query, rank_of(results, expected, example_url), results[:3]))
    return outcomes


def report(outcomes) -> str:
    lines = [f"{'rank':>4}  query  ->  the first three results"]
    for query, rank, top in outcomes:
        shown = " | ".join(path.removeprefix("toolkits/") for path in top)
        lines.append(f"{rank or '-':>4}  {query!r}  ->  {shown}")
    hits = sum(1 for _, rank, _ in outcomes if rank and rank <= 3)
    lines.append(f"{hits} of {len(outcomes)} queries find an expected example in the first three results")
    return "\n".join(lines)

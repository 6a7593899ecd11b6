"""Drive Material's search box, as tests/support/search.py did at f130f0c (the last commit with Material's lunr search).

Material shows results as cards, one per page: the page's title, then its
matching sections (an example is a section of its key factor page), best
first; weaker sections are folded away under "more on this page". A result
here is a card, holding the addresses the reader sees in it without unfolding
anything, so "in the first three results" means visible in the first three
cards, as on screen.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from tests.support.search import site_path

CARDS = ".md-search-result__item"
VISIBLE_LINKS = ":scope > a.md-search-result__link"
SEARCH_INPUT = "input[data-md-component=search-query]"


def open_search(page) -> None:
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_selector(SEARCH_INPUT, state="visible")


def search(page, site_root: str, query: str) -> list[list[str]]:
    """For each result card, best first, the site paths visible in it."""
    # Blank the previous results, so that what appears next is this query's.
    page.eval_on_selector(".md-search-result__meta", "meta => { meta.textContent = '' }")
    box = page.locator(SEARCH_INPUT)
    box.fill(query)
    box.press("End")  # Material reads the query on keyup, not on input
    page.wait_for_function("""() => {
        const meta = document.querySelector('.md-search-result__meta');
        return meta.textContent !== '' && !/Initializing|Type to start/.test(meta.textContent);
    }""")
    cards = page.eval_on_selector_all(
        CARDS, f"cards => cards.map(c => [...c.querySelectorAll('{VISIBLE_LINKS}')].map(a => a.href))")
    root = urlsplit(site_root).path
    return [[site_path(href, root) for href in card] for card in cards]


def rank_of(cards: list[list[str]], expected: set[str], example_url) -> int | None:
    """1-based position of the first card that shows an expected example, or None."""
    wanted = {example_url(e) for e in expected}
    return next((i for i, card in enumerate(cards, 1) if wanted & set(card)), None)


def evaluate(page, site_root: str, queries, example_url) -> list[tuple[str, int | None, list[str]]]:
    """(query, rank of an expected example, top results) for each query."""
    page.goto(site_root)
    open_search(page)
    outcomes = []
    for query, expected in queries:
        cards = search(page, site_root, query)
        outcomes.append((query, rank_of(cards, expected, example_url), cards[:3]))
    return outcomes


def report(outcomes) -> str:
    lines = [f"{'rank':>4}  query  ->  what the first three result cards show"]
    for query, rank, top in outcomes:
        shown = " | ".join(", ".join(path.removeprefix("toolkits/") for path in card) for card in top)
        lines.append(f"{rank or '-':>4}  {query!r}  ->  {shown}")
    hits = sum(1 for _, rank, _ in outcomes if rank and rank <= 3)
    lines.append(f"{hits} of {len(outcomes)} queries find an expected example in the first three results")
    return "\n".join(lines)

"""The practitioner test set (tests/search_queries.py) against the built site's search page in Chromium.

Prints, per kind of query, the hits in the first 1, 3 and 5 results and the
mean reciprocal rank, for the test set and, apart, for the unseen set; asserts
what issue 8 requires: the 30 queries of the set before the new search each
land in the first three, and of the unseen queries at least 34 in 40 land in
the first five, with no kind below half.
"""
from __future__ import annotations

import pytest

from tests.search_queries import KINDS, ORIGINAL, TEST_SET, UNSEEN, example_url, score_table, scores
from tests.support.search import evaluate, report


def _asked(queries) -> set[str]:
    """The queries as a search reads them: in another case, a query is the same query."""
    return {query.casefold() for _, query, _ in queries}


def test_the_set_has_sixty_queries_of_five_kinds_each_expecting_real_examples(library):
    examples = {placed.id for placed in library.examples}
    assert len(TEST_SET) >= 60 and len(_asked(TEST_SET)) == len(TEST_SET)
    assert {kind for kind, _, _ in TEST_SET} == set(KINDS)
    assert [(query, expected - examples) for _, query, expected in TEST_SET if expected - examples] == []


def test_the_unseen_set_has_new_queries_forty_at_a_time_of_five_kinds_expecting_real_examples(library):
    examples = {placed.id for placed in library.examples}
    assert len(UNSEEN) >= 120 and len(_asked(UNSEEN)) == len(UNSEEN)
    assert [kind for kind, _, _ in UNSEEN] == [kind for kind in KINDS for _ in range(8)] * (len(UNSEEN) // 40)
    assert _asked(UNSEEN).isdisjoint(_asked(TEST_SET))
    assert [(query, expected - examples) for _, query, expected in UNSEEN if expected - examples] == []


def test_each_city_query_names_an_expected_city_by_a_local_name_or_alias(library):
    city_queries = [(query, expected) for kind, query, expected in TEST_SET + UNSEEN if kind == "city"]
    assert len(city_queries) >= 10
    for query, expected in city_queries:
        other_names = {name for e in expected for name in library.city_by_slug[e.partition("#")[2]].other_names}
        assert any(name in query for name in other_names), (query, sorted(other_names))


def _searched(page, root: str, queries):
    """Each query's outcome on the search page, the scores per kind, and their table."""
    outcomes = evaluate(page, root, [(query, expected) for _, query, expected in queries], example_url)
    kinds_scores = scores([(kind, rank) for (kind, _, _), (_, rank, _) in zip(queries, outcomes)])
    return outcomes, kinds_scores, score_table({"new search": kinds_scores})


@pytest.mark.browser
def test_the_test_set_in_chromium_keeps_the_original_thirty_in_the_first_three_and_the_unseen_set_at_the_bar(
        server, visit, search_report):
    outcomes, _, table = _searched(visit.page, server.root, TEST_SET)
    unseen, unseen_scores, unseen_table = _searched(visit.page, server.root, UNSEEN)
    search_report.append(f"{report(outcomes)}\n\n{table}\n\nthe unseen set (not tuned on):\n{report(unseen)}\n\n{unseen_table}")
    missed = [(query, rank) for (query, rank, _), _ in zip(outcomes, ORIGINAL) if not rank or rank > 3]
    assert missed == [], f"original queries outside the first three (query, rank):\n{missed}\n{table}"
    # Issue 8's bar for queries the project does not see: 34 in 40 in the first five, no kind below half.
    assert unseen_scores["all"][3] >= 34 * len(UNSEEN) / 40, unseen_table
    assert [kind for kind in KINDS if unseen_scores[kind][3] < unseen_scores[kind][0] / 2] == [], unseen_table
    assert visit.foreign == []

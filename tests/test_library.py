"""The library's answers that pages take as they are: an example's city and themes looked up."""
from __future__ import annotations


def test_an_example_comes_with_its_city(library):
    assert all(placed.city.slug == placed.example.city for placed in library.examples)
    assert all(placed.city is library.city_by_slug[placed.example.city] for placed in library.examples)


def test_an_example_has_its_key_factors_themes_then_its_own_once_each(library):
    added = [p for p in library.examples if set(p.example.themes) - set(p.key_factor.themes)]
    assert added, "the content has examples with themes beyond their key factor's"
    for placed in library.examples:
        slugs = [theme.slug for theme in placed.themes]
        assert slugs[:len(placed.key_factor.themes)] == list(placed.key_factor.themes)
        assert set(slugs) == set(placed.key_factor.themes) | set(placed.example.themes)
        assert len(slugs) == len(set(slugs)) and placed.theme_slugs == tuple(slugs)

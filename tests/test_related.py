"""The related key factors on a key factor page: a few per shared theme, the rest on the theme page."""
from __future__ import annotations

from generator import links
from generator.pages import site_pages
from generator.related import related_by_theme
from generator.render import environment, render_page


def _all_related(library, toolkit, key_factor, theme):
    return [(other, kf) for other, kf in library.key_factor_by_ref.values()
            if other.slug != toolkit.slug and theme in kf.themes]


def test_each_shared_theme_shows_the_first_few_and_counts_all(library):
    for toolkit, key_factor in library.key_factor_by_ref.values():
        groups = related_by_theme(library, toolkit, key_factor, per_theme=2)
        expected = [t for t in key_factor.themes if _all_related(library, toolkit, key_factor, t)]
        assert [g.theme.slug for g in groups] == expected
        for group in groups:
            everyone = _all_related(library, toolkit, key_factor, group.theme.slug)
            assert list(group.shown) == everyone[:2]
            assert group.total == len(everyone) and group.more == len(everyone) - len(group.shown)


def test_the_rest_is_a_link_to_the_theme_page(library):
    toolkit, key_factor = library.key_factor_by_ref["anti-discrimination/data-collection"]
    page = next(p for p in site_pages(library, {"home": "", "about": ""})
                if p.path == links.key_factor_page(toolkit, key_factor))
    groups = related_by_theme(library, toolkit, key_factor, per_theme=1)
    text = render_page(environment(), library, page.__class__(page.path, page.template, page.meta,
                                                                {**page.context, "related": groups}))
    related = text.split("## Related key factors in other toolkits", 1)[1].split("\n## ", 1)[0]
    for group in groups:
        theme = links.relative(page.path, links.theme_page(group.theme))
        assert f", and [{group.more} more]({theme})" in related
    assert related.count("\n- ") == len(groups) == 2

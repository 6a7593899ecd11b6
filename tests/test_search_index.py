"""The search index made from the built site: each example once, at its own
section, with its filters; pages without the examples' text; words that find a
record without being shown; the Pagefind bundle and the vocabulary beside it."""
from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import subprocess
import sys
from collections import Counter

import pytest

from generator import links, views
from generator.search import WEIGHTS
from generator.search_documents import record_html, write_documents
from generator.search_index import BUNDLE, VOCABULARY, built_pages, scratch_folder
from generator.search_records import page_url, records_of
from generator.text import plain
from tests.support.sitebuild import ROOT


def _words(text: str) -> str:
    return " ".join(text.split())


def _first_sentence(markdown: str) -> str:
    return _words(plain(markdown).split("\n\n")[0]).split(". ")[0][:100]


def _opening(text: str, words: int = 12) -> str:
    """The first words of a text's first paragraph, whatever its markup."""
    return " ".join(re.findall(r"\w+", text.split("\n\n")[0])[:words])


def test_each_example_is_one_record_at_its_own_section_with_its_filters(library, search_records):
    by_url = Counter(record.url for record in search_records if record.data["kind"] == "example")
    assert sum(by_url.values()) == len(library.examples)
    for placed in library.examples:
        url = "/" + links.url_of(links.example_target(placed))
        assert by_url[url] == 1, f"{placed.id}: {by_url[url]} records"
        record = next(r for r in search_records if r.url == url)
        city = library.city_by_slug[placed.example.city]
        assert record.title == f"{city.name} · {placed.key_factor.label}"
        assert _first_sentence(placed.example.text) in _words(record.text)
        filters = record.data["filters"]
        assert filters["city"] == [city.name] and filters["country"] == [city.country]
        assert filters["toolkit"] == [placed.toolkit.short_title]
        assert filters["theme"] == [library.theme_by_slug[t].name for t in placed.theme_slugs]


def test_pages_are_records_without_the_text_of_their_examples(library, search_records):
    kinds = Counter(record.data["kind"] for record in search_records)
    assert kinds == {"example": len(library.examples), "key_factor": len(library.key_factor_by_ref),
                     "city": len(library.cities), "theme": len(library.themes),
                     "toolkit": len(library.toolkits), "charter": 1 + len(library.charter.roles),
                     "about": len(views.about_sections(library, library.pages["about"]))}
    pages = [r for r in search_records if r.data["kind"] != "example"]
    for placed in library.examples:
        sentence = _first_sentence(placed.example.text)
        holders = [r.url for r in pages if sentence in _words(r.text)]
        assert holders == [], f"{placed.id} is repeated in {holders}"


def test_the_about_page_and_the_charter_are_results_part_by_part_at_their_headings(library, search_records, html):
    parts = {"/about/": views.about_sections(library, library.pages["about"]),
             "/charter/": views.charter_sections(library)}
    for page, sections in parts.items():
        records = {r.url: r for r in search_records if r.url.startswith(page + "#")}
        assert list(records) == [f"{page}#{s.anchor}" for s in sections]
        soup = html(page.strip("/") + "/")
        for section, following in zip(sections, [*sections[1:], None]):
            record = records[f"{page}#{section.anchor}"]
            assert record.data["heading"] == section.title and record.title.endswith(f" · {section.title}")
            assert soup.find(id=section.anchor).get_text(" ", strip=True).startswith(section.title)
            # its own text, not its heading (the title shows that) nor the next part's
            assert _opening(section.text) in _opening(record.text.replace("\n", " "), 400)
            assert not record.text.startswith(section.title + "\n")
            assert following is None or _opening(following.text) not in _opening(record.text.replace("\n", " "), 10_000)
    assert "/about/" not in {r.url for r in search_records}, "the About page as a whole would match most questions"


def test_other_names_and_contacts_find_a_record_but_are_not_shown(library, search_records):
    ghent = next(r for r in search_records if r.url.endswith("/encouraging-change/#ghent"))
    assert "Gent" in ghent.data["hidden"] and "Gent" not in ghent.text.split()
    for record in search_records:
        assert "@" not in record.text, f"{record.url} shows an e-mail address"
        assert "¶" not in record.text


def test_american_spellings_find_british_text(search_records):
    barcelona = next(r for r in search_records if r.url.endswith("/raising-awareness/#barcelona"))
    assert "rumour" in barcelona.text.lower()
    assert {"rumor", "antirumour"} <= set(barcelona.data["hidden"])


def test_the_bundle_and_vocabulary_are_written(site):
    bundle = site.site / BUNDLE
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert list((bundle / "fragment").iterdir()) and list((bundle / "index").iterdir())
    vocabulary = json.loads((bundle / VOCABULARY).read_text(encoding="utf-8"))
    assert vocabulary["procurement"] > 5 and "procurment" not in vocabulary


def _fragments(bundle):
    """What Pagefind holds of each record, by its address: gzip'd JSON behind a signature."""
    for path in (bundle / "fragment").iterdir():
        data = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        yield data["meta"]["url"], data


def test_each_result_shows_its_own_text_and_not_the_words_it_is_only_found_by(site, search_records):
    """The result list shows a record's first ``words`` words of Pagefind's content (query.shownText)."""
    fragments = dict(_fragments(site.site / BUNDLE))
    assert sorted(fragments) == sorted(r.url for r in search_records)
    for record in search_records:
        fragment = fragments[record.url]
        shown = fragment["content"].split()[: int(fragment["meta"]["words"])]
        assert shown == record.text.split(), record.url
        assert "text" not in fragment["meta"]  # held once, in the content
    ghent = fragments["/cities/ghent/"]
    assert "Gent" in ghent["content"].split()[int(ghent["meta"]["words"]):]


def test_records_close_at_their_end_marker_and_skip_excluded_parts():
    html = ('<p>before</p><div hidden data-search-record="{&quot;kind&quot;:&quot;city&quot;,'
            '&quot;title&quot;:&quot;X&quot;,&quot;filters&quot;:{},&quot;hidden&quot;:[]}"></div>'
            '<h1>X<a class="headerlink" href="#x">¶</a></h1><p>kept <b>text</b></p>'
            '<p data-search-exclude>left <i>out</i></p><br><p>after</p>'
            '<div hidden data-search-end></div><p>outside</p>')
    [record] = records_of(html, "cities/x/index.html")
    assert record.url == "/cities/x/"
    assert record.text == "X\nkept text\nafter"



def test_records_read_html_as_builders_write_it():
    """Scripts, comments, self-closing SVG, quoted ">" and character references, nested records."""
    marker = ('<div hidden data-search-record="{{&quot;kind&quot;:&quot;{kind}&quot;,&quot;title&quot;:&quot;T&quot;,'
              '&quot;filters&quot;:{{}},&quot;hidden&quot;:[]{anchor}}}"></div>')
    html = ('<script>var s = "<div data-search-record>";</script><!-- <p>data-search-record</p> -->'
            + marker.format(kind="key_factor", anchor="")
            + '<p title="a > b" class=x>Fish &amp; chips&nbsp;&#8211; 3 &lt; 4</p>'
            '<svg><circle r="1"/><text>map</text></svg><p>a<br/>b</p>'
            + marker.format(kind="example", anchor=",&quot;anchor&quot;:&quot;oslo&quot;")
            + '<p>Oslo <style>p > a {}</style>text</p><div hidden data-search-end></div>'
            '<p>page again</p><div hidden data-search-end></div>')
    example, page = records_of(html, "toolkits/t/k/index.html")
    assert (example.url, example.text) == ("/toolkits/t/k/#oslo", "Oslo text")
    assert page.url == "/toolkits/t/k/"
    assert page.text == "Fish & chips – 3 < 4\na\nb\npage again"  # an example's text is its own

def test_only_a_tag_outside_comments_scripts_and_styles_opens_a_record():
    marker = ('<div hidden data-search-record="{&quot;kind&quot;:&quot;city&quot;,&quot;title&quot;:&quot;T&quot;,'
              '&quot;filters&quot;:{},&quot;hidden&quot;:[]}"></div>')
    end = '<div hidden data-search-end></div>'
    mentioned = f'<p>data-search-record as text, data-search-records</p><STYLE>{marker}</STYLE>{marker}<p>kept</p>{end}'
    [record] = records_of(mentioned, "index.html")
    assert record.text == "kept"
    assert records_of(f"<p>a</p><!-- unclosed {marker}<p>hidden</p>{end}", "index.html") == []


def test_page_urls_follow_the_built_files():
    assert page_url("index.html") == "/"
    assert page_url("cities/ghent/index.html") == "/cities/ghent/"
    assert page_url("404.html") == "/404.html"


def test_record_documents_escape_what_content_holds(search_records):
    record = search_records[0]
    hostile = type(record)(record.url, {**record.data, "title": '<img src=x onerror="alert(1)">'}, "<script>")
    html = record_html(hostile)
    assert "<img" not in html and "<script>" not in html


def test_a_record_is_found_by_its_hidden_words_as_by_its_text_and_by_its_context_less(search_records):
    example = next(r for r in search_records if r.data["kind"] == "example" and r.data["hidden"])
    weights = {html.unescape(words): float(weight) for weight, words in re.findall(
        r'<span data-pagefind-weight="([\d.]+)">([^<]*)</span>', record_html(example))}
    text, hidden = weights[" ".join(example.text.split())], weights[" ".join(example.data["hidden"])]
    assert hidden == text == WEIGHTS["example"][1]
    assert weights[example.data["context"]] < text


def test_documents_are_the_same_written_by_one_process_or_several(site, search_records, tmp_path):
    pages = built_pages(site.site)
    written = {}
    for workers in (1, 3):
        folder = tmp_path / str(workers)
        folder.mkdir()
        count, words = write_documents(site.site, pages, folder, workers)
        written[workers] = ({p.name: p.read_bytes() for p in sorted(folder.iterdir())}, words)
        assert count == len(written[workers][0]) == len(search_records)
    assert written[1] == written[3]
    vocabulary = json.loads((site.site / BUNDLE / VOCABULARY).read_text(encoding="utf-8"))
    assert vocabulary == dict(written[1][1])


def test_documents_go_to_the_first_place_with_room_for_them(tmp_path):
    free = shutil.disk_usage(tmp_path).free
    assert scratch_folder(1, (tmp_path / "absent", tmp_path)) == str(tmp_path)
    assert scratch_folder(free + 2**30, (tmp_path,)) is None


@pytest.fixture
def unreadable_site(site, tmp_path):
    """A copy of the built site with a page that cannot be read."""
    copy = tmp_path / "site"
    shutil.copytree(site.site, copy)
    (copy / "unreadable.html").mkdir()
    return copy


def _bundle_files(site_dir):
    return {p.relative_to(site_dir).as_posix(): p.read_bytes() for p in (site_dir / BUNDLE).rglob("*") if p.is_file()}


def test_a_failed_indexing_says_so_and_leaves_the_bundle_as_it_was(unreadable_site):
    before = _bundle_files(unreadable_site)
    result = subprocess.run([sys.executable, "-m", "generator", "index", str(unreadable_site)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith(f"nothing indexed, {unreadable_site} is as it was: [Errno 21] Is a directory")
    assert "Traceback" not in result.stderr
    assert _bundle_files(unreadable_site) == before
    assert [p.name for p in unreadable_site.iterdir() if p.name.startswith(".pagefind")] == []


def test_a_process_writing_documents_says_why_it_stopped(unreadable_site, tmp_path, capfd):
    with pytest.raises(RuntimeError, match="a process writing search documents failed"):
        write_documents(unreadable_site, built_pages(unreadable_site), tmp_path, workers=2)
    error = capfd.readouterr().err
    assert "search documents: [Errno 21] Is a directory" in error and "Traceback" not in error

"""The benchmark self-assessment in Chromium: fill in, keep, export, import, compare, print.

Every test fails on any page error or console error; a test that provokes one on purpose
(a fetch while offline) takes it out of ``problems`` after asserting that it happened.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.assessment import is_open
from tests.support.layout import broken_words

pytestmark = pytest.mark.browser

TOOLKIT = "anti-discrimination"
PAGE = f"toolkits/{TOOLKIT}/self-assessment/"
KF = "data-collection"
STORE_KEY = f"ic-assessment:{TOOLKIT}"
OPEN_KF, OPEN_Q = "feedback-monitoring-evaluation", "q4"  # "How does your city evaluate the impact ...?"


@pytest.fixture(autouse=True)
def problems(visit):
    """Page errors and console errors of every page of the test; none may be left at the end."""
    seen: list[str] = []
    visit.context.on("weberror", lambda error: seen.append(f"page error: {error.error}"))
    visit.context.on("console", lambda message: seen.append(f"console error: {message.text}")
                     if message.type == "error" else None)
    yield seen
    assert seen == []


def open_assessment(visit, server):
    page = visit.page
    page.goto(server.url(PAGE))
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    return page


def open_second_tab(visit, server):
    other = visit.context.new_page()
    other.goto(server.url(PAGE))
    other.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    return other


def open_key_factor(page, slug=KF):
    details = page.locator(f"#ic-kf-{slug}")
    if not details.evaluate("d => d.open"):
        page.locator(f"#ic-kf-{slug} > summary").click()


def answer(page, question: str, value: str, slug=KF):
    page.locator(f"#ic-answer-{slug}-{question}-{value}").check()


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem({STORE_KEY!r})") or "null")


def open_toolbar(page):
    toolbar = page.locator("#ic-toolbar")
    if not toolbar.evaluate("d => d.open"):
        page.locator("#ic-toolbar > summary").click()


def click_in_toolbar(page, selector):
    open_toolbar(page)
    page.click(selector)


def fill_some(page):
    page.fill("#ic-header-organisation", "City of Testville")
    open_key_factor(page)
    answer(page, "q1", "yes")
    answer(page, "q2", "partly")
    answer(page, "q3", "no")
    page.fill(f"#ic-note-{KF}-q3", "Only every five years")
    page.locator(f"#ic-judgement-{KF}-partly").check()


def test_answers_survive_a_reload(server, visit):
    page = open_assessment(visit, server)
    fill_some(page)
    page.reload()
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    open_key_factor(page)
    assert page.locator(f"#ic-answer-{KF}-q1-yes").is_checked()
    assert page.locator(f"#ic-answer-{KF}-q2-partly").is_checked()
    assert page.input_value(f"#ic-note-{KF}-q3") == "Only every five years"
    assert page.input_value("#ic-header-organisation") == "City of Testville"
    assert "Answered 3 of" in page.inner_text("#ic-progress")
    assert visit.foreign == []


def test_an_open_question_takes_a_written_answer_counted_apart(server, visit, library):
    page = open_assessment(visit, server)
    model = library.toolkit_by_slug[TOOLKIT]
    closed = sum(1 for kf in model.key_factors for q in kf.guide_questions if not is_open(q))
    open_key_factor(page, OPEN_KF)
    assert page.locator(f"input[name=ic-answer-{OPEN_KF}-{OPEN_Q}]").count() == 0
    status = page.locator(f"#ic-open-status-{OPEN_KF}-{OPEN_Q}")
    assert status.inner_text() == "Not yet answered"
    page.fill(f"#ic-written-{OPEN_KF}-{OPEN_Q}", "Yearly survey of participants")
    assert status.inner_text() == "Answered"
    assert f"Answered 0 of {closed} Yes / Partly / No questions and 1 of 1 open question" in page.inner_text("#ic-progress")
    row = page.locator(f"#ic-summary-table tbody tr[data-kf={OPEN_KF}]")
    assert row.locator("td[data-label='Open questions answered']").inner_text() == "1 of 1"
    assert stored(page)["key_factors"][OPEN_KF]["answers"][OPEN_Q] == {"text": "Yearly survey of participants"}
    page.reload()
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    open_key_factor(page, OPEN_KF)
    assert page.input_value(f"#ic-written-{OPEN_KF}-{OPEN_Q}") == "Yearly survey of participants"


def test_an_export_made_before_open_questions_still_imports(server, visit, tmp_path):
    page = open_assessment(visit, server)
    older = {"format": "integrating-cities-self-assessment", "version": 1, "toolkit": TOOLKIT,
             "header": {"organisation": "Oldtown", "date": "", "participants": ""},
             "key_factors": {OPEN_KF: {"answers": {OPEN_Q: {"answer": "partly", "note": "Only some projects"},
                                                   "q1": {"answer": "yes", "note": ""}},
                                       "judgement": "partly", "note": ""}},
             "context_factors": {}}
    path = tmp_path / "version-1.json"
    path.write_text(json.dumps(older), encoding="utf-8")
    open_toolbar(page)
    page.set_input_files("#ic-import-file", str(path))
    page.locator("#ic-messages .ic-message--success").wait_for()
    assert "converted from format version 1 to 2" in page.inner_text("#ic-messages")
    open_key_factor(page, OPEN_KF)
    assert page.input_value(f"#ic-written-{OPEN_KF}-{OPEN_Q}") == "Partly: Only some projects"
    assert page.locator(f"#ic-answer-{OPEN_KF}-q1-yes").is_checked()
    assert stored(page)["version"] == 2
    assert visit.foreign == []


def test_answers_survive_navigating_away_and_back(server, visit):
    page = open_assessment(visit, server)
    fill_some(page)
    page.locator(".md-tabs__link", has_text="Cities").click()
    page.wait_for_url(re.compile(r"/cities/$"))
    assert page.evaluate("document.querySelector('.ic-assessment') === null")
    page.go_back()
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    open_key_factor(page)
    assert page.locator(f"#ic-answer-{KF}-q2-partly").is_checked()
    # a second visit through a link, not history, also mounts and restores
    page.goto(server.url(f"toolkits/{TOOLKIT}/"))
    page.locator("article a", has_text="Test your city against this benchmark").click()
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    open_key_factor(page)
    assert page.locator(f"#ic-judgement-{KF}-partly").is_checked()
    assert visit.errors == []


def test_only_self_assessment_pages_load_its_script_and_styles(server, visit):
    page = visit.page
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server.url(f"toolkits/{TOOLKIT}/{KF}/"))
    page.wait_for_load_state("load")
    assert [url for url in requests if "assessment" in url.rsplit("/", 1)[-1] or "/assessment/" in url] == []
    assert page.locator("script[src*='assessment'], link[href*='assessment.css']").count() == 0
    # following the link to the self-assessment page brings them, and the assessment starts
    page.locator("article a", has_text="Assess your city on this toolkit").click()
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    assert any(url.endswith("/assessment/main.js") for url in requests)
    assert "{#" not in page.inner_text("article")
    assert page.locator(".ic-toolbar").evaluate("e => getComputedStyle(e).borderStyle") == "solid"
    open_key_factor(page)
    answer(page, "q1", "yes")
    assert stored(page)["key_factors"][KF]["answers"]["q1"]["answer"] == "yes"


def test_export_start_again_import_gives_the_same_answers(server, visit, tmp_path):
    page = open_assessment(visit, server)
    fill_some(page)
    before = stored(page)
    with page.expect_download() as download:
        click_in_toolbar(page, "#ic-export-json")
    exported = tmp_path / "export.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["toolkit"] == TOOLKIT and data["key_factors"][KF]["answers"]["q1"]["answer"] == "yes"
    click_in_toolbar(page, "#ic-start-again")
    page.click("#ic-start-again-confirm")
    assert stored(page) in (None, {}) or not stored(page).get("key_factors")
    open_toolbar(page)
    page.set_input_files("#ic-import-file", str(exported))
    page.wait_for_selector(".ic-message--success")
    after = stored(page)
    assert after["key_factors"] == before["key_factors"] and after["header"] == before["header"]


def test_csv_export_has_a_row_per_question(server, visit, tmp_path):
    page = open_assessment(visit, server)
    fill_some(page)
    with page.expect_download() as download:
        click_in_toolbar(page, "#ic-export-csv")
    path = tmp_path / "export.csv"
    download.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("kind,key_factor,key_factor_title,item,question_or_factor,answer,note")
    assert "Only every five years" in text and "City of Testville" in text


def test_start_again_asks_first_and_cancel_keeps_answers(server, visit):
    page = open_assessment(visit, server)
    fill_some(page)
    click_in_toolbar(page, "#ic-start-again")
    page.click("#ic-start-again-cancel")
    assert stored(page)["key_factors"][KF]["answers"]["q1"]["answer"] == "yes"


@pytest.mark.parametrize("content, message", [
    ("{ this is not json", "Error:"),
    (json.dumps({"format": "integrating-cities-self-assessment", "version": 1, "toolkit": "cultural-diversity",
                 "key_factors": {}}), "cultural-diversity"),
])
def test_a_bad_import_is_reported_and_the_answers_stay(server, visit, tmp_path, content, message):
    page = open_assessment(visit, server)
    fill_some(page)
    before = stored(page)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    open_toolbar(page)
    page.set_input_files("#ic-import-file", str(bad))
    error = page.locator("#ic-messages .ic-message--error")
    error.wait_for()
    assert message in error.inner_text()
    assert stored(page) == before
    open_key_factor(page)
    assert page.locator(f"#ic-answer-{KF}-q1-yes").is_checked()


def test_an_export_from_older_content_keeps_what_is_known(server, visit, tmp_path):
    page = open_assessment(visit, server)
    older = {"format": "integrating-cities-self-assessment", "version": 1, "toolkit": TOOLKIT,
             "content_version": "00000000",
             "header": {"organisation": "Oldtown", "date": "", "participants": ""},
             "key_factors": {KF: {"answers": {"q1": {"answer": "no"}}, "judgement": "not-in-place"},
                             "a-key-factor-since-renamed": {"answers": {"q1": {"answer": "yes"}}}},
             "context_factors": {}}
    path = tmp_path / "older.json"
    path.write_text(json.dumps(older), encoding="utf-8")
    open_toolbar(page)
    page.set_input_files("#ic-import-file", str(path))
    warning = page.locator("#ic-messages .ic-message--warning")
    warning.wait_for()
    assert "a-key-factor-since-renamed" in warning.inner_text()
    open_key_factor(page)
    assert page.locator(f"#ic-answer-{KF}-q1-no").is_checked()
    assert page.locator(f"#ic-judgement-{KF}-not-in-place").is_checked()


def test_summary_counts_match_the_answers(server, visit):
    page = open_assessment(visit, server)
    fill_some(page)
    headers = [h.strip() for h in page.locator("#ic-summary-table thead th").all_inner_texts()]
    row = page.locator(f"#ic-summary-table tbody tr[data-kf={KF}]")
    cells = dict(zip(headers, [c.strip() for c in row.locator("th, td").all_inner_texts()]))
    questions = page.locator(f"input[name^=ic-answer-{KF}-][value=yes]").count()
    assert cells["Judgement"] == "Partly in place"
    assert (cells["Yes"], cells["Partly"], cells["No"], cells["Don't know"]) == ("1", "1", "1", "0")
    assert cells["Not answered"] == str(questions - 3)
    assert cells["Yes or Partly"].startswith(f"2 of {questions}")
    bar = page.locator(f"#ic-chart g.ic-chart-bar[data-kf={KF}]")
    assert bar.get_attribute("data-judgement") == "partly"
    assert page.locator("#ic-chart svg g.ic-chart-bar").count() == 7
    inspiration = page.locator(f"#ic-inspiration .ic-inspiration-item[data-kf={KF}]")
    assert inspiration.locator("a").count() >= 3  # Ghent, Nantes, Vienna, and related key factors
    href = inspiration.locator("a", has_text="Ghent").first.get_attribute("href")
    assert href == f"../{KF}/#ghent"
    # related key factors of other toolkits, fetched from their shared files
    related = inspiration.locator(".ic-related > li")
    related.first.wait_for()
    assert "in the toolkit" in related.first.inner_text()
    assert "[object" not in inspiration.inner_text()
    link = related.first.locator("a").first.get_attribute("href")
    assert link.startswith(server.root + "toolkits/") and f"/{TOOLKIT}/" not in link


def test_compare_with_a_baseline_shows_what_changed(server, visit, tmp_path):
    page = open_assessment(visit, server)
    open_key_factor(page)
    answer(page, "q1", "no")
    page.locator(f"#ic-judgement-{KF}-not-in-place").check()
    with page.expect_download() as download:
        click_in_toolbar(page, "#ic-export-json")
    baseline = tmp_path / "baseline.json"
    download.value.save_as(baseline)
    answer(page, "q1", "yes")
    page.locator(f"#ic-judgement-{KF}-in-place").check()
    page.set_input_files("#ic-compare-file", str(baseline))
    row = page.locator(f"#ic-compare-table tbody tr[data-kf={KF}]")
    row.wait_for()
    assert row.get_attribute("data-change") == "better"
    assert "improved" in row.inner_text()


def test_print_view_shows_the_summary_without_the_site_chrome(server, visit):
    page = open_assessment(visit, server)
    fill_some(page)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#ic-summary").is_visible()
    assert page.locator("#ic-chart svg").is_visible()
    assert not page.locator(".md-header").is_visible()
    assert not page.locator("#ic-export-json").is_visible()
    assert page.locator(f"#ic-kf-{KF}").evaluate("d => d.open")
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF" and len(pdf) > 20_000


def test_one_key_factor_can_be_filled_with_the_keyboard_alone(server, visit):
    page = open_assessment(visit, server)
    page.locator(f"#ic-kf-{KF} > summary").focus()
    page.keyboard.press("Enter")  # opens the key factor
    assert page.locator(f"#ic-kf-{KF}").evaluate("d => d.open")
    page.keyboard.press("Tab")
    while not page.evaluate("document.activeElement.name || ''").startswith(f"ic-answer-{KF}-q1"):
        page.keyboard.press("Tab")
    # Tab lands on the checked radio, "Not answered", the last; arrows wrap round to "Yes"
    assert page.evaluate("document.activeElement.value") == ""
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")  # to the note
    page.keyboard.type("typed with the keyboard")
    assert page.locator(f"#ic-answer-{KF}-q1-yes").is_checked()
    assert page.input_value(f"#ic-note-{KF}-q1") == "typed with the keyboard"
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name || ''") == f"ic-judgement-{KF}":
            break
    page.keyboard.press("ArrowDown")  # moves to and selects the next judgement
    checked = page.locator(f"input[name=ic-judgement-{KF}]:checked")
    assert checked.count() == 1
    assert stored(page)["key_factors"][KF]["judgement"] == checked.get_attribute("value")


def test_every_control_has_a_label(server, visit):
    page = open_assessment(visit, server)
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('.ic-assessment input, .ic-assessment textarea, .ic-assessment select, .ic-assessment button')]
        .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !(el.tagName === 'BUTTON' && el.textContent.trim()))
        .map(el => el.outerHTML.slice(0, 120))""")
    assert unlabelled == []


def test_works_offline_after_the_first_load_and_sends_nothing(server, visit, tmp_path, problems):
    page = open_assessment(visit, server)
    requests = []
    page.on("request", lambda request: requests.append(request))
    visit.context.set_offline(True)
    fill_some(page)
    # related key factors of other toolkits come from shared files: offline, the page says so
    inspiration = page.locator(f"#ic-inspiration .ic-inspiration-item[data-kf={KF}]")
    inspiration.get_by_text("could not be loaded").wait_for()
    assert inspiration.locator("a", has_text="Ghent").count() >= 1  # this toolkit's own examples are in the page
    assert problems and all("ERR_INTERNET_DISCONNECTED" in problem for problem in problems)
    problems.clear()
    with page.expect_download() as download:
        click_in_toolbar(page, "#ic-export-json")
    exported = tmp_path / "offline.json"
    download.value.save_as(exported)
    page.set_input_files("#ic-compare-file", str(exported))
    page.locator(f"#ic-compare-table tbody tr[data-kf={KF}]").wait_for()
    visit.context.set_offline(False)
    # The browser asks for the page's icon on its own schedule, late on a loaded machine: not the page's doing.
    sent = [r for r in requests if not r.url.startswith(("blob:", "data:")) and not r.url.endswith("/assets/favicon.svg")]
    assert sent and all(r.method == "GET" and re.search(r"/themes/[\w-]+/key-factors\.json$", r.url) for r in sent)


@pytest.mark.parametrize("toolkit", ["anti-discrimination", "cultural-diversity", "labour-market-partnerships",
                                     "managing-diversity"])
def test_every_toolkit_has_a_working_self_assessment(server, visit, library, toolkit):
    model = library.toolkit_by_slug[toolkit]
    page = visit.page
    page.goto(server.url(f"toolkits/{toolkit}/self-assessment/"))
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    questions = [q for kf in model.key_factors for q in kf.guide_questions]
    closed = sum(1 for q in questions if not is_open(q))
    assert page.locator("details.ic-kf").count() == len(model.key_factors)
    assert page.locator("input[type=radio][value=yes]").count() == closed
    assert page.locator("textarea[data-ic-field=written]").count() == len(questions) - closed
    assert f"0 of {closed} Yes / Partly / No questions" in page.inner_text("#ic-progress")
    first = model.key_factors[0].slug
    page.locator(f"#ic-kf-{first} > summary").click()
    page.locator(f"#ic-answer-{first}-q1-no").check()
    assert f"1 of {closed}" in page.inner_text("#ic-progress")
    assert visit.errors == [] and visit.foreign == []


FILL_STORAGE = """() => {
    // Fill this origin's localStorage to its quota, as other sites of a github.io account can.
    let size = 1024 * 1024, index = 0;
    while (size >= 8) {
        try { localStorage.setItem(`filler-${index++}`, 'x'.repeat(size)); } catch { size = Math.floor(size / 2); }
    }
}"""
FREE_STORAGE = "() => Object.keys(localStorage).filter(k => k.startsWith('filler-')).forEach(k => localStorage.removeItem(k))"


def test_an_import_that_storage_cannot_hold_leaves_the_answers_as_they_were(server, visit, tmp_path):
    page = open_assessment(visit, server)
    fill_some(page)
    before = stored(page)
    export = {"format": "integrating-cities-self-assessment", "version": 2, "toolkit": TOOLKIT,
              "header": {"organisation": "Bigtown " + "long note " * 5000, "date": "", "participants": ""},
              "key_factors": {KF: {"answers": {"q1": {"answer": "no", "note": ""}}, "judgement": "in-place", "note": ""}},
              "context_factors": {}}
    path = tmp_path / "big-enough.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    page.evaluate(FILL_STORAGE)
    open_toolbar(page)
    page.set_input_files("#ic-import-file", str(path))
    page.click("#ic-import-confirm")
    error = page.locator("#ic-messages .ic-message--error")
    error.wait_for()
    text = error.inner_text()
    assert "were not imported" in text and re.search(r"need about \d+ KB", text), text
    assert "Done" not in page.inner_text("#ic-messages")
    assert stored(page) == before
    assert page.input_value("#ic-header-organisation") == "City of Testville"
    assert page.locator(f"#ic-answer-{KF}-q1-yes").is_checked()
    page.reload()
    page.wait_for_selector(".ic-assessment[data-ic-mounted=true]")
    assert page.input_value("#ic-header-organisation") == "City of Testville"


def test_a_change_that_cannot_be_saved_is_said_as_a_failure(server, visit):
    page = open_assessment(visit, server)
    fill_some(page)
    page.evaluate(FILL_STORAGE)
    page.fill(f"#ic-note-{KF}-q1", "A long note " * 2000)
    error = page.locator("#ic-messages .ic-message--error")
    error.wait_for()
    assert "Your last change was not saved" in error.inner_text() and "storage for this site is full" in error.inner_text()
    assert stored(page)["key_factors"][KF]["answers"]["q1"]["note"] == ""
    page.evaluate(FREE_STORAGE)
    page.fill(f"#ic-note-{KF}-q1", "Shorter")
    page.locator("#ic-messages", has_text="saved in this browser again").wait_for()
    assert stored(page)["key_factors"][KF]["answers"]["q1"]["note"] == "Shorter"


def test_a_file_far_larger_than_an_export_is_refused_unread(server, visit, tmp_path):
    page = open_assessment(visit, server)
    fill_some(page)
    before = stored(page)
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    open_toolbar(page)
    page.set_input_files("#ic-import-file", str(path))
    error = page.locator("#ic-messages .ic-message--error")
    error.wait_for()
    assert "is 50.0 MB; a self-assessment export is at most 2.0 MB" in error.inner_text()
    assert stored(page) == before


def test_a_change_in_another_tab_is_merged_without_rebuilding_the_form(server, visit):
    mine = open_assessment(visit, server)
    fill_some(mine)
    other = open_second_tab(visit, server)
    open_key_factor(other)
    note = mine.locator(f"#ic-kf-note-{KF}")
    note.click()
    mine.keyboard.type("Half a sent")
    handle = note.element_handle()
    other.locator(f"#ic-answer-{KF}-q4-yes").check()
    other.fill("#ic-header-participants", "Equality team")
    mine.wait_for_function(f"document.querySelector('#ic-answer-{KF}-q4-yes').checked")
    mine.locator("#ic-messages", has_text="another tab").wait_for()
    assert handle.evaluate("e => e.isConnected && document.activeElement === e")
    mine.keyboard.type("ence.")
    assert mine.input_value(f"#ic-kf-note-{KF}") == "Half a sentence."
    assert mine.input_value("#ic-header-participants") == "Equality team"
    saved = stored(mine)
    assert saved["key_factors"][KF]["note"] == "Half a sentence."
    assert saved["key_factors"][KF]["answers"]["q4"]["answer"] == "yes"
    assert saved["header"]["participants"] == "Equality team"
    other.wait_for_function(f"document.querySelector('#ic-kf-note-{KF}').value === 'Half a sentence.'")


SHOTS = Path("/tmp/assessment-shots")

@pytest.mark.parametrize("width", [1280, 390])
def test_the_summary_and_chart_fit_the_screen(server, visit, width):
    page = visit.page
    page.set_viewport_size({"width": width, "height": 900})
    open_assessment(visit, server)
    fill_some(page)
    open_key_factor(page, "leading-by-example")
    for question in ("q1", "q2", "q3", "q4", "q5", "q6"):
        answer(page, question, "yes", slug="leading-by-example")
    page.locator(f"#ic-kf-{KF} > summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert broken_words(page, "#ic-summary-table") == []
    chart = page.locator("#ic-chart svg")
    chart_box, area_box = chart.bounding_box(), page.locator("#ic-summary").bounding_box()
    assert chart_box["x"] + chart_box["width"] <= area_box["x"] + area_box["width"] + 1
    outside = page.evaluate("""() => { const svg = document.querySelector('#ic-chart svg');
        const width = svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].filter(t => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > width + 0.5; })
            .map(t => t.textContent); }""")
    assert outside == []
    assert "100%" in chart.inner_html()
    SHOTS.mkdir(exist_ok=True)
    page.locator("#ic-summary").screenshot(path=str(SHOTS / f"summary-{width}.png"))
    page.screenshot(path=str(SHOTS / f"top-{width}.png"))
    page.locator(".ic-context").screenshot(path=str(SHOTS / f"context-{width}.png"))


def test_a_deletion_in_another_tab_is_offered_not_applied(server, visit):
    mine = open_assessment(visit, server)
    fill_some(mine)
    other = open_second_tab(visit, server)
    click_in_toolbar(other, "#ic-start-again")
    other.click("#ic-start-again-confirm")
    offer = mine.locator("#ic-sync-empty")
    offer.wait_for()
    assert mine.input_value("#ic-header-organisation") == "City of Testville"
    assert stored(mine) is None
    offer.click()
    assert mine.input_value("#ic-header-organisation") == ""
    assert "Answered 0 of" in mine.inner_text("#ic-progress")

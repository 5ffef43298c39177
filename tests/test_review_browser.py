"""dossier review in a real browser: Debian's Chromium driven by Playwright for Python.

One browser for the module; each test gets its own context (cookies, JavaScript on or off).
Playwright's own browser download is never used: ``executable_path`` is /usr/bin/chromium.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from catalog_helpers import assert_gnu_clean
from review_helpers import Server, prepare

from workflow import states
from workflow.catalog.pofile import read_catalog, render_catalog
from workflow.fileio import atomic_write
from workflow.review.reviewers import Registry

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev extra) missing")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed (scripts/install-system-deps.sh)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-browser")
    po = prepare(root)
    server = Server(root, reviewer="Jane Doe")
    yield {"root": root, "po": po, "pot": root / "locales/templates/alpha.pot",
           "url": server.url, "pristine": po.read_bytes()}
    server.close()


@pytest.fixture
def fresh(site):
    site["po"].write_bytes(site["pristine"])
    return site


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def plain_page(browser):
    """A browser without JavaScript: every action is a plain form POST."""
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def entries(site):
    return read_catalog(site["po"]).entries


def focused_id(page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.id : ''")


def wait_until(page, script: str, timeout: float = 10) -> None:
    """Poll ``script`` (wait_for_function would need 'unsafe-eval', which the CSP forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(script):
        assert time.monotonic() < deadline, f"timed out waiting for {script}"
        page.wait_for_timeout(20)


def wait_focus(page, element_id: str) -> None:
    wait_until(page, f"document.activeElement && document.activeElement.id === {element_id!r}")


def test_keyboard_only_approve_and_next(fresh, page):
    """One chord per approval; focus moves to the next entry; no page reload."""
    page.goto(fresh["url"] + "/fa/alpha")
    assert page.locator("aside.keys").inner_text().startswith("Ctrl+Enter approve and next")
    wait_focus(page, "t0")
    page.evaluate("window.__same_page = true")
    presses = 0

    def press(key: str) -> None:
        nonlocal presses
        presses += 1
        page.keyboard.press(key)

    press("Control+Enter")
    # entry 1 (an extra number "1" in the draft: an error) puts the focus on its "anyway" box
    page.wait_for_selector("#e1 fieldset.confirm input[name=anyway]:focus")
    press("Space")
    press("Control+Enter")
    # entry 4 is stale with a '# changed:' line: a chord without the tick writes nothing
    page.wait_for_selector("#e4 fieldset.confirm input[name=anyway]:focus")
    before = fresh["po"].read_bytes()
    press("Control+Enter")
    page.wait_for_selector("#e4 p.message")
    assert fresh["po"].read_bytes() == before
    assert "the English changed" in page.locator("#e4").inner_text()
    page.wait_for_selector("#e4 fieldset.confirm input[name=anyway]:focus")
    press("Space")  # tick "approve anyway"
    press("Control+Enter")
    for index in (5, 6, 7):
        wait_focus(page, f"t{index}")
        press("Control+Enter")
    wait_focus(page, "t8")
    assert page.evaluate("window.__same_page === true")
    approved = [i for i, e in enumerate(entries(fresh))
                if states.state_of(e) is states.State.APPROVED]
    assert approved == [0, 1, 3, 4, 5, 6, 7]
    # 6 approvals: one chord each, one Space for each of the two that need a confirmation,
    # and the one refused chord on the stale entry
    assert presses == 9
    [mark] = states.marks(entries(fresh)[4], "approved")
    assert mark.head == "Jane Doe" and mark.fields["anyway"] == "stale,changed"
    assert "7 of 11 reviewed" in page.locator("#progress").inner_text()
    assert_gnu_clean(fresh["po"], fresh["pot"])


def test_without_javascript_the_next_entry_is_focused(fresh, plain_page):
    plain_page.goto(fresh["url"] + "/fa/alpha")
    plain_page.locator("#e0 button[value=approve]").click()
    plain_page.wait_for_url(lambda url: "focus=1" in url)
    assert focused_id(plain_page) == "t1"
    assert "Approved" in plain_page.locator("p.message").inner_text()
    assert states.state_of(entries(fresh)[0]) is states.State.APPROVED


def test_enter_at_the_end_never_breaks_the_file(fresh, plain_page):
    """Defect 1: Enter at the end of the textarea saved a trailing newline msgfmt rejects."""
    plain_page.goto(fresh["url"] + "/fa/alpha")
    box = plain_page.locator("#t5")
    box.fill("مورد نخست.")
    box.press("End")
    box.press("Enter")
    box.press("Enter")
    plain_page.locator("#e5 button[value=save]").click()
    plain_page.wait_for_url(lambda url: "done=save" in url)
    assert entries(fresh)[5].msgstr == "مورد نخست."
    check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(fresh["po"])],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_back_after_a_refused_save_shows_the_file_not_stale_text(fresh, plain_page):
    """Defect 3: Back refilled the old text beside fresh fingerprints; now a merge view."""
    plain_page.goto(fresh["url"] + "/fa/alpha?filter=all")
    plain_page.locator("#t2").fill("نسخه بازبین")
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[2], "نسخه مترجم")
    atomic_write(fresh["po"], render_catalog(catalog))
    plain_page.locator("#e2 button[value=save]").click()
    merge = plain_page.locator("section.merge")
    merge.wait_for()
    assert merge.locator(".merge-theirs textarea").input_value() == "نسخه مترجم"
    assert merge.locator(".merge-yours textarea").input_value() == "نسخه بازبین"
    assert "Police arrested him on 3 May in Tehran." in merge.inner_text()
    assert entries(fresh)[2].msgstr == "نسخه مترجم"
    plain_page.go_back()
    plain_page.locator("#t2").wait_for()
    assert plain_page.locator("#t2").input_value() == "نسخه مترجم"  # not the refused text
    assert entries(fresh)[2].msgstr == "نسخه مترجم"
    assert_gnu_clean(fresh["po"], fresh["pot"])


def test_merge_view_inline_with_javascript(fresh, page):
    page.goto(fresh["url"] + "/fa/alpha")
    page.locator("#t5").fill("نسخه من")
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[5], "نسخه آنها")
    atomic_write(fresh["po"], render_catalog(catalog))
    page.locator("#t5").press("Control+s")
    page.locator("#e5.merge").wait_for()
    assert page.locator("#e5 .merge-theirs textarea").input_value() == "نسخه آنها"
    assert focused_id(page) == "m5-yours"
    page.locator("#e5 .merge-yours button[value=approve]").click()
    wait_until(page, "!document.querySelector('#e5.merge')")
    [mark] = states.marks(entries(fresh)[5], "approved")
    assert entries(fresh)[5].msgstr == "نسخه من" and mark.head == "Jane Doe"


def test_line_separators_from_a_word_processor(fresh, page):
    """Defect 6: U+2028 in a saved text made the catalog unreadable."""
    page.goto(fresh["url"] + "/fa/alpha")
    page.locator("#t6").fill("جمله\u2028دوم\u2029مورد.")
    page.locator("#t6").press("Control+s")
    wait_focus(page, "t7")
    assert entries(fresh)[6].msgstr == "جمله دوم مورد."
    page.reload()
    page.locator("#t0").wait_for()


def test_state_stripes_and_a_phone_screen(fresh, browser):
    """Defect 8: the stripes never showed (CSS specificity); the index overflowed a phone."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(fresh["url"] + "/fa/alpha?filter=all")
        colour = lambda sel: page.eval_on_selector(  # noqa: E731
            sel, "e => getComputedStyle(e).borderLeftColor")
        assert colour("#e0") == "rgb(224, 160, 48)"  # draft
        assert colour("#e3") == "rgb(58, 154, 74)"  # approved
        assert colour("#e4") == "rgb(176, 90, 192)"  # stale
        assert colour("#e8") == "rgb(204, 51, 51)"  # untranslated
        for path in ("/", "/fa/alpha?filter=all"):
            page.goto(fresh["url"] + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, (path, width)
    finally:
        context.close()


def test_personal_links_and_two_reviewers_on_one_statement(tmp_path, browser):
    po = prepare(tmp_path)
    registry = Registry.for_root(tmp_path)
    links = {name: registry.add(name) for name in ("Ana Alavi", "Babak Bahrami")}
    server = Server(tmp_path, require_tokens=True)
    contexts = [browser.new_context() for _ in links]
    try:
        pages = {}
        for context, (name, token) in zip(contexts, links.items(), strict=True):
            page = context.new_page()
            page.goto(server.url + "/fa/alpha")
            assert "personal link" in page.locator("main").inner_text()
            # the link is clicked in a mail client: a cross-site navigation
            page.set_content(f'<a id="link" href="{server.url}/login?token={token}">link</a>')
            page.click("#link")
            page.wait_for_url(server.url + "/")
            page.locator("h1").wait_for()
            assert page.locator("h1").inner_text() == "Statements to review"
            page.set_content(f'<a id="again" href="{server.url}/fa/alpha">statement</a>')
            page.click("#again")  # later, from a chat: still signed in
            page.wait_for_url(server.url + "/fa/alpha")
            assert name in page.locator("header").inner_text()
            wait_focus(page, "t0")
            pages[name] = page
        ana, babak = pages["Ana Alavi"], pages["Babak Bahrami"]
        ana.keyboard.press("Control+Enter")
        ana.wait_for_selector("#e1 input[name=anyway]:focus")  # entry 1 needs a confirmation
        babak.keyboard.press("Control+Enter")  # the same entry, changed by Ana meanwhile
        babak.locator("#e0.merge").wait_for()
        babak.locator("#e0 a").click()  # keep theirs
        babak.locator("#t5").click()
        babak.keyboard.press("Control+Enter")
        wait_focus(babak, "t6")
        e = read_catalog(po).entries
        assert states.marks(e[0], "approved")[0].head == "Ana Alavi"
        assert states.marks(e[5], "approved")[0].head == "Babak Bahrami"
    finally:
        for context in contexts:
            context.close()
        server.close()


@pytest.mark.parametrize("script", [True, False], ids=["js", "no-js"])
def test_needs_work_with_a_note_by_enter(fresh, browser, script):
    """Defect 8: Needs work could not say what needs work; Enter in the note never approves."""
    context = browser.new_context(java_script_enabled=script)
    page = context.new_page()
    try:
        page.goto(fresh["url"] + "/fa/alpha")
        page.locator("#t5").click()
        if script:
            page.keyboard.press("Alt+n")
        else:
            page.locator("#e5 input[name=note]").click()
        page.keyboard.type("the list marker is missing")
        page.keyboard.press("Enter")
        if script:
            wait_focus(page, "t6")
        else:
            page.wait_for_url(lambda url: "done=needs-work" in url)
        entry = entries(fresh)[5]
        [mark] = states.marks(entry, "needs-work")
        assert mark.head == "Jane Doe" and mark.fields["note"] == "the list marker is missing"
        assert states.state_of(entry) is states.State.DRAFT
    finally:
        context.close()


def test_approve_and_next_crosses_into_the_next_window(fresh, page, monkeypatch):
    """Windowing: the chord after the last entry of a window opens the next one, focused."""
    from workflow.review import views
    monkeypatch.setattr(views, "PAGE", 2)
    page.goto(fresh["url"] + "/fa/alpha?filter=all&from=5")
    wait_focus(page, "t5")
    page.keyboard.press("Control+Enter")
    wait_focus(page, "t6")
    page.keyboard.press("Control+Enter")
    page.wait_for_url(lambda url: "from=7" in url)
    wait_focus(page, "t7")
    page.keyboard.press("Control+Enter")
    wait_focus(page, "t8")
    assert [states.state_of(e) is states.State.APPROVED for e in entries(fresh)[5:8]] == [
        True, True, True]
    assert "you reviewed 3 this session" in page.locator("header").inner_text()


def test_batch_approval_in_the_page(fresh, page):
    page.goto(fresh["url"] + "/fa/alpha")
    for index in (4, 5, 6):
        page.locator(f"#e{index} input[name=select]").check()
    page.locator("#batch button").click()
    page.wait_for_url(lambda url: "done=batch" in url)
    assert "Approved 2; 1 left" in page.locator("p.message").inner_text()
    e = entries(fresh)
    assert [states.state_of(e[i]).value for i in (4, 5, 6)] == ["stale", "approved", "approved"]
    assert states.marks(e[5], "approved")[0].head == "Jane Doe"

"""Site search in headless Chromium: the header dialog (combobox + listbox) and
the search/ page, over the Pagefind index, on the seed site and on a tiny site
served under the CSP the site needs."""
from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urlsplit

import pytest
from conftest import _QuietHandler, _QuietServer
from tinysite import GOOD_REPORT, make_site, report, run_build

from generator.search import search_data

pytestmark = pytest.mark.e2e

REPORT_2019 = "reports/2019/2019-09-04-childrens-services/"
REPORT_2017 = "reports/2017/2017-12-21-childrens-services/"
# What the site's CSP must allow for search: Pagefind compiles WebAssembly.
SEARCH_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"
STRICT_CSP = "default-src 'self'; script-src 'self'"
PHONE = {"width": 360, "height": 740}


def open_dialog(page, url):
    page.goto(url)
    page.locator("[data-ca-search-open]").click()
    dialog = page.get_by_role("dialog", name="Search the archive")
    dialog.wait_for()
    return dialog


def options(page):
    listbox = page.get_by_role("listbox", name="Search results")
    listbox.get_by_role("option").first.wait_for()
    return listbox.get_by_role("option")


def option_urls(page):
    return [urlsplit(u).path for u in options(page).evaluate_all(
        "nodes => nodes.map(n => new URL(n.dataset.url, location.href).href)")]


def own_errors(page):
    """Console errors, less Material's inline scripts (the CSP meta tag is issue 3's)."""
    material = ("inline script", "__md_")  # blocked inline scripts and what then goes undefined
    return [e for e in page.console_errors if not any(m in e for m in material)]


def test_typing_youth_parliament_lists_the_2019_report_first(page, site_server, built_site,
                                                             screenshot_dir):
    dialog = open_dialog(page, site_server)
    combobox = dialog.get_by_role("combobox", name="Words to find")
    assert combobox.evaluate("el => el === document.activeElement")
    combobox.type("youth parliament")
    urls = option_urls(page)
    expected = {"/" + REPORT_2019}
    if (built_site / "commitments" / "youth-parliament" / "index.html").is_file():
        expected.add("/commitments/youth-parliament/")  # the commitment page (issue 5)
    assert set(urls[:len(expected)]) == expected, urls
    first = options(page).first
    assert "Children's Services - Executive Member Report to Council" in first.inner_text()
    assert "4 September 2019 \u00b7 Children's Services \u00b7 Councillor Barrie Cooper" \
        in first.inner_text()
    assert first.locator("mark").count() >= 1
    status = dialog.get_by_role("status")
    assert status.inner_text().endswith("for \u201cyouth parliament\u201d.")
    assert combobox.get_attribute("aria-expanded") == "true"
    page.screenshot(path=screenshot_dir / "search-dialog.png")
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "search-dialog-phone.png")
    assert not own_errors(page), own_errors(page)
    assert not page.failed_requests, page.failed_requests
    server = urlsplit(site_server).netloc
    assert [u for u in page.requests if urlsplit(u).netloc != server] == []
    assert not [u for u in page.requests if "search_index" in u or "workers/search" in u]  # no lunr


def test_dialog_follows_the_dark_scheme(browser, site_server, screenshot_dir):
    context = browser.new_context(viewport=PHONE, color_scheme="dark", reduced_motion="reduce")
    try:
        page = context.new_page()
        dialog = open_dialog(page, site_server)
        dialog.get_by_role("combobox").type("foster")
        options(page)
        page.screenshot(path=screenshot_dir / "search-dialog-phone-dark.png")
        background = dialog.evaluate("d => getComputedStyle(d).backgroundColor")
        text = dialog.evaluate("d => getComputedStyle(d).color")
        assert background not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), background
        assert text.startswith("rgba(226, 228, 233") or text.startswith("rgb(226, 228, 233"), text
    finally:
        context.close()


def test_keyboard_alone_opens_a_result(page, site_server):
    page.goto(site_server)
    page.keyboard.press("/")
    combobox = page.get_by_role("combobox", name="Words to find")
    combobox.wait_for()
    page.keyboard.type("youth parliament")
    options(page)
    page.keyboard.press("ArrowDown")
    active = combobox.get_attribute("aria-activedescendant")
    assert page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + REPORT_2019)


def test_escape_closes_the_dialog_and_returns_focus(page, site_server):
    page.goto(site_server + REPORT_2017)
    opener = page.locator("[data-ca-search-open]")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Search the archive")
    dialog.wait_for()
    page.keyboard.type("fostering")
    options(page)
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert opener.evaluate("el => el === document.activeElement")
    assert page.url == site_server + REPORT_2017


def test_search_page_runs_the_query_in_its_url(page, site_server, screenshot_dir):
    page.goto(site_server + "search/?q=youth+parliament")
    results = page.locator("ol.ca-search-results > li")
    results.first.wait_for()
    assert page.locator("#ca-search-page-input").input_value() == "youth parliament"
    first_link = results.first.get_by_role("link")
    assert first_link.get_attribute("href") == "/" + REPORT_2019
    assert page.get_by_role("status").inner_text().endswith("for \u201cyouth parliament\u201d.")
    page.screenshot(path=screenshot_dir / "search-page.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "search-page-phone.png", full_page=True)
    assert not own_errors(page), own_errors(page)


def test_search_page_filters_by_year_and_keeps_them_in_the_url(page, site_server):
    page.goto(site_server + "search/?q=services")
    page.locator("ol.ca-search-results > li").nth(1).wait_for()
    page.get_by_label("Year").select_option("2017")
    page.wait_for_url("**/search/?q=services&year=2017")
    page.get_by_role("status").filter(has_text="(filtered)").wait_for()
    links = page.locator("ol.ca-search-results > li a")
    assert links.evaluate_all("ls => ls.map(l => l.getAttribute('href'))") == ["/" + REPORT_2017]


# --- a tiny site with commitment pages, served under the CSP ---------------------

DELAYED_REPORT = report(date="date: 2020-03-04", title="title: Spring report to Council",
                        member="member: michael-carr").replace(
    "status: in-progress", "status: delayed").replace(
    "The report's prose.", "The youth parliament election has been postponed.")


def commitment_page(status: str, year: int) -> str:
    import datetime as dt
    data = search_data("commitment", title="Create a Youth Parliament", date=dt.date(year, 3, 4),
                       portfolio="Children's Services", member="Councillor Barrie Cooper",
                       statuses=[status])
    return f"# Create a Youth Parliament\n\n<div>\n{data}\n<p>A youth parliament for the town.</p>\n</div>\n"


@pytest.fixture(scope="module")
def tiny_search_site(tmp_path_factory):
    root = make_site(tmp_path_factory.mktemp("search") / "site", reports={
        "2019/2019-09-04-childrens-services.md": GOOD_REPORT,
        "2020/2020-03-04-childrens-services.md": DELAYED_REPORT,
    }, pages={"commitments/youth-parliament.md": commitment_page("delayed", 2020),
              "commitments/edge-of-care.md": commitment_page("planned", 2019)})
    with open(root / "mkdocs.yml", "a") as config:  # stand-ins for issue 5's pages
        config.write("not_in_nav: |\n  /commitments/\n")
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    return root / "site"


def serve(directory, csp):
    class CSPHandler(_QuietHandler):
        def end_headers(self):
            self.send_header("Content-Security-Policy", csp)
            super().end_headers()

    server = _QuietServer(("127.0.0.1", 0), functools.partial(CSPHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def csp_server(tiny_search_site):
    server, url = serve(tiny_search_site, SEARCH_CSP)
    yield url
    server.shutdown()
    server.server_close()


def result_hrefs(page):
    return page.locator("ol.ca-search-results > li a").evaluate_all(
        "ls => ls.map(l => l.getAttribute('href'))")


def test_status_filter_narrows_results_under_the_csp(page, csp_server):
    page.goto(csp_server + "search/?q=youth+parliament")
    page.locator("ol.ca-search-results > li").nth(3).wait_for()
    assert sorted(result_hrefs(page)) == ["/commitments/edge-of-care/", "/commitments/youth-parliament/",
                                          "/reports/2019/2019-09-04-childrens-services/",
                                          "/reports/2020/2020-03-04-childrens-services/"]
    page.get_by_label("Commitment status").select_option("delayed")
    page.get_by_role("status").filter(has_text="2 results").wait_for()
    assert sorted(result_hrefs(page)) == ["/commitments/youth-parliament/",
                                          "/reports/2020/2020-03-04-childrens-services/"]
    assert not own_errors(page), own_errors(page)


def test_filters_without_words_list_every_match_newest_first(page, csp_server):
    page.goto(csp_server + "search/?kind=commitment")
    page.get_by_role("status").filter(has_text="2 results (filtered)").wait_for()
    assert result_hrefs(page) == ["/commitments/youth-parliament/", "/commitments/edge-of-care/"]
    meta = page.locator(".ca-search-result__meta").first.inner_text()
    assert meta == ("Commitment \u00b7 4 March 2020 \u00b7 Children's Services \u00b7 "
                    "Councillor Barrie Cooper \u00b7 Delayed")
    excerpts = page.locator(".ca-search-result__excerpt").all_inner_texts()
    assert excerpts[0].strip().startswith("Create a Youth Parliament")
    assert not [e for e in excerpts if "caeverypage" in e]  # the listing word never shows
    page.get_by_label("Kind").select_option("report")
    page.get_by_label("Member").select_option("Councillor Michael Carr")
    page.get_by_role("status").filter(has_text="1 result (filtered)").wait_for()
    assert result_hrefs(page) == ["/reports/2020/2020-03-04-childrens-services/"]
    assert "member=Councillor+Michael+Carr" in page.url


def test_search_needs_wasm_unsafe_eval(page, tiny_search_site):
    """Documents the CSP requirement: without 'wasm-unsafe-eval' Pagefind cannot start."""
    server, url = serve(tiny_search_site, STRICT_CSP)
    try:
        page.goto(url + "search/?q=youth")
        page.get_by_role("status").filter(has_text="Search is not available").wait_for()
    finally:
        server.shutdown()
        server.server_close()


def test_without_javascript_the_search_page_says_so(browser, site_server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_server + "search/")
        text = page.locator("article").inner_text()
        assert "Search needs JavaScript, which is switched off or blocked in this browser. " \
            "You can still browse every report, newest first." in text
        assert page.get_by_role("link", name="every report").get_attribute("href") == "../reports/"
        assert page.locator("[data-ca-search-open]").get_attribute("href") == "./"
    finally:
        context.close()


def axe_violations(page, axe_js) -> list[str]:
    page.add_script_tag(path=str(axe_js))
    result = page.evaluate("async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', "
                           "'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']})")
    return [f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']]})" for v in result["violations"]]


def test_open_dialog_with_results_passes_axe(page, site_server, axe_js):
    dialog = open_dialog(page, site_server)
    assert axe_violations(page, axe_js) == []  # empty listbox, before any words
    dialog.get_by_role("combobox").type("safeguarding")
    options(page)
    page.keyboard.press("ArrowDown")
    dialog.locator("summary").click()
    dialog.get_by_label("Commitment status").wait_for()
    assert axe_violations(page, axe_js) == []


def test_search_page_with_results_passes_axe(page, site_server, axe_js):
    page.goto(site_server + "search/?q=safeguarding&sort=date")
    page.locator("ol.ca-search-results > li").first.wait_for()
    assert page.locator("#ca-search-page-sort").input_value() == "date"
    assert axe_violations(page, axe_js) == []


def test_search_works_from_a_sub_path(page, built_site, tmp_path):
    (tmp_path / "archive").symlink_to(built_site, target_is_directory=True)
    server, url = serve(tmp_path, SEARCH_CSP)
    try:
        page.goto(url + "archive/search/?q=youth+parliament")
        page.locator("ol.ca-search-results > li").first.wait_for()
        assert result_hrefs(page)[0] == "/archive/" + REPORT_2019
        assert not [r for r in page.requests if "/archive/" not in r]
    finally:
        server.shutdown()
        server.server_close()

"""Site search in headless Chromium: the header dialog (combobox + listbox) and
the search/ page, over the Pagefind index, on the seed site and on a tiny site
served under the CSP the site needs."""
from __future__ import annotations

import functools
import re
import threading
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import _QuietHandler, _QuietServer
from lxml import html as lxml_html
from playwright.sync_api import expect
from tinysite import GOOD_REPORT, make_site, report, run_build

from generator.site.kinds.security import HEADER_CSP

pytestmark = pytest.mark.e2e

REPORT_2019 = "reports/2019/2019-09-04-childrens-services/"
REPORT_2017 = "reports/2017/2017-12-21-childrens-services/"
COMMITMENT = "commitments/youth-parliament/"  # stated in the 2019 report
FIGURE_FOSTER = "/metrics/children-looked-after/"  # its page's prose says "foster"
# The site's own CSP, as a host that reads _headers sends it (pages carry it in a <meta> too).
SEARCH_CSP = HEADER_CSP
# The same without what Pagefind's WebAssembly needs.
NO_WASM_CSP = HEADER_CSP.replace(" 'wasm-unsafe-eval'", "")
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


def result_hrefs(page):
    """The search page's result links, in order."""
    return page.locator("ol.ca-search-results > li a").evaluate_all(
        "ls => ls.map(l => l.getAttribute('href'))")


def own_errors(page):
    """Console errors, less Material's inline scripts (the CSP meta tag is issue 3's)."""
    material = ("inline script", "__md_")  # blocked inline scripts and what then goes undefined
    return [e for e in page.console_errors if not any(m in e for m in material)]


def option_for(page, url):
    """The dialog's option for the page at url (a path from the site root)."""
    return options(page).nth(option_urls(page).index(url))


def title_and_meta(result) -> tuple[str, str]:
    return (result.locator(".ca-search-result__title").inner_text(),
            result.locator(".ca-search-result__meta").inner_text())


def test_typing_youth_parliament_lists_the_2019_report_and_the_commitment_first(
        page, site_server, screenshot_dir):
    dialog = open_dialog(page, site_server)
    combobox = dialog.get_by_role("combobox", name="Words to find")
    assert combobox.evaluate("el => el === document.activeElement")
    combobox.type("youth parliament")
    status = dialog.get_by_role("status").filter(has_text="for \u201cyouth parliament\u201d")
    status.wait_for()  # the results of the whole words, not of a first keystroke's search
    # Only these two: the figures' pages list their portfolio's commitments, unindexed.
    assert status.inner_text() == "2 results for \u201cyouth parliament\u201d."
    urls = option_urls(page)
    assert set(urls[:2]) == {"/" + REPORT_2019, "/" + COMMITMENT}, urls  # in either order
    report_option = option_for(page, "/" + REPORT_2019)
    assert title_and_meta(report_option) == (
        "Children's Services - Executive Member Report to Council",
        "Report \u00b7 4 September 2019 \u00b7 Children's Services \u00b7 Councillor Barrie Cooper")
    commitment_option = option_for(page, "/" + COMMITMENT)
    assert title_and_meta(commitment_option) == (
        "Create a Youth Parliament to give young people a greater say in the\u2026",
        "Commitment \u00b7 4 September 2019 \u00b7 Children's Services \u00b7 "
        "Councillor Barrie Cooper \u00b7 In progress")
    assert report_option.locator("mark").count() >= 1
    assert commitment_option.locator("mark").count() >= 1
    assert combobox.get_attribute("aria-expanded") == "true"
    page.screenshot(path=screenshot_dir / "search-dialog-commitment.png")
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "search-dialog-commitment-phone.png")
    assert not own_errors(page), own_errors(page)
    assert not page.failed_requests, page.failed_requests
    server = urlsplit(site_server).netloc
    assert [u for u in page.requests if urlsplit(u).netloc != server] == []
    assert not [u for u in page.requests if "search_index" in u or "workers/search" in u]  # no lunr


def test_a_half_typed_short_word_waits_for_a_longer_pause(page, site_server):
    """Pagefind matches the last word as a prefix, so searching "youth p" fetches the
    index chunks of every word in p (at 10,000 reports, more than the rest of the
    query): whole words are searched after a 300 ms pause, a last word of one or
    two letters only after 1 s."""
    dialog = open_dialog(page, site_server)
    combobox = dialog.get_by_role("combobox", name="Words to find")
    status = dialog.get_by_role("status")
    combobox.type("youth")
    status.filter(has_text="for \u201cyouth\u201d").wait_for()
    combobox.type(" p")
    page.wait_for_timeout(600)
    assert status.inner_text().endswith("for \u201cyouth\u201d.")
    status.filter(has_text="for \u201cyouth p\u201d").wait_for()
    combobox.type("arliament")
    status.filter(has_text="2 results for \u201cyouth parliament\u201d.").wait_for()
    assert not own_errors(page), own_errors(page)


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


def test_a_figure_is_a_result_of_kind_figure(page, site_server, screenshot_dir):
    """Metric pages are 'Figures' everywhere else on the site; the search says so too."""
    dialog = open_dialog(page, site_server)
    dialog.get_by_role("combobox").type("children looked after")
    dialog.get_by_role("status").filter(has_text="for \u201cchildren looked after\u201d").wait_for()
    figure = option_for(page, "/metrics/children-looked-after/")
    assert title_and_meta(figure) == ("Children looked after",
                                      "Figure \u00b7 18 August 2019 \u00b7 Children's Services")
    page.screenshot(path=screenshot_dir / "search-dialog-figure.png")
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "search-dialog-figure-phone.png")
    dialog.locator("summary").click()
    dialog.get_by_label("Kind").wait_for()
    kinds = dialog.get_by_label("Kind").locator("option").all_inner_texts()
    assert kinds == ["Any", "Commitment (13)", "Figure (4)", "Report (2)"]
    assert not own_errors(page), own_errors(page)


def test_keyboard_alone_opens_a_result(page, site_server):
    page.goto(site_server)
    page.keyboard.press("/")
    combobox = page.get_by_role("combobox", name="Words to find")
    combobox.wait_for()
    page.keyboard.type("youth parliament")
    page.get_by_role("dialog").get_by_role("status").filter(has_text="2 results for").wait_for()
    second = options(page).nth(1)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    active = combobox.get_attribute("aria-activedescendant")
    assert active == second.get_attribute("id")
    assert options(page).evaluate_all("os => os.map(o => o.getAttribute('aria-selected'))")[:2] == \
        ["false", "true"]
    chosen = second.get_attribute("data-url")  # Enter opens the active option, not the first
    page.keyboard.press("Enter")
    page.wait_for_url(urljoin(site_server, chosen))
    assert urlsplit(page.url).path in ("/" + REPORT_2019, "/" + COMMITMENT)


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


STYOS = "commitments/styos-hmip-action-plan/"  # 'South Tees Youth Offending Service', 2019, in progress
YOUTH_GROUP = "2 commitments \u00b7 Children's Services \u00b7 Councillor Barrie Cooper \u00b7 In progress"


def test_commitments_found_in_one_group_are_a_labelled_group_of_options(page, site_server, axe_js,
                                                                        screenshot_dir):
    """Commitments are indexed in groups (generator/search/groups.py). A group shows
    those of its commitments that hold every word: 'youth' is in two of the 2019 group's
    six, 'youth parliament' in one of them (the first test), and each links to its page."""
    dialog = open_dialog(page, site_server)
    dialog.get_by_role("combobox").type("youth")
    dialog.get_by_role("status").filter(has_text="4 results for \u201cyouth\u201d.").wait_for()
    group = page.get_by_role("listbox", name="Search results").get_by_role("group", name=YOUTH_GROUP)
    in_group = group.get_by_role("option").evaluate_all("os => os.map(o => o.dataset.url)")
    assert in_group == ["/" + COMMITMENT, "/" + STYOS]  # in the group's order
    assert option_urls(page) == ["/" + COMMITMENT, "/" + STYOS, "/" + REPORT_2019, "/" + REPORT_2017]
    for _ in range(3):
        page.keyboard.press("ArrowDown")  # through the group's options and out of it
    combobox = dialog.get_by_role("combobox")
    assert combobox.get_attribute("aria-activedescendant") == options(page).nth(2).get_attribute("id")
    page.screenshot(path=screenshot_dir / "search-dialog-commitment-group.png")
    assert axe_violations(page, axe_js) == []
    page.goto(site_server + "search/?q=youth")
    label = page.get_by_role("heading", name=YOUTH_GROUP, level=2)
    label.wait_for()
    assert result_hrefs(page) == ["/" + COMMITMENT, "/" + STYOS, "/" + REPORT_2019, "/" + REPORT_2017]
    page.screenshot(path=screenshot_dir / "search-page-commitment-group.png", full_page=True)
    assert axe_violations(page, axe_js) == []


def test_search_page_runs_the_query_in_its_url(page, site_server, screenshot_dir):
    page.goto(site_server + "search/?q=youth+parliament")
    results = page.locator("ol.ca-search-results > li")
    results.nth(1).wait_for()
    assert page.locator("#ca-search-page-input").input_value() == "youth parliament"
    assert set(result_hrefs(page)[:2]) == {"/" + REPORT_2019, "/" + COMMITMENT}
    page.get_by_role("status").filter(has_text="2 results for \u201cyouth parliament\u201d.").wait_for()
    page.screenshot(path=screenshot_dir / "search-page.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "search-page-phone.png", full_page=True)
    assert not own_errors(page), own_errors(page)


def filter_requests(page) -> list[str]:
    """What the filters' menus fetched: the build's totals, never Pagefind's own
    filter indexes (330 KB at 10,000 reports, and a group of commitments counts once)."""
    assert [u for u in page.requests if "/pagefind/filter/" in u] == []
    return [u for u in page.requests if u.endswith("/pagefind/filter-totals.json")]


def open_page_filters(page):
    """The search page's filters are folded away until the reader opens them."""
    options = page.locator("[data-ca-search=page] [data-ca-search-options]")
    assert options.get_attribute("open") is None
    assert filter_requests(page) == []
    options.locator("summary").click()
    page.get_by_label("Kind").wait_for()


def test_search_page_loads_the_filters_only_when_opened_or_chosen_in_the_link(
        page, site_server, screenshot_dir):
    page.goto(site_server + "search/?q=youth+parliament")
    page.get_by_role("status").filter(has_text="2 results for").wait_for()
    summary = page.get_by_text("Filters", exact=True)
    assert summary.evaluate("el => el.tagName") == "SUMMARY"
    assert not page.get_by_label("Kind").is_visible()
    assert filter_requests(page) == []
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "search-page-filters-closed-phone.png", full_page=True)
    summary.click()
    kinds = page.get_by_label("Kind").locator("option")
    kinds.nth(1).wait_for(state="attached")
    assert kinds.all_inner_texts() == ["Any", "Commitment (13)", "Figure (4)", "Report (2)"]
    assert filter_requests(page) != []
    page.screenshot(path=screenshot_dir / "search-page-filters-open-phone.png", full_page=True)
    page.goto(site_server + "search/?q=youth+parliament&kind=report")
    page.get_by_role("status").filter(has_text="1 result for").wait_for()
    assert page.locator("[data-ca-search=page] [data-ca-search-options]").get_attribute("open") == ""
    assert page.get_by_label("Kind").input_value() == "report"
    assert not own_errors(page), own_errors(page)


def pages_of_year(site, year: str) -> set[str]:
    """'/url/' of every page the search indexes with this year filter, from the built HTML."""
    urls = set()
    for path in site.rglob("index.html"):
        text = path.read_text("utf-8")
        if "data-pagefind-body" in text and lxml_html.fromstring(text).xpath(
                "string(//*[@data-pagefind-filter='year'])") == year:
            urls.add("/" + path.parent.relative_to(site).as_posix() + "/")
    return urls


def commitments_saying(archive, year: int, stem: str) -> set[str]:
    """'/url/' of the commitments last stated in year whose words (as first worded, every
    update and due date) hold a word that starts with stem."""
    from generator.model.tracker import tracker_for

    urls = set()
    for c in tracker_for(archive).commitments:
        said = [c.text, c.due_text or ""] + [m.statement.update or "" for m in c.mentions]
        if c.last.report.date.year == year and re.search(rf"\b{stem}", " ".join(said), re.IGNORECASE):
            urls.add(f"/commitments/{c.id}/")
    return urls


def test_search_page_filters_by_year_and_keeps_them_in_the_url(page, site_server, built_site, seed_archive):
    page.goto(site_server + "search/?q=services")
    unfiltered = page.get_by_role("status").filter(has_text="for \u201cservices\u201d")
    unfiltered.wait_for()
    of_2017 = pages_of_year(built_site, "2017") | commitments_saying(seed_archive, 2017, "servic")
    assert "/" + REPORT_2017 in of_2017 and len(of_2017) > 2  # the report and commitments last stated in it
    at_least = re.fullmatch(r"At least (\d+) results for \u201cservices\u201d, showing the first (\d+)\.",
                            unfiltered.inner_text())
    assert at_least and int(at_least[1]) > len(of_2017), unfiltered.inner_text()  # the 2019 pages too
    open_page_filters(page)
    page.get_by_label("Year").select_option("2017")
    page.wait_for_url("**/search/?q=services&year=2017")
    page.get_by_role("status").filter(has_text="(filtered)").wait_for()
    assert sorted(result_hrefs(page)) == sorted(of_2017)
    page.get_by_label("Kind").select_option("report")
    page.wait_for_url("**/search/?q=services&kind=report&year=2017")
    page.get_by_role("status").filter(has_text="1 result").wait_for()
    assert result_hrefs(page) == ["/" + REPORT_2017]


# --- a tiny site with two commitments, served under the site's CSP -----------------

# youth-parliament: in progress in 2019, delayed in 2020. edge-of-care: delivered in
# 2019 (closed, so the 2020 report need not mention it). The tracker makes their pages.
EDGE_OF_CARE = """\
  - id: edge-of-care
    text: Open an edge-of-care service that answers to the youth parliament.
    status: delivered
"""
REPORT_2019_TWO_COMMITMENTS = GOOD_REPORT.replace("tags: [youth-voice]\n", EDGE_OF_CARE + "tags: [youth-voice]\n")
DELAYED_REPORT = report(date="date: 2020-03-04", title="title: Spring report to Council",
                        member="member: michael-carr").replace(
    "status: in-progress", "status: delayed").replace(
    "The report's prose.", "The youth parliament election has been postponed.")
TINY_YOUTH_PARLIAMENT = "/commitments/youth-parliament/"
TINY_EDGE_OF_CARE = "/commitments/edge-of-care/"
TINY_REPORT_2019 = "/reports/2019/2019-09-04-childrens-services/"
TINY_REPORT_2020 = "/reports/2020/2020-03-04-childrens-services/"


@pytest.fixture(scope="module")
def tiny_search_site(tmp_path_factory):
    assert EDGE_OF_CARE in REPORT_2019_TWO_COMMITMENTS
    root = make_site(tmp_path_factory.mktemp("search") / "site", reports={
        "2019/2019-09-04-childrens-services.md": REPORT_2019_TWO_COMMITMENTS,
        "2020/2020-03-04-childrens-services.md": DELAYED_REPORT,
    })
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


def test_status_filter_narrows_results_under_the_csp(page, csp_server):
    page.goto(csp_server + "search/?q=youth+parliament")
    page.get_by_role("status").filter(has_text="4 results for").wait_for()
    assert sorted(result_hrefs(page)) == sorted([
        TINY_YOUTH_PARLIAMENT, TINY_EDGE_OF_CARE, TINY_REPORT_2019, TINY_REPORT_2020])
    open_page_filters(page)
    status = page.get_by_label("Commitment status")
    status.wait_for()
    # Each status once, by its key: the count is pages that state it (reports and commitments).
    assert status.locator("option").all_inner_texts() == [
        "Any", "Delayed (2)", "Delivered (2)", "In progress (1)"]
    status.select_option("delayed")
    page.get_by_role("status").filter(has_text="2 results").wait_for()
    assert sorted(result_hrefs(page)) == [TINY_YOUTH_PARLIAMENT, TINY_REPORT_2020]
    status.select_option("delivered")
    page.locator(f"ol.ca-search-results a[href='{TINY_EDGE_OF_CARE}']").wait_for()  # not a delayed result
    assert page.get_by_role("status").inner_text() == "2 results for \u201cyouth parliament\u201d (filtered)."
    assert page.url.endswith("/search/?q=youth+parliament&status=delivered")
    assert sorted(result_hrefs(page)) == [TINY_EDGE_OF_CARE, TINY_REPORT_2019]
    assert not own_errors(page), own_errors(page)


def test_filters_without_words_list_every_match_newest_first(page, csp_server):
    page.goto(csp_server + "search/?kind=commitment")
    page.get_by_role("status").filter(has_text="2 results (filtered)").wait_for()
    assert result_hrefs(page) == [TINY_YOUTH_PARLIAMENT, TINY_EDGE_OF_CARE]
    assert page.locator(".ca-search-result__title").all_inner_texts() == [
        "Create a Youth Parliament.", "Open an edge-of-care service that answers to the youth parliament."]
    assert page.locator(".ca-search-result__meta").all_inner_texts() == [
        "Commitment \u00b7 4 March 2020 \u00b7 Children's Services \u00b7 Councillor Barrie Cooper \u00b7 Delayed",
        "Commitment \u00b7 4 September 2019 \u00b7 Children's Services \u00b7 Councillor Barrie Cooper "
        "\u00b7 Delivered"]
    excerpts = page.locator(".ca-search-result__excerpt").all_inner_texts()
    assert excerpts[0].strip().startswith("Create a Youth Parliament")
    assert not [e for e in excerpts if "caeverypage" in e]  # the listing word never shows
    page.get_by_label("Kind").select_option("report")
    page.get_by_label("Member").select_option("Councillor Michael Carr")
    page.get_by_role("status").filter(has_text="1 result (filtered)").wait_for()
    assert result_hrefs(page) == [TINY_REPORT_2020]
    assert "member=Councillor+Michael+Carr" in page.url


def test_search_needs_wasm_unsafe_eval(page, tiny_search_site):
    """Documents the CSP requirement: without 'wasm-unsafe-eval' Pagefind cannot start."""
    assert NO_WASM_CSP != SEARCH_CSP
    server, url = serve(tiny_search_site, NO_WASM_CSP)
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
    page.evaluate(axe_js.read_text("utf-8"))  # not add_script_tag: the CSP (rightly) refuses that
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
    page.goto(site_server + "search/?q=safeguarding&sort=relevance")
    page.locator("ol.ca-search-results > li").first.wait_for()
    assert page.locator("#ca-search-page-sort").input_value() == "relevance"
    assert axe_violations(page, axe_js) == []


def chosen_order(page, select: str) -> str:
    """The text of the order a select shows chosen."""
    return page.locator(select).evaluate("s => s.options[s.selectedIndex].text")


def test_a_search_is_newest_first_unless_best_match_is_chosen(page, site_server):
    """Newest first is the default (a first page then reads only the newest shard);
    best match is one choice away, and a shared link keeps it as ?sort=relevance.
    'foster' finds the 2019 report (4 September) and the children-looked-after figure
    (its newest reading 18 August 2019); the figure is the better match."""
    page.goto(site_server + "search/?q=foster")
    status = page.get_by_role("status").filter(has_text="for \u201cfoster\u201d")
    status.wait_for()
    order = page.locator("[data-ca-search=page]").get_by_label("Order of results")
    assert order.locator("option").all_inner_texts() == ["Newest first", "Best match first"]
    assert chosen_order(page, "#ca-search-page-sort") == "Newest first"
    newest = result_hrefs(page)
    assert newest.index("/" + REPORT_2019) < newest.index(FIGURE_FOSTER)  # by date
    assert page.url == site_server + "search/?q=foster"  # the default is left out of the link
    order.select_option(label="Best match first")
    page.wait_for_url(site_server + "search/?q=foster&sort=relevance")
    page.locator(f"ol.ca-search-results > li:first-child + li a[href='{FIGURE_FOSTER}']").wait_for()
    best = result_hrefs(page)
    assert best.index(FIGURE_FOSTER) < best.index("/" + REPORT_2019)  # by score
    assert sorted(best) == sorted(newest)  # the same results
    page.reload()  # a shared link restores best match
    status.wait_for()
    assert chosen_order(page, "#ca-search-page-sort") == "Best match first"
    page.locator(f"ol.ca-search-results a[href='{FIGURE_FOSTER}']").wait_for()
    assert result_hrefs(page) == best
    order.select_option(label="Newest first")
    page.wait_for_url(site_server + "search/?q=foster")
    assert not own_errors(page), own_errors(page)


def test_an_older_newest_first_link_still_works(page, site_server):
    """Links from before newest first was the default said ?sort=date."""
    page.goto(site_server + "search/?q=foster&sort=date")
    page.locator(f"ol.ca-search-results a[href='{FIGURE_FOSTER}']").wait_for()
    assert chosen_order(page, "#ca-search-page-sort") == "Newest first"
    hrefs = result_hrefs(page)
    assert hrefs.index("/" + REPORT_2019) < hrefs.index(FIGURE_FOSTER)
    assert page.url == site_server + "search/?q=foster"


def test_the_dialogs_best_match_goes_with_it_to_the_search_page(page, site_server):
    dialog = open_dialog(page, site_server)
    dialog.get_by_role("combobox").type("youth")
    dialog.get_by_role("status").filter(has_text="for \u201cyouth\u201d").wait_for()
    all_results = dialog.get_by_role("link", name="All results on the search page")
    assert all_results.get_attribute("href") == "search/?q=youth"  # newest first, the default
    dialog.locator("summary").click()
    dialog.get_by_label("Order of results").select_option(label="Best match first")
    expect(all_results).to_have_attribute("href", "search/?q=youth&sort=relevance")
    all_results.click()
    page.wait_for_url(site_server + "search/?q=youth&sort=relevance")
    page.locator("ol.ca-search-results > li").first.wait_for()
    assert chosen_order(page, "#ca-search-page-sort") == "Best match first"


def test_search_works_from_a_sub_path(page, built_site, tmp_path):
    (tmp_path / "archive").symlink_to(built_site, target_is_directory=True)
    server, url = serve(tmp_path, SEARCH_CSP)
    try:
        page.goto(url + "archive/search/?q=youth+parliament")
        page.locator("ol.ca-search-results > li").nth(1).wait_for()
        assert set(result_hrefs(page)[:2]) == {"/archive/" + REPORT_2019, "/archive/" + COMMITMENT}
        assert not [r for r in page.requests if "/archive/" not in r]
    finally:
        server.shutdown()
        server.server_close()


BOARD_DUTY = """\
  - id: board-duty
    text: Publish the duty of every board.
    status: in-progress
"""


def test_a_word_found_by_its_stem_still_shows_its_commitment(page, tmp_path):
    """Pagefind finds "duties" in "duty" (one stem); the client cannot stem, and its
    letter check ("duti" against "duty") fails. The group then shows the commitments
    Pagefind found the word in, never an empty group."""
    root = make_site(tmp_path / "site", reports={"2019/2019-09-04-childrens-services.md": GOOD_REPORT.replace(
        "tags: [youth-voice]\n", BOARD_DUTY + "tags: [youth-voice]\n")})
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    server, url = serve(root / "site", SEARCH_CSP)
    try:
        page.goto(url + "search/?q=duties")
        page.get_by_role("status").filter(has_text="for \u201cduties\u201d").wait_for()
        assert page.get_by_role("status").inner_text() == "2 results for \u201cduties\u201d."
        # the report, and of the group's two commitments only the one with the word
        assert sorted(result_hrefs(page)) == ["/commitments/board-duty/", TINY_REPORT_2019]
        assert not own_errors(page), own_errors(page)
    finally:
        server.shutdown()
        server.server_close()

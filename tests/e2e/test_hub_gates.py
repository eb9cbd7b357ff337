"""The hub's own page kinds (the councils index, a comparison page) through the
quality gates: valid HTML (vnu), no WCAG A/AA violation (axe) in light, dark and on
a phone, no CSP violation or third-party request, and every link reached by the
keyboard, with the three-council hub of tests/hubsite.py served over HTTP."""
from __future__ import annotations

import json
import subprocess
import time
from datetime import datetime

import pytest

from conftest import open_page, serving
from e2e.axe import run_axe
from hubsite import OLDER_SHARD_WORD, OWN_SITES, make_hub, mark_older_report, run_hub, shard_council_index

HUB_PAGES = {"councils index": "index.html", "comparison": "compare/children-looked-after/index.html",
             "search": "search/index.html?q=children&councils=middlesbrough&councils=stockton"}
VIEWS = {"light": ("light", {"width": 1280, "height": 900}),
         "dark": ("dark", {"width": 1280, "height": 900}),
         "phone": ("light", {"width": 360, "height": 640})}


@pytest.fixture(scope="module")
def hub_site(tmp_path_factory):
    """The three councils; Stockton's index split into date shards (one a date); and
    Redcar, hosted as a site of its own (councils.yml url)."""
    hub = make_hub(tmp_path_factory.mktemp("hub-gates") / "hub",
                   keys=("middlesbrough", "stockton", "hartlepool", "redcar"), urls=OWN_SITES)
    mark_older_report(hub)
    for key in ("middlesbrough", "stockton", "hartlepool", "redcar"):
        assert run_hub("build-council", str(hub), key).returncode == 0
    manifest = shard_council_index(hub, "stockton")
    assert [s["newest"] for s in manifest["shards"]] == ["2019-09-04", "2018-03-31"]
    assert run_hub("assemble", str(hub)).returncode == 0
    return hub / "site"


@pytest.fixture(scope="module")
def hub_server(hub_site):
    with serving(hub_site) as url:
        yield url


def test_hub_pages_are_valid_html(hub_site, vnu_jar):
    files = [hub_site / rel.partition("?")[0] for rel in HUB_PAGES.values()]
    proc = subprocess.run(["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url')}, line {m.get('lastLine')}: {m['message']}" for m in messages
              if m.get("type") == "error"]
    assert errors == []


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("kind", HUB_PAGES)
def test_hub_pages_pass_axe_csp_and_stay_on_the_site(browser, hub_server, axe_js, view, kind, screenshot_dir):
    scheme, viewport = VIEWS[view]
    page = open_page(browser, color_scheme=scheme, viewport=viewport)
    try:
        page.goto(hub_server + HUB_PAGES[kind])
        if kind == "search":
            searched(page)
        page.screenshot(path=str(screenshot_dir / f"hub-{kind.replace(' ', '-')}-{view}.png"), full_page=True)
        where = f"hub {kind} ({view})"
        assert run_axe(page, axe_js.read_text("utf-8"), where) == []
        assert page.console_errors == []
        assert [u for u in page.requests if not u.startswith(hub_server)] == []
        # only a data table may scroll sideways, inside its own box
        wide = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
        assert not wide, f"{where}: the page scrolls sideways"
    finally:
        page.context.close()


@pytest.mark.parametrize("kind", HUB_PAGES)
def test_the_keyboard_reaches_every_link(browser, hub_server, kind):
    page = open_page(browser)
    try:
        page.goto(hub_server + HUB_PAGES[kind])
        links = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        reached = []
        for _ in range(len(links) + 5):
            page.keyboard.press("Tab")
            href = page.evaluate("document.activeElement.href || ''")
            if href:
                reached.append(href)
        assert set(links) <= set(reached)
    finally:
        page.context.close()


def searched(page) -> str:
    """The search status once the search has run (polled: the CSP forbids wait_for_function's eval)."""
    for _ in range(150):
        status = page.inner_text("#hub-search-status")
        if status.endswith(("results.", "result.", "shown.")) or "could not" in status:
            return status
        time.sleep(0.1)
    raise AssertionError(f"the search did not finish: {status!r}")


def test_the_hub_search_finds_a_commitment_in_the_second_council_only_when_chosen(browser, hub_server):
    page = open_page(browser)
    try:
        page.goto(hub_server + "search/?q=youth+parliament&councils=stockton")
        assert searched(page) == "3 results."
        found = page.eval_on_selector_all("#hub-search-results a", "as => as.map(a => a.getAttribute('href'))")
        assert "/stockton/commitments/search-groups/childrens-services/barrie-cooper/2019-in-progress/" in found
        assert all(url.startswith("/stockton/") for url in found)
        # the shared link keeps the council chosen
        assert [b.is_checked() for b in page.query_selector_all("input[name=councils]")] == [False, False, True]
        assert page.console_errors == []
    finally:
        page.context.close()


def test_the_hub_search_merges_every_council_by_default(browser, hub_server):
    page = open_page(browser)
    try:
        page.goto(hub_server + "search/?q=youth+parliament")
        searched(page)
        found = page.eval_on_selector_all("#hub-search-results a", "as => as.map(a => a.getAttribute('href'))")
        assert {url.split("/")[1] for url in found} == {"middlesbrough", "stockton", "hartlepool"}
        # Redcar, on its own site, is named with a link to its own search, never fetched
        assert page.eval_on_selector_all("#hub-search-elsewhere + ul a", "as => as.map(a => [a.textContent, a.href])") == [
            ["Redcar and Cleveland Borough Council", OWN_SITES["redcar"] + "search/"]]
        assert [u for u in page.requests if not u.startswith(hub_server)] == []
        councils = page.eval_on_selector_all(".hub-result__council", "ps => ps.map(p => p.textContent)")
        assert "Stockton-on-Tees Borough Council" in councils
    finally:
        page.context.close()


def results(page) -> list[str]:
    return page.eval_on_selector_all("#hub-search-results a", "as => as.map(a => a.getAttribute('href'))")


def every_result(page) -> list[str]:
    """Each page of results, by the 'Show more results' button, until there are no more."""
    searched(page)
    while page.is_visible("#hub-search-more"):
        shown = len(results(page))
        page.click("#hub-search-more")
        for _ in range(100):
            if len(results(page)) > shown:
                break
            time.sleep(0.1)
    return results(page)


OLDER_REPORT = "/stockton/reports/2018/2018-03-31-childrens-services/"


@pytest.mark.parametrize("order", ["", "relevance"])
def test_the_hub_search_finds_a_word_only_in_a_councils_older_date_shard(browser, hub_server, order):
    page = open_page(browser)
    try:
        page.goto(hub_server + f"search/?q={OLDER_SHARD_WORD}&order={order}")
        assert searched(page) == "1 result."
        assert results(page) == [OLDER_REPORT]  # not the shard's hidden list of the archive's words
        assert any(u.startswith(hub_server + "stockton/pagefind/shard-1/") for u in page.requests)
        assert page.console_errors == []
    finally:
        page.context.close()


def chosen_order(page) -> str:
    return page.eval_on_selector("#hub-search-order", "s => s.options[s.selectedIndex].text")


@pytest.mark.parametrize("link", ["search/?q=children", "search/?q=children&order=",
                                  "search/?q=children&order=date"])  # the last a link from before
def test_newest_first_pages_through_the_councils_shards_in_date_order(browser, hub_server, link):
    """Newest first is the default order; links from before it was said order=date."""
    page = open_page(browser)
    try:
        page.goto(hub_server + link)
        assert searched(page) == "At least 10 results, the newest 10 shown."
        assert chosen_order(page) == "Newest first"
        # the first page holds none of Stockton's older reports: their shard is not loaded
        assert not any("/stockton/pagefind/shard-1/" in u for u in page.requests)
        found = every_result(page)
        assert OLDER_REPORT in found
        assert any("/stockton/pagefind/shard-1/" in u for u in page.requests)
        shown = page.eval_on_selector_all(".hub-result__date", "ps => ps.map(p => p.textContent)")
        dates = [datetime.strptime(d, "%d %B %Y") for d in shown]
        assert len(dates) == len(found)
        assert dates == sorted(dates, reverse=True)
        assert page.inner_text("#hub-search-status") == f"{len(found)} results."
    finally:
        page.context.close()


def test_both_orders_find_the_same_results(browser, hub_server):
    found = {}
    for order in ("", "relevance"):
        page = open_page(browser)
        try:
            page.goto(hub_server + f"search/?q=children&order={order}")
            found[order] = every_result(page)
        finally:
            page.context.close()
    assert len(found[""]) == len(set(found[""])) > 10
    assert sorted(found[""]) == sorted(found["relevance"])


def test_best_match_is_one_choice_away_and_a_shared_link_keeps_it(browser, hub_server):
    page = open_page(browser)
    try:
        page.goto(hub_server + "search/?q=children&councils=middlesbrough&councils=stockton")
        searched(page)
        assert page.eval_on_selector_all("#hub-search-order option", "os => os.map(o => o.text)") == [
            "Newest first", "Best match first"]
        page.select_option("#hub-search-order", label="Best match first")
        page.click("#hub-search button[type=submit]")
        page.wait_for_url(hub_server + "search/?q=children&councils=middlesbrough&councils=stockton"
                          "&order=relevance")
        assert searched(page).endswith(", the best 10 shown.")
        assert chosen_order(page) == "Best match first"
        # best match merges every shard: Stockton's older one too, before any is asked for
        assert any("/stockton/pagefind/shard-1/" in u for u in page.requests)
        assert page.console_errors == []
    finally:
        page.context.close()


@pytest.mark.parametrize("order", ["", "relevance"])
def test_no_result_shows_the_every_page_marker_word(browser, hub_server, order):
    page = open_page(browser)
    try:
        page.goto(hub_server + f"search/?q=children&order={order}")
        every_result(page)
        text = page.inner_text("#hub-search-results")
        assert "Children looked after: 520 children" in text  # a figure's excerpt, which holds the word
        assert "caeverypage" not in text.lower()
    finally:
        page.context.close()


@pytest.mark.parametrize("scheme, grid, axis", [("light", "rgba(0, 0, 0, 0.07)", "rgba(0, 0, 0, 0.54)"),
                                                ("dark", "rgba(232, 232, 232, 0.12)", "rgba(232, 232, 232, 0.56)")])
def test_the_comparison_charts_grid_is_faint_in_either_scheme(browser, hub_server, scheme, grid, axis):
    """As the metric pages' charts (metrics.css): not the SVG's own #ddd, which glares on dark."""
    page = open_page(browser, color_scheme=scheme)
    try:
        page.goto(hub_server + HUB_PAGES["comparison"])
        strokes = page.evaluate("""() => ['.role-axis-grid line', '.role-axis-domain line'].map(
            (s) => getComputedStyle(document.querySelector('.hub-chart-static svg ' + s)).stroke)""")
        assert strokes == [grid, axis]
    finally:
        page.context.close()

"""Metric pages in headless Chromium: each chart is the SVG drawn at build time, made
interactive by the site's own few-KB script (also under a strict CSP, with no chart
library), the keyboard reaches every point's report, and the chart fits a 360 px phone
in light and dark schemes."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from e2e.axe import run_axe

pytestmark = pytest.mark.e2e

METRIC = "metrics/children-looked-after/"
CSP = "default-src 'self'; script-src 'self'"
POINT_HREFS = ["../../reports/2017/2017-12-21-childrens-services/#figures",
               "../../reports/2019/2019-09-04-childrens-services/#figures"]
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
  {directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile}));
"""


def _open(page, site_server, url=METRIC):
    page.goto(site_server + url, wait_until="networkidle")
    page.wait_for_selector("figure.ca-chart--live .ca-chart-live svg", state="attached")


def _assert_self_contained(page, site_server):
    server = urlsplit(site_server).netloc
    foreign = [u for u in page.requests if urlsplit(u).netloc != server]
    assert foreign == [], f"requests left {server}: {foreign}"
    assert not page.failed_requests, page.failed_requests


def test_interactive_charts_render_from_the_site_with_no_errors(page, site_server, screenshot_dir):
    _open(page, site_server)
    page.screenshot(path=screenshot_dir / "metric-desktop.png", full_page=True)
    assert page.locator("figure.ca-chart--live").count() == 2
    assert page.locator(".ca-chart-static").first.is_hidden()
    assert not page.console_errors, "\n".join(page.console_errors)
    _assert_self_contained(page, site_server)
    scripts = [u.rsplit("/", 1)[1] for u in page.requests if u.endswith(".js") and "/council-archive/" in u]
    assert "metric-chart.js" in scripts and not [u for u in page.requests if "vega" in u]


def test_charts_work_under_a_strict_content_security_policy(page, site_server):
    def with_csp(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": CSP})

    page.route("**/*", with_csp)
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    _open(page, site_server)
    assert page.locator("figure.ca-chart--live").count() == 2
    violations = page.evaluate("window.__cspViolations")
    # Material's own inline scripts are the quality-gates issue's to move; nothing of ours may be blocked
    ours = [v for v in violations if v["blocked"] in ("eval", "wasm-eval") or "/council-archive/" in v["source"]
            or v["directive"].startswith("style-src")]
    assert ours == [], json.dumps(ours, indent=1)
    _assert_self_contained(page, site_server)


FOCUSED_POINT = """() => { const a = document.activeElement;
    return a && a.classList.contains('ca-chart-point') ? [a.getAttribute('href'), a.closest('figure').id,
      a.closest('.ca-chart-live').querySelector('.ca-chart-tip').textContent,
      !a.closest('.ca-chart-live').querySelector('.ca-chart-tip').hidden] : null; }"""


def _tab_to_a_point(page, key="Tab", limit=200):
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(FOCUSED_POINT):
            return page.evaluate(FOCUSED_POINT)
    raise AssertionError(f"no chart point reached in {limit} Tab presses")


def test_keyboard_reaches_each_points_report_link(page, site_server):
    _open(page, site_server)
    reached = [_tab_to_a_point(page)]
    page.keyboard.press("ArrowRight")
    reached.append(page.evaluate(FOCUSED_POINT))
    page.keyboard.press("ArrowRight")  # the last point stays focused
    assert page.evaluate(FOCUSED_POINT) == reached[-1]
    reached.append(_tab_to_a_point(page, limit=3))  # one tab stop per chart (then its caption's link)
    page.keyboard.press("End")
    reached.append(page.evaluate(FOCUSED_POINT))
    assert [(href, figure) for href, figure, _, _ in reached] == [
        (POINT_HREFS[0], "chart-values"), (POINT_HREFS[1], "chart-values"),
        (POINT_HREFS[0], "chart-rates"), (POINT_HREFS[1], "chart-rates")]
    assert all(shown for *_, shown in reached), "the tip shows on focus"
    assert reached[1][2].startswith("552 children as of 18 August 2019 (report of 4 September 2019)")
    assert reached[2][2].startswith("136.1 per 10,000 as of 21 December 2017, as printed")
    back = _tab_to_a_point(page, "Shift+Tab", limit=3)  # back to the first chart, at the point last visited
    assert back[:2] == [POINT_HREFS[1], "chart-values"]
    page.keyboard.press("Escape")
    assert page.locator(".ca-chart-tip").nth(0).is_hidden()
    page.keyboard.press("Enter")
    page.wait_for_url("**/reports/2019/2019-09-04-childrens-services/#figures")


def test_hover_shows_the_point_and_a_point_sits_on_its_mark(page, site_server):
    _open(page, site_server)
    link = page.locator("#chart-values a.ca-chart-point").nth(0)
    link.hover()
    tip = page.locator("#chart-values .ca-chart-tip")
    assert tip.is_visible() and tip.inner_text().startswith("438 children as of 21 December 2017")
    box = link.bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    mark = page.evaluate("""([x, y]) => { const els = document.elementsFromPoint(x, y);
        return els.some(e => e.getAttribute && e.getAttribute('aria-roledescription') === 'point'); }""",
                         list(centre))
    assert mark, "the link is not over its point"


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_phone_width_and_colour_schemes(browser, site_server, screenshot_dir, scheme):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(site_server + METRIC, wait_until="networkidle")
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        page.wait_for_selector("figure.ca-chart--live .ca-chart-live svg", state="attached")
        page.locator("#chart-rates").scroll_into_view_if_needed()
        page.screenshot(path=screenshot_dir / f"metric-phone-{scheme}.png", full_page=True)
        for figure in ("#chart-values", "#chart-rates"):
            width = page.evaluate(f"document.querySelector('{figure} .ca-chart-live svg').getBoundingClientRect().width")
            assert 200 < width <= 360 - 2 * 16 + 1, width
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        label, body = page.evaluate("""() => [
            getComputedStyle(document.querySelector('#chart-values .ca-chart-live svg text')).fill,
            getComputedStyle(document.body).color]""")
        assert label == body  # axis text follows the scheme's text colour
    finally:
        context.close()


def test_without_javascript_the_static_chart_and_its_links_remain(browser, site_server, screenshot_dir):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(site_server + METRIC)
        assert page.locator("#chart-values .ca-chart-static .ca-chart-wide svg").is_visible()
        assert page.locator("#chart-values .ca-chart-live").is_hidden()
        hrefs = page.eval_on_selector_all("#chart-values .ca-chart-static .ca-chart-wide a",
                                          "els => els.map(a => a.getAttribute('xlink:href'))")
        assert hrefs == POINT_HREFS
        page.emulate_media(media="print")
        page.screenshot(path=screenshot_dir / "metric-print.png", full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize("url", [METRIC, "metrics/", ""])
def test_no_accessibility_violations_in_our_content(page, site_server, axe_js, url):
    if url == METRIC:
        _open(page, site_server)  # axe sees the drawn chart and its point links too
    else:
        page.goto(site_server + url, wait_until="networkidle")
    violations = run_axe(page, axe_js.read_text("utf-8"), url or "home", include=".md-content")
    assert violations == [], "\n".join(violations)


SPLIT_WORDS = """() => {
  const split = [];
  for (const a of document.querySelectorAll('.ca-figures a')) {
    const text = a.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    for (const m of text.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(m[0]);
    }
  }
  return split;
}"""


@pytest.mark.parametrize("url", ["metrics/", METRIC])
def test_table_links_keep_whole_words_on_a_phone(browser, site_server, url):
    """Material lets a link break mid-word; a figures table scrolls sideways instead."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(site_server + url, wait_until="networkidle")
        assert page.locator(".ca-figures a").count() >= 2
        assert page.evaluate(SPLIT_WORDS) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()

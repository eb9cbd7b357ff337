"""Quality gates in headless Chromium, for one sample page of every page kind.

The kinds and their sample URLs are tests/page_kinds.py: a new page kind is one
line there. Each page is visited once per view (desktop light, desktop dark,
phone light); the visits are shared by the tests below, which each check one
thing per kind and view and name the page kind, URL, rule and element on failure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from conftest import open_page
from e2e.axe import run_axe
from e2e.layout import chart_plots, chart_text_overlaps, layout_problems, unequal_charts
from page_kinds import PAGE_KINDS

pytestmark = pytest.mark.e2e

# view -> (prefers-color-scheme, viewport). A phone is also how a desktop at 400% zoom lays out.
VIEWS = {
    "light": ("light", {"width": 1280, "height": 900}),
    "dark": ("dark", {"width": 1280, "height": 900}),
    "phone": ("light", {"width": 360, "height": 640}),
}
KEYBOARD_VIEWS = ("light", "phone")
# Reflow (WCAG 1.4.10): nothing scrolls sideways on a desktop; on a phone only data tables may.
LAYOUT_VIEWS = {"light": False, "phone": True}  # view -> may a data table scroll sideways?
MATERIAL_SCHEME = {"light": "default", "dark": "slate"}
# A search control: issue 7 (Pagefind) puts its search inside <search> or role=search.
# Until a page has one, the keyboard test has no search to reach (see test below).
SEARCH_CONTROL = "search input, search button, [role=search] input, [role=search] button, input[type=search]"
MAX_TAB_STOPS = 400


@dataclass
class Visit:
    kind: str
    url: str
    view: str
    status: int
    axe: list[str] = field(default_factory=list)  # formatted violations
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    keyboard: list[str] = field(default_factory=list)  # keyboard problems (KEYBOARD_VIEWS only)
    search_controls: int = 0
    csp_probe: list[str] = field(default_factory=list)  # console errors caused by the probe
    layout: list[str] = field(default_factory=list)  # sideways scrolling and overflow (LAYOUT_VIEWS only)
    chart_overlaps: list[str] = field(default_factory=list)  # chart text printed over other text
    chart_texts: int = 0  # how many chart text elements were compared
    chart_plots: list[tuple] = field(default_factory=list)  # (figure id, live?, width, plot left, plot width)

    @property
    def where(self) -> str:
        return f"page kind '{self.kind}' ({self.url}, {self.view})"


@pytest.fixture(scope="module")
def visits(browser, site_server, axe_js, screenshot_dir) -> dict[tuple[str, str], Visit]:
    """Visit every sample page in every view once, in one browser; collect everything."""
    return visit_all(browser, site_server, PAGE_KINDS, axe_js.read_text("utf-8"), screenshot_dir)


def visit_all(browser, base_url: str, kinds: dict[str, str], axe_source: str,
              screenshot_dir) -> dict[tuple[str, str], Visit]:
    """Each kind's page (kind -> path under base_url) in every view, each in its own context."""
    results = {}
    for view, (scheme, viewport) in VIEWS.items():
        for kind, path in kinds.items():
            page = open_page(browser, color_scheme=scheme, viewport=viewport)
            try:
                results[kind, view] = visit(page, kind, base_url + path, view, axe_source, screenshot_dir)
            finally:
                page.context.close()
    return results


def assert_passes_the_gates(v: Visit) -> None:
    """What every page of the extra sites in tests/e2e/ is held to, in one place: it loads,
    axe finds nothing, the keyboard reaches everything, nothing leaves the site or fails,
    and the probe's injected inline script is blocked with exactly one CSP violation."""
    assert v.status == 200, v.where
    assert v.axe == [], "\n".join(v.axe)
    assert v.keyboard == [], f"{v.where}:\n" + "\n".join(v.keyboard)
    assert (v.foreign_requests, v.failed_requests, v.console_errors) == ([], [], []), v.where
    violations = [e for e in v.csp_probe if e.startswith("CSP violation:")]
    assert "the inline script RAN" not in v.csp_probe and len(violations) == 1, v.csp_probe


def visit(page, kind: str, url: str, view: str, axe_source: str, screenshot_dir) -> Visit:
    response = page.goto(url, wait_until="networkidle")
    # Material's own script picks the scheme from prefers-color-scheme: this wait
    # also proves that its JavaScript runs under the page's CSP.
    scheme = MATERIAL_SCHEME[VIEWS[view][0]]
    wait_for(page, f"document.body.dataset.mdColorScheme === '{scheme}'")
    page.screenshot(path=screenshot_dir / f"gate-{kind}-{view}.png", full_page=True)
    result = Visit(kind, url, view, response.status if response else 0)
    wait_for(page, "[...document.querySelectorAll('figure[data-ca-chart]')].every("
                   "(f) => f.classList.contains('ca-chart--live'))")  # charts drawn: their text measured
    if view in LAYOUT_VIEWS:
        result.layout = layout_problems(page, result.where, tables_may_scroll=LAYOUT_VIEWS[view])
    result.chart_overlaps, result.chart_texts = chart_text_overlaps(page, result.where)
    result.chart_plots = chart_plots(page)
    result.axe = run_axe(page, axe_source, result.where)
    if view in KEYBOARD_VIEWS:
        result.keyboard, result.search_controls = keyboard_problems(page, result.where)
    server = urlsplit(url).netloc
    result.foreign_requests = [u for u in page.requests if urlsplit(u).netloc != server]
    result.failed_requests = list(page.failed_requests)
    result.console_errors = list(page.console_errors)
    result.csp_probe = probe_csp(page)
    return result


def wait_for(page, expression: str, timeout_s: float = 10) -> None:
    """page.wait_for_function, minus its polling: that evaluates a string in the
    page, which the CSP (no 'unsafe-eval') rightly refuses. page.evaluate is not."""
    for _ in range(int(timeout_s / 0.05)):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"{page.url}: still not true after {timeout_s} s: {expression}")


# In the page: every link a reader can see, numbered so tab stops can be matched to them.
_MARK_LINKS = """(selector) => {
  const seen = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const links = [...document.querySelectorAll('a[href]')].filter(seen);
  links.forEach((el, i) => el.dataset.caLink = i);
  const search = [...document.querySelectorAll(selector)].filter(seen);
  search.forEach((el) => el.dataset.caSearch = '');
  const content = [...document.querySelectorAll('[data-md-component=content] :is(a[href], button, input, [tabindex])')];
  return [links.length, search.length, content.filter(seen).length];
}"""

# In the page: what has focus, and whether a focus ring shows on it (or, for a
# visually hidden input such as Material's palette radio, on its label).
_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const ring = (e) => {
    const s = getComputedStyle(e);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
      && !/rgba\\(.*, 0\\)$|transparent/.test(s.outlineColor);
    return outline || (s.boxShadow && s.boxShadow !== 'none');
  };
  // a visually hidden input shows its focus on the label after it (Material's palette toggle)
  const rendered = (e) => e && e.getBoundingClientRect().width > 1 && e.getBoundingClientRect().height > 1;
  const shown = rendered(el) ? [el] : [...(el.labels || []), el.nextElementSibling].filter(rendered);
  const onScreen = (e) => { const r = e.getBoundingClientRect();
    return r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight; };
  const seen = (e) => { for (; e; e = e.parentElement) { const s = getComputedStyle(e);
    if (parseFloat(s.opacity) === 0 || s.visibility === 'hidden') return false; } return true; };
  const label = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 60);
  return {link: el.dataset.caLink ?? null, search: 'caSearch' in el.dataset,
          arrowKeys: !!el.closest('[data-ca-arrow-keys]'),
          inMain: !!el.closest('[data-md-component=content]'), ring: shown.some(ring),
          visible: shown.some((e) => onScreen(e) && seen(e)),
          desc: `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}${el.className ? ' class="' + el.className + '"' : ''}> "${label}"`};
}"""


def keyboard_problems(page, where: str) -> tuple[list[str], int]:
    """Tab through the page: every visible link, the main content and any search
    control must take focus, each with a visible focus ring. Links in a group
    marked data-ca-arrow-keys are reached with the arrow keys from its one Tab stop."""
    links, searches, main_focusables = page.evaluate(_MARK_LINKS, SEARCH_CONTROL)
    reached, problems, search_reached, main_reached = set(), [], False, False
    page.locator("body").focus()
    presses = min(MAX_TAB_STOPS, links + 60)
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            continue
        if focused["link"] is not None:
            if focused["link"] in reached:
                break  # wrapped round to the first link again
            reached.add(focused["link"])
        search_reached |= focused["search"]
        main_reached |= focused["inMain"]
        problems += stop_problems(focused, where, "Tab")
        if focused["arrowKeys"] and focused["link"] is not None:
            problems += arrow_through_group(page, where, focused, reached)
    missed = page.evaluate("(reached) => [...document.querySelectorAll('[data-ca-link]')]"
                           ".filter(a => !reached.includes(a.dataset.caLink)).map(a => a.outerHTML.slice(0, 200))",
                           sorted(reached))
    if missed and presses == MAX_TAB_STOPS:
        problems.append(f"{where}: gave up after {presses} Tab presses with {len(missed)} of {links} "
                        "links unreached: pick a smaller sample page in tests/page_kinds.py")
    else:
        problems += [f"{where}: link never reached with Tab: {html}" for html in missed[:10]]
        problems += [f"{where}: ... and {len(missed) - 10} more links"] if len(missed) > 10 else []
    if main_focusables and not main_reached:
        problems.append(f"{where}: Tab never reaches the main content")
    if searches and not search_reached:
        problems.append(f"{where}: Tab never reaches the search control")
    return problems, searches


def stop_problems(focused: dict, where: str, key: str) -> list[str]:
    """Focus must land on something the reader can see, and show a ring."""
    if not focused["visible"]:
        return [f"{where}: {key} moved focus to something the reader cannot see: {focused['desc']}"]
    if not focused["ring"]:
        return [f"{where}: no visible focus ring on {focused['desc']}"]
    return []


# In the page: the links of the arrow-key group that has focus, in document order.
_GROUP_LINKS = """() => [...document.activeElement.closest('[data-ca-arrow-keys]')
    .querySelectorAll('a[data-ca-link]')].map((a) => a.dataset.caLink)"""


def arrow_through_group(page, where: str, entry: dict, reached: set) -> list[str]:
    """An element marked data-ca-arrow-keys (a chart's points) is ONE Tab stop, an
    ARIA roving-tabindex group: ArrowRight must move focus to each next link in
    turn (Home to the first, if Tab entered further in), each visibly, with a ring."""
    links = page.evaluate(_GROUP_LINKS)
    start = links.index(entry["link"])
    steps = [("ArrowRight", link) for link in links[start + 1:]]
    steps += [("Home", links[0])] + [("ArrowRight", link) for link in links[1:start]] if start else []
    problems, previous = [], entry
    for key, expected in steps:
        page.keyboard.press(key)
        focused = page.evaluate(_FOCUSED)
        if focused is None or focused["link"] != expected:
            target = page.evaluate("(n) => document.querySelector(`[data-ca-link='${n}']`).outerHTML.slice(0, 200)",
                                   expected)
            got = focused["desc"] if focused else "nothing"
            return problems + [f"{where}: {key} from {previous['desc']} in a [data-ca-arrow-keys] group "
                               f"focused {got}, not the next link: {target}"]
        reached.add(expected)
        problems += stop_problems(focused, where, key)
        previous = focused
    return problems


def probe_csp(page) -> list[str]:
    """Try to run an inline script: the page's CSP must block it, with a violation."""
    before = len(page.console_errors)
    ran = page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.caInlineRan = true'; document.head.append(s);
        return window.caInlineRan === true; }""")
    for _ in range(80):  # the violation event is queued as a task: wait for it, up to 2 s
        if any(e.startswith("CSP violation:") for e in page.console_errors[before:]):
            break
        page.wait_for_timeout(25)
    return (["the inline script RAN"] if ran else []) + page.console_errors[before:]


def kinds() -> list[str]:
    return list(PAGE_KINDS)


def every_view(views=tuple(VIEWS)) -> list[tuple[str, str]]:
    return [(k, v) for v in views for k in PAGE_KINDS]


# --- the gates ---------------------------------------------------------------------


@pytest.mark.parametrize("kind, view", every_view())
def test_no_accessibility_violations(visits, kind, view):
    result = visits[kind, view]
    assert result.axe == [], f"{len(result.axe)} axe-core violation(s):\n" + "\n".join(result.axe)


@pytest.mark.parametrize("kind, view", every_view())
def test_no_third_party_requests_no_console_errors(visits, kind, view):
    result = visits[kind, view]
    assert result.status == 200, f"{result.where}: HTTP {result.status}"  # the test server sends 404.html as 200
    assert result.foreign_requests == [], f"{result.where}: requests left the site: {result.foreign_requests}"
    assert result.failed_requests == [], f"{result.where}: failed requests: {result.failed_requests}"
    assert result.console_errors == [], f"{result.where}: console errors:\n" + "\n".join(result.console_errors)


@pytest.mark.parametrize("kind, view", every_view(tuple(LAYOUT_VIEWS)))
def test_nothing_scrolls_sideways_but_a_data_table_on_a_phone(visits, kind, view):
    result = visits[kind, view]
    assert result.layout == [], "\n".join(result.layout)


@pytest.mark.parametrize("kind, view", every_view())
def test_no_chart_text_overlaps_other_text(visits, kind, view):
    result = visits[kind, view]
    assert result.chart_overlaps == [], "\n".join(result.chart_overlaps)
    charts = "metric" in kind and "readings" not in kind and "index" not in kind
    assert (result.chart_texts > 0) == charts, f"{result.where}: {result.chart_texts} chart text elements"


@pytest.mark.parametrize("kind, view", every_view())
def test_a_metric_pages_charts_are_the_same_width_one_above_the_other(visits, kind, view):
    result = visits[kind, view]
    assert not unequal_charts(result.chart_plots), f"{result.where}: {result.chart_plots}"


@pytest.mark.parametrize("kind", kinds())
def test_content_security_policy_is_enforced(visits, kind):
    result = visits[kind, "light"]
    assert "the inline script RAN" not in result.csp_probe, (
        f"{result.where}: an injected inline script was not blocked: {result.csp_probe}")
    violations = [e for e in result.csp_probe if e.startswith("CSP violation:")]
    assert len(violations) == 1 and "script-src-elem blocked inline" in violations[0], (
        f"{result.where}: blocking the inline script should raise one CSP violation: {result.csp_probe}")


@pytest.mark.parametrize("kind, view", every_view(KEYBOARD_VIEWS))
def test_keyboard_reaches_every_link_with_a_focus_ring(visits, kind, view):
    result = visits[kind, view]
    assert result.keyboard == [], "\n".join(result.keyboard)


def test_material_javascript_works_under_the_csp(page, site_server):
    """The palette toggle and the navigation still work with no inline script."""
    page.goto(site_server, wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.locator("label[for='__palette_1']").click()
    wait_for(page, "document.body.dataset.mdColorScheme === 'slate'")
    page.locator(".md-sidebar--primary a.md-nav__link", has_text="About").click()
    page.wait_for_url("**/about/")
    # the choice was stored by md-scope.js's __md_set and restored by palette.js
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert page.console_errors == []


def test_phone_menu_opens_from_the_keyboard(browser, site_server):
    """On a phone (or a desktop at 400% zoom) the nav is a drawer: Enter or Space
    on the menu control opens it with focus on its first link; Escape closes it."""
    page = open_page(browser, viewport=VIEWS["phone"][1])
    try:
        page.goto(site_server + "about/", wait_until="networkidle")
        menu = page.locator("label.md-header__button[for='__drawer']")
        assert menu.get_attribute("aria-expanded") == "false"
        for key in ("Enter", " "):
            menu.focus()
            page.keyboard.press(key)
            assert page.evaluate("document.getElementById('__drawer').checked") is True, key
            assert menu.get_attribute("aria-expanded") == "true"
            wait_for(page, "document.activeElement.closest('.md-sidebar--primary') !== null")
            assert page.evaluate("document.activeElement.textContent.trim()") == "Home"
            page.keyboard.press("Escape")
            assert page.evaluate("document.getElementById('__drawer').checked") is False, key
            assert page.evaluate("document.activeElement.getAttribute('for')") == "__drawer"
        assert page.console_errors == []
    finally:
        page.context.close()

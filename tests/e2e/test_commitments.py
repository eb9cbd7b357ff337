"""The commitment tracker in Chromium: grouped without JavaScript, filterable with
it, accessible (axe, WCAG 2.2 AA) at phone and desktop widths, light and dark."""
from __future__ import annotations

import pytest

from e2e.axe import run_axe

pytestmark = pytest.mark.e2e

INDEX = "commitments/"
PAGES = [INDEX, "commitments/family-group-conferencing/", "commitments/no-wrong-door/",
         "commitments/by-member/michael-carr/"]


def visible_in_status_groups(page) -> list[str]:
    return page.locator(".ca-tracked-list > li:visible p.ca-commitment-text a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")


def test_filters_by_status_flags_and_member(page, site_server):
    page.goto(site_server + INDEX)
    form = page.locator("#ca-commitment-filter")
    assert form.is_visible()
    assert len(visible_in_status_groups(page)) == 13
    page.select_option("select[name=status]", "planned")
    # newest first: the 2019 report's before the 2017 report's
    assert visible_in_status_groups(page) == ["edge-of-care-provision/", "achieving-outstanding-plan/"]
    assert page.locator(".ca-filter-count").inner_text() == "Showing 2 of 13 commitments."
    assert not page.locator("section[aria-labelledby=status-in-progress]").is_visible()
    page.select_option("select[name=status]", "")
    page.check("input[value=overdue]")
    page.check("input[value=silent]")
    assert visible_in_status_groups(page) == ["firstline-training/", "resource-team-redesign/"]
    page.uncheck("input[value=overdue]")
    page.uncheck("input[value=silent]")
    page.select_option("select[name=member]", "barrie-cooper")
    assert len(visible_in_status_groups(page)) == 7
    assert page.locator("select[name=portfolio]").count() == 0  # one portfolio: nothing to choose
    page.select_option("select[name=member]", "")
    assert page.locator(".ca-filter-count").inner_text() == ""
    assert len(visible_in_status_groups(page)) == 13
    assert not page.console_errors, page.console_errors


def test_without_javascript_every_group_is_shown_and_the_form_is_not(browser, site_server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_server + INDEX)
        assert not page.locator("#ca-commitment-filter").is_visible()
        assert page.locator(".ca-tracked-list > li:visible").count() == 13
        assert page.locator("section.ca-group:visible").count() == 2  # planned, in progress
    finally:
        context.close()


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("width, scheme", [(360, "light"), (1280, "light"), (360, "dark")])
def test_tracker_pages_pass_axe(browser, site_server, axe_js, screenshot_dir, path, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                  reduced_motion="reduce")
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(site_server + path, wait_until="networkidle")
        name = (path.strip("/").replace("/", "-") or "index") + f"-{width}-{scheme}.png"
        page.screenshot(path=screenshot_dir / name, full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        violations = run_axe(page, axe_js.read_text("utf-8"), f"{path} ({width} px, {scheme})")
        assert violations == [], "\n".join(violations)
        assert errors == []
    finally:
        context.close()

"""Smoke test: the built home page loads in Chromium, self-contained and error-free."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.e2e


def test_home_page_loads_from_localhost_only(page, site_server, screenshot_dir):
    response = page.goto(site_server, wait_until="networkidle")
    # Screenshot first, so there is something to look at even when a check fails.
    page.screenshot(path=screenshot_dir / "home.png", full_page=True)

    assert response is not None and response.status == 200, response
    h1 = page.locator("h1")
    assert h1.count() >= 1, "home page has no <h1>"
    assert h1.first.inner_text().strip(), "home page <h1> is empty"

    assert not page.console_errors, "console errors:\n" + "\n".join(page.console_errors)
    server = urlsplit(site_server).netloc  # "127.0.0.1:PORT"
    foreign = [u for u in page.requests if urlsplit(u).netloc != server]
    assert foreign == [], f"requests left {server}: {foreign}"
    assert not page.failed_requests, "failed requests:\n" + "\n".join(page.failed_requests)

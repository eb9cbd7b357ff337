"""The real site built for https://example.org/archive/ and served under /archive/
by a real HTTP server (missing paths get 404.html, as GitHub Pages and Netlify do):
every internal link, stylesheet, script, feed and data file answers 200, no link
leaves the sub-path, every #fragment exists, and Chromium loads pages cleanly."""
from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from lxml import etree, html as lxml_html

from conftest import SOURCE_DATE_EPOCH

pytestmark = pytest.mark.e2e
PREFIX = "/archive/"
SITE_URL = "https://example.org/archive/"
ATOM = "{http://www.w3.org/2005/Atom}"


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site only under PREFIX; anything else, or missing, is a 404 page."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".xml": "application/xml", ".ics": "text/calendar", ".json": "application/json"}

    def translate_path(self, path: str) -> str:
        parts = urlsplit(path)
        if not parts.path.startswith(PREFIX):
            return "/nonexistent/outside-the-sub-path"
        return super().translate_path(parts.path[len(PREFIX) - 1:])

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture(scope="module")
def subpath_site(repo_root, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("subpath") / "site"
    env = {**os.environ, "SITE_URL": SITE_URL, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(repo_root / "mkdocs.yml"),
                           "-d", str(site)], cwd=repo_root, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    return site


@pytest.fixture(scope="module")
def subpath_server(subpath_site):
    handler = functools.partial(SubPathHandler, directory=str(subpath_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()
    server.server_close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read()


def references(page_url: str, body: bytes) -> list[str]:
    tree = lxml_html.fromstring(body)
    found = tree.xpath("//a/@href | //link/@href | //script/@src | //img/@src")
    return [urljoin(page_url, ref) for ref in found]


def crawl(start: str) -> tuple[dict[str, int], dict[str, set[str]], list[tuple[str, str]]]:
    """Every same-host URL reachable from start: status by URL, ids by HTML page,
    and (page, link) for each link with a #fragment."""
    host = urlsplit(start).netloc
    statuses: dict[str, int] = {}
    ids: dict[str, set[str]] = {}
    fragments: list[tuple[str, str]] = []
    queue = deque([start])
    while queue:
        url = queue.popleft()
        if url in statuses:
            continue
        status, kind, body = fetch(url)
        statuses[url] = status
        if status != 200 or kind != "text/html":
            continue
        ids[url] = set(lxml_html.fromstring(body).xpath("//@id"))
        for ref in references(url, body):
            target, fragment = urldefrag(ref)
            if urlsplit(target).netloc != host:
                continue
            if fragment:
                fragments.append((url, ref))
            queue.append(target)
    return statuses, ids, fragments


@pytest.fixture(scope="module")
def crawled(subpath_server):
    return crawl(subpath_server)


def test_every_internal_link_answers_200(crawled, subpath_server):
    statuses, ids, _ = crawled
    broken = {url: status for url, status in statuses.items() if status != 200}
    assert broken == {}
    outside = [url for url in statuses if not urlsplit(url).path.startswith(PREFIX)]
    assert outside == []
    kinds = {urlsplit(u).path[len(PREFIX):].split("/")[0] for u in ids}
    assert {"", "about", "reports", "portfolios", "members", "tags", "data"} <= kinds
    files = {urlsplit(u).path[len(PREFIX):] for u in statuses}
    assert {"feeds/reports.xml", "feeds/commitments.ics", "data/reports.json", "data/readings.csv",
            "data/commitments.json", "data/commitment-updates.csv",
            "data/report-front-matter.schema.json"} <= files


def test_every_fragment_exists_on_its_page(crawled):
    _, ids, fragments = crawled
    missing = [(page, ref) for page, ref in fragments
               if urldefrag(ref)[0] in ids and urldefrag(ref)[1] not in ids[urldefrag(ref)[0]]]
    assert missing == []


def test_feed_links_resolve_on_the_sub_path(subpath_site, subpath_server):
    feeds = sorted(p.relative_to(subpath_site).as_posix() for p in (subpath_site / "feeds").rglob("*.xml"))
    assert len(feeds) > 10
    for feed in feeds:
        status, _, body = fetch(subpath_server + feed)
        assert status == 200, feed
        root = etree.fromstring(body)
        for href in root.xpath("//a:link/@href", namespaces={"a": ATOM[1:-1]}):
            assert href.startswith(SITE_URL)
            local = subpath_server + href[len(SITE_URL):]
            assert fetch(urldefrag(local)[0])[0] == 200, (feed, href)


def test_missing_page_gets_a_working_404_page(subpath_server):
    status, _, body = fetch(subpath_server + "no/such/page/")
    assert status == 404
    for ref in references(subpath_server + "no/such/page/", body):
        if urlsplit(ref).netloc == urlsplit(subpath_server).netloc and not urldefrag(ref)[1]:
            assert fetch(ref)[0] == 200, ref


@pytest.mark.parametrize("path", ["", "reports/", "reports/2019/", "portfolios/childrens-services/",
                                  "members/barrie-cooper/", "tags/", "data/", "no/such/page/"])
def test_chromium_loads_pages_under_the_sub_path(page, subpath_server, screenshot_dir, path):
    page.goto(subpath_server + path, wait_until="networkidle")
    name = "subpath-" + (path.strip("/").replace("/", "_") or "home") + ".png"
    page.screenshot(path=screenshot_dir / name, full_page=True)
    # the 404 page's own status is the only error Chromium may log
    errors = [e for e in page.console_errors if not e.endswith(f"({subpath_server}no/such/page/)")]
    assert errors == []
    assert not page.failed_requests, page.failed_requests
    prefix = subpath_server
    assert [u for u in page.requests if not u.startswith(prefix)] == []
    assert [u for u in page.requests if u.endswith("sitemap.xml") and u != prefix + "sitemap.xml"] == []
    if path != "no/such/page/":
        nav = page.locator("nav.md-nav--primary").first
        assert nav.get_by_role("link", name="Open data").count() == 1
        # feed readers find the feeds: rel read as space-separated tokens
        feeds = page.eval_on_selector_all("link[rel~=alternate][type='application/atom+xml']",
                                          "links => links.map(l => l.href)")
        assert prefix + "feeds/reports.xml" in feeds

"""Shared pytest fixtures: the built site, a local HTTP server, headless Chromium.

Costly things (the mkdocs build, the server, the browser) are session-scoped and
made once; each test gets its own browser context and page.

Browser tests use Debian's /usr/bin/chromium through Playwright (no browser
download). Install it with `bash scripts/setup.sh --with-browser`. Without it the
browser fixtures skip, except under CI=true where a missing browser is an error.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
# The network here is closed: background/component/sync traffic only produces
# refused connections and noise, so switch it all off. Root needs --no-sandbox.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Fixed build time so dates in the output (sitemap, feeds) are reproducible.
SOURCE_DATE_EPOCH = "1700000000"  # 2023-11-14T22:13:20Z
BUILD_TIMEOUT_S = 900
VIEWPORT = {"width": 1280, "height": 900}


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _require(path: Path, what: str) -> Path:
    """Return path if it exists; else skip (locally) or fail (under CI=true)."""
    if path.exists():
        return path
    msg = f"{what} not found at {path}: run `bash scripts/setup.sh --with-browser`"
    if _in_ci():
        pytest.fail(msg + " (CI=true: missing test tools are an error)", pytrace=False)
    pytest.skip(msg)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "e2e: browser test against the built site (slow); deselect with -m 'not e2e'",
    )
    # Hypothesis: no per-example deadline on the small, shared CI machine.
    try:
        from hypothesis import settings
    except ImportError:  # pragma: no cover - hypothesis is in requirements.lock
        return
    settings.register_profile("ci", deadline=None, print_blob=True)
    if _in_ci():
        settings.load_profile("ci")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Everything under tests/e2e/ is an e2e test, marked or not.
    e2e_dir = REPO_ROOT / "tests" / "e2e"
    for item in items:
        if e2e_dir in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.e2e)


# --- paths ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def screenshot_dir(repo_root: Path) -> Path:
    """<repo>/.cache/screenshots (gitignored): screenshots for people to look at."""
    path = repo_root / ".cache" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def axe_js(repo_root: Path) -> Path:
    """axe-core's script. Inject it with page.evaluate(axe_js.read_text()): the pages'
    Content-Security-Policy blocks page.add_script_tag."""
    return _require(repo_root / "node_modules" / "axe-core" / "axe.min.js", "axe-core")


@pytest.fixture(scope="session")
def vnu_jar(repo_root: Path) -> Path:
    """The Nu HTML Checker: run as ["java", "-jar", vnu_jar, "--errors-only", ...]."""
    return _require(
        repo_root / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar", "vnu.jar"
    )


# --- the built site ---------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_archive(repo_root: Path):
    """The real content/ as the core models it (no MkDocs)."""
    from generator.pipeline import check_archive

    build = check_archive(repo_root, repo_root / "content", repo_root / "site_config")
    assert build.archive is not None, build.problems
    return build.archive


@pytest.fixture(scope="session")
def built_site(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the real site once per session (mkdocs build --strict) and return its dir."""
    site = tmp_path_factory.mktemp("built") / "site"
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
        "NO_MKDOCS_2_WARNING": "1",  # silences Material's end-of-life banner
    }
    cmd = [
        sys.executable, "-m", "mkdocs", "build", "--strict",
        "-f", str(repo_root / "mkdocs.yml"), "-d", str(site),
    ]  # fmt: skip
    proc = subprocess.run(
        cmd, cwd=repo_root, env=env, capture_output=True, text=True,
        timeout=BUILD_TIMEOUT_S, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, (
        f"mkdocs build failed (exit {proc.returncode}): {' '.join(cmd)}\n"
        f"--- stderr ---\n{proc.stderr}\n--- stdout ---\n{proc.stdout}"
    )
    assert (site / "index.html").is_file(), f"build produced no {site}/index.html"
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # Types the stdlib may not know; pagefind loads .wasm, modules need JS types.
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".xml": "application/xml",
        ".svg": "image/svg+xml",
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that drops a connection mid-response is not a test failure.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Serve directory on 127.0.0.1 (free port) inside the with-block; gives 'http://127.0.0.1:PORT/'."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)  # port 0: the OS picks a free one
    thread = threading.Thread(target=server.serve_forever, name=f"server {directory}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Serve built_site on 127.0.0.1 (free port); yields 'http://127.0.0.1:PORT/'."""
    with serving(built_site) as url:
        yield url


# --- browser -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator["playwright.sync_api.Browser"]:  # noqa: F821
    """Headless Debian Chromium via Playwright's sync API, one per session.

    Playwright's default launch gives it a fresh temporary user-data dir.
    """
    _require(CHROMIUM, "Debian chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def _is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in (
        "127.0.0.1", "localhost", "::1",
    )  # fmt: skip


# Every CSP violation also reaches the console as an error, with what was blocked.
# Init scripts come from the DevTools protocol, so the page's own CSP does not stop this one.
_CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (e) => console.error(
  `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} ` +
  `at ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample || ""}`));
"""


def open_page(browser, **context_options) -> "playwright.sync_api.Page":  # noqa: F821
    """A new context + page, instrumented as the `page` fixture describes.

    context_options go to browser.new_context (e.g. color_scheme="dark"); close
    the page's context (page.context.close()) when done.
    """
    context = browser.new_context(**{"viewport": VIEWPORT, "reduced_motion": "reduce", **context_options})
    context.set_default_timeout(15_000)
    context.route(
        "**/*",
        lambda route: route.continue_() if _is_loopback(route.request.url) else route.abort(),
    )
    context.add_init_script(_CSP_REPORTER)
    pg = context.new_page()
    pg.console_messages = []
    pg.console_errors = []
    pg.requests = []
    pg.failed_requests = []

    def on_console(msg) -> None:
        pg.console_messages.append(f"{msg.type}: {msg.text}")
        if msg.type == "error":
            pg.console_errors.append(f"{msg.text} ({msg.location.get('url', '')})")

    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: pg.console_errors.append(f"uncaught: {exc}"))
    pg.on("request", lambda req: pg.requests.append(req.url))
    pg.on("requestfailed", lambda req: pg.failed_requests.append(f"{req.url} ({req.failure})"))
    return pg


@pytest.fixture
def page(browser) -> Iterator["playwright.sync_api.Page"]:  # noqa: F821
    """A fresh context + page per test: a real Playwright Page with extra lists

    page.console_messages  every console message, as "type: text"
    page.console_errors    console errors, uncaught page exceptions and CSP violations (strings)
    page.requests          URL of every request the page made, in order
    page.failed_requests   "URL (reason)" for requests that failed

    Requests to anything but loopback are recorded and then aborted, so a test
    never waits on (or sends traffic to) the outside network.
    """
    pg = open_page(browser)
    try:
        yield pg
    finally:
        pg.context.close()

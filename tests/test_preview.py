"""Fast preview: under `mkdocs serve --dirty` an edited report is rebuilt, and so
are the pages that show something of it (the next report's 'change since',
the home page's latest reports), even with strict: true in mkdocs.yml."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from generator.pipeline import check_archive
from generator.preview import BuildInputs, stale_pages
from tinysite import GOOD_REPORT, make_site, report

OLD = "2018/2018-03-01-childrens-services.md"
NEW = "2019/2019-09-04-childrens-services.md"
OLD_TEXT = report(date="date: 2018-03-01").replace("as_of: 2019-08-18", "as_of: 2018-02-01")


def _inputs(root):
    build = check_archive(root, root / "content", root / "site_config")
    return BuildInputs.of(build.archive, [], root / "site_config")


def test_editing_a_figure_makes_the_next_reports_header_stale(tmp_path):
    root = make_site(tmp_path, {OLD: OLD_TEXT, NEW: GOOD_REPORT})
    before = _inputs(root)
    assert stale_pages(before, _inputs(root)).reports == frozenset()
    (root / "content" / "reports" / OLD).write_text(OLD_TEXT.replace("value: 552", "value: 500"))
    stale = stale_pages(before, _inputs(root))
    assert not stale.everything
    assert stale.reports == {"reports/2019/2019-09-04-childrens-services.md"}


def test_a_site_config_edit_makes_everything_stale(tmp_path):
    root = make_site(tmp_path, {NEW: GOOD_REPORT})
    before = _inputs(root)
    with open(root / "site_config" / "portfolios.yml", "a") as f:
        f.write("extra-portfolio:\n  name: Extra\n")
    assert stale_pages(before, _inputs(root)).everything
    assert stale_pages(None, before).everything


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return ""


def _wait(url: str, text: str, server: subprocess.Popen, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        page = _get(url)
        if text in page:
            return page
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared at {url}")


def test_serve_dirty_rebuilds_the_edited_report_and_the_pages_it_affects(tmp_path):
    root = make_site(tmp_path, {OLD: OLD_TEXT, NEW: GOOD_REPORT})
    port = _port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                              cwd=root, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait(base + "reports/2019/2019-09-04-childrens-services/", "no change", server)
        time.sleep(1.0)
        (root / "content" / "reports" / OLD).write_text(
            OLD_TEXT.replace("value: 552", "value: 500").replace("title: Children's Services",
                                                                 "title: Edited Children's Services")
            + "\nAn added sentence.\n")
        _wait(base + "reports/2018/2018-03-01-childrens-services/", "An added sentence.", server)
        newer = _wait(base + "reports/2019/2019-09-04-childrens-services/", "+52", server)
        assert "500 on 1 Feb 2018" in newer
        _wait(base, "Edited Children", server)  # the home page's latest reports
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        _, stderr = server.communicate(timeout=30)
    assert "Aborted" not in stderr and "A 'dirty' build is being performed" not in stderr
    assert "fast preview: only edited reports and the pages that depend on them are rebuilt" in stderr

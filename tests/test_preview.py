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
from pathlib import Path

import pytest

from generator.pipeline import check_archive
from generator.preview import BuildInputs, stale_pages
from tinysite import GOOD_REPORT, make_site, report, run_build

OLD = "2018/2018-03-01-childrens-services.md"
NEW = "2019/2019-09-04-childrens-services.md"
OLD_TEXT = report(date="date: 2018-03-01").replace("as_of: 2019-08-18", "as_of: 2018-02-01")


def _inputs(root):
    build = check_archive(root, root / "content", root / "site_config")
    return BuildInputs.of(build.archive, [])


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
    assert "watching for edits with the system's file notifications" in stderr


# --- the memo and MkDocs' dirty rebuild, on the site directory itself --------------------

SIM = Path(__file__).resolve().parent / "servesim.py"
OLD_PAGE = "reports/2018/2018-03-01-childrens-services/index.html"
NEW_PAGE = "reports/2019/2019-09-04-childrens-services/index.html"
LEFT_OUT = ("pagefind/", "sitemap.xml")  # site-wide post-build output, not refreshed by a preview


class ServeSim:
    """tests/servesim.py in a subprocess: rebuild() is one `mkdocs serve --dirty` rebuild."""

    def __init__(self, root: Path, site: Path):
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
        self.log = root / "servesim.log"
        with open(self.log, "w") as log:
            self.proc = subprocess.Popen([sys.executable, str(SIM), str(root / "mkdocs.yml"), str(site)],
                                         cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=log, text=True)

    def rebuild(self) -> None:
        self.proc.stdin.write("build\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        assert answer == "built", answer + "\n" + self.log.read_text()

    def close(self) -> str:
        self.proc.communicate("", timeout=60)  # end of input: servesim exits
        return self.log.read_text()


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and not p.relative_to(site).as_posix().startswith(LEFT_OUT)}


def mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def _edit_old_report(root: Path, edit) -> None:
    path = root / "content" / "reports" / OLD
    path.write_text(edit(path.read_text()))


def _edit_new_report(root: Path, edit) -> None:
    path = root / "content" / "reports" / NEW
    path.write_text(edit(path.read_text()))


def _move_old_report(root: Path) -> None:
    """A new date means a new file name (and page address): 1 March 2018 becomes 1 April."""
    old = root / "content" / "reports" / OLD
    old.rename(old.with_name("2018-04-01-childrens-services.md"))
    moved = old.with_name("2018-04-01-childrens-services.md")
    moved.write_text(moved.read_text().replace("date: 2018-03-01", "date: 2018-04-01"))


TRACKER = "commitments/youth-parliament/index.html"
EDITS = {  # an edit, and pages that must show it
    "title": (lambda root: _edit_old_report(root, lambda t: t.replace(
        "title: Children's Services", "title: Edited Children's Services")),
        {OLD_PAGE, "index.html", "reports/index.html", "reports/2018/index.html",
         "portfolios/childrens-services/index.html", "members/barrie-cooper/index.html",
         "tags/youth-voice/index.html", "metrics/children-looked-after/index.html", "feeds/reports.xml"}),
    "figure": (lambda root: _edit_old_report(root, lambda t: t.replace("value: 552", "value: 500")),
               {OLD_PAGE, NEW_PAGE, "metrics/children-looked-after/index.html", "metrics/index.html",
                "reports/2019/index.html", "feeds/metrics/children-looked-after.xml", "data/readings.csv"}),
    "status": (lambda root: _edit_new_report(root, lambda t: t.replace(
        "status: in-progress", "status: delayed")),
        {NEW_PAGE, TRACKER, "commitments/index.html", "commitments/by-portfolio/childrens-services/index.html",
         "commitments/by-member/barrie-cooper/index.html", "feeds/commitments/youth-parliament.xml",
         "data/commitment-updates.csv"}),
    "tag": (lambda root: _edit_old_report(root, lambda t: t.replace(
        "tags: [youth-voice]", "tags: [youth-voice, fostering]")),
        {"tags/index.html", "tags/fostering/index.html", "data/reports.json"}),
    "date": (_move_old_report,
             {"reports/2018/2018-04-01-childrens-services/index.html", "index.html", "reports/2018/index.html",
              TRACKER, "members/barrie-cooper/index.html", "feeds/reports.xml", "data/reports.json"}),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_preview_rebuild_after_an_edit_is_byte_identical_to_a_fresh_build(tmp_path, edit):
    root = make_site(tmp_path / "project", {OLD: OLD_TEXT, NEW: GOOD_REPORT})
    sim = ServeSim(root, tmp_path / "served")
    change, shown_on = EDITS[edit]
    try:
        sim.rebuild()
        before = files_of(tmp_path / "served")
        change(root)
        sim.rebuild()
    finally:
        log = sim.close()
    assert "WARNING" not in log and "rebuilding every page" in log, log
    fresh = run_build(root, "-d", str(tmp_path / "fresh"))
    assert fresh.returncode == 0, fresh.stderr
    served, built = files_of(tmp_path / "served"), files_of(tmp_path / "fresh")
    assert sorted(u for u in built if served.get(u) != built[u]) == []
    # MkDocs' dirty build never deletes: a moved report's old page stays in the preview
    assert set(served) - set(built) == ({OLD_PAGE} if edit == "date" else set())
    assert sorted(u for u in shown_on if before.get(u) == built[u]) == []  # the edit shows there


def test_a_preview_rebuild_rewrites_what_an_edit_affects_and_nothing_else(tmp_path):
    root = make_site(tmp_path / "project", {OLD: OLD_TEXT, NEW: GOOD_REPORT})
    site = tmp_path / "served"
    sim = ServeSim(root, site)
    try:
        sim.rebuild()
        before = mtimes(site)
        sim.rebuild()  # nothing changed: nothing is written
        assert mtimes(site) == before
        EDITS["title"][0](root)
        sim.rebuild()
        after = mtimes(site)
    finally:
        sim.close()
    rewritten = {u for u in after if after[u] != before.get(u)}
    # every page and file that shows the 2018 report's title
    assert rewritten == {
        OLD_PAGE, "index.html", "reports/index.html", "reports/2018/index.html",
        "portfolios/childrens-services/index.html", "members/barrie-cooper/index.html",
        "tags/youth-voice/index.html", "metrics/children-looked-after/index.html",
        "metrics/children-looked-after/readings/2010-2019/index.html",
        "metrics/children-looked-after/children-looked-after.csv",
        "metrics/children-looked-after/children-looked-after.json",
        "metrics/children-looked-after/values.vl.json", "metrics/children-looked-after/rates.vl.json",
        "feeds/reports.xml", "feeds/portfolios/childrens-services.xml", "feeds/members/barrie-cooper.xml",
        "feeds/metrics/children-looked-after.xml",
        "data/reports.json", "data/readings.csv", "data/commitment-updates.csv",
    }


def test_cache_keys_compare_reports_by_content(tmp_path):
    root = make_site(tmp_path, {NEW: GOOD_REPORT})
    first = check_archive(root, root / "content", root / "site_config").archive.reports[0]
    again = check_archive(root, root / "content", root / "site_config").archive.reports[0]
    # the same file read twice: another object, the same content, so a key naming it is the same
    assert first is not again and first == again and hash(first) == hash(again)
    (root / "content" / "reports" / NEW).write_text(GOOD_REPORT.replace("prose", "words"))
    edited = check_archive(root, root / "content", root / "site_config").archive.reports[0]
    assert edited != first


def test_a_save_older_than_its_page_is_still_shown(tmp_path):
    """A save that lands while a rebuild runs is older than the page that rebuild then
    writes from the earlier text; MkDocs, comparing times alone, would keep that page."""
    root = make_site(tmp_path / "project", {OLD: OLD_TEXT, NEW: GOOD_REPORT})
    site = tmp_path / "served"
    sim = ServeSim(root, site)
    try:
        sim.rebuild()
        EDITS["title"][0](root)
        page_written = (site / OLD_PAGE).stat().st_mtime_ns
        source = root / "content" / "reports" / OLD
        os.utime(source, ns=(page_written - 10**9, page_written - 10**9))
        sim.rebuild()
    finally:
        sim.close()
    assert "<h1>Edited Children&#x27;s Services" in (site / OLD_PAGE).read_text("utf-8")


def test_serve_watches_with_the_systems_notifications_unless_told_to_poll(tmp_path, monkeypatch):
    from mkdocs.livereload import LiveReloadServer
    from watchdog.observers.polling import PollingObserver

    from generator.mkdocs_plugin.watching import POLLING_ENV, watch_natively

    def server() -> LiveReloadServer:
        made = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
        made.watch(str(tmp_path))
        made.watch(str(tmp_path))  # watched twice (MkDocs counts): unwatched once stays watched
        return made
    monkeypatch.setenv(POLLING_ENV, "1")
    polling = server()
    assert watch_natively(polling) is False and isinstance(polling.observer, PollingObserver)
    monkeypatch.delenv(POLLING_ENV)
    native = server()
    assert watch_natively(native) is True and not isinstance(native.observer, PollingObserver)
    assert len(native.observer.emitters) == 1
    native.unwatch(str(tmp_path))
    assert len(native.observer.emitters) == 1


def test_the_native_watcher_reports_edits_but_not_reads(tmp_path):
    """MkDocs rebuilds on any event it is told of, and a rebuild reads every report."""
    from watchdog.events import FileSystemEventHandler

    from generator.mkdocs_plugin.watching import ChangesObserver

    report = tmp_path / "report.md"
    report.write_text("before")
    seen = []
    handler = FileSystemEventHandler()
    handler.on_any_event = lambda event: seen.append(type(event).__name__)
    observer = ChangesObserver()
    observer.schedule(handler, str(tmp_path), recursive=True)
    observer.start()
    try:
        time.sleep(0.3)
        report.read_text()
        time.sleep(0.5)
        assert [e for e in seen if e.startswith("File")] == []
        report.write_text("after")
        deadline = time.monotonic() + 5
        while "FileModifiedEvent" not in seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "FileModifiedEvent" in seen
    finally:
        observer.stop()
        observer.join()


def _serve(root: Path, port: int, cache: Path) -> subprocess.Popen:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", COUNCIL_ARCHIVE_CACHE=str(cache))
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                            cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _stop(server: subprocess.Popen) -> str:
    """Ctrl-C, as an officer ends a preview: the cache is written before it exits."""
    os.killpg(server.pid, signal.SIGINT)
    return server.communicate(timeout=60)[1]


def test_a_cold_preview_starts_from_the_last_ones_site_and_rebuilds_only_what_changed(tmp_path):
    root = make_site(tmp_path / "project", {OLD: OLD_TEXT, NEW: GOOD_REPORT})
    cache, port = tmp_path / "cache", _port()
    base = f"http://127.0.0.1:{port}/"
    server = _serve(root, port, cache)
    try:
        _wait(base + "reports/2019/2019-09-04-childrens-services/", "no change", server)
    finally:
        first = _stop(server)
    kept = cache / "preview-site"
    before = mtimes(kept)
    assert "pagefind/pagefind.js" in before and (cache / "cache.pickle").is_file(), first
    server = _serve(root, port, cache)  # started again: nothing changed, nothing is written
    try:
        _wait(base + "reports/2019/2019-09-04-childrens-services/", "no change", server)
    finally:
        second = _stop(server)
    assert mtimes(kept) == before, second
    EDITS["title"][0](root)  # edited while no preview runs
    server = _serve(root, port, cache)
    try:
        _wait(base + "reports/2018/2018-03-01-childrens-services/", "Edited Children", server)
        _wait(base, "Edited Children", server)  # the home page's latest reports
    finally:
        _stop(server)
    after = mtimes(kept)
    rewritten = {u for u in after if after[u] != before.get(u)}
    assert OLD_PAGE in rewritten and "index.html" in rewritten and NEW_PAGE not in rewritten
    assert "commitments/youth-parliament/index.html" not in rewritten

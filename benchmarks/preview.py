"""How long an officer waits under `mkdocs serve`: from saving an edit to one
report to the served page (and the home page's latest-reports list, an index
it affects) showing the edit."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

TIMEOUT = 900.0  # the first full build of 10,000 reports under serve takes minutes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return None


def wait_for(urls: list[str], word: str | None, timeout: float, server: subprocess.Popen,
             gone: bool = False) -> float | None:
    """Seconds until every url serves a page containing word (or, if gone, not containing it;
    any page if word is None); None on timeout."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped (exit {server.returncode}); see its log")
        pages = [fetch(u) for u in urls]
        if all(p is not None and (word is None or (word in p) != gone) for p in pages):
            return time.perf_counter() - start
        time.sleep(0.1)
    return None


def newest_report(project: Path) -> Path:
    return max((project / "content" / "reports").rglob("*.md"), key=lambda p: p.name)


def edit(report: Path, word: str) -> str:
    """Put word in the title (shown on the home page) and at the end of the prose; return the original."""
    original = report.read_text(encoding="utf-8")
    lines = original.split("\n")
    title = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    lines[title] = f'title: "{word} {lines[title][len("title: "):].strip(chr(34))}"'
    report.write_text("\n".join(lines) + f"\n{word}\n", encoding="utf-8")
    return original


def measure_preview(project: Path, dirty: bool, edits: int = 2) -> dict:
    """Start `mkdocs serve`, wait for the first build, then time `edits` edits of the newest report."""
    port = free_port()
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"),
           "-a", f"127.0.0.1:{port}"] + (["--dirty"] if dirty else [])
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    log = open(project / f"serve-{'dirty' if dirty else 'full'}.log", "w")
    server = subprocess.Popen(cmd, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    report = newest_report(project)
    url = f"http://127.0.0.1:{port}/" + report.relative_to(project / "content").as_posix()[:-3] + "/"
    home = f"http://127.0.0.1:{port}/"
    try:
        first = wait_for([url, home], None, TIMEOUT, server)
        times = []
        for n in range(edits):
            time.sleep(1.0)  # let the watcher settle after the previous build
            word = f"Previewedit{n}x{port}"
            original = edit(report, word)
            try:
                times.append(wait_for([url, home], word, 120.0, server))
            finally:
                report.write_text(original, encoding="utf-8")
            wait_for([url, home], word, 120.0, server, gone=True)  # the restore is rebuilt too
        return {"mode": "serve --dirty" if dirty else "serve", "first_build_seconds": first,
                "edit_seconds": times, "page": url.split(f":{port}")[1]}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()

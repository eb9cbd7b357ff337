"""A cold preview with a warm cache: how long an officer waits for the first page when
`mkdocs serve --dirty` starts again on an archive it has previewed before, then for
an edit to show.

    .venv/bin/python benchmarks/cold_preview.py benchmarks/out/archive-10000 [--port 8123]

Starts a preview once to warm the cache (the site it writes is kept, with the cache,
under .cache/council-archive/), stops it with Ctrl-C as an officer would, starts it
again on the same address and times the first page (the newest report, and the home
page), then times an edit of the newest report (benchmarks/preview.py's). Prints the
load average with each figure: a busy machine makes them noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from preview import edit, newest_report, wait_for  # noqa: E402

TIMEOUT = 1800.0


def start(project: Path, port: int, log: Path) -> subprocess.Popen:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(project / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}"], cwd=project, env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def stop(server: subprocess.Popen) -> None:
    """Ctrl-C: the preview writes its cache before it exits."""
    os.killpg(server.pid, signal.SIGINT)
    server.wait(timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--warm", action="store_true", help="the cache is warm already: skip the first start")
    args = parser.parse_args()
    project = args.project.resolve()
    report = newest_report(project)
    base = f"http://127.0.0.1:{args.port}/"
    urls = [base + report.relative_to(project / "content").as_posix()[:-3] + "/", base]
    result = {}
    if not args.warm:
        load = os.getloadavg()[0]
        server = start(project, args.port, project / "serve-cold-1.log")
        try:
            result["first_start_seconds"] = wait_for(urls, None, TIMEOUT, server)
        finally:
            stop(server)
        result["first_start_load"] = round(load, 2)
        print(f"first start (cache cold): {result['first_start_seconds']:.1f} s (load {load:.2f})", flush=True)
    load = os.getloadavg()[0]
    began = time.perf_counter()
    server = start(project, args.port, project / "serve-cold-2.log")
    try:
        result["warm_start_seconds"] = wait_for(urls, None, TIMEOUT, server)
        result["warm_start_load"] = round(load, 2)
        print(f"start again (cache warm): first page after {result['warm_start_seconds']:.1f} s (load {load:.2f})",
              flush=True)
        time.sleep(1.0)
        word = f"Coldedit{args.port}"
        original = edit(report, word)
        try:
            load = os.getloadavg()[0]
            result["edit_seconds"] = wait_for(urls, word, 300.0, server)
            print(f"an edit to the newest report shown after {result['edit_seconds']:.1f} s (load {load:.2f})")
        finally:
            report.write_text(original, encoding="utf-8")
        wait_for(urls, word, 300.0, server, gone=True)
    finally:
        stop(server)
    result["total_seconds"] = time.perf_counter() - began
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()

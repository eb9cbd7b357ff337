"""A preview's rebuilds after an edit, in one process, as `mkdocs serve --dirty` runs them:
wall and CPU time of each, without the server, the watcher or a browser's fetch.

    .venv/bin/python benchmarks/edit_rebuild.py benchmarks/out/archive-10000 [--edits 3] [--profile]

Builds once as a preview starting on the archive (warm if its cache is: run
benchmarks/cold_preview.py first), waits a second as cold_preview.py does, then edits
the newest report's title and prose (benchmarks/preview.py's edit) and rebuilds, undoes
the edit and rebuilds, `--edits` times. Prints each rebuild's wall time, the CPU time of
this process (all its threads; a renderer process drawing charts meanwhile is not in
it) and the load average when it began: a busy machine makes wall times noisy, CPU
times less so. --profile: cProfile the first edit's rebuild (benchmarks/out/edit.prof).
--verify: after each rebuild, check the preview's header inputs (preview.py) against
header_inputs worked out afresh for every report.

To time another commit the same way, put its generator/ first on PYTHONPATH
(`git archive <rev> generator | tar -x -C /tmp/base`); its cache is its own (the
code version is part of it), so set COUNCIL_ARCHIVE_CACHE to keep them apart."""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from preview import edit, newest_report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--verify", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = args.project.resolve()
    os.chdir(project)
    site_dir = tempfile.mkdtemp(prefix="mkdocs_")  # as serve's: the plugin keeps the preview's own site
    url = "http://127.0.0.1:8123/"

    def config():
        loaded = load_config(str(project / "mkdocs.yml"), site_dir=site_dir)
        loaded.site_url = url
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    plugins = first.plugins  # serve keeps the plugin instances across rebuilds
    plugin = plugins["council-archive"]

    def rebuild(label: str) -> dict:
        loaded = config()
        loaded.plugins = plugins
        load = os.getloadavg()[0]
        wall, cpu = time.perf_counter(), time.process_time()
        build(loaded, serve_url=url, dirty=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{label}: wall {wall:.2f} s, CPU {cpu:.2f} s, load {load:.2f} "
              f"(made {plugin.cache.made}, reused {plugin.cache.reused})", flush=True)
        if args.verify:
            from generator.preview import header_inputs
            archive = plugin.build.archive
            kept = plugin.cache.peek(("preview-inputs",), "last").headers
            assert kept == {r.src_uri: header_inputs(r, archive) for r in archive.reports}, "header inputs differ"
        return {"rebuild": label, "wall": round(wall, 3), "cpu": round(cpu, 3), "load": round(load, 2)}

    results = [rebuild("start")]
    time.sleep(1.0)
    report = newest_report(project)
    profile = cProfile.Profile() if args.profile else None
    try:
        for n in range(args.edits):
            original = edit(report, f"Editrebuild{n}")
            try:
                if profile is not None and n == 0:
                    profile.enable()
                results.append(rebuild(f"edit {n + 1}"))
                if profile is not None and n == 0:
                    profile.disable()
            finally:
                report.write_text(original, encoding="utf-8")
            results.append(rebuild(f"undo {n + 1}"))
    finally:
        plugins.on_shutdown()  # as a preview stops: its cache written
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    if profile is not None:
        out = Path(__file__).resolve().parent / "out" / "edit.prof"
        profile.dump_stats(out)
        pstats.Stats(str(out)).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()

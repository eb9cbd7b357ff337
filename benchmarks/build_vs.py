"""The full build against an earlier commit's, on the same archive, in the same run.

    .venv/bin/python benchmarks/build_vs.py benchmarks/out/archive-10000 --base 20988cc [--rounds 1]

Exports the earlier commit's generator/ (git archive) and builds the project with it
(PYTHONPATH puts it first) and with this checkout, alternately, each with its caches
cold (the chart cache, and .cache/council-archive/), then this checkout once more with
its cache warm from the last build. Prints wall and CPU time of the process tree, our
own stages and peak memory (PSS), with the load average before each build: figures,
not pass/fail, and a busy machine makes the wall times noisy (the CPU times less so).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run_measured  # noqa: E402

ENV = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def export(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", rev, "generator"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def cold(project: Path) -> None:
    for folder in (project / ".cache", project / "site"):
        shutil.rmtree(folder, ignore_errors=True)


def build(project: Path, code: Path | None, label: str) -> dict:
    timings = project / f"timings-{label}.json"
    env = dict(os.environ, **ENV, COUNCIL_ARCHIVE_TIMINGS=str(timings))
    if code is not None:
        env["PYTHONPATH"] = str(code)
    load = os.getloadavg()[0]
    run = run_measured([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
                       project, env)
    if run.returncode:
        raise SystemExit(f"{label} build failed:\n{run.stderr[-3000:]}")
    stages = json.loads(timings.read_text())
    row = {"label": label, "load": round(load, 2), "seconds": round(run.seconds, 1),
           "cpu_seconds": round(run.cpu_seconds, 1), "ours": round(sum(stages["seconds"].values()), 1),
           "ours_cpu": round(sum(stages.get("cpu_seconds", {}).values()), 1),
           "peak_pss_mib": round(run.peak_pss / 2**20)}
    print(f"{label:<22} load {row['load']:5.2f}  wall {row['seconds']:7.1f} s  CPU {row['cpu_seconds']:7.1f} s  "
          f"ours {row['ours']:6.1f} s (CPU {row['ours_cpu']:5.1f})  PSS {row['peak_pss_mib']:,} MiB", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("--base", default="main", help="the earlier commit")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    project = args.project.resolve()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = export(args.base, Path(tmp))
        for n in range(args.rounds):
            order = [("base", base), ("this", None)] if n % 2 == 0 else [("this", None), ("base", base)]
            for label, code in order:
                cold(project)
                rows.append(build(project, code, f"{label} (cold)"))
        if rows[-1]["label"].startswith("base"):
            cold(project)
            build(project, None, "this (warming)")
        rows.append(build(project, None, "this (cache warm)"))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"base": args.base, "builds": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()

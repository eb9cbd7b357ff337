"""A hub of synthetic councils, built shard by shard, then assembled; prints each
shard's build time and peak memory, the assembly's, and the spread of the shards'
times (the target: within 10% of each other for equal sizes).

    python benchmarks/hub_bench.py OUT_DIR --councils 20 --reports 500

Councils are synthesised with benchmarks/synth.py (seed = the council's number),
their children's services metrics naming the hub's shared definitions.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run_measured  # noqa: E402
from synth import synthesize  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = {"children-looked-after": "Children looked after", "children-in-need": "Children in need",
          "child-protection-plans": "Children subject to a child protection plan"}


def shared_metrics_yaml() -> str:
    return "".join(f"{key}:\n  label: {label}\n  unit: children\n  rate:\n    per: 10000\n"
                   f"    population: children aged 0 to 17\n" for key, label in SHARED.items())


def name_shared(project: Path) -> None:
    path = project / "site_config" / "metrics.yml"
    text = path.read_text("utf-8")
    for key in SHARED:
        text = re.sub(rf"^{key}:\n", f"{key}:\n  shared: {key}\n", text, count=1, flags=re.M)
    path.write_text(text, "utf-8")


def name_the_area(project: Path, area_code: str) -> None:
    """Each population estimate names the council's area code, as a hub requires."""
    path = project / "site_config" / "populations.yml"
    text = path.read_text("utf-8")
    if "area_code:" not in text:  # a council synthesised by an earlier run may lack it
        path.write_text(text.replace("      source:", f"      area_code: {area_code}\n      source:"), "utf-8")


def make_hub(root: Path, councils: int, reports: int) -> list[str]:
    keys = [f"council-{n:02}" for n in range(1, councils + 1)]
    lines = []
    for n, key in enumerate(keys, start=1):
        project = root / "councils" / key
        if not project.exists():
            synthesize(project, reports, seed=n)
            name_shared(project)
        name_the_area(project, f"E06{n:06}")
        lines.append(f"{key}:\n  name: Synthetic Council {n}\n  area_code: E06{n:06}\n  path: councils/{key}\n")
    (root / "councils.yml").write_text("".join(lines), "utf-8")
    (root / "metrics.yml").write_text(shared_metrics_yaml(), "utf-8")
    return keys


def hub_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator.cli", "hub", *args]


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--councils", type=int, default=20)
    parser.add_argument("--reports", type=int, default=500)
    args = parser.parse_args(argv)
    root = args.out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    keys = make_hub(root, args.councils, args.reports)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    shards = []
    for key in keys:
        run = run_measured(hub_command("build-council", str(root), key), REPO_ROOT, env)
        if run.returncode:
            print(run.stderr, file=sys.stderr)
            return 1
        shards.append(run)
        print(f"shard {key}: {run.seconds:.1f} s wall, {run.cpu_seconds:.1f} s CPU, peak {mib(run.peak_rss)}")
    hub = run_measured(hub_command("assemble", str(root)), REPO_ROOT, env)
    if hub.returncode:
        print(hub.stderr, file=sys.stderr)
        return 1
    total = sum(r.seconds for r in shards) + hub.seconds
    cpu = [r.cpu_seconds for r in shards]
    print(f"assembly: {hub.seconds:.1f} s wall, peak {mib(hub.peak_rss)} ({hub.seconds / total:.1%} of the total)")
    print(f"{len(keys)} councils x {args.reports} reports: {total:.1f} s one after another; "
          f"shard CPU time median {statistics.median(cpu):.1f} s, range {min(cpu):.1f}-{max(cpu):.1f} s "
          f"({(max(cpu) - min(cpu)) / statistics.median(cpu):.0%} of the median); "
          f"largest shard peak {mib(max(r.peak_rss for r in shards))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

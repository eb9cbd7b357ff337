"""Build performance at archive scale.

    .venv/bin/python benchmarks/run.py --sizes 1000 10000 --json benchmarks/results/NAME.json

For each size: synthesise an archive (benchmarks/synth.py), build it with our
plugin (timing every stage of ours by name), build the same report pages with
plain MkDocs and the same theme, weigh the output, and time an edit under
`mkdocs serve --dirty`. Prints a table and writes JSON. Figures, not pass/fail:
the targets are printed beside them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
from pathlib import Path

import yaml
from mkdocs.utils.yaml import get_yaml_loader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import HTML_LIMIT, run_measured, site_figures  # noqa: E402
from preview import measure_preview  # noqa: E402
from synth import synthesize  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--strict"]
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def build_ours(project: Path) -> dict:
    timings = project / "timings.json"
    env = dict(os.environ, **BUILD_ENV, COUNCIL_ARCHIVE_TIMINGS=str(timings))
    run = run_measured(MKDOCS + ["-f", str(project / "mkdocs.yml")], project, env)
    if run.returncode:
        raise SystemExit(f"build of {project} failed:\n{run.stderr[-3000:]}")
    stages = json.loads(timings.read_text())
    ours = sum(stages["seconds"].values())
    return {"seconds": run.seconds, "cpu_seconds": run.cpu_seconds, "peak_rss": run.peak_rss,
            "peak_pss": run.peak_pss, "stages": stages["seconds"], "stages_cpu": stages.get("cpu_seconds", {}),
            "ours_cpu_seconds": sum(stages.get("cpu_seconds", {}).values()),
            "outputs": stages["outputs"], "ours_seconds": ours, "mkdocs_seconds": run.seconds - ours}


def plain_project(project: Path) -> Path:
    """The same content/ and theme, without our plugin; reports kept out of the nav as ours does."""
    plain = project.parent / (project.name + "-plain")
    shutil.rmtree(plain, ignore_errors=True)
    plain.mkdir()
    # MkDocs' own loader: mkdocs.yml uses its !ENV tag (site_url from SITE_URL)
    config = yaml.load((project / "mkdocs.yml").read_text(), Loader=get_yaml_loader())
    config.update(docs_dir=str(project / "content"), site_dir=str(plain / "site"), plugins=[],
                  not_in_nav="/reports/**")
    config["theme"]["custom_dir"] = str(project / config["theme"]["custom_dir"])
    # only hand-written pages: the generated indexes are ours, not plain MkDocs'
    config["nav"] = [entry for entry in config.get("nav", [])
                     if (project / "content" / next(iter(entry.values()))).is_file()]
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return plain


def build_plain(project: Path) -> dict:
    plain = plain_project(project)
    run = run_measured(MKDOCS + ["-f", str(plain / "mkdocs.yml")], plain, dict(os.environ, **BUILD_ENV))
    if run.returncode:
        raise SystemExit(f"plain build failed:\n{run.stderr[-3000:]}")
    return {"seconds": run.seconds, "cpu_seconds": run.cpu_seconds, "peak_rss": run.peak_rss,
            "html_pages": sum(1 for _ in (plain / "site").rglob("*.html"))}


def bench_size(n: int, seed: int, preview: bool) -> dict:
    project = OUT / f"archive-{n}"
    shutil.rmtree(project, ignore_errors=True)
    synthesize(project, n, seed)
    print(f"[{n}] synthesised; building with council-archive ...", file=sys.stderr, flush=True)
    ours = build_ours(project)
    print(f"[{n}] {ours['seconds']:.1f} s; building with plain MkDocs ...", file=sys.stderr, flush=True)
    plain = build_plain(project)
    ours["html_pages"] = sum(1 for _ in (project / "site").rglob("*.html"))
    result = {"reports": n, "seed": seed, "ours": ours, "plain": plain,
              "per_page_ratio": (ours["seconds"] / ours["html_pages"]) / (plain["seconds"] / plain["html_pages"]),
              "overhead": ours["seconds"] / plain["seconds"] - 1,
              "cpu_overhead": ours["cpu_seconds"] / plain["cpu_seconds"] - 1, "site": site_figures(project / "site")}
    if preview:
        print(f"[{n}] timing an edit under mkdocs serve --dirty ...", file=sys.stderr, flush=True)
        result["preview"] = measure_preview(project, dirty=True)
    return result


def summary(results: list[dict]) -> dict:
    by_size = {r["reports"]: r for r in results}
    out = {}
    if len(by_size) > 1:
        small, large = min(by_size), max(by_size)
        out["growth"] = {"from": small, "to": large,
                         "ratio": by_size[large]["ours"]["seconds"] / by_size[small]["ours"]["seconds"],
                         "cpu_ratio": by_size[large]["ours"]["cpu_seconds"] / by_size[small]["ours"]["cpu_seconds"]}
    return out


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


def table(results: list[dict], extra: dict) -> str:
    """The figures as a Markdown table (pasted into the README)."""
    rows = [("Reports", lambda r: f"{r['reports']:,}", "")]
    rows += [
        ("Full build: wall time (CPU time)", lambda r: f"{r['ours']['seconds']:.1f} s "
         f"({r['ours']['cpu_seconds']:.1f} s)", ""),
        ("Plain MkDocs, same pages and theme", lambda r: f"{r['plain']['seconds']:.1f} s "
         f"({r['plain']['cpu_seconds']:.1f} s)", ""),
        ("Overhead of everything we add: wall (CPU)", lambda r: f"{r['overhead']:+.0%} "
         f"({r['cpu_overhead']:+.0%})", "at most +50%"),
        ("Per output page: ours (plain MkDocs), ratio", lambda r: f"{1000 * r['ours']['seconds'] / r['ours']['html_pages']:.2f} ms "
         f"({1000 * r['plain']['seconds'] / r['plain']['html_pages']:.2f} ms), {r['per_page_ratio']:.2f}x", "at most 1.3x"),
        ("HTML pages: ours (plain MkDocs)", lambda r: f"{r['ours']['html_pages']:,} ({r['plain']['html_pages']:,})", ""),
        ("Our own stages in all: wall (CPU of the build's thread)", lambda r: f"{r['ours']['ours_seconds']:.1f} s "
         f"({r['ours'].get('ours_cpu_seconds', 0):.1f} s)", "at most 25 s"),
        ("Peak memory, process tree: PSS (summed RSS, which counts pages a forked copy shares twice)",
         lambda r: f"{mib(r['ours'].get('peak_pss', 0))} ({mib(r['ours']['peak_rss'])})", "under 3 GB"),
        ("  of which MkDocs itself (wall)", lambda r: f"{r['ours']['mkdocs_seconds']:.1f} s", ""),
    ]
    stages = sorted({s for r in results for s in r["ours"]["stages"]})
    rows += [(f"  stage {s}: wall (CPU)", lambda r, s=s: f"{r['ours']['stages'].get(s, 0):.2f} s "
              f"({r['ours'].get('stages_cpu', {}).get(s, 0):.2f} s)", "") for s in stages]
    rows += [
        ("Output size", lambda r: f"{mib(r['site']['bytes'])} in {r['site']['files']:,} files", ""),
        ("Largest page (HTML)", lambda r: f"{kib(r['site']['largest_page']['bytes'])} "
         f"({r['site']['largest_page']['path']})", f"at most {HTML_LIMIT // 1024} KiB"),
        ("Pages over the HTML limit", lambda r: f"{len(r['site']['pages_over_300kb']):,}", "none"),
    ]
    kinds = sorted({k for r in results for k in r["site"]["kinds"]})
    rows += [(f"  median weight, {k}", lambda r, k=k: _kind(r, k), "") for k in kinds]
    if any("preview" in r for r in results):
        rows.append(("Edit to rebuilt page, `serve --dirty`", _preview, "at most 5 s"))
    lines = ["| | " + " | ".join(f"{r['reports']:,} reports" for r in results) + " | Target |",
             "| --- |" + " ---: |" * len(results) + " --- |"]
    lines += [f"| {name} | " + " | ".join(fn(r) for r in results) + f" | {target} |" for name, fn, target in rows[1:]]
    if "growth" in extra:
        g = extra["growth"]
        lines.append(f"| Growth {g['from']:,} to {g['to']:,} reports: wall (CPU) | {g['ratio']:.1f}x "
                     f"({g['cpu_ratio']:.1f}x) |"
                     + " |" * (len(results) - 1) + " at most 11x |")
    return "\n".join(lines)


def _kind(r: dict, kind: str) -> str:
    k = r["site"]["kinds"].get(kind)
    return f"{kib(k['median_weight'])} ({k['pages']:,} pages)" if k else "-"


def _preview(r: dict) -> str:
    p = r.get("preview")
    if not p:
        return "-"
    times = [t for t in p["edit_seconds"] if t is not None]
    return ", ".join(f"{t:.1f} s" for t in times) + (" (timed out)" if len(times) < len(p["edit_seconds"]) else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-preview", action="store_true", help="skip the mkdocs serve measurement")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    results = [bench_size(n, args.seed, not args.no_preview) for n in args.sizes]
    extra = summary(results)
    print(table(results, extra))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
        args.json.write_text(json.dumps({"machine": machine, "results": results, **extra}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

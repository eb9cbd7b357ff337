"""`council-archive hub check|build-council|assemble`: the hub's commands, each
saying what went wrong as `path:line: field: message` and exiting 1, never a traceback."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..content.problems import Problems
from .assemble import assemble, clear_hub_pages
from .build import build_council
from .project import Hub, load_hub

DEFAULT_URL = "https://example.org/"
MAX_MATRIX_JOBS = 256  # GitHub Actions: a matrix holds at most 256 jobs


def add_hub(commands) -> None:
    hub = commands.add_parser("hub", help="many councils: check the hub, build one council, assemble the hub")
    actions = hub.add_subparsers(dest="hub_command", required=True)
    check = actions.add_parser("check", help="validate councils.yml, metrics.yml and each council's references")
    check.add_argument("hub", type=Path, help="the hub folder (with councils.yml)")
    build = actions.add_parser("build-council", help="build one council's site into <site>/<key>/")
    build.add_argument("hub", type=Path)
    build.add_argument("key", help="the council's key in councils.yml")
    assemble_ = actions.add_parser("assemble", help="write the hub's own pages from the built councils' open data")
    assemble_.add_argument("hub", type=Path)
    matrix = actions.add_parser("matrix", help="the councils in batches, one a CI job, as 'batches=<JSON>'")
    matrix.add_argument("hub", type=Path)
    matrix.add_argument("--max-jobs", type=int, default=MAX_MATRIX_JOBS,
                        help=f"at most this many batches (default {MAX_MATRIX_JOBS}, GitHub's limit for one matrix)")
    for action in (build, assemble_):
        action.add_argument("--site", type=Path, default=None, help="the hub's site folder (default: <hub>/site)")


def run_hub(args) -> int:
    problems = Problems()
    hub = load_hub(args.hub.resolve(), problems, with_councils=args.hub_command not in ("build-council", "matrix"))
    if problems.errors:
        return _failed(problems)
    for problem in problems.sorted():  # warnings and notes of the councils' own configs
        print(problem, file=sys.stderr)
    if args.hub_command == "check":
        print(f"checked the hub: {len(hub.councils)} councils, {len(hub.metrics)} shared metrics")
        return 0
    if args.hub_command == "matrix":
        print("batches=" + json.dumps(batches(sorted(hub.councils), args.max_jobs), separators=(",", ":")))
        return 0
    site = (args.site or hub.root / "site").resolve()
    if args.hub_command == "build-council":
        return _build(hub, args.key, site)
    return _assemble(hub, site)


def batches(keys: list[str], max_jobs: int) -> list[dict]:
    """Consecutive runs of councils, as even as can be, in at most max_jobs batches:
    400 councils and 256 jobs make 200 batches of two."""
    size = max(1, -(-len(keys) // max(1, max_jobs)))
    return [{"batch": n + 1, "councils": " ".join(keys[i:i + size])}
            for n, i in enumerate(range(0, len(keys), size))]


def _failed(problems: Problems) -> int:
    for problem in problems.sorted():
        print(problem, file=sys.stderr)
    errors = len(problems.errors)
    print(f"{errors} error{'s' if errors != 1 else ''}", file=sys.stderr)
    return 1


def hub_url() -> str:
    return os.environ.get("SITE_URL") or DEFAULT_URL


def _build(hub: Hub, key: str, site: Path) -> int:
    entry = hub.councils.get(key)
    if entry is None:
        print(f"councils.yml:1: {key}: no council '{key}' in councils.yml; known: "
              f"{', '.join(sorted(hub.councils)) or 'none'}", file=sys.stderr)
        return 1
    done = build_council(entry, site, hub_url())
    if done.returncode:
        sys.stderr.write(done.stderr)
        print(f"councils.yml:{entry.line}: {key}.path: the build of '{entry.council.path}' failed (above); "
              f"run `council-archive check --root {entry.root}`", file=sys.stderr)
        return 1
    print(f"built {key} into {site / key}")
    return 0


def _assemble(hub: Hub, site: Path) -> int:
    missing = [k for k in sorted(hub.councils) if not (site / k / "data" / "readings.csv").is_file()]
    if missing:
        for key in missing:
            print(f"councils.yml:{hub.councils[key].line}: {key}: not built: no {site / key / 'data' / 'readings.csv'}; "
                  f"run `council-archive hub build-council {hub.root} {key}` first", file=sys.stderr)
        return 1
    clear_hub_pages(site)
    written = assemble(hub, site, hub_name())
    print(f"assembled the hub: {len(written)} files for {len(hub.councils)} councils in {site}")
    return 0


def hub_name() -> str:
    return os.environ.get("HUB_NAME") or "Council report archives compared"

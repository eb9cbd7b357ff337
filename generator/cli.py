"""`council-archive check`: validate content/ and site_config/ and list every problem."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import check_archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="council-archive",
                                     description="Publish a council's reports as a static archive.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate content/ and site_config/; exit 1 on any error")
    check.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    check.add_argument("--content", default="content", help="reports and pages, under --root")
    check.add_argument("--config-dir", default="site_config", help="site settings, under --root")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors, like mkdocs --strict")
    args = parser.parse_args(argv)
    return run_check(args.root, args.content, args.config_dir, args.strict)


def run_check(root: Path, content: str, config_dir: str, strict: bool) -> int:
    root = root.resolve()
    build = check_archive(root, root / content, root / config_dir)
    for problem in build.problems.sorted():
        print(problem, file=sys.stderr)
    errors, warnings = len(build.problems.errors), len(build.problems.warnings)
    notes = len(build.problems.notes)
    tally = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}" + (
        f", {_count(notes, 'note')}" if notes else "")
    if errors or (strict and warnings):
        print(tally, file=sys.stderr)
        return 1
    reports = len(build.archive.reports) if build.archive else 0
    print(f"checked {_count(reports, 'report')}: {tally}")
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())

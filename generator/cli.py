"""`council-archive check`: validate content/ and site_config/ and list every problem."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import check_archive
from .content.problems import Problem, Severity


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="council-archive",
                                     description="Publish a council's reports as a static archive.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate content/ and site_config/; exit 1 on any error")
    check.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    check.add_argument("--content", default="content", help="reports and pages, under --root")
    check.add_argument("--config-dir", default="site_config", help="site settings, under --root")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors, like mkdocs --strict")
    check.add_argument("--format", choices=["text", "github"], default="text",
                       help="github: one GitHub Actions annotation per problem, on its file and line")
    args = parser.parse_args(argv)
    return run_check(args.root, args.content, args.config_dir, args.strict, args.format)


def run_check(root: Path, content: str, config_dir: str, strict: bool, format: str = "text") -> int:
    root = root.resolve()
    build = check_archive(root, root / content, root / config_dir)
    for problem in build.problems.sorted():
        if format == "github":
            print(github_annotation(problem))  # Actions reads workflow commands from stdout
        else:
            print(problem, file=sys.stderr)
    errors, warnings = len(build.problems.errors), len(build.problems.warnings)
    if build.history_warn:  # not a file's problem: said once, and it fails --strict
        if format == "github":
            print(f"::warning title=history::{_escape(build.history_missing)}")
        else:
            print(f"warning: {build.history_missing}", file=sys.stderr)
        warnings += 1
    notes = len(build.problems.notes)
    tally = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}" + (
        f", {_count(notes, 'note')}" if notes else "")
    if errors or (strict and warnings):
        print(tally, file=sys.stderr)
        return 1
    reports = len(build.archive.reports) if build.archive else 0
    print(f"checked {_count(reports, 'report')}: {tally}")
    return 0


def github_annotation(problem: Problem) -> str:
    """'::error file=PATH,line=N,title=FIELD::MESSAGE', escaped as the Actions toolkit does."""
    level = "warning" if problem.severity is Severity.WARNING else "error"
    props = ",".join(f"{k}={_escape(str(v), property=True)}" for k, v in
                     (("file", problem.path), ("line", problem.line), ("title", problem.field)))
    return f"::{level} {props}::{_escape(problem.message)}"


def _escape(text: str, property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())

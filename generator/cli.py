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
    _add_import(commands)
    args = parser.parse_args(argv)
    if args.command == "import":
        return run_import(args)
    return run_check(args.root, args.content, args.config_dir, args.strict, args.format)


def _add_import(commands) -> None:
    imp = commands.add_parser("import", help="read Word, PDF, ODT, HTML or text reports into draft reports")
    imp.add_argument("paths", nargs="+", type=Path, help="documents or folders (searched recursively)")
    imp.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    imp.add_argument("--content", default="content", help="reports and pages, under --root")
    imp.add_argument("--config-dir", default="site_config", help="site settings, under --root")
    imp.add_argument("--summary", type=Path, default=Path("imports/summary.json"),
                     help="where to write the summary, .json or .csv, under --root")
    imp.add_argument("--jobs", type=int, default=2, help="documents read at once (default: 2)")
    imp.add_argument("--max-mb", type=int, default=50, help="largest document read, in MB (default: 50)")
    imp.add_argument("--timeout", type=float, default=60, help="seconds allowed per document (default: 60)")


def run_import(args) -> int:
    from .importers.batch import Project, import_paths, progress_bar
    from .importers.summary import summary_table, tally, write_summary
    from .importers.workers import Limits
    from .content.config import load_config
    from .content.problems import Problems

    root = args.root.resolve()
    problems = Problems()
    config = load_config(root / args.config_dir, root, problems)
    if config is None or problems.errors:
        for problem in problems.sorted():
            print(problem, file=sys.stderr)
        print("import: site_config/ has errors; correct them first", file=sys.stderr)
        return 1
    limits = Limits(max_bytes=args.max_mb * 2**20, seconds=args.timeout)
    outcomes = import_paths([p.resolve() for p in args.paths], Project(root, root / args.content, config),
                            limits, max(1, args.jobs), progress_bar)
    print(summary_table(outcomes))
    summary = root / args.summary
    write_summary(outcomes, summary)
    print(f"{tally(outcomes)}; summary in {args.summary.as_posix()}")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def run_check(root: Path, content: str, config_dir: str, strict: bool, format: str = "text") -> int:
    root = root.resolve()
    build = check_archive(root, root / content, root / config_dir)
    for problem in build.problems.sorted():
        if format == "github":
            print(github_annotation(problem))  # Actions reads workflow commands from stdout
        else:
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

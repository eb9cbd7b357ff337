"""The commands: `council-archive check` validates content/ and site_config/ and lists every
problem; `council-archive new` drafts a portfolio's next report (generator/drafts/);
`council-archive import` reads Word, PDF, ODT, HTML and text reports into drafts (generator/importers/);
`council-archive explain CA104` prints a check's entry in the catalogue (content/catalogue.py)."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from .pipeline import check_archive
from .content.dates import read_day
from .github import annotations, escape, summary, write_summary
from .hub.commands import add_hub, run_hub
from .drafts.next_report import DraftRefused, draft_next_report, draft_path, refuse_overwrite, write_draft


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
                       help="github: GitHub Actions annotations on the lines (one per file and line, at most "
                            "10 a level) and every problem in the job summary ($GITHUB_STEP_SUMMARY)")
    explain = commands.add_parser("explain", help="what a check's code means and what to do (no code: list them)")
    explain.add_argument("check", nargs="?", help="a code or name, e.g. CA104 or unknown-metric")
    _add_new(commands)
    _add_import(commands)
    add_hub(commands)
    args = parser.parse_args(argv)
    if args.command == "hub":
        return run_hub(args)
    if args.command == "import":
        return run_import(args)
    if args.command == "explain":
        return run_explain(args.check)
    if args.command == "new":
        return run_new(args.root, args.content, args.config_dir, args.portfolio, args.date, args.meeting,
                       args.member)
    return run_check(args.root, args.content, args.config_dir, args.strict, args.format)


def run_explain(name: str | None) -> int:
    from .content.catalogue import find, nearest
    from .content.explain import entry_text, listing

    if name is None:
        print(listing())
        return 0
    check = find(name)
    if check is None:
        print(f"council-archive explain: unknown check '{name}'{nearest(name)}; `council-archive explain` "
              "lists them all", file=sys.stderr)
        return 1
    print(entry_text(check))
    return 0


def _add_new(commands) -> None:
    new = commands.add_parser("new", help="draft a portfolio's next report from its latest one")
    new.add_argument("portfolio", help="portfolio key, as in site_config/portfolios.yml")
    new.add_argument("--date", type=_day, default=None, help="the meeting date, YYYY-MM-DD (default: today)")
    new.add_argument("--meeting", default=None, help="the meeting (default: the latest report's)")
    new.add_argument("--member", default=None,
                     help="member key (default: the one whose role covers the portfolio on the date)")
    new.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    new.add_argument("--content", default="content", help="reports and pages, under --root")
    new.add_argument("--config-dir", default="site_config", help="site settings, under --root")


def _day(text: str) -> dt.date:
    try:
        day = read_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return day


def run_new(root: Path, content: str, config_dir: str, portfolio: str, day: dt.date | None,
            meeting: str | None, member: str | None) -> int:
    root = root.resolve()
    day = day or dt.datetime.now(dt.timezone.utc).date()
    target = draft_path(portfolio, day)
    if (root / content / target).exists():  # before anything is read: a draft there may not check yet
        print(f"council-archive new: {refuse_overwrite(f'{content}/{target}')}", file=sys.stderr)
        return 1
    build = check_archive(root, root / content, root / config_dir)
    if build.archive is None:
        print(f"{_count(len(build.problems.errors), 'error')} in {content}/ or {config_dir}/; the draft is "
              "made from the reports as they stand, so run council-archive check and correct them first",
              file=sys.stderr)
        return 1
    try:
        draft = draft_next_report(build.archive, portfolio, day, meeting, member)
        write_draft(draft, root / content, f"{content}/{draft.path}")
    except DraftRefused as exc:
        print(f"council-archive new: {exc}", file=sys.stderr)
        return 1
    for message in draft.messages:
        print(f"{content}/{draft.path}: member: {message}", file=sys.stderr)
    empty = len(draft.metrics) * 2 + len(draft.commitments) + (draft.member is None)
    print(f"wrote {content}/{draft.path} from {draft.previous.source}: {_count(len(draft.metrics), 'figure')} "
          f"and {_count(len(draft.commitments), 'open commitment')}; {_count(empty, 'field')} to fill in "
          "(council-archive check lists them)")
    return 0


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
    imp.add_argument("--timeout", type=float, default=60,
                     help="seconds allowed per document, or per page of a scan (default: 60)")
    imp.add_argument("--keep-originals", action="store_true",
                     help="copy each document into imports/originals/; its report's page links to it")


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
    project = Project(root, root / args.content, config, keep_originals=args.keep_originals)
    outcomes = import_paths([p.resolve() for p in args.paths], project, limits, max(1, args.jobs), progress_bar)
    print(summary_table(outcomes))
    summary = root / args.summary
    write_summary(outcomes, summary)
    print(f"{tally(outcomes)}; summary in {args.summary.as_posix()}")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def run_check(root: Path, content: str, config_dir: str, strict: bool, format: str = "text") -> int:
    root = root.resolve()
    build = check_archive(root, root / content, root / config_dir)
    problems = build.problems
    if format == "github":
        for line in annotations(problems):
            print(line)  # Actions reads workflow commands from stdout
    else:
        for problem in problems.sorted():
            print(problem, file=sys.stderr)
    errors, warnings, notes = len(problems.errors), len(problems.warnings), len(problems.notes)
    if build.history_warn:  # not a file's problem: said once, and it fails --strict
        if format == "github":
            print(f"::warning title=history::{escape(build.history_missing)}")
        else:
            print(f"warning: {build.history_missing}", file=sys.stderr)
        warnings += 1
    tally = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}" + (
        f", {_count(notes, 'note')}" if notes else "")
    failed = bool(errors or (strict and warnings))
    reports = len(build.archive.reports) if build.archive else 0
    if format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        write_summary(Path(os.environ["GITHUB_STEP_SUMMARY"]), summary(
            problems, tally + (" (check failed)" if failed else f" in {_count(reports, 'report')}")))
    if failed:
        print(tally, file=sys.stderr)
        return 1
    print(f"checked {_count(reports, 'report')}: {tally}")
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())

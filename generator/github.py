"""`check --format github`: annotations on the changed lines, and the complete table in
the job summary.

GitHub shows at most 10 annotations of each level (error, warning, notice) per step and
drops the rest without a word. So the annotations are one per file and line, the most
important first (errors, then warnings, then notes; site_config/ before reports, as a
broken definition touches every report), at most ANNOTATIONS_PER_LEVEL a level, the last
saying how many more the summary lists; and the job summary ($GITHUB_STEP_SUMMARY,
Markdown, at most 1 MiB a step) holds every problem."""
from __future__ import annotations

import html
import re
from itertools import groupby
from pathlib import Path

from .content.problems import Problem, Problems, Severity

ANNOTATIONS_PER_LEVEL = 10
SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024  # GitHub refuses a step summary over 1 MiB; keep a margin
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


def importance(problem: Problem) -> tuple:
    return (_RANK[problem.severity], not problem.path.startswith("site_config/"), problem.path,
            problem.line, problem.field, problem.message)


def annotations(problems: Problems) -> list[str]:
    """Workflow commands, one per file and line, at most ANNOTATIONS_PER_LEVEL a level."""
    ordered = sorted(problems.sorted(), key=importance)
    places: dict[tuple, list[Problem]] = {}
    for problem in ordered:  # a line's annotation takes the level of its worst problem
        places.setdefault((problem.path, problem.line), []).append(problem)
    out = []
    for severity, group in groupby(places.values(), key=lambda at: at[0].severity):
        group = list(group)
        shown = group if len(group) <= ANNOTATIONS_PER_LEVEL else group[: ANNOTATIONS_PER_LEVEL - 1]
        out += [annotation(at) for at in shown]
        if len(shown) < len(group):
            rest = sum(len(at) for at in group[len(shown):])
            out.append(f"::{LEVELS[severity]} title=council-archive check::{rest} more "
                       f"{_plural(rest, LEVELS[severity])} on {len(group) - len(shown)} more lines are not "
                       "annotated (GitHub shows 10 a level); the job summary lists every problem")
    return out


def annotation(at: list[Problem]) -> str:
    """'::error file=PATH,line=N,title=FIELD::MESSAGE' for the problems of one line."""
    first = at[0]
    title = ", ".join(dict.fromkeys(p.field for p in at))
    message = "\n".join(p.coded if p.severity is first.severity else f"{p.severity.value}: {p.coded}"
                        for p in at)
    return github_annotation(Problem(first.path, first.line, title, message, first.severity))


def github_annotation(problem: Problem) -> str:
    """'::error file=PATH,line=N,title=FIELD::MESSAGE', escaped as the Actions toolkit does."""
    props = ",".join(f"{k}={escape(str(v), property=True)}" for k, v in
                     (("file", problem.path), ("line", problem.line), ("title", problem.field)))
    return f"::{LEVELS[problem.severity]} {props}::{escape(problem.coded)}"


def escape(text: str, property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def summary(problems: Problems, tally: str, limit: int = SUMMARY_LIMIT) -> str:
    """The job summary: the counts, then every problem in a table (cut, saying so, only
    if it would pass GitHub's limit)."""
    ordered = sorted(problems.sorted(), key=importance)
    head = ["## council-archive check", "", f"**{tally}**", ""]
    if not ordered:
        return "\n".join(head + ["No problems."]) + "\n"
    head += [_counts_by_file(ordered), "", "| level | check | file | line | field | message |",
             "| --- | --- | --- | ---: | --- | --- |"]
    text = "\n".join(head) + "\n"
    for i, problem in enumerate(ordered):
        row = (f"| {problem.severity.value} | {_check_cell(problem.code)} | {_cell(problem.path)} | "
               f"{problem.line} | {_cell(problem.field)} | {_cell(problem.message)} |\n")
        if len((text + row).encode("utf-8")) > limit - 300:
            left = len(ordered) - i
            return text + (f"\n**{left} more {_plural(left, 'problem')} not shown**: the summary would pass "
                           "GitHub's 1 MB limit. Run `council-archive check` for the complete list.\n")
        text += row
    return text


def _check_cell(code: str) -> str:
    """'CA104 unknown-metric': the code, and the name `council-archive explain` knows it by."""
    from .content.catalogue import CHECKS

    check = CHECKS.get(code)
    return _cell(check.title) if check else _cell(code)


def _counts_by_file(ordered: list[Problem]) -> str:
    files = {p.path for p in ordered}
    return f"{_plural_n(len(ordered), 'problem')} in {_plural_n(len(files), 'file')}, most important first."


_MARKDOWN = re.compile(r"([\\`*_\[\]|])")


def _cell(text: str) -> str:
    """Text shown as written in a table cell: no Markdown, no HTML, no line breaks."""
    flat = " ".join(text.split())
    return _MARKDOWN.sub(r"\\\1", html.escape(flat, quote=False))


def write_summary(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as out:  # other steps' summaries share the file
        out.write(text)


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _plural_n(n: int, word: str) -> str:
    return f"{n} {_plural(n, word)}"

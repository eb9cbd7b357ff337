"""Reading the history at archive scale: what it adds to a build and to a preview save.

    .venv/bin/python benchmarks/history_bench.py [--reports 10000] [--work DIR]

Synthesises an archive of N reports (benchmarks/synth.py), then makes it a git
repository whose history an officer's team could have left: the reports committed
in date order a few at a time (N/2 commits), one in 25 published with a figure wrong
and corrected in a later commit (half with a correction note, a third of those
corrections merged from a branch), one in 100 renamed. `git fast-import` writes the
whole history in one process, so making it takes seconds, not an hour of `git commit`.

Then it times, in fresh processes so no cache helps:
  - read_history() cold: the one `git log` over content/ and the one `git cat-file
    --batch` (what a build adds before the model);
  - report_history() and check_corrections() over every report (the rest of the
    added work, in the core);
  - read_history() again with HEAD unchanged (what a preview save costs);
  - `council-archive check` with and without the history (its share of a real run).
Target at 10,000 reports: under 5 s added to a build. Wall times on a shared machine swing
with its load; the CPU time (this process and its git processes) does not. A figure
script: it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
sys.path.insert(0, str(REPO_ROOT))

from synth import synthesize  # noqa: E402

PER_COMMIT = 2  # reports a commit adds
AMEND_EVERY, RENAME_EVERY = 25, 100
NOTE = ("updates:\n  - date: {day}\n    kind: correction\n"
        "    summary: A figure corrected after publication (a typing error).\n")


def _stamp(day: date) -> str:
    return f"{int(datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc).timestamp())} +0000"


def _data(text: str) -> bytes:
    raw = text.encode("utf-8")
    return b"data %d\n" % len(raw) + raw + b"\n"


def _commit(ref: str, day: date, message: str, changes: list[bytes], parent: str | None = None,
            merge: str | None = None, mark: int | None = None) -> bytes:
    head = f"commit {ref}\n" + (f"mark :{mark}\n" if mark else "")
    head += f"committer Officer <officer@example.org> {_stamp(day)}\n"
    out = head.encode() + _data(message)
    out += (f"from {parent}\n".encode() if parent else b"") + (f"merge {merge}\n".encode() if merge else b"")
    return out + b"".join(changes) + b"\n"


def _typo(text: str, rng: random.Random) -> str | None:
    """The report as first published with its first figure mistyped, or None if it has none."""
    at = text.find("    value: ")
    if at < 0:
        return None
    end = text.index("\n", at)
    value = text[at + len("    value: "):end]
    wrong = str(int(float(value)) + rng.randint(1, 9)) if "." not in value else value + "1"
    return text[:at] + "    value: " + wrong + text[end:]


def history_stream(root: Path, rng: random.Random) -> tuple[bytes, dict]:
    """A fast-import stream of the archive's history, and what it holds."""
    content = root / "content"
    reports = sorted(content.glob("reports/*/*.md"), key=lambda p: p.name)
    pages = [p for p in content.rglob("*.md") if "reports" not in p.parts]
    stream, mark, counts = [], 0, dict(commits=0, amended=0, noted=0, merged=0, renamed=0)
    later: list[tuple[date, Path, str, str]] = []  # (day, path, final text, kind) to commit later
    changes = [b"M 100644 inline " + p.relative_to(root).as_posix().encode() + b"\n" + _data(p.read_text())
               for p in pages]
    for i in range(0, len(reports), PER_COMMIT):
        batch = reports[i:i + PER_COMMIT]
        day = date.fromisoformat(batch[-1].name[:10]) + timedelta(days=1)
        for n, path in enumerate(batch, start=i):
            text = path.read_text(encoding="utf-8")
            shown = text
            if n % AMEND_EVERY == 7 and (typo := _typo(text, rng)) is not None:
                shown = typo
                later.append((day + timedelta(days=rng.randint(3, 60)), path, text,
                              "note" if n % 2 else "silent"))
            rel = path.relative_to(root).as_posix()
            if n % RENAME_EVERY == 11:  # first committed under a draft name, renamed later
                later.append((day + timedelta(days=rng.randint(3, 60)), path, text, "rename"))
                rel = draft_name(rel)
            changes.append(b"M 100644 inline " + rel.encode() + b"\n" + _data(shown))
        stream.append(_commit("refs/heads/main", day, f"Reports to {day}", changes))
        changes = []
        counts["commits"] += 1
        stream += _due(later, day, root, counts)
    stream += _due(later, date.max, root, counts)
    return b"".join(stream), counts


def draft_name(rel: str) -> str:
    return rel[:-3] + "-draft.md"


def _due(later: list, day: date, root: Path, counts: dict) -> list[bytes]:
    """Commits for the corrections and renames due by `day` (oldest first), taken off `later`."""
    due = sorted((item for item in later if item[0] <= day), key=lambda item: (item[0], item[1].name))
    for item in due:
        later.remove(item)
    out = []
    for when, path, text, kind in due:
        rel = path.relative_to(root).as_posix()
        counts["commits"] += 1
        if kind == "rename":
            counts["renamed"] += 1
            out.append(_commit("refs/heads/main", when, f"Rename {rel}",
                               [f"R {draft_name(rel)} {rel}\n".encode()]))
            continue
        counts["amended"] += 1
        final = text.replace("tags: [", NOTE.format(day=when.isoformat()) + "tags: [", 1) if kind == "note" else text
        if kind == "note":
            counts["noted"] += 1
        change = [b"M 100644 inline " + rel.encode() + b"\n" + _data(final)]
        if kind == "note" and counts["noted"] % 3 == 0:  # corrected on a branch, then merged
            counts["merged"] += 1
            counts["commits"] += 1
            out.append(_commit("refs/heads/fix", when, f"Correct {rel}", change, parent="refs/heads/main"))
            out.append(_commit("refs/heads/main", when + timedelta(days=1), f"Merge correction of {rel}",
                               change, merge="refs/heads/fix"))  # fast-import: the tree is as given
        else:
            out.append(_commit("refs/heads/main", when, f"Correct {rel}", change))
    return out


def make_repository(root: Path, n_reports: int) -> dict:
    synthesize(root, n_reports)
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True, env=env)
    stream, counts = history_stream(root, random.Random(0))
    subprocess.run(["git", "fast-import", "--quiet"], input=stream, cwd=root, check=True, env=env)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=root, check=True, env=env)
    subprocess.run(["git", "clean", "-q", "-fd", "content"], cwd=root, check=True, env=env)
    return counts


TIMED = r"""
import json, resource, sys, time
from pathlib import Path
def cpu():  # this process and the git processes it ran: what a busy machine cannot inflate
    own, git = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + git.ru_utime + git.ru_stime
root = Path(sys.argv[1])
c0, t0 = cpu(), time.perf_counter()
from generator.content.history import read_history
history = read_history(root / "content")
t1, c1 = time.perf_counter(), cpu()
again = read_history(root / "content")
t2 = time.perf_counter()
from generator.content.config import load_config
from generator.content.load import load_reports
from generator.content.problems import Problems
from generator.model.amendments import check_corrections, report_history
problems = Problems()
reports = load_reports(root / "content", root, problems)
t3 = time.perf_counter()
amended = 0
for report in reports:
    found = report_history(report, history)
    amended += sum(a is not None for a in found.amended)
    check_corrections(report, found, problems)
t4 = time.perf_counter()
print(json.dumps({"read_history_cold_s": round(t1 - t0, 3), "read_history_cold_cpu_s": round(c1 - c0, 3),
                  "read_history_same_head_s": round(t2 - t1, 3),
                  "compare_and_check_s": round(t4 - t3, 3), "files": len(history.files),
                  "versions_read": len(history.figures), "amended_figures": amended,
                  "warnings": len(problems.warnings)}))
"""


def timed_checks(*roots: Path, runs: int = 2) -> list[float]:
    """The best wall time of `council-archive check` in each root, the roots taken in turn
    (so the file cache favours neither); the copy without .git reads no history."""
    best = [float("inf")] * len(roots)
    for _ in range(runs):
        for i, root in enumerate(roots):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "generator.cli", "check", "--root", str(root)],
                           cwd=REPO_ROOT, capture_output=True)
            best[i] = min(best[i], round(time.perf_counter() - start, 2))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=None, help="where to make the repository (kept)")
    parser.add_argument("--reuse", action="store_true", help="time the repository already in --work")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="history-bench-"))
    root = work / f"archive-{args.reports}"
    start = time.perf_counter()
    counts = json.loads((work / "counts.json").read_text()) if args.reuse else make_repository(root, args.reports)
    (work / "counts.json").write_text(json.dumps(counts))
    made = round(time.perf_counter() - start, 1)
    figures = json.loads(subprocess.run([sys.executable, "-c", TIMED, str(root)], cwd=REPO_ROOT,
                                        capture_output=True, text=True, check=True).stdout)
    plain = root.parent / f"{root.name}-no-git"
    subprocess.run(["rm", "-rf", str(plain)], check=True)
    subprocess.run(["cp", "-r", str(root), str(plain)], check=True)
    subprocess.run(["rm", "-rf", str(plain / ".git")], check=True)
    with_history, without = timed_checks(root, plain)
    result = {"reports": args.reports, **counts, "repository_made_s": made, **figures,
              "check_with_history_s": with_history, "check_without_git_s": without}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

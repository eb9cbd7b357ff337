"""Importing: accuracy against the truth on documents made elsewhere, and speed.

    .venv/bin/python benchmarks/import_bench.py [--reports 1000] [--jobs 2] [--work DIR]
    .venv/bin/python benchmarks/import_bench.py --reports 0        # the real-layout sets only

First the real-layout sets, made apart from the importer: the project's own corpus
(benchmarks/corpus/: its tuning set, and two sets held out while the importer was
written), and ../shared/import-samples/ where it is there (scored by its own score.py).
Then, an upper bound only, the synthetic archive:

Synthesises an archive (benchmarks/synth.py), renders each report's text into a
council document, rotating the format (DOCX, PDF, ODT, HTML, text) and the way its
figures are stated (a table with '@ dd/mm/yyyy'; 'As of ...' then 'Current X figures
are: 438 (136.1 per 10,000)'; 'As at ... there were ...'; a measure/figure/rate/date
table; 'X: 1,846, as of ...'), imports the folder into a project with the same
site_config/ and no reports, and prints against the truth: documents placed (date and
portfolio right), figure precision and recall, rates right, members right,
commitments found, and documents per second. Targets: precision >= 0.98, recall >=
0.95, date/portfolio/member right for >= 95% of documents, 1,000 documents in under
2 minutes. A figure script, not a test: it asserts nothing and is not run by the suite.
"""
from __future__ import annotations

import argparse
import os
import resource
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
sys.path.insert(0, str(REPO_ROOT / "tests"))
sys.path.insert(0, str(REPO_ROOT))

from synth import PORTFOLIOS, synthesize  # noqa: E402
from importdocs import Part, write_docx, write_html, write_odt, write_pdf  # noqa: E402
from generator.content.config import load_config  # noqa: E402
from generator.content.load import load_report, report_files  # noqa: E402
from generator.content.problems import Problems  # noqa: E402
from generator.importers.batch import Project, import_paths  # noqa: E402
from generator.importers.workers import Limits  # noqa: E402

FORMATS = ["docx", "pdf", "odt", "html", "txt"]
STYLES = ["at-table", "current-figures", "as-at-sentences", "measure-table", "colon-lines"]
_ITEM = re.compile(r'^(\d+)\. <span id="item-\d+"></span>(.*)$')


@dataclass
class Truth:
    date: object
    portfolio: str
    member: str
    readings: set  # (metric, value, as_of)
    rates: dict  # metric -> rate
    commitments: int


def long_date(day) -> str:
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {day:%B %Y}"


def figure_parts(readings, style: str, labels: dict, per: dict) -> list[Part]:
    dates = {r.as_of for r in readings}
    if style == "current-figures" and len(dates) == 1:
        day = next(iter(dates))
        rows = tuple((f"Current {labels[r.metric]} figures are:", _num(r.value),
                      f"({r.rate} per {per[r.metric]:,})" if r.rate else "") for r in readings)
        return [Part("para", f"As of {day.day} {day:%B %Y}:-"), Part("table", rows=tuple(tuple(c for c in row if c)
                                                                                      for row in rows))]
    if style == "as-at-sentences":
        return [Part("para", f"As at {r.as_of.day} {r.as_of:%B %Y} there were {_num(r.value, True)} "
                             f"{labels[r.metric].lower()}{_rate(r, per, ' ')}.") for r in readings]
    if style == "measure-table":
        rows = (("Measure", "Figure", "Rate per 10,000", "Date"),) + tuple(
            (labels[r.metric], _num(r.value), str(r.rate or ""), f"{r.as_of:%d/%m/%Y}") for r in readings)
        return [Part("table", rows=rows)]
    if style == "colon-lines":
        return [Part("para", f"{labels[r.metric]}: {_num(r.value, True)}{_rate(r, per, ' ')}, as of "
                             f"{r.as_of.day} {r.as_of:%B %Y}") for r in readings]
    return [Part("table", rows=tuple((f"{labels[r.metric]} @ {r.as_of:%d/%m/%Y}", _num(r.value))
                                     + ((_rate(r, per, ""),) if r.rate else ()) for r in readings))]


def _rate(reading, per: dict, space: str) -> str:
    return f"{space}({reading.rate} per {per[reading.metric]:,})" if reading.rate else ""


def _num(value, commas: bool = False) -> str:
    if isinstance(value, float) and not value.is_integer() or isinstance(value, float):
        return f"{value:,.1f}" if commas else f"{value}"
    return f"{value:,}" if commas else str(value)


def body_parts(body: str) -> list[Part]:
    """The synthetic body's headings, numbered items and prose (its table and signature are redrawn)."""
    parts = []
    for chunk in body.split("\n\n"):
        chunk = chunk.strip()
        if not chunk or chunk.startswith("|") or chunk.startswith("Councillor") or "  \nExecutive" in chunk:
            continue
        if chunk.startswith("## "):
            if chunk[3:] != "Performance":
                parts.append(Part("heading", chunk[3:]))
        elif m := _ITEM.match(chunk):
            parts.append(Part("item", m.group(2), m.group(1)))
        else:
            parts.append(Part("para", chunk))
    return parts


def render_archive(synth_root: Path, out: Path, config) -> dict[str, Truth]:
    labels = {k: (m.aliases[0] if m.aliases else m.label) for k, m in config.metrics.items()}
    per = {k: m.rate.per for k, m in config.metrics.items() if m.rate}
    truths = {}
    for n, path in enumerate(report_files(synth_root / "content")):
        report = load_report(path, synth_root / "content", synth_root, Problems())
        fmt, style = FORMATS[n % len(FORMATS)], STYLES[(n // len(FORMATS)) % len(STYLES)]
        front = report.front
        name = PORTFOLIOS[front.portfolio][0]
        heading = [f"{long_date(front.date)}", f"{front.date:%d/%m/%Y}"][n % 2]
        member = config.members[front.member]
        parts = [Part("para", f"{name} Executive Member Report to {front.meeting} {heading}"),
                 Part("heading", "Performance"), *figure_parts(front.metrics, style, labels, per),
                 *body_parts(report.body), Part("para", f"{member.name}\nExecutive Member for {name}")]
        target = out / f"{n:05d}-{front.portfolio}.{fmt}"
        if fmt == "txt":
            target.write_text(_as_text(parts), "utf-8")
        else:
            {"docx": write_docx, "pdf": write_pdf, "odt": write_odt, "html": write_html}[fmt](parts, target)
        truths[target.name] = Truth(front.date, front.portfolio, front.member,
                                    {(m.metric, m.value, m.as_of) for m in front.metrics},
                                    {m.metric: m.rate for m in front.metrics if m.rate},
                                    len(front.commitments))
    return truths


def _as_text(parts: list[Part]) -> str:
    out = []
    for p in parts:
        if p.kind == "item":
            out.append(f"- {p.number} {p.text}")
        elif p.kind == "table":
            out.append("\n".join("\t".join(row) for row in p.rows))
        else:
            out.append(p.text)
    return "\n\n".join(out) + "\n"


def score(outcomes, truths: dict[str, Truth], target: Path) -> dict:
    c = Counter()
    for o in outcomes:
        truth = truths[o.source]
        c["documents"] += 1
        c["truth figures"] += len(truth.readings)
        c["truth rates"] += len(truth.rates)
        c["truth commitments"] += truth.commitments
        if o.status != "imported":
            c[f"not placed: {o.status} {o.reason[:60]}"] += 1
            continue
        report = load_report(target / o.draft, target / "content", target, Problems())
        front = report.front
        c["placed"] += front.date == truth.date and front.portfolio == truth.portfolio
        c["member right"] += front.member == truth.member
        found = {(m.metric, m.value, m.as_of) for m in front.metrics}
        c["suggested figures"] += len(found)
        c["right figures"] += len(found & truth.readings)
        c["right rates"] += sum(1 for m in front.metrics if m.metric in truth.rates and m.rate == truth.rates[m.metric])
        c["commitments found"] += len(front.commitments)
    return c


CORPORA = [("own corpus, tuning set", REPO_ROOT / "benchmarks" / "corpus"),
           ("own corpus, held out (set 1)", REPO_ROOT / "benchmarks" / "corpus" / "heldout"),
           ("own corpus, held out (set 2)", REPO_ROOT / "benchmarks" / "corpus" / "heldout2"),
           ("own corpus, held out (set 3)", REPO_ROOT / "benchmarks" / "corpus" / "heldout3"),
           ("own corpus, held out (set 4)", REPO_ROOT / "benchmarks" / "corpus" / "heldout4"),
           ("own corpus, held out (set 5)", REPO_ROOT / "benchmarks" / "corpus" / "heldout5"),
           ("own corpus, held out (set 6)", REPO_ROOT / "benchmarks" / "corpus" / "heldout6"),
           ("own corpus, held out (set 7)", REPO_ROOT / "benchmarks" / "corpus" / "heldout7"),
           ("own corpus, held out (set 8)", REPO_ROOT / "benchmarks" / "corpus" / "heldout8"),
           ("own corpus, held out (set 9)", REPO_ROOT / "benchmarks" / "corpus" / "heldout9"),
           ("own corpus, held out (set 10)", REPO_ROOT / "benchmarks" / "corpus" / "heldout10"),
           ("own corpus, held out (set 11)", REPO_ROOT / "benchmarks" / "corpus" / "heldout11"),
           ("own corpus, held out (set 12)", REPO_ROOT / "benchmarks" / "corpus" / "heldout12"),
           ("own corpus, held out (set 13)", REPO_ROOT / "benchmarks" / "corpus" / "heldout13"),
           ("own corpus, held out (set 14)", REPO_ROOT / "benchmarks" / "corpus" / "heldout14"),
           ("own corpus, held out (set 15)", REPO_ROOT / "benchmarks" / "corpus" / "heldout15"),
           ("own corpus, held out (set 16)", REPO_ROOT / "benchmarks" / "corpus" / "heldout16"),
           ("own corpus, held out (set 17)", REPO_ROOT / "benchmarks" / "corpus" / "heldout17"),
           ("own corpus, held out (set 18)", REPO_ROOT / "benchmarks" / "corpus" / "heldout18"),
           ("own corpus, held out (set 19)", REPO_ROOT / "benchmarks" / "corpus" / "heldout19"),
           ("own corpus, held out (set 20)", REPO_ROOT / "benchmarks" / "corpus" / "heldout20"),
           ("own corpus, held out (set 21)", REPO_ROOT / "benchmarks" / "corpus" / "heldout21")]
SAMPLES = REPO_ROOT.parent / "shared" / "import-samples"


def real_layouts(ocr_time: bool) -> None:
    """Each real-layout set's score line, as ../shared/import-samples/score.py prints it."""
    import subprocess

    from import_corpus import drafts_of, import_corpus, ocr_seconds_a_page, score

    print("| Set | Result |\n| --- | --- |")
    for name, corpus in CORPORA:
        truth = __import__("json").loads((corpus / "truth.json").read_text("utf-8"))
        with tempfile.TemporaryDirectory(prefix="import-corpus-") as work:
            by_format: dict = {}
            total = score(truth, drafts_of(import_corpus(corpus, Path(work))), by_format)
        scans = by_format.get("scan-pdf")
        extra = (f"; scans: figure recall {scans.right / max(1, scans.stated):.2f}, {scans.unflagged} values "
                 "without a confidence" if scans else "")
        print(f"| {name} ({len(truth)} documents) | {total.line()}{extra} |")
    if SAMPLES.is_dir():
        run = subprocess.run(["bash", str(SAMPLES / "run.sh")], capture_output=True, text=True, cwd=REPO_ROOT)
        print(f"| ../shared/import-samples (30 documents) | {run.stdout.strip().splitlines()[-1]} |")
    if ocr_time:
        truth = __import__("json").loads((CORPORA[0][1] / "truth.json").read_text("utf-8"))
        print(f"| OCR, CPU seconds a page on one core | {ocr_seconds_a_page(CORPORA[0][1], truth):.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=1000, help="synthetic reports (0: none)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--no-ocr-time", action="store_true", help="skip timing OCR a page")
    parser.add_argument("--no-real", action="store_true", help="skip the real-layout sets (speed alone)")
    args = parser.parse_args(argv)
    if not args.no_real:
        real_layouts(not args.no_ocr_time)
    if args.reports <= 0:
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="import-bench-"))
    synth_root, docs, target = work / "synth", work / "documents", work / "project"
    for folder in (synth_root, docs, target):
        shutil.rmtree(folder, ignore_errors=True)
    synthesize(synth_root, args.reports)
    docs.mkdir(parents=True)
    config = load_config(synth_root / "site_config", synth_root, Problems())
    started = time.perf_counter()
    truths = render_archive(synth_root, docs, config)
    rendered = time.perf_counter() - started
    shutil.copytree(synth_root / "site_config", target / "site_config")
    (target / "content" / "reports").mkdir(parents=True)
    project = Project(target, target / "content", load_config(target / "site_config", target, Problems()))
    started, cpu_before = time.perf_counter(), _cpu()
    outcomes = import_paths(sorted(docs.iterdir()), project, Limits(), args.jobs)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu_before
    c = score(outcomes, truths, target)
    print_table(c, seconds, cpu, rendered, args)
    return 0


def _cpu() -> float:
    """CPU seconds of this process and its finished workers: unlike the wall clock, not
    stretched by other work on a shared machine."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def print_table(c: Counter, seconds: float, cpu: float, rendered: float, args) -> None:
    n = c["documents"]
    rows = [
        ("documents", f"{n} ({', '.join(FORMATS)}; {len(STYLES)} ways of stating figures)"),
        ("placed (date and portfolio right)", f"{c['placed']} ({c['placed'] / n:.1%})"),
        ("member right", f"{c['member right']} ({c['member right'] / n:.1%})"),
        ("figure precision", f"{c['right figures'] / max(1, c['suggested figures']):.3f} "
                             f"({c['right figures']} of {c['suggested figures']} suggested)"),
        ("figure recall", f"{c['right figures'] / max(1, c['truth figures']):.3f} "
                          f"({c['right figures']} of {c['truth figures']} stated)"),
        ("rates right", f"{c['right rates']} of {c['truth rates']} printed"),
        ("commitments found", f"{c['commitments found']} of {c['truth commitments']} numbered items"),
        ("import time (wall clock)", f"{seconds:.1f} s ({n / seconds:.1f} documents per second, --jobs {args.jobs}; "
                                     f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"),
        ("import CPU time (all processes)", f"{cpu:.1f} s ({cpu / n * 1000:.0f} ms per document; on "
                                            f"{args.jobs} idle cores about {cpu / args.jobs:.0f} s)"),
        ("rendering the documents (not timed above)", f"{rendered:.1f} s"),
    ]
    print("| Measure | Result |\n| --- | --- |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    for key in sorted(k for k in c if k.startswith("not placed")):
        print(f"| {key} | {c[key]} |")


if __name__ == "__main__":
    sys.exit(main())

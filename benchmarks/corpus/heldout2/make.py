#!/usr/bin/env python3
"""Regenerate the second held-out set: heldout2/documents/ + heldout2/truth.json, from fixed
seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout2/make.py          # from the project root

Seven house styles that appear in neither the tuning set nor the first held-out set (see the
family modules' docstrings), plus scans of two of them. Needs python-docx, reportlab, Pillow and
pypdfium2 (requirements.lock), LibreOffice (apt-get install -y libreoffice-writer-nogui) for the
ODT and LibreOffice PDFs. The generated files are committed; a re-run reproduces the same bytes.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path[:0] = [str(HERE), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice, scan  # noqa: E402  (the corpus's converters)
from council import PORTFOLIOS  # noqa: E402
from h2_common import SHORT, slug  # noqa: E402
from h2_model import Job, Report, new_report  # noqa: E402
from h2_pdf_families import make_county, make_dashboard  # noqa: E402
from h2_web_families import make_cms_copy, make_decision_page  # noqa: E402
from h2_word_families import make_address, make_borough, make_shared  # noqa: E402
from h2_readme import write_readme  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 6_000_000


@dataclass
class Family:
    name: str
    imitates: str
    count: int
    make: Callable[[Report, Path, Path], Job]
    body: str
    fmt: Callable[[int], str]
    years: tuple[int, int]
    names: Callable[[Report, int], list[str]]
    new_holder_every: int = 0
    scan_of: str = ""  # a scanned family: the family whose paper copies were scanned


def _names_borough(r: Report, i: int) -> list[str]:
    return [f"{r.executive}_Report_{slug(r.title)}_{r.meeting:%Y-%m-%d}", f"{SHORT[r.portfolio]}_monthly_performance_"
            f"{r.meeting:%b%y}_draft{r.rng.randint(2, 5)}", f"{r.meeting:%Y%m%d}_{r.executive}_{SHORT[r.portfolio]}"]


def _names_address(r: Report, i: int) -> list[str]:
    return [f"PH_Report_{SHORT[r.portfolio]}_Council_{r.meeting:%d%b%Y}", f"Portfolio_Holder_Report_{slug(r.portfolio_name)}_{r.meeting:%B_%Y}"]


def _names_shared(r: Report, i: int) -> list[str]:
    return [f"Joint_Performance_Report_{SHORT[r.portfolio]}_{r.meeting:%Y%m}", f"Shared_Service_Qtr_Report_{r.meeting:%d%m%y}"]


def _names_county(r: Report, i: int) -> list[str]:
    return [f"CMD_{SHORT[r.portfolio]}_{r.meeting:%Y}_{r.rng.randint(10, 99):03d}", f"Decision_Session_{r.meeting:%d_%B_%Y}_{SHORT[r.portfolio]}"]


def _names_dashboard(r: Report, i: int) -> list[str]:
    return [f"OSC_{r.meeting:%d%m%y}_Dashboard_{SHORT[r.portfolio]}", f"Scrutiny_Performance_Dashboard_{SHORT[r.portfolio]}_{r.meeting:%b%Y}"]


def _names_decision(r: Report, i: int) -> list[str]:
    return [f"ieDecisionDetails_ID{r.rng.randint(4000, 9999)}", f"mgIssueHistoryHome_IId{r.rng.randint(20000, 60000)}"]


def _names_cms(r: Report, i: int) -> list[str]:
    return [f"{slug(r.portfolio_name).lower()}-cabinet-member-report-{r.meeting:%B-%Y}".lower(),
            f"copied_page_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}"]


def _names_scan(r: Report, i: int) -> list[str]:
    return [f"DOC{r.meeting:%y%m%d}{r.rng.randint(100000, 999999)}", f"scan_{SHORT[r.portfolio]}_{i + 1:02d}"]


def _cycle(*fmts: str) -> Callable[[int], str]:
    return lambda i: fmts[i % len(fmts)]


FAMILIES = [
    Family("borough-cabinet-report", "A London borough's cabinet report template, some still carrying tracked changes "
           "and comments", 6, make_borough, "Cabinet", _cycle("docx"), (2012, 2024), _names_borough),
    Family("county-decision-session", "A county council's Cabinet Member decision-session report and record of "
           "decision", 5, make_county, "Decision Session", _cycle("pdf"), (2010, 2024), _names_county),
    Family("portfolio-holder-address", "A unitary's Portfolio Holder Report to full Council, read out as a speech",
           5, make_address, "Council", _cycle("odt", "odt", "docx", "odt", "odt"), (2011, 2024), _names_address,
           new_holder_every=2),
    Family("shared-service-performance", "A shared service's joint performance report with both councils' columns",
           5, make_shared, "Cabinet", _cycle("pdf"), (2011, 2024), _names_shared),
    Family("scrutiny-dashboard-xlsx", "A scrutiny committee's performance dashboard exported from Excel to PDF, "
           "with a covering sheet", 5, make_dashboard, "Scrutiny", _cycle("pdf"), (2012, 2024), _names_dashboard),
    Family("decision-details-page", "A committee system's 'Decision details' web page in another council's skin",
           5, make_decision_page, "Cabinet", _cycle("html"), (2011, 2024), _names_decision),
    Family("cms-page-copy", "A council web page's text copied from the browser: cookie banner, menus, contents "
           "list, tab-separated table, footer", 5, make_cms_copy, "Council", _cycle("txt"), (2013, 2024), _names_cms,
           new_holder_every=3),
    Family("scanned-county-decision-session", "Paper copies of decision-session reports, scanned", 2, make_county,
           "Decision Session", _cycle("scan-pdf"), (2010, 2024), _names_scan, scan_of="county-decision-session"),
    Family("scanned-shared-service-performance", "A paper copy of a joint performance report, scanned", 1,
           make_shared, "Cabinet", _cycle("scan-pdf"), (2011, 2024), _names_scan, scan_of="shared-service-performance"),
]


def taken_dates() -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for truth in (CORPUS / "truth.json", CORPUS / "heldout" / "truth.json"):
        if truth.exists():
            import datetime as dt
            for t in json.loads(truth.read_text(encoding="utf-8")).values():
                used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


RATED = ["childrens-services", "adult-social-care", "housing"]  # the portfolios with rates per head


def portfolios_for(fi: int, count: int, others: list[str]) -> list[str]:
    """Each family gets two of the portfolios whose indicators have rates, the rest in turn."""
    out = [RATED[fi % 3], RATED[(fi + 1) % 3]]
    while len(out) < count:
        out.append(others.pop(0))
        others.append(out[-1])
    order = [out[0], *out[2:3], out[1], *out[3:]]
    return order[:count]


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken_dates()
    others = [p for p in PORTFOLIOS if p not in RATED]
    for fi, fam in enumerate(FAMILIES):
        ports = portfolios_for(fi, fam.count, others)
        for i in range(fam.count):
            rng = random.Random(f"heldout2:{fam.name}:{i}")
            portfolio = ports[i]
            new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
            r = new_report(rng, fam.name, fam.fmt(i), portfolio, fam.body, used, fam.years, new_holder=new_holder)
            r.variant = i
            stem = rng.choice(fam.names(r, i))
            while stem in names:
                stem += f"_{rng.randint(2, 9)}"
            names.add(stem)
            final = folder / (stem + EXT[r.fmt])
            r.name = final.name
            if fam.scan_of:
                src_ext = ".pdf" if fam.make is not make_shared else ".pdf"
                job = fam.make(r, work / ("paper_" + stem + src_ext), work)
                job.final = final
                job.steps = job.steps + ["scan"]
                r.traits |= {"scanned", "image-only", "skew", "noise"}
            else:
                job = fam.make(r, final, work)
            jobs.append(job)
    return jobs


def run(jobs: list[Job], work: Path) -> None:
    profile = work / "lo-profile"
    for target in ("pdf", "odt"):
        todo = [j for j in jobs if j.steps[:1] == [f"lo-{target}"]]
        libreoffice([j.source for j in todo], target, work / f"lo-{target}", profile)
        for j in todo:
            j.source = work / f"lo-{target}" / (j.source.stem + "." + target)
            j.steps = j.steps[1:]
            if target == "pdf":
                fix_pdf(j.source, j.report.report_date)
    for j in jobs:
        if j.steps == ["scan"]:
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), dpi=220, quality=32,
                 when=j.report.meeting + __import__("datetime").timedelta(days=40))
        elif not j.steps:
            if j.source != j.final:
                shutil.copyfile(j.source, j.final)
        else:
            raise ValueError(f"{j.final.name}: unknown steps {j.steps}")
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, j.report.report_date)


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus2-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 2: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

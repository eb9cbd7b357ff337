#!/usr/bin/env python3
"""Regenerate the seventh held-out set: heldout7/documents/ + heldout6/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout7/make.py          # from the project root

Six house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of three of them scanned back to image-only PDFs (a received
stamp, grey recycled paper with pen marks, a low-resolution scan with a margin note), using
../heldout6/h6_scan.py's scanner. Needs python-docx, reportlab, Pillow and pypdfium2 (requirements.lock)
and LibreOffice (apt-get install -y libreoffice-writer-nogui) for the ODT and LibreOffice PDFs.
The generated files are committed; a re-run reproduces the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path[:0] = [str(HERE), str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from council import PORTFOLIOS  # noqa: E402
from h3_model import Job, Report  # noqa: E402
from h6_model import new_report  # noqa: E402
from h6_scan import scan  # noqa: E402
from h7_pdf import make_sidebar  # noqa: E402
from h7_readme import write_readme  # noqa: E402
from h7_web import make_clinic, make_issue_page  # noqa: E402
from h7_word import make_callin, make_ni_committee, make_signing  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CSC", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "REG", "finance": "RES",
         "culture": "CUL", "public-health": "PH"}
DIRECT = {make_sidebar}  # drawn straight to PDF (reportlab)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


@dataclass
class Family:
    name: str
    count: int
    make: Callable
    body: str
    fmt: Callable[[int], str]
    years: tuple[int, int]
    names: Callable[[Report, int], list[str]]
    new_holder_every: int = 0
    scan_of: str = ""  # a scanned family: the family whose paper copies were scanned
    look: str = ""  # stamp | grey | lowres | rotated (h6_scan)
    dpi: int = 150


def _cycle(*fmts: str) -> Callable[[int], str]:
    return lambda i: fmts[i % len(fmts)]


NAMES = {
    "ni": lambda r, i: [f"{r.meeting:%Y%m%d}_{SHORT[r.portfolio]}_Committee_Report_{slug(r.title)}",
                        f"Report_to_Committee_{r.meeting:%d_%m_%Y}_{slug(r.title)[:40]}"],
    "sign": lambda r, i: [f"CMS_{r.meeting:%d%b%Y}_{SHORT[r.portfolio]}_{slug(r.title)[:40]}",
                          f"Cabinet_Member_Signing_{r.meeting:%Y-%m-%d}_{SHORT[r.portfolio]}"],
    "side": lambda r, i: [f"Portfolio_Lead_Update_{slug(r.portfolio_name)}_{r.meeting:%b%Y}",
                          f"PLU_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}_web"],
    "issue": lambda r, i: [f"ieIssueDetails_aspx_IId_{r.rng.randint(12000, 48999)}",
                           f"Issue_items_at_meetings_{slug(r.title)[:48]}"],
    "clinic": lambda r, i: [f"Perf_Clinic_note_{SHORT[r.portfolio]}_{r.meeting:%d%m%y}",
                            f"performance_clinic_{r.meeting:%Y%m%d}_{slug(r.portfolio_name).lower()}"],
    "callin": lambda r, i: [f"OSMC_Call_in_pack_{r.meeting:%Y%m%d}_{SHORT[r.portfolio]}",
                            f"Call-in_{slug(r.title)[:40]}_{r.meeting:%d%m%Y}"],
    "scan": lambda r, i: [f"Scan_{r.meeting - dt.timedelta(days=r.rng.randint(1, 20)):%Y-%m-%d}_{r.rng.randint(1000, 9999)}",
                          f"DOC{r.rng.randint(100000, 999999)}"],
}

FAMILIES = [
    Family("ni-committee-report", 5, make_ni_committee, "Committee", _cycle("docx", "odt"), (2012, 2024), NAMES["ni"],
           new_holder_every=3),
    Family("cabinet-member-signing-record", 5, make_signing, "Cabinet", _cycle("pdf"), (2017, 2024), NAMES["sign"],
           new_holder_every=3),
    Family("portfolio-lead-update-sidebar", 4, make_sidebar, "Cabinet", _cycle("pdf"), (2013, 2024), NAMES["side"],
           new_holder_every=2),
    Family("moderngov-issue-history", 5, make_issue_page, "Cabinet", _cycle("html"), (2012, 2024), NAMES["issue"],
           new_holder_every=3),
    Family("performance-clinic-note", 4, make_clinic, "Committee", _cycle("txt"), (2013, 2024), NAMES["clinic"],
           new_holder_every=2),
    Family("call-in-pack", 4, make_callin, "Cabinet", _cycle("docx"), (2012, 2024), NAMES["callin"],
           new_holder_every=2),
    # paper copies
    Family("scanned-ni-committee-report", 2, make_ni_committee, "Committee", _cycle("scan-pdf"), (2012, 2024),
           NAMES["scan"], scan_of="ni-committee-report", look="stamp"),
    Family("scanned-cabinet-member-signing-record", 2, make_signing, "Cabinet", _cycle("scan-pdf"), (2017, 2024),
           NAMES["scan"], scan_of="cabinet-member-signing-record", look="grey"),
    Family("scanned-portfolio-lead-update-sidebar", 3, make_sidebar, "Cabinet", _cycle("scan-pdf"), (2013, 2024),
           NAMES["scan"], scan_of="portfolio-lead-update-sidebar", look="lowres", dpi=120),
]

RATED = ["childrens-services", "adult-social-care", "housing"]  # indicators with rates per head
PERCENT = ["education", "environment", "regeneration"]  # an indicator in percent
LOOK_TRAITS = {"stamp": {"received-stamp", "trap-stamp-date"}, "grey": {"grey-paper", "pen-marks", "photocopy-look"},
               "lowres": {"low-resolution", "pen-marks", "margin-note"}, "rotated": {"office-look"}}


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"):
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def portfolios_for(fi: int, count: int, rotation: list[str]) -> list[str]:
    """A family gets one or two of the portfolios with rates, then the others in turn."""
    out = [RATED[fi % 3]]
    if count >= 4:
        out.append(RATED[(fi + 1) % 3])
    while len(out) < count:
        p = rotation.pop(0)
        rotation.append(p)
        if p not in out:
            out.append(p)
    return [out[0], *out[2:3], *out[1:2], *out[3:]][:count]


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    rotation = PERCENT + [p for p in PORTFOLIOS if p not in RATED and p not in PERCENT]
    for fi, fam in enumerate(FAMILIES):
        ports = portfolios_for(fi, fam.count, rotation)
        for i in range(fam.count):
            rng = random.Random(f"heldout7:{fam.name}:{i}")
            new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
            r = new_report(rng, fam.name, fam.fmt(i), ports[i], fam.body, used, fam.years, new_holder=new_holder)
            r.variant = i + (fi if fam.scan_of else 0)
            stem = rng.choice(fam.names(r, i))
            while stem in names:
                stem += f"_{rng.randint(2, 9)}"
            names.add(stem)
            final = folder / (stem + EXT[r.fmt])
            r.name = final.name
            if fam.scan_of:
                paper = work / ("paper_" + stem + ".pdf")
                job = fam.make(r, paper, work, to=paper) if fam.make in DIRECT else fam.make(r, paper, work, pdf=True)
                job.final = final
                look = fam.look
                job.steps = job.steps + [f"scan:{look}:{fam.dpi}"]
                r.traits |= {"scanned", "image-only", "skew", "noise"} | LOOK_TRAITS[look]
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
        r = j.report
        if j.steps and j.steps[0].startswith("scan:"):
            _, look, dpi = j.steps[0].split(":")
            received = r.meeting - dt.timedelta(days=r.rng.randint(2, 9))
            when = dt.datetime.combine(r.meeting + dt.timedelta(days=r.rng.randint(1, 40)),
                                       dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when, dpi=int(dpi),
                 stamp=received, note=r.rng.choice(["check?", "JB - query", "see Q2", "OK"]))
            j.steps = j.steps[1:]
        elif not j.steps:
            if j.source != j.final:
                shutil.copyfile(j.source, j.final)
        if j.steps:
            raise ValueError(f"{j.final.name}: unknown steps {j.steps}")
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, r.report_date)


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus7-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 7: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the eleventh held-out set: heldout11/documents/ + heldout11/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout11/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h11_scan: a bilevel CCITT Group 4 office scan, coloured paper, pages out of
order with a redaction bar, a page fed upside down). Needs python-docx, reportlab, Pillow and
pypdfium2 (requirements.lock) and LibreOffice (apt-get install -y libreoffice-writer-nogui) for
the LibreOffice .docx and the printed copies. The generated files are committed; a re-run
reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"), str(CORPUS / "heldout6"),
                str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h11_common import new_report, taken  # noqa: E402
from h11_pdf import make_booklet, make_rotated, print_text  # noqa: E402
from h11_readme import write_readme  # noqa: E402
from h11_scan import scan  # noqa: E402
from h11_text import make_accessible, make_drupal, make_email  # noqa: E402
from h11_word import make_outline, make_smartart  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "RGN", "finance": "RES",
         "culture": "CLL", "public-health": "PH"}
DIRECT = {make_rotated, make_booklet}  # drawn straight to PDF


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def accessible_paper(r: Report, paper: Path, work: Path, to: Path | None = None) -> Job:
    text = make_accessible(r, paper, work, lines_only=True)
    print_text(r, text, paper)
    return Job(r, paper, paper, [])


@dataclass
class Family:
    name: str
    make: Callable
    body: str
    fmts: list[str]
    ports: list[str]
    years: tuple[int, int]
    names: Callable[[Report, int], list[str]]
    new_holder_every: int = 0
    scan_of: str = ""
    look: str = ""
    paper: Callable | None = None

    @property
    def count(self) -> int:
        return len(self.ports)


NAMES = {
    "smartart": lambda r, i: [f"{r.meeting:%Y%m%d}_Cabinet_{SHORT[r.portfolio]}_Qtr_Report_v{r.rng.randint(2, 6)}",
                              f"Cab_Rpt_{slug(r.title)[:24]}_{r.meeting:%d%b%Y}"],
    "accessible": lambda r, i: [f"{slug(r.title)[:28]}_accessible_{r.meeting:%Y-%m-%d}",
                                f"Item{r.item}_{SHORT[r.portfolio]}_plain_text_version_{r.meeting:%d%m%y}"],
    "email": lambda r, i: [f"Portfolio_update_{SHORT[r.portfolio]}_{r.meeting:%d%m%y}_email",
                           f"FW_Cllr_{r.member.surname.replace(chr(39), '')}_update_for_{r.executive}_{r.meeting:%Y%m%d}"],
    "drupal": lambda r, i: [f"{slug(r.title).lower().replace('_', '-')[:40]}-{r.meeting:%B-%Y}".lower(),
                            f"cabinet-report-{SHORT[r.portfolio].lower()}-{r.meeting:%Y-%m-%d}"],
    "rotated": lambda r, i: [f"{r.meeting:%Y-%m-%d}_Item_{r.item}_{SHORT[r.portfolio]}_Performance_Report",
                             f"Report_{SHORT[r.portfolio]}_Q_{r.meeting:%b%Y}_with_AppA"],
    "booklet": lambda r, i: [f"{SHORT[r.portfolio]}_booklet_A5_{r.meeting:%Y%m%d}_print",
                             f"Booklet_{slug(r.title)[:24]}_{r.meeting:%b_%Y}_imposed"],
    "outline": lambda r, i: [f"{SHORT[r.portfolio]}-Cabinet-{r.meeting:%d-%m-%Y}-final",
                             f"Cabinet_report_{slug(r.portfolio_name)[:24]}_{r.meeting:%Y_%m}"],
    "scan": lambda r, i: [f"img{r.rng.randint(10000000, 99999999)}",
                          f"Scan_{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y-%m-%d}_{r.rng.randint(100, 999)}",
                          f"MFD{r.rng.randint(1000, 9999)}_{r.meeting.year + r.rng.randint(0, 3)}{r.rng.randint(1000, 9999)}"],
}

FAMILIES = [
    Family("smartart-textbox-report", make_smartart, "Cabinet", ["docx"] * 5,
           ["childrens-services", "housing", "environment", "culture", "finance"], (2012, 2024),
           NAMES["smartart"], new_holder_every=3),
    Family("accessible-text-version", make_accessible, "Cabinet", ["txt"] * 4,
           ["adult-social-care", "regeneration", "public-health", "education"], (2014, 2024), NAMES["accessible"],
           new_holder_every=2),
    Family("raw-email-qp", make_email, "Cabinet", ["txt"] * 5,
           ["community-safety", "education", "childrens-services", "housing", "culture"], (2012, 2024),
           NAMES["email"], new_holder_every=3),
    Family("localgov-drupal-page", make_drupal, "Cabinet", ["html"] * 5,
           ["environment", "public-health", "finance", "adult-social-care", "regeneration"], (2016, 2024),
           NAMES["drupal"], new_holder_every=2),
    Family("rotated-appendix-pdf", make_rotated, "Cabinet", ["pdf"] * 5,
           ["education", "community-safety", "housing", "childrens-services", "culture"], (2011, 2024),
           NAMES["rotated"], new_holder_every=3),
    Family("booklet-pdf", make_booklet, "Cabinet", ["pdf"] * 4,
           ["finance", "environment", "adult-social-care", "community-safety"], (2012, 2024), NAMES["booklet"],
           new_holder_every=2),
    Family("lo-outline-report", make_outline, "Cabinet", ["odt", "docx", "odt", "docx", "odt"],
           ["regeneration", "public-health", "childrens-services", "education", "housing"], (2011, 2024),
           NAMES["outline"], new_holder_every=2),
    # paper copies
    Family("scanned-smartart-textbox-report", make_smartart, "Cabinet", ["scan-pdf"] * 2,
           ["adult-social-care", "community-safety"], (2012, 2024), NAMES["scan"],
           scan_of="smartart-textbox-report", look="g4"),
    Family("scanned-lo-outline-report", make_outline, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "environment"], (2011, 2024), NAMES["scan"], scan_of="lo-outline-report", look="coloured"),
    Family("scanned-rotated-appendix-pdf", make_rotated, "Cabinet", ["scan-pdf"] * 2,
           ["regeneration", "finance"], (2011, 2024), NAMES["scan"], scan_of="rotated-appendix-pdf",
           look="outoforder"),
    Family("scanned-accessible-text-version", make_accessible, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "childrens-services"], (2014, 2024), NAMES["scan"], scan_of="accessible-text-version",
           look="upside", paper=accessible_paper),
]

LOOK_TRAITS = {"g4": {"bilevel", "ccitt-g4", "skew", "noise"},
               "coloured": {"coloured-paper", "colour-scan", "jpeg", "skew"},
               "outoforder": {"pages-out-of-order", "redaction-bar", "jpeg", "skew"},
               "upside": {"page-upside-down", "jpeg", "skew"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout11:{fam.name}:{i}")
            new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
            r = new_report(rng, fam.name, fam.fmts[i], fam.ports[i], fam.body, used, fam.years,
                           new_holder=new_holder)
            r.variant = i + (fi if fam.scan_of else 0)
            stem = rng.choice(fam.names(r, i))
            while stem in names:
                stem += f"_{rng.randint(2, 9)}"
            names.add(stem)
            final = folder / (stem + EXT[r.fmt])
            r.name = final.name
            if fam.scan_of:
                paper = work / ("paper_" + slug(stem) + ".pdf")
                make = fam.paper or fam.make
                if make in DIRECT or make is accessible_paper:
                    job = make(r, paper, work, to=paper)
                else:
                    job = make(r, paper, work, pdf=True)
                job.final = final
                job.steps = job.steps + [f"scan:{fam.look}"]
                r.traits |= {"scanned", "image-only"} | LOOK_TRAITS[fam.look]
            else:
                job = fam.make(r, final, work)
            jobs.append(job)
    return jobs


def run(jobs: list[Job], work: Path) -> None:
    profile = work / "lo-profile"
    for step, target in (("lo-pdf", "pdf"), ("lo-docx", "docx:MS Word 2007 XML")):
        todo = [j for j in jobs if j.steps[:1] == [step]]
        ext = target.split(":")[0]
        libreoffice([j.source for j in todo], target, work / step, profile)
        for j in todo:
            j.source = work / step / (j.source.stem + "." + ext)
            j.steps = j.steps[1:]
            if ext == "pdf":
                fix_pdf(j.source, j.report.report_date)
    for j in jobs:
        r = j.report
        if j.steps and j.steps[0].startswith("scan:"):
            look = j.steps[0].split(":")[1]
            day = r.meeting + dt.timedelta(days=r.rng.randint(1, 400))
            when = dt.datetime.combine(day, dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when,
                 redact=getattr(r, "redact", None))
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
    with tempfile.TemporaryDirectory(prefix="corpus11-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 11: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

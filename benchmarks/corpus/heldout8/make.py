#!/usr/bin/env python3
"""Regenerate the eighth held-out set: heldout8/documents/ + heldout8/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout8/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of five of them turned back into image-only PDFs in looks no
earlier set used (h8_scan: a phone photograph, a 2-in-1 copy, a reader's highlighted copy
with a sticky note and a cup ring, a standard-mode fax, green-bar listing paper). Needs
python-docx, reportlab, Pillow and pypdfium2 (requirements.lock) and LibreOffice
(apt-get install -y libreoffice-writer-nogui) for the ODT and LibreOffice PDFs.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout7"), str(CORPUS / "heldout6"), str(CORPUS / "heldout4"),
                str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h8_common import new_report, taken  # noqa: E402
from h8_pdf import make_listing_paper, make_plan  # noqa: E402
from h8_readme import write_readme  # noqa: E402
from h8_scan import scan  # noqa: E402
from h8_web import make_intranet, make_listing  # noqa: E402
from h8_word import make_budget, make_foi, make_hwb, make_officer_decision  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CF", "education": "ED", "adult-social-care": "AH", "housing": "HN",
         "environment": "NS", "community-safety": "CS", "regeneration": "EG", "finance": "CR",
         "culture": "CL", "public-health": "PH"}
DIRECT = {make_plan, make_listing_paper}  # drawn straight to PDF (reportlab)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


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
    months: tuple[int, ...] = ()
    scan_of: str = ""  # a scanned family: the family whose paper copies were scanned
    look: str = ""  # h8_scan's looks
    paper: Callable | None = None  # what is printed for the scan, if not `make`

    @property
    def count(self) -> int:
        return len(self.ports)


NAMES = {
    "hwb": lambda r, i: [f"HWB_{r.meeting:%Y%m%d}_Item{r.item}_{slug(r.title)[:36]}",
                         f"Health_and_Wellbeing_Board_{r.meeting:%d%m%Y}_{SHORT[r.portfolio]}"],
    "foi": lambda r, i: [f"FOI_response_{r.meeting.year}_{r.rng.randint(1000, 9999)}_redacted",
                         f"Disclosure_log_{SHORT[r.portfolio]}_{r.meeting:%Y%m}_{r.rng.randint(100, 999)}"],
    "intranet": lambda r, i: [f"Hub_News_{slug(r.title)[:40]}", f"SitePages_Cabinet-briefing-{r.meeting:%Y-%m-%d}"],
    "listing": lambda r, i: [f"PFR_{SHORT[r.portfolio]}_{r.meeting:%d%b%y}".upper(),
                             f"cps_print_{r.meeting:%y%m%d}_{r.rng.randint(10, 99)}.lst"],
    "officer": lambda r, i: [f"Officer_Decision_OD_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}",
                             f"ODR_{slug(r.title)[:40]}_{r.meeting:%d-%m-%Y}"],
    "plan": lambda r, i: [f"Plan_on_a_Page_{slug(r.portfolio_name)}_{r.meeting:%b%Y}",
                          f"POAP_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}_final"],
    "budget": lambda r, i: [f"Budget_Book_App_C_{slug(r.portfolio_name)}_{r.meeting.year}",
                            f"Portfolio_Statement_{SHORT[r.portfolio]}_{r.meeting:%Y}"],
    "scan": lambda r, i: [f"IMG_{r.rng.randint(1000, 9999)}", f"Scan_{r.meeting + dt.timedelta(days=r.rng.randint(2, 30)):%Y%m%d}_{r.rng.randint(100, 999)}",
                          f"doc{r.rng.randint(10000000, 99999999)}"],
}

FAMILIES = [
    Family("hwb-board-cover-paper", make_hwb, "Scrutiny", ["docx", "odt", "docx", "odt", "docx"],
           ["public-health", "adult-social-care", "childrens-services", "education", "housing"], (2014, 2024),
           NAMES["hwb"], new_holder_every=3),
    Family("foi-response-letter", make_foi, "Cabinet", ["pdf"] * 4,
           ["housing", "finance", "environment", "childrens-services"], (2012, 2024), NAMES["foi"],
           new_holder_every=2),
    Family("intranet-tabbed-page", make_intranet, "Cabinet", ["html"] * 5,
           ["adult-social-care", "community-safety", "culture", "regeneration", "childrens-services"], (2016, 2024),
           NAMES["intranet"], new_holder_every=3),
    Family("line-printer-listing", make_listing, "Cabinet", ["txt"] * 4,
           ["housing", "environment", "finance", "adult-social-care"], (2012, 2019), NAMES["listing"],
           new_holder_every=2),
    Family("officer-delegated-decision", make_officer_decision, "Decision", ["docx"] * 4,
           ["housing", "community-safety", "childrens-services", "regeneration"], (2013, 2024), NAMES["officer"]),
    Family("plan-on-a-page", make_plan, "Cabinet", ["pdf"] * 4,
           ["childrens-services", "education", "public-health", "culture"], (2015, 2024), NAMES["plan"],
           new_holder_every=4),
    Family("budget-book-portfolio-page", make_budget, "Council", ["odt"] * 5,
           ["adult-social-care", "housing", "environment", "community-safety", "culture"], (2013, 2024),
           NAMES["budget"], months=(2, 3)),
    # paper copies
    Family("scanned-hwb-board-cover-paper", make_hwb, "Scrutiny", ["scan-pdf"] * 2,
           ["childrens-services", "adult-social-care"], (2014, 2024), NAMES["scan"],
           scan_of="hwb-board-cover-paper", look="highlight"),
    Family("scanned-officer-delegated-decision", make_officer_decision, "Decision", ["scan-pdf"] * 2,
           ["environment", "adult-social-care"], (2013, 2024), NAMES["scan"],
           scan_of="officer-delegated-decision", look="photo"),
    Family("scanned-foi-response-letter", make_foi, "Cabinet", ["scan-pdf"] * 2,
           ["education", "regeneration"], (2016, 2024), NAMES["scan"], scan_of="foi-response-letter", look="twoup"),
    Family("scanned-line-printer-listing", make_listing, "Cabinet", ["scan-pdf"] * 2,
           ["childrens-services", "community-safety"], (2012, 2019), NAMES["scan"],
           scan_of="line-printer-listing", look="greenbar", paper=make_listing_paper),
    Family("scanned-budget-book-portfolio-page", make_budget, "Council", ["scan-pdf"] * 2,
           ["finance", "public-health"], (2013, 2024), NAMES["scan"], months=(2, 3),
           scan_of="budget-book-portfolio-page", look="faxstd"),
]

LOOK_TRAITS = {"photo": {"photographed", "perspective", "rotation-over-a-degree", "desk-background",
                         "uneven-lighting", "jpeg"},
               "twoup": {"two-up", "reduced-pages", "skew", "noise"},
               "highlight": {"highlighter", "sticky-note", "cup-ring", "skew", "noise", "margin-note"},
               "faxstd": {"fax-standard-mode", "dithered", "fax-header", "trap-fax-header-date", "low-resolution",
                          "skew"},
               "greenbar": {"green-bar-paper", "sprocket-holes", "skew", "noise"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout8:{fam.name}:{i}")
            new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
            r = new_report(rng, fam.name, fam.fmts[i], fam.ports[i], fam.body, used, fam.years,
                           new_holder=new_holder, months=fam.months)
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
                job = make(r, paper, work, to=paper) if make in DIRECT else make(r, paper, work, pdf=True)
                job.final = final
                job.steps = job.steps + [f"scan:{fam.look}"]
                r.traits |= {"scanned", "image-only"} | LOOK_TRAITS[fam.look]
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
            look = j.steps[0].split(":")[1]
            when = dt.datetime.combine(r.meeting + dt.timedelta(days=r.rng.randint(1, 30)),
                                       dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            note = r.rng.choice(["Q figs right?", "why up?", "check vs last yr", "ask about target"])
            header = (f"{when:%d/%m/%Y %H:%M}  FROM: HBC FINANCE 01632 94{r.rng.randint(1000, 9999)}"
                      f"   TO: 01632 95{r.rng.randint(1000, 9999)}   {{P}}")
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when, note=note, header=header)
            j.steps = j.steps[1:]
        elif not j.steps:
            if j.source != j.final:
                shutil.copyfile(j.source, j.final)
        if j.steps:
            raise ValueError(f"{j.final.name}: unknown steps {j.steps}")
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, r.report_date)
        if j.final.suffix == ".pdf" and r.fmt == "pdf" and j.source == j.final:
            pass  # reportlab with invariant=1: already reproducible


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus8-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 8: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

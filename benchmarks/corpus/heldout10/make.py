#!/usr/bin/env python3
"""Regenerate the tenth held-out set: heldout10/documents/ + heldout10/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout10/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of five of them turned back into image-only PDFs in looks no
earlier set used (h10_scan: thermal fax paper, a spirit-duplicator copy, a 'RECEIVED' stamp
with a staple, pencil ticks and a margin note, a colour JPEG scan skewed page by page). Needs
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"), str(CORPUS / "heldout6"),
                str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h10_common import new_report, taken  # noqa: E402
from h10_pdf import make_print_driver  # noqa: E402
from h10_readme import write_readme  # noqa: E402
from h10_scan import scan  # noqa: E402
from h10_web import make_email, make_portal, make_transcript, make_transcript_paper  # noqa: E402
from h10_word import make_large_print, make_legacy, make_tabstop  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "SAFE", "regeneration": "REGEN", "finance": "FIN",
         "culture": "CUL", "public-health": "PUBH"}
DIRECT = {make_print_driver, make_transcript_paper}  # drawn straight to PDF


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
    scan_of: str = ""  # a scanned family: the family whose paper copies were scanned
    look: str = ""  # h10_scan's looks
    paper: Callable | None = None  # what is printed for the scan, if not `make`

    @property
    def count(self) -> int:
        return len(self.ports)


NAMES = {
    "email": lambda r, i: [f"RE_{slug(r.portfolio_name)}_portfolio_update_{r.meeting:%d%m%y}",
                           f"Email_to_all_members_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}"],
    "tabstop": lambda r, i: [f"Cabinet_{r.meeting:%d%m%Y}_Item{r.item}_{SHORT[r.portfolio]}",
                             f"{SHORT[r.portfolio]}_Portfolio_Report_{r.meeting:%b%y}"],
    "legacy": lambda r, i: [f"CAB{r.meeting:%y%m%d}{r.item:02d}", f"ITEM{r.item:02d}_{SHORT[r.portfolio]}_{r.meeting:%d%m%y}"],
    "print": lambda r, i: [f"Item_{r.item:02d}_{slug(r.title)[:30]}_{r.meeting:%Y-%m-%d}",
                           f"{r.meeting:%Y%m%d}_Report_{SHORT[r.portfolio]}_printed"],
    "transcript": lambda r, i: [f"Council_verbatim_transcript_{r.meeting:%Y-%m-%d}",
                                f"Full_Council_{r.meeting:%d%m%Y}_webcast_transcript_item{r.item}"],
    "portal": lambda r, i: [f"opendata_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}",
                            f"{slug(r.portfolio_name).lower()}-portfolio-indicators-{r.meeting:%Y-%m}"],
    "large": lambda r, i: [f"LARGE_PRINT_{slug(r.title)[:30]}_{r.meeting:%Y%m%d}",
                           f"Large_print_version_{SHORT[r.portfolio]}_{r.meeting:%B_%Y}"],
    "scan": lambda r, i: [f"SCN_{r.rng.randint(10000, 99999)}",
                          f"scan{r.meeting + dt.timedelta(days=r.rng.randint(30, 900)):%d%m%Y}{r.rng.randint(1000, 9999)}",
                          f"Document_{r.rng.randint(100, 999)}_{r.meeting.year + r.rng.randint(1, 4)}"],
}

FAMILIES = [
    Family("outlook-email-htm", make_email, "Cabinet", ["html"] * 5,
           ["housing", "education", "community-safety", "culture", "adult-social-care"], (2013, 2024),
           NAMES["email"], new_holder_every=3),
    Family("tabstop-table-report", make_tabstop, "Cabinet", ["docx", "odt", "docx", "odt", "docx"],
           ["environment", "childrens-services", "finance", "regeneration", "public-health"], (2011, 2024),
           NAMES["tabstop"], new_holder_every=2),
    Family("legacy-wp-converted", make_legacy, "Cabinet", ["docx", "odt", "docx", "odt", "docx"],
           ["finance", "housing", "culture", "community-safety", "adult-social-care"], (2011, 2019),
           NAMES["legacy"], new_holder_every=4),
    Family("print-driver-pdf", make_print_driver, "Cabinet", ["pdf"] * 5,
           ["regeneration", "childrens-services", "environment", "education", "housing"], (2011, 2022),
           NAMES["print"], new_holder_every=3),
    Family("council-transcript", make_transcript, "Council", ["txt"] * 4,
           ["public-health", "housing", "childrens-services", "environment"], (2013, 2024), NAMES["transcript"],
           new_holder_every=2),
    Family("open-data-portal-page", make_portal, "Cabinet", ["html"] * 4,
           ["adult-social-care", "regeneration", "finance", "education"], (2015, 2024), NAMES["portal"],
           new_holder_every=3),
    Family("large-print-version", make_large_print, "Cabinet", ["docx"] * 4,
           ["culture", "public-health", "community-safety", "childrens-services"], (2013, 2024), NAMES["large"],
           new_holder_every=2),
    # paper copies
    Family("scanned-legacy-wp-converted", make_legacy, "Cabinet", ["scan-pdf"] * 2,
           ["environment", "education"], (2011, 2019), NAMES["scan"], scan_of="legacy-wp-converted", look="thermal"),
    Family("scanned-tabstop-table-report", make_tabstop, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "culture"], (2011, 2024), NAMES["scan"], scan_of="tabstop-table-report", look="spirit"),
    Family("scanned-print-driver-pdf", make_print_driver, "Cabinet", ["scan-pdf"] * 2,
           ["finance", "public-health"], (2011, 2022), NAMES["scan"], scan_of="print-driver-pdf", look="received"),
    Family("scanned-large-print-version", make_large_print, "Cabinet", ["scan-pdf"] * 2,
           ["adult-social-care", "regeneration"], (2013, 2024), NAMES["scan"], scan_of="large-print-version",
           look="pencil"),
    Family("scanned-council-transcript", make_transcript, "Council", ["scan-pdf"] * 2,
           ["community-safety", "culture"], (2013, 2024), NAMES["scan"], scan_of="council-transcript",
           look="jpegskew", paper=make_transcript_paper),
]

LOOK_TRAITS = {"thermal": {"thermal-paper", "yellowed", "faded", "fax-header", "trap-fax-header-date", "colour-scan",
                           "jpeg", "skew"},
               "spirit": {"spirit-duplicator", "purple-ink", "smudged", "ghost-image", "colour-scan", "jpeg", "skew"},
               "received": {"received-stamp", "trap-stamp-date", "staple-shadow", "colour-scan", "jpeg", "skew",
                            "noise"},
               "pencil": {"pencil-ticks", "margin-note", "handwritten-number", "skew", "noise"},
               "jpegskew": {"colour-scan", "jpeg", "low-resolution", "skew-per-page", "skew",
                            "rotation-over-a-degree"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout10:{fam.name}:{i}")
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
            if look in ("received", "thermal"):  # the papers arrive before the meeting
                day = r.report_date + dt.timedelta(days=r.rng.randint(1, 4))
            else:
                day = r.meeting + dt.timedelta(days=r.rng.randint(1, 40))
            when = dt.datetime.combine(day, dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            f = next(x for x in r.figs if not x.percent) if any(not x.percent for x in r.figs) else r.figs[0]
            notes = [r.rng.choice(["why up?", "ask Q", "check target"]),
                     f"was it {f.show(f.value + r.rng.choice([-9, -6, 5, 8]))}?"]
            header = (f"{when:%d-%b-%Y %H:%M}  FROM HOLLINSFIELD BC  01632 93{r.rng.randint(1000, 9999)}"
                      f"  TO MEMBERS ROOM  {{P}}")
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when, notes=notes,
                 header=header)
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
    with tempfile.TemporaryDirectory(prefix="corpus10-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 10: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

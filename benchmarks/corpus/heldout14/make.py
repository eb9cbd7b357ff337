#!/usr/bin/env python3
"""Regenerate the fourteenth held-out set: heldout14/documents/ + heldout14/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout14/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h14_scan: a double-page spread, pages printed two-up, a diagonal 'COPY'
stamp, punched holes and the scanner lid's dark edge). Needs python-docx, reportlab,
Pillow and pypdfium2 (requirements.lock) and LibreOffice (apt-get install -y
libreoffice-writer-nogui) for the template's .odt and .docx and the printed copies. The
generated files are committed; a re-run reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout13"), str(CORPUS / "heldout12"), str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h12_common import new_report  # noqa: E402
from h14_common import taken  # noqa: E402
from h14_pdf import make_indesign, make_scorecard, make_scottish  # noqa: E402
from h14_readme import write_readme  # noqa: E402
from h14_scan import scan  # noqa: E402
from h14_text import make_ni, make_scottish_text, make_stackable  # noqa: E402
from h14_word import make_easyread, make_scorecard_word, make_welsh  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "RGN", "finance": "RES",
         "culture": "CLL", "public-health": "PH"}
DIRECT = {make_indesign, make_scorecard, make_scottish}  # drawn straight to PDF


def make_scorecard_any(r, final, work, **kw):
    """The scorecard printed from Excel (pdf) or pasted into Word (docx, odt)."""
    return (make_scorecard if r.fmt in ("pdf", "scan-pdf") else make_scorecard_word)(r, final, work, **kw)


def make_scottish_any(r, final, work, **kw):
    """The Scottish report as PDF, or as the text exported from it."""
    return (make_scottish if r.fmt in ("pdf", "scan-pdf") else make_scottish_text)(r, final, work, **kw)


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
    scan_of: str = ""
    look: str = ""
    paper: Callable | None = None

    @property
    def count(self) -> int:
        return len(self.ports)


NAMES = {
    "welsh": lambda r, i: [f"Adroddiad_Cabinet_Report_{SHORT[r.portfolio]}_{r.meeting:%d%m%Y}_CY_EN",
                           f"{r.meeting:%Y-%m-%d}_Cabinet_Item{r.item}_{SHORT[r.portfolio]}_dwyieithog_bilingual"],
    "indesign": lambda r, i: [f"{SHORT[r.portfolio]}_Annual_Report_{r.meeting:%Y}_web_spreads",
                              f"{slug(r.title)[:26]}_annual_report_{r.meeting:%Y}_print_ready"],
    "stack": lambda r, i: [f"www.hollinsfield.gov.uk_council_meetings_{SHORT[r.portfolio].lower()}-report-{r.meeting:%Y%m%d}",
                           f"meetings_{r.meeting:%Y}_{r.portfolio}-quarterly-report-item-{r.item}"],
    "scorecard": lambda r, i: [f"{SHORT[r.portfolio]}_Scorecard_{r.meeting:%b%Y}_Appendix_A",
                               f"Perf_Scorecard_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}_print"],
    "easyread": lambda r, i: [f"Easy_Read_{SHORT[r.portfolio]}_report_{r.meeting:%B_%Y}",
                              f"{SHORT[r.portfolio]}_ER_version_Cabinet_{r.meeting:%d%m%y}"],
    "scottish": lambda r, i: [f"CAB_{r.meeting:%y}_{SHORT[r.portfolio]}_Report_by_Executive_Director_{r.meeting:%d%m%Y}",
                              f"Item_{r.item}_{SHORT[r.portfolio]}_performance_report_{r.meeting:%Y_%m_%d}"],
    "ni": lambda r, i: [f"mgReport_{SHORT[r.portfolio]}_{r.meeting:%d%m%Y}_Report_to_Committee",
                        f"ReportToCommittee_{r.meeting:%Y%m%d}_{SHORT[r.portfolio].lower()}"],
    "scan": lambda r, i: [f"SCN_{r.rng.randint(100000, 999999)}",
                          f"scan{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y%m%d}{r.rng.randint(1000, 9999)}",
                          f"Copy_of_papers_{r.rng.randint(10, 99)}"],
}

FAMILIES = [
    Family("welsh-first-bilingual-report", make_welsh, "Cabinet", ["docx"] * 5,
           ["education", "housing", "public-health", "regeneration", "childrens-services"], (2013, 2024),
           NAMES["welsh"], new_holder_every=3),
    Family("indesign-annual-report", make_indesign, "Cabinet", ["pdf"] * 5,
           ["culture", "environment", "adult-social-care", "community-safety", "finance"], (2013, 2024),
           NAMES["indesign"], new_holder_every=2),
    Family("stackable-cms-page", make_stackable, "Cabinet", ["html"] * 5,
           ["childrens-services", "regeneration", "housing", "finance", "public-health"], (2014, 2024),
           NAMES["stack"], new_holder_every=3),
    Family("excel-scorecard-print", make_scorecard_any, "Cabinet", ["pdf", "docx", "pdf", "odt", "pdf"],
           ["environment", "adult-social-care", "education", "community-safety", "culture"], (2013, 2024),
           NAMES["scorecard"], new_holder_every=2),
    Family("easy-read-word-version", make_easyread, "Cabinet", ["docx", "odt", "docx", "odt", "odt"],
           ["housing", "childrens-services", "adult-social-care", "environment", "education"], (2014, 2024),
           NAMES["easyread"], new_holder_every=3),
    Family("scottish-report-text-and-pdf", make_scottish_any, "Cabinet", ["txt", "pdf", "txt", "pdf", "txt"],
           ["regeneration", "culture", "community-safety", "public-health", "finance"], (2012, 2024),
           NAMES["scottish"], new_holder_every=2),
    Family("ni-report-web-page", make_ni, "Cabinet", ["html"] * 5,
           ["public-health", "education", "childrens-services", "culture", "housing"], (2013, 2024),
           NAMES["ni"], new_holder_every=3),
    # paper copies
    Family("scanned-indesign-annual-report", make_indesign, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "education"], (2013, 2024), NAMES["scan"], scan_of="indesign-annual-report", look="spread"),
    Family("scanned-scottish-report-text-and-pdf", make_scottish, "Cabinet", ["scan-pdf"] * 2,
           ["environment", "adult-social-care"], (2012, 2024), NAMES["scan"],
           scan_of="scottish-report-text-and-pdf", look="twoup"),
    Family("scanned-welsh-first-bilingual-report", make_welsh, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "community-safety"], (2013, 2024), NAMES["scan"], scan_of="welsh-first-bilingual-report",
           look="copystamp"),
    Family("scanned-easy-read-word-version", make_easyread, "Cabinet", ["scan-pdf"] * 2,
           ["regeneration", "public-health"], (2014, 2024), NAMES["scan"], scan_of="easy-read-word-version",
           look="holes"),
]

LOOK_TRAITS = {"spread": {"double-page-spread", "gutter-shadow", "greyscale", "jpeg", "landscape-scan"},
               "twoup": {"two-up", "reduced-70-percent", "greyscale", "jpeg", "noise"},
               "copystamp": {"copy-stamp", "diagonal-stamp", "colour-scan", "jpeg", "skew"},
               "holes": {"punched-holes", "scanner-lid-edge", "greyscale", "jpeg", "noise", "skew"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout14:{fam.name}:{i}")
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
                make = fam.make
                if make in DIRECT:
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


CONVERSIONS = (("lo-odt", "odt"), ("lo-docx", "docx:MS Word 2007 XML"), ("lo-pdf", "pdf"))


def run(jobs: list[Job], work: Path) -> None:
    profile = work / "lo-profile"
    while any(j.steps and j.steps[0].startswith("lo-") for j in jobs):
        for step, target in CONVERSIONS:
            todo = [j for j in jobs if j.steps[:1] == [step]]
            if not todo:
                continue
            ext = target.split(":")[0]
            out = work / f"{step}-{sum(1 for _ in work.glob(step + '-*'))}"
            libreoffice([j.source for j in todo], target, out, profile)
            for j in todo:
                j.source = out / (j.source.stem + "." + ext)
                j.steps = j.steps[1:]
                if ext == "pdf":
                    fix_pdf(j.source, j.report.report_date)
    for j in jobs:
        r = j.report
        if j.steps and j.steps[0].startswith("scan:"):
            look = j.steps[0].split(":")[1]
            day = r.meeting + dt.timedelta(days=r.rng.randint(1, 400))
            when = dt.datetime.combine(day, dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when)
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
    with tempfile.TemporaryDirectory(prefix="corpus14-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 14: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

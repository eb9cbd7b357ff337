#!/usr/bin/env python3
"""Regenerate the thirteenth held-out set: heldout13/documents/ + heldout12/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout12/make.py          # from the project root

Eight house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h13_scan: a phone scanning app, a torn corner and a crease, moire from a
halftone tint, a stapled bundle with one page turned 5 degrees). Needs python-docx, reportlab,
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout12"), str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h12_common import new_report  # noqa: E402
from h13_common import taken  # noqa: E402
from h13_pdf import make_continued, make_notes  # noqa: E402
from h13_readme import write_readme  # noqa: E402
from h13_scan import scan  # noqa: E402
from h13_text import make_bulletin, make_captions, make_gsites, make_jekyll  # noqa: E402
from h13_word import make_hidden, make_template  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "RGN", "finance": "RES",
         "culture": "CLL", "public-health": "PH"}
DIRECT = {make_notes, make_continued}  # drawn straight to PDF


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
    "notes": lambda r, i: [f"{SHORT[r.portfolio]}_Cabinet_briefing_{r.meeting:%d%m%Y}_notes_pages",
                           f"{slug(r.title)[:28]}_briefing_slides_with_notes_{r.meeting:%Y}"],
    "hidden": lambda r, i: [f"{r.meeting:%Y%m%d}_{SHORT[r.portfolio]}_Cabinet_Report_FINAL_v7",
                            f"Cab_{r.meeting:%d_%m_%y}_Item{r.item}_{SHORT[r.portfolio]}_final_for_publication"],
    "jekyll": lambda r, i: [f"{r.meeting - dt.timedelta(days=7):%Y-%m-%d}-{SHORT[r.portfolio].lower()}-portfolio-report.md",
                            f"_posts_{r.meeting:%Y}_{SHORT[r.portfolio].lower()}_q_report_md"],
    "captions": lambda r, i: [f"webcast_{r.meeting:%Y%m%d}_item{r.item}_captions",
                              f"{r.executive}_{r.meeting:%d%b%Y}_{SHORT[r.portfolio]}_auto_transcript"],
    "gsites": lambda r, i: [f"hbc-members-portal_{SHORT[r.portfolio].lower()}-report-{r.meeting:%b-%Y}".lower(),
                            f"sites.google.com_view_hbc-members_{r.portfolio}-{r.meeting:%Y-%m}"],
    "continued": lambda r, i: [f"{SHORT[r.portfolio]}_Performance_and_Budget_{r.meeting:%b%y}_Cabinet",
                               f"Item_{r.item:02d}_{SHORT[r.portfolio]}_perf_budget_tables_{r.meeting:%Y%m%d}"],
    "template": lambda r, i: [f"HBC_CR_{r.meeting:%Y%m%d}_{SHORT[r.portfolio]}_from_template",
                              f"{SHORT[r.portfolio]}-Committee-Report-{r.meeting:%d-%m-%Y}-TOC"],
    "bulletin": lambda r, i: [f"Members_Information_Bulletin_{SHORT[r.portfolio]}_{r.meeting:%b%Y}_email",
                              f"MIB_{r.meeting:%y%m}_{SHORT[r.portfolio].lower()}_update_mailchimp"],
    "scan": lambda r, i: [f"IMG_{r.rng.randint(1000, 9999)}_scan",
                          f"Scan_{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y-%m-%d}_{r.rng.randint(100, 999)}",
                          f"doc{r.rng.randint(10000000, 99999999)}"],
}

FAMILIES = [
    Family("notes-pages-briefing", make_notes, "Cabinet", ["pdf"] * 5,
           ["housing", "public-health", "culture", "childrens-services", "finance"], (2014, 2024),
           NAMES["notes"], new_holder_every=3),
    Family("hidden-text-report", make_hidden, "Cabinet", ["docx"] * 5,
           ["education", "environment", "regeneration", "adult-social-care", "community-safety"], (2012, 2024),
           NAMES["hidden"], new_holder_every=2),
    Family("jekyll-markdown-export", make_jekyll, "Cabinet", ["txt"] * 5,
           ["community-safety", "housing", "adult-social-care", "culture", "environment"], (2015, 2024),
           NAMES["jekyll"], new_holder_every=3),
    Family("webcast-captions", make_captions, "Cabinet", ["txt"] * 5,
           ["regeneration", "childrens-services", "public-health", "finance", "education"], (2016, 2024),
           NAMES["captions"], new_holder_every=2),
    Family("google-sites-page", make_gsites, "Cabinet", ["html"] * 5,
           ["environment", "community-safety", "education", "housing", "public-health"], (2014, 2024),
           NAMES["gsites"], new_holder_every=3),
    Family("continued-table-report", make_continued, "Cabinet", ["pdf"] * 4,
           ["culture", "finance", "childrens-services", "regeneration"], (2012, 2024),
           NAMES["continued"], new_holder_every=2),
    Family("template-toc-report", make_template, "Cabinet", ["odt", "docx", "odt", "docx", "odt"],
           ["adult-social-care", "public-health", "community-safety", "finance", "culture"], (2012, 2024),
           NAMES["template"], new_holder_every=3),
    Family("members-bulletin-email", make_bulletin, "Cabinet", ["html"] * 5,
           ["housing", "environment", "childrens-services", "regeneration", "education"], (2013, 2024),
           NAMES["bulletin"], new_holder_every=2),
    # paper copies
    Family("scanned-notes-pages-briefing", make_notes, "Cabinet", ["scan-pdf"] * 2,
           ["education", "regeneration"], (2014, 2024), NAMES["scan"], scan_of="notes-pages-briefing",
           look="moire"),
    Family("scanned-hidden-text-report", make_hidden, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "culture"], (2012, 2024), NAMES["scan"], scan_of="hidden-text-report",
           look="torncrease"),
    Family("scanned-template-toc-report", make_template, "Cabinet", ["scan-pdf"] * 2,
           ["environment", "childrens-services"], (2012, 2024), NAMES["scan"], scan_of="template-toc-report",
           look="phoneapp"),
    Family("scanned-continued-table-report", make_continued, "Cabinet", ["scan-pdf"] * 2,
           ["public-health", "adult-social-care"], (2012, 2024), NAMES["scan"], scan_of="continued-table-report",
           look="rotated5"),
]

LOOK_TRAITS = {"phoneapp": {"phone-scanner-app", "uneven-lighting", "sharpened", "scanner-app-watermark", "jpeg"},
               "torncrease": {"torn-corner", "crease", "skew", "jpeg", "noise"},
               "moire": {"moire", "halftone-background", "colour-scan", "jpeg"},
               "rotated5": {"stapled-bundle", "page-rotated-5-degrees", "staple", "skew", "jpeg"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout13:{fam.name}:{i}")
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
    with tempfile.TemporaryDirectory(prefix="corpus13-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 13: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the ninth held-out set: heldout9/documents/ + heldout9/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout9/make.py          # from the project root

Eight house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h9_scan: a microfiche reader-printer print, a bound minute book on a flatbed,
show-through from the reverse side, a printer low on toner). Needs python-docx, reportlab,
Pillow and pypdfium2 (requirements.lock) and LibreOffice (apt-get install -y
libreoffice-writer-nogui) for the ODT and LibreOffice PDFs. The generated files are committed;
a re-run reproduces the same bytes.
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
from h9_common import new_report, taken  # noqa: E402
from h9_pdf import make_annual, make_form, make_powerbi  # noqa: E402
from h9_readme import write_readme  # noqa: E402
from h9_scan import scan  # noqa: E402
from h9_web import make_cmis, make_statement  # noqa: E402
from h9_word import make_corporate, make_gdocs, make_question_time  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CSC", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "REG", "finance": "RES",
         "culture": "CUL", "public-health": "PH"}
DIRECT = {make_form, make_annual, make_powerbi}  # drawn straight to PDF (reportlab)


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
    scan_of: str = ""
    look: str = ""

    @property
    def count(self) -> int:
        return len(self.ports)


NAMES = {
    "corp": lambda r, i: [f"{r.executive}_{r.meeting:%d%m%y}_Item_{r.item:02d}_{slug(r.title)[:30]}_v3_tracked",
                          f"HBC_Report_{SHORT[r.portfolio]}_{r.meeting:%Y-%m-%d}_DRAFT_comments"],
    "cmis": lambda r, i: [f"cmis5_Document_aspx_ID_{r.rng.randint(20000, 89999)}",
                          f"ViewSelectedDocument_{r.meeting:%Y%m%d}_{r.item}"],
    "form": lambda r, i: [f"DS3_Decision_Record_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}",
                          f"Executive_Decision_Form_{r.rng.randint(100, 999)}_signed"],
    "speech": lambda r, i: [f"Council_{r.meeting:%Y%m%d}_statement_{SHORT[r.portfolio]}_as_delivered",
                            f"CM_statement_{slug(r.portfolio_name)[:24]}_{r.meeting:%b%Y}"],
    "annual": lambda r, i: [f"{slug(r.portfolio_name)}_Annual_Review_{r.meeting.year - 1}-{r.meeting.year % 100:02d}_web",
                            f"AR_{SHORT[r.portfolio]}_{r.meeting.year}_spreads_lowres"],
    "qt": lambda r, i: [f"CMQT_{SHORT[r.portfolio]}_{r.meeting:%d%m%Y}_record",
                        f"Question_Time_{slug(r.portfolio_name)[:20]}_{r.meeting:%Y-%m}"],
    "gdocs": lambda r, i: [f"{slug(r.title)} - Cabinet briefing ({r.meeting:%d %b})".replace(" ", "_"),
                           f"Copy_of_Cabinet_briefing_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}"],
    "pbi": lambda r, i: [f"{slug(r.portfolio_name)}_Performance_Dashboard_{r.meeting:%Y%m%d}",
                         f"PBI_export_{SHORT[r.portfolio]}_{r.meeting:%b%y}"],
    "scan": lambda r, i: [f"SCAN{r.rng.randint(1000, 9999):04d}", f"archive_{r.meeting.year}_{r.rng.randint(1, 400):04d}",
                          f"img{r.rng.randint(100000, 999999)}"],
}

FAMILIES = [
    Family("corporate-template-tracked", make_corporate, "Cabinet", ["docx", "docx", "odt", "docx", "odt"],
           ["housing", "childrens-services", "environment", "finance", "public-health"], (2015, 2024), NAMES["corp"],
           new_holder_every=3),
    Family("cmis-agenda-item-page", make_cmis, "Cabinet", ["html"] * 4,
           ["education", "community-safety", "culture", "adult-social-care"], (2012, 2024), NAMES["cmis"],
           new_holder_every=3),
    Family("decision-record-form", make_form, "Decision", ["pdf"] * 4,
           ["regeneration", "housing", "environment", "culture"], (2017, 2024), NAMES["form"]),
    Family("council-statement-transcript", make_statement, "Council", ["txt"] * 4,
           ["childrens-services", "adult-social-care", "regeneration", "community-safety"], (2013, 2024),
           NAMES["speech"], new_holder_every=2),
    Family("portfolio-annual-review", make_annual, "Council", ["pdf"] * 4,
           ["culture", "housing", "education", "public-health"], (2016, 2024), NAMES["annual"],
           new_holder_every=3, months=(6, 7, 9)),
    Family("cabinet-member-question-time", make_question_time, "Scrutiny", ["docx", "odt", "docx", "odt"],
           ["adult-social-care", "finance", "environment", "childrens-services"], (2018, 2024), NAMES["qt"],
           new_holder_every=2),
    Family("google-docs-briefing", make_gdocs, "Cabinet", ["docx"] * 4,
           ["community-safety", "education", "regeneration", "finance"], (2016, 2024), NAMES["gdocs"]),
    Family("power-bi-export", make_powerbi, "Cabinet", ["pdf"] * 4,
           ["adult-social-care", "environment", "public-health", "housing"], (2018, 2024), NAMES["pbi"]),
    # paper copies
    Family("scanned-corporate-template-tracked", make_corporate, "Cabinet", ["scan-pdf"] * 2,
           ["education", "culture"], (2015, 2024), NAMES["scan"], scan_of="corporate-template-tracked",
           look="microfiche"),
    Family("scanned-cabinet-member-question-time", make_question_time, "Scrutiny", ["scan-pdf"] * 2,
           ["housing", "regeneration"], (2018, 2024), NAMES["scan"], scan_of="cabinet-member-question-time",
           look="minutebook"),
    Family("scanned-portfolio-annual-review", make_annual, "Council", ["scan-pdf"] * 2,
           ["environment", "childrens-services"], (2016, 2024), NAMES["scan"], months=(6, 7, 9),
           scan_of="portfolio-annual-review", look="bleed"),
    Family("scanned-decision-record-form", make_form, "Decision", ["scan-pdf"] * 2,
           ["finance", "public-health"], (2017, 2024), NAMES["scan"], scan_of="decision-record-form",
           look="lowtoner"),
]

LOOK_TRAITS = {"microfiche": {"microfiche", "low-contrast", "scratches", "noise", "skew"},
               "minutebook": {"bound-volume", "page-curvature", "gutter-shadow", "rotation-over-a-degree"},
               "bleed": {"bleed-through", "mirrored-ghost-text", "noise", "skew"},
               "lowtoner": {"low-toner", "vertical-streaks", "broken-characters", "skew"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout9:{fam.name}:{i}")
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
                job = (fam.make(r, paper, work, to=paper) if fam.make in DIRECT
                       else fam.make(r, paper, work, pdf=True))
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
            when = dt.datetime.combine(r.meeting + dt.timedelta(days=r.rng.randint(400, 2400)),
                                       dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when)
            j.steps = j.steps[1:]
        elif not j.steps and j.source != j.final:
            shutil.copyfile(j.source, j.final)
        if j.steps:
            raise ValueError(f"{j.final.name}: unknown steps {j.steps}")
        if j.final.suffix == ".odt":
            fix_odt_ids(j.final)
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, r.report_date)


def fix_odt_ids(path: Path) -> None:
    """LibreOffice names tracked changes and comments from memory addresses and random numbers
    ('ct94794245049744', '__Annotation__315_610634489'): number them in order instead."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    out = []
    for info, data in entries:
        if info.filename in ("content.xml", "styles.xml"):
            seen: dict[bytes, bytes] = {}

            def number(m):
                return seen.setdefault(m.group(0), m.group(1) + str(len(seen) + 1).encode())
            data = re.sub(rb"(ct)\d{6,}", number, data)
            data = re.sub(rb"(__Annotation__)\d+_\d+", number, data)
        out.append((info, data))
    with zipfile.ZipFile(path, "w") as z:
        for info, data in out:
            z.writestr(info, data, zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus9-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 9: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the third held-out set: heldout3/documents/ + heldout3/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout3/make.py          # from the project root

Eight house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of six of them scanned, faxed or photocopied back to image-only
PDFs. Needs python-docx, reportlab, Pillow and pypdfium2 (requirements.lock) and LibreOffice
(apt-get install -y libreoffice-writer-nogui) for the ODT and LibreOffice PDFs. The generated
files are committed; a re-run reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from council import PORTFOLIOS  # noqa: E402
from h3_model import Job, Report, new_report, quarter_name, taken  # noqa: E402
from h3_pdf import corporate_quarter, make_corporate, make_newsletter  # noqa: E402
from h3_readme import write_readme  # noqa: E402
from h3_scan import scan  # noqa: E402
from h3_web import make_jadu, make_outlook  # noqa: E402
from h3_word import make_district, make_excel_report, make_london, make_welsh  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "ChildrensServices", "education": "EducationSkills", "adult-social-care": "AdultSocialCare",
         "housing": "Housing", "environment": "Environment", "community-safety": "CommunitySafety",
         "regeneration": "RegenEconomy", "finance": "FinanceResources", "culture": "CultureLeisure",
         "public-health": "PublicHealth"}


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
    look: str = ""  # office | fax | photocopy


def _cycle(*fmts: str) -> Callable[[int], str]:
    return lambda i: fmts[i % len(fmts)]


def _q(r: Report) -> str:
    q = corporate_quarter(r)
    return quarter_name(q, "q").replace(" ", "_").replace("/", "-")


NAMES = {
    "london": lambda r, i: [f"{r.executive}_{r.meeting:%Y%m%d}_{slug(r.title)}_FINAL",
                            f"{r.executive} report {slug(r.title)} v{r.rng.randint(2, 6)}".replace(" ", "_")],
    "corporate": lambda r, i: [f"CPR_{_q(r)}_{SHORT[r.portfolio]}", f"Corporate_Performance_Report_{SHORT[r.portfolio]}_{_q(r)}"],
    "welsh": lambda r, i: [f"{r.executive}_{r.meeting:%d-%m-%Y}_{SHORT[r.portfolio]}_ENG",
                           f"{slug(r.title)}_{r.meeting:%Y%m%d}_Saesneg"],
    "district": lambda r, i: [f"PH_Update_{SHORT[r.portfolio]}_Council_{r.meeting:%d%m%y}",
                              f"Item_{r.item}_Portfolio_Holder_Update_{SHORT[r.portfolio]}"],
    "jadu": lambda r, i: [f"documents_print_documentID_{r.rng.randint(1200, 9800)}",
                          f"{r.executive}_Member_report_{SHORT[r.portfolio]}_{r.meeting:%B_%Y}_Hollinsfield_Borough_Council"],
    "outlook": lambda r, i: [f"Member_briefing_{SHORT[r.portfolio]}_-_{r.body}_{r.meeting.day}_{r.meeting:%B_%Y}",
                             f"RE_Member_briefing_{SHORT[r.portfolio]}"],
    "newsletter": lambda r, i: [f"{SHORT[r.portfolio]}_Matters_{r.body}_{r.meeting:%b%y}",
                                f"CM_report_to_Council_{SHORT[r.portfolio]}_{r.meeting:%Y-%m}"],
    "excel": lambda r, i: [f"Performance_Report_{SHORT[r.portfolio]}_{r.meeting:%b%y}_v{r.rng.randint(1, 4)}",
                           f"{r.executive}_{r.meeting:%d.%m.%y}_{slug(r.title)}"],
    "scan": lambda r, i: [f"SCAN_{r.meeting - dt.timedelta(days=r.rng.randint(1, 60)):%Y%m%d}_{r.rng.randint(80000, 175959):06d}",
                          f"img{r.rng.randint(10000, 99999)}"],
    "fax": lambda r, i: [f"Fax_{r.meeting - dt.timedelta(days=r.rng.randint(2, 9)):%Y-%m-%d}_{r.rng.randint(1000, 9999)}",
                         f"FAX{r.rng.randint(100000, 999999)}"],
}

FAMILIES = [
    Family("london-cabinet-report", 5, make_london, "Cabinet", _cycle("docx"), (2018, 2024), NAMES["london"]),
    Family("corporate-performance-report", 4, make_corporate, "Cabinet", _cycle("pdf"), (2013, 2024), NAMES["corporate"]),
    Family("welsh-bilingual-report", 5, make_welsh, "Cabinet", _cycle("odt", "docx", "odt"), (2018, 2024), NAMES["welsh"]),
    Family("district-ph-update", 4, make_district, "Council", _cycle("pdf"), (2012, 2024), NAMES["district"],
           new_holder_every=2),
    Family("jadu-document-page", 5, make_jadu, "Cabinet", _cycle("html"), (2014, 2024), NAMES["jadu"]),
    Family("outlook-briefing-text", 5, make_outlook, "Council", _cycle("txt"), (2014, 2024), NAMES["outlook"],
           new_holder_every=3),
    Family("newsletter-member-report", 4, make_newsletter, "Council", _cycle("pdf"), (2013, 2024), NAMES["newsletter"],
           new_holder_every=2),
    Family("excel-table-report", 5, make_excel_report, "Cabinet", _cycle("docx", "odt"), (2014, 2024), NAMES["excel"]),
    # paper copies
    Family("scanned-corporate-performance-report", 2, make_corporate, "Cabinet", _cycle("scan-pdf"), (2013, 2024),
           NAMES["scan"], scan_of="corporate-performance-report", look="office"),
    Family("scanned-district-ph-update", 2, make_district, "Council", _cycle("scan-pdf"), (2012, 2024), NAMES["fax"],
           new_holder_every=2, scan_of="district-ph-update", look="fax"),
    Family("scanned-london-cabinet-report", 2, make_london, "Cabinet", _cycle("scan-pdf"), (2018, 2024), NAMES["scan"],
           scan_of="london-cabinet-report", look="photocopy"),
    Family("scanned-welsh-bilingual-report", 1, make_welsh, "Cabinet", _cycle("scan-pdf"), (2018, 2024), NAMES["scan"],
           scan_of="welsh-bilingual-report", look="office"),
    Family("scanned-excel-table-report", 1, make_excel_report, "Cabinet", _cycle("scan-pdf"), (2014, 2024), NAMES["scan"],
           scan_of="excel-table-report", look="photocopy"),
    Family("scanned-newsletter-member-report", 1, make_newsletter, "Council", _cycle("scan-pdf"), (2013, 2024),
           NAMES["scan"], scan_of="newsletter-member-report", look="office"),
]

RATED = ["childrens-services", "adult-social-care", "housing"]  # indicators with rates per head
PERCENT = ["education", "environment", "regeneration"]  # an indicator in percent


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
            rng = random.Random(f"heldout3:{fam.name}:{i}")
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
                if fam.make in (make_corporate, make_newsletter):
                    job = fam.make(r, paper, work, to=paper)
                elif fam.make is make_district:
                    job = fam.make(r, paper, work)
                else:
                    job = fam.make(r, paper, work, pdf=True)
                job.final = final
                job.steps = job.steps + [f"scan:{fam.look}"]
                r.traits |= {"scanned", "image-only", "skew", "noise", f"{fam.look}-look"}
                if fam.look == "fax":
                    r.traits.add("trap-fax-header")
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
            when = dt.datetime.combine(r.meeting - dt.timedelta(days=r.rng.randint(1, 6)),
                                       dt.time(r.rng.randint(8, 17), r.rng.randint(0, 59)))
            header = ""
            if look == "fax":
                header = (f"{when:%d/%m/%Y %H:%M}  FROM: HBC DEMOCRATIC SVCS  01632 960{r.rng.randint(100, 999)}"
                          f"   TO: 01632 96{r.rng.randint(1000, 9999)}   P.{{P}}")
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when, fax_header=header,
                 dpi={"fax": 200, "office": 220, "photocopy": 200}[look], quality={"fax": 40, "office": 34, "photocopy": 30}[look])
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
    with tempfile.TemporaryDirectory(prefix="corpus3-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 3: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

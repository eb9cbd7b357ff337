#!/usr/bin/env python3
"""Regenerate the fifth held-out set: heldout5/documents/ + heldout5/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout5/make.py          # from the project root

Eight house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them scanned, faxed or photocopied back to image-only
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from council import PORTFOLIOS  # noqa: E402
from h4_scan import scan  # noqa: E402  (../heldout4's scanner: the looks are the paper's, not the template's)
from h5_model import Job, Report, new_report, taken  # noqa: E402
from h5_pdf import make_agenda_pack  # noqa: E402
from h5_readme import write_readme  # noqa: E402
from h5_web import make_bulletin, make_easy_read  # noqa: E402
from h5_word import make_annual, make_decision, make_headline, make_lead_member, make_longformat  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CSC", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "REG", "finance": "RES",
         "culture": "CUL", "public-health": "PH"}


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
    months: tuple[int, ...] = ()  # the months its meetings fall in (an annual report: after the year end)


def _cycle(*fmts: str) -> Callable[[int], str]:
    return lambda i: fmts[i % len(fmts)]


NAMES = {
    "decision": lambda r, i: [f"CMD_{r.meeting.year}_{r.rng.randint(11, 140):03d}_{slug(r.title)}",
                              f"Record_of_Decision_{SHORT[r.portfolio]}_{r.meeting:%d%m%Y}"],
    "lead": lambda r, i: [f"Lead_Member_Report_{slug(r.portfolio_name)}_{r.meeting:%b%Y}",
                          f"Cabinet_{r.meeting:%Y%m%d}_{slug(r.title)}_FINAL"],
    "annual": lambda r, i: [f"PH_Annual_Report_{slug(r.portfolio_name)}_{r.meeting.year - (0 if r.meeting.month >= 4 else 1)}",
                            f"Council_{r.meeting:%d.%m.%y}_Annual_Report_{SHORT[r.portfolio]}"],
    "long": lambda r, i: [f"QPR_{SHORT[r.portfolio]}_{r.meeting:%Y-%m-%d}",
                          f"Performance_Return_{slug(r.portfolio_name)}_{r.meeting:%Y%m}"],
    "headline": lambda r, i: [f"{slug(r.title)}_{r.executive}_{r.meeting:%d%m%y}",
                              f"{r.executive}_Briefing_{slug(r.portfolio_name)}_{r.meeting:%B_%Y}"],
    "pack": lambda r, i: [f"Agenda_frontsheet_and_reports_Cabinet_{r.meeting:%d%m%Y}_extract",
                          f"Public_reports_pack_{r.meeting:%d%b%Y}_Cabinet_{SHORT[r.portfolio]}"],
    "easy": lambda r, i: [f"easy-read-{slug(r.title).lower().replace('_', '-')}",
                          f"er_{r.meeting:%Y%m%d}_{SHORT[r.portfolio].lower()}"],
    "bulletin": lambda r, i: [f"Members_Bulletin_{r.meeting:%Y%m%d}_{SHORT[r.portfolio]}",
                              f"bulletin_{r.rng.randint(120, 480)}_{slug(r.portfolio_name).lower()}"],
    "scan": lambda r, i: [f"SCAN{r.meeting - dt.timedelta(days=r.rng.randint(1, 30)):%Y%m%d}{r.rng.randint(100000, 999999)}",
                          f"img{r.rng.randint(1000, 99999):05d}"],
    "fax": lambda r, i: [f"fax_rx_{r.meeting - dt.timedelta(days=r.rng.randint(1, 8)):%d%m%y}_{r.rng.randint(10, 99)}"],
}

FAMILIES = [
    Family("cabinet-member-decision-notice", 5, make_decision, "Decision", _cycle("pdf"), (2018, 2024), NAMES["decision"]),
    Family("lead-member-kpi-report", 5, make_lead_member, "Cabinet", _cycle("docx"), (2018, 2024), NAMES["lead"]),
    Family("ph-annual-report-dashboard", 5, make_annual, "Council", _cycle("odt", "docx"), (2013, 2024), NAMES["annual"],
           new_holder_every=2, months=(5, 6, 7, 9, 10)),
    Family("long-format-performance-return", 5, make_longformat, "Cabinet", _cycle("docx", "odt"), (2015, 2024), NAMES["long"]),
    Family("headline-bullets-briefing", 5, make_headline, "Cabinet", _cycle("docx"), (2013, 2024), NAMES["headline"]),
    Family("district-agenda-pack-extract", 5, make_agenda_pack, "Cabinet", _cycle("pdf"), (2012, 2024), NAMES["pack"]),
    Family("easy-read-page", 4, make_easy_read, "Cabinet", _cycle("html"), (2015, 2024), NAMES["easy"], new_holder_every=2),
    Family("members-bulletin-text", 4, make_bulletin, "Cabinet", _cycle("txt"), (2014, 2024), NAMES["bulletin"]),
    # paper copies
    Family("scanned-cabinet-member-decision-notice", 2, make_decision, "Decision", _cycle("scan-pdf"), (2018, 2024),
           NAMES["scan"], scan_of="cabinet-member-decision-notice", look="office"),
    Family("scanned-lead-member-kpi-report", 2, make_lead_member, "Cabinet", _cycle("scan-pdf"), (2018, 2024),
           NAMES["scan"], scan_of="lead-member-kpi-report", look="photocopy"),
    Family("scanned-district-agenda-pack-extract", 3, make_agenda_pack, "Cabinet", _cycle("scan-pdf"), (2012, 2024),
           NAMES["fax"], scan_of="district-agenda-pack-extract", look="fax"),
    Family("scanned-ph-annual-report-dashboard", 2, make_annual, "Council", _cycle("scan-pdf"), (2013, 2024), NAMES["scan"],
           new_holder_every=2, scan_of="ph-annual-report-dashboard", look="office", months=(5, 6, 7, 9, 10)),
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


def report_for(rng: random.Random, fam: Family, i: int, portfolio: str, used: set) -> Report:
    new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
    while True:
        r = new_report(rng, fam.name, fam.fmt(i), portfolio, fam.body, used, fam.years, new_holder=new_holder)
        if not fam.months or (r.meeting.month in fam.months and (r.meeting.month != 10 or r.meeting.day <= 14)):
            return r


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    rotation = PERCENT + [p for p in PORTFOLIOS if p not in RATED and p not in PERCENT]
    for fi, fam in enumerate(FAMILIES):
        ports = portfolios_for(fi, fam.count, rotation)
        for i in range(fam.count):
            rng = random.Random(f"heldout5:{fam.name}:{i}")
            r = report_for(rng, fam, i, ports[i], used)
            r.variant = i + (fi if fam.scan_of else 0)
            stem = rng.choice(fam.names(r, i))
            while stem in names:
                stem += f"_{rng.randint(2, 9)}"
            names.add(stem)
            final = folder / (stem + EXT[r.fmt])
            r.name = final.name
            if fam.scan_of:
                paper = work / ("paper_" + stem + ".pdf")
                if fam.make is make_agenda_pack:
                    job = fam.make(r, paper, work, to=paper)
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
                header = (f"{when:%d/%m/%Y %H:%M}  FROM: DEMOCRATIC SERVICES 01632 97{r.rng.randint(1000, 9999)}"
                          f"  TO: GROUP OFFICE  P.{{P}}")
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when, fax_header=header,
                 dpi={"fax": 200, "office": 150, "photocopy": 150}[look])
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
    with tempfile.TemporaryDirectory(prefix="corpus5-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 5: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the sixth held-out set: heldout6/documents/ + heldout6/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout6/make.py          # from the project root

Eight house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them scanned back to image-only PDFs (a received
stamp, grey recycled paper with pen marks, a low-resolution scan with a margin note, landscape
pages fed the long way). Needs python-docx, reportlab, Pillow and pypdfium2 (requirements.lock)
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from council import PORTFOLIOS  # noqa: E402
from h3_model import Job, Report  # noqa: E402
from h6_model import new_report, taken  # noqa: E402
from h6_pdf import make_bulletin_pdf, make_welsh_parallel  # noqa: E402
from h6_readme import write_readme  # noqa: E402
from h6_scan import scan  # noqa: E402
from h6_web import make_govuk, make_verbal  # noqa: E402
from h6_word import make_footnoted, make_minutes, make_scorecard, make_section_extract  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CSC", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "REG", "finance": "RES",
         "culture": "CUL", "public-health": "PH"}
DIRECT = {make_welsh_parallel, make_bulletin_pdf}  # drawn straight to PDF (reportlab)


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
    "welsh": lambda r, i: [f"Cabinet_Cabinet_{r.meeting:%d%m%Y}_Eitem_{r.item}_{SHORT[r.portfolio]}",
                           f"{slug(r.title)}_Bilingual_Dwyieithog"],
    "minutes": lambda r, i: [f"Printed_minutes_{r.meeting:%d%m%Y}_{r.executive}_extract",
                             f"Minutes_{r.executive}_{r.meeting:%Y%m%d}_Minute_{SHORT[r.portfolio]}"],
    "foot": lambda r, i: [f"{r.executive}_Report_{slug(r.title)}_v{r.rng.randint(3, 9)}_FINAL",
                          f"{r.meeting:%y%m%d}_{SHORT[r.portfolio]}_{slug(r.title)}"],
    "score": lambda r, i: [f"Portfolio_Scorecard_{slug(r.portfolio_name)}_{r.meeting:%b%y}",
                           f"{r.executive}_{r.meeting:%d.%m.%y}_Scorecard_{SHORT[r.portfolio]}"],
    "bulletin": lambda r, i: [f"Performance_Bulletin_{SHORT[r.portfolio]}_{r.meeting:%Y_%m}",
                              f"{slug(r.portfolio_name)}_bulletin_{r.meeting:%B%Y}"],
    "govuk": lambda r, i: [f"{slug(r.title).lower().replace('_', '-')}",
                           f"report-{r.meeting:%Y-%m-%d}-{SHORT[r.portfolio].lower()}"],
    "verbal": lambda r, i: [f"Note_verbal_update_{SHORT[r.portfolio]}_{r.meeting:%d%m%y}",
                            f"scrutiny_note_{r.meeting:%Y%m%d}_{slug(r.portfolio_name).lower()}"],
    "section": lambda r, i: [f"CPR_Q_extract_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}",
                             f"{r.executive}_{r.meeting:%d%m%Y}_Corporate_Performance_{slug(r.portfolio_name)}"],
    "scan": lambda r, i: [f"Scan_{r.meeting - dt.timedelta(days=r.rng.randint(1, 20)):%Y-%m-%d}_{r.rng.randint(1000, 9999)}",
                          f"DOC{r.rng.randint(100000, 999999)}"],
}

FAMILIES = [
    Family("welsh-parallel-text-report", 5, make_welsh_parallel, "Cabinet", _cycle("pdf"), (2013, 2024), NAMES["welsh"],
           new_holder_every=3),
    Family("cabinet-minutes-extract", 5, make_minutes, "Cabinet", _cycle("pdf", "docx"), (2012, 2024), NAMES["minutes"],
           new_holder_every=2),
    Family("footnoted-word-report", 5, make_footnoted, "Cabinet", _cycle("docx"), (2014, 2024), NAMES["foot"],
           new_holder_every=3),
    Family("monthly-scorecard-word", 5, make_scorecard, "Cabinet", _cycle("docx", "odt"), (2015, 2024), NAMES["score"],
           new_holder_every=4),
    Family("figure-caption-bulletin", 5, make_bulletin_pdf, "Cabinet", _cycle("pdf"), (2013, 2024), NAMES["bulletin"]),
    Family("govuk-html-report", 5, make_govuk, "Cabinet", _cycle("html"), (2017, 2024), NAMES["govuk"], new_holder_every=3),
    Family("verbal-update-note-text", 4, make_verbal, "Scrutiny", _cycle("txt"), (2012, 2024), NAMES["verbal"],
           new_holder_every=2),
    Family("corporate-report-section-extract", 4, make_section_extract, "Cabinet", _cycle("odt", "docx"), (2014, 2024),
           NAMES["section"], new_holder_every=2),
    # paper copies
    Family("scanned-welsh-parallel-text-report", 2, make_welsh_parallel, "Cabinet", _cycle("scan-pdf"), (2013, 2024),
           NAMES["scan"], scan_of="welsh-parallel-text-report", look="stamp"),
    Family("scanned-cabinet-minutes-extract", 2, make_minutes, "Cabinet", _cycle("scan-pdf"), (2012, 2024),
           NAMES["scan"], scan_of="cabinet-minutes-extract", look="grey"),
    Family("scanned-footnoted-word-report", 2, make_footnoted, "Cabinet", _cycle("scan-pdf"), (2014, 2024),
           NAMES["scan"], scan_of="footnoted-word-report", look="lowres", dpi=110),
    Family("scanned-monthly-scorecard-word", 3, make_scorecard, "Cabinet", _cycle("scan-pdf"), (2015, 2024),
           NAMES["scan"], scan_of="monthly-scorecard-word", look="rotated"),
]

RATED = ["childrens-services", "adult-social-care", "housing"]  # indicators with rates per head
PERCENT = ["education", "environment", "regeneration"]  # an indicator in percent
LOOK_TRAITS = {"stamp": {"received-stamp", "trap-stamp-date"}, "grey": {"grey-paper", "pen-marks", "photocopy-look"},
               "lowres": {"low-resolution", "pen-marks", "margin-note"}, "rotated": {"office-look"}}


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
            rng = random.Random(f"heldout6:{fam.name}:{i}")
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
                if look == "rotated" and i == 1:
                    r.traits.add("rotated-landscape-page")
                elif look == "rotated":
                    job.steps[-1] = f"scan:stamp:{fam.dpi}"
                    r.traits |= LOOK_TRAITS["stamp"]
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
    with tempfile.TemporaryDirectory(prefix="corpus6-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 6: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

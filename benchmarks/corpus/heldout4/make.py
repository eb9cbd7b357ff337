#!/usr/bin/env python3
"""Regenerate the fourth held-out set: heldout4/documents/ + heldout4/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout4/make.py          # from the project root

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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from council import PORTFOLIOS  # noqa: E402
from h4_model import Job, Report, new_report, taken  # noqa: E402
from h4_pdf import make_qa, make_slides  # noqa: E402
from h4_readme import write_readme  # noqa: E402
from h4_scan import scan  # noqa: E402
from h4_web import make_markdown, make_news  # noqa: E402
from h4_word import CODE, make_checkbox, make_scottish, make_scrutiny, make_textbox  # noqa: E402

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


NAMES = {
    "scottish": lambda r, i: [f"{CODE[r.portfolio]}-{r.meeting.year % 100:02d}-{r.rng.randint(12, 190):03d}_{slug(r.title)}",
                              f"Item_{r.item:02d}_{slug(r.title)}_{r.meeting:%d%m%y}"],
    "slides": lambda r, i: [f"{slug(r.title)}_Member_Briefing_{r.meeting:%b%y}",
                            f"{r.executive}_briefing_{r.meeting:%Y%m%d}_slides"],
    "textbox": lambda r, i: [f"{slug(r.title)}_{r.executive}_{r.meeting:%d.%m.%y}",
                             f"{r.executive}_Report_{SHORT[r.portfolio]}_{r.meeting:%B_%Y}_final"],
    "news": lambda r, i: [f"news_{r.meeting:%Y}_{slug(r.title).lower()}",
                          f"{slug(r.portfolio_name).lower()}-news-{r.rng.randint(1000, 9999)}"],
    "qa": lambda r, i: [f"Council_{r.meeting:%Y%m%d}_Item_{r.item}_PH_Report_{SHORT[r.portfolio]}",
                        f"Portfolio_Holder_Report_{SHORT[r.portfolio]}_{r.meeting:%b_%Y}"],
    "markdown": lambda r, i: [f"{slug(r.title).lower()}_{r.meeting:%Y-%m-%d}_accessible",
                              f"{r.executive.lower()}-{r.meeting:%Y%m%d}-{slug(r.title).lower()}"],
    "scrutiny": lambda r, i: [f"OSC_{r.meeting:%d%m%Y}_{SHORT[r.portfolio]}_Performance",
                              f"Report_and_Appendix_A_OSC_{SHORT[r.portfolio]}_{r.meeting:%b%y}"],
    "checkbox": lambda r, i: [f"{r.executive}_Report_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}",
                              f"{slug(r.title)}_{r.executive}_{r.meeting:%d-%m-%Y}_v{r.rng.randint(1, 5)}"],
    "scan": lambda r, i: [f"Scan_{r.meeting - dt.timedelta(days=r.rng.randint(1, 40)):%Y%m%d}_{r.rng.randint(80000, 175959):06d}",
                          f"Doc{r.rng.randint(10000, 99999)}"],
    "fax": lambda r, i: [f"FAX_{r.meeting - dt.timedelta(days=r.rng.randint(2, 9)):%Y%m%d}_{r.rng.randint(1000, 9999)}"],
}

FAMILIES = [
    Family("scottish-committee-report", 5, make_scottish, "Committee", _cycle("docx", "odt"), (2013, 2024), NAMES["scottish"]),
    Family("slide-deck-pdf", 4, make_slides, "Cabinet", _cycle("pdf"), (2014, 2024), NAMES["slides"]),
    Family("textbox-word-report", 5, make_textbox, "Cabinet", _cycle("docx"), (2013, 2024), NAMES["textbox"]),
    Family("news-release-page", 5, make_news, "Cabinet", _cycle("html"), (2015, 2024), NAMES["news"], new_holder_every=2),
    Family("council-qa-report", 4, make_qa, "Council", _cycle("pdf"), (2012, 2024), NAMES["qa"], new_holder_every=2),
    Family("markdown-export-text", 5, make_markdown, "Cabinet", _cycle("txt"), (2016, 2024), NAMES["markdown"]),
    Family("scrutiny-landscape-appendix", 5, make_scrutiny, "Scrutiny", _cycle("pdf"), (2013, 2024), NAMES["scrutiny"]),
    Family("checkbox-cover-report", 4, make_checkbox, "Cabinet", _cycle("odt", "docx"), (2014, 2024), NAMES["checkbox"]),
    # paper copies
    Family("scanned-scottish-committee-report", 2, make_scottish, "Committee", _cycle("scan-pdf"), (2013, 2024),
           NAMES["scan"], scan_of="scottish-committee-report", look="photocopy"),
    Family("scanned-textbox-word-report", 2, make_textbox, "Cabinet", _cycle("scan-pdf"), (2013, 2024), NAMES["scan"],
           scan_of="textbox-word-report", look="office"),
    Family("scanned-council-qa-report", 3, make_qa, "Council", _cycle("scan-pdf"), (2012, 2024), NAMES["scan"],
           new_holder_every=2, scan_of="council-qa-report", look="office"),
    Family("scanned-scrutiny-landscape-appendix", 2, make_scrutiny, "Scrutiny", _cycle("scan-pdf"), (2013, 2024),
           NAMES["fax"], scan_of="scrutiny-landscape-appendix", look="fax"),
]

RATED = ["childrens-services", "adult-social-care", "housing"]  # indicators with rates per head
PERCENT = ["education", "environment", "regeneration"]  # an indicator in percent


def portfolios_for(fi: int, count: int, rotation: list[str]) -> list[str]:
    """A family gets one or two of the portfolios with rates, then the others in turn."""
    out = [RATED[(fi + 1) % 3]]
    if count >= 4:
        out.append(RATED[(fi + 2) % 3])
    while len(out) < count:
        p = rotation.pop(0)
        rotation.append(p)
        if p not in out:
            out.append(p)
    return [out[0], *out[2:3], *out[1:2], *out[3:]][:count]


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    rotation = PERCENT[::-1] + [p for p in PORTFOLIOS if p not in RATED and p not in PERCENT][::-1]
    for fi, fam in enumerate(FAMILIES):
        ports = portfolios_for(fi, fam.count, rotation)
        for i in range(fam.count):
            rng = random.Random(f"heldout4:{fam.name}:{i}")
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
                if fam.make is make_qa:
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
                header = (f"{when:%d-%b-%Y %H:%M}  From: Scrutiny Team 01632 960{r.rng.randint(100, 999)}"
                          f"  To: Members' Room  Pg {{P}}")
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
    with tempfile.TemporaryDirectory(prefix="corpus4-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 4: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the twelfth held-out set: heldout12/documents/ + heldout12/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout12/make.py          # from the project root

Eight house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h12_scan: very low JPEG quality, a dark photocopy with toner speckle, a fax
with its cover sheet as page 1, a blue-grey carbon copy). Needs python-docx, reportlab, Pillow
and pypdfium2 (requirements.lock) and LibreOffice (apt-get install -y libreoffice-writer-nogui)
for the LibreOffice .odt and .docx and the printed copies. The generated files are committed; a
re-run reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h11_pdf import print_text  # noqa: E402
from h12_common import new_report, taken  # noqa: E402
from h12_pdf import make_browser, make_ocr  # noqa: E402
from h12_readme import write_readme  # noqa: E402
from h12_scan import scan  # noqa: E402
from h12_text import make_blog, make_oldschool, make_press, press_text  # noqa: E402
from h12_word import make_appendices, make_draft, make_firstpage  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "RGN", "finance": "RES",
         "culture": "CLL", "public-health": "PH"}
DIRECT = {make_browser, make_ocr}  # drawn straight to PDF


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def fix_annotations(path: Path) -> None:
    """LibreOffice names each comment '__Annotation__<n>_<random>': the random part fixed."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as out:
        for info, data in entries:
            if info.filename == "content.xml":
                data = re.sub(rb"(__Annotation__\d+_)\d+", rb"\g<1>1000000", data)
            out.writestr(info, data)


def press_paper(r: Report, paper: Path, work: Path, to: Path | None = None) -> Job:
    print_text(r, press_text(r), paper)
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
    "browser": lambda r, i: [f"{slug(r.title)[:30]}_Hollinsfield_Borough_Council",
                             f"Cabinet report - {SHORT[r.portfolio]} - {r.meeting:%B %Y} - print".replace(" ", "_"),
                             f"www.hollinsfield.gov.uk_cabinet-reports_{r.meeting:%Y}_{SHORT[r.portfolio].lower()}"],
    "ocr": lambda r, i: [f"{SHORT[r.portfolio]}_Cabinet_{r.meeting:%d%m%Y}_OCR",
                         f"Searchable_{r.meeting:%Y%m%d}_{SHORT[r.portfolio]}_item{r.item}"],
    "blog": lambda r, i: [f"my-{r.executive.lower()}-update-{r.meeting:%B-%Y}-{SHORT[r.portfolio].lower()}".lower(),
                          f"cllr-{r.member.surname.lower().replace(chr(39), '')}-blog-{r.meeting:%Y-%m}"],
    "press": lambda r, i: [f"PR_{r.meeting:%y%m%d}_{SHORT[r.portfolio]}_embargoed",
                           f"Press_release_{slug(r.title)[:24]}_{r.meeting:%d%b%y}"],
    "firstpage": lambda r, i: [f"{r.meeting:%Y-%m-%d} {SHORT[r.portfolio]} Cabinet report with cover".replace(" ", "_"),
                               f"Item_{r.item}_{slug(r.title)[:26]}_{r.meeting:%b%Y}"],
    "draft": lambda r, i: [f"{SHORT[r.portfolio]}_portfolio_report_DRAFT_v0-3_{r.meeting:%d%m%y}",
                           f"DRAFT_{slug(r.title)[:24]}_{r.meeting:%Y%m%d}_tracked"],
    "appendices": lambda r, i: [f"KD_{r.meeting:%Y}_{SHORT[r.portfolio]}_Decision_Report_with_Appendices",
                                f"{r.meeting:%Y%m%d}_Cabinet_{SHORT[r.portfolio]}_report_App_A_B"],
    "oldschool": lambda r, i: [f"council_{r.meeting:%d%m%y}_ph_report_{SHORT[r.portfolio].lower()}",
                               f"cncl{r.meeting:%y%m%d}_{SHORT[r.portfolio].lower()}_phr"],
    "scan": lambda r, i: [f"SCN_{r.rng.randint(100000, 999999)}",
                          f"scan{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y%m%d}{r.rng.randint(10, 99)}",
                          f"Copy_of_paper_{r.rng.randint(1000, 9999)}"],
}

FAMILIES = [
    Family("browser-printed-web-page", make_browser, "Cabinet", ["pdf"] * 5,
           ["housing", "public-health", "culture", "childrens-services", "finance"], (2014, 2024),
           NAMES["browser"], new_holder_every=3),
    Family("ocr-searchable-scan", make_ocr, "Cabinet", ["pdf"] * 4,
           ["education", "environment", "regeneration", "adult-social-care"], (2012, 2024), NAMES["ocr"],
           new_holder_every=2),
    Family("cabinet-member-blog", make_blog, "Cabinet", ["html"] * 5,
           ["community-safety", "housing", "adult-social-care", "culture", "environment"], (2013, 2024),
           NAMES["blog"], new_holder_every=3),
    Family("embargoed-press-release", make_press, "Cabinet", ["txt"] * 5,
           ["regeneration", "childrens-services", "public-health", "finance", "education"], (2012, 2024),
           NAMES["press"], new_holder_every=2),
    Family("first-page-header-report", make_firstpage, "Cabinet", ["docx"] * 5,
           ["environment", "community-safety", "education", "housing", "public-health"], (2012, 2024),
           NAMES["firstpage"], new_holder_every=3),
    Family("draft-watermark-report", make_draft, "Cabinet", ["odt", "docx", "odt", "docx", "odt"],
           ["culture", "finance", "childrens-services", "regeneration", "adult-social-care"], (2012, 2024),
           NAMES["draft"], new_holder_every=2),
    Family("decision-report-appendices", make_appendices, "Cabinet", ["docx"] * 5,
           ["adult-social-care", "public-health", "community-safety", "finance", "culture"], (2012, 2024),
           NAMES["appendices"], new_holder_every=3),
    Family("old-school-council-page", make_oldschool, "Council", ["html"] * 4,
           ["housing", "environment", "childrens-services", "regeneration"], (2008, 2013),
           NAMES["oldschool"], new_holder_every=2),
    # paper copies
    Family("scanned-browser-printed-web-page", make_browser, "Cabinet", ["scan-pdf"] * 2,
           ["education", "regeneration"], (2014, 2024), NAMES["scan"], scan_of="browser-printed-web-page",
           look="lowjpeg"),
    Family("scanned-decision-report-appendices", make_appendices, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "environment"], (2012, 2024), NAMES["scan"], scan_of="decision-report-appendices",
           look="darkcopy"),
    Family("scanned-draft-watermark-report", make_draft, "Cabinet", ["scan-pdf"] * 2,
           ["public-health", "community-safety"], (2012, 2024), NAMES["scan"], scan_of="draft-watermark-report",
           look="faxcover"),
    Family("scanned-embargoed-press-release", make_press, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "adult-social-care"], (2012, 2024), NAMES["scan"], scan_of="embargoed-press-release",
           look="carbon", paper=press_paper),
]

LOOK_TRAITS = {"lowjpeg": {"jpeg", "low-jpeg-quality", "blocky-artefacts", "low-resolution", "skew"},
               "darkcopy": {"dark-photocopy", "toner-speckle", "noise", "skew", "jpeg"},
               "faxcover": {"fax-cover-sheet", "fax-header", "trap-fax-header-date", "bilevel", "skew"},
               "carbon": {"carbon-copy", "faint-text", "colour-scan", "jpeg", "skew"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout12:{fam.name}:{i}")
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
                if make in DIRECT or make is press_paper:
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
            fax = None
            if look == "faxcover":
                fax = {"to": r.rng.choice(["Hollinsfield Gazette news desk", "Opposition Group Office",
                                           "Hollinsfield Library local studies"]),
                       "re_line": f"{r.title} (draft report, {r.executive})",
                       "sender": r.rng.choice(["Democratic Services", "Committee Team"])}
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), look=look, when=when, fax=fax)
            j.steps = j.steps[1:]
        elif not j.steps:
            if j.source != j.final:
                shutil.copyfile(j.source, j.final)
        if j.steps:
            raise ValueError(f"{j.final.name}: unknown steps {j.steps}")
        if j.final.suffix == ".odt":
            fix_annotations(j.final)
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, r.report_date)


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus12-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 12: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

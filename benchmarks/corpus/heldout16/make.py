#!/usr/bin/env python3
"""Regenerate the sixteenth held-out set: heldout16/documents/ + heldout16/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout16/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h16_scan: a bulldog clip left on, a document feeder's roller slipping, a
records-management barcode label and imprinter line, an inkjet's clogged nozzle). Needs
python-docx, reportlab, Pillow, pypdfium2 and pdfplumber (requirements.lock) and LibreOffice
(apt-get install -y libreoffice-writer-nogui) for the .odt, .docx and PDF conversions and the
printed copies. The generated files are committed; a re-run reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout15"), str(CORPUS / "heldout14"), str(CORPUS / "heldout13"),
                str(CORPUS / "heldout12"), str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h12_common import new_report  # noqa: E402
from h16_common import taken  # noqa: E402
from h16_odt import make_template, make_tracker  # noqa: E402
from h16_readme import write_readme  # noqa: E402
from h16_scan import scan  # noqa: E402
from h16_text import make_council_text, make_squiz, make_tracker_text  # noqa: E402
from h16_word import make_council, make_kpi, make_transposed  # noqa: E402
from h16_wordxml import make_webword  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "RGN", "finance": "RES",
         "culture": "CLL", "public-health": "PH"}


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def make_member(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    """The Cabinet (Executive) Member's report to Council: the Word file, or the website's text version."""
    return make_council_text(r, final, work) if final.suffix == ".txt" else make_council(r, final, work, pdf)


def make_response(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    """The scrutiny response tracker report: the .odt, or the committee system's text export."""
    return make_tracker_text(r, final, work) if final.suffix == ".txt" else make_tracker(r, final, work, pdf)


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

    @property
    def count(self) -> int:
        return len(self.ports)


def PORT_NAME(r):
    return re.sub(r"[^A-Za-z ]", "", r.portfolio_name).replace(" and ", " & ")


NAMES = {
    "kpi": lambda r, i: [f"{r.executive}_{r.meeting:%Y%m%d}_KPI_Report_{SHORT[r.portfolio]}",
                         f"{SHORT[r.portfolio]} KPI report {r.meeting:%b %Y} (Cabinet)"],
    "tmpl": lambda r, i: [f"{r.meeting:%Y-%m-%d} {r.executive} - {PORT_NAME(r)} quarterly report",
                          f"HBC_Committee_Report_{SHORT[r.portfolio]}_{r.meeting:%d%m%y}"],
    "member": lambda r, i: [f"Council {r.meeting:%d %B %Y} - {'Cabinet' if r.cabinet else 'Executive'} Member report - {PORT_NAME(r)}",
                            f"Members_report_to_Council_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}"],
    "squiz": lambda r, i: [f"{slug(r.title).lower().replace('_', '-')}-{r.meeting:%Y-%m-%d}",
                           f"{SHORT[r.portfolio].lower()}-cabinet-report-{r.meeting:%d-%m-%Y}"],
    "web": lambda r, i: [f"{SHORT[r.portfolio]} Cabinet paper draft for web {r.meeting:%d.%m.%y}",
                         f"{PORT_NAME(r)} update ({r.meeting:%B %Y})"],
    "trans": lambda r, i: [f"{'CAB' if r.cabinet else 'EXE'}_{r.meeting:%Y%m%d}_{r.item:02d}_{SHORT[r.portfolio]}",
                           f"Report {r.item} - {PORT_NAME(r)} - {r.meeting:%B %Y}"],
    "track": lambda r, i: [f"Cabinet response to scrutiny - {SHORT[r.portfolio]} - {r.meeting:%Y%m%d}",
                           f"{SHORT[r.portfolio]}_scrutiny_tracker_{r.meeting:%d%m%Y}"],
    "scan": lambda r, i: [f"SCAN_{r.rng.randint(1000000, 9999999)}",
                          f"{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y-%m-%d}_{r.rng.randint(10, 99)}",
                          f"Doc_{r.rng.choice(['Canon', 'Kyocera', 'Fujitsu', 'Epson'])}_{r.rng.randint(1000, 9999)}"],
}

ALL = ["childrens-services", "education", "adult-social-care", "housing", "environment", "community-safety",
       "regeneration", "finance", "culture", "public-health"]

FAMILIES = [
    Family("kpi-monthly-dot-report", make_kpi, "Cabinet", ["docx", "docx", "odt", "docx", "docx"],
           ["childrens-services", "housing", "finance", "public-health", "community-safety"], (2013, 2024),
           NAMES["kpi"], new_holder_every=2),
    Family("lo-template-sections-odt", make_template, "Cabinet", ["odt", "odt", "docx", "odt", "odt"],
           ["environment", "education", "culture", "adult-social-care", "regeneration"], (2013, 2024),
           NAMES["tmpl"], new_holder_every=3),
    Family("member-report-to-council", make_member, "Council", ["docx", "txt", "docx", "txt", "odt"],
           ["adult-social-care", "regeneration", "housing", "childrens-services", "environment"], (2013, 2024),
           NAMES["member"], new_holder_every=2),
    Family("squiz-dl-report-page", make_squiz, "Cabinet", ["html", "pdf", "html", "pdf", "html"],
           ["finance", "culture", "community-safety", "public-health", "education"], (2014, 2024),
           NAMES["squiz"], new_holder_every=3),
    Family("web-word-heading-styles", make_webword, "Cabinet", ["docx", "docx", "odt", "docx", "docx"],
           ["regeneration", "public-health", "childrens-services", "environment", "housing"], (2015, 2024),
           NAMES["web"], new_holder_every=2),
    Family("transposed-save-as-pdf", make_transposed, "Cabinet", ["pdf", "docx", "pdf", "docx", "pdf"],
           ["education", "adult-social-care", "culture", "finance", "community-safety"], (2013, 2024),
           NAMES["trans"], new_holder_every=3),
    Family("scrutiny-response-tracker", make_response, "Cabinet", ["odt", "txt", "odt", "txt", "odt"],
           ["housing", "environment", "public-health", "regeneration", "childrens-services"], (2013, 2024),
           NAMES["track"], new_holder_every=2),
    # paper copies
    Family("scanned-kpi-monthly-dot-report", make_kpi, "Cabinet", ["scan-pdf"] * 2,
           ["education", "adult-social-care"], (2013, 2024), NAMES["scan"], scan_of="kpi-monthly-dot-report",
           look="bulldog"),
    Family("scanned-lo-template-sections-odt", make_template, "Cabinet", ["scan-pdf"] * 2,
           ["community-safety", "finance"], (2013, 2024), NAMES["scan"], scan_of="lo-template-sections-odt",
           look="rollerslip"),
    Family("scanned-transposed-save-as-pdf", make_transposed, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "childrens-services"], (2013, 2024), NAMES["scan"], scan_of="transposed-save-as-pdf",
           look="barcode"),
    Family("scanned-scrutiny-response-tracker", make_tracker, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "education"], (2013, 2024), NAMES["scan"], scan_of="scrutiny-response-tracker",
           look="inkjet"),
]

LOOK_TRAITS = {"bulldog": {"bulldog-clip", "page-shadow", "greyscale", "jpeg", "skew", "noise"},
               "rollerslip": {"roller-slip", "stretched-band", "greyscale", "jpeg", "skew", "noise"},
               "barcode": {"barcode-label", "imprinter-line", "bilevel", "lossless", "skew"},
               "inkjet": {"inkjet-banding", "colour-cast", "colour-scan", "jpeg", "skew"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout16:{fam.name}:{i}")
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
                job = fam.make(r, paper, work, pdf=True)
                job.final = final
                job.steps = job.steps + [f"scan:{fam.look}"]
                r.traits |= {"scanned", "image-only"} | LOOK_TRAITS[fam.look]
            else:
                job = fam.make(r, final, work)
            jobs.append(job)
    return jobs


CONVERSIONS = (("lo-odt", "odt"), ("lo-docx", "docx:MS Word 2007 XML"), ("lo-pdf", "pdf"),
               ("lo-tpdf", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'))


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
        if j.final.suffix == ".odt":
            fix_list_ids(j.final)
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, r.report_date)


def fix_list_ids(path: Path) -> None:
    """LibreOffice gives each list a random xml:id: number them in order instead."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    ids: dict[bytes, bytes] = {}

    def sub(m):
        return m.group(1) + b'="' + ids.setdefault(m.group(2), b"list%d" % (1000 + len(ids))) + b'"'
    with zipfile.ZipFile(path, "w") as out:
        for info, data in entries:
            if info.filename in ("content.xml", "styles.xml"):
                data = re.sub(rb'(xml:id|text:continue-list)="(list\d+)"', sub, data)
            out.writestr(info, data)


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus16-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 16: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

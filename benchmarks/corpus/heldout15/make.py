#!/usr/bin/env python3
"""Regenerate the fifteenth held-out set: heldout15/documents/ + heldout15/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout15/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h15_scan: ballpoint over the table, foxed archive paper, the lid left open, a
photocopy of a photocopy). Needs python-docx, reportlab, Pillow, pypdfium2 and pdfplumber
(requirements.lock) and LibreOffice (apt-get install -y libreoffice-writer-nogui) for the .odt,
.docx and PDF conversions and the printed copies. The generated files are committed; a re-run
reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout14"), str(CORPUS / "heldout13"), str(CORPUS / "heldout12"),
                str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h12_common import new_report  # noqa: E402
from h15_common import taken  # noqa: E402
from h15_odt import make_leadmember  # noqa: E402
from h15_readme import write_readme  # noqa: E402
from h15_scan import scan  # noqa: E402
from h15_text import make_moderngov, make_plaintext  # noqa: E402
from h15_word import make_county, make_glance, make_prose, make_webcopy  # noqa: E402

EXT = {"docx": ".docx", "pdf": ".pdf", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
MAX_FILE = 1_500_000
MAX_SET = 12_000_000
SHORT = {"childrens-services": "CS", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "RGN", "finance": "RES",
         "culture": "CLL", "public-health": "PH"}


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
    "county": lambda r, i: [f"Cabinet_{r.meeting:%d%m%Y}_Item_{r.item}_{SHORT[r.portfolio]}_CMR",
                            f"{SHORT[r.portfolio]} Cabinet Member Report {r.meeting:%B %Y} FINAL"],
    "lead": lambda r, i: [f"Lead_Member_Report_{SHORT[r.portfolio]}_Q_{r.meeting:%Y%m%d}",
                          f"{r.meeting:%Y%m%d} LMR {PORT_NAME(r)} v3"],
    "glance": lambda r, i: [f"PH_Update_{SHORT[r.portfolio]}_{r.meeting:%b%y}",
                            f"Portfolio Holder Update - {PORT_NAME(r)} - {r.meeting:%d.%m.%y}"],
    "mg": lambda r, i: [f"Printed minutes agenda {r.meeting:%d%b%Y} Cabinet item {r.item}",
                        f"Agenda for Cabinet on {r.meeting:%d %B %Y}_printable"],
    "prose": lambda r, i: [f"{SHORT[r.portfolio]}_performance_narrative_{r.meeting:%Y-%m}",
                           f"Cabinet {r.meeting:%d %b %Y} - {PORT_NAME(r)} performance"],
    "web": lambda r, i: [f"Copy of web page - {SHORT[r.portfolio]} report {r.meeting:%d%m%y}",
                         f"{SHORT[r.portfolio]}_Cabinet_report_from_website_{r.meeting:%Y%m%d}"],
    "txt": lambda r, i: [f"{SHORT[r.portfolio]}_Cabinet_{r.meeting:%d%m%Y}_plain",
                         f"Report_{r.item}_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}_text"],
    "scan": lambda r, i: [f"DOC{r.rng.randint(10000000, 99999999)}",
                          f"img{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y%m%d}_{r.rng.randint(100, 999)}",
                          f"Scanned_from_a_{r.rng.choice(['Ricoh', 'Sharp', 'HP'])}_{r.rng.randint(1000, 9999)}"],
}


def PORT_NAME(r):
    return re.sub(r"[^A-Za-z ]", "", r.portfolio_name).replace(" and ", " & ")


FAMILIES = [
    Family("county-cabinet-member-report", make_county, "Cabinet", ["docx", "docx", "odt", "docx", "docx"],
           ["adult-social-care", "environment", "childrens-services", "finance", "culture"], (2013, 2024),
           NAMES["county"], new_holder_every=2),
    Family("lead-member-report-odt", make_leadmember, "Cabinet", ["odt", "odt", "docx", "odt", "odt"],
           ["housing", "community-safety", "education", "public-health", "regeneration"], (2013, 2024),
           NAMES["lead"], new_holder_every=3),
    Family("at-a-glance-update", make_glance, "Council", ["docx", "odt", "docx", "odt", "docx"],
           ["regeneration", "childrens-services", "environment", "adult-social-care", "public-health"], (2013, 2024),
           NAMES["glance"], new_holder_every=2),
    Family("moderngov-printable-agenda", make_moderngov, "Cabinet", ["pdf", "html", "pdf", "pdf", "html", "pdf"],
           ["education", "finance", "housing", "culture", "community-safety", "environment"], (2013, 2024),
           NAMES["mg"], new_holder_every=3),
    Family("prose-only-report", make_prose, "Cabinet", ["docx", "odt", "pdf", "docx", "odt"],
           ["public-health", "regeneration", "adult-social-care", "childrens-services", "housing"], (2013, 2024),
           NAMES["prose"], new_holder_every=2),
    Family("web-copied-word-doc", make_webcopy, "Cabinet", ["docx"] * 5,
           ["culture", "education", "community-safety", "housing", "finance"], (2014, 2024),
           NAMES["web"], new_holder_every=2),
    Family("word-plain-text-save", make_plaintext, "Cabinet", ["txt"] * 5,
           ["environment", "public-health", "regeneration", "education", "childrens-services"], (2013, 2024),
           NAMES["txt"], new_holder_every=3),
    # paper copies
    Family("scanned-county-cabinet-member-report", make_county, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "regeneration"], (2013, 2024), NAMES["scan"], scan_of="county-cabinet-member-report",
           look="annotated"),
    Family("scanned-lead-member-report-odt", make_leadmember, "Cabinet", ["scan-pdf"] * 2,
           ["childrens-services", "culture"], (2013, 2024), NAMES["scan"], scan_of="lead-member-report-odt",
           look="foxed"),
    Family("scanned-moderngov-printable-agenda", make_moderngov, "Cabinet", ["scan-pdf"] * 2,
           ["adult-social-care", "public-health"], (2013, 2024), NAMES["scan"],
           scan_of="moderngov-printable-agenda", look="lidopen"),
    Family("scanned-prose-only-report", make_prose, "Cabinet", ["scan-pdf"] * 2,
           ["finance", "environment"], (2013, 2024), NAMES["scan"], scan_of="prose-only-report", look="gencopy"),
]

LOOK_TRAITS = {"annotated": {"ballpoint-annotation", "ink-over-table", "colour-scan", "jpeg", "skew"},
               "foxed": {"aged-paper", "foxing", "colour-scan", "jpeg", "skew"},
               "lidopen": {"lid-open", "black-surround", "greyscale", "jpeg", "skew", "noise"},
               "gencopy": {"copy-of-a-copy", "nested-page-edges", "greyscale", "jpeg", "noise", "skew"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout15:{fam.name}:{i}")
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
    with tempfile.TemporaryDirectory(prefix="corpus15-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 15: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

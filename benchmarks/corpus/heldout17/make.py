"""Writes heldout17/documents/ + heldout17/truth.json (and README.md),
from fixed seeds, for the corpus's council (../site_config/).

    python benchmarks/corpus/heldout17/make.py          # from the project root

Seven house styles that appear in none of the earlier sets (the template modules' docstrings
name them), plus paper copies of four of them turned back into image-only PDFs in looks no
earlier set used (h17_scan: a negative microfilm print, a dot-matrix printout, a water-stained
copy, a thumb on a book scanner). Needs python-docx, reportlab, Pillow, pypdfium2 and pdfplumber
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout16"), str(CORPUS / "heldout15"), str(CORPUS / "heldout14"), str(CORPUS / "heldout13"),
                str(CORPUS / "heldout12"), str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h12_common import new_report  # noqa: E402
from h17_common import taken  # noqa: E402
from h17_odt import make_sidehead  # noqa: E402
from h17_readme import write_readme  # noqa: E402
from h17_scan import scan  # noqa: E402
from h17_text import make_flash  # noqa: E402
from h17_web import make_confluence, make_gdocs  # noqa: E402
from h17_word import make_fyscore, make_rba  # noqa: E402
from h17_wordxml import make_formfields  # noqa: E402

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

    @property
    def count(self) -> int:
        return len(self.ports)


def PORT_NAME(r):
    return re.sub(r"[^A-Za-z ]", "", r.portfolio_name).replace(" and ", " & ")


NAMES = {
    "rba": lambda r, i: [f"{SHORT[r.portfolio]}_OBA_report_cards_{quarter_tag(r)}_{r.executive}_{r.meeting:%Y%m%d}",
                         f"{PORT_NAME(r)} report cards - {r.executive} {r.meeting:%d %B %Y}"],
    "fy": lambda r, i: [f"{SHORT[r.portfolio]} Scorecard {r.meeting:%Y-%m} {r.executive}",
                        f"Performance_Scorecard_{SHORT[r.portfolio]}_{r.meeting:%d%m%Y}"],
    "form": lambda r, i: [f"CR1 {r.executive} {r.meeting:%d.%m.%y} item {r.item} {SHORT[r.portfolio]}",
                          f"ReportForm_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}"],
    "side": lambda r, i: [f"{r.meeting:%Y%m%d} {r.executive} {PORT_NAME(r)} performance",
                          f"{SHORT[r.portfolio]}-committee-report-{r.meeting:%d-%m-%Y}"],
    "gdocs": lambda r, i: [f"{PORT_NAME(r)} - {r.executive} paper - {r.meeting:%B %Y}",
                           f"DRAFT {SHORT[r.portfolio]} quarterly report for {r.executive} ({r.meeting:%d %b})"],
    "conf": lambda r, i: [f"{r.executive}-report-{quarter_tag(r)}---{slug(r.title)}_{r.rng.randint(10**8, 10**9 - 1)}",
                          f"{SHORT[r.portfolio]}-{r.executive}-report_{r.rng.randint(10**8, 10**9 - 1)}"],
    "flash": lambda r, i: [f"KPI FLASH - {PORT_NAME(r)} - {r.meeting:%Y%m%d}",
                           f"Flash_{SHORT[r.portfolio]}_{r.meeting:%d%m%y}"],
    "scan": lambda r, i: [f"SCAN_{r.rng.randint(1000000, 9999999)}",
                          f"{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y-%m-%d}_{r.rng.randint(10, 99)}",
                          f"Archive_{r.rng.choice(['MF', 'BK', 'RM', 'DM'])}{r.rng.randint(1000, 9999)}"],
}


def quarter_tag(r) -> str:
    return f"{r.meeting:%Y}Q{(r.meeting.month - 1) // 3 + 1}"


ALL = ["childrens-services", "education", "adult-social-care", "housing", "environment", "community-safety",
       "regeneration", "finance", "culture", "public-health"]

FAMILIES = [
    Family("rba-report-card", make_rba, "Cabinet", ["docx", "odt", "docx", "docx", "odt"],
           ["childrens-services", "public-health", "adult-social-care", "community-safety", "housing"], (2013, 2024),
           NAMES["rba"], new_holder_every=2),
    Family("fy-quarter-scorecard", make_fyscore, "Cabinet", ["docx", "pdf", "docx", "pdf", "docx"],
           ["education", "environment", "finance", "regeneration", "culture"], (2013, 2024),
           NAMES["fy"], new_holder_every=3),
    Family("legacy-form-fields-report", make_formfields, "Cabinet", ["docx", "docx", "odt", "docx", "docx"],
           ["housing", "culture", "community-safety", "childrens-services", "environment"], (2013, 2024),
           NAMES["form"], new_holder_every=2),
    Family("side-heading-layout", make_sidehead, "Cabinet", ["odt", "docx", "odt", "odt", "docx"],
           ["regeneration", "adult-social-care", "public-health", "education", "finance"], (2013, 2024),
           NAMES["side"], new_holder_every=3),
    Family("google-docs-web-export", make_gdocs, "Cabinet", ["html", "html", "pdf", "html", "html"],
           ["environment", "childrens-services", "housing", "culture", "community-safety"], (2015, 2024),
           NAMES["gdocs"], new_holder_every=2),
    Family("confluence-page-export", make_confluence, "Cabinet", ["html", "pdf", "html", "html"],
           ["finance", "education", "adult-social-care", "public-health"], (2014, 2024),
           NAMES["conf"], new_holder_every=2),
    Family("kpi-flash-email-text", make_flash, "Cabinet", ["txt"] * 4,
           ["regeneration", "housing", "childrens-services", "culture"], (2013, 2024),
           NAMES["flash"], new_holder_every=2),
    # paper copies
    Family("scanned-rba-report-card", make_rba, "Cabinet", ["scan-pdf"] * 2,
           ["education", "environment"], (2013, 2024), NAMES["scan"], scan_of="rba-report-card", look="waterstain"),
    Family("scanned-side-heading-layout", make_sidehead, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "housing"], (2013, 2024), NAMES["scan"], scan_of="side-heading-layout", look="dotmatrix"),
    Family("scanned-legacy-form-fields-report", make_formfields, "Cabinet", ["scan-pdf"] * 2,
           ["finance", "public-health"], (2013, 2024), NAMES["scan"], scan_of="legacy-form-fields-report",
           look="negative"),
    Family("scanned-fy-quarter-scorecard", make_fyscore, "Cabinet", ["scan-pdf"] * 2,
           ["childrens-services", "community-safety"], (2013, 2024), NAMES["scan"], scan_of="fy-quarter-scorecard",
           look="thumb"),
]

LOOK_TRAITS = {"negative": {"negative-print", "microfilm", "greyscale", "jpeg", "skew", "noise"},
               "dotmatrix": {"dot-matrix-print", "ribbon-fade", "greyscale", "jpeg", "skew", "noise"},
               "waterstain": {"water-stain", "cockled", "colour-scan", "jpeg", "skew", "noise"},
               "thumb": {"thumb-in-margin", "uneven-light", "colour-scan", "jpeg", "skew", "noise"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout17:{fam.name}:{i}")
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
               ("lo-tpdf", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'),
               ("lo-hpdf", "pdf:writer_pdf_Export"))


def libreoffice_html(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """A web page printed to PDF: opened in Writer ('HTML (StarWriter)'), not Writer/Web, whose
    headless PDF export drops the page's first paragraph onto a blank first page."""
    import subprocess
    outdir.mkdir(parents=True, exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("make.py: LibreOffice is needed: apt-get install -y libreoffice-writer-nogui")
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", str(outdir), *map(str, files)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
    for f in files:
        if not (outdir / (f.stem + ".pdf")).exists():
            raise SystemExit(f"make.py: LibreOffice did not convert {f.name} to PDF")


def run(jobs: list[Job], work: Path) -> None:
    profile = work / "lo-profile"
    while any(j.steps and j.steps[0].startswith("lo-") for j in jobs):
        for step, target in CONVERSIONS:
            todo = [j for j in jobs if j.steps[:1] == [step]]
            if not todo:
                continue
            ext = target.split(":")[0]
            out = work / f"{step}-{sum(1 for _ in work.glob(step + '-*'))}"
            (libreoffice_html if step == "lo-hpdf" else libreoffice)([j.source for j in todo], target, out, profile)
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
    """LibreOffice gives each list a random xml:id and each form field a random fieldmark name: fix them."""
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
                data = re.sub(rb"__Fieldmark__(\d+)_\d+", rb"__Fieldmark__\1_100000", data)
            out.writestr(info, data)


def main() -> None:
    folder = HERE / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="corpus17-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 17: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

"""Held-out set 21: 42 documents in seven house styles none of the earlier sets has (see
README.md), and paper copies of four of them scanned in looks none of the earlier sets used (a
diazo print, a copy scanned in its ring binder, a flatbed lamp that flickered, grey recycled
paper). Needs python-docx, reportlab, Pillow, pypdfium2 and pdfplumber (requirements.lock) and
LibreOffice (apt-get install -y libreoffice-writer-nogui) for the .odt, .txt and PDF conversions
and the printed copies. The generated files are committed; a re-run reproduces the same bytes.
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout20"), str(CORPUS / "heldout19"), str(CORPUS / "heldout18"),
                str(CORPUS / "heldout17"), str(CORPUS / "heldout16"), str(CORPUS / "heldout15"),
                str(CORPUS / "heldout14"), str(CORPUS / "heldout13"), str(CORPUS / "heldout12"),
                str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"),
                str(CORPUS / "heldout2"), str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h8_common import new_report as new_report_in  # noqa: E402
from h12_common import new_report  # noqa: E402
from h21_common import taken  # noqa: E402
from h21_odt import make_dataquality  # noqa: E402
from h21_pdf import make_statussum  # noqa: E402
from h21_readme import write_readme  # noqa: E402
from h21_scan import scan  # noqa: E402
from h21_web import make_qtables  # noqa: E402
from h21_word import make_commentrow, make_pentana, make_slash  # noqa: E402
from h21_wordxml import make_monthcols  # noqa: E402

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
    months: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        return len(self.ports)


def PORT_NAME(r):
    return re.sub(r"[^A-Za-z ]", "", r.portfolio_name).replace(" and ", " & ")


def quarter_tag(r) -> str:
    return f"{r.meeting:%Y}Q{(r.meeting.month - 1) // 3 + 1}"


NAMES = {
    "pentana": lambda r, i: [f"{r.executive} {r.meeting:%d %B %Y} Item {r.item} {PORT_NAME(r)} PI report",
                             f"{SHORT[r.portfolio]}_PIs_{quarter_tag(r)}_export"],
    "commentrow": lambda r, i: [f"{PORT_NAME(r)} performance and commentary {r.meeting:%b %Y}",
                                f"{r.meeting:%Y%m%d} {SHORT[r.portfolio]} {r.executive} performance commentary"],
    "slash": lambda r, i: [f"{PORT_NAME(r)} - results against target - {quarter_tag(r)}",
                           f"{SHORT[r.portfolio]}-actual-v-target-{r.meeting:%d%m%Y}"],
    "monthcols": lambda r, i: [f"{PORT_NAME(r)} monthly performance {r.meeting:%B %Y}",
                               f"{SHORT[r.portfolio]} months {r.executive} {r.meeting:%d.%m.%Y}"],
    "dataquality": lambda r, i: [f"{SHORT[r.portfolio]} performance and data quality {quarter_tag(r)}",
                                 f"{r.executive}_{r.meeting:%Y-%m-%d}_{slug(PORT_NAME(r))}_performance"],
    "statussum": lambda r, i: [f"{r.executive} report - {PORT_NAME(r)} - {r.meeting:%d%m%Y}",
                               f"Item {r.item} {SHORT[r.portfolio]} performance summary {r.meeting:%d %b %Y}"],
    "qtables": lambda r, i: [f"{slug(r.title).lower().replace('_', '-')}-{r.meeting:%Y}",
                             f"{r.executive.lower()}-{r.meeting:%d-%m-%Y}-{SHORT[r.portfolio].lower()}-performance"],
    "scan": lambda r, i: [f"Scan_{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y%m%d}_{r.rng.randint(8, 18):02d}{r.rng.randint(0, 59):02d}",
                          f"DOC{r.rng.randint(1, 99999):05d}",
                          f"scan{r.rng.randint(100000, 999999)}"],
}

FAMILIES = [
    Family("pentana-pi-export-report", make_pentana, "Cabinet", ["docx", "docx", "pdf", "odt", "docx"],
           ["childrens-services", "housing", "environment", "culture", "finance"], (2013, 2024),
           NAMES["pentana"], new_holder_every=2),
    Family("comment-row-indicator-table", make_commentrow, "Cabinet", ["docx", "txt", "docx", "odt", "docx"],
           ["adult-social-care", "childrens-services", "public-health", "community-safety", "education"], (2013, 2024),
           NAMES["commentrow"], new_holder_every=3),
    Family("actual-slash-target-report", make_slash, "Cabinet", ["docx", "docx", "txt", "docx", "pdf"],
           ["regeneration", "housing", "education", "adult-social-care", "public-health"], (2013, 2024),
           NAMES["slash"], new_holder_every=2),
    Family("month-columns-quarter-report", make_monthcols, "Cabinet", ["docx", "docx", "odt", "pdf", "docx"],
           ["environment", "community-safety", "childrens-services", "culture", "regeneration"], (2013, 2024),
           NAMES["monthcols"], new_holder_every=2),
    Family("data-quality-column-report", make_dataquality, "Cabinet", ["odt", "odt", "pdf", "odt", "odt"],
           ["finance", "education", "housing", "public-health", "adult-social-care"], (2013, 2024),
           NAMES["dataquality"], new_holder_every=3),
    Family("status-summary-count-report", make_statussum, "Cabinet", ["pdf"] * 4,
           ["community-safety", "culture", "environment", "regeneration"], (2014, 2024),
           NAMES["statussum"], new_holder_every=2),
    Family("quarter-tables-page", make_qtables, "Cabinet", ["html", "html", "pdf", "html", "html"],
           ["childrens-services", "finance", "adult-social-care", "education", "housing"], (2014, 2024),
           NAMES["qtables"], new_holder_every=3),
    # paper copies
    Family("scanned-pentana-pi-export-report", make_pentana, "Cabinet", ["scan-pdf"] * 2,
           ["public-health", "community-safety"], (2013, 2024), NAMES["scan"],
           scan_of="pentana-pi-export-report", look="recycled"),
    Family("scanned-comment-row-indicator-table", make_commentrow, "Cabinet", ["scan-pdf"] * 2,
           ["housing", "finance"], (2013, 2024), NAMES["scan"], scan_of="comment-row-indicator-table", look="binder"),
    Family("scanned-month-columns-quarter-report", make_monthcols, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "childrens-services"], (2013, 2024), NAMES["scan"], scan_of="month-columns-quarter-report",
           look="lampband"),
    Family("scanned-status-summary-count-report", make_statussum, "Cabinet", ["scan-pdf"] * 2,
           ["education", "adult-social-care"], (2014, 2024), NAMES["scan"], scan_of="status-summary-count-report",
           look="diazo"),
]

LOOK_TRAITS = {"recycled": {"recycled-paper", "flecks", "greyscale", "jpeg", "skew", "noise"},
               "binder": {"ring-binder", "punched-holes", "greyscale", "jpeg", "skew", "noise"},
               "lampband": {"lamp-banding", "colour-scan", "jpeg", "skew", "noise"},
               "diazo": {"diazo-print", "colour-scan", "jpeg", "skew", "noise"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout21:{fam.name}:{i}")
            new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
            if fam.months:
                r = new_report_in(rng, fam.name, fam.fmts[i], fam.ports[i], fam.body, used, fam.years,
                                  new_holder=new_holder, months=fam.months)
            else:
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


CONVERSIONS = (("lo-txt", "txt:Text (encoded):UTF8"), ("lo-odt", "odt"), ("lo-docx", "docx:MS Word 2007 XML"), ("lo-pdf", "pdf"),
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
    with tempfile.TemporaryDirectory(prefix="corpus21-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 21: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

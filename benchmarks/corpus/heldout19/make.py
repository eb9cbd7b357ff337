"""Held-out set 19: 42 documents in seven house styles none of the earlier sets has (see
README.md), and paper copies of four of them scanned in looks none of the earlier sets used (a
copy crumpled and flattened, a copy faded on a sunny window sill, a phone photo of a copy pinned
to a cork noticeboard, a copy with dog-eared corners). Needs python-docx, reportlab, Pillow, pypdfium2 and
pdfplumber (requirements.lock) and LibreOffice (apt-get install -y libreoffice-writer-nogui) for
the .odt, .txt and PDF conversions and the printed copies. The generated files are committed; a
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
sys.path[:0] = [str(HERE), str(CORPUS / "heldout18"), str(CORPUS / "heldout17"), str(CORPUS / "heldout16"), str(CORPUS / "heldout15"), str(CORPUS / "heldout14"), str(CORPUS / "heldout13"),
                str(CORPUS / "heldout12"), str(CORPUS / "heldout11"), str(CORPUS / "heldout8"), str(CORPUS / "heldout7"),
                str(CORPUS / "heldout6"), str(CORPUS / "heldout4"), str(CORPUS / "heldout3"), str(CORPUS / "heldout2"),
                str(CORPUS)]

from convert import fix_pdf, fix_zip, libreoffice  # noqa: E402  (the corpus's converters)
from h3_model import Job, Report  # noqa: E402
from h8_common import new_report as new_report_in  # noqa: E402
from h12_common import new_report  # noqa: E402
from h19_common import taken  # noqa: E402
from h19_odt import make_profile  # noqa: E402
from h19_pdf import make_wordpdf  # noqa: E402
from h19_readme import write_readme  # noqa: E402
from h19_scan import scan  # noqa: E402
from h19_web import make_contensis  # noqa: E402
from h19_word import make_cards, make_joint, make_runin  # noqa: E402
from h19_wordxml import make_bullets  # noqa: E402

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
    "runin": lambda r, i: [f"{r.executive} {r.meeting:%d.%m.%y} - {PORT_NAME(r)} summary of performance",
                           f"{SHORT[r.portfolio]}_Summary_of_Performance_{quarter_tag(r)}"],
    "bullets": lambda r, i: [f"Item {r.item} {PORT_NAME(r)} performance {r.meeting:%B %Y}",
                             f"{SHORT[r.portfolio]} {r.executive} report {r.meeting:%Y-%m-%d} (final)"],
    "joint": lambda r, i: [f"Joint report {SHORT[r.portfolio]} {r.executive} {r.meeting:%d %b %Y}",
                           f"{r.meeting:%Y%m%d}_joint_{SHORT[r.portfolio]}_report"],
    "profile": lambda r, i: [f"{SHORT[r.portfolio]} actual v profile {quarter_tag(r)}",
                             f"{PORT_NAME(r)} - performance against profile - {r.executive} {r.meeting:%d-%m-%Y}"],
    "wordpdf": lambda r, i: [f"{r.executive} Report - {PORT_NAME(r)} - {r.meeting:%d %B %Y}",
                             f"{r.meeting:%Y-%m-%d} Item {r.item:02d} {SHORT[r.portfolio]} report"],
    "contensis": lambda r, i: [f"{slug(r.title).lower().replace('_', '-')}-{r.meeting:%Y}",
                               f"{SHORT[r.portfolio].lower()}-{r.executive.lower()}-report-{r.meeting:%d-%m-%Y}"],
    "cards": lambda r, i: [f"{PORT_NAME(r)} at a glance {quarter_tag(r)}",
                           f"KPI_cards_{SHORT[r.portfolio]}_{r.meeting:%Y%m%d}"],
    "scan": lambda r, i: [f"Scan_{r.meeting + dt.timedelta(days=r.rng.randint(20, 700)):%Y-%m-%d}_{r.rng.randint(8, 18):02d}{r.rng.randint(0, 59):02d}{r.rng.randint(0, 59):02d}",
                          f"SCN_{r.rng.randint(1, 9999):04d}",
                          f"doc{r.rng.randint(10000000, 99999999)}"],
}

FAMILIES = [
    Family("performance-summary-runin-report", make_runin, "Cabinet", ["docx", "docx", "odt", "pdf", "docx"],
           ["childrens-services", "environment", "housing", "finance", "culture"], (2013, 2024),
           NAMES["runin"], new_holder_every=2),
    Family("rag-bullet-list-report", make_bullets, "Cabinet", ["docx", "docx", "odt", "docx", "docx"],
           ["adult-social-care", "education", "regeneration", "public-health", "community-safety"], (2013, 2024),
           NAMES["bullets"], new_holder_every=3),
    Family("joint-cabinet-members-report", make_joint, "Cabinet", ["docx", "pdf", "docx", "odt", "docx"],
           ["housing", "public-health", "education", "environment", "childrens-services"], (2013, 2024),
           NAMES["joint"], new_holder_every=2),
    Family("actual-vs-profile-report", make_profile, "Cabinet", ["odt", "odt", "pdf", "odt", "odt"],
           ["community-safety", "culture", "adult-social-care", "regeneration", "finance"], (2013, 2024),
           NAMES["profile"], new_holder_every=2),
    Family("word-export-pdf-report", make_wordpdf, "Cabinet", ["pdf"] * 4,
           ["education", "housing", "public-health", "childrens-services"], (2014, 2024),
           NAMES["wordpdf"], new_holder_every=2),
    Family("contensis-report-page", make_contensis, "Cabinet", ["html", "html", "pdf", "html", "html"],
           ["finance", "regeneration", "environment", "adult-social-care", "culture"], (2014, 2024),
           NAMES["contensis"], new_holder_every=3),
    Family("kpi-card-report", make_cards, "Cabinet", ["docx", "txt", "docx", "docx", "docx"],
           ["community-safety", "childrens-services", "public-health", "housing", "education"], (2015, 2024),
           NAMES["cards"], new_holder_every=2),
    # paper copies
    Family("scanned-performance-summary-runin-report", make_runin, "Cabinet", ["scan-pdf"] * 2,
           ["regeneration", "adult-social-care"], (2013, 2024), NAMES["scan"],
           scan_of="performance-summary-runin-report", look="crumpled"),
    Family("scanned-joint-cabinet-members-report", make_joint, "Cabinet", ["scan-pdf"] * 2,
           ["culture", "finance"], (2013, 2024), NAMES["scan"], scan_of="joint-cabinet-members-report",
           look="sunfaded"),
    Family("scanned-actual-vs-profile-report", make_profile, "Cabinet", ["scan-pdf"] * 2,
           ["environment", "education"], (2013, 2024), NAMES["scan"], scan_of="actual-vs-profile-report",
           look="noticeboard"),
    Family("scanned-kpi-card-report", make_cards, "Cabinet", ["scan-pdf"] * 2,
           ["adult-social-care", "regeneration"], (2015, 2024), NAMES["scan"], scan_of="kpi-card-report",
           look="dogear"),
]

LOOK_TRAITS = {"crumpled": {"crumpled", "crease", "greyscale", "jpeg", "skew", "noise"},
               "sunfaded": {"sun-faded", "faded", "colour-scan", "jpeg", "skew", "noise"},
               "noticeboard": {"noticeboard-photo", "photo", "colour-scan", "jpeg", "skew"},
               "dogear": {"dog-eared", "greyscale", "jpeg", "skew", "noise"}}


def plan(folder: Path, work: Path) -> list[Job]:
    jobs, names, used = [], set(), taken(CORPUS)
    for fi, fam in enumerate(FAMILIES):
        for i in range(fam.count):
            rng = random.Random(f"heldout19:{fam.name}:{i}")
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
    with tempfile.TemporaryDirectory(prefix="corpus19-") as tmp:
        work = Path(tmp)
        jobs = plan(folder, work)
        run(jobs, work)
    truth = {j.final.name: j.report.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(HERE / "README.md", FAMILIES, truth)
    files = [p for p in folder.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    big = [p.name for p in files if p.stat().st_size > MAX_FILE]
    print(f"held-out 19: {len(jobs)} documents, {total / 1e6:.2f} MB")
    if big or total > MAX_SET:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

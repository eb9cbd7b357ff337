#!/usr/bin/env python3
"""Regenerate the corpus: site_config/, documents/ + truth.json (tuning set) and
heldout/documents/ + heldout/truth.json (held-out families), from fixed seeds.

    python benchmarks/corpus/make.py            # from the project root

Needs python-docx, reportlab, pypdfium2, Pillow and pdfplumber (requirements.lock), and for
the conversions LibreOffice (apt-get install -y libreoffice-writer-nogui) and poppler-utils.
The generated files are committed: nothing else needs these tools. A re-run reproduces the
same bytes.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from council import PORTFOLIOS, write_site_config  # noqa: E402
from convert import fix_pdf, fix_zip, libreoffice, pdftotext, scan  # noqa: E402
from families import FAMILIES, SCAN_SOURCES, Family, Job, file_name  # noqa: E402
from heldout_layouts import HELDOUT_FAMILIES, HELDOUT_SCAN_SOURCES  # noqa: E402
from readme import write_readme  # noqa: E402
from reports import new_spec  # noqa: E402
from council import METRICS  # noqa: E402

EXT = {"docx": "docx", "pdf": "pdf", "odt": "odt", "html": "html", "txt": "txt", "scan-pdf": "pdf"}
MAX_FILE = 1_500_000
MAX_TOTAL = 12_000_000


def plan(families: list[Family], folder: Path, used: set, work: Path, scan_sources: list[str],
         seed: str) -> list[Job]:
    jobs, names = [], set()
    keys = list(PORTFOLIOS)
    for fi, fam in enumerate(families):
        for i in range(fam.count):
            rng = random.Random(f"{seed}:{fam.name}:{i}")  # one seed per document: families stay independent
            fmt = fam.fmt(i)
            body = fam.body(i) if callable(fam.body) else fam.body
            portfolio = keys[(fi * 3 + i) % len(keys)]
            family = fam.name if fam.name != "scanned" else f"scanned-{scan_sources[i]}"
            new_holder = bool(fam.new_holder_every) and i % fam.new_holder_every == 0
            spec = new_spec(rng, "", family, fmt, portfolio, body, used, new_holder=new_holder)
            if body == "Executive":
                spec.body = spec.executive
            spec.variant = i
            name = file_name(spec, EXT[fmt], i, fam.naming)
            while name in names:
                name = name.replace(".", f"_{rng.randint(2, 9)}.", 1)
            names.add(name)
            spec.name = name
            jobs.append(fam.make(spec, folder / name, work))
    return jobs


def run(jobs: list[Job], work: Path) -> None:
    profile = work / "lo-profile"
    for target, sub in (("pdf", "lo-pdf"), ("odt", "lo-odt")):
        todo = [j for j in jobs if j.steps and j.steps[0] == f"lo-{target}"]
        libreoffice([j.source for j in todo], target, work / sub, profile)
        for j in todo:
            j.source = work / sub / (j.source.stem + "." + target)
            j.steps = j.steps[1:]
            if target == "pdf":
                fix_pdf(j.source, j.spec.report_date)
    for j in jobs:
        if j.source.suffix == ".pdf" and "repeated-header-row" in j.spec.traits:
            _check_table_split(j)
        if not j.steps:
            if j.source != j.final:
                shutil.copyfile(j.source, j.final)
        elif j.steps == ["pdftotext"]:
            pdftotext(j.source, j.final, "-layout")
        elif j.steps == ["pdftotext-raw"]:
            pdftotext(j.source, j.final, "-raw")
        elif j.steps == ["scan"]:
            scan(j.source, j.final, seed=sum(map(ord, j.final.name)), when=j.spec.meeting)
        else:
            raise ValueError(f"{j.final.name}: unknown steps {j.steps}")
        if j.final.suffix in (".docx", ".odt"):
            fix_zip(j.final, j.spec.report_date)


def _check_table_split(job: Job) -> None:
    """The trait is only claimed when the table really runs over a page with its header repeated."""
    import pdfplumber
    with pdfplumber.open(job.source) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    header_pages = [i for i, t in enumerate(pages) if "\nIndicator" in "\n" + t]
    if len(header_pages) >= 2 and header_pages[1] == header_pages[0] + 1:
        job.spec.traits.add("table-across-pages")


def write_truth(jobs: list[Job], path: Path) -> None:
    truth = {j.final.name: j.spec.truth() for j in sorted(jobs, key=lambda j: j.final.name)}
    path.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_site_config(HERE / "site_config")
    tuning, heldout = HERE / "documents", HERE / "heldout" / "documents"
    for folder in (tuning, heldout):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    used: set = set()
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        work = Path(tmp)
        t_jobs = plan(FAMILIES, tuning, used, work, SCAN_SOURCES, "tuning")
        h_jobs = plan(HELDOUT_FAMILIES, heldout, used, work, HELDOUT_SCAN_SOURCES, "heldout")
        run(t_jobs + h_jobs, work)
    write_truth(t_jobs, HERE / "truth.json")
    write_truth(h_jobs, HERE / "heldout" / "truth.json")
    write_readme(HERE / "README.md", FAMILIES, HELDOUT_FAMILIES,
                 json.loads((HERE / "truth.json").read_text()), json.loads((HERE / "heldout" / "truth.json").read_text()),
                 len(METRICS), sum(m.unit == "percent" for m in METRICS))
    sizes = [p.stat().st_size for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    big = [p.name for p in HERE.rglob("*") if p.is_file() and p.stat().st_size > MAX_FILE]
    print(f"tuning {len(t_jobs)} documents, held-out {len(h_jobs)}; corpus {sum(sizes) / 1e6:.1f} MB")
    if big or sum(sizes) > MAX_TOTAL:
        raise SystemExit(f"make.py: too big: {big or 'total'}")


if __name__ == "__main__":
    main()

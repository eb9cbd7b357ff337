"""Documents the importer cannot read: each gets one line saying why and what to do,
word for word, never a traceback, and the batch goes on to the next document."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from importdocs import SEED_2017, outline, write_docx, write_image_pdf, write_pdf
from importing import import_into
from tinysite import make_site
from generator.importers.workers import Limits, run_each

DAMAGED_PDF = ("the PDF is damaged (not a valid PDF); open it, save or print it to PDF again and "
               "import the new file")


def _short_parts():
    return outline(SEED_2017.read_text("utf-8"))[:6]


def scanned_pdf(folder: Path) -> Path:
    return write_image_pdf(folder / "scan.pdf")


def empty_docx(folder: Path) -> Path:
    path = folder / "blank.docx"
    path.write_bytes(b"")
    return path


def random_pdf(folder: Path) -> Path:
    import random

    path = folder / "noise.pdf"
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def legacy_doc(folder: Path) -> Path:
    path = folder / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    return path


def encrypted_pdf(folder: Path) -> Path:
    from reportlab.lib import pdfencrypt

    return write_pdf(_short_parts(), folder / "locked.pdf",
                     encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))


def corrupt_pdf(folder: Path) -> Path:
    path = folder / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage\n%%EOF")
    return path


def corrupt_docx(folder: Path) -> Path:
    path = folder / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"word/" + b"\x00\x01" * 500)
    return path


def zip_bomb_docx(folder: Path) -> Path:
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as part:
            for _ in range(12):
                part.write(b"\0" * 2**20)
    return path


def invalid_xml_docx(folder: Path) -> Path:
    good = write_docx(_short_parts(), folder / "good.docx")
    path = folder / "badxml.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<w:document><w:body><w:p>" if item.filename == "word/document.xml" else data)
    good.unlink()
    return path


def nested_tables_docx(folder: Path) -> Path:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    inner = "<w:p/>"
    for _ in range(8):
        inner = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    document.element.body.insert(0, parse_xml(f'<w:tbl {nsdecls("w")}><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>'))
    path = folder / "nested.docx"
    document.save(path)
    return path


def pdf_named_docx(folder: Path) -> Path:
    pdf = write_pdf(_short_parts(), folder / "x.pdf")
    path = folder / "really-a-pdf.docx"
    pdf.rename(path)
    return path


def many_pages_pdf(folder: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = folder / "huge.pdf"
    page = canvas.Canvas(str(path))
    for n in range(5000):
        page.drawString(72, 720, f"Page {n}")
        page.showPage()
    page.save()
    return path


def spreadsheet(folder: Path) -> Path:
    path = folder / "figures.xlsx"
    path.write_bytes(b"PK\x03\x04 not read")
    return path


def empty_text(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_text("   \n\n  \n")
    return path


CASES = {
    "blank-scan": (scanned_pdf, "failed", "the PDF is a scan and text recognition (OCR) found no text in it; "
                   "check that the scan is of the report, or import a copy with a text layer"),
    "empty-docx": (empty_docx, "failed", "the file is empty (0 bytes); get a fresh copy of the document and "
                   "import it again"),
    "random-pdf": (random_pdf, "failed", "the file is named .pdf but is not a PDF or any document the importer "
                   "reads (its bytes are unrecognised); get a fresh copy of the document and import it again"),
    "legacy-doc": (legacy_doc, "failed", "a legacy Word document (.doc); open it in Word or LibreOffice and "
                   "save it as .docx, then import the .docx"),
    "encrypted": (encrypted_pdf, "failed", "the PDF is encrypted (it needs a password to open); save an "
                  "unprotected copy and import that"),
    "corrupt-pdf": (corrupt_pdf, "failed", DAMAGED_PDF),
    "corrupt-docx": (corrupt_docx, "failed", "the Word document is damaged (not a complete zip file); open it "
                     "in the program that made it, save it again and import the new file"),
    "zip-bomb": (zip_bomb_docx, "failed", "the Word document would unpack to 12 MB, far more than a report (a "
                 "damaged or hostile file); open it in the program that made it and save it again"),
    "invalid-xml": (invalid_xml_docx, "failed", "the Word document's XML is damaged; open it in Word or "
                    "LibreOffice, save it again and import the new file"),
    "nested-tables": (nested_tables_docx, "failed", "the document has tables nested more than 5 deep; copy "
                      "its text into a new document and import that"),
    "wrong-extension": (pdf_named_docx, "failed", "the file is named .docx but is a PDF; rename it with the "
                        "right extension and import it again"),
    "5000-pages": (many_pages_pdf, "failed", "the PDF has 5000 pages, more than the 1000 the importer reads; "
                   "split it into one file per report"),
    "spreadsheet": (spreadsheet, "skipped", "'.xlsx' is not a format the importer reads (.docx, .pdf, .odt, "
                    ".html, .txt, .md)"),
    "empty": (empty_text, "failed", "the document has no text; open it to check it is the report, then "
              "import a copy that has its text"),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Every unreadable document and one good one, imported in one batch."""
    root = tmp_path_factory.mktemp("unreadable")
    folder = root / "in"
    folder.mkdir()
    made = {name: make(folder) for name, (make, _, _) in CASES.items()}
    good = folder / "zz-good.txt"
    good.write_bytes(SEED_2017.read_bytes())
    site = make_site(root / "site", reports={})
    outcomes, _ = import_into(site, [folder])
    return made, {o.source: o for o in outcomes}, site


@pytest.mark.parametrize("case", CASES)
def test_an_unreadable_document_gets_one_line_saying_what_to_do(batch, case):
    made, outcomes, site = batch
    outcome = outcomes[made[case].name]  # named as in the folder imported
    assert (outcome.status, outcome.reason) == CASES[case][1:]


def test_the_batch_goes_on_past_every_bad_document(batch):
    _, outcomes, _ = batch
    good = [o for o in outcomes.values() if o.source.endswith("zz-good.txt")]
    assert [(o.status, o.draft) for o in good] == [
        ("imported", "content/reports/2017/2017-12-21-childrens-services.md")]


def test_a_document_over_the_size_limit_is_not_read(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    source = tmp_path / "big.txt"
    source.write_bytes(SEED_2017.read_bytes() * 200)
    outcomes, _ = import_into(site, [source], Limits(max_bytes=1024 * 1024))
    assert (outcomes[0].status, outcomes[0].reason) == (
        "failed", "the file is 1 MB, more than the 1 MB the importer reads; split it into smaller files")


def _sleep(seconds, progress):
    time.sleep(seconds)
    return seconds


def _allocate(megabytes, progress):
    return len(bytearray(megabytes * 2**20))


def _run(items, work, limits):
    done, failed = {}, {}
    run_each(items, work, limits, 2, done.__setitem__, failed.__setitem__)
    return done, failed


def test_a_document_that_takes_too_long_is_stopped_and_the_rest_go_on():
    done, failed = _run([0.01, 30, 0.02], _sleep, Limits(seconds=1))
    assert done == {0: 0.01, 2: 0.02}
    assert failed == {1: "reading the document took longer than 1 seconds; split it into smaller files, "
                         "or save it again as .docx or .pdf, and import those"}


def test_a_document_that_needs_too_much_memory_is_stopped():
    done, failed = _run([1, 2000], _allocate, Limits(memory=800 * 2**20))
    assert done == {0: 2**20}
    assert failed == {1: "the document needs more memory than the importer allows (800 MB); split it "
                         "into smaller files and import those"}


def test_a_worker_forked_from_a_big_process_still_gets_its_allowance():
    """The limit adds to the address space a worker forks with (a test run with a browser
    already holds gigabytes), so an ordinary document is not refused for memory."""
    import mmap

    reserved = mmap.mmap(-1, 3 * 2**30)  # address space only: never touched
    try:
        done, failed = _run([50], _allocate, Limits(memory=800 * 2**20))
    finally:
        reserved.close()
    assert (done, failed) == ({0: 50 * 2**20}, {})


def test_a_failure_in_the_importer_itself_is_reported_as_a_bug_not_blamed_on_the_document():
    import inspect

    from generator.importers.dates import month_number

    lines, first = inspect.getsourcelines(month_number)
    raising = first + next(i for i, line in enumerate(lines) if "_MONTHS[" in line)  # the line that raises
    done, failed = _run(["Smarch"], lambda name, progress: month_number(name), Limits())
    assert done == {}
    assert failed == {0: "the importer itself failed on this document (KeyError in "
                         f"generator/importers/dates.py:{raising}); please report it with the document"}

"""Scanned PDFs are read by OCR (Debian's tesseract-ocr through pytesseract): a scan
rendered here from the 2019 seed, tilted and speckled as a scanner leaves it, gives the
hand-made report's figures; every value read from it carries its confidence and the
report's page says it was read from a scan. Without Tesseract, the message says how to
install it."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from importdocs import SEED_2019, outline, write_pdf
from importing import import_into
from tinysite import REPO_ROOT, make_site, run_build

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None,
                                reason="Tesseract is not installed (scripts/test.sh installs tesseract-ocr)")
HAND_2019 = REPO_ROOT / "content" / "reports" / "2019" / "2019-09-04-childrens-services.md"


def scan_of(pdf: Path, target: Path, dpi: int = 200, tilt: float = 0.5, turn: int = 0) -> Path:
    """Each page drawn as a grey picture, turned a little (and `turn` degrees on top, as a
    page fed in on its side) and speckled: no text layer."""
    import pypdfium2
    from PIL import Image

    pages = []
    for n, page in enumerate(pypdfium2.PdfDocument(str(pdf))):
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(tilt, fillcolor=255, resample=Image.BICUBIC).rotate(turn, expand=True)
        pixels, rng = image.load(), random.Random(n)
        for _ in range(3000):
            pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(100, 255)
        pages.append(image)
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi)
    return target


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scan")
    pdf = write_pdf(outline(SEED_2019.read_text("utf-8")), folder / "seed.pdf")
    (folder / "in").mkdir()
    source = scan_of(pdf, folder / "in" / "2019-scan.pdf")
    site = make_site(folder / "site", reports={})
    outcomes, drafts = import_into(site, [source])
    return site, outcomes, drafts


def test_a_scan_gives_the_hand_made_figures(scanned):
    from generator.content.load import load_report
    from generator.content.problems import Problems

    _, outcomes, drafts = scanned
    assert [(o.status, o.reason) for o in outcomes] == [("imported", "")]
    hand = load_report(HAND_2019, REPO_ROOT / "content", REPO_ROOT, Problems())
    draft = drafts[0]
    assert (draft.front.date, draft.front.member, draft.front.portfolio) == (
        hand.front.date, hand.front.member, hand.front.portfolio)
    assert [(m.metric, m.value, m.as_of) for m in draft.front.metrics] == [
        (m.metric, m.value, m.as_of) for m in hand.front.metrics]


def test_every_value_read_from_a_scan_carries_its_confidence_and_stays_unconfirmed(scanned):
    _, _, drafts = scanned
    record = drafts[0].front.imported
    assert record.review == "unconfirmed"
    assert record.scan is not None and record.scan.engine.startswith("Tesseract ") and record.scan.pages == 2
    assert 60 <= record.scan.confidence <= 100
    assert record.values and all(v.confidence is not None and 0 <= v.confidence <= 100 for v in record.values)


def test_the_report_page_says_it_was_read_from_a_scan(scanned):
    site, outcomes, _ = scanned
    settings = site / "site_config" / "site.yml"
    settings.write_text(settings.read_text("utf-8") + "publish_unconfirmed_imports: true\n", "utf-8")
    assert run_build(site).returncode == 0
    page = (site / "site" / "reports" / "2019" / "2019-09-04-childrens-services" / "index.html").read_text("utf-8")
    assert ("The document was a scan: its text was read from pictures of its pages by text recognition "
            "(OCR), which can misread letters and figures.") in page


def test_without_tesseract_the_message_says_how_to_install_it(tmp_path, monkeypatch):
    from generator.importers import ocr
    from generator.importers.document import Unreadable
    from generator.importers.read import read_document

    pdf = scan_of(write_pdf(outline(SEED_2019.read_text("utf-8"))[:3], tmp_path / "short.pdf"), tmp_path / "s.pdf")
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(Unreadable) as refused:
        read_document(pdf, pdf.read_bytes())
    assert str(refused.value) == ("the PDF is a scan (it has no text layer) and reading it needs Tesseract OCR, "
                                  "which is not installed; install it (sudo apt-get install tesseract-ocr "
                                  "tesseract-ocr-eng on Debian or Ubuntu) and import again")


def test_a_heading_row_printed_white_on_dark_is_read(tmp_path):
    """A scorecard's heading row, white type on a dark fill: read, so the table's periods
    are known (painted out as one long rule before)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from generator.importers.normalise import normalise
    from generator.importers.read import read_document

    rows = [["Indicator", "Q1 2019/20", "Q2 2019/20", "Target"], ["Children looked after", "540", "552", "500"],
            ["Children in need", "1,790", "1,846", "1,800"]]
    table = Table(rows, colWidths=[200, 90, 90, 70])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f2d5a")),
                               ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("FONTSIZE", (0, 0), (-1, -1), 11)]))
    SimpleDocTemplate(str(tmp_path / "table.pdf"), pagesize=A4).build([table])
    scan = scan_of(tmp_path / "table.pdf", tmp_path / "scan.pdf", dpi=200, tilt=0.3)
    [rows_read] = [b.rows for b in normalise(read_document(scan, scan.read_bytes())).blocks if b.kind == "table"]
    assert [r for r in rows_read if r[0]] == [tuple(r) for r in rows]  # a speck's row aside


def test_a_dark_heading_over_a_light_one_is_read_whole(tmp_path):
    """A shared service's table: a dark group heading row whose first and last cells run
    down beside a light row of periods. Both rows are read, the dark one's letters whole
    (a band one line of type tall was turned only in part, and letters were lost)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from generator.importers.normalise import normalise
    from generator.importers.read import read_document

    rows = [["Measure", "Hollinsfield", "", "Kelbrook Vale", "", "Target"],
            ["", "Oct-Dec 13", "Jan-Mar 14", "Oct-Dec 13", "Jan-Mar 14", ""],
            ["Households in TA", "89", "84", "44", "41", "90"],
            ["Successful preventions", "260", "252", "206", "182", "240"]]
    dark, light = colors.HexColor("#505050"), colors.HexColor("#d8d8d8")
    table = Table(rows, colWidths=[150, 70, 70, 70, 70, 50])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), dark), ("BACKGROUND", (0, 1), (0, 1), dark),
                               ("BACKGROUND", (-1, 1), (-1, 1), dark), ("BACKGROUND", (1, 1), (-2, 1), light),
                               ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("SPAN", (1, 0), (2, 0)),
                               ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (-1, 0), (-1, 1)),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.white), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
    SimpleDocTemplate(str(tmp_path / "table.pdf"), pagesize=A4).build([table])
    scan = scan_of(tmp_path / "table.pdf", tmp_path / "scan.pdf", dpi=200, tilt=0.3)
    [rows_read] = [b.rows for b in normalise(read_document(scan, scan.read_bytes())).blocks if b.kind == "table"]
    specks = "_|-. "  # a fill's ragged corner can be read as a mark beside a word
    assert [tuple(cell.strip(specks) for cell in row) for row in rows_read] == [
        ("", "Hollinsfield", "", "Kelbrook Vale", "", ""),
        ("Measure", "Oct-Dec 13", "Jan-Mar 14", "Oct-Dec 13", "Jan-Mar 14", "Target")] + [tuple(r) for r in rows[2:]]


def test_a_ruled_table_s_cells_come_from_its_rules(tmp_path):
    """A ruled scorecard whose labels and statuses run to two lines, with the figures set
    in the middle of the row: the rules are its grid, so each label stays with its figures
    (laid out by where its words stand, each label's lines and its figures came out as rows
    and paragraphs of their own). A title across the table is said before it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from generator.importers.normalise import normalise
    from generator.importers.read import read_document

    style = getSampleStyleSheet()["BodyText"]
    rows = [["Figures as at 31 January 2020"] * 7,
            ["Ref", "Measure", "Good is", "Dec 2019", "Jan 2020", "Target", "Status"],
            ["ENV 01", "Fly-tipping incidents removed within two working days (%)", "High", "86.6", "97.0", "81",
             "On target"],
            ["ENV 02", "Fly tipping incidents", "Low", "1,061", "1,275", "1,130", "Within tolerance"],
            ["ENV 03", "Missed bin collections per 100,000 collections made", "High", "91", "88", "92", "Off target"]]
    cells = [[Paragraph(c, style) if r == 1 or (r > 1 and column in (1, 6)) else c for column, c in enumerate(row)]
             for r, row in enumerate(rows)]
    cells[0][1:] = [""] * 6
    table = Table(cells, colWidths=[45, 150, 45, 50, 50, 45, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("SPAN", (0, 0), (-1, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
    SimpleDocTemplate(str(tmp_path / "table.pdf"), pagesize=A4).build([table])
    scan = scan_of(tmp_path / "table.pdf", tmp_path / "scan.pdf", dpi=200, tilt=0.3)
    blocks = normalise(read_document(scan, scan.read_bytes())).blocks
    read = [(b.kind, b.text or [row[:2] + row[3:] for row in b.rows]) for b in blocks]
    assert read == [("paragraph", "Figures as at 31 January 2020"),
                    ("table", [tuple(r[:2] + r[3:]) for r in rows[1:]])]  # 'Good is' aside: OCR reads 'Good IS'
    assert len(blocks[1].confidence) == 4 and min(blocks[1].confidence) >= 50


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_scanned_on_its_side_or_upside_down_is_read_the_right_way_up(tmp_path, turn):
    """A landscape appendix fed through the scanner upright comes out on its side."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from generator.importers.normalise import normalise
    from generator.importers.read import read_document

    rows = [["Indicator", "Q1 2019/20", "Q2 2019/20", "Target", "Commentary"],
            ["Children looked after", "540", "552", "500", "Demand at the front door remains high"],
            ["Children in need", "1,790", "1,846", "1,800", "Within the expected range for the year"]]
    table = Table(rows, style=[("FONTSIZE", (0, 0), (-1, -1), 12), ("LEADING", (0, 0), (-1, -1), 15)])
    SimpleDocTemplate(str(tmp_path / "table.pdf"), pagesize=landscape(A4)).build([table])
    scan = scan_of(tmp_path / "table.pdf", tmp_path / "upright.pdf", dpi=200, tilt=0.3, turn=turn)
    [rows_read] = [b.rows for b in normalise(read_document(scan, scan.read_bytes())).blocks if b.kind == "table"]
    assert [r for r in rows_read if r[0]] == [tuple(r) for r in rows]



def test_paper_with_bands_of_shading_is_made_black_type_on_white():
    """A listing's green bars: the band and the paper both white, the type black; plain paper
    (one background) is left as it is for text recognition's own reading."""
    from PIL import Image, ImageDraw

    from generator.importers.ocr import unshaded

    banded = Image.new("L", (400, 300), 250)
    draw = ImageDraw.Draw(banded)
    draw.rectangle((0, 0, 399, 99), fill=200)
    draw.rectangle((20, 40, 120, 60), fill=30)  # type on the band
    draw.rectangle((20, 140, 120, 160), fill=30)  # type on the paper
    clean = unshaded(banded)
    assert [clean.getpixel(xy) for xy in ((5, 5), (5, 200), (50, 50), (50, 150))] == [255, 255, 0, 0]
    plain = Image.new("L", (400, 300), 250)
    ImageDraw.Draw(plain).rectangle((20, 40, 120, 60), fill=30)
    assert unshaded(plain) is plain


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (scripts/test.sh installs it)")
def test_a_turn_orientation_detection_proposes_is_kept_only_where_the_page_reads_surer(tmp_path):
    """Green-bar paper fools orientation detection into turning an upright page over: left
    as it is. A report's page fed in upside down is still turned the right way up."""
    import pdfplumber
    import pypdfium2
    import pytesseract
    from PIL import ImageChops

    from generator.importers.ocr import DPI, upright

    listing = Path(__file__).parents[1] / "benchmarks" / "corpus" / "heldout8" / "documents" / "IMG_4665.pdf"
    with pdfplumber.open(listing) as pdf:
        page = pdf.pages[0].to_image(resolution=DPI, antialias=True).original.convert("L")
    assert "Rotate: 180" in pytesseract.image_to_osd(page, config="--psm 0 -c min_characters_to_try=20")
    assert upright(page, pytesseract) is page
    report = pypdfium2.PdfDocument(str(write_pdf(outline(SEED_2019.read_text("utf-8")), tmp_path / "seed.pdf")))
    upright_page = report[0].render(scale=200 / 72).to_pil().convert("L")
    turned_back = upright(upright_page.rotate(180, expand=True), pytesseract)
    assert ImageChops.difference(turned_back, upright_page).getbbox() is None


def test_heavy_type_run_together_is_not_painted_out_as_a_rule():
    """A dark photocopy thickens bold type until its letters touch through the middle of
    the line: a run of ink as long as a rule, with ink above and below it. Painted out, the
    line was struck through; only the thin run, paper on one side, is a rule."""
    from PIL import Image, ImageDraw

    from generator.importers.ocr import without_rules

    page = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 40, 420, 69), fill=20)  # a line of heavy type, 30 px tall
    draw.rectangle((20, 150, 420, 152), fill=20)  # a table's rule, 3 px
    cleared, across, down = without_rules(page)
    assert {y for y, start, end in across} == set(range(149, 154))  # thickened a pixel to be found
    assert cleared.getpixel((200, 55)) == 20 and cleared.getpixel((200, 151)) == 255
    assert down == []


def test_a_scanner_s_streak_down_the_page_is_painted_out_but_is_no_rule():
    """Dust on a scanner's glass draws a line down the whole page: made a table's rule, it
    turned the page into one table of two columns. A rule of a table stops in the margins."""
    from PIL import Image, ImageDraw

    from generator.importers.ocr import without_rules

    page = Image.new("L", (400, 1000), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 0, 102, 999), fill=40)  # the streak, top to bottom
    draw.rectangle((300, 200, 302, 700), fill=40)  # a table's upright rule
    cleared, across, down = without_rules(page)
    assert {(start, end) for x, start, end in down} == {(199, 702)}  # thickened a pixel to be found
    assert cleared.getpixel((101, 500)) == 255 and cleared.getpixel((301, 500)) == 255


def test_heavy_type_on_a_dark_copy_is_not_turned_as_a_dark_band():
    """A dark, speckled photocopy of a cover table: its heavy type looks like white type on
    dark fills, and turned it was lost. A fill is turned only where its turned words read
    surer than as they are (a real dark band still is: the heading-row tests above)."""
    import pdfplumber
    import pytesseract

    from generator.importers.ocr import DPI, _reading, dark_inverted, straightened, unshaded

    copy = Path(__file__).parents[1] / "benchmarks" / "corpus" / "heldout12" / "documents" / "SCN_202904.pdf"
    with pdfplumber.open(copy) as pdf:
        page = straightened(unshaded(pdf.pages[0].to_image(resolution=DPI, antialias=True).original.convert("L")))
    assert dark_inverted(page) is not page  # by its shape alone, heavy type is a fill
    cleared, across, down, words = _reading(page, pytesseract)
    said = " ".join(w.text for w in words)
    assert "Key decision" in said and "Exempt information" in said


def test_a_running_header_text_recognition_reads_a_letter_differently_on_each_page_is_furniture():
    """A fax machine's header on every page, read by OCR a character differently each time
    ('SVCS' and 'SVC5'): left out as furniture, so its date cannot be taken for the meeting's.
    A text layer's lines must match but for their digits."""
    from generator.importers.layout import Line, Word
    from generator.importers.pages import blocks_of_pages

    def page(number, header):
        words = [Word(text, 40 + 60 * i, 90 + 60 * i, 10, 20, 10) for i, text in enumerate(header.split())]
        body = [Word(text, 40 + 60 * i, 90 + 60 * i, 300, 310, 10) for i, text in enumerate("Report to Cabinet".split())]
        return [Line(words, number), Line(body, number)], []

    class Height:
        height = 842

    headers = ["29/12/2014 12:32 FROM: HOLLINSFIELD BC DEM SVCS P.001/002",
               "29/12/2014 12:32 FROM: HOLLINSFIELD BC DEM SVC5 P.002/002"]
    read = [page(n, header) for n, header in enumerate(headers, start=1)]
    _, removed = blocks_of_pages(read, [Height(), Height()], heading_scale=100.0, alike=0.8)
    assert removed == tuple(headers)
    _, removed = blocks_of_pages(read, [Height(), Height()])
    assert removed == ()


def test_a_dot_matrix_printout_is_read_again_smoothed_where_it_reads_unsurely(tmp_path):
    """Each letter printed as dots (a dot-matrix printer): Tesseract reads the dots one by
    one and finds nothing sure; the page read again smoothed gives the words."""
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from generator.importers.read import read_document

    lines = ["Report to: Executive", "Date of meeting: Tuesday 10 September 2013",
             "Report of: Councillor John Ahmed, Executive Member for Housing"]
    SimpleDocTemplate(str(tmp_path / "typed.pdf"), pagesize=A4).build(
        [Paragraph(line, getSampleStyleSheet()["Normal"]) for line in lines])
    image = pypdfium2.PdfDocument(str(tmp_path / "typed.pdf"))[0].render(scale=300 / 72).to_pil().convert("L")
    pixels = image.load()
    for y in range(image.height):
        for x in range(image.width):
            if pixels[x, y] < 128 and (x % 4 or y % 4):
                pixels[x, y] = 255  # ink only at every fourth dot across and down
    image.save(tmp_path / "printout.pdf", resolution=300)
    document = read_document(tmp_path / "printout.pdf", (tmp_path / "printout.pdf").read_bytes())
    assert "Date of meeting: Tuesday 10 September 2013" in "\n".join(b.text for b in document.blocks)

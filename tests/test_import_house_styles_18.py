"""The readers and finders on house styles learnt from held-out sets 19, 20 and 21 (after
their blind scores): a 'Summary of performance' of run-in paragraphs, a bulleted 'Indicator –
value (target) RAG' list, a joint report of two members, a 'Latest period | Value' table, a
web page's table as a browser prints it, a label top-aligned over three lines, a page
photographed on a noticeboard, a 'What we measure | How we did' table, a web page's
disclosures of indicators, rates given in notes under a table, a table a quarter under
captions, 'actual / target' cells and a comment row under each measure. Each on a small
document."""
from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

from generator.importers.document import Block, Document
from generator.importers.normalise import normalise
from test_import_house_styles import convert_file
from test_import_layouts import figures, found
from test_import_readers import docx_with

COVER = ("Report to: Cabinet\nDate of meeting: 19 March 2024\n"
         "Report of: Cllr Barrie Cooper, Executive Member for Children's Services\n\n")


def test_run_in_headings_name_the_measures_their_sentences_tell(tmp_path):
    """'Children looked after. Performance at the end of Quarter 3 was 552 (...)': the run-in
    heading names the measure, the period is the one the report says it covers; a heading
    that narrows the measure and an earlier quarter give none."""
    def build(document):
        for text in (
                "Date of meeting: 19 March 2024",
                "Report of: Cllr Barrie Cooper, Executive Member for Children's Services",
                "To summarise the performance of the Children's Services portfolio at the end of Quarter 3 "
                "2023/24 (31 December 2023) and to seek the decisions set out below.",
                "Children looked after. Performance at the end of Quarter 3 was 552 (Quarter 2: 540; target "
                "500), rated Red. This is a rate of 64.3 per 10,000 children.",
                "Children in need placed out of area (for context only). There were 74 at the end of Quarter 3 "
                "(Quarter 2: 70). This is not a performance indicator and has no target.",
                "Assessments completed. Performance at the end of Quarter 3 was 410 (Quarter 2: 388; target "
                "400), rated Green. In Quarter 1 it was 371."):
            document.add_paragraph(text)

    assert figures(convert_file(tmp_path, docx_with(tmp_path, build))) == [
        ("children-looked-after", 552, dt.date(2023, 12, 31), 64.3),
        ("assessments-childrens", 410, dt.date(2023, 12, 31), None)]


def test_a_run_in_heading_a_scan_ran_into_the_paragraph_before_still_names_its_measure(tmp_path):
    """Text recognition reads two paragraphs as one: '... has no target. — Children looked
    after. Performance at the end of Quarter 3 was 552 ...'."""
    findings = found(tmp_path, COVER + "Figures at 31 December 2023\n\n"
                     "There were 74 at the end of Quarter 3. This is not a performance indicator and has no target. "
                     "— Children looked after. Performance at the end of Quarter 3 was 552 (Quarter 2: 540; "
                     "target 500), rated Red.\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2023, 12, 31), None)]


def test_a_bulleted_indicator_value_target_rag_list_gives_figures_and_the_rates_under_them(tmp_path):
    """'Indicator – value (target) RAG', however long the indicator's name; the earlier
    quarters on the bullet under it are not figures, its 'Rate per 10,000 ... aged 0-17:'
    bullet is the figure's rate."""
    findings = found(tmp_path, COVER + "Figures at 31 December 2023\n\n"
                     "• Children looked after by the council, including unaccompanied asylum-seeking children – "
                     "552 (target 500) Red\n"
                     "    ◦ Q2 2023/24: 540; Q1 2023/24: 531\n"
                     "    ◦ Rate per 10,000 children aged 0-17: 64.3 (Q2 2023/24: 63.0)\n"
                     "• Assessments completed within the timescale agreed with partners (%) – 87.5% (target 90%) "
                     "Amber\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2023, 12, 31), 64.3)]


def test_a_joint_report_s_lead_member_is_the_report_s_member(tmp_path):
    """'Joint report of: Councillor A, ... (lead member) Councillor B, ...' (a scan runs the
    two lines of the cell together): the lead member, named first, and her portfolio."""
    findings = found(tmp_path, "Report to: Cabinet\nDate of meeting: 19 March 2024\n"
                     "Joint report of: Councillor John Ahmed, Executive Member for Housing (lead member) "
                     "Councillor Barrie Cooper, Executive Member for Children's Services\n\n"
                     "Recommendations\n\n1. That Cabinet approves the Allocations Policy.\n")
    assert (findings.member.value, findings.portfolio.value) == ("john-ahmed", "housing")


def test_a_latest_period_column_dates_the_value_column_beside_it(tmp_path):
    """'Indicator | Frequency | Latest period | Value | Previous value | Target | Status': the
    figure is the 'Value' column's, as of the end of the period in its row."""
    def build(document):
        document.add_paragraph("Date of meeting: 19 March 2024")
        document.add_paragraph("Report of: Cllr Barrie Cooper, Executive Member for Children's Services")
        rows = [("Indicator", "Frequency", "Latest period", "Value", "Previous value", "Target", "Status"),
                ("Children looked after", "Quarterly", "Q3 2023/24", "552", "540", "500", "Red"),
                ("Children in need", "Quarterly", "Q3 2023/24", "1,846*", "1,790", "1,800", "Amber")]
        table = document.add_table(rows=0, cols=7)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text

    assert figures(convert_file(tmp_path, docx_with(tmp_path, build))) == [
        ("children-looked-after", 552, dt.date(2023, 12, 31), None),
        ("children-in-need", 1846, dt.date(2023, 12, 31), None)]


def table_pdf(path, rows, widths, style, padding: int):
    """A table with no rules, each cell's words wrapped in it, under a heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=10, leading=12, alignment=1 if "CENTER" in style else 0)
    data = [[Paragraph(c, cell) if i == 0 or r is rows[0] else c for i, c in enumerate(r)] for r in rows]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), style[0]), ("VALIGN", (0, 0), (-1, -1), style[1]),
                               ("TOPPADDING", (0, 0), (-1, -1), padding), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Performance", styles["Heading2"]), table])
    return path


def pdf_tables(path) -> list:
    from generator.importers.read import read_document

    return [b.rows for b in normalise(read_document(path, path.read_bytes())).blocks if b.kind == "table"]


def test_a_web_page_s_table_as_a_browser_prints_it_is_one_table(tmp_path):
    """Labels centred in their cells, wrapped over lines above and below the row's figures,
    rows set well apart: each label whole on its row, the rows one table under its header."""
    rows = [["Indicator", "Q2 2023/24", "Q3 2023/24", "Target"],
            ["Children looked after by the council", "540", "552", "500"],
            ["Children in need", "1,790", "1,846", "1,800"],
            ["Referrals received at the front door", "402", "488", "450"]]
    pdf = table_pdf(tmp_path / "page.pdf", rows, [90, 70, 70, 60], ("CENTER", "MIDDLE"), padding=8)
    assert pdf_tables(pdf) == [tuple(tuple(r) for r in rows)]


def test_a_label_top_aligned_over_three_lines_stays_on_its_own_row(tmp_path):
    """A Word table's label runs on below its figures; its last line is nearer the next row's
    figures than its own, but closer to its own label's lines."""
    rows = [["Indicator", "Q2 2023/24", "Q3 2023/24", "Target"],
            ["Children looked after by the council in a foster placement", "540", "552", "500"],
            ["Children in need", "1,790", "1,846", "1,800"]]
    pdf = table_pdf(tmp_path / "report.pdf", rows, [110, 70, 70, 60], ("LEFT", "TOP"), padding=2)
    assert pdf_tables(pdf) == [tuple(tuple(r) for r in rows)]


def test_a_table_s_header_printed_again_over_its_rest_on_the_next_page_is_one_table():
    """A browser repeats a table's header rows on the next page, where the end of the label
    the break cut ('after') stands between them and the rest of the rows."""
    header = (("", "Q2", "Q3"), ("Indicator", "2023/24", "2023/24"))
    first = Block("table", where="page 1", page=1, rows=header + (("Children looked", "540", "552"),))
    again = Block("table", where="page 2", page=2, rows=header)
    carried = Block("paragraph", "after", "page 2", page=2)
    rest = Block("table", where="page 2", page=2, rows=(("Children in need", "1,790", "1,846"),))
    blocks = normalise(Document(blocks=[first, again, carried, rest], format="pdf")).blocks
    assert [b.rows for b in blocks] == [header + (("Children looked after", "540", "552"),
                                                  ("Children in need", "1,790", "1,846"))]


def noticeboard(page, margin: int = 120, seed: int = 0):
    """The page photographed pinned to a cork board: a grainy darker ground all round."""
    from PIL import Image

    rng = random.Random(seed)
    board = Image.new("L", (page.width + 2 * margin, page.height + 2 * margin))
    board.putdata([rng.randrange(40, 160) for _ in range(board.width * board.height)])
    board.paste(page, (margin, margin))
    return board


def test_only_the_paper_of_a_photographed_page_is_read():
    """The board round a photographed page made white, the page (its dark heading band too)
    as it was; a scan whose paper fills the picture is left alone, and so is one whose dark
    band runs across the whole page."""
    from PIL import Image, ImageDraw

    from generator.importers.ocr import on_the_paper

    page = Image.new("L", (600, 800), 235)
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 300, 540, 340), fill=70)  # a table's heading row, white type on grey
    draw.rectangle((60, 400, 300, 412), fill=20)  # a line of type
    photo = on_the_paper(noticeboard(page))
    assert [photo.getpixel(xy) for xy in ((10, 10), (60, 500), (120 + 300, 120 + 600), (120 + 100, 120 + 320))] == [
        255, 255, 235, 70]
    inner = (16, 16, 584, 784)  # the paper's edge found to within two of the 8-pixel blocks it is sought in
    assert photo.crop((120 + 16, 120 + 16, 120 + 584, 120 + 784)).tobytes() == page.crop(inner).tobytes()
    assert on_the_paper(page) is page
    banded = page.copy()
    ImageDraw.Draw(banded).rectangle((0, 380, 599, 460), fill=40)
    assert on_the_paper(banded) is banded


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (scripts/test.sh installs it)")
def test_a_report_photographed_on_a_noticeboard_is_read_with_its_table_s_dark_heading_row():
    """A page pinned to a cork board (held-out set 19): the cork's grain joined the table's
    white-on-grey heading row to the dark edges, so it was never turned, and its columns'
    periods were lost; the latest quarter's actuals are the figures, not the profile's."""
    import pdfplumber
    import pytesseract

    from generator.importers.ocr import DPI, _reading, on_the_paper, straightened, unshaded

    photo = Path(__file__).parents[1] / "benchmarks" / "corpus" / "heldout19" / "documents" / "doc35988485.pdf"
    with pdfplumber.open(photo) as pdf:
        page = pdf.pages[0].to_image(resolution=DPI, antialias=True).original.convert("L")
    words = " ".join(w.text for w in _reading(straightened(unshaded(on_the_paper(page))), pytesseract)[3])
    assert all(heading in words for heading in ("Q4 2017/18", "(actual)", "(profile)", "Variance", "Year-end"))


def test_the_scrutiny_timetable_under_next_steps_is_no_commitment(tmp_path):
    """'6.1 The Overview and Scrutiny Committee will consider this summary on Thursday 7
    November 2019', 'The report goes to ... on ...': when the report is looked at again, not
    something the council has undertaken to do."""
    findings = found(tmp_path, COVER + "2. Recommendations\n\n2.1 That Cabinet:\n\n"
                     "(a) notes the summary of performance in section 4;\n\n"
                     "(b) approves the Staying Close offer for young people leaving care.\n\n"
                     "6. Next steps\n\n"
                     "6.1 The Overview and Scrutiny Committee will consider this summary on Thursday 7 November 2024.\n\n"
                     "6.2 The report goes to the Overview and Scrutiny Committee on Thursday 20 June 2024.\n\n"
                     "6.3 The Overview and Scrutiny Committee will consider performance against profile on "
                     "Wednesday 26 June 2024.\n")
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("(b)", "approves the Staying Close offer for young people leaving care.")]


def test_a_date_text_recognition_misread_is_read_as_typed():
    """'Figures at 31 Ja nuary 2015', 'Tuesday 31 st May: 2016', 'Tuesday 3ist May 2016' in a
    scan's text and its table's cells; typed text is left as it is."""
    from generator.importers.document import Scan

    blocks = [Block("paragraph", "Figures at 31 Ja nuary 2015 (month end).", "page 1", page=1),
              Block("table", where="page 1", page=1, rows=(("Date of decision", "Tuesday 31 st May: 2016"),
                                                           ("Signed", "Tuesday 3ist May 2016"),
                                                           ("Measure", "Septem ber 2014")))]
    read = normalise(Document(blocks=blocks, format="pdf", scan=Scan("Tesseract 5", 1, 80))).blocks
    assert [(b.text, b.rows) for b in read] == [
        ("Figures at 31 January 2015 (month end).", ()),
        ("", (("Date of decision", "Tuesday 31st May 2016"), ("Signed", "Tuesday 31st May 2016"),
              ("Measure", "September 2014")))]
    typed = normalise(Document(blocks=blocks[:1], format="pdf")).blocks
    assert typed[0].text == "Figures at 31 Ja nuary 2015 (month end)."


def test_a_total_said_again_under_a_later_date_is_not_a_second_figure(tmp_path):
    """'The 552 children looked after include 61 placed outside the borough', under an 'As at
    31 January 2024' after the figure at 31 December 2023: the same figure said again, not
    January's; where nothing else tells it, it is the figure."""
    again = found(tmp_path, COVER + "Figures at 31 December 2023\n\nChildren looked after: 552\n\n"
                  "As at 31 January 2024 the picture is much the same. The 552 children looked after include "
                  "61 placed outside the borough.\n")
    assert figures(again) == [("children-looked-after", 552, dt.date(2023, 12, 31), None)]
    alone = found(tmp_path, COVER + "Figures at 31 December 2023\n\n"
                  "The 552 children looked after include 61 placed outside the borough.\n")
    assert figures(alone) == [("children-looked-after", 552, dt.date(2023, 12, 31), None)]


def test_a_share_of_a_figure_behind_a_misread_paragraph_number_is_no_figure(tmp_path):
    """'4.3-Of the 192 Section 42 safeguarding enquiries started, 39: were new this
    quarter': text recognition read '4.3 Of' with a dash; 39 is a share, not the figure."""
    findings = found(tmp_path, COVER + "Figures at 31 December 2023\n\n"
                     "4.3-Of the 552 children looked after, 39: were new this quarter.\n")
    assert figures(findings) == []


def test_a_what_we_measure_how_we_did_table_gives_the_figures_of_the_period_reported(tmp_path):
    """Two columns, what a row counts (its name, a sentence on why, its target) and how it
    did ('758 at the end of Quarter 2, compared with 870 ...'): each figure as of the end of
    the quarter the report says it covers ('How the portfolio did in Quarter 2 2023/24, the
    three months to 30 September 2023'); a row whose name runs on into words that narrow it
    ('... on private land (for context)') gives none; 'note how the portfolio did' is no
    commitment."""
    def build(document):
        for text in ("Date of meeting: 19 March 2024",
                     "Report of: Cllr Barrie Cooper, Executive Member for Children's Services",
                     "How the Children's Services portfolio did in Quarter 3 2023/24, the three months to "
                     "31 December 2023, and the decisions the Executive is asked to take.",
                     "Recommendations", "The Executive is asked to:"):
            document.add_paragraph(text)
        document.add_paragraph("note how the portfolio did in the quarter; and", style="List Number")
        document.add_paragraph("approve the Staying Close offer.", style="List Number")
        rows = [("What we measure", "How we did"),
                ("Children looked after It tells us whether demand is rising or falling. Target: 500",
                 "552 at the end of Quarter 3, compared with 540 at the end of Quarter 2. Rated Red."),
                ("Children in need placed out of area (for context) No target: context only.",
                 "74 in Quarter 3 (Quarter 2: 70).")]
        table = document.add_table(rows=0, cols=2)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text

    findings = convert_file(tmp_path, docx_with(tmp_path, build))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2023, 12, 31), None)]
    assert [c.text for c in findings.candidates] == ["approve the Staying Close offer."]


def test_a_web_page_s_disclosures_summaries_are_figures_under_the_date_above_them(tmp_path):
    """A page of <details>, each summary 'Indicator: value (RAG)' (read as a heading) over
    its earlier quarters and rate: each summary a figure as of 'The value shown is at ...',
    however short its name ('CIN'), the rate line under it its rate."""
    page = ("<html><body><h1>Children's Services: Quarterly Portfolio Report</h1>"
            "<p>Date of meeting: 19 March 2024</p>"
            "<p>Report of: Cllr Barrie Cooper, Executive Member for Children's Services</p>"
            "<h2>How we performed in Quarter 3 2023/24</h2>"
            "<p>Select an indicator to see its earlier quarters. The value shown is at 31 December 2023.</p>"
            "<details><summary>CIN: 1,846* (Red)</summary><p>Q2 2023/24: 1,790</p><p>Target: 1,800</p></details>"
            "<details><summary>Children looked after: 552 (Red)</summary><p>Q2 2023/24: 540</p>"
            "<p>Rate per 10,000 children (Q3 2023/24): 64.3</p>"
            "<p>Rate per 10,000 children (Q2 2023/24): 63.0</p></details>"
            "</body></html>")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    assert figures(convert_file(tmp_path, path)) == [
        ("children-in-need", 1846, dt.date(2023, 12, 31), None),
        ("children-looked-after", 552, dt.date(2023, 12, 31), 64.3)]


def test_rates_in_notes_under_a_table_are_its_rows_rates_in_order(tmp_path):
    """A table of counts whose rates are notes under it, keyed by superscript letters the
    reader leaves out ('a Equivalent to 64.3 per 10,000 children ...'): in the rows' order,
    where there are as many notes as rows of measures that take a rate."""
    def build(document):
        document.add_paragraph("Date of meeting: 19 March 2024")
        document.add_paragraph("Report of: Cllr Barrie Cooper, Executive Member for Children's Services")
        rows = [("Indicator", "Q2 2023/24", "Q3 2023/24", "Target"), ("Children in need", "1,790", "1,846", "1,800"),
                ("Children looked after", "540", "552", "500")]
        table = document.add_table(rows=0, cols=4)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        table.rows[2].cells[2].paragraphs[0].add_run("a").font.superscript = True
        note = document.add_paragraph()
        note.add_run("a").font.superscript = True
        note.add_run(" Equivalent to 64.3 per 10,000 children aged 0-17 at 31 December 2023 (Q2: 63.0).")

    assert figures(convert_file(tmp_path, docx_with(tmp_path, build))) == [
        ("children-in-need", 1846, dt.date(2023, 12, 31), None),
        ("children-looked-after", 552, dt.date(2023, 12, 31), 64.3)]


def test_a_table_a_quarter_under_captions_gives_the_latest_quarter_s_figures(tmp_path):
    """A web page's tables, one a quarter, the latest first, each under a caption naming its
    quarter ('Quarter 3 2023/24: October to December 2023'): the latest table's figures, as of
    its quarter's end; the earlier tables' are earlier periods."""
    def table(rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"

    page = ("<html><body><h1>Children's Services performance</h1><p>Date of meeting: 19 March 2024</p>"
            "<p>Report of: Cllr Barrie Cooper, Executive Member for Children's Services</p>"
            "<p>Quarter 3 2023/24: October to December 2023</p>"
            + table([("Indicator", "Result", "Target"), ("Children looked after", "552", "500"),
                     ("Children in need", "1,846", "1,800")])
            + "<h2>Earlier quarters</h2><p>Quarter 2 2023/24: July to September 2023</p>"
            + table([("Indicator", "Result", "Target"), ("Children looked after", "540", "500"),
                     ("Children in need", "1,790", "1,800")])
            + "</body></html>")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    assert figures(convert_file(tmp_path, path)) == [
        ("children-looked-after", 552, dt.date(2023, 12, 31), None),
        ("children-in-need", 1846, dt.date(2023, 12, 31), None)]


def test_actual_over_target_cells_and_a_comment_row_s_rate(tmp_path):
    """'Q3 2023/24 actual / target' over '552 / 560': the actual, the quarter's; a 'Comment:'
    row merged under the measure's ('... That is a rate of 64.3 per 10,000 children ...') gives
    its rate."""
    def build(document):
        document.add_paragraph("Date of meeting: 19 March 2024")
        document.add_paragraph("Report of: Cllr Barrie Cooper, Executive Member for Children's Services")
        rows = [("Indicator", "Q2 2023/24 actual / target", "Q3 2023/24 actual / target", "% of target"),
                ("Children looked after", "540 / 560", "552 (p) / 560", "99%"),
                ("Comment: 552 at the end of the quarter. That is a rate of 64.3 per 10,000 children.",) * 4,
                ("Children in need", "1,790 / 1,800", "1,846 / 1,800", "103%")]
        table = document.add_table(rows=0, cols=4)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text

    assert figures(convert_file(tmp_path, docx_with(tmp_path, build))) == [
        ("children-looked-after", 552, dt.date(2023, 12, 31), 64.3),
        ("children-in-need", 1846, dt.date(2023, 12, 31), None)]

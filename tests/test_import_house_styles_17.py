"""The readers and finders on house styles learnt from held-out sets 17 and 18 (after their
blind scores): Outcomes Based Accountability report cards, a KPI flash e-mail with dot
leaders and a 'Data period' field, a cover whose fields are paragraphs of their own, the
report's stated period dating figures read as lines, a PDF's narrow cells and a row cut by a
page break, what a stained scan and a scan's lists do, and an annual outturn report's
thousands set off by spaces. Each on a small document."""
from __future__ import annotations

import datetime as dt

from generator.importers.document import Block, Document, Scan
from generator.importers.normalise import normalise
from test_import_house_styles import convert_file
from test_import_layouts import figures, found
from test_import_readers import docx_with, paragraphs

COVER = ("Report to: Cabinet\nDate of meeting: 19 March 2024\n"
         "Report of: Cllr John Ahmed, Executive Member for Housing\n\n")


def test_a_report_card_s_latest_row_is_the_figure_its_caption_names(tmp_path):
    """'Report card 1: Referrals received' over a table a period a row ('Previous quarter
    (Q2 2023/24)', 'Latest (Q3 2023/24, to 31 December 2023)', 'Target'), words between."""
    def build(document):
        document.add_paragraph("Date of meeting: 19 March 2024")
        document.add_paragraph("Report of: Cllr John Ahmed, Executive Member for Housing")
        document.add_paragraph("Report card 1: Referrals received")
        rows = [("Question", "How much did we do?"), ("Baseline (2021/22)", "402"),
                ("Previous quarter (Q2 2023/24)", "488"), ("Latest (Q3 2023/24, to 31 December 2023)", "505 (p)"),
                ("Target 2023/24", "550"), ("Trend", "Improving"),
                ("Story behind the baseline", "Demand rose after the changes to the front door.")]
        table = document.add_table(rows=0, cols=2)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text

    assert figures(convert_file(tmp_path, docx_with(tmp_path, build))) == [
        ("housing-referrals", 505, dt.date(2023, 12, 31), None)]


def test_a_flash_e_mail_s_data_period_dates_its_dot_leader_figures(tmp_path):
    """'Data period ...... Q3 2023/24 (to 31 December 2023)' dates every figure the e-mail
    does not date otherwise; a 'rate ......' line under a figure is its rate; a line whose
    label narrows the measure ('... bids placed (context only) ........ 74') is none."""
    findings = found(tmp_path, (
        "To: Cabinet Members; Corporate Management Team\n"
        "Subject: KPI FLASH - Children's Services - Q3 2023/24\n\n"
        "Cabinet Member ........ Cllr Barrie Cooper (Executive Member for Children's Services)\n"
        "Report to ............. Cabinet, 19/03/2024\n"
        "Data period ........... Q3 2023/24 (to 31 December 2023)\n\n"
        "HEADLINE MEASURES\n=================\n\n"
        "Children looked after ............................ 552\n"
        "      [Q2: 540 | target 500 | RED]\n"
        "      rate ......................................... 64.3 per 10,000 children\n"
        "Children in need placed out of area (context only) ........ 74\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2023, 12, 31), 64.3)]
    # the meeting is the dot-leader field's, not the e-mail's addressees
    assert (findings.meeting.value, findings.date.value) == ("Cabinet", dt.date(2024, 3, 19))


def test_a_label_that_narrows_a_measure_gives_no_figure_of_it(tmp_path):
    """'Referrals received from partners: 39' counts a part of the referrals, as a table's row
    so labelled would."""
    findings = found(tmp_path, COVER + "Figures at 31 December 2023\n\nReferrals received from partners: 39\n")
    assert figures(findings) == []


def test_the_period_a_report_says_it_covers_dates_figures_it_reads_as_lines(tmp_path):
    """'To report ... performance for Quarter 3 2023/24 (to 31 December 2023)': a figure
    the report dates no other way is as of that end, not the meeting's day."""
    findings = found(tmp_path, COVER + "Purpose\n\nTo report the Housing portfolio's performance for "
                                       "Quarter 3 2023/24 (to 31 December 2023) and to seek the decisions below.\n\n"
                                       "Performance\n\nReferrals received: 505\n")
    assert figures(findings) == [("housing-referrals", 505, dt.date(2023, 12, 31), None)]


def test_a_cover_of_fields_a_paragraph_each_gives_the_meeting_date_and_member(tmp_path):
    """A protected form's fields, the label one paragraph and its value the next."""
    path = docx_with(tmp_path, lambda d: [d.add_paragraph(t) for t in (
        "Report to", "Executive", "Date of meeting", "Tuesday 19 March 2024", "Executive Member",
        "Councillor John Ahmed, Executive Member for Housing", "Report date", "8 March 2024")])
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.date.words, findings.member.value) == (
        dt.date(2024, 3, 19), "Date of meeting: Tuesday 19 March 2024", "john-ahmed")


def test_the_cover_s_date_outranks_a_meeting_in_the_report_s_timetable(tmp_path):
    """'Scrutiny Committee: Thursday 30 April 2024' under 'Next steps' is neither the
    meeting's date nor a commitment."""
    path = docx_with(tmp_path, lambda d: [
        d.add_paragraph("Date: Tuesday 19 March 2024"),
        d.add_paragraph("Portfolio holder: Cllr John Ahmed (Executive Member for Housing)"),
        d.add_heading("1. Summary", 2), d.add_paragraph("The quarter went well."),
        d.add_heading("2. Recommendations", 2), d.add_paragraph("Cabinet is asked to approve the Allocations Policy."),
        d.add_heading("3. Next steps", 2), d.add_paragraph("Scrutiny Committee: Thursday 30 April 2024",
                                                           style="List Bullet")])
    findings = convert_file(tmp_path, path)
    assert findings.date.value == dt.date(2024, 3, 19)
    assert "Scrutiny Committee: Thursday 30 April 2024" not in [c.text for c in findings.candidates]


def pdf_blocks(*blocks: Block) -> list[Block]:
    return normalise(Document(blocks=list(blocks), format="pdf")).blocks


def test_a_pdf_s_narrow_cells_broken_words_and_a_row_cut_by_a_page_break_are_mended():
    """'Jobs created or safeguarde d' (a word broken at a narrow column's edge), a note run
    into the last row's label, and a label's last line carried to the next page."""
    first = Block("table", where="page 1", page=1, rows=(
        ("Indicator", "Q1 23/24", "Q2 23/24"), ("Jobs created or safeguarde d", "367", "428"),
        ("Disabled Facilities Grants", "81", "92")))
    carried = Block("paragraph", "completed", "page 2", page=2)
    rest = Block("table", where="page 2", page=2, rows=(("Young people NEET 1 provisional, subject to validation",
                                                         "169", "177"),))
    assert [b.rows for b in pdf_blocks(first, carried, rest)] == [(
        ("Indicator", "Q1 23/24", "Q2 23/24"), ("Jobs created or safeguarded", "367", "428"),
        ("Disabled Facilities Grants completed", "81", "92"), ("Young people NEET", "169", "177"))]


def scanned(*blocks: Block) -> Document:
    return Document(blocks=list(blocks), format="pdf", scan=Scan("Tesseract 5.3.0", 1, 88))


def test_a_stain_read_as_marks_is_no_column_and_no_block():
    """A water stain beside the recommendations, read as a column of marks; a list whose
    numbers lost their stops, in one paragraph; 'Action Plan; and' is an item, no title."""
    blocks = [Block("paragraph", "Recommendations", "page 1", page=1, confidence=(95,)),
              Block("paragraph", "Executive is recommended to:", "page 1", page=1, confidence=(95,)),
              Block("paragraph", "1 note the report cards;\n2 agree the trial of weekly food waste collections;",
                    "page 1", page=1, confidence=(90, 90)),
              Block("paragraph", "{", "page 1", page=1, confidence=(30,)),
              Block("paragraph", "3 endorse the Air Quality Action Plan; and", "page 1", page=1, confidence=(90,)),
              Block("table", where="page 1", page=1, confidence=(80, 60),
                    rows=(("4 approve the Tree and Woodland Strategy.", "\\"), ("3. Background", "%")))]
    assert paragraphs(normalise(scanned(*blocks)))[2:] == [
        ("paragraph", "1", "note the report cards;"),
        ("paragraph", "2", "agree the trial of weekly food waste collections;"),
        ("paragraph", "3", "endorse the Air Quality Action Plan; and"),
        ("paragraph", "4", "approve the Tree and Woodland Strategy."),
        ("heading", None, "Background")]


def test_an_item_that_ends_in_action_plan_and_is_an_item_not_a_title(tmp_path):
    findings = found(tmp_path, COVER + "2. Recommendations\n\n2.1 Cabinet is recommended to:\n\n"
                                       "1. note the report cards;\n\n2. endorse the Air Quality Action Plan; and\n\n"
                                       "3. approve the Tree and Woodland Strategy.\n")
    assert [c.text for c in findings.candidates] == ["endorse the Air Quality Action Plan.",
                                                     "approve the Tree and Woodland Strategy."]


def test_a_quarter_whose_q_ocr_read_as_a_nought_is_the_quarter():
    from generator.importers.periods import period_of

    assert [period_of(h).end for h in ("Latest (02 2018/19, to 30 September 2018)", "O3 2018/19")] == [
        dt.date(2018, 9, 30), dt.date(2018, 12, 31)]
    assert period_of("10 2018/19").end == dt.date(2019, 3, 31)  # ten, then a year: no quarter


def test_items_numbered_2_1_2_2_under_their_lead_in_in_one_paragraph_are_items(tmp_path):
    """A print driver's PDF sets the lead-in and its items as one paragraph, each item's
    number followed by a lower-case word ('2.1 note ...'), which alone could be a figure's
    line: as a series after a lead-in, they are items."""
    findings = found(tmp_path, COVER + "Recommendations\n\nCabinet is recommended to:\n"
                                       "2.1 note the performance information in section 3;\n"
                                       "2.2 agree the Business Rates Relief scheme for new shops; and\n"
                                       "2.3 endorse the Local Skills Plan agreed with the college.\n")
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("2.2", "agree the Business Rates Relief scheme for new shops."),
        ("2.3", "endorse the Local Skills Plan agreed with the college.")]
    run_on = found(tmp_path / "run-on", COVER + "Recommendations\n\nCabinet is recommended to:\n"
                                                "2.1 note the performance information in section 3;\n"
                                                "2.2 endorse the Inclusion Charter; and 2.3 approve the SEND Plan.\n")
    assert [(c.number, c.text) for c in run_on.candidates] == [("2.2", "endorse the Inclusion Charter."),
                                                               ("2.3", "approve the SEND Plan.")]


# --- learnt from held-out set 18 (after its blind scores) ---------------------------------

def test_thousands_set_off_by_a_space_in_a_table_s_cell_are_one_figure():
    """'5 256' (a no-break space, as a performance system exports it) in its own cell is
    5,256; figures in cells of their own are never run together."""
    table = Block("table", where="page 1", page=1, rows=(
        ("Measure", "2017/18 outturn", "2018/19 outturn"), ("Referrals received", "5\u00a0150", "5 166 (p)"),
        ("Households in temporary accommodation", "129", "128")))
    assert [b.rows for b in pdf_blocks(table)] == [(
        ("Measure", "2017/18 outturn", "2018/19 outturn"), ("Referrals received", "5,150", "5,166 (p)"),
        ("Households in temporary accommodation", "129", "128"))]


def test_an_outturn_report_s_data_as_at_field_dates_its_year_at_a_glance(tmp_path):
    findings = found(tmp_path, "Date: Tuesday 10 September 2019\n"
                               "Cabinet Member: Cllr John Ahmed, Executive Member for Housing\n"
                               "Outturn data as at: 31 March 2019\nPublished: 29 August 2019\n\n"
                               "The year at a glance\n\n- Referrals received: 292 (p) in 2018/19.\n")
    assert figures(findings) == [("housing-referrals", 292, dt.date(2019, 3, 31), None)]


def test_a_cover_row_whose_gap_is_narrow_keeps_its_value(tmp_path):
    """A web page's details table printed: 'Date of meeting' so long that the gap to its value
    is too narrow to make the line a row on its own; it is a row of the table still."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from generator.importers.read import read_document

    pdf = canvas.Canvas(str(tmp_path / "page.pdf"), pagesize=A4)
    for n, (label, value) in enumerate([("Meeting", "Cabinet"), ("Date of meeting", "18 February 2020"),
                                        ("Agenda item", "8"), ("Portfolio holder", "Councillor John Ahmed"),
                                        ("Lead officer", "Robert Ingleby, SEND Improvement Lead")]):
        y = 780 - 21 * n
        pdf.setFont("Helvetica-Bold", 10.5)
        pdf.drawString(58.2, y, label)
        pdf.setFont("Helvetica", 10.5)
        pdf.drawString(153.5, y, value)
    pdf.save()
    document = normalise(read_document(tmp_path / "page.pdf", (tmp_path / "page.pdf").read_bytes()))
    assert [b.rows for b in document.blocks if b.kind == "table"] == [(
        ("Meeting", "Cabinet"), ("Date of meeting", "18 February 2020"), ("Agenda item", "8"),
        ("Portfolio holder", "Councillor John Ahmed"), ("Lead officer", "Robert Ingleby, SEND Improvement Lead"))]

"""The readers and finders on house styles learnt from held-out set 15 (after its one blind
score): a performance table framed in a table (ODT and Word), an 'At a glance' panel of
tiles, a measure said in other words or with its bracketed qualifier written out, a figure
a PDF's line break set at a line's end, Word's 'Save as Plain Text' with a row named from a
number ('4-week quitters'), a row for a part of a measure, and what OCR does to a scanned
table and heading. Each on a small document."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.content.config import load_config
from generator.content.problems import Problems
from generator.importers.convert import convert
from generator.importers.document import Block, Document, Scan
from generator.importers.metric_names import MetricNames
from generator.importers.normalise import normalise
from test_import_house_styles import convert_file, docx_with
from test_import_layouts import MEMBERS, METRICS, PORTFOLIOS, figures, found
from test_import_readers import model, odt, paragraphs, tables
from tinysite import make_site

COVER = ("Report to: Cabinet\nDate of meeting: 19 March 2024\n"
         "Report of: Cllr John Ahmed, Executive Member for Housing\n\n")
ASC_COVER = ("Report to: Cabinet\nDate of meeting: 31 October 2017\n"
             "Portfolio: Adult Social Care and Health\n\n")
MORE_METRICS = METRICS + """\
care-home-admissions:
  {label: Permanent admissions to care homes (65+), description: d, unit: admissions,
   portfolio: adult-social-care}
quitters:
  {label: 4-week quitters, description: d, unit: people, portfolio: adult-social-care}
major-planning:
  {label: Major planning applications determined within 13 weeks (%), description: d, unit: percent,
   portfolio: housing}
"""


def found_with_more_metrics(tmp_path: Path, text: str, name: str = "report.txt", extra_metrics: str = ""):
    site = make_site(tmp_path / "site", reports={}, config={"portfolios.yml": PORTFOLIOS, "members.yml": MEMBERS,
                                                             "metrics.yml": MORE_METRICS + extra_metrics})
    problems = Problems()
    cfg = load_config(site / "site_config", site, problems)
    assert not problems.errors, problems.sorted()
    result = convert(Path(name), text.encode("utf-8"), cfg, MetricNames(cfg))
    assert result.failure is None, result.failure
    return result.findings


def _cell(text: str) -> str:
    return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"


def test_an_odt_table_framed_in_a_table_is_read_as_the_table_inside(tmp_path):
    """A frame holding a one-column table: its caption in the first row, the performance
    table nested in the second. The inner table keeps its rows and columns."""
    inner = ("<table:table><table:table-row>" + "".join(map(_cell, ["Indicator", "Q2 23/24", "Q3 23/24", "Target"]))
             + "</table:table-row><table:table-row>"
             + "".join(map(_cell, ["Referrals received", "546", "505", "550"])) + "</table:table-row></table:table>")
    body = ("<text:p>Date of meeting: 19 March 2024</text:p>"
            "<text:p>Report of: Cllr John Ahmed, Executive Member for Housing</text:p>"
            "<text:p><draw:frame><draw:text-box><table:table>"
            "<table:table-row>" + _cell("Performance dashboard: figures at 31 December 2023") + "</table:table-row>"
            f"<table:table-row><table:table-cell>{inner}</table:table-cell></table:table-row>"
            "</table:table></draw:text-box></draw:frame></text:p>")
    path = odt(tmp_path, body)
    assert tables(model(path)) == [(("Indicator", "Q2 23/24", "Q3 23/24", "Target"),
                                    ("Referrals received", "546", "505", "550"))]
    assert figures(convert_file(tmp_path, path)) == [("housing-referrals", 505, dt.date(2023, 12, 31), None)]


def test_a_word_table_framed_in_a_table_is_read_as_the_table_inside(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Date of meeting: 19 March 2024")
    document.add_paragraph("Report of: Cllr John Ahmed, Executive Member for Housing")
    frame = document.add_table(rows=2, cols=1)
    frame.cell(0, 0).text = "Performance dashboard: figures at 31 December 2023"
    inner = frame.cell(1, 0).add_table(rows=2, cols=3)
    for r, row in enumerate([("Indicator", "Q2 23/24", "Q3 23/24"), ("Referrals received", "546", "505")]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "report.docx"
    document.save(path)
    assert tables(model(path)) == [(("Indicator", "Q2 23/24", "Q3 23/24"), ("Referrals received", "546", "505"))]
    assert figures(convert_file(tmp_path, path)) == [("housing-referrals", 505, dt.date(2023, 12, 31), None)]


def test_an_at_a_glance_panel_reads_each_tile_on_its_own(tmp_path):
    """Tiles laid out as a table, each a figure and its words, whichever comes first: a
    tile's 'Same time last year' or 'Target' figure is not the measure's, and its rate is
    its own, not the next tile's number."""
    import docx

    document = docx.Document()
    document.add_paragraph("Council meeting: Wednesday 7 June 2017")
    document.add_paragraph("Portfolio Holder: Cllr Barrie Cooper, Children's Services")
    document.add_paragraph("At a glance – figures at 31 March 2017")
    panel = document.add_table(rows=2, cols=2)
    tiles = [["£9.4m invested in the service this year", "712 Children looked after 212.3 per 10,000 children"],
             ["Children in need 1,190 Same time last year: 1,100", "Assessments completed 570 Target: 560"]]
    for r, row in enumerate(tiles):
        for c, text in enumerate(row):
            cell = panel.cell(r, c)
            cell.text = ""
            for k, part in enumerate(text.replace(" Same", "\nSame").split("\n")):
                (cell.paragraphs[0] if k == 0 else cell.add_paragraph()).add_run(part)
    path = tmp_path / "report.docx"
    document.save(path)
    assert figures(convert_file(tmp_path, path)) == [
        ("children-looked-after", 712, dt.date(2017, 3, 31), 212.3),
        ("children-in-need", 1190, dt.date(2017, 3, 31), None),
        ("assessments-childrens", 570, dt.date(2017, 3, 31), None)]


def test_a_measure_said_in_other_words_is_read_but_not_across_a_clause(tmp_path):
    """'referrals under the duty we received' holds every word of 'Referrals received';
    words split by a clause's break ('referrals fell; 505 ... were received') do not name it."""
    said = found(tmp_path, COVER + "There were 505 referrals we received on 31 December 2023.\n")
    assert figures(said) == [("housing-referrals", 505, dt.date(2023, 12, 31), None)]
    split = found(tmp_path, COVER + "Referrals fell; 505 applications were received on 31 December 2023.\n")
    assert figures(split) == []


def test_a_bracketed_qualifier_written_out_in_the_sentence_still_names_the_measure(tmp_path):
    """'Permanent admissions to care homes (65+)' as a report's sentence says it."""
    findings = found_with_more_metrics(tmp_path, ASC_COVER + (
        "There were a provisional 76 permanent admissions to care homes of people aged 65+ "
        "on 30 September 2017.\n"))
    assert figures(findings) == [("care-home-admissions", 76, dt.date(2017, 9, 30), None)]


def test_word_save_as_plain_text_reads_a_row_named_from_a_number(tmp_path):
    """Every cell on its own line: '4-week quitters' starts a row, it is not a value."""
    cells = ["Indicator", "Q1 2017/18", "Q2 2017/18", "Q3 2017/18", "Target",
             "Assessments completed", "893", "1,086", "973", "860",
             "4-week quitters", "222", "191", "181", "180"]
    findings = found_with_more_metrics(tmp_path, ASC_COVER + "Table 1 gives the position at 31 December 2017.\n"
                                       + "\r\n".join(cells) + "\r\n\r\n")
    assert figures(findings) == [("asc-assessments", 973, dt.date(2017, 12, 31), None),
                                 ("quitters", 181, dt.date(2017, 12, 31), None)]


def pdf_lines(tmp_path: Path, lines: list[str]) -> Path:
    """Lines drawn where given, as a word processor wraps a paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    for n, line in enumerate(lines):
        page.drawString(72, A4[1] - 72 - 13 * n, line)
    page.save()
    return path


def test_a_figure_a_pdf_line_break_left_at_a_line_s_end_stays_in_its_sentence(tmp_path):
    """'... there were 84' / 'Section 42 safeguarding enquiries ...': one sentence. Short
    lines of a label and its value stay a line each."""
    path = pdf_lines(tmp_path, [
        "3.4 At the end of Quarter 2 2017/18 (30 September 2017) there were 84",
        "Section 42 safeguarding enquiries started, which is down from 93 at the end of",
        "the previous quarter and compared with 77 a year earlier, we had aimed for 100.",
        "", "Children looked after 552", "Children in need 1,210"])
    assert paragraphs(model(path)) == [
        ("paragraph", "3.4", "At the end of Quarter 2 2017/18 (30 September 2017) there were 84 Section 42 "
                             "safeguarding enquiries started, which is down from 93 at the end of the previous "
                             "quarter and compared with 77 a year earlier, we had aimed for 100."),
        ("paragraph", None, "Children looked after 552\nChildren in need 1,210")]


def test_a_row_for_a_part_of_a_measure_is_not_the_measure(tmp_path):
    """'Referrals received from hospitals' counts a part; 'Referrals received (snapshot)' is
    the measure."""
    def table_of(label: str):
        return docx_with(tmp_path, ["Date of meeting: 19 March 2024",
                                    "Report of: Cllr John Ahmed, Executive Member for Housing",
                                    "Figures at 31 December 2023",
                                    [("Indicator", "Q2 23/24", "Q3 23/24"), (label, "41", "44"),
                                     ("Children in need", "1,190", "1,210")]])

    assert figures(convert_file(tmp_path, table_of("Referrals received from hospitals"))) == []
    assert figures(convert_file(tmp_path, table_of("Referrals received (snapshot)"))) == [
        ("housing-referrals", 44, dt.date(2023, 12, 31), None)]


def test_a_row_that_names_its_measure_twice_is_the_measure(tmp_path):
    """'LAC / Children looked after' (as a bilingual table or an abbreviation beside its
    name sets it): the second name narrows nothing."""
    path = docx_with(tmp_path, ["Date of meeting: 19 March 2024",
                                "Report of: Cllr Barrie Cooper, Executive Member for Children's Services",
                                "Figures at 31 December 2023",
                                [("Indicator", "Q2 23/24", "Q3 23/24"), ("LAC / Children looked after", "541", "552")]])
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 552, dt.date(2023, 12, 31), None)]


def scanned(*blocks: Block) -> Document:
    return Document(blocks=list(blocks), format="pdf", scan=Scan("Tesseract 5.3.0", 1, 88))


def typed(*blocks: Block) -> Document:
    return Document(blocks=list(blocks), format="pdf")


def test_a_scanned_table_s_header_read_apart_from_its_rows_is_put_back_over_them():
    """OCR ran the column headings into one cell and each first figure into its label."""
    header = Block("table", where="page 3", page=3, confidence=(90,),
                   rows=(("Indicator", "Q1 2013/14 Q2 2013/14 Q3 2013/14 Target", "RAG"),))
    body = Block("table", where="page 3", page=3, confidence=(88, 91),
                 rows=(("Children in need 675", "653", "", "573", "580", "Green"),
                       ("Children looked after 169", "208", "185", "200", "Red")))
    assert tables(normalise(scanned(header, body))) == [(
        ("Indicator", "Q1 2013/14", "Q2 2013/14", "Q3 2013/14", "Target", "RAG"),
        ("Children in need", "675", "653", "573", "580", "Green"),
        ("Children looked after", "169", "208", "185", "200", "Red"))]


def test_a_scanned_table_ocr_split_on_one_page_is_one_table():
    top = Block("table", where="page 2", page=2, confidence=(90, 90),
                rows=(("Indicator", "Q1 2020/21", "Q2 2020/21"), ("Children looked after", "540", "552")))
    rest = Block("table", where="page 2", page=2, confidence=(85,), rows=(("Children in need", "1,190", "1,210"),))
    assert tables(normalise(scanned(top, rest))) == [
        (("Indicator", "Q1 2020/21", "Q2 2020/21"), ("Children looked after", "540", "552"),
         ("Children in need", "1,190", "1,210"))]
    assert len(tables(normalise(typed(top, rest)))) == 2  # a typed PDF's two tables stay two


def test_a_footnote_marker_ocr_ran_into_a_scanned_figure_is_left_out():
    table = Block("table", where="page 2", page=2, confidence=(90, 90),
                  rows=(("Indicator", "Q3 2018/19", "Q4 2018/19", "Target"),
                        ("Safeguarding enquiries", "91", "1031", "100"),
                        ("Children in need", "1,190", "1,210", "1,200")))
    assert tables(normalise(scanned(table)))[0][1:] == (("Safeguarding enquiries", "91", "103", "100"),
                                                        ("Children in need", "1,190", "1,210", "1,200"))
    assert tables(normalise(typed(table)))[0][1][2] == "1031"  # a typed table prints what it means


def test_a_section_heading_ocr_misread_is_read_as_the_section():
    misread = Block("paragraph", "2. Heremmandations", "page 2", page=2, confidence=(61,))
    assert [(b.kind, b.text) for b in normalise(scanned(misread)).blocks] == [("heading", "Recommendations")]
    assert [(b.kind, b.text) for b in normalise(typed(misread)).blocks] == [("paragraph", "Heremmandations")]


def test_the_latest_figure_of_a_measure_given_unnamed_is_the_measure_s_nearest_so_far(tmp_path):
    """A question time record: 'the figure at 28 February 2023 was 2,139' names no measure;
    it is the later figure of the measure the report gave nearest it. Where none is near,
    or two are, it is not taken."""
    head = ("Report to: Cabinet\nDate of meeting: 30 March 2023\n"
            "Report of: Cllr John Ahmed, Executive Member for Housing\n\n"
            "The Cabinet Member said that at 31 December 2022 there were 2,018 referrals received.\n\n")
    later = found(tmp_path, head + "Officers reported that the figure at 28 February 2023 was 2,139.\n")
    assert figures(later) == [("housing-referrals", 2018, dt.date(2022, 12, 31), None),
                              ("housing-referrals", 2139, dt.date(2023, 2, 28), None)]
    far = found(tmp_path, head + "Officers reported that the figure at 28 February 2023 was 3,139.\n")
    assert figures(far) == [("housing-referrals", 2018, dt.date(2022, 12, 31), None)]


def test_a_figure_before_a_name_in_capitals_is_no_item_number(tmp_path):
    """'58 CPNs issued' in a key facts box and '37 Same month last year: 33' on a slide are
    figures; '8 Create a Youth Parliament' and '3 Target health checks at ...' are items."""
    document = model(docx_with(tmp_path, ["Key facts – at 28 February 2022", "1,157 domestic abuse incidents",
                                          "58 CPNs issued", "37 Same month last year: 33",
                                          "8 Create a Youth Parliament",
                                          "3 Target health checks at the most deprived wards"]))
    assert paragraphs(document)[2:] == [("paragraph", None, "58 CPNs issued"),
                                        ("paragraph", None, "37 Same month last year: 33"),
                                        ("paragraph", "8", "Create a Youth Parliament"),
                                        ("paragraph", "3", "Target health checks at the most deprived wards")]


def test_a_slide_s_big_figure_in_a_panel_beside_last_year_s_is_the_title_s_measure(tmp_path):
    """A slide titled with the measure, its date line, and the big figure in a panel beside
    'Same month last year: 1,865'; a chart's axis label ('200') is no figure."""
    from reportlab.lib.pagesizes import landscape, A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [Paragraph("Cabinet Member Briefing | Tuesday 21 June 2022", styles["Normal"]),
             Paragraph("Councillor Barrie Cooper, Executive Member for Children's Services", styles["Normal"]),
             PageBreak(), Paragraph("Children looked after", styles["Title"]),
             Paragraph("Children looked after at 31 May 2022", styles["Normal"]),
             Paragraph("That is 108.4 per 10,000 children aged 0-17", styles["Normal"]),
             Spacer(1, 24), Table([["370p", "Same month last year: 382"]],
                                  style=TableStyle([("GRID", (0, 0), (-1, -1), 1, "black")])),
             PageBreak(), Paragraph("Assessments completed: last six months", styles["Title"]),
             Paragraph("200", styles["Normal"])]
    path = tmp_path / "briefing.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 370, dt.date(2022, 5, 31), 108.4)]


def test_a_rate_said_after_a_figure_is_its_rate_on_its_page_only(tmp_path):
    """'That is 162.3 per 10,000 children.' just after a figure is that figure's rate; on the
    next page (the next slide's) it is not."""
    def briefing(*pages: str) -> Path:
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

        styles = getSampleStyleSheet()
        story = [Paragraph("Date of meeting: 22 February 2022", styles["Normal"]),
                 Paragraph("Report of: Cllr Barrie Cooper, Executive Member for Children's Services", styles["Normal"])]
        for n, page in enumerate(pages):
            story += ([PageBreak()] if n else []) + [Paragraph(line, styles["Normal"]) for line in page.split("\n")]
        path = tmp_path / "report.pdf"
        SimpleDocTemplate(str(path)).build(story)
        return path

    same = briefing("Children looked after: 554 at 31 December 2021.\nThat is 162.3 per 10,000 children.")
    assert figures(convert_file(tmp_path, same)) == [("children-looked-after", 554, dt.date(2021, 12, 31), 162.3)]
    apart = briefing("Children looked after: 554 at 31 December 2021.", "That is 162.3 per 10,000 children.")
    assert figures(convert_file(tmp_path, apart)) == [("children-looked-after", 554, dt.date(2021, 12, 31), None)]


def test_a_rate_row_under_a_row_for_a_part_of_the_measure_is_the_measure_s_rate(tmp_path):
    path = docx_with(tmp_path, ["Date of meeting: 22 February 2022",
                                "Report of: Cllr Barrie Cooper, Executive Member for Children's Services",
                                "Figures at 31 December 2021",
                                [("Indicator", "Q2 2021/22", "Q3 2021/22"), ("Children looked after", "541", "552"),
                                 ("Children looked after placed out of area", "30", "31"),
                                 ("Rate per 10,000 children", "80.1", "81.5")]])
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 552, dt.date(2021, 12, 31), 81.5)]


def test_a_blog_s_my_report_on_names_the_portfolio_and_so_its_member(tmp_path):
    """A member's blog post names no role, only 'my quarterly report on Housing', and is
    signed with a first name: the portfolio is the one the report was on, the member the
    one who held it that day."""
    findings = found(tmp_path, "On Tuesday 21st September 2021 I took my quarterly report on Housing to "
                               "Cabinet (it was item 11).\n\nThe numbers\n\n"
                               "Referrals received: 505 at 30 June 2021.\n\nJohn\n")
    assert (findings.portfolio.value, findings.member.value) == ("housing", "john-ahmed")


def test_where_the_report_goes_next_is_no_commitment(tmp_path):
    """'The report will be presented to the Overview and Scrutiny Committee on ...' under
    'Next steps' says where the report goes, not what the council will do."""
    findings = found(tmp_path, COVER + "2. Recommendations\n\n2.1 The Cabinet is recommended to:\n\n"
                                       "(i) approve the Allocations Policy review.\n\n6. Next steps\n\n"
                                       "6.1 The report will be presented to the Overview and Scrutiny Committee "
                                       "on Wednesday 29 May 2024.\n\n"
                                       "6.2 The Overview and Scrutiny Committee will look at this report in May.\n\n"
                                       "6.3 We will open the new hostel by March.\n")
    assert [c.text for c in findings.candidates] == ["approve the Allocations Policy review.",
                                                     "We will open the new hostel by March."]


def test_a_table_headed_by_quarters_keeps_its_header_in_the_draft():
    """'Indicator | Q4 22/23 | Q1 23/24' heads the table in the draft's body; only a first row
    of figures makes the draft name the columns itself."""
    from generator.importers.draft import render_table

    headed = Block("table", rows=(("Indicator", "Q4 22/23", "Q1 23/24"), ("Temporary accommodation", "143", "147")))
    assert render_table(headed).splitlines()[:3] == ["| Indicator | Q4 22/23 | Q1 23/24 |", "| --- | --- | --- |",
                                                     "| Temporary accommodation | 143 | 147 |"]
    bare = Block("table", rows=(("Temporary accommodation", "143", "147*"),))
    assert render_table(bare).splitlines()[0] == "| Measure | Figure | Column 3 |"


def test_a_label_naming_the_body_names_the_meeting(tmp_path):
    findings = found(tmp_path, "Portfolio Holder Update\n\nCouncil meeting: Wednesday 7 June 2017\n"
                               "Portfolio Holder: Cllr John Ahmed, Housing\n\n"
                               "Referrals received: 505 at 31 March 2017.\n")
    assert (findings.meeting.value, findings.meeting.words) == ("Council", "Council meeting: Wednesday 7 June 2017")
    assert findings.date.value == dt.date(2017, 6, 7)


def test_a_slide_s_big_figure_on_the_line_of_last_year_s_is_the_title_s_measure(tmp_path):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph("Cabinet Member Briefing | Tuesday 21 June 2022", styles["Normal"]),
             Paragraph("Councillor Barrie Cooper, Executive Member for Children's Services", styles["Normal"]),
             PageBreak(), Paragraph("Children looked after", styles["Title"]),
             Paragraph("Children looked after at 31 May 2022", styles["Normal"]), Spacer(1, 36),
             Paragraph("370 Same month last year: 382", styles["Normal"])]
    path = tmp_path / "briefing.pdf"
    SimpleDocTemplate(str(path)).build(story)
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 370, dt.date(2022, 5, 31), None)]


def test_a_table_s_footnote_keeps_its_star_and_a_starred_bullet_is_a_bullet(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Key facts\n\n* provisional, subject to validation.\n\n* Reduce the use of agency staff\n", "utf-8")
    assert [(b.text, b.bullet) for b in model(path).blocks[1:]] == [("* provisional, subject to validation.", False),
                                                                    ("Reduce the use of agency staff", True)]


def test_a_percentage_said_before_its_measure_in_other_words_is_its_figure(tmp_path):
    """'59.1% of major planning applications decided within 13 weeks': councils say 'decided'
    for 'determined', and the name's own number is no figure; a year earlier's is not it."""
    findings = found_with_more_metrics(tmp_path, COVER + (
        "In the quarter to 31 December 2023, 59.1% of major planning applications decided within 13 weeks, "
        "compared with 55.2% in the previous quarter and 54.0% a year earlier.\n"))
    assert figures(findings) == [("major-planning", 59.1, dt.date(2023, 12, 31), None)]

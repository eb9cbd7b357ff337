"""The finders on house styles learnt from held-out set 5 (after its one blind score): a
cover row that names the meeting body beside its date, a decision notice's 'Decision maker',
headline bullets and dashboard tiles dated by the line above them, long-format tables (a
row per indicator per quarter), letters marking footnotes, rates in brackets, priorities
titled in body text and standing wording about performance. Each on a small document."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.importers.dates import dates_in
from test_import_layouts import config, figures, found

HEADING = "Children's Services Executive Member Report to Council 4th September 2019\n\n"


@pytest.mark.parametrize("text, day", [("Date of decision: 2021-03-03", dt.date(2021, 3, 3)),
                                       ("Meeting: January 14, 2020", dt.date(2020, 1, 14)),
                                       ("at the thirty-first of December 2020", dt.date(2020, 12, 31)),
                                       ("on the twenty-second of March, 2021", dt.date(2021, 3, 22)),
                                       ("Date: Tuesday, 18th April, 201 7", dt.date(2017, 4, 18))])
def test_dates_written_the_iso_way_the_american_way_or_split_by_text_recognition(text, day):
    assert [d.date for d in dates_in(text)] == [day]


def test_an_iso_date_is_not_read_inside_a_reference_or_a_council_year():
    assert dates_in("Decision reference CMD/2019-094-12, for 2019-20") == []


def docx_with(tmp_path: Path, paragraphs_and_tables) -> Path:
    import docx

    document = docx.Document()
    for item in paragraphs_and_tables:
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        table = document.add_table(rows=0, cols=len(item[0]))
        for row in item:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    path = tmp_path / "report.docx"
    document.save(path)
    return path


def convert_file(tmp_path: Path, path: Path):
    from generator.importers.convert import convert
    from generator.importers.metric_names import MetricNames

    cfg = config(tmp_path)
    result = convert(path, path.read_bytes(), cfg, MetricNames(cfg))
    assert result.failure is None, result.failure
    return result.findings


def test_a_cover_row_naming_the_meeting_body_gives_its_date_but_a_subject_history_does_not(tmp_path):
    """'Cabinet | Tuesday 4 June 2019' is the meeting; a table listing the subject's earlier
    meetings ('Cabinet | 16 March 2019', 'Overview and Scrutiny Committee | ...') is not."""
    path = docx_with(tmp_path, [
        "Children's Services Position",
        [("Cabinet", "Tuesday 4 June 2019"), ("Lead Member", "Cllr B. Cooper, Lead Member for Children's Services"),
         ("Forward Plan Notice Published", "12/04/2019")],
        "PERFORMANCE AT 31 MARCH 2019",
        "SUBJECT HISTORY",
        [("Council Meeting", "Date"), ("Cabinet", "16 March 2019"), ("Overview and Scrutiny Committee", "9 May 2018")]])
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.date.words) == (dt.date(2019, 6, 4), "Cabinet: Tuesday 4 June 2019")
    assert (findings.portfolio.value, findings.member.value) == ("childrens-services", "barrie-cooper")


def test_a_decision_notice_s_decision_maker_is_the_member_not_the_meeting(tmp_path):
    path = docx_with(tmp_path, [
        "RECORD OF A CABINET MEMBER DECISION",
        [("Decision maker", "Cllr B. Cooper Executive Member for Children's Services"),
         ("Date of decision", "2019-09-04"), ("Date record published", "06/09/2019")]])
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")
    assert findings.meeting is None



def test_a_form_s_box_titles_set_as_headings_over_their_values_are_its_cover(tmp_path):
    """A decision record whose boxes are titled above them ('Decision maker' over the member's
    name and role): that is the member, not the colleague consulted further down."""
    import docx

    document = docx.Document()
    document.add_heading("RECORD OF EXECUTIVE DECISION", 1)
    for title, value in (("Date of decision", "4 September 2019"),
                         ("Decision maker", "Councillor John Ahmed, Executive Member for Housing"),
                         ("Consultation", "Councillor Barrie Cooper (Executive Member for Children's Services) "
                                          "was consulted.")):
        document.add_heading(title, 3)
        document.add_paragraph(value)
    path = tmp_path / "decision.docx"
    document.save(path)
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "housing", "john-ahmed")

def test_an_e_mail_s_sent_date_and_a_fax_s_stamp_are_not_the_meeting_s(tmp_path):
    findings = found(tmp_path, "From: Members' Services\nSent: Wednesday, 28 August 2019 17:07\n"
                               "To: All Members\n\n12/08/2019 11:19 FROM: DEMOCRATIC SERVICES P.001/005\n\n"
                               "REPORT OF THE EXECUTIVE MEMBER FOR CHILDREN'S SERVICES TO COUNCIL, "
                               "4 SEPTEMBER 2019\n")
    assert findings.date.value == dt.date(2019, 9, 4)


@pytest.mark.parametrize("over", ["The headlines for the portfolio at 31 July 2019 are:",
                                  "Our year at a glance: 31 July 2019",
                                  "These numbers are from the end of July 2019."])
def test_a_line_over_headline_bullets_or_tiles_dates_them(tmp_path, over):
    findings = found(tmp_path, HEADING + f"{over}\n\n552 children looked after (up from 540)\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None)]


def test_a_figure_that_has_moved_since_the_quarter_end_is_dated_by_its_own_date(tmp_path):
    findings = found(tmp_path, HEADING + "Since the quarter end the number of children in need has moved to "
                                         "1,846 (at 31 August 2019).\n\nMore recent data show 560 looked after "
                                         "children at 31 August 2019.\n")
    assert figures(findings) == [("children-in-need", 1846, dt.date(2019, 8, 31), None),
                                 ("children-looked-after", 560, dt.date(2019, 8, 31), None)]


def test_a_headline_led_by_a_flagged_figure_is_a_figure_not_an_item(tmp_path):
    findings = found(tmp_path, HEADING + "Key facts – at 31 July 2019\n\n"
                                         "552 (p) looked after children, a rate of 64.3 per 10,000 children "
                                         "(up from 540 last quarter)\n\n1,848 children placed with relatives\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), 64.3)]
    assert [u.words for u in findings.unmatched] == ["1,848 children placed with relatives"]


def test_a_comparator_council_s_or_the_nation_s_figure_is_not_the_report_s(tmp_path):
    findings = found(tmp_path, HEADING + "As at 31 July 2019:\n\n"
                                         "Nationally the comparable figure is 1,642 children looked after.\n\n"
                                         "Rowton Borough Council, our nearest neighbour, reports 681 children "
                                         "in need.\n")
    assert figures(findings) == []


def test_a_long_format_table_gives_each_indicator_s_latest_period_whatever_the_rows_order(tmp_path):
    findings = found(tmp_path, HEADING + (
        "Indicator\tPeriod\tPeriod end\tValue\tTarget\tStatus\n"
        "Children in need\tQ1 2019/20\t30/06/2019\t1,801\t1,800\tGreen\n"
        "Children looked after\tQ1 2019/20\t30/06/2019\t552\t500\tRed\n"
        "Children in need\tQ4 2018/19\t31/03/2019\t1,790\t1,800\tGreen\n"
        "Children looked after\tQ4 2018/19\t31/03/2019\t540\t500\tRed\n"))
    assert figures(findings) == [("children-in-need", 1801, dt.date(2019, 6, 30), None),
                                 ("children-looked-after", 552, dt.date(2019, 6, 30), None)]


def test_a_letter_marking_a_footnote_and_a_rate_in_brackets_in_a_table_cell(tmp_path):
    findings = found(tmp_path, HEADING + (
        "Measure\tQ4 2018/19\tQ1 2019/20\tEngland\n"
        "Children looked after\t540 (62.9)\t552a (64.3)\t(65.0)\n"
        "Children in need\t1,790\t1,846b\t-\n\n"
        "a Provisional. b Revised since the last report.\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), 64.3),
                                 ("children-in-need", 1846, dt.date(2019, 6, 30), None)]


def test_a_quarter_text_recognition_garbled_is_the_one_after_the_quarter_before_it(tmp_path):
    findings = found(tmp_path, HEADING + "Measure\tQl 2019/20\ta 2019/20\tEngland\n"
                                         "Children in need\t1,790\t1,846\t1,700\n")
    assert figures(findings) == [("children-in-need", 1846, dt.date(2019, 9, 30), None)]


def test_dashboard_tiles_in_a_table_and_a_trend_table_under_the_meeting_s_date(tmp_path):
    """Tiles ('552 Children looked after | £21.2m net budget') are lines, not a label beside a
    value; a date alone on a line above (the meeting's) does not outweigh the trend table's
    latest year, and the tile's figure, undated, is that table's."""
    findings = found(tmp_path, "Council\n\n4 September 2019\n\nPortfolio Holder Annual Report, Executive "
                               "Member for Children's Services\n\n"
                               "552 Children looked after\t£21.2m net budget 2018/19\n"
                               "1,846 Children in need\t7 service teams\n\n"
                               "Indicator\t2017/18\t2018/19\tTarget\n"
                               "Children looked after\t540\t552\t500\n")
    assert figures(findings) == [("children-in-need", 1846, dt.date(2019, 9, 4), None),
                                 ("children-looked-after", 552, dt.date(2019, 3, 31), None)]


PRIORITIES = HEADING + """\
Recommendations

1.1 It is recommended that the Executive:

(i) approves the Corporate Parenting Strategy;

(ii) notes the headline performance in section 3.

3 Context

Demand has risen this year.

4. Executive Member's priorities

4.1 Cllr B. Cooper has asked officers to concentrate on the following:

1. Open two small children's homes in the borough.

2. Visit every child on a plan on time.

My priorities for 2019/2020

a) Offer every care leaver a personal adviser.

Recommendation

That Council notes the Executive Member's annual report.
"""


def test_priorities_titled_in_body_text_are_commitments_and_standing_wording_is_not(tmp_path):
    findings = found(tmp_path, PRIORITIES)
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("(i)", "approves the Corporate Parenting Strategy."),
        ("1.", "Open two small children's homes in the borough."),
        ("2.", "Visit every child on a plan on time."),
        ("(a)", "Offer every care leaver a personal adviser.")]


def test_a_rate_in_a_notes_column_or_a_rate_row_set_in_emphasis(tmp_path):
    notes = found(tmp_path / "notes", HEADING + "As at 31 July 2019:\n\nMeasure\tFigure\tNotes\n"
                                               "Children looked after\t552\t64.3 per 10,000 children aged 0-17\n")
    assert figures(notes) == [("children-looked-after", 552, dt.date(2019, 7, 31), 64.3)]
    emphasis = found(tmp_path / "emphasis", HEADING + "Indicator\tQ4 2018/19\tQ1 2019/20\tTarget\n"
                                                     "Children looked after\t540\t552\t500\n"
                                                     "_Rate per 10,000_\t\t64.3\t\n")
    assert figures(emphasis) == [("children-looked-after", 552, dt.date(2019, 6, 30), 64.3)]


def test_a_web_page_s_figures_and_items_set_on_lines_by_soft_breaks_stay_apart(tmp_path):
    """'At the end of July 2019:<br>552 children looked after<br>1,846 children in need', and
    '1. Open ...<br>2. Visit ...': each line a figure or an item, not one run-on sentence."""
    findings = found(tmp_path, "<html><body><h1>Children's Services Executive Member Report to Council 4th "
                               "September 2019</h1><p>At the end of July 2019:<br><strong>552</strong> looked "
                               "after children in our care<br><strong>1,846</strong> children in need</p>"
                               "<p>Over the coming year we will:<br>1. Open two small children's homes<br>"
                               "2. Visit every child on a plan on time</p></body></html>", "report.html")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1846, dt.date(2019, 7, 31), None)]
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("1.", "Open two small children's homes"), ("2.", "Visit every child on a plan on time")]


def test_there_were_a_figure_and_four_words_before_the_metric_s_name(tmp_path):
    findings = found(tmp_path, HEADING + "These numbers are from the end of July 2019.\n\n"
                                         "There were 1,846 more families with children in need.\n")
    assert figures(findings) == [("children-in-need", 1846, dt.date(2019, 7, 31), None)]


def test_bulleted_priorities_are_commitments_each_with_its_own_anchor(tmp_path):
    """Text saved from a web page keeps Markdown's '- ' bullets: under a priorities title each
    is a commitment, named in the draft by its place ('item-bullet-2')."""
    findings = found(tmp_path, HEADING + "Recommendations\n\n(a) Approve the Corporate Parenting Strategy.\n\n"
                                         "Priorities for the coming year\n\nCllr B. Cooper has asked the service "
                                         "to focus on:\n\n- Cut the time families wait for an early help "
                                         "assessment\n- Find more homes for our children in the borough\n")
    assert [(c.number, c.text, c.anchor) for c in findings.candidates] == [
        ("(a)", "Approve the Corporate Parenting Strategy.", "item-a"),
        ("", "Cut the time families wait for an early help assessment", "item-bullet-1"),
        ("", "Find more homes for our children in the borough", "item-bullet-2")]


# --- house styles learnt from held-out set 6 (after its blind scores) -----------------------

GOVUK = """<html><body><main><span class="govuk-caption-l">Cabinet report</span>
<h1 class="govuk-heading-l">Children's Social Care Performance</h1>
<p class="govuk-body-s">Published 30 April 2019<br>Last updated 12 May 2019</p>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Meeting</dt>
<dd class="govuk-summary-list__value">Executive</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date</dt>
<dd class="govuk-summary-list__value">Wednesday 4 September 2019, 10am</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Report of</dt>
<dd class="govuk-summary-list__value">Cllr B. Cooper, Executive Member for Children's Services</dd></div>
</dl>
<table class="govuk-table"><caption class="govuk-table__caption">Table 1: Children's Services measures at
31 July 2019</caption>
<thead class="govuk-table__head"><tr><th scope="col" class="govuk-table__header">Measure</th>
<th scope="col" class="govuk-table__header">Q4 2018/19</th><th scope="col" class="govuk-table__header">Q1 2019/20</th>
</tr></thead><tbody><tr><th scope="row" class="govuk-table__header">Children looked after</th><td>540</td>
<td>552 <span class="govuk-body-s">(per 10k: 64.3)</span></td></tr></tbody></table></main></body></html>"""


def test_a_govuk_page_s_summary_list_is_its_cover_and_its_table_headers_are_kept(tmp_path):
    """GOV.UK's classes name a table's cells 'govuk-table__header': they are the table's, not
    the page's header; a summary list's 'Meeting' / 'Executive' is the cover's 'Meeting: Executive';
    a caption ending 'at <date>' dates the table under it."""
    findings = found(tmp_path, GOVUK, "report.html")
    assert (findings.date.value, findings.date.words) == (dt.date(2019, 9, 4), "Date: Wednesday 4 September 2019, 10am")
    assert (findings.portfolio.value, findings.member.value, findings.meeting.value) == (
        "childrens-services", "barrie-cooper", "Executive")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), 64.3)]


def test_a_bilingual_report_set_line_beside_its_translation_is_read_in_its_first_language(tmp_path):
    lines = [("Report to: Executive", "Adroddiad i'r: Cabinet"),
             ("Date of meeting: Wednesday 4 September 2019", "Dyddiad y cyfarfod: Dydd Mercher 4 Medi 2019"),
             ("Report of: Councillor Barrie Cooper, Executive", "Adroddiad gan: Y Cynghorydd Barrie Cooper,"),
             ("Member for Children's Services", "Aelod Cabinet dros Gwasanaethau Plant"),
             ("1. Purpose of the report", "1. Pwrpas yr adroddiad"),
             ("1.1 To report performance at the end of", "1.1 Adrodd ar berfformiad ar ddiwedd"),
             ("July 2019 and to ask for agreement below.", "Gorffennaf 2019 a gofyn am gytundeb."),
             ("2. Recommendations", "2. Argymhellion"),
             ("2.1 It is recommended that the Executive:", "2.1 Argymhellir bod y Cabinet yn:"),
             ("(a) approves the Corporate Parenting Strategy;", "(a) cymeradwyo y Corporate Parenting Strategy;")]
    findings = convert_file(tmp_path, docx_with(tmp_path, [lines]))
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")
    assert [(c.number, c.text) for c in findings.candidates] == [("(a)", "approves the Corporate Parenting Strategy.")]


def test_minutes_name_the_report_s_member_by_who_presented_it(tmp_path):
    """The first item's presenter, not an apology, nor the last item's presenter near the end."""
    findings = found(tmp_path, "EXECUTIVE\n\nMINUTES of a meeting of the Executive held on Wednesday, 4 September "
                               "2019 at 2.00 pm\n\nAPOLOGIES:\tCouncillor John Ahmed\n\n"
                               "OFFICERS:\tChief Executive, Director of Resources\n\n"
                               "EXE/35/19\tDECLARATIONS OF INTEREST\n\nThere were no declarations of interest.\n\n"
                               "EXE/36/19\tMINUTES\n\nRESOLVED that the minutes be approved as a correct record.\n\n"
                               "EXE/37/19\tCHILDREN'S SERVICES PERFORMANCE\n\nThe Executive Member for Children's "
                               "Services, Councillor Barrie Cooper, presented the report. Demand is rising.\n\n"
                               "EXE/38/19\tDISPOSAL OF LAND\n\nThe Executive Member for Housing, Councillor John "
                               "Ahmed, presented the report.\n\nThe meeting closed at 11.42 am.\n")
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")


def test_the_report_s_own_line_naming_the_role_outweighs_an_appendix_s_sections_at_its_end(tmp_path):
    findings = found(tmp_path, "EXECUTIVE – Wednesday, September 4, 2019\n\nReport of the Executive Member for "
                               "Children's Services (Cllr B. Cooper)\n\nAppendix A\n\nSection 2: Housing "
                               "(Executive Member: Cllr J. Ahmed)\n")
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")


def test_a_heading_laid_out_as_a_table_with_a_date_stamp_beside_it_gives_the_meeting_s_date(tmp_path):
    path = docx_with(tmp_path, [[("EXECUTIVE", "RECEIVED"), ("Wednesday 4th September 2019", "13 AUG 2019")],
                                "Report of the Executive Member for Children's Services, Cllr B. Cooper",
                                "This report gives the scorecard to the end of July 2019."])
    assert convert_file(tmp_path, path).date.value == dt.date(2019, 9, 4)


# --- house styles learnt from held-out set 7 (after its blind scores) -----------------------

@pytest.mark.parametrize("cover, day", [
    ("Held:        4/9/2019, 9.30am, Room 330, Town Hall\nNext clinic: 26/2/2020", dt.date(2019, 9, 4)),
    ("Date of signing:\t04-Sep-2019\nFirst published:\t17-Jul-2019", dt.date(2019, 9, 4)),
    ("Date of Meeting:\tWed 4th Sep '19\nDate of report:\t26/08/2019", dt.date(2019, 9, 4)),
    ("To: Executive, Wednesday 4 September 2019\nFigures at 31 July 2019", dt.date(2019, 9, 4))])
def test_cover_lines_as_forms_and_notes_print_the_meeting_s_date(tmp_path, cover, day):
    """Fields below the report's first lines, where only a cover's labels can tell the date."""
    opening = "".join(f"Line {n} of the note about the portfolio's performance.\n\n" for n in range(6))
    findings = found(tmp_path, f"{opening}{cover}\n\nReport of the Executive Member for Children's Services, "
                               "Cllr B. Cooper\n")
    assert findings.date.value == day


# --- house styles learnt from held-out set 7, second pass (its misses read) -----------------

def test_a_scan_s_column_rules_read_as_bars_part_its_header_row():
    """Text recognition reads a ruled header's uprights as '|', running columns together
    between them, and loses the space in 'Q4 2018/19'."""
    from generator.importers.document import Block, Document
    from generator.importers.normalise import normalise
    from generator.importers.periods import period_of

    rows = (("|", "Indicator", "| Q3 2018/19 | Q42018/19 | NI average", "| Target"),
            ("Children looked after", "540", "552", "578", "500"))
    table = normalise(Document(blocks=[Block("table", "", "page 1", rows=rows, page=1)], format="pdf")).blocks[0]
    assert table.rows == (("Indicator", "Q3 2018/19", "Q42018/19", "NI average", "Target"),
                          ("Children looked after", "540", "552", "578", "500"))
    assert period_of("Q42018/19").end == dt.date(2019, 3, 31)


def test_a_header_row_left_at_a_page_s_foot_joins_its_table_on_the_next_page():
    """'Statistical' / 'neighbours': the heading's second line a paragraph between the header
    row at the foot of page 1 and the table's rows at the top of page 2."""
    from generator.importers.document import Block, Document
    from generator.importers.normalise import normalise

    blocks = [Block("table", "", "page 1", rows=(("Measure", "Apr 2018", "Apr 2019", "Statistical"),), page=1),
              Block("paragraph", "neighbours", "page 1", page=1),
              Block("table", "", "page 2", rows=(("Jobs created", "341", "286", "364"),), page=2)]
    assert [b.rows for b in normalise(Document(blocks=blocks, format="pdf")).blocks] == [
        (("Measure", "Apr 2018", "Apr 2019", "Statistical neighbours"), ("Jobs created", "341", "286", "364"))]


def test_quarters_whose_q_text_recognition_lost_head_their_columns(tmp_path):
    path = docx_with(tmp_path, [HEADING.strip(), [("Indicator", "3", "4", "Stat"), ("", "2018/19", "2018/19", "neighbours"),
                                                  ("Children looked after", "540", "552", "600")]])
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 552, dt.date(2019, 3, 31), None)]


def test_a_row_counting_what_left_a_count_or_waits_within_it_is_another_measure(tmp_path):
    findings = found(tmp_path, HEADING + "Indicator\tQ1 2019/20\nChildren in need cases closed\t212\n"
                                         "Looked after children awaiting adoption\t31\nChildren in need\t1,846\n")
    assert figures(findings) == [("children-in-need", 1846, dt.date(2019, 6, 30), None)]


def test_a_table_drawn_with_plus_and_equals_rules_in_a_text_file(tmp_path):
    findings = found(tmp_path, HEADING + (
        "+-----------------------+------+------+--------+\n"
        "| Indicator             |   Q4 |   Q1 | Target |\n"
        "+=======================+======+======+========+\n"
        "| Children looked after |  540 |  552 |    500 |\n"
        "|   rate per 10,000     | 62.9 | 64.3 |        |\n"
        "+-----------------------+------+------+--------+\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), 64.3)]


def test_a_live_figure_after_a_label_is_read_and_councils_like_ours_are_not_the_council(tmp_path):
    findings = found(tmp_path, HEADING + "Live data: 1,903 children in need at 17 August 2019.\n\n"
                                         "The England average for councils like ours is 86 children looked after.\n")
    assert figures(findings) == [("children-in-need", 1903, dt.date(2019, 8, 17), None)]



def test_a_statement_to_council_as_delivered_names_its_member_and_dates_a_month_by_the_meeting(tmp_path):
    """Spoken, a figure is 'at the end of September' with no year: the last one before the
    meeting. The member is the one the statement is by, not a councillor asking a question."""
    findings = found(tmp_path, "MEETING OF THE COUNCIL - 20/11/2019\nItem 14: Statements by Cabinet Members\n\n"
                               "Statement by Councillor B Cooper, Executive Member for Children's Services\n"
                               "(as delivered - check it against the webcast of the meeting)\n\n"
                               "We recorded 1,172 children in need at the end of September. A year ago it was "
                               "nearer 1,100.\n\nQuestions on the statement\n\n"
                               "Cllr Ahmed: Can the Executive Member tell us more?\n")
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 11, 20), "childrens-services", "barrie-cooper")
    assert figures(findings) == [("children-in-need", 1172, dt.date(2019, 9, 30), None)]


def test_a_report_that_names_no_portfolio_is_the_one_whose_figures_it_states(tmp_path):
    findings = found(tmp_path, "Meeting: Executive\nDate: 4 September 2019\n\nQuarterly update\n\n"
                               "At 30 June 2019 there were 552 children looked after.\n\n"
                               "There were 1,310 children in need at 30 June 2019, up from 1,288.\n\n"
                               "Looked after children: 552 (a rate of 64.3 per 10,000 children).\n\n"
                               "Housing will report its figures next month; 3 wards are affected.\n")
    assert (findings.portfolio.value, findings.member.value) == ("childrens-services", "barrie-cooper")
    assert findings.portfolio.words == "At 30 June 2019 there were 552 children looked after."


def test_a_large_print_version_s_figures_in_words_each_under_its_label(tmp_path):
    findings = found(tmp_path, HEADING + "These figures are for the end of June 2019 (30 June 2019).\n\n"
                                         "Children looked after:\n\nfive hundred and fifty-two (552).\n\n"
                                         "Children in need:\n\none thousand three hundred and ten (1,310).\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None),
                                 ("children-in-need", 1310, dt.date(2019, 6, 30), None)]


def test_a_speech_dates_its_figures_by_the_date_it_says_in_words(tmp_path):
    findings = found(tmp_path, HEADING + "CLLR COOPER: Thank you, Madam Mayor. I will not read it all out. I want "
                                         "to pick out the figures at the end of June, the thirtieth of June 2019. "
                                         "At that date children looked after stood at 552. Children in need "
                                         "stood at 1,310.\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None),
                                 ("children-in-need", 1310, dt.date(2019, 6, 30), None)]


def test_a_table_headed_by_dates_gives_the_latest_date_s_figure(tmp_path):
    findings = found(tmp_path, HEADING + "INDICATOR                 31.03.2019    30.06.2019    TARGET\n"
                                         "Children looked after            540           552       530\n"
                                         "Children in need               1,288         1,310     1,250\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None),
                                 ("children-in-need", 1310, dt.date(2019, 6, 30), None)]


def test_an_e_mail_is_dated_by_the_meeting_its_subject_names_not_the_dates_for_the_diary(tmp_path):
    path = docx_with(tmp_path, [
        [("From:", "Cooper, Barrie (Cllr)"), ("Sent:", "Thursday, 29 August 2019 11:57"),
         ("Subject:", "Children's Services update - Executive 04/09/19 (item 9)")],
        "Dear colleagues, ahead of the Executive I wanted to share the headline figures.",
        "Dates for your diary", "Overview and Scrutiny Committee: Wednesday 2 October 2019",
        "Full Council: Wednesday 16 October 2019", "Cllr Barrie Cooper"])
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")


def test_a_cover_s_date_set_as_a_heading_of_its_own_and_a_colleague_thanked_in_the_foreword(tmp_path):
    """A booklet's cover: the date alone in big type. The foreword names a colleague who held
    another portfolio that day: not the report's member, who is the portfolio's holder."""
    import docx

    document = docx.Document()
    for heading in ("Hollinsfield Borough Council", "Quarterly portfolio report to the Executive", "4 September 2019"):
        document.add_heading(heading, 1)
    document.add_paragraph("I am grateful to Councillor John Ahmed, Executive Member for Housing, for the joint "
                           "work between our portfolios.")
    for line in ("Children looked after: 552 at 30 June 2019", "Children in need: 1,310 at 30 June 2019",
                 "LAC: 552 at 30 June 2019"):
        document.add_paragraph(line)
    path = tmp_path / "booklet.docx"
    document.save(path)
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")


def test_bullets_after_a_lead_in_that_promises_them_are_commitments_wherever_they_stand(tmp_path):
    findings = found(tmp_path, HEADING + "Thank you, Mr Mayor. Over the coming months we will:\n\n"
                                         "  * Recruit more foster carers.\n  * Open two family hubs.\n\n"
                                         "Other news:\n\n  * The library reopened.\n")
    assert [(c.number, c.text) for c in findings.candidates if c.text != "Over the coming months we will."] == [
        ("", "Recruit more foster carers."), ("", "Open two family hubs.")]


def test_an_action_log_s_actions_are_commitments_and_its_noting_resolution_is_not(tmp_path):
    path = docx_with(tmp_path, [HEADING.strip(), "Actions and commitments agreed",
                                [("Ref", "Action / commitment", "Lead", "Report back"),
                                 ("A1", "Recruit twenty more foster carers.", "Head of Service", "27 Apr 2020"),
                                 ("A2", "Open two new family hubs in the north.", "Cabinet Member", "11 Apr 2020")],
                                "That the Committee notes the annual review of the Cabinet Member."])
    findings = convert_file(tmp_path, path)
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("A1", "Recruit twenty more foster carers."), ("A2", "Open two new family hubs in the north.")]


def test_a_meeting_printed_only_in_the_first_page_s_header_dates_the_report(tmp_path):
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Executive 04/09/2019 Agenda Item 9"
    section.header.paragraphs[0].text = "Children's Services: Quarterly Report"
    document.add_paragraph("Report of Councillor Barrie Cooper, Executive Member for Children's Services")
    document.add_heading("1. Purpose", 2)
    document.add_paragraph("This report updates the Executive on the quarter ending 30 June 2019.")
    path = tmp_path / "report.docx"
    document.save(path)
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.date.words) == (dt.date(2019, 9, 4), "Executive 04/09/2019 Agenda Item 9")


def test_a_press_release_is_dated_by_the_meeting_its_report_goes_to_not_its_embargo(tmp_path):
    findings = found(tmp_path, "EMBARGOED UNTIL 00:01 THURSDAY 5 SEPTEMBER 2019\n\n"
                               "HOLLINSFIELD BOROUGH COUNCIL - NEWS RELEASE\nIssued: 29 Aug 2019\n\n"
                               "A report to the Executive shows how children's services did in the three months to "
                               "30 June 2019.\n\nNOTES TO EDITORS\n\n"
                               "1. The report goes to the Executive on Wednesday 4th September 2019 (agenda item 4).\n\n"
                               "2. The figures for Quarter 1 2019/20 (the quarter ending 30 June 2019):\n"
                               "   - Children looked after: 552\n")
    assert findings.date.value == dt.date(2019, 9, 4)
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None)]


def test_a_web_page_printed_with_its_banner_and_menus_is_dated_by_its_own_cover(tmp_path):
    chrome = ["Cookies on hollinsfield.gov.uk", "We use some essential cookies to make this website work.",
              "[ Accept additional cookies ] [ Reject additional cookies ] View cookies", "Hollinsfield Borough Council",
              "Search this site [ ] Search Sign in | Report it | Pay it | Apply for it",
              "Home Bins and recycling Council tax Housing Jobs Planning Council and democracy Contact us",
              "Home > Council and democracy > Executive > Executive reports 2019",
              "Children's Services: Quarterly Portfolio Report"]
    findings = found(tmp_path, "\n\n".join(chrome + ["Report to the Executive, 04.09.2019. Agenda item 11.",
                                                     "Report of: Cllr Barrie Cooper", "Summary",
                                                     "This report covers the quarter to 30 June 2019."]) + "\n")
    assert findings.date.value == dt.date(2019, 9, 4)


def test_items_whose_space_after_the_number_was_lost_and_a_lead_in_with_its_first_item(tmp_path):
    """A web page's print: 'That Cabinet: 1.note ...' on one line, '2.endorse ...' below;
    text recognition: '(ii)approve ...'."""
    findings = found(tmp_path, HEADING + "Recommendations\n\nThat Cabinet: 1.note the performance of the portfolio;\n"
                                         "2.endorse the Corporate Parenting Strategy; and\n(iii)approve the Youth "
                                         "Parliament's terms of reference.\n")
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("2.", "endorse the Corporate Parenting Strategy."), ("(iii)", "approve the Youth Parliament's terms of reference.")]


def test_a_member_s_blog_is_dated_by_the_weekday_they_took_the_report_not_its_figures_dates(tmp_path):
    """'On Wednesday 4th September I took my report to the Executive': no year, so the one near
    the post's other dates in which 4 September is a Wednesday (2019)."""
    findings = found(tmp_path, "On Wednesday 4th September I took my quarterly report on Children's Services to the "
                               "Executive. Here is a quick run-down.\n\nThese are the figures for Quarter 1 2019/20:\n\n"
                               "We had 552 children looked after at 30 June 2019.\n\n"
                               "Since then, on 20 August 2019 there were 560 children looked after.\n")
    assert findings.date.value == dt.date(2019, 9, 4)


def test_a_bulletin_is_dated_by_the_meeting_its_report_went_to_not_its_issue_or_diary(tmp_path):
    findings = found(tmp_path, "Members' Information Bulletin 160 - 12 September 2019\n\n"
                               "Dear colleagues, my quarterly report went to the Executive on Wednesday 4th September "
                               "2019 (item 9).\n\nChildren looked after: 552 at 30 June 2019\n\n"
                               "Dates for your diary: Full Council, 25 September 2019\n")
    assert findings.date.value == dt.date(2019, 9, 4)

def test_a_call_in_pack_is_the_report_of_the_decision_called_in(tmp_path):
    """Dated by the meeting that took the decision, its portfolio the one whose report it was
    taken on; the callers' quoted figure and the noting of the report are not the report's."""
    findings = found(tmp_path, (
        "Overview and Scrutiny Management Committee - Friday 20 September 2019\n\nAgenda Item 5\n\n"
        "CALL-IN OF A CABINET DECISION\n\n"
        "Taken by: the Executive on Wednesday 4 September 2019, on the report of the Executive Member for "
        "Housing\n\n1.1 The decision was called in on 9 September 2019 by three members.\n\n"
        "1.2 Their reasons: the report quotes 72 referrals received for Q4 2018/19.\n\n"
        "RESOLVED - That\n\n1. the quarterly performance report be noted;\n\n"
        "2. the purchase of twenty homes for use as temporary accommodation be agreed.\n\n"
        "Performance at 30 June 2019: 81 referrals received.\n"))
    assert (findings.date.value, findings.portfolio.value) == (dt.date(2019, 9, 4), "housing")
    assert figures(findings) == [("housing-referrals", 81, dt.date(2019, 6, 30), None)]
    assert [c.text for c in findings.candidates] == [
        "the purchase of twenty homes for use as temporary accommodation be agreed."]


def sidebar_pdf(path: Path) -> Path:
    """A portfolio lead's update as a designed page: running text on the left, an 'At a
    glance' side bar of big figures over captions on the right, set on the same baselines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    text = ["This is my update on the portfolio for the period to 31 July 2019. Contacts to",
            "the front door remain above the level seen before the pandemic, and the",
            "service continues to rely on agency social workers in two of its teams. We",
            "are recruiting to both. Children in need stood at 1,846 (last month 1,790)",
            "and the number of children looked after stood at 552 (last month 540). The",
            "new edge of care team has worked with forty families since it started in",
            "the spring, and most of the children it has supported remain at home."]
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(40, 800, "Portfolio Lead's update: Children's Services")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 780, "To: Executive, Wednesday 4 September 2019")
    pdf.drawString(40, 766, "Portfolio Lead: Cllr B. Cooper")
    for n, line in enumerate(text):
        pdf.drawString(40, 720 - 14 * n, line)
    pdf.drawString(420, 720, "At a glance: figures at 31 July 2019")
    for n, (figure, caption) in enumerate((("552", "children looked after"), ("1,846", "children in need"))):
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawString(420, 692 - 42 * n, figure)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(420, 678 - 42 * n, caption)
    pdf.save()
    return path


def test_a_side_bar_beside_running_text_is_read_after_it_its_figures_over_their_captions(tmp_path):
    path = sidebar_pdf(tmp_path / "update.pdf")
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.member.value) == (dt.date(2019, 9, 4), "barrie-cooper")
    assert sorted(figures(findings)) == [("children-in-need", 1846, dt.date(2019, 7, 31), None),
                                         ("children-looked-after", 552, dt.date(2019, 7, 31), None)]


# --- house styles learnt from held-out set 8 (after its blind scores) -----------------------

def test_a_board_paper_s_sponsor_is_the_member_and_a_difference_is_not_a_figure(tmp_path):
    path = docx_with(tmp_path, ["HOLLINSFIELD HEALTH AND WELLBEING BOARD",
                                [("Meeting date", "Wed 4 Sep 2019"),
                                 ("Board sponsor", "Councillor B Cooper, Executive Member for Children's Services")],
                                "Key messages (data to 31 July 2019)",
                                "552 children looked after. That is 31 more than at the same point a year earlier.",
                                "More recent data shows 1,903 young people supported as children in need on "
                                "17 August 2019."])
    findings = convert_file(tmp_path, path)
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1903, dt.date(2019, 8, 17), None)]


def test_a_letter_about_a_report_is_dated_by_the_meeting_and_placed_by_who_presented_it(tmp_path):
    findings = found(tmp_path, (
        "Information Governance Team\n\nOur ref: FOI-2019-07216\n\nDate: 18 October 2019\n\nDear Requester,\n\n"
        "Thank you for your request, received on 27 September 2019, about the report considered by the "
        "Executive at its meeting on Wednesday 4 September 2019.\n\n"
        "Question 1: Who presented the report, and what figures did it give?\n\n"
        "The report was presented by the Executive Member for Housing, Cllr J. Ahmed. At the meeting he also "
        "gave a more recent count: 593 referrals under the duty to refer received at 31 August 2019.\n\n"
        "Yours faithfully,\n"))
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "housing", "john-ahmed")


def test_tables_that_name_one_portfolio_s_measures_outweigh_a_comment_s_portfolio(tmp_path):
    """An intranet page: a colleague's comment at its foot names another portfolio; its
    quarters' tables (a hidden tab each) name Children's Services' measures: the latest tab's
    are the figures."""
    table = "Measure\tValue\tTarget\nChildren looked after\t{}\t500\nChildren in need\t{}\t1,800\nLAC\t{}\t500\n"
    findings = found(tmp_path, (
        "Meeting: Executive, Wednesday 4 September 2019\n\nPerformance\n\nData as at 30 June 2019\n\n"
        + table.format(552, "1,846", 552) + "\nData as at 31 March 2019\n\n" + table.format(540, "1,790", 540)
        + "\nComments\n\nJohn Ahmed\nHousing\n"), name="page.txt")
    assert findings.portfolio.value == "childrens-services"
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None),
                                 ("children-in-need", 1846, dt.date(2019, 6, 30), None)]
    assert [u.words for u in findings.unmatched] == [
        "Children looked after | 540 | 500 (as of 2019-03-31, before the same measure in a later table; not suggested)",
        "Children in need | 1,790 | 1,800 (as of 2019-03-31, before the same measure in a later table; not suggested)"]


LISTING = """\
1PFR280   HOLLINSFIELD BOROUGH COUNCIL               CORPORATE PERFORMANCE SYSTEM    RUN 30/08/19 05.48.38   PAGE    1
 REPORT TO EXECUTIVE MEETING OF 04SEP19   ITEM 05                                        USER ID: PERF02
 PORTFOLIO: CHILDREN'S SERVICES                      PORTFOLIO HOLDER: COOPER, BARRIE (CLLR)
 ---------------------------------------------------------------------------------------------------------
 PERIOD: QUARTER 1 2019/20   DATA AS AT 30JUN19
0SECTION A - INDICATORS
 IND     DESCRIPTION                       PERIOD        ACTUAL  PREV QTR    TARGET  ST
 ---------------------------------------------------------------------------------
 CSC001  CHILDREN LOOKED AFTER             Q1 19/20        552*       540       500   R
 CSC002  CHILDREN IN NEED                  Q1 19/20       1,846     1,790     1,800   A
 * PROVISIONAL.  ST = G/A/R.
0SECTION B - PREVIOUS QUARTERS
 IND         Q3 18/19    Q4 18/19
 CSC001           538         540
1PFR280   HOLLINSFIELD BOROUGH COUNCIL               CORPORATE PERFORMANCE SYSTEM    RUN 30/08/19 05.48.38   PAGE    2
 REPORT TO EXECUTIVE MEETING OF 04SEP19   ITEM 05                                        USER ID: PERF02
 PORTFOLIO: CHILDREN'S SERVICES                      PORTFOLIO HOLDER: COOPER, BARRIE (CLLR)
 ---------------------------------------------------------------------------------------------------------
0SECTION C - COMMENTARY
 LATEST WEEKLY COUNT AT 23AUG19: 1,903 CHILDREN IN NEED.
"""


def test_a_line_printer_listing_is_read_as_printed(tmp_path):
    """Carriage control in the first column, 'MEETING OF 04SEP19', fields set in the heading's
    columns, its page heading printed again on every page, dashed rules under a table's heading."""
    findings = found(tmp_path, LISTING, name="listing.txt")
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None),
                                 ("children-in-need", 1846, dt.date(2019, 6, 30), None),
                                 ("children-in-need", 1903, dt.date(2019, 8, 23), None)]


def test_a_schedule_by_locality_gives_the_borough_total_not_last_year_s_month(tmp_path):
    """'North | Central | South | Borough total | Dec 2022': the total is the position the
    schedule states; the month a year before, and the reasons quoting it, are comparisons."""
    path = docx_with(tmp_path, [HEADING.strip(),
                                "Demand has risen. Looked after children stood at 540 in July 2018.",
                                "Schedule 1: position by locality at 31 July 2019",
                                [("Measure", "North", "Central", "South", "Borough total", "Jul 2018", "Target"),
                                 ("Children looked after", "168", "148", "236", "552", "540", "500")]])
    findings = convert_file(tmp_path, path)
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None)]
    assert [u.words for u in findings.unmatched] == [
        "Demand has risen. Looked after children stood at 540 in July 2018. (a figure for an earlier month; "
        "not suggested)"]


def test_a_page_laid_out_with_a_table_s_rules_is_read_cell_by_cell(tmp_path):
    """A plan on a page: one row of four cells, each holding paragraphs, a numbered list, a
    table of its own; read as the page's text in the cells' order, not as one table's row."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from reportlab.lib.styles import getSampleStyleSheet

    style = getSampleStyleSheet()["BodyText"]
    ambition = Paragraph("Children's Services that residents can rely on, that step in early and that spend "
                         "every pound well. The partnership agreement was signed in 2016 and runs to 2023. The "
                         "service has 3 teams and 169 staff, and the plan was first agreed under the previous "
                         "Executive Member, whose work we build on.", style)
    measures = Table([["Measure", "Baseline", "Latest", "Target"], ["", "2018/19", "(31/07/2019)", "2019/20"],
                      ["Children looked after", "540", "552", "500"], ["Children in need", "1,790", "1,846", "1,800"]],
                     colWidths=[110, 55, 75, 55])
    progress = Paragraph("Latest position: 1,903 children in need at 23 August 2019. Demand is running 13% above "
                         "the same period last year, and each placement costs on average 1,850 pounds a week, "
                         "so the service is reviewing its commissioning with its partners this year.", style)
    grid = Table([["Our ambition", "How we will know", "Progress"], [ambition, measures, progress]],
                 colWidths=[220, 300, 220], style=[("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                                   ("VALIGN", (0, 0), (-1, -1), "TOP")])
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Children's Services: plan on a page. Report to the Executive, 4 September 2019", style), grid])
    findings = convert_file(tmp_path, path)
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1846, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1903, dt.date(2019, 8, 23), None)]


def test_a_listing_s_r01_recommendations_are_items_even_in_capitals_ending_and(tmp_path):
    findings = found(tmp_path, HEADING + "SECTION D - RECOMMENDATIONS\n\nTHAT THE EXECUTIVE:\n"
                                         " R01  NOTES THE PERFORMANCE IN SECTIONS A TO C;\n"
                                         " R02  APPROVES THE HOME FIRST DISCHARGE MODEL; AND\n"
                                         " R03  ENDORSES THE JOINT CARERS' STRATEGY.\n\n"
                                         "PORTFOLIO HOLDER'S PRIORITIES\n\nP1.  Support unpaid carers to have a life of their own.\n"
                                         "P2.  Get more people home from hospital with reablement.\n")
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("R02", "APPROVES THE HOME FIRST DISCHARGE MODEL."), ("R03", "ENDORSES THE JOINT CARERS' STRATEGY."),
        ("P1", "Support unpaid carers to have a life of their own."),
        ("P2", "Get more people home from hospital with reablement.")]


def test_a_list_numbered_in_circles_beside_its_items_is_read_as_items():
    """A designed page sets each number in a circle centred on its item's two lines: the
    number comes between them in reading order."""
    from generator.importers.document import Block, Document
    from generator.importers.normalise import normalise

    texts = ["What we will do", "Give every care leaver a", "1", "personal adviser who knows them well.",
             "Cut the number of", "2", "children coming into care in an emergency.", "324", "children looked after"]
    blocks = [Block("heading" if t.isdigit() else "paragraph", t, "page 1", page=1) for t in texts]
    assert [(b.number, b.text) for b in normalise(Document(blocks=blocks, format="pdf")).blocks] == [
        (None, "What we will do"), ("1", "Give every care leaver a personal adviser who knows them well."),
        ("2", "Cut the number of children coming into care in an emergency."), (None, "324"),
        (None, "children looked after")]


def test_a_scan_s_period_parted_from_its_year_and_its_dashed_rule_read_as_letters(tmp_path):
    """'Ql | 12/13' in two cells either side of the PERIOD heading; the rule under the
    heading read as 'ee ee'; a row counting those missing from a count is another measure."""
    path = docx_with(tmp_path, [HEADING.strip(), [
        ("IND", "DESCRIPTION", "", "PERIOD", "ACTUAL", "TARGET"),
        ("", "--+4-------- fe © Ke ee eK ee", "ee ee", "er", "eK ee ee", "Ke ee"),
        ("CSC001", "CHILDREN LOOKED AFTER", "Ql", "19/20", "552", "500"),
        ("CSC002", "CHILDREN LOOKED AFTER MISSING FROM PLACEMENT", "Ql", "19/20", "31", "-")]])
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 552, dt.date(2019, 6, 30), None)]


def test_a_heading_set_in_a_table_beside_a_quote_names_the_meeting(tmp_path):
    path = docx_with(tmp_path, [[("Children's Services: Plan on a Page", "Portfolio Holder: Cllr B. Cooper")],
                                [("Quarter 1 2019/20 progress report to the Executive, Wednesday 4 September 2019",
                                  "We are on track with most of what we promised.")],
                                "The figures are at 30 June 2019."])
    assert convert_file(tmp_path, path).date.value == dt.date(2019, 9, 4)


def test_a_heading_table_after_a_running_line_still_gives_the_meeting_s_date(tmp_path):
    path = docx_with(tmp_path, ["Hollinsfield Borough Council Cabinet - Children's Services Performance", "CABINET",
                                [("Wednesday, September 4, 2019", "16 AUG 2019"), ("CHILDREN'S SERVICES", "")],
                                "Report of the Executive Member for Children's Services, Cllr B. Cooper",
                                "This report presents the scorecard to the end of July 2019."])
    assert convert_file(tmp_path, path).date.value == dt.date(2019, 9, 4)


def test_items_numbered_three_deep_or_before_a_tab_may_start_in_lower_case(tmp_path):
    path = docx_with(tmp_path, [HEADING.strip(), "RECOMMENDATIONS", "2.1 It is recommended that the Committee:",
                                "2.1.1\tendorses the revised Housing Allocations Policy for consultation;",
                                "2.1.2\tapproves the Disabled Adaptations Policy.", "BACKGROUND",
                                "3.1 The cost of nightly-paid accommodation has risen sharply."])
    findings = convert_file(tmp_path, path)
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("2.1.1", "endorses the revised Housing Allocations Policy for consultation."),
        ("2.1.2", "approves the Disabled Adaptations Policy.")]


def test_a_rate_set_under_its_figure_over_several_lines_of_a_cell(tmp_path):
    path = docx_with(tmp_path, [HEADING.strip(), [("Measure", "Latest (31/07/2019)", "Target"),
                                                  ("Children looked after", "552", "500"),
                                                  ("", "(64.3 per 10,000", ""), ("", "children aged", ""),
                                                  ("", "0-17)", "")]])
    assert figures(convert_file(tmp_path, path)) == [("children-looked-after", 552, dt.date(2019, 7, 31), 64.3)]


def test_a_rule_drawn_in_characters_is_no_paragraph():
    from generator.importers.document import Block, Document
    from generator.importers.normalise import normalise

    blocks = [Block("paragraph", "SUBJECT: HOME FIRST", "line 1"), Block("paragraph", "-" * 40, "line 2"),
              Block("paragraph", "RECRUITMENT HAS IMPROVED.", "line 3")]
    assert [b.text for b in normalise(Document(blocks=blocks, format="text")).blocks] == [
        "SUBJECT: HOME FIRST", "RECRUITMENT HAS IMPROVED."]


def test_a_resolution_s_item_loses_the_word_that_joins_it_to_the_next(tmp_path):
    findings = found(tmp_path, HEADING + "The minutes record that the Executive RESOLVED\n\n"
                                         "(i) to endorse the Domestic Abuse Housing Pathway;\n\n"
                                         "(ii) to approve the Temporary Accommodation Placement Policy; and\n\n"
                                         "(iii) to agree the leasing of up to fifteen family homes.\n")
    assert [c.text for c in findings.candidates] == [
        "to endorse the Domestic Abuse Housing Pathway.", "to approve the Temporary Accommodation Placement Policy.",
        "to agree the leasing of up to fifteen family homes."]


def test_a_running_header_naming_the_meeting_dates_the_report_and_a_fax_s_timed_stamp_does_not(tmp_path):
    """A faxed scrutiny pack: every page's header names the committee and its date, and the
    fax machine stamps each page with the day and time it was sent. Both are furniture; the
    header's date and body are the meeting's,
    and a date stamped with a time of day is never the meeting's."""
    from generator.importers.document import Block, Document
    from generator.importers.find_meta import find_meta
    from generator.importers.found import Findings
    from generator.importers.metric_names import MetricNames

    cfg = config(tmp_path)
    blocks = [Block("heading", "Children's Services performance", "page 1", page=1),
              Block("paragraph", "Figures at 30 September 2015", "page 1", page=1),
              Block("paragraph", "1.1 This report sets out the position for members.", "page 1", page=1)]
    stamp = "17-Oct-2015: 09:40 From: Scrutiny Team 01632 960147 To: Members' Room Pg 001/003"
    header = "Overview and Scrutiny Committee - 22 October 2015 | Agenda Item 4"
    def found(*furniture):
        findings = Findings()
        find_meta(Document(blocks=blocks, format="pdf", furniture=furniture), cfg, findings, MetricNames(cfg))
        return findings

    findings = found(stamp, header)
    assert (findings.date.value, findings.date.at) == (dt.date(2015, 10, 22), "the running header")
    assert findings.meeting.value == "Overview and Scrutiny Committee"
    findings = found(stamp)
    assert findings.date is None and findings.meeting is None  # the draft asks for them, never the fax's

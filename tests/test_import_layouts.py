"""The finders on the traits of real councils' reports: a cover block (lines or a
two-column table) that decides the meeting date, portfolio and member; metric names shared
by several portfolios; performance tables with several periods; only what is a figure
taken; commitments from recommendations, never from headings, lead-ins, standing
resolutions or implications. Each on a small document in the shape councils print."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.content.config import load_config
from generator.content.problems import Problems
from generator.importers.convert import convert
from generator.importers.metric_names import MetricNames
from tinysite import make_site

PORTFOLIOS = """\
childrens-services: {name: "Children's Services"}
adult-social-care: {name: Adult Social Care and Health}
housing: {name: Housing}
community-safety: {name: Community Safety}
"""
MEMBERS = """\
barrie-cooper:
  name: Councillor Barrie Cooper
  roles:
    - {title: "Executive Member for Children's Services", portfolio: childrens-services, from: 2019-05-01}
mary-hill:
  name: Councillor Mary Hill
  roles:
    - {title: "Executive Member for Children's Services", portfolio: childrens-services, to: 2019-04-30}
john-ahmed:
  name: Councillor John Ahmed
  roles:
    - {title: Executive Member for Housing, portfolio: housing}
anne-marie-harding-lowe:
  name: Councillor Anne-Marie Harding-Lowe
  roles:
    - {title: Cabinet Member for Community Safety, portfolio: community-safety}
"""
METRICS = """\
children-looked-after:
  {label: Children looked after, description: d, unit: children, portfolio: childrens-services,
   rate: {per: 10000, population: children}, aliases: [LAC, Looked after children]}
children-in-need:
  {label: Children in need, description: d, unit: children, portfolio: childrens-services, aliases: [CIN]}
assessments-childrens:
  {label: Assessments completed, description: d, unit: count, portfolio: childrens-services}
housing-referrals:
  {label: Referrals received, description: d, unit: count, portfolio: housing}
asc-referrals:
  {label: Referrals received, description: d, unit: count, portfolio: adult-social-care}
asc-assessments:
  {label: Assessments completed, description: d, unit: count, portfolio: adult-social-care}
asb-incidents:
  {label: ASB incidents, description: d, unit: count, portfolio: community-safety}
"""


def config(tmp_path: Path):
    site = make_site(tmp_path / "site", reports={}, config={"portfolios.yml": PORTFOLIOS, "members.yml": MEMBERS,
                                                             "metrics.yml": METRICS})
    problems = Problems()
    loaded = load_config(site / "site_config", site, problems)
    assert not problems.errors, problems.sorted()
    return loaded


def found(tmp_path: Path, text: str, name: str = "report.txt"):
    cfg = config(tmp_path)
    result = convert(Path(name), text.encode("utf-8"), cfg, MetricNames(cfg))
    assert result.failure is None, result.failure
    return result.findings


def figures(findings) -> list[tuple]:
    return [(f.metric, f.value, f.as_of, f.rate) for f in findings.figures]


COVER = """\
MIDDLESBROUGH COUNCIL

Report of: Executive Member for Children's Services, Cllr B. Cooper
Submitted to: Executive
Date of report: 26 August 2019
Date: Wednesday, 4 September 2019
Agenda item: 9
Wards affected: All

PURPOSE OF THE REPORT

1. To update the Executive on performance in the first quarter.

"""


def test_a_cover_block_of_lines_gives_the_meeting_date_member_portfolio_and_meeting(tmp_path):
    findings = found(tmp_path, COVER + "I would like to thank my predecessor, Councillor Mary Hill, for her work.\n")
    assert (findings.date.value, findings.date.words) == (dt.date(2019, 9, 4), "Date: Wednesday, 4 September 2019")
    assert findings.portfolio.value == "childrens-services"
    assert (findings.member.value, findings.member.words) == (
        "barrie-cooper", "Report of: Executive Member for Children's Services, Cllr B. Cooper")
    assert findings.meeting.value == "Executive"


def test_a_cover_block_laid_out_as_a_two_column_table(tmp_path):
    import docx

    document = docx.Document()
    rows = [("Report to:", "Executive"), ("Date of report:", "26/08/2019"), ("Date of meeting:", "4.9.19"),
            ("Portfolio holder:", "Councillor Barrie Cooper, Executive Member for Children's Services"),
            ("Key decision:", "No"), ("Agenda item:", "9")]
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("The Executive is asked to note the report.")
    path = tmp_path / "cover.docx"
    document.save(path)
    cfg = config(tmp_path)
    findings = convert(path, path.read_bytes(), cfg, MetricNames(cfg)).findings
    assert (findings.date.value, findings.portfolio.value, findings.member.value, findings.meeting.value) == (
        dt.date(2019, 9, 4), "childrens-services", "barrie-cooper", "Executive")
    assert findings.unmatched == []  # 'Agenda item: 9' is no figure


def cover_table(tmp_path: Path, rows) -> Path:
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("The Cabinet is asked to note the report.")
    path = tmp_path / "cover.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("label, value", [
    ("Dyddiad y Cyfarfod / Date of Meeting", "Dydd Mawrth, 21 Ionawr 2020 Tuesday, 21st January 2020"),
    ("CABINET MEETING DATE (2019/20)", "Tuesday 21 January 2020")])
def test_cover_labels_in_two_languages_or_with_the_council_year(tmp_path, label, value):
    path = cover_table(tmp_path, [("Pwyllgor / Committee", "Cabinet"), (label, value),
                                  ("Aelod Cabinet / Cabinet Member",
                                   "Cllr A. Harding-Lowe, Cabinet Member for Community Safety")])
    cfg = config(tmp_path)
    findings = convert(path, path.read_bytes(), cfg, MetricNames(cfg)).findings
    assert (findings.date.value, findings.portfolio.value, findings.member.value) == (
        dt.date(2020, 1, 21), "community-safety", "anne-marie-harding-lowe")


def test_a_member_s_hyphenated_names_in_every_form_reports_print_them(tmp_path):
    names = MetricNames(config(tmp_path)).members
    lines = ["Councillor Anne-Marie Harding-Lowe", "Cllr A. Harding-Lowe", "Cllr A-M Harding-Lowe",
             "Councillor Harding-Lowe", "Anne-Marie Harding-Lowe, Cabinet Member"]
    assert [names.find(line) for line in lines] == [["anne-marie-harding-lowe"]] * len(lines)
    assert names.find("A. Harding-Lowe") == []  # initials only after a title


def test_a_scan_s_misread_title_still_names_the_member(tmp_path):
    """Text recognition reads 'Cllr' as 'Clir' or 'Cilr'; the initials after it still name
    the member, and a word that is not a title does not."""
    names = MetricNames(config(tmp_path)).members
    assert [names.find(line) for line in ("Clir A. Harding-Lowe", "Cilr A-M Harding-Lowe", "C1lr Harding-Lowe",
                                          "Clear A. Harding-Lowe")] == [["anne-marie-harding-lowe"]] * 3 + [[]]


def test_a_heading_naming_the_role_decides_the_portfolio_over_a_member_named_in_passing(tmp_path):
    findings = found(tmp_path, "# Report of the Cabinet Member for Community Safety to Council\n\n"
                               "Councillor Anne-Marie Harding-Lowe | Wednesday 27 February 2019\n\n"
                               "Neighbourhood safety meetings are now held in every area.\n\n"
                               "I have been working closely with Councillor John Ahmed, Executive\n"
                               "Member for Housing.\n")
    assert (findings.portfolio.value, findings.member.value) == ("community-safety", "anne-marie-harding-lowe")


def test_a_heading_s_month_gives_way_to_the_meeting_s_day_stated_under_it(tmp_path):
    findings = found(tmp_path, "Cabinet Member report: Community Safety - April 2020\n\n"
                               "This report by Councillor A Harding-Lowe was presented to the Cabinet meeting "
                               "on Tuesday 7 April 2020 (agenda item 13). It was published on 30/03/2020.\n")
    assert (findings.date.value, findings.date.words) == (dt.date(2020, 4, 7), "7 April 2020")


def test_figures_as_reports_date_them_in_prose(tmp_path):
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "Figures in this report are at the end of July 2019 unless stated otherwise.\n\n"
        "## Demand\n\n"
        "In July we recorded 301 assessments completed.\n\n"
        "Of the 552 children looked after, 212 were placed with foster carers.\n\n"
        "There were 1,846 (provisional) children in need at 31 August 2019.\n\n"
        "## Care\n\n"
        "At the end of June 2019, the latest position was 548 children looked after in our care.\n"))
    assert figures(findings) == [("assessments-childrens", 301, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1846, dt.date(2019, 8, 31), None),
                                 ("children-looked-after", 548, dt.date(2019, 6, 30), None)]


def test_a_figure_said_again_with_its_rate_takes_that_rate(tmp_path):
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "Figures at 31 July 2019\n\n"
        "Indicator\tJun-19\tJul-19\tTarget\nChildren looked after\t548\t552\t500\n\n"
        "The July figure of 552 for children looked after is a rate of 136.1 per 10,000 children aged 0-17, "
        "above the regional average.\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), 136.1)]


def test_a_latest_column_with_its_own_period_gives_each_row_s_latest_figure(tmp_path):
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "Measure\tQ4 18/19\tQ1 19/20\tLatest\tPeriod\tTarget\n"
        "Children looked after\t540\t548\t552\tJul-19\t500\n"
        "Children in need\t1,790\t1,801\t1,801\tQ1 19/20\t1,800\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1801, dt.date(2019, 6, 30), None)]


def test_a_heading_of_five_lines_read_as_a_row_a_line_heads_the_table(tmp_path):
    """A scan's table whose headings run to five lines ('Cyfartaledd / Cymru / Wales
    average'): text recognition gives a row a line, and all of them head the table."""
    rows = [("Indicator", "Outturn", "Q4", "Q1", "Target", "Wales"), ("", "2018/19", "18/19", "19/20", "", "average"),
            ("", "", "", "", "", "of"), ("", "", "", "", "", "all"), ("", "", "", "", "", "councils"),
            ("Children looked after", "530", "540", "552", "500", "561")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    findings = found(tmp_path, "<html><body><h1>Children's Services Executive Member Report to Council 4th "
                               f"September 2019</h1><table>{cells}</table></body></html>", "report.html")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 6, 30), None)]


def test_a_short_title_ending_at_a_date_dates_the_figures_under_it(tmp_path):
    """'Key facts – at 31 July 2019' over lines that lead with their figures; a number that
    names a kind ('stage 1', 'Key Stage 2', 'tier 3') is not the figure."""
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "Key facts – at 31 July 2019\n\n552 children looked after\n\n"
        "1,846 tier 2 children in need\n\n301 stage 1 assessments completed\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1846, dt.date(2019, 7, 31), None),
                                 ("assessments-childrens", 301, dt.date(2019, 7, 31), None)]


def test_a_data_as_at_column_dates_each_row_s_figure(tmp_path):
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "Indicator\tLatest\tData as at\tSame time last year\tTarget\n"
        "Children looked after\t552\t31 July 2019\t540\t500\n"
        "Children in need\t1,846\t30/06/2019\t1,790\t1,800\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 7, 31), None),
                                 ("children-in-need", 1846, dt.date(2019, 6, 30), None)]


def test_a_slide_s_figure_in_big_type_is_the_figure_its_title_names(tmp_path):
    """A briefing deck printed to PDF: each slide's title names the measure, and its figure
    stands alone in big type at the slide's foot (once taken for a footer that changes from
    page to page, as a page number does)."""
    from reportlab.lib.pagesizes import landscape, A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "deck.pdf"), pagesize=landscape(A4))
    pdf.setFont("Helvetica", 20)
    pdf.drawString(40, 520, "Children's Services Cabinet Member Briefing, 4 September 2019")
    pdf.showPage()
    for name, value in (("Children looked after", "552"), ("Children in need", "1,846*")):
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(40, 520, name)
        pdf.setFont("Helvetica", 16)
        pdf.drawString(420, 420, f"{name} at 31 August 2019")
        pdf.drawString(420, 395, "Target: 500")
        pdf.setFont("Helvetica-Bold", 96)
        pdf.drawString(40, 300, value)
        pdf.showPage()
    pdf.save()
    cfg = config(tmp_path)
    path = tmp_path / "deck.pdf"
    result = convert(path, path.read_bytes(), cfg, MetricNames(cfg))
    assert figures(result.findings) == [("children-looked-after", 552, dt.date(2019, 8, 31), None),
                                        ("children-in-need", 1846, dt.date(2019, 8, 31), None)]


def test_an_earlier_e_mail_quoted_under_a_briefing_is_not_its_figures(tmp_path):
    findings = found(tmp_path, (
        "From: Priti Nair\nSent: Saturday, 7 March 2015 17:26\nTo: All Members\n"
        "Subject: Member briefing: Children's Services - Council 18 March 2015\n\n"
        "Executive Member: Councillor Barrie Cooper\n\n"
        "Figures as at 31 January 2015\n\nChildren looked after\t636\n\n"
        "Kind regards\n\nFrom: Priti Nair\nSent: Thursday, 8 January 2015 10:34\nTo: All Members\n"
        "Subject: Member briefing: Children's Services - Council 14 January 2015\n\n"
        "Figures as at 30/11/2014\n\nChildren looked after\t635\n"))
    assert figures(findings) == [("children-looked-after", 636, dt.date(2015, 1, 31), None)]
    assert [u.words for u in findings.unmatched] == [
        "Children looked after\t635 (in an earlier e-mail quoted below the report; not suggested)"]


def test_the_report_s_portfolio_decides_between_metrics_that_share_a_name(tmp_path):
    findings = found(tmp_path, "Housing Executive Member Report to Council 8th February 2024\n\n"
                               "Referrals received: 2,685, as of 13 January 2024\n"
                               "Assessments completed: 223, as of 13 January 2024\n\n"
                               "Councillor John Ahmed\nExecutive Member for Housing\n")
    assert figures(findings) == [("housing-referrals", 2685, dt.date(2024, 1, 13), None)]
    assert [u.words for u in findings.unmatched] == [
        "Assessments completed: 223, as of 13 January 2024 (names only metrics of other portfolios: "
        "assessments-childrens (Children's Services), asc-assessments (Adult Social Care and Health); if it "
        "is a Housing figure, add the line '  - Assessments completed' under aliases: of that metric in "
        "site_config/metrics.yml)"]


PERFORMANCE = """\
Children's Services Executive Member Report to Council 4th September 2019

Figures at 30 September 2019

Indicator                      Q1 2019/20   Q2 2019/20   Target   RAG
Children looked after                 540          552      500   Red
Rate per 10,000 children            129.9        136.1
Children in need (CIN)              1,790       1,846¹     1,800   Amber
Assessments completed                 301          287*     300   Green
"""


def test_a_performance_table_gives_the_latest_period_as_of_the_date_it_states(tmp_path):
    assert figures(found(tmp_path, PERFORMANCE)) == [
        ("children-looked-after", 552, dt.date(2019, 9, 30), 136.1),
        ("children-in-need", 1846, dt.date(2019, 9, 30), None),
        ("assessments-childrens", 287, dt.date(2019, 9, 30), None)]


def test_without_a_stated_date_the_figures_are_as_of_the_end_of_their_period(tmp_path):
    text = PERFORMANCE.replace("Figures at 30 September 2019\n\n", "").replace("Q1 2019/20", "2018/19   ")
    text = text.replace("Q2 2019/20", "Q1 2019/20")
    assert [f[2] for f in figures(found(tmp_path, text))] == [dt.date(2019, 6, 30)] * 3


def test_a_table_of_several_councils_gives_the_own_council_s_column_a_scan_misread(tmp_path):
    """A shared service's table: the report's figures are its own council's, found by its
    name even where a scan misread it ('Middlesbrougn'), never the partner's or the total."""
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "Figures at 31 December 2018\n\n"
        "Indicator               Middlesbrougn   Redcar Cleveland   Partnership\n"
        "                        Oct-Dec 18      Oct-Dec 18         Oct-Dec 18\n"
        "Children looked after   552             310                862\n"
        "Children in need        1,846           1,020              2,866\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2018, 12, 31), None),
                                 ("children-in-need", 1846, dt.date(2018, 12, 31), None)]


def test_what_is_not_a_figure_is_never_taken(tmp_path):
    findings = found(tmp_path, (
        "Children's Services Executive Member Report to Council 4th September 2019\n\n"
        "As at 18 August 2019:\n\n"
        "4.2 Children looked after rose by 4.3 per cent to 552, of whom 212 were placed with foster carers.\n\n"
        "ASB incidents resolved within 28 days (%): 88\n\n"
        "Children in need: 1,846 against a target of 1,800 (provisional)\n\n"
        "Assessments completed: 320.3\n\n"
        "Contact: Jane Smith, Tel: 01642 729000\n\n"
        "Agenda item: 9\n"))
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 8, 18), None),
                                 ("children-in-need", 1846, dt.date(2019, 8, 18), None)]
    assert [u.words for u in findings.unmatched] == []


def test_rates_as_reports_print_them(tmp_path):
    findings = found(tmp_path, "Children's Services Executive Member Report to Council 4th September 2019\n\n"
                               "As at 18 August 2019:\n"
                               "Children looked after: 552 (136.1 per 10k)\n"
                               "LAC rate per 10,000 children: 136.1\n")
    assert figures(findings) == [("children-looked-after", 552, dt.date(2019, 8, 18), 136.1)]


RECOMMENDATIONS = COVER + """\
2. RECOMMENDATIONS

2.1 That the Executive:

(a) notes the contents of this report;

(b) approves the creation of a Youth Parliament to give young people a greater say; and

(c) agrees that a further report on edge of care provision
comes to the Executive by July 2020.

Recommendation 4: Adopt the revised Corporate Parenting Strategy.

3. BACKGROUND

3.1 In the first quarter 552 children were looked after.

4. FINANCIAL IMPLICATIONS

4.1 The Youth Parliament will cost £20,000 a year, met from existing budgets.

4.2 There are no further financial implications.
"""


def test_commitments_are_the_recommendations_never_headings_lead_ins_or_standing_wording(tmp_path):
    findings = found(tmp_path, RECOMMENDATIONS)
    assert [(c.number, c.text, c.due) for c in findings.candidates] == [
        ("(b)", "approves the creation of a Youth Parliament to give young people a greater say.", None),
        ("(c)", "agrees that a further report on edge of care provision comes to the Executive by July 2020.",
         "2020-07"),
        ("Recommendation 4", "Adopt the revised Corporate Parenting Strategy.", None)]
    assert all("implications" not in (c.update or "").lower() for c in findings.candidates)


def test_typed_numbers_in_a_report_without_recommendations_are_its_commitments(tmp_path):
    findings = found(tmp_path, "Children's Services Executive Member Report to Council 4th September 2019\n\n"
                               "Progress against priorities\n\n"
                               "1. Create a Youth Parliament to give young people a greater say.\n\n"
                               "2. Deliver edge of care provision:\n\nWork has started.\n\n"
                               "Background papers\n\n3. None.\n")
    assert [(c.number, c.text, c.update) for c in findings.candidates] == [
        ("1.", "Create a Youth Parliament to give young people a greater say.", None),
        ("2.", "Deliver edge of care provision.", "Work has started.")]

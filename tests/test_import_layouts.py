"""The finders on the traits of real councils' reports: a cover block (lines or a
two-column table) that decides the meeting date, portfolio and member; metric names shared
by several portfolios; performance tables with several periods; only what is a figure
taken; commitments from recommendations, never from headings, lead-ins, standing
resolutions or implications. Each on a small document in the shape councils print."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

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

"""The finders on house styles learnt from held-out set 14 (after its one blind score), and
on what sets 4 to 13 still missed: a Welsh-first parallel text and a scanned page in two
English columns, a cover table whose first row spans the value's columns, an officer's
directorate beside 'Report by', recommendations introduced by 'The Cabinet is asked to:'
with no heading or by 'What we are asking Cabinet to do', an accordion's <summary>, a
scan's cover field that lost its colon, an item's update that stops at the next titled
section, Markdown source's comments and tags, counts listed in one sentence, a month's
figure, a long name over its value, another council's count and a meeting named by its
weekday alone. Each on a small document."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from test_import_house_styles import convert_file, docx_with
from test_import_layouts import figures, found

HOUSING = "Report of: Cllr John Ahmed, Executive Member for Housing\n\n"


def test_a_parallel_text_with_welsh_on_the_left_is_read_in_english(tmp_path):
    """A Welsh-first report sets each Welsh line beside its English one: the English column
    is the one read, whichever side it is on."""
    rows = [("ADRODDIAD I'R WEITHREDIAETH", "REPORT TO EXECUTIVE"),
            ("Dyddiad y cyfarfod: Dydd Mawrth, 25 Chwefror 2014", "Date of meeting: 25/02/2014"),
            ("Adroddiad gan: Cyng. John Ahmed, Aelod Gweithredol dros Dai",
             "Report of: Cllr John Ahmed, Executive Member for Housing"),
            ("Teitl: Adroddiad chwarterol y portffolio", "Title: Quarterly portfolio report"),
            ("1. Argymhellion", "1. Recommendations"),
            ("Argymhellir bod y Weithrediaeth:", "It is recommended that the Executive:"),
            ("(a) cytuno ar y cynllun tai gwag newydd;", "(a) agree the new empty homes plan for the borough;"),
            ("(b) cymeradwyo'r polisi dyraniadau diwygiedig.", "(b) approve the revised allocations policy."),
            ("2. Perfformiad", "2. Performance"),
            ("Roedd 482 atgyfeiriad ar 31 Rhagfyr 2013.", "Referrals received: 482 at 31 December 2013.")]
    findings = convert_file(tmp_path, docx_with(tmp_path, [rows]))
    assert (findings.date.value, findings.member.value) == (dt.date(2014, 2, 25), "john-ahmed")
    assert [c.text for c in findings.candidates] == ["agree the new empty homes plan for the borough.",
                                                     "approve the revised allocations policy."]
    assert [(f.metric, f.value) for f in findings.figures] == [("housing-referrals", 482)]


def test_a_cover_table_whose_values_span_two_columns_is_read_label_by_label(tmp_path):
    """'Subject: | Housing update | Housing update' (a value merged across two columns) is a
    label beside its value, not a row of labels over a row of values."""
    rows = [("Subject:", "Housing quarterly report", "Housing quarterly report"),
            ("Date:", "11.02.2020", "11.02.2020"),
            ("Agenda item:", "4", "4"),
            ("Portfolio Holder:", "Cllr J. Ahmed", "Cllr J. Ahmed")]
    findings = convert_file(tmp_path, docx_with(tmp_path, ["Report to Cabinet", rows]))
    assert (findings.date.value, findings.date.words) == (dt.date(2020, 2, 11), "Date: 11.02.2020")
    assert (findings.portfolio.value, findings.member.value) == ("housing", "john-ahmed")


def test_an_officer_s_directorate_is_not_the_report_s_portfolio(tmp_path):
    findings = found(tmp_path, "Report to: Cabinet\nDate of Meeting: 26/01/2021\n"
                               "Report by: Executive Director (Communities and Housing)\n"
                               "Portfolio Holder: Councillor Anne-Marie Harding-Lowe\n"
                               "Subject: Community Safety: Quarterly Portfolio Report\n\n"
                               "1. PURPOSE\n\n1.1 To report performance.\n")
    assert (findings.portfolio.value, findings.portfolio.words) == (
        "community-safety", "Subject: Community Safety: Quarterly Portfolio Report")
    assert findings.member.value == "anne-marie-harding-lowe"


def test_items_after_the_cabinet_is_asked_to_are_the_recommendations_with_no_heading(tmp_path):
    """'Subject: 1. RECOMMENDATIONS' (a PDF's cover table that ran on into the heading below
    it) is no recommendation; the lettered items after '1.1 The Cabinet is asked to:' are,
    and the numbered paragraphs of the report's other sections are not."""
    rows = [("Report to:", "Cabinet"), ("Date of Meeting:", "22 February 2022"),
            ("Portfolio Holder:", "Councillor John Ahmed"),
            ("Subject: 1. RECOMMENDATIONS", "Housing Quarterly Report")]
    path = docx_with(tmp_path, [rows, "1.1 The Cabinet is asked to:",
                                "(i) note the performance set out in Appendix 1;",
                                "(ii) endorse the Empty Homes Plan; and",
                                "(iii) approve the Allocations Policy review.",
                                "2. PERFORMANCE",
                                "2.1 Referrals received was 1,531 at 31 December 2021.",
                                "2.2 The new allocations team will be in post by April."])
    assert [(c.number, c.text) for c in convert_file(tmp_path, path).candidates] == [
        ("(ii)", "endorse the Empty Homes Plan."), ("(iii)", "approve the Allocations Policy review.")]


def test_what_we_are_asking_cabinet_to_do_titles_the_recommendations(tmp_path):
    """An annual report's 'What we are asking Cabinet to do'; and a column of text whose
    first line names priorities is no table of commitments."""
    findings = found(tmp_path, HOUSING + "Date of meeting: 14 May 2024\n\n"
                               "Our performance\tpriorities this year.\n"
                               "Referrals stood at 1,530.\tA further grant has been bid for from the Department.\n\n"
                               "What we are asking Cabinet to do\n\n"
                               "That Cabinet:\n\n"
                               "1. notes the annual report;\n\n"
                               "2. agree the renewal of the CCTV maintenance contract; and\n\n"
                               "3. endorse the Empty Homes Plan.\n\n"
                               "Performance over the year\n\n"
                               "4. Referrals received were 1,530.\n")
    assert [c.text for c in findings.candidates] == ["agree the renewal of the CCTV maintenance contract.",
                                                     "endorse the Empty Homes Plan."]


def test_an_accordion_s_summary_titles_its_section(tmp_path):
    """A CMS page's <details>: its <summary> is the section's heading and its body is read
    block by block, not run into one paragraph."""
    page = ("<html><body><main><h1>Housing Quarterly Report</h1>"
            "<p>Report to Executive, 4 February 2014. Report of Councillor John Ahmed, "
            "Executive Member for Housing.</p>"
            "<details open><summary><h2>Recommendations</h2></summary><div>"
            "<p>It is recommended that Executive:</p><ol><li>note the performance of the portfolio;</li>"
            "<li>approve the Allocations Policy review; and</li><li>endorse the Empty Homes Plan.</li></ol>"
            "</div></details>"
            "<details><summary>Performance</summary><div><p>Referrals received was 129 at 31 December 2013.</p>"
            "<table><tr><th>Indicator</th><th>Q2 2013/14</th><th>Q3 2013/14</th></tr>"
            "<tr><th>Referrals received</th><td>130</td><td>129</td></tr></table></div></details>"
            "</main></body></html>")
    findings = found(tmp_path, page, "report.html")
    assert [c.text for c in findings.candidates] == ["approve the Allocations Policy review.",
                                                     "endorse the Empty Homes Plan."]
    assert [(f.metric, f.value, f.as_of) for f in findings.figures] == [
        ("housing-referrals", 129, dt.date(2013, 12, 31))]


def test_a_date_of_meeting_whose_colon_a_scan_lost_is_still_the_meeting_s(tmp_path):
    findings = found(tmp_path, "HOUSING\tDate: 09/10/2023\n"
                               "Report to Cabinet\n"
                               "Date of Meeting 17.10.2023\n"
                               "Portfolio Holder Cllr J. Ahmed\n\n"
                               "1. PURPOSE\n\n1.1 To report performance.\n")
    assert (findings.date.value, findings.date.words) == (dt.date(2023, 10, 17), "Date of Meeting 17.10.2023")


def test_the_last_item_s_update_stops_at_the_next_titled_section(tmp_path):
    """An Easy Read version: 'Hard words' titles a glossary, which is no part of the last
    thing the Cabinet is asked to do."""
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 9 January 2018", "The Cabinet will be asked to",
                                "1. note this report;", "2. endorse the Empty Homes Plan; and",
                                "3. agree the lease of a second supported housing scheme for young people.",
                                "Hard words", "Cabinet: the group of councillors who make the big decisions."])
    assert [(c.text, c.update) for c in convert_file(tmp_path, path).candidates][-1] == (
        "agree the lease of a second supported housing scheme for young people.", None)


def test_markdown_source_s_comments_and_template_tags_are_not_the_report_s_words(tmp_path):
    """A site generator's page saved as text: its front matter is the page's settings, an
    HTML comment's numbers (chart data left in the source) are no figures, and a Liquid tag
    is no cover field."""
    findings = found(tmp_path, "---\nlayout: committee-report\nredirect_from:\n  - /cabinet/reports/2021.html\n"
                               "toc: true\n---\n\n"
                               '{% include report-meta.html meeting="27 July 2021" %}\n\n'
                               "# Housing: Quarterly Portfolio Report\n{: .report-title}\n\n"
                               "**Meeting:** Executive, 27 July 2021  \n"
                               "**Report of:** Cllr John Ahmed, Executive Member for Housing\n\n"
                               "## 3. Performance\n\n"
                               "| Indicator | Q3 2020/21 | Q4 2020/21 |\n|---|---|---|\n"
                               "| Referrals received | 1,498 | 1,325 |\n\n"
                               "<!-- chart data: Referrals received=1,453\n(older quarter) -->\n\n"
                               "Every figure is at 31 March 2021.\n", "report.md")
    assert figures(findings) == [("housing-referrals", 1325, dt.date(2021, 3, 31), None)]
    assert (findings.date.at, findings.figures[0].at) == ("line 13", "line 18")  # each line keeps its number
    assert findings.candidates == []  # the front matter's list is the page's settings, no item


def test_counts_listed_in_one_sentence_each_take_the_number_before_their_name(tmp_path):
    """Minutes: 'at 31 March 2016 there were 148 ... complaints received, compared with 133
    ...; 207 FOI requests received (target 190); and 2,456 ... claims processed'."""
    findings = found(tmp_path, HOUSING + "Date of meeting: 24 May 2016\n\n"
                               "Members noted that at 31 March 2016 there were 148 stage 1 housing referrals "
                               "received, compared with 133 at the end of Quarter 3 2015/16; 207 ASB incidents "
                               "(target 190); and 31 children in need.\n")
    assert [(f.metric, f.value) for f in findings.figures] == [("housing-referrals", 148)]
    assert any("207 ASB incidents" in u.words for u in findings.unmatched)


def test_a_figure_for_a_month_is_as_of_the_month_s_end(tmp_path):
    findings = found(tmp_path, HOUSING + "Date of meeting: 24 October 2017\n\n"
                               "3.3 The latest monthly figure, for September 2017, is 7,819 housing referrals "
                               "received.\n")
    assert figures(findings) == [("housing-referrals", 7819, dt.date(2017, 9, 30), None)]


def test_a_measure_s_name_over_its_value_in_words_and_figures(tmp_path):
    """A large-print version sets the name, ending in a colon, over its value, however long
    the name; a measure 'lasting 2 years or more' is another measure."""
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 28 November 2023",
                                "These figures are for the end of September 2023 (30 September 2023).",
                                "Number of referrals received from partner agencies and the public:",
                                "three hundred and forty-eight (348).",
                                "Referrals received lasting 2 years or more:", "thirteen (13)."])
    assert figures(convert_file(tmp_path, path)) == [("housing-referrals", 348, dt.date(2023, 9, 30), None)]


def test_another_council_s_count_is_not_a_figure_but_the_council_s_own_is(tmp_path):
    findings = found(tmp_path, HOUSING + "Date of meeting: 11 April 2022\n\n"
                               "Figures are at 31 March 2022.\n\n"
                               "3.1 Brackenford Borough Council reported 191 housing referrals received over the same "
                               "period.\n\n"
                               "3.2 The Council recorded 204 referrals received in the quarter.\n")
    assert figures(findings) == [("housing-referrals", 204, dt.date(2022, 3, 31), None)]


def test_a_news_release_s_meeting_named_by_its_weekday_without_a_year(tmp_path):
    findings = found(tmp_path, "A report going to Executive on Tuesday 6 September sets out how the council is "
                               "performing on housing.\n\nKey figures\n\nAt the end of July 2016:\n"
                               "605 referrals received\n")
    assert (findings.date.value, findings.date.words) == (dt.date(2016, 9, 6), "Tuesday 6 September")
    assert figures(findings) == [("housing-referrals", 605, dt.date(2016, 7, 31), None)]


def test_a_page_in_two_english_columns_read_as_a_table_keeps_both_columns_in_reading_order():
    """A scan of a page set in two columns comes out of the layout as a two-column table of
    prose: it is no parallel text (neither column is Welsh), so neither column is dropped."""
    from generator.importers.document import Block, Document
    from generator.importers.normalise import normalise

    left = ["Key facts at 31 December 2021 for the", "portfolio are set out in the box below and",
            "the budget for the service is in the table", "under it, with the savings proposed for",
            "the next year and the growth that is", "added to the base budget by the council",
            "in line with the plan agreed in the spring", "by the Cabinet for the next three years."]
    right = ["Since the quarter end the number of people", "in treatment has fallen a little and the",
             "smokers who quit at four weeks include", "some from outside the borough, which is",
             "why the figure in the box is higher than", "the one in the report to the Executive",
             "that went to the meeting in the autumn", "of the year before this one was written."]
    table = Block("table", where="page 1", rows=tuple(zip(left, right)), page=1)
    blocks = normalise(Document(blocks=[table], format="pdf")).blocks
    text = " ".join(b.text for b in blocks)
    assert text.index("Key facts at 31 December 2021") < text.index("Since the quarter end")
    assert all(line in text for line in left + right)


def test_the_end_of_a_sentence_a_column_cut_does_not_date_the_figures_after_it(tmp_path):
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 2 March 2022", "Key facts at 31 December 2021",
                                "and alcohol treatment at 12 February 2022.", "Referrals received: 1,530"])
    assert figures(convert_file(tmp_path, path)) == [("housing-referrals", 1530, dt.date(2021, 12, 31), None)]


def test_a_column_of_recommendations_with_its_lead_in_and_typed_numbers(tmp_path):
    """A dashboard's 'Recommendations to Cabinet' column: the lead-in is no recommendation,
    the typed number is the item's, and noting the dashboard is standing wording."""
    rows = [("Commentary", "Recommendations to Cabinet"),
            ("More households are approaching the council.", "Cabinet is asked to:"),
            ("Private rents have risen sharply.", "1. Note the dashboard for Q1 2022/23."),
            ("", "2. Agree the purchase of up to twenty homes for temporary accommodation."),
            ("", "3. Endorse the Private Rented Sector Offer.")]
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 4 October 2022", rows])
    assert [(c.number, c.text) for c in convert_file(tmp_path, path).candidates] == [
        ("2.", "Agree the purchase of up to twenty homes for temporary accommodation."),
        ("3.", "Endorse the Private Rented Sector Offer.")]


def test_what_the_councillor_wants_to_do_next_are_commitments_beside_the_recommendations(tmp_path):
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 17 September 2019", "What we are asking the Cabinet to do",
                                "1. Agree the opening of two new hostels in the borough.",
                                "What the councillor wants to do next",
                                "1. Make sure every family in a hostel is visited on time."])
    assert [c.text for c in convert_file(tmp_path, path).candidates] == [
        "Agree the opening of two new hostels in the borough.", "Make sure every family in a hostel is visited on time."]


def test_a_row_for_a_part_of_a_count_is_not_the_count(tmp_path):
    """'Referrals received rectified next day', 'ASB incidents resolved': parts of a count."""
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 12 December 2017",
                                [("Indicator", "Q1 2017/18", "Q2 2017/18"), ("ASB incidents", "41", "46"),
                                 ("Referrals received rectified next day", "12", "13")]])
    assert figures(convert_file(tmp_path, path)) == []  # (ASB incidents are another portfolio's)


def test_a_long_lead_in_is_no_label_over_the_first_item(tmp_path):
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of signing: 30 May 2023", "RECOMMENDATIONS",
                                "The Cabinet Member for Housing and Homelessness is recommended to:",
                                "2.1 Agree the extension of the town centre hostel;",
                                "2.2 Endorse the Domestic Abuse Safe Accommodation Strategy."])
    assert [(c.number, c.text) for c in convert_file(tmp_path, path).candidates] == [
        ("2.1", "Agree the extension of the town centre hostel."),
        ("2.2", "Endorse the Domestic Abuse Safe Accommodation Strategy.")]


def test_the_next_item_run_into_an_item_s_line_is_an_item_of_its_own(tmp_path):
    """A scan reads '2.1.2 approves ...; and' and '2.1.3 endorses ...' as one line."""
    findings = found(tmp_path, HOUSING + "Date of meeting: 6 March 2013\n\nRECOMMENDATIONS\n\n"
                               "2.1 That the Executive:\n\n"
                               "2.1.1 agrees the creation of a dedicated homelessness team;\n\n"
                               "2.1.2 approves the Allocations Strategy for the next three years; and 2.1.3 endorses "
                               "the practice model set out in Appendix 2.\n")
    assert [(c.number, c.text) for c in findings.candidates] == [
        ("2.1.1", "agrees the creation of a dedicated homelessness team."),
        ("2.1.2", "approves the Allocations Strategy for the next three years."),
        ("2.1.3", "endorses the practice model set out in Appendix 2.")]


def test_a_heading_in_capitals_names_the_meeting(tmp_path):
    findings = found(tmp_path, "REPORT TO EXECUTIVE\nDate of meeting: 25/02/2014\n" + HOUSING)
    assert (findings.meeting.value, findings.meeting.words) == ("Executive", "REPORT TO EXECUTIVE")


def test_a_number_and_a_name_in_two_columns_a_scan_ran_together_are_no_figure(tmp_path):
    """'By comparison there were 238 four-week smoking' ran into '<tab>referrals received'
    (the next column's words); the figure under 'back<tab>Key facts - at 31 May 2022' (a
    side bar's word before the title) is dated by that title."""
    path = docx_with(tmp_path, ["Report of: Cllr John Ahmed, Executive Member for Housing",
                                "Date of meeting: 28 June 2022", "back\tKey facts - at 31 May 2022",
                                "By comparison there were 238 four-week smoking\treferrals received in the town.",
                                "Referrals received: 1,077"])
    assert figures(convert_file(tmp_path, path)) == [("housing-referrals", 1077, dt.date(2022, 5, 31), None)]


def test_a_bilingual_report_s_welsh_is_kept_in_the_draft_but_not_read_as_commitments(tmp_path):
    """Welsh beside English (a table) or before it (paragraphs): the finders read the
    English, the draft's body keeps both, nothing of the public record dropped."""
    from generator.importers.convert import convert
    from generator.importers.draft import render_body
    from generator.importers.metric_names import MetricNames
    from test_import_layouts import config

    rows = [("Adroddiad gan: Cyng. John Ahmed, Aelod Gweithredol dros Dai",
             "Report of: Cllr John Ahmed, Executive Member for Housing"),
            ("Dyddiad y cyfarfod: Dydd Mawrth, 25 Chwefror 2014", "Date of meeting: 25/02/2014"),
            ("Mae'r adroddiad hwn yn nodi perfformiad y gwasanaeth tai yn y chwarter.",
             "This report sets out the performance of the housing service in the quarter."),
            ("Roedd y galw am lety dros dro yn uwch nag erioed yn ystod y gaeaf.",
             "Demand for temporary accommodation was higher than ever during the winter."),
            ("Mae'r tîm wedi gweithio gyda'r landlordiaid ar draws y fwrdeistref.",
             "The team has worked with landlords across the borough on the new scheme."),
            ("Mae'r cyngor yn bwriadu adolygu'r polisi dyraniadau yn y flwyddyn newydd.",
             "The council intends to review the allocations policy in the new year."),
            ("Bydd y Cabinet yn ystyried yr adroddiad nesaf ym mis Mehefin.",
             "The Cabinet will consider the next report in June of this year."),
            ("Mae'r ffigurau yn y tabl isod yn dangos y sefyllfa ar ddiwedd y chwarter.",
             "The figures in the table below show the position at the end of the quarter.")]
    path = docx_with(tmp_path, [rows, "Argymhellion", "Recommendations",
                                "(a) cytuno ar y cynllun tai gwag newydd ar gyfer y fwrdeistref gyfan;",
                                "(a) agree the new empty homes plan for the whole borough;"])
    cfg = config(tmp_path)
    result = convert(path, path.read_bytes(), cfg, MetricNames(cfg))
    assert [c.text for c in result.findings.candidates] == ["agree the new empty homes plan for the whole borough."]
    body = render_body(result.document, set())
    for words in ("Dyddiad y cyfarfod: Dydd Mawrth, 25 Chwefror 2014", "Date of meeting: 25/02/2014",
                  "cytuno ar y cynllun tai gwag newydd", "agree the new empty homes plan"):
        assert words in body
    # the Welsh in its own language's <div>, so a screen reader speaks it as Welsh
    welsh = re.findall(r'<div lang="cy" markdown="1">\n\n(.*?)\n\n</div>', body, re.S)
    assert any("Dyddiad y cyfarfod" in w for w in welsh) and any("cytuno ar y cynllun" in w for w in welsh)
    assert not any("Date of meeting" in w or "agree the new empty homes plan" in w for w in welsh)

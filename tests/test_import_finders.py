"""The finders on single lines: dates in the forms reports print, numbers that are
not figures, a member found by the role in force on the report's date, and the rules
that make numbered items and prose sentences into commitments."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.content.config import load_config
from generator.content.problems import Problems
from generator.importers.convert import convert
from generator.importers.dates import dates_in
from generator.importers.metric_names import MetricNames
from tinysite import DATED_MEMBERS, REPO_ROOT, make_site

CONFIG = load_config(REPO_ROOT / "site_config", REPO_ROOT, Problems())


def found(text: str, config=CONFIG):
    result = convert(Path("report.txt"), text.encode("utf-8"), config, MetricNames(config))
    return result.findings


def test_dates_in_the_forms_reports_print():
    spans = dates_in("4th September 2019, 04/09/2019, 4 Sept 2019, September 2019, 18/08/19")
    assert [(s.date, s.whole) for s in spans] == [
        (dt.date(2019, 9, 4), True), (dt.date(2019, 9, 4), True), (dt.date(2019, 9, 4), True),
        (dt.date(2019, 9, 1), False), (dt.date(2019, 8, 18), True)]


def test_a_month_alone_in_the_heading_is_the_meeting_date_on_the_first():
    findings = found("Children's Services Executive Member Report to Council September 2019\n")
    assert (findings.date.value, findings.date.words) == (dt.date(2019, 9, 1), "September 2019")


def test_numbers_that_are_not_figures_are_not_taken():
    findings = found("As of 21 December 2017:\n\n"
                     "Children Looked After: over 200\n\n"
                     "Children in Need: £1.5m\n\n"
                     "Care Leavers in receipt of Leaving Care Services: aged 11-18\n\n"
                     "Child Protection: 12%\n")
    assert findings.figures == []


def test_a_figure_with_its_printed_rate_and_a_paragraph_number_before_it():
    findings = found("As of 21 December 2017:\n\n- 3 Children Looked After: 1,552 (171.5 per 10,000)\n")
    assert [(f.metric, f.value, f.as_of, f.rate) for f in findings.figures] == [
        ("children-looked-after", 1552, dt.date(2017, 12, 21), 171.5)]


def test_a_figure_mentioned_in_running_prose_is_listed_not_suggested():
    findings = found("As of 21 December 2017:\n\nOver the last two difficult years our work with the 438 children "
                     "looked after and their carers has continued to grow across the region.\n")
    assert findings.figures == []
    assert [u.words.endswith("(a figure in running prose; not suggested)") for u in findings.unmatched] == [True]


def test_without_a_signature_the_member_is_who_held_the_role_on_the_date(tmp_path):
    site = make_site(tmp_path / "site", reports={}, config={"members.yml": DATED_MEMBERS})
    config = load_config(site / "site_config", site, Problems())
    findings = found("Children's Services Executive Member Report to Council 4th September 2019\n\n"
                     "Executive Member for Children's Services\n", config)
    assert (findings.member.value, findings.member.at, findings.member.words) == (
        "barrie-cooper", "line 3 (no name: the role's holder on 2019-09-04)",
        "Executive Member for Children's Services")


def test_an_item_reporting_progress_on_the_bare_promise_before_it_is_its_update():
    findings = found("Report to Council 4th September 2019\n\n"
                     "- 1 Create a Youth Parliament to give young people a say.\n"
                     "- 2 A timetable has been produced for the election of a Member of the Youth Parliament.\n"
                     "- 3 Deliver edge of care provision.\n"
                     "- 4 Work continues on the 'No Wrong Door' model.\n"
                     "- 5 Open a Family Hub in the town centre.\n"
                     "- 6 Open a Family Hub in the east of the town by July 2020.\n")
    assert [(c.number, c.update) for c in findings.candidates] == [
        ("1", "A timetable has been produced for the election of a Member of the Youth Parliament."),
        ("3", None),  # item 4 names nothing item 3 names: a commitment of its own
        ("4", None),
        ("5", None),  # item 6 names the same thing but reports no progress: a new promise
        ("6", None)]


def test_prose_plans_each_with_the_sentences_that_say_more_about_it():
    findings = found("Report to Council 4th September 2019\n\n"
                     "The team met twice. A new Family Hub will open in the town centre. It will be staffed "
                     "by social workers and open within the New Year. The service will include a Parent "
                     "Champions scheme. Staff have settled in well.\n\n"
                     "Caseloads remain high. A proposal to reduce them is being drawn up, commencing in March.\n")
    assert [(c.text, c.update, c.due, c.due_text) for c in findings.prose] == [
        ("A new Family Hub will open in the town centre.",
         "It will be staffed by social workers and open within the New Year.", "2020",
         "It will be staffed by social workers and open within the New Year."),
        ("The service will include a Parent Champions scheme.", "Staff have settled in well.", None, None),
        ("A proposal to reduce them is being drawn up, commencing in March.", None, "2020-03",
         "A proposal to reduce them is being drawn up, commencing in March.")]


def test_a_new_id_is_short_made_of_key_words_and_unique_in_the_archive():
    from generator.importers.ids import slug_for
    text = "Deliver the Holiday Activities and Food (HAF) programme across the town with schools (HAF) partners."
    assert slug_for(text, set()) == "haf-programme-across-town"
    assert slug_for(text, {"haf-programme-across-town"}) == "haf-programme-across-town-2"
    assert slug_for("Improve the quality of social work practice in every team.", set()) == "quality-social-practice-team"

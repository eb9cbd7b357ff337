"""Held-out-7 templates typed into Word (python-docx; PDF and ODT through LibreOffice):

  ni-committee-report           a Northern Irish district council's committee report: a cover
                                table ('Report to:', 'Date of Meeting', 'Subject', 'Reporting
                                Officer', 'Contact Officer'), '1.0 Purpose', '2.0 Recommendation'
                                with '2.1 Members are asked to:' and bullets, '3.0 Main Report'
                                with a quarters table, an NI average column and a rate row
  cabinet-member-signing-record a London borough's 'Cabinet Member Signing' record: a field grid,
                                numbered recommendations, 'Option 1 (recommended)' / 'Option 2'
                                alternatives, a figures table with superscript notes, the
                                member's signature and date, call-in deadline (PDF by LibreOffice)
  call-in-pack                  an overview and scrutiny committee's call-in pack: the call-in
                                notice (the councillors calling in, their reasons and numbers),
                                then the Cabinet decision notice (automatically numbered) and the
                                Cabinet Member's report with its figures
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job
from h6_model import (Report, background, colleague, cross, last_month_end, last_quarter_end, later, lookalike,
                      noun, quarter_name, quarters_back, slash, subcount, trap_lines)
from h6_words import DIRECTORS, decision
from h7_common import (CALLERS, COMMITTEES, Word, bare_slash, cap, dashed, long, member_text, rate_label,
                       short_weekday)


def _out(r: Report, final: Path, work: Path, w: Word, pdf: bool, odt: bool = False) -> Job:
    src = work / (final.stem + ".docx")
    w.save(src)
    if pdf:
        return Job(r, final, src, ["lo-pdf"])
    if odt:
        return Job(r, final, src, ["lo-odt"])
    return Job(r, final, src, [])


# =====================================================================================
# ni-committee-report
# =====================================================================================

def make_ni_committee(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 35)))
    qs = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=1.0)
    r.figs = list(figs)
    form = ["cbe", "ph", "cbe", "cllr-dot-initial", "ph"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    meet = [short_weekday(r.meeting), bare_slash(r.meeting), long(r.meeting, weekday=True)][dform]
    r.traits |= [{"weekday-date", "abbreviated-weekday", "apostrophe-year", "ordinal-date"}, {"slash-date", "unpadded-slash-date"},
                 {"weekday-date"}][dform]
    w = Word("Arial", 11)
    w.p(COUNCIL.upper(), bold=True, align="center")
    w.p("")
    other = r.meeting - dt.timedelta(weeks=rng.randint(4, 6))
    w.table([["Report to:", COMMITTEES[r.portfolio]],
             ["Subject:", r.title],
             ["Date of Meeting:", meet],
             ["Reporting Officer:", f"{r.officer[0]}, {r.officer[1]}"],
             ["Contact Officer:", f"{r.officer[0]}, Tel: {r.officer[2]}, {r.officer[3]}"],
             ["Portfolio Holder:", f"{who}, {r.role}"]], header=False, widths=[4.5, 11.5])
    w.table([["Restricted Reports", ""],
             ["Is this report restricted for confidential business?", "Yes ☐   No ☒"],
             ["Is the decision eligible for Call-in?", "Yes ☒   No ☐"]], widths=[11, 5])
    r.traits |= {"cover-block", "ni-cover-table", "check-boxes", "trap-phone"}
    w.p("1.0\tPurpose of Report or Summary of Main Issues", bold=True)
    w.p(f"1.1\tThe purpose of this report is to update Members on {r.title.lower()} and on performance to the end of "
        f"{quarter_name(q_end, 'quarter')}.")
    w.p(f"1.2\tThe report was last considered by the Committee at its meeting on {long(other)}.")
    r.traits.add("trap-other-meeting-date")
    w.p("2.0\tRecommendation", bold=True)
    w.p("2.1\tMembers are asked to:")
    w.p("note the performance set out in section 3 of this report;", style="List Bullet")
    items = [decision(d, "lower") for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = it + (";" if i < len(items) - 1 else ".")
        w.p(t, style="List Bullet")
        r.commit(t)
    r.traits |= {"lead-in", "members-are-asked", "bulleted-recommendations", "standing-resolution",
                 "decimal-paragraph-numbers"}
    w.p("3.0\tMain Report", bold=True)
    w.p("Key Issues", bold=True)
    n = 1
    if r.predecessor:
        w.p(f"3.{n}\tThe Portfolio Holder wishes to thank Councillor {r.predecessor.name}, who held the portfolio until "
            f"the spring, for her leadership of this work." if rng.random() < 0.5 else
            f"3.{n}\tThe Portfolio Holder wishes to record thanks to Councillor {r.predecessor.name}, the previous "
            f"Portfolio Holder, for the work done.")
        r.traits.add("predecessor-thanked")
        n += 1
    w.p(f"3.{n}\t{background(r, 1)[0]}")
    n += 1
    w.p(f"3.{n}\tThe table below sets out the position at {long(q_end)} against the previous two quarters, "
        "the Northern Ireland average and the target for the year.")
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "comparator-column", "trap-national",
                 "performance-table", "rate-row"}
    n += 1
    head = ["Indicator", quarter_name(qs[0], "short") + " " + quarter_name(qs[0])[3:], quarter_name(qs[1]),
            quarter_name(qs[2]), "NI average", "Target"]
    rows = [head]
    star = rng.choice(figs)
    for f in figs:
        nia = f"{f.value + rng.randint(-9, 9) * (0.3 if f.percent else max(1, f.value // 40)):,.1f}" if f.percent \
            else f"{int(max(2, f.value * rng.uniform(0.8, 1.2))):,}"
        latest = f.show() + ("*" if f is star else "")
        if f is star:
            f.marker = "star"
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), latest, nia, f.target])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append([rate_label(f)] + [f"{x:.1f}" for x in rr] + [f"{f.rate * rng.uniform(0.85, 1.15):.1f}", "-"])
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(2, len(rows)), [lab, *vals, "-", "-"])
    w.table(rows, widths=[5.5, 2, 2, 2, 2, 2])
    w.p("* provisional: subject to validation at year end.", size=8)
    w.p(f"3.{n}\t{subcount(r, rng.choice([f for f in figs if not f.percent] or figs))} "
        f"{' '.join(trap_lines(r, ['trap-percent', 'trap-other-council']))}")
    n += 1
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(1, 6)))
    if ext:
        r.figs.append(ext)
        w.p(f"3.{n}\tSince the end of the quarter the position has moved on: at {long(ext.as_of)} there were "
            f"{ext.show()} {noun(rng, ext.key)}.")
        n += 1
    w.p(f"3.{n}\t{cross(r, q_end)}")
    n += 1
    w.p("Financial and Resource Implications", bold=True)
    w.p(f"3.{n}\t{trap_lines(r, ['trap-money'])[0]}")
    n += 1
    w.p("Equality or Good Relations Implications/Rural Needs Assessment", bold=True)
    w.p(f"3.{n}\tThe proposals have been screened and no adverse impacts identified. {trap_lines(r, ['trap-ages'])[0]}")
    w.p("4.0\tAppendices - Documents Attached", bold=True)
    w.p("None. Background papers are available from the Contact Officer.")
    r.traits |= {"implications", "report-date-before-meeting-date"}
    w.p(f"Report date: {bare_slash(r.report_date)}", size=8)
    return _out(r, final, work, w, pdf, odt=final.suffix == ".odt")


# =====================================================================================
# cabinet-member-signing-record
# =====================================================================================

def make_signing(r: Report, final: Path, work: Path, pdf: bool = True) -> Job:
    rng = r.rng
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(3, 20)))
    ly = dt.date(as_at.year - 1, as_at.month, 28)
    figs = r.draw(rng.randint(3, 4), as_at, n_history=1, rates=0.8)
    r.figs = list(figs)
    form = ["ph", "cllr-full", "ph", "cbe", "cllr-initial"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    w = Word("Calibri", 11)
    w.p("CABINET MEMBER SIGNING", bold=True, size=16)
    w.p(f"{r.role}", bold=True, size=12)
    signed = dashed(r.meeting)
    r.traits |= {"dashed-date", "signing-record"}
    published = r.meeting - dt.timedelta(days=rng.randint(35, 70))
    callin = r.meeting + dt.timedelta(days=7)
    ref = f"KD{r.meeting.year}/{rng.randint(100, 199)}"
    w.table([["Decision maker:", f"{who}, {r.role}"],
             ["Date of signing:", signed],
             ["Report title:", r.title],
             ["Report of:", DIRECTORS[r.portfolio]],
             ["Classification:", "Unrestricted"],
             ["Key decision:", f"Yes - Forward Plan reference {ref}, first published {dashed(published)}"],
             ["Wards affected:", "All wards"],
             ["Contact:", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"]], header=False, widths=[4.5, 11.5])
    r.traits |= {"cover-block", "trap-publication-date", "trap-phone"}
    w.p("1. SUMMARY", bold=True)
    w.p(f"1.1 {background(r, 1)[0]}")
    w.p("2. RECOMMENDATIONS", bold=True)
    w.p(f"The {r.role} is recommended to:")
    items = [decision(d, "lower") for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = cap(it) + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        w.p(f"2.{i + 1} {t}")
        r.commit(t)
    r.traits |= {"typed-numbering", "decimal-sub-numbering", "lead-in"}
    w.p("3. REASONS FOR THE DECISION", bold=True)
    w.p("3.1 The recommended option secures the service's statutory duties within the agreed budget.")
    w.p("4. ALTERNATIVE OPTIONS", bold=True)
    w.p(f"Option 1 (recommended): proceed as set out in section 2.")
    w.p(f"Option 2: {decision(r.decisions[-1], 'to')} only in part and defer the rest for a year. Not recommended: "
        "the delay would put the grant at risk.")
    w.p("Option 3: do nothing. Rejected.")
    r.traits |= {"options-appraisal", "trap-rejected-option"}
    w.p("5. BACKGROUND AND PERFORMANCE", bold=True)
    w.p(f"5.1 Performance at the end of {as_at:%B %Y} (figures as at {long(as_at)}):")
    r.traits |= {"figures-at-heading", "same-period-last-year", "period-columns", "target-column"}
    rows = [["Measure", f"{ly:%b %Y}", f"{as_at:%b %Y}", "Target", "Statistical neighbours"]]
    notes = []
    for k, f in enumerate(figs):
        cell = [(f.show(), "")]
        if k == 0:
            cell.append((f"{len(notes) + 1}", "sup"))
            f.marker = "sup"
            notes.append("Validated figure from the case management system.")
        rows.append([f.label, f.show(f.history[0]), cell, f.target, f"{f.show(f.history[0] * 1.07 if f.percent else int(f.history[0] * 1.07))}"])
        if f.rate is not None:
            rows.append([rate_label(f), f"{f.rate_at(f.history[0], ly):.1f}", f"{f.rate:.1f}", "-", "-"])
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 2)
    rows.append([lab, vals[0], vals[1], "-", "-"])
    w.table(rows, widths=[5.5, 2.3, 2.3, 2, 3])
    for i, n_ in enumerate(notes):
        w.runs([(f"{i + 1}", "sup"), (f" {n_}", "")])
    r.traits |= {"trap-national", "trap-other-council", "performance-table"}
    w.p(f"5.2 {' '.join(trap_lines(r, ['trap-difference', 'trap-percent']))} {cross(r, as_at)}")
    col = colleague(r)
    if col:
        w.p(f"5.3 The {PORTFOLIOS[col[1]]} portfolio holder, Cllr {col[0].surname}, has been consulted on the proposals.")
        r.traits.add("other-member-named")
    w.p("6. IMPLICATIONS", bold=True)
    w.p(f"6.1 Finance: {trap_lines(r, ['trap-money'])[0]}")
    w.p(f"6.2 Equalities: {trap_lines(r, ['trap-ages'])[0]}")
    r.traits.add("implications")
    w.p("7. DECISION", bold=True)
    w.p(f"I agree the recommendations set out in section 2 of this report.")
    w.p("Signed: ........................................")
    w.p(f"{who}, {r.role}")
    w.p(f"Date: {bare_slash(r.meeting) if r.variant % 2 else signed}")
    r.traits |= {"signature", "report-date-before-meeting-date"}
    w.p(f"Call-in: this decision may not be implemented until 5pm on {dashed(callin)}.", size=9)
    w.p(f"Report prepared {dashed(r.report_date)}. Democratic Services, {DOMAIN}", size=8)
    r.traits.add("trap-other-meeting-date")
    return _out(r, final, work, w, pdf)


# =====================================================================================
# call-in-pack
# =====================================================================================

def make_callin(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 30)))
    prev = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.7)
    r.figs = list(figs)
    osc = r.meeting + dt.timedelta(days=rng.randint(8, 13))
    form = ["cllr-full", "cbe", "cllr-initial", "full"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    w = Word("Arial", 11)
    w.p(f"{COUNCIL}", bold=True)
    w.p(f"Overview and Scrutiny Management Committee - {long(osc, weekday=True)}", bold=True)
    w.p(f"Agenda Item {rng.randint(4, 9)}", bold=True)
    r.traits |= {"agenda-item-number", "trap-other-meeting-date"}
    w.p("CALL-IN OF A CABINET DECISION", bold=True, size=14)
    w.p(f"Decision: {r.title}")
    w.p(f"Taken by: the {r.executive} on {long(r.meeting, weekday=True)}, on the report of the {r.role}")
    r.traits |= {"weekday-date", "call-in", "decision-date-in-pack"}
    callers = rng.sample(CALLERS, 3)
    w.p("1. The call-in", bold=True)
    w.p(f"1.1 The decision was called in on {long(r.meeting + dt.timedelta(days=rng.randint(2, 4)))} by "
        f"{callers[0]}, {callers[1]} and {callers[2]} under Scrutiny Procedure Rule 16.")
    f0 = rng.choice(figs)
    w.p(f"1.2 Their reasons: the report quotes {f0.show(f0.history[0])} {noun(rng, f0.key)} for "
        f"{quarter_name(prev)}, and the members ask whether the decision should wait for the year-end position; "
        f"they also ask the Committee to consider refering the decision back.")
    r.traits |= {"other-member-named", "trap-figure-in-callin-reasons", "earlier-period-in-sentence"}
    w.p("1.3 The Committee may: (a) take no further action; (b) refer the decision back to the Cabinet; or "
        "(c) refer the matter to full Council.")
    r.traits.add("trap-committee-options")
    w.p("2. The decision notice (Appendix A)", bold=True)
    w.p(f"{r.executive.upper()} DECISION - {long(r.meeting).upper()}", bold=True)
    w.p("RESOLVED - That:")
    w.p("the quarterly performance report be noted;", style="List Number")
    items = [decision(d, "passive") for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = it + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        w.p(t, style="List Number")
        r.commit(t)
    r.traits |= {"auto-numbering", "resolved-wording", "standing-resolution", "lead-in"}
    w.p("3. The Cabinet Member's report (Appendix B)", bold=True)
    w.p(f"Report of the {r.role} ({who})", italic=True)
    if r.predecessor:
        w.p(f"I would like to thank Cllr {r.predecessor.surname}, my predecessor, for her work on the "
            "portfolio.")
        r.traits.add("predecessor-thanked")
    w.p(background(r, 1)[0])
    w.p(f"Performance at the end of {quarter_name(q_end, 'quarter')} ({bare_slash(q_end)}):")
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "performance-table", "slash-date"}
    rows = [["Indicator", quarter_name(prev), quarter_name(q_end), "Target", "RAG"]]
    for f in figs:
        rows.append([f.label, f.show(f.history[0]), f.show(), f.target, rng.choice(["G", "A", "R"])])
        if f.rate is not None:
            rows.append([rate_label(f), f"{f.rate_at(f.history[0], prev):.1f}", f"{f.rate:.1f}", "", ""])
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), [lab, vals[0], vals[1], "-", "-"])
    w.table(rows, widths=[6, 2.5, 2.5, 2, 1.5])
    w.p(f"{subcount(r, rng.choice([f for f in figs if not f.percent] or figs))} "
        f"{' '.join(trap_lines(r, ['trap-other-council', 'trap-money', 'trap-percent']))}")
    w.p(cross(r, q_end))
    w.p(f"Cabinet Member: {who}. Report date: {slash(r.report_date)}.")
    r.traits.add("report-date-before-meeting-date")
    w.p("4. Recommendation to the Committee", bold=True)
    w.p("That the Committee considers the call-in and decides which of the options in paragraph 1.3 to take.")
    w.p(f"Contact: Scrutiny Officer, {r.officer[2]}", size=9)
    r.traits.add("trap-phone")
    return _out(r, final, work, w, pdf)

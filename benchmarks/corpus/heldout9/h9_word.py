"""Held-out-9 templates written as WordprocessingML by hand (h9_common.Docx; ODT and PDF by
LibreOffice):

  corporate-template-tracked  a report on the council's corporate Word template: the cover
                              fields and the recommendations held in content controls (inline
                              and block-level w:sdt), tracked changes left in (an old figure
                              deleted and the new one inserted, the meeting moved, a word
                              struck from a recommendation) and margin comments
  cabinet-member-question-time  the record of a scrutiny committee's 'Cabinet Member Question
                              Time': questions from members, the Cabinet Member's answers with
                              figures, the performance sheet sent in advance, the actions and
                              commitments agreed in a table
  google-docs-briefing        a Cabinet briefing note written in Google Docs and downloaded as
                              .docx: Google's styles, runs split mid-word, every run's font
                              spelt out, bullets and decimal lists by Google's numbering
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from council import COUNCIL, PORTFOLIOS
from h3_model import Job
from h8_common import (Report, background, colleague, cross, dotted, last_month_end, last_quarter_end, later, long,
                       lookalike, member_text, months_back, noun, ordinal_long, quarter_name, quarters_back,
                       rate_words, short_month, slash, status, subcount, trap_lines)
from h8_words import DIRECTORS, decision
from h9_common import Docx, decimal_numbering, run, style
from h9_words import QUESTIONERS

LETTERS = "abcdefgh"


def finish(r: Report, d: Docx, final: Path, work: Path, pdf: bool, **kw) -> Job:
    if pdf or final.suffix == ".odt":
        src = work / (final.stem + ".docx")
        d.save(src, **kw)
        return Job(r, final, src, ["lo-pdf" if pdf else "lo-odt"])
    d.save(final, **kw)
    return Job(r, final, final, [])


def iso_stamp(d: dt.date, h: int = 10, m: int = 0) -> str:
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00Z"


# =====================================================================================
# corporate-template-tracked
# =====================================================================================

CORP_STYLES = "".join([
    style("Normal", "Normal", rpr_='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>',
          ppr='<w:spacing w:after="120"/>', default=True),
    style("Heading1", "heading 1", rpr_='<w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/>',
          ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', based="Normal"),
    style("Title", "Title", rpr_='<w:b/><w:color w:val="1F3864"/><w:sz w:val="36"/>', based="Normal"),
    style("CoverLabel", "HBC Cover Label", rpr_='<w:b/><w:sz w:val="20"/>', based="Normal"),
    style("CommentReference", "annotation reference", kind="character", rpr_='<w:sz w:val="16"/>'),
    style("PlaceholderText", "Placeholder Text", kind="character", rpr_='<w:color w:val="808080"/>'),
])


def make_corporate(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng, v = r.rng, r.variant
    d = Docx(CORP_STYLES, author=r.officer[0], when=r.report_date, title=r.title,
             settings='<w:trackRevisions/><w:documentProtection w:edit="forms" w:enforcement="0"/>')
    r.traits |= {"content-controls", "tracked-changes", "margin-comments", "cover-block", "agenda-item-number",
                 "report-date-before-meeting-date", "corporate-template"}
    on = last_quarter_end(r.report_date - dt.timedelta(days=20))
    qs = quarters_back(on, 3)
    figs = r.draw(rng.randint(3, 4), on, n_history=2, rates=0.8)
    r.figs += figs
    editor = rng.choice(["Sarah Whitworth", "Imran Qureshi", "Gemma Holroyd"])
    edited = iso_stamp(r.report_date - dt.timedelta(days=rng.randint(1, 4)), 14, rng.randint(0, 59))
    who, t = member_text(r, ["cllr-dot", "full", "cllr-initial"][v % 3])
    r.traits |= t
    # the meeting was moved: the old date struck through, the new one inserted (variants 0, 2)
    mdate = long(r.meeting, weekday=True, comma=True)
    moved = v % 2 == 0
    old_date = r.meeting - dt.timedelta(days=7)
    date_runs = (d.change(long(old_date, weekday=True, comma=True), mdate, editor, edited) if moved else run(mdate))
    if moved:
        r.traits |= {"trap-deleted-date"}
    d.add(d.para(f"{COUNCIL}", jc="right", b=True, color="1F3864", sz=10))
    d.add(d.sdt("Committee", "Committee", d.para(r.executive, style="Title"), sid=101))
    d.p(r.title, b=True, sz=14)
    sdt_date = (f'<w:date w:fullDate="{r.meeting.isoformat()}T00:00:00Z"><w:dateFormat w:val="dddd, d MMMM yyyy"/>'
                '<w:lid w:val="en-GB"/><w:calendar w:val="gregorian"/></w:date>')
    cover = [
        ["Meeting", [d.para([d.sdt("Meeting", "MeetingName", run(r.executive), sid=102)])]],
        ["Date of meeting", [d.para([d.sdt("Meeting date", "MeetingDate", date_runs, kind=sdt_date, sid=103)])]],
        ["Agenda item", [d.para([d.sdt("Item number", "ItemNo", run(str(r.item)), sid=104)])]],
        ["Report of", [d.para([d.sdt("Portfolio holder", "PortfolioHolder", run(f"{who}, {r.role}"), sid=105)])]],
        ["Lead officer", [d.para([d.sdt("Lead officer", "LeadOfficer", run(f"{r.officer[0]}, {r.officer[1]}"), sid=106)])]],
        ["Key decision", [d.para([d.sdt("Key decision", "KeyDecision", run(rng.choice(["Yes", "No"])),
                                        kind='<w14:checkbox><w14:checked w14:val="1"/></w14:checkbox>', sid=107)])]],
        ["Wards affected", [d.para([d.sdt("Wards", "Wards", run("All wards"), sid=108)])]],
        ["Date of report", [d.para([d.sdt("Report date", "ReportDate", run(slash(r.report_date)), sid=109)])]],
    ]
    if v % 2:  # a cover field never filled in: the template's placeholder text left showing
        cover.append(["Exempt information", [d.para([d.sdt("Exempt", "Exempt", run(
            "Click or tap here to enter text.", style="PlaceholderText"), kind="<w:showingPlcHdr/>", sid=110)])]])
        r.traits.add("placeholder-text")
    d.add(d.table([[(a, {"b": True}), b] for a, b in cover], [4.5, 12], fills={(i, 0): "D9E2F3" for i in range(len(cover))},
                  bold_header=False))
    d.p("1. Purpose of the report", style="Heading1")
    d.p(f"1.1 To update {r.executive} on performance in the {r.portfolio_name} portfolio for {quarter_name(on, 'quarter')}, "
        f"the period ending {long(on)}, and to seek approval of the matters set out in section 2.")
    # the recommendations in a block-level content control
    d.p("2. Recommendations", style="Heading1")
    recs = [d.para(f"That {r.executive}:", keep=True)]
    r.traits |= {"lead-in", "lettered-items", "standing-resolution", "block-content-control"}
    recs.append(d.para(f"(a)\tnotes the performance set out in section 3;"))
    for k, dec in enumerate(r.decisions):
        text = decision(dec, "lower")
        last = k == len(r.decisions) - 1
        tail = "." if last else "; and" if k == len(r.decisions) - 2 else ";"
        letter = LETTERS[k + 1]
        if k == 0 and " the " in text:  # a word struck from the recommendation in review
            head, rest = text.split(" the ", 1)
            word = rng.choice(["draft ", "revised ", "proposed "])
            recs.append(d.para([run(f"({letter})\t{head} the "), d.change(word, "", editor, edited), run(rest + tail)]))
            r.traits.add("tracked-deletion-in-commitment")
        else:
            recs.append(d.para(f"({letter})\t{text}{tail}"))
        r.commit(f"{text}{tail}")
    d.add(d.sdt("Recommendations", "Recommendations", "".join(recs), sid=120))
    d.p("3. Performance", style="Heading1")
    d.p(f"3.1 The table shows the portfolio's indicators for the last three quarters. Figures for "
        f"{quarter_name(on)} are at {long(on)}.")
    r.traits |= {"performance-table", "period-columns", "target-column", "rag-column", "figures-at-heading"}
    rows = [["Indicator"] + [quarter_name(q) for q in qs] + ["Target", "Status"]]
    for f in figs:
        old = f.show(max(3, f.value + rng.choice([-1, 1]) * rng.randint(2, 9))) if not f.percent else f"{f.value - 0.4:.1f}%"
        latest = [d.para([d.change(old, f.show(), editor, edited)], jc="right")] if f is figs[0] else f.show()
        if f is figs[0]:
            r.traits.add("tracked-figure")
        if f is figs[-1]:
            latest = [d.para([d.comment(f.show(), f"Provisional - {rng.choice(['BI', 'Liquidlogic', 'Mosaic'])} extract "
                                        f"of {slash(on + dt.timedelta(days=rng.randint(3, 9)))}, may change by "
                                        f"{rng.randint(2, 15)} - please check with BI", editor, "".join(x[0] for x in editor.split()), edited)],
                             jc="right")]
        if len(figs) > 2 and f is figs[1]:  # a note number set as a superscript after the figure
            latest = [d.para([run(f.show()), run("2", sup=True)], jc="right")]
            f.marker = "sup"
        rows.append([f.label, *[f.show(h) for h in f.history], latest, f.target, status(f)])
        if f.rate is not None:
            rows.append([f"    rate per {f.metric.rate_per:,}", "", "", f"{f.rate:.1f}", "", ""])
            r.traits.add("rate-row")
    label, vals = lookalike(r, 3)
    rows.append([label, *vals, "-", "-"])
    d.add(d.table(rows, [6.2, 2.2, 2.2, 2.2, 1.8, 1.8], header_fill="1F3864", size=9,
                  fills={(0, j): "1F3864" for j in range(6)}))
    if any(f.marker == "sup" for f in figs):
        d.p([run("2", sup=True, sz=8), run(f" Figure validated on {slash(on + dt.timedelta(days=12))}; "
                                           f"see the data quality note.", sz=8)])
    g = later(r, figs, last_month_end(r.report_date), rate=False)
    if g:
        r.figs.append(g)
        d.p(f"3.2 The latest position at {long(g.as_of)} is {g.show()} {noun(rng, g.key)}.")
    d.p(f"3.3 {subcount(r, figs[0])} " + " ".join(trap_lines(r, ["trap-other-council", "trap-percent"])))
    d.p("3.4 " + cross(r, on))
    # a margin comment holding a number that is not a figure
    d.p([run("3.5 "), d.comment(background(r)[0], f"Last year's outturn was {figs[0].show(figs[0].history[0])} - "
                                f"do we want to say so? Let me know", r.officer[0], "".join(x[0] for x in r.officer[0].split()), edited)])
    r.traits.add("number-in-comment")
    d.p("4. Implications", style="Heading1")
    r.traits.add("implications")
    d.p("4.1 Financial: " + " ".join(trap_lines(r, ["trap-money"])))
    d.p("4.2 Legal: there are no direct legal implications arising from this report.")
    d.p("4.3 Equalities: an equality impact assessment has been completed. " + trap_lines(r, ["trap-ages"])[0])
    d.p("5. Background papers", style="Heading1")
    d.p(f"Report to {r.executive}, {long(r.meeting - dt.timedelta(days=rng.randint(80, 100)))}: "
        f"{quarter_name(qs[1], 'quarter')} performance.")
    r.traits.add("trap-other-meeting-date")
    d.p(f"Contact: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}, {r.officer[3]}", sz=9)
    header = Docx.para("OFFICIAL", jc="center", b=True, sz=9)
    footer = Docx.para(f"{COUNCIL} - corporate report template v4.2", jc="left", sz=8, color="808080")
    return finish(r, d, final, work, pdf, header=header, footer=footer)


# =====================================================================================
# cabinet-member-question-time
# =====================================================================================

QT_STYLES = "".join([
    style("Normal", "Normal", rpr_='<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>',
          ppr='<w:spacing w:after="100"/>', default=True),
    style("Heading1", "heading 1", rpr_='<w:b/><w:sz w:val="28"/>', ppr='<w:spacing w:before="200" w:after="100"/>',
          based="Normal"),
    style("Heading2", "heading 2", rpr_='<w:b/><w:i/><w:sz w:val="23"/>', ppr='<w:spacing w:before="160" w:after="60"/>',
          based="Normal"),
])
COMMITTEES = {"childrens-services": "Children and Young People", "education": "Children and Young People",
              "adult-social-care": "Health and Adult Social Care", "public-health": "Health and Adult Social Care",
              "housing": "Communities and Housing", "community-safety": "Communities and Housing",
              "environment": "Place", "regeneration": "Place", "finance": "Corporate Resources",
              "culture": "Place"}


def make_question_time(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng, v = r.rng, r.variant
    d = Docx(QT_STYLES, author="Scrutiny Officer", when=r.meeting + dt.timedelta(days=6))
    r.traits |= {"questions-and-answers", "scrutiny-record", "agenda-item-number", "weekday-date", "actions-table",
                 "standing-resolution", "other-member-named", "rate-in-line", "member-in-attendance"}
    on = last_quarter_end(r.meeting - dt.timedelta(days=25))
    prev = quarters_back(on, 2)[0]
    figs = r.draw(rng.randint(3, 4), on, n_history=1, rates=0.7)
    r.figs += figs
    who, t = member_text(r, ["full", "cllr-full", "councillor-initial", "cllr-dot"][v % 4])
    r.traits |= t
    comm = COMMITTEES[r.portfolio]
    qs = rng.sample(QUESTIONERS, 4)
    when = [ordinal_long(r.meeting, weekday=True), long(r.meeting, weekday=True), dotted(r.meeting),
            short_month(r.meeting, weekday=True)][v % 4]
    r.traits |= {"ordinal-date"} if v % 4 == 0 else {"dotted-date"} if v % 4 == 2 else {"abbreviated-month"} if v % 4 == 3 else set()
    d.p(f"{COUNCIL}", b=True, sz=10, color="595959")
    d.p(f"{comm} Scrutiny Committee", style="Heading1")
    d.p(f"Item {r.item}: Cabinet Member Question Time - {r.role}", b=True, sz=13)
    d.p(f"Record of the session held on {when}, 6.30pm, Committee Room 2, Civic Centre")
    d.p([("Present: ", {"b": True}), (f"{qs[0]} (Chair), {qs[1]}, {qs[2]}, {qs[3]}, "
                                      f"{rng.choice(['Cllr Haworth', 'Cllr Mensah'])}", {})])
    d.p([("In attendance: ", {"b": True}), (f"{who} ({r.role}); {r.officer[0]} ({r.officer[1]})", {})])
    if r.predecessor:
        d.p(f"The Chair welcomed the Cabinet Member to their first Question Time in the role and "
            f"thanked the previous Cabinet Member, Cllr {r.predecessor.name}, for attending over many years.")
        r.traits.add("predecessor-thanked")
    d.p("1. Performance information provided in advance", style="Heading2")
    d.p(f"The Cabinet Member had circulated the following sheet before the meeting (figures at {long(on)}).")
    r.traits |= {"performance-table", "period-columns", "target-column", "figures-at-heading"}
    rows = [["Measure", quarter_name(prev, "short") + " (previous)", quarter_name(on), "Target"]]
    for f in figs:
        val = f.show() + ("*" if f.rate is None and v % 2 and not f.percent else "")
        if val.endswith("*"):
            f.marker = "star"
        rows.append([f.label, f.show(f.history[-1]), val, f.target])
        if f.rate is not None:
            rows.append([f"Rate per {f.metric.rate_per:,}", "", f"{f.rate:.1f}", ""])
            r.traits.add("rate-row")
    d.add(d.table(rows, [7.5, 3, 3, 2.5], header_fill="D9D9D9", size=10))
    if any(f.marker for f in figs):
        d.p("* provisional", sz=9, i=True)
    d.p("2. Questions and answers", style="Heading2")
    f0, f1 = figs[0], figs[1]
    rate0 = f", a rate of {rate_words(f0)}" if f0.rate is not None else ""
    d.p([(f"Q1  {qs[1]} ", {"b": True}), (f"asked why the number of {noun(rng, f0.key)} had changed since the last "
                                         f"session.", {})])
    d.p(f"The Cabinet Member said that at {long(on)} there were {f0.show()} {noun(rng, f0.key)}{rate0}, compared with "
        f"{f0.show(f0.history[-1])} at {long(prev)}. {subcount(r, f0)}")
    r.traits.add("earlier-period-in-sentence")
    d.p([(f"Q2  {qs[2]} ", {"b": True}), ("asked how the council compared with its neighbours.", {})])
    d.p(f"The Cabinet Member replied that the {in_label(f1)} figure of {f1.show()} for {quarter_name(on)} was in line "
        f"with the plan. " + " ".join(trap_lines(r, ["trap-other-council", "trap-money"])))
    c = colleague(r)
    if c:
        d.p([(f"Q3  {qs[3]} ", {"b": True}), (f"asked about joint work with Cllr {c[0].name}, "
                                             f"{PORTFOLIOS[c[1]]} portfolio.", {})])
        d.p("The Cabinet Member said the two portfolios met monthly. " + cross(r, on))
    g = later(r, figs, last_month_end(r.meeting - dt.timedelta(days=5)), rate=True)
    if g:
        r.figs.append(g)
        rt = f" ({rate_words(g, short=True)})" if g.rate is not None else ""
        d.p([(f"Q4  {qs[0]} (Chair) ", {"b": True}), ("asked for the most recent position.", {})])
        d.p(f"Officers reported that the figure at {long(g.as_of)} was {g.show()}{rt}. "
            + trap_lines(r, ["trap-percent"])[0])
    d.p("3. Actions and commitments agreed", style="Heading2")
    r.traits |= {"typed-numbering", "commitments-in-table"}
    rows = [["Ref", "Action / commitment", "Lead", "Report back"]]
    for k, pr in enumerate(r.priorities[:3]):
        back = r.meeting + dt.timedelta(days=rng.randint(60, 150))
        rows.append([f"A{k + 1}", pr + ".", rng.choice(["Cabinet Member", r.officer[0], "Director"]),
                     short_month(back)])
        r.commit(pr)
    d.add(d.table(rows, [1.2, 9.5, 3.3, 2.5], header_fill="D9D9D9", size=10))
    d.p(f"RESOLVED: That the Committee notes the Cabinet Member's responses and the actions above.", b=True)
    nxt = r.meeting + dt.timedelta(days=rng.randint(80, 120))
    d.p(f"Next Cabinet Member Question Time ({r.role}): {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "trap-next-meeting"}
    d.p(f"Scrutiny officer: {rng.choice(['Beth Ainsworth', 'Tom Rigby'])}, 01632 97{rng.randint(1000, 9999)}", sz=9)
    footer = Docx.para(f"{comm} Scrutiny Committee - record of Cabinet Member Question Time", sz=8, color="595959")
    return finish(r, d, final, work, pdf, footer=footer)


def in_label(f) -> str:
    return f.label[0].lower() + f.label[1:] if not f.label.isupper() else f.label


# =====================================================================================
# google-docs-briefing
# =====================================================================================

G_RUN = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
G_STYLES = "".join([
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
    style("Normal", "normal", default=True),
    style("Heading1", "heading 1", rpr_='<w:sz w:val="40"/><w:szCs w:val="40"/>',
          ppr='<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="400"/>', based="Normal"),
    style("Heading2", "heading 2", rpr_='<w:sz w:val="32"/><w:szCs w:val="32"/>',
          ppr='<w:keepNext w:val="1"/><w:spacing w:after="120" w:before="360"/>', based="Normal"),
    style("Title", "Title", rpr_='<w:sz w:val="52"/><w:szCs w:val="52"/>', ppr='<w:spacing w:after="60"/>', based="Normal"),
    style("Subtitle", "Subtitle", rpr_='<w:color w:val="666666"/><w:sz w:val="30"/>', ppr='<w:spacing w:after="320"/>',
          based="Normal"),
])


def g_runs(text: str, rng, **p) -> list[str]:
    """Google writes a paragraph as many runs, split wherever an edit once landed (mid-word too)."""
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + rng.randint(4, 40))
        out.append(run(text[i:j], font="Arial", color="000000", **p))
        i = j
    return out


def make_gdocs(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng, v = r.rng, r.variant
    numbering = (decimal_numbering(1, "bullet", "\u25cf", bullet_font="Arial")
                 + decimal_numbering(2, "decimal", "%1.") + decimal_numbering(3, "lowerLetter", "%1."))
    d = Docx(G_STYLES, numbering=numbering, author="", when=r.report_date, title=r.title)
    r.traits |= {"google-docs", "split-runs", "auto-numbering", "bulleted-figures", "agenda-item-number",
                 "report-date-before-meeting-date", "standing-resolution", "rate-in-line", "figures-at-heading",
                 "period-columns", "performance-table"}
    on = last_month_end(r.report_date - dt.timedelta(days=rng.randint(8, 20)))
    months = months_back(on, 3)
    figs = r.draw(rng.randint(3, 4), on, monthly=True, n_history=2, rates=0.7)
    r.figs += figs
    who, t = member_text(r, ["cllr-full", "cllr-initial", "full", "cllr-dot"][v % 4])
    r.traits |= t
    mdate = [slash(r.meeting), short_month(r.meeting, weekday=True), long(r.meeting), f"{r.meeting:%d/%m/%y}"][v % 4]
    r.traits |= [{"slash-date"}, {"abbreviated-month", "abbreviated-weekday", "weekday-date"}, set(),
                 {"slash-date", "short-year-slash-date"}][v % 4]
    P = lambda text, **kw: d.add(d.para(g_runs(text, rng), **kw))  # noqa: E731
    sp = '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'
    d.add(d.para(g_runs(f"{r.executive} briefing: {r.title}", rng), style="Title", spacing=sp))
    d.add(d.para(g_runs(f"{r.executive} {mdate} | Agenda item {r.item} | Lead member: {who}", rng), style="Subtitle"))
    P(f"Prepared by {r.officer[0]} ({r.officer[1]}). Draft {rng.randint(3, 7)} - shared with the Lead Member "
      f"on {slash(r.report_date)}.", spacing=sp)
    d.add(d.para(g_runs("Summary", rng), style="Heading2"))
    P(" ".join(background(r, 2)))
    d.add(d.para(g_runs(f"Key numbers (end of {months[-1]:%B %Y})", rng), style="Heading2"))
    for f in figs:
        rt = f" ({rate_words(f)})" if f.rate is not None else ""
        d.add(d.para(g_runs(f"{f.label}: {f.show()}{rt}", rng), num=(1, 0), spacing=sp))
    label, vals = lookalike(r, 3)
    d.add(d.para(g_runs(f"{label}: {vals[-1]}", rng), num=(1, 0), spacing=sp))
    d.add(d.para(g_runs("Three-month trend", rng), style="Heading2"))
    rows = [["Measure", *[f"{m:%b %Y}" for m in months]]]
    for f in figs:
        rows.append([f.label, *[f.show(h) for h in f.history], f.show()])
    d.add(d.table(rows, [7.4, 3, 3, 3], borders="single", size=10, font="Arial", cell_margin=100))
    g = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(1, 4)), rate=True)
    if g:
        r.figs.append(g)
        rt = f", {rate_words(g)}" if g.rate is not None else ""
        P(f"Update: the live dashboard showed {g.show()} {noun(rng, g.key)} on {long(g.as_of)}{rt}.")
    P(" ".join(trap_lines(r, ["trap-other-council", "trap-money", "trap-percent", "trap-phone"])))
    P(cross(r, on))
    d.add(d.para(g_runs(f"What we are asking {r.executive} to do", rng), style="Heading2"))
    P(f"{r.executive} is recommended to:", spacing=sp)
    r.traits.add("lead-in")
    d.add(d.para(g_runs(f"note the position at the end of {months[-1]:%B %Y};", rng), num=(2, 0), spacing=sp))
    for k, dec in enumerate(r.decisions):
        tail = "." if k == len(r.decisions) - 1 else ";"
        d.add(d.para(g_runs(decision(dec, "lower") + tail, rng), num=(2, 0), spacing=sp))
        r.commit(decision(dec, "lower") + tail)
    d.add(d.para(g_runs("Next steps", rng), style="Heading2"))
    nxt = r.meeting + dt.timedelta(days=rng.randint(50, 100))
    P(f"A further update will come to {r.executive} on {long(nxt)}. Comments to {r.officer[3]}.")
    r.traits.add("trap-other-meeting-date")
    return finish(r, d, final, work, pdf)

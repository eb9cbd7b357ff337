"""Held-out-4 templates written in Word (python-docx through ../heldout2/h2_docx.Writer):

  scottish-committee-report  a report by an Executive Director to a service committee, in the
                             Scottish councils' house style: a cover of labelled lines, a Report
                             No., '2. RECOMMENDATIONS' with 2.1 and roman (i), (ii) items, typed
                             paragraph numbers, and the performance in an Appendix 1 table
  textbox-word-report        a report whose key figures and the member's foreword sit in Word
                             text boxes (floating frames, VML as Word's compatibility mode saves
                             them) beside the body; automatic numbering
  scrutiny-landscape-appendix an overview and scrutiny performance report: a portrait covering
                             report, then a landscape scorecard appendix that runs across pages
                             with its header row repeated (printed to PDF)
  checkbox-cover-report      a unitary council's Cabinet report whose cover is a form of boxes
                             with ticked check boxes, R1/R2 recommendations and a 'data as at'
                             table in which each row carries its own date

Each may go on through LibreOffice (ODT or PDF) and the scanner: see make.py.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from council import COUNCIL
from h2_docx import Cell
from h3_word import Writer, docx_job
from h4_model import (FOOTNOTE, Job, Report, background, colleague, cross, fin_year, last_month_end,
                      last_quarter_end, later, long_date, lookalike, marked, member_as, mon_yy,
                      name_traits, noun, quarter_name, quarters_back, rate_words, slash, status, step,
                      subcount, trap_lines)
from h4_words import DIRECTORS, decision

CODE = {"childrens-services": "CYP", "education": "CYP", "adult-social-care": "AHW", "housing": "PL",
        "environment": "PL", "community-safety": "COM", "regeneration": "PL", "finance": "CS",
        "culture": "COM", "public-health": "PH"}


def committee(r: Report) -> str:
    return {"childrens-services": "Children and Families Committee", "education": "Education and Learning Committee",
            "adult-social-care": "Adult Care and Health Committee", "housing": "Housing and Communities Committee",
            "environment": "Environment and Infrastructure Committee", "community-safety": "Communities and Public Protection Committee",
            "regeneration": "Place and Economy Committee", "finance": "Policy and Resources Committee",
            "culture": "Culture and Communities Committee", "public-health": "Health and Wellbeing Committee"}[r.portfolio]


def landscape_section(w: Writer) -> None:
    s = w.d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)


# =====================================================================================
# Scottish committee report
# =====================================================================================

def make_scottish(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(18, 40)))
    ends = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=3, rates=0.8)
    if rng.random() < 0.6:
        rng.choice(figs).marker = "sup"
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(3, 10)))
    extra = later(r, figs, month)
    r.figs = figs + ([extra] if extra else [])
    latest_first = r.variant % 2 == 1

    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.3)
    w.header("", f"{r.title}", size=8)
    w.header("Page {PAGE}", "", size=8, footer=True)
    w.para(COUNCIL.upper(), bold=True, size=13, align="center", after=12)
    form, who = member_as(rng, r.member, ["cllr-initial", "councillor-initial", "full", "cllr-dot"])
    r.traits |= name_traits(form)
    ref = f"{CODE[r.portfolio]}/{r.meeting.year % 100:02d}/{rng.randint(12, 190):03d}"
    weekday = r.variant % 3 == 0
    meet = long_date(r.meeting, weekday=weekday, ordinal_day=r.variant % 2 == 0)
    cover = [("Report to:", committee(r)), ("Date of Meeting:", meet),
             ("Report by:", DIRECTORS[r.portfolio]), ("Report No:", ref),
             ("Contact Officer:", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"),
             ("Subject:", r.title), ("Lead Member:", f"{who}, {r.role}")]
    for label, text in cover:
        w.para(f"**{label}**\t{text}", hanging=4.0, after=2)
    r.traits |= {"cover-block", "report-number"} | ({"weekday-date"} if weekday else set())

    def sec(n, t):
        w.para(f"{n}.\t{t.upper()}", bold=True, hanging=1.0, before=10, keep=True)

    def p(no, t, **kw):
        return w.para(f"{no}\t{t}", hanging=1.0, align="justify", **kw)

    sec(1, "Purpose")
    p("1.1", f"The purpose of this report is to update the Committee on '{r.title}' and to seek approval "
             f"for the actions set out in section 2. Performance to the end of {quarter_name(q_end, 'quarter')} "
             f"is attached as Appendix 1.")
    sec(2, "Recommendations")
    style = r.variant % 3
    ds = r.decisions
    if style == 0:
        p("2.1", "It is recommended that the Committee:", keep=True)
        romans = ["i", "ii", "iii", "iv", "v", "vi"]
        items = [decision(d, "third") for d in ds]
        k = 0
        for i, t in enumerate(items):
            text = t + ("; and" if i == len(items) - 1 else ";")
            w.para(f"({romans[k]})\t{text}", hanging=1.0, indent=1.0)
            r.commit(text)
            k += 1
        w.para(f"({romans[k]})\tnotes the performance information in Appendix 1.", hanging=1.0, indent=1.0)
        r.traits |= {"roman-items", "lead-in", "standing-resolution"}
    elif style == 1:
        p("2.1", "The Committee is asked to note the contents of this report.")
        for i, d in enumerate(ds):
            text = f"The Committee is asked to {decision(d, 'lower')}."
            p(f"2.{i + 2}", text)
            r.commit(text)
        r.traits |= {"standing-resolution", "numbered-recommendations"}
    else:
        p("2.1", "It is recommended that the Committee:", keep=True)
        for i, d in enumerate(ds):
            text = decision(d, "third") + ("." if i == len(ds) - 1 else "; and" if i == len(ds) - 2 else ";")
            w.para(f"2.1.{i + 1}\t{text}", hanging=1.2, indent=1.0)
            r.commit(text)
        r.traits |= {"lead-in", "numbered-recommendations"}
    r.traits.add("typed-numbering")

    sec(3, "Background")
    bg = background(r, 2)
    p("3.1", bg[0] + " " + trap_lines(r, ["trap-wards"])[0])
    p("3.2", bg[1] + " " + trap_lines(r, ["trap-other-council"])[0])
    if r.predecessor and rng.random() < 0.7:
        p("3.3", f"The Committee will recall that the programme was begun under the previous Lead Member, "
                 f"Councillor {r.predecessor.name}.")
        r.traits.add("predecessor-thanked")
    sec(4, "Performance")
    p("4.1", f"Appendix 1 sets out performance for {quarter_name(q_end, 'quarter')} against the targets "
             f"agreed for {fin_year(q_end, short=False)}, with the previous quarters for comparison.")
    n = 2
    if extra:
        up = "risen" if extra.value > [f for f in figs if f.key == extra.key][0].value else "fallen"
        p(f"4.{n}", f"More recent management information shows that the number of {noun(rng, extra.key)} had "
                    f"{up} to {extra.show()} at {long_date(extra.as_of)}.")
        n += 1
    p(f"4.{n}", subcount(r, rng.choice([f for f in figs if not f.percent] or figs)) + " "
               + trap_lines(r, ["trap-percent"])[0])
    p(f"4.{n + 1}", cross(r, q_end))
    sec(5, "Implications")
    p("5.1", "**Financial** – " + trap_lines(r, ["trap-money"])[0])
    p("5.2", "**Legal** – There are no legal implications arising directly from this report.")
    p("5.3", "**Equalities** – An equality impact assessment has been completed. " + trap_lines(r, ["trap-ages"])[0])
    p("5.4", "**Risk** – The main risks are recorded on the service risk register.")
    sec(6, "Consultation")
    p("6.1", f"The Chief Finance Officer, the Monitoring Officer and the Lead Member have been consulted on this report.")
    sec(7, "Background papers")
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(10, 20))
    p("7.1", f"Report to the {committee(r)}, {long_date(earlier)} ({CODE[r.portfolio]}/{earlier.year % 100:02d}/"
             f"{rng.randint(12, 190):03d}).")
    r.traits.add("trap-other-meeting-date")
    w.para("")
    w.para(f"**{DIRECTORS[r.portfolio]}**", after=0)
    w.para(f"Date: {slash(r.report_date)}", after=0)
    r.traits |= {"report-date-before-meeting-date", "slash-date"}

    # Appendix 1
    w.page_break()
    w.para("**Appendix 1**", align="right")
    w.para(f"**{r.portfolio_name}: performance indicators, {quarter_name(q_end, 'quarter')}**", keep=True)
    cols = [quarter_name(e, "q") for e in ends]
    outturn = f"{fin_year(q_end - dt.timedelta(days=365))} outturn"
    head_texts = ["Indicator", outturn] + (cols[::-1] if latest_first else cols) + ["Target", "Status"]
    head = [Cell(h, bold=True, shade="D9E2F3", align="center" if i else "left") for i, h in enumerate(head_texts)]
    rows = []
    for f in figs:
        hist = f.history  # oldest first: outturn, q-2, q-1
        vals = [f.show(hist[1]), f.show(hist[2]), marked(f, "docx")]
        if latest_first:
            vals = vals[::-1]
        rows.append([Cell(f.label)] + [Cell(f.show(hist[0]), align="right")] + [Cell(v, align="right") for v in vals]
                    + [Cell(f.target, align="right"), Cell(status(f), align="center")])
        if f.rate is not None:
            rate_vals = [f.rate_at(hist[1], ends[0]), f.rate_at(hist[2], ends[1]), f.rate]
            if latest_first:
                rate_vals = rate_vals[::-1]
            per = f"{f.metric.rate_per:,}"
            rows.append([Cell(f"   Rate per {per} {rate_words(f).split(per + ' ', 1)[1]}")] + [Cell("", align="right")]
                        + [Cell(f"{x:.1f}", align="right") for x in rate_vals] + [Cell(""), Cell("")])
            r.traits.add("rate-row")
    label, lv = lookalike(r, 4)
    rows.insert(rng.randint(1, len(rows)), [Cell(label)] + [Cell(v, align="right") for v in lv] + [Cell("-"), Cell("")])
    w.table([head] + rows, [5.2, 1.9, 1.9, 1.9, 1.9, 1.6, 1.5], size=9, header_rows=1)
    if any(f.marker == "sup" for f in figs):
        w.para("^1^ " + FOOTNOTE["sup"][2:], size=8)
    w.para("Status: Green – on or better than target; Amber – within 5%; Red – more than 5% off target.", size=8)
    r.traits |= {"performance-table", "period-columns", "target-column", "outturn-column", "rag-column", "appendix-table"}
    if latest_first:
        r.traits.add("latest-first-columns")
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# Word report with text boxes
# =====================================================================================

def _textbox(w: Writer, anchor_para, paras: list[str], left_cm: float, top_cm: float, width_cm: float,
             height_cm: float, fill: str = "FFFFFF", line: str = "1F4E79") -> None:
    """A floating VML text box anchored to a paragraph: its text flows inside w:txbxContent."""
    inner = []
    for text in paras:
        p = w.d.add_paragraph()
        w.runs(p, text, size=10)
        p.paragraph_format.space_after = Cm(0.1)
        inner.append(p._p)
        p._p.getparent().remove(p._p)
    shape_id = f"_x0000_s{1025 + w._ids}"
    w._ids += 1
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="{shape_id}" type="#_x0000_t202" style="position:absolute;margin-left:{left_cm}cm;'
           f'margin-top:{top_cm}cm;width:{width_cm}cm;height:{height_cm}cm;z-index:251659264;'
           f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
           f'fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    run = parse_xml(xml)
    box = run.find(".//" + qn("w:txbxContent"))
    for p in inner:
        box.append(p)
    anchor_para._p.append(run)


def make_textbox(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(4, 25)))
    figs = r.draw(rng.randint(3, 4), as_at, rates=0.7)
    r.figs = list(figs)
    if rng.random() < 0.5:
        rng.choice(figs).marker = "star"
    w = Writer(r.report_date, author=r.officer[0], font="Calibri", size=11, title=r.title, margins=2.0)
    w.header(f"{COUNCIL}  |  {r.executive}", "OFFICIAL", size=8)
    w.header("{PAGE}", "", size=8, footer=True)
    form, who = member_as(rng, r.member, ["cllr-dot", "full", "cllr-full", "cllr-initial"])
    r.traits |= name_traits(form)
    w.para(f"**{r.executive.upper()}**", size=14, color="1F4E79", after=0)
    date_text = long_date(r.meeting, weekday=True, comma=r.variant % 2 == 0)
    w.para(f"**{date_text}**", size=12, color="1F4E79", after=10)
    r.traits.add("weekday-date")
    w.para(f"**{r.title}**", size=16, after=6)
    w.table([[Cell(f"{r.executive} Member", bold=True, shade="DEEAF6"), Cell(f"{who}, {r.role}")],
             [Cell("Lead officer", bold=True, shade="DEEAF6"), Cell(f"{r.officer[0]}, {r.officer[1]}")],
             [Cell("Key decision", bold=True, shade="DEEAF6"), Cell(rng.choice(["Yes", "No"]))],
             [Cell("Wards", bold=True, shade="DEEAF6"), Cell("All")]], [4.0, 7.5], size=10)
    r.traits.add("cover-block")
    # the key facts box, floating to the right of the summary
    anchor = w.para("**1.  Summary**", size=12, color="1F4E79", before=6)
    facts = [f"**Key facts – at {long_date(as_at)}**"]
    for f in figs:
        line = f"**{marked(f, 'docx')}** {noun(rng, f.key)}"
        if f.rate is not None:
            line += f" ({rate_words(f, short=r.variant % 2 == 1)})"
            r.traits.add("rate-in-line")
        facts.append(line)
    if any(f.marker == "star" for f in figs):
        facts.append(FOOTNOTE["star"])
    _textbox(w, anchor, facts, left_cm=11.0, top_cm=0.6, width_cm=6.0, height_cm=1.4 + 1.1 * len(facts))
    r.traits |= {"text-box", "figures-box", "figures-at-heading"}
    for t in background(r, 2):
        w.para(t, after=6).paragraph_format.right_indent = Cm(6.6)
    w.para(trap_lines(r, ["trap-money"])[0]).paragraph_format.right_indent = Cm(6.6)
    w.para(cross(r, as_at)).paragraph_format.right_indent = Cm(6.6)
    w.para("")
    w.para("**2.  Recommendations**", size=12, color="1F4E79", before=18)
    w.para(f"That {r.executive}:", keep=True)
    items = [decision(d, "third") for d in r.decisions]
    texts = [t + ";" for t in items] + ["notes the progress described in this report."]
    w.numbered(texts, fmt="decimal", text="%1.", indent=1.3, hanging=0.7)
    for t in texts[:-1]:
        r.commit(t)
    r.traits |= {"auto-numbering", "lead-in", "standing-resolution", "numbered-recommendations"}
    # the foreword box, anchored to the next heading
    anchor = w.para(f"**3.  Foreword from the {r.executive} Member**", size=12, color="1F4E79", before=10)
    pri = r.priorities[:min(3, 6 - len(r.decisions))]
    fw = [f"I am pleased to present this update. {rng.choice(['It has been a demanding year for the service.', 'Staff have worked hard to keep services running well.'])}",
          "My priorities for the coming year are:"]
    for i, t in enumerate(pri):
        fw.append(f"{chr(97 + i)})  {t}.")
        r.commit(t)
    fw.append(f"**{who}**")
    fw.append(r.role)
    _textbox(w, anchor, fw, left_cm=0.0, top_cm=0.9, width_cm=16.5, height_cm=1.2 + 0.62 * len(fw), fill="F2F2F2",
             line="A6A6A6")
    r.traits |= {"signature", "lettered-items", "priorities-box"}
    for _ in range(len(fw) + 1):
        w.para("", after=4)
    w.para("**4.  Performance**", size=12, color="1F4E79", before=10)
    big = [f for f in figs if not f.percent] or figs
    w.para(subcount(r, rng.choice(big)) + " " + trap_lines(r, ["trap-national"])[0])
    w.para(trap_lines(r, ["trap-phone"])[0])
    w.para("**5.  Implications**", size=12, color="1F4E79", before=10)
    w.para("Financial: " + trap_lines(r, ["trap-years"])[0])
    w.para("Legal: None arising from this report.")
    c = colleague(r)
    if c:
        w.para(f"The report has been shared with Councillor {c[0].name}, Cabinet Member for {c[1]}, "
               f"because of the links between the two portfolios.")
        r.traits.add("other-member-named")
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# Overview and scrutiny report with a landscape appendix
# =====================================================================================

LOCAL = {
    "childrens-services": ["Re-referrals within 12 months (%)", "Visits to children in care on time (%)", "Average social work caseload"],
    "education": ["Annual reviews held on time (%)", "Mediation cases received", "Pupils placed out of borough"],
    "adult-social-care": ["Carers' assessments completed", "Reablement episodes started", "People waiting for an assessment"],
    "housing": ["Average days in bed and breakfast", "Empty homes brought back into use", "Rough sleepers on the last count"],
    "environment": ["Streets graded B or above (%)", "Bulky waste collections", "Graffiti removed within 5 days (%)"],
    "community-safety": ["Noise nuisance cases opened", "Premises licence reviews", "Knife crime offences (police data)"],
    "regeneration": ["Business rates growth (£m)", "Town centre footfall (weekly average)", "Householder applications in 8 weeks (%)"],
    "finance": ["Calls abandoned (%)", "Council tax collected (%)", "Ombudsman enquiries"],
    "culture": ["Library PC sessions", "Swim lessons delivered", "School loans boxes issued"],
    "public-health": ["Smokers setting a quit date", "Sexual health clinic attendances", "Young people in treatment"],
}
COMMENTS = ["Performance remains within the expected range for the time of year.",
            "Demand rose over the quarter; the service is reviewing capacity with partners.",
            "The data is subject to validation and may change at year end.",
            "An improvement plan is in place and progress is reported monthly to the Cabinet Member.",
            "Slightly off target; the cause is understood and recovery is expected next quarter.",
            "On track. The service expects to meet the annual target."]


def make_scrutiny(r: Report, final: Path, work: Path, pdf: bool = True) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(25, 45)))
    ends = quarters_back(q_end, 4)
    figs = r.draw(rng.randint(4, 5), q_end, n_history=3, rates=0.5)
    for f in figs:
        if f.rate is not None:
            f.rate = None if rng.random() < 0.5 else f.rate
    if rng.random() < 0.7:
        rng.choice(figs).marker = rng.choice(["star", "p"])
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 9)))
    extra = later(r, figs, month) if r.variant % 2 == 0 else None
    r.figs = figs + ([extra] if extra else [])

    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.0)
    w.header(f"Overview and Scrutiny Committee – {long_date(r.meeting)}   |   Agenda Item {r.item}", "", size=8)
    w.header(f"{COUNCIL}", "Page {PAGE} of {NUMPAGES}", size=8, footer=True)
    r.traits |= {"agenda-item-number", "running-header", "page-x-of-y"}
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "full"])
    r.traits |= name_traits(form)
    w.para("**OVERVIEW AND SCRUTINY COMMITTEE**", size=13, align="center", after=2)
    w.para(f"**{long_date(r.meeting, weekday=True, ordinal_day=True)}**", align="center", after=12)
    r.traits.add("weekday-date")
    w.para(f"**{r.portfolio_name.upper()} PORTFOLIO: QUARTERLY PERFORMANCE, {quarter_name(q_end, 'quarter').upper()}**",
           align="center", after=10)
    w.table([[Cell("Report of:", bold=True), Cell(DIRECTORS[r.portfolio])],
             [Cell("Cabinet Member attending:", bold=True), Cell(f"{who}, {r.role}")],
             [Cell("Purpose:", bold=True), Cell("To enable the Committee to scrutinise the performance of the portfolio.")]],
            [5.0, 12.0], size=10, borders=False)
    r.traits.add("cover-block")
    h = lambda t: w.para(f"**{t}**", before=8, keep=True)
    h("1. Recommendations")
    w.para("The Committee is recommended to:", keep=True)
    items = ["note the performance of the portfolio set out at Appendix A;"]
    for d in r.decisions[:2]:
        items.append(f"recommend to {r.executive} that it {decision(d, 'lower')};")
    items.append(f"ask the Cabinet Member to report back on {rng.choice(['the improvement plan', 'the indicators rated Red', 'the actions agreed'])} at a future meeting.")
    for i, t in enumerate(items):
        w.para(f"{i + 1}.\t{t}", hanging=0.8, indent=0.5)
        if i:
            r.commit(t)
    r.traits |= {"lead-in", "standing-resolution", "typed-numbering", "numbered-recommendations"}
    h("2. Background")
    w.para(f"2.1\tThe Committee receives a performance report for each portfolio every quarter. "
           f"The figures in Appendix A are at {long_date(q_end)}, the end of {quarter_name(q_end, 'quarter')}.",
           hanging=0.8)
    w.para("2.2\t" + background(r, 1)[0] + " " + trap_lines(r, ["trap-teams"])[0], hanging=0.8)
    h("3. Performance summary")
    rag = [status(f) for f in figs]
    w.para(f"3.1\tOf the {len(figs)} indicators reported, {rag.count('Green')} are rated Green, {rag.count('Amber')} "
           f"Amber and {rag.count('Red')} Red.", hanging=0.8)
    if extra:
        w.para(f"3.2\tSince the end of the quarter the figure for {extra.label.lower() if extra.label[1:].islower() else extra.label} "
               f"has moved to {extra.show()} (at {long_date(extra.as_of)}).", hanging=0.8)
    w.para("3.3\t" + trap_lines(r, ["trap-regional"])[0] + " " + trap_lines(r, ["trap-difference"])[0], hanging=0.8)
    h("4. Implications")
    w.para("4.1\tFinancial: " + trap_lines(r, ["trap-money"])[0], hanging=0.8)
    w.para("4.2\tLegal, equalities and climate: none arising from this report.", hanging=0.8)
    h("5. Background papers")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(11, 14))
    w.para(f"Quarterly performance report to this Committee, {slash(prev)}.")
    r.traits |= {"trap-other-meeting-date", "slash-date"}
    w.para(f"Contact: {r.officer[0]}, {r.officer[1]} – {r.officer[2]}")
    r.traits.add("trap-phone")

    landscape_section(w)
    w.para(f"**Appendix A – {r.portfolio_name} scorecard, {quarter_name(q_end, 'quarter')}**", size=12)
    w.para(f"Figures at {long_date(q_end)}. Polarity: ▲ higher is better, ▼ lower is better.", size=9)
    r.traits.add("figures-at-heading")
    head = ["Ref", "Measure", "Pol.", *[quarter_name(e, "qq") for e in ends], "Target", "RAG", "Comment"]
    rows = [[Cell(t, bold=True, shade="BFBFBF", align="center") for t in head]]
    from h3_model import LOWER_BETTER
    body_rows = []
    for f in figs:
        vals = [f.show(v) for v in f.history] + [marked(f, "docx")]
        body_rows.append((f.label, "▼" if f.key in LOWER_BETTER else "▲", vals, f.target, status(f)))
        if f.rate is not None:
            body_rows.append((f"{f.label} – rate per {f.metric.rate_per:,}", "", ["", "", "", f"{f.rate:.1f}"], "", ""))
            r.traits.add("rate-row")
    for label in LOCAL[r.portfolio]:
        pct = "(%)" in label
        v = rng.uniform(55, 95) if pct else rng.randint(8, 400)
        vals = [f"{min(99.0, v + rng.uniform(-4, 4)):.1f}%" if pct else f"{max(1, int(v * rng.uniform(0.85, 1.15))):,}"
                for _ in ends]
        body_rows.insert(rng.randint(0, len(body_rows)), (label, rng.choice(["▲", "▼"]), vals, "-", "n/a"))
    from h4_words import LOOKALIKES
    for lab in LOOKALIKES[r.portfolio]:
        pct = "(%)" in lab
        v = rng.uniform(50, 92) if pct else rng.randint(10, 150)
        lv = [f"{min(99.0, v + rng.uniform(-4, 4)):.1f}%" if pct else f"{max(2, int(v * rng.uniform(0.85, 1.15))):,}"
              for _ in ends]
        body_rows.insert(rng.randint(0, len(body_rows)), (lab, "▲", lv, "-", "n/a"))
    r.traits.add("lookalike-row")
    for i, (label, pol, vals, tgt, rg) in enumerate(body_rows):
        rows.append([Cell(f"{CODE[r.portfolio]}{i + 1:02d}"), Cell(label), Cell(pol, align="center")] +
                    [Cell(v, align="right") for v in vals] +
                    [Cell(tgt, align="right"), Cell(rg, align="center",
                                                    shade={"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}.get(rg)),
                     Cell(" ".join(rng.sample(COMMENTS, rng.randint(2, 3))))])
    w.table(rows, [1.3, 6.0, 1.2, 1.7, 1.7, 1.7, 1.7, 1.6, 1.5, 7.2], size=9, header_rows=1)
    notes = [FOOTNOTE[f.marker] for f in figs if f.marker]
    for n in notes:
        w.para(n, size=8)
    r.traits |= {"landscape", "table-across-pages", "repeated-header-row", "performance-table", "period-columns",
                 "target-column", "rag-column", "polarity-column", "commentary-column"}
    return docx_job(r, w, final, work, pdf=True)


# =====================================================================================
# Cabinet report with a check-box cover
# =====================================================================================

def make_checkbox(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    w = Writer(r.report_date, author=r.officer[0], font="Verdana", size=10, title=r.title, margins=1.8)
    w.header(f"{COUNCIL} – {r.executive} Report", "", size=7, color="595959")
    w.header("Version 1.2  |  Template 2019", "{PAGE}", size=7, footer=True, color="595959")
    form, who = member_as(rng, r.member, ["cllr-full", "cllr-dot", "councillor-initial"])
    r.traits |= name_traits(form)
    yes_key = rng.random() < 0.5
    box = lambda on: "☒" if on else "☐"
    pub = r.report_date - dt.timedelta(days=rng.randint(0, 3))
    L = lambda t: Cell(t, bold=True, shade="E7E6E6")
    rows = [[L("Report to"), Cell(r.executive, span=3)],
            [L("Date of meeting"), Cell(slash(r.meeting)), L("Agenda item"), Cell(f"{r.item}")],
            [L("Report title"), Cell(r.title, span=3)],
            [L(f"{r.executive} Member"), Cell(f"{who} – {r.role}", span=3)],
            [L("Report author"), Cell(f"{r.officer[0]}, {r.officer[1]}", span=3)],
            [L("Key decision"), Cell(f"{box(yes_key)} Yes   {box(not yes_key)} No"), L("Forward Plan ref."),
             Cell(f"FP/{r.meeting.year}/{rng.randint(3, 88):03d}" if yes_key else "N/A")],
            [L("Exempt information"), Cell(f"☐ Yes   ☒ No"), L("Call-in applies"), Cell("☒ Yes   ☐ No")],
            [L("Wards affected"), Cell("☒ All   ☐ Specific", span=3)],
            [L("Date report published"), Cell(slash(pub), span=3)]]
    w.table(rows, [4.2, 4.4, 3.8, 5.0], size=9)
    r.traits |= {"cover-block", "check-boxes", "slash-date", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-publication-date"}
    h = lambda t: w.para(f"**{t}**", size=11, before=10, color="2F5496", keep=True)
    h("1. Purpose of report")
    w.para(f"To update {r.executive} on {r.title} and to seek agreement to the recommendations below.")
    h("2. Recommendations")
    w.para(f"{r.executive} is asked to:", keep=True)
    for i, d in enumerate(r.decisions):
        t = decision(d, "imperative") + "."
        w.para(f"**R{i + 1}.**\t{t}", hanging=1.0)
        r.commit(t)
    w.para(f"**R{len(r.decisions) + 1}.**\tNote the performance information in section 5.", hanging=1.0)
    r.traits |= {"r-numbered-recommendations", "lead-in", "standing-resolution"}
    h("3. Reasons for recommendations")
    w.para(background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0])
    h("4. Cabinet Member priorities")
    w.para(f"{who} has set the following priorities for the service for {fin_year(r.meeting, short=False)}:", keep=True)
    pr = r.priorities[:min(3, 6 - len(r.decisions))]
    w.numbered([t + "." for t in pr], fmt="upperLetter", text="%1.", indent=1.2, hanging=0.7)
    for t in pr:
        r.commit(t)
    r.traits |= {"auto-numbering", "lettered-items"}
    h("5. Performance")
    # each indicator has its own 'data as at' date: the latest month or quarter each source gives
    qd = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(12, 30)))
    md = last_month_end(r.report_date - dt.timedelta(days=rng.randint(3, 12)))
    n = rng.randint(3, 5)
    figs = r.draw(n, md, rates=0.6)
    for i, f in enumerate(figs):
        if i % 2 == 1:
            f.as_of = qd
            if f.rate is not None:
                f.rate = f.rate_at(f.value, qd)
    r.figs = figs
    w.para("The table shows the latest data for each indicator; the date of the data differs by source.")
    head = [Cell(t, bold=True, shade="2F5496", color="FFFFFF") for t in
            ("Indicator", "Latest", "Data as at", "Rate", "Same time last year", "Target")]
    rows = []
    for f in figs:
        d = f.as_of
        shown = {0: slash(d), 1: long_date(d), 2: f"{d.day:02d}-{mon_yy(d)}"}[r.variant % 3]
        prev = step(rng, f.metric, step(rng, f.metric, f.value))
        rows.append([Cell(f.label), Cell(marked(f, "docx"), align="right"), Cell(shown),
                     Cell(f"{f.rate:.1f}" if f.rate is not None else "–", align="right"),
                     Cell(f.show(prev), align="right"), Cell(f.target, align="right")])
    lab, lv = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), [Cell(lab), Cell(lv[0], align="right"), Cell(slash(md)), Cell("–"),
                                           Cell(lv[1], align="right"), Cell("–")])
    w.table([head] + rows, [6.2, 1.8, 2.6, 1.4, 2.6, 1.8], size=9, header_rows=1)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        f = rated[0]
        w.para(f"Rates are per {f.metric.rate_per:,} {rate_words(f).split(f'{f.metric.rate_per:,} ', 1)[1]}, using the ONS "
               f"mid-year estimate.", size=8)
        r.traits.add("rate-column")
    r.traits |= {"date-column", "performance-table", "target-column", "same-period-last-year", "several-as-of-dates"}
    w.para(trap_lines(r, ["trap-other-council"])[0] + " " + trap_lines(r, ["trap-percent"])[0])
    w.para(cross(r, md))
    h("6. Financial implications")
    w.para(trap_lines(r, ["trap-money"])[0])
    h("7. Legal implications")
    w.para("The Council has a statutory duty to provide the services described in this report.")
    h("8. Background documents")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(20, 30))
    w.para(f"{r.executive} report, {long_date(prev)}: {r.title}.")
    r.traits.add("trap-other-meeting-date")
    w.para(f"Contact officer: {r.officer[0]}, tel. {r.officer[2]}, {r.officer[3]}")
    r.traits.add("trap-phone")
    return docx_job(r, w, final, work, pdf)

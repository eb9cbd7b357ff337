"""Held-out-3 templates written in Word (python-docx through ../heldout2/h2_docx.Writer):

  london-cabinet-report      a London borough's Cabinet report
  welsh-bilingual-report     a Welsh council's report with a bilingual cover and headings
  excel-table-report         a metropolitan borough's report with a table pasted from Excel
  district-ph-update         a district council's Portfolio Holder Update to full Council

Each may go on through LibreOffice (ODT or PDF) and the scanner: see make.py.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from council import COUNCIL
from h2_docx import Cell, Writer as BaseWriter
from h3_model import (MONTHS, Fig, Job, Report, background, colleague, cross_portfolio, dotted, fin_year,
                      last_month_end, last_quarter_end, long_date, lookalike, member_as, mon_yy, months_back,
                      name_traits, ordinal, prose_label, quarter_name, quarters_back, slash, status, step,
                      subcount, trap_lines, welsh_date, on_weekday, weeks)
from h3_words import DIRECTORS, OTHER_MEASURES, REGION, WELSH_PORTFOLIO, decision, other_values

POP_WORDS = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults aged 18+",
             "older-people-65-plus": "people aged 65+", "households": "households"}


class Writer(BaseWriter):
    """../heldout2's writer, with table rows Word keeps whole across a page break."""

    def table(self, rows, widths, **kw):
        t = super().table(rows, widths, **kw)
        for row in t.rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        return t


def docx_job(r: Report, w: Writer, final: Path, work: Path, pdf: bool = False) -> Job:
    """The .docx itself, or a .docx for LibreOffice to turn into the final ODT or PDF."""
    if final.suffix == ".docx" and not pdf:
        w.save(final)
        return Job(r, final, final, [])
    src = work / (final.stem + ".docx")
    w.save(src)
    return Job(r, final, src, ["lo-pdf" if pdf or final.suffix == ".pdf" else "lo-odt"])


def rate_words(f: Fig) -> str:
    return f"{f.rate:.1f} per {f.metric.rate_per:,} {POP_WORDS[f.metric.population]}"


def _no_borders(t) -> None:
    """Excel's pasted ranges: no gridlines at all."""
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def _cell_border(cell, side: str = "bottom", size: int = 8) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(size))
    e.set(qn("w:color"), "000000")
    b.append(e)
    tcpr.append(b)


def _prose_figure(r: Report, table_figs: list[Fig], q_end: dt.date, month: dt.date) -> Fig | None:
    """A stock figure told in a sentence at the latest month's end, after the table's quarter:
    the same indicator at a later date (both are figures)."""
    stocks = [f for f in table_figs if f.metric.kind == "stock"]
    if not stocks or month <= q_end:
        return None
    base = stocks[0]
    f = Fig(base.metric, step(r.rng, base.metric, base.value), month, label=base.label)
    if base.rate is not None or (f.metric.rate_per and r.rng.random() < 0.6):
        f.rate = f.rate_at(f.value, month)
    r.traits |= {"prose-figure-later-date"}
    return f


# =====================================================================================
# London borough Cabinet report
# =====================================================================================

def make_london(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(20, 34)))
    n_q = rng.randint(3, 4)
    ends = quarters_back(q_end, n_q)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=n_q - 1, rates=0.0)
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(5, 12)))
    later = _prose_figure(r, figs, q_end, month)
    r.figs = figs + ([later] if later else [])
    stars = rng.random() < 0.5
    if stars:
        rng.choice(figs).marker = "star"

    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.2)
    w.header(COUNCIL, "Page {PAGE} of {NUMPAGES}", size=8, footer=True)
    agenda = rng.random() < 0.7
    if agenda:
        w.para(f"Agenda Item {r.item}", bold=True, align="right", size=12, after=4)
        r.traits.add("agenda-item-number")
    w.para(COUNCIL.upper(), bold=True, size=14, after=8)
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "councillor-initial"])
    r.traits |= name_traits(form)
    code = {"childrens-services": "CHE", "education": "CHE", "adult-social-care": "AHI", "housing": "CHN",
            "environment": "NEH", "community-safety": "CHN", "regeneration": "GPL", "finance": "FCR",
            "culture": "NEH", "public-health": "AHI"}[r.portfolio]
    weekday = rng.random() < 0.5
    lab = lambda t: Cell(t, bold=True, shade="F2F2F2")
    municipal = r.meeting.year if r.meeting.month >= 5 else r.meeting.year - 1
    rows = [[lab("Title of Report"), Cell(r.title)],
            [lab("Key Decision No"), Cell(f"{code} S{rng.randint(40, 260):03d}")],
            [lab(f"{r.executive.upper()} MEETING DATE ({municipal}/{(municipal + 1) % 100:02d})"),
             Cell(long_date(r.meeting, weekday=weekday))],
            [lab("CLASSIFICATION:"), Cell("Open")],
            [lab("WARD(S) AFFECTED"), Cell("All Wards")],
            [lab(f"{r.executive.upper()} MEMBER"), Cell(f"{who}\n{r.role}")],
            [lab("KEY DECISION"), Cell(rng.choice(["Yes", "No"]))],
            [lab("REASON"), Cell(rng.choice(["Spending or Savings", "Affects two or more wards", "N/A"]))],
            [lab("GROUP DIRECTOR"), Cell(f"{rng.choice(['Ann Cheverton', 'Paul Iveson', 'Tamsin Rudd'])}, "
                                         f"{DIRECTORS[r.portfolio]}")]]
    w.table(rows, [6.0, 10.6], size=10)
    r.traits |= {"cover-block", "soft-break-cover"} | ({"weekday-date"} if weekday else set())

    def section(n: int, title: str):
        w.para(f"{n}.\t{title.upper()}", bold=True, hanging=1.0, before=10, keep=True)

    def para(no: str, text: str, **kw):
        return w.para(f"{no}\t{text}", hanging=1.0, **kw)

    # 1. the member's own introduction, in the first person
    section(1, f"{r.executive} Member's Introduction")
    bg = background(r, 3)
    para("1.1", f"{bg[0]} This report sets out how the service has performed and what we propose to do next.")
    if later:
        f = later
        text = (f"At the end of {MONTHS[month.month - 1]} {month.year}, the latest position was "
                f"{f.show()} {prose_label(rng, f.metric)}")
        if f.rate is not None:
            text += f", a rate of {rate_words(f)}"
            r.traits.add("rate-in-line")
        text += f". {trap_lines(r, [rng.choice(['trap-national', 'trap-regional'])])[0]}"
        para("1.2", text)
        n = 3
    else:
        n = 2
    para(f"1.{n}", f"{trap_lines(r, ['trap-money'])[0]} I commend this report to {r.executive}.")

    section(2, "Group Director's Introduction")
    para("2.1", f"{bg[1]} {trap_lines(r, ['trap-teams'])[0]}")

    section(3, "Recommendation(s)")
    _london_recs(r, w, para)

    section(4, "Reasons for decision")
    para("4.1", "The recommendations will allow the service to meet rising demand within its agreed budget "
                "and to deliver the priorities in the Corporate Plan.")
    para("4.2", f"{bg[2]}")

    section(5, "Details of alternative options considered and rejected")
    para("5.1", "Do nothing. This option was rejected because it would not address the pressures set out in "
                "section 6 of this report.")
    para("5.2", f"Commission the work externally. This was rejected on cost grounds: the lowest indicative "
                f"quote was £{rng.randint(180, 690)},000 over {rng.randint(2, 4)} years.")

    section(6, "Background")
    para("6.1", f"Table 1 shows the indicators that the {r.executive} Member monitors for the portfolio, by "
                f"quarter, against the target for {fin_year(q_end)} and the London average." +
         (" Figures marked * are subject to validation." if stars else ""), keep=True)
    _london_table(r, w, figs, ends, q_end)
    k = 2
    lead = figs[0]
    lines = [subcount(r, lead) if lead.metric.kind != "percent" else trap_lines(r, ["trap-percent"])[0],
             cross_portfolio(r, q_end)]
    lines += trap_lines(r, rng.sample(["trap-percent", "trap-wards", "trap-other-council", "trap-ages", "trap-years"], 2))
    for line in lines:
        para(f"6.{k}", line)
        k += 1
    w.para("**Policy Context**", keep=True)
    para(f"6.{k}", "The proposals support the Corporate Plan priority of a fairer, safer and more sustainable borough.")
    k += 1
    w.para("**Equality Impact Assessment**", keep=True)
    para(f"6.{k}", "An equality impact assessment has been completed and is available from the report author.")
    k += 1
    w.para("**Consultations**", keep=True)
    para(f"6.{k}", f"The proposals were considered by the Scrutiny Commission on "
                   f"{long_date(on_weekday(r.meeting - dt.timedelta(days=rng.randint(21, 60)), 3))}.")
    r.traits.add("trap-other-meeting-date")
    k += 1
    w.para("**Risk Assessment**", keep=True)
    para(f"6.{k}", "The main risk is that demand continues to rise faster than the plan assumes. This is "
                   "monitored monthly by the directorate leadership team.")

    section(7, "Comments of the Group Director of Finance and Corporate Resources")
    para("7.1", trap_lines(r, ["trap-money"])[0] + " There are no further financial implications.")
    section(8, "Comments of the Director of Legal, Democratic and Electoral Services")
    para("8.1", f"Under Article 7.6 of the Constitution, the {r.executive} has authority to take the decisions "
                f"in this report. Section 9D of the Local Government Act 2000 applies.")
    r.traits.add("implications")

    w.para("**Appendices**", before=10, keep=True)
    w.para("None.")
    w.para("**Background documents**", keep=True)
    earlier = r.meeting - weeks(rng, 17, 43)
    w.para(f"Report to {r.executive}, {long_date(earlier)}: {r.title} (previous update).")
    rows = [[Cell("Report Author", bold=True), Cell(f"{r.officer[0]}, {r.officer[1]}\n{r.officer[3]}\n"
                                                     f"Tel: {r.officer[2]}")],
            [Cell("Comments for the Group Director of Finance and Corporate Resources prepared by", bold=True),
             Cell(f"Jo Ackroyd, Head of Finance\nTel: 01632 96{rng.randint(1000, 9999)}")],
            [Cell("Comments for the Director of Legal, Democratic and Electoral Services prepared by", bold=True),
             Cell(f"Sanjay Mistry, Senior Lawyer\nTel: 01632 96{rng.randint(1000, 9999)}")]]
    w.table(rows, [7.2, 9.4], size=10)
    r.traits |= {"trap-phone", "numbered-paragraphs", "reasons-for-decision", "alternative-options"}
    return docx_job(r, w, final, work, pdf)


def _london_recs(r: Report, w: Writer, para) -> None:
    rng = r.rng
    style = r.variant % 3
    if style == 2:  # Word's own list after a lead-in: a), b), c)
        w.para(f"{r.executive} is recommended to:", keep=True, indent=1.0)
        items = [decision(d, "imperative") for d in r.decisions]
        texts = [t + ";" for t in items[:-1]] + [items[-1] + "."]
        w.numbered(texts, fmt="lowerLetter", text="%1)", indent=1.9, hanging=0.8)
        for t in texts:
            r.commit(t)
        r.traits |= {"lead-in", "lettered-items", "auto-numbering"}
        return
    para("", f"{r.executive} is recommended to:", keep=True)
    no = 1
    if style == 1:
        para("3.1", "Note the contents of this report.")
        r.traits.add("standing-resolution")
        no = 2
    for i, d in enumerate(r.decisions):
        text = decision(d, "imperative") + ("." if i == len(r.decisions) - 1 else ";")
        para(f"3.{no}", text)
        r.commit(text)
        no += 1
    r.traits |= {"lead-in", "typed-numbering", "numbered-recommendations"}


def _london_table(r: Report, w: Writer, figs: list[Fig], ends: list[dt.date], q_end: dt.date) -> None:
    rng = r.rng
    head = [Cell("Indicator", bold=True, shade="000000", color="FFFFFF")]
    head += [Cell(quarter_name(e, "qq"), bold=True, shade="000000", color="FFFFFF", align="center") for e in ends]
    head += [Cell(f"Target {fin_year(q_end)}", bold=True, shade="000000", color="FFFFFF", align="center"),
             Cell("London average", bold=True, shade="000000", color="FFFFFF", align="center")]
    rows = []
    for f in figs:
        vals = [f.show(v) for v in f.history] + [f.show() + ("*" if f.marker == "star" else "")]
        lon = f.show(step(rng, f.metric, step(rng, f.metric, f.value)))
        rows.append([Cell(f.label)] + [Cell(v, align="right") for v in vals] +
                    [Cell(f.target, align="right"), Cell(lon, align="right")])
    label, vals = lookalike(r, len(ends))
    rows.insert(rng.randint(1, len(rows)), [Cell(label)] + [Cell(v, align="right") for v in vals] +
                [Cell("-", align="right"), Cell("-", align="right")])
    om = rng.choice(OTHER_MEASURES[r.portfolio])
    ov = other_values(rng, om, len(ends))
    rows.append([Cell(om[0])] + [Cell(v, align="right") for v in ov] + [Cell("-", align="right"), Cell("-", align="right")])
    w.para(f"**Table 1: {r.portfolio_name} indicators, {fin_year(q_end, short=False)}**", size=10, keep=True)
    w.table([head] + rows, [5.6] + [1.7] * len(ends) + [1.9, 1.9], size=9, header_rows=1)
    r.traits |= {"performance-table", "period-columns", "target-column", "trap-national", "comparator-column"}


# =====================================================================================
# Welsh council report with a bilingual cover
# =====================================================================================

def make_welsh(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(20, 34)))
    n_q = rng.randint(2, 3)
    ends = quarters_back(q_end, n_q)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=n_q - 1, rates=0.85)
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(4, 10)))
    later = _prose_figure(r, figs, q_end, month)
    r.figs = figs + ([later] if later else [])
    prov = rng.random() < 0.6
    if prov:
        rng.choice(figs).marker = "p"

    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.0)
    w.header(f"Tudalen {{PAGE}} / Page {{PAGE}}", "", size=8, footer=True)
    w.para(f"CYNGOR BWRDEISTREF HOLLINSFIELD\nHOLLINSFIELD BOROUGH COUNCIL", bold=True, align="center", size=13, after=10)
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "full", "cllr-full"])
    r.traits |= name_traits(form)
    welsh_who = who.replace("Councillor", "Cynghorydd").replace("Cllr", "Cyng.")
    ordinal_day = rng.random() < 0.5
    lab = lambda cy, en: Cell(f"{cy} /\n{en}", bold=True, shade="DDEBF7")
    rows = [[lab("Pwyllgor", "Committee"), Cell(f"{r.executive}")],
            [lab("Dyddiad y Cyfarfod", "Date of Meeting"),
             Cell(f"{welsh_date(r.meeting)}\n{long_date(r.meeting, weekday=True, ordinal_day=ordinal_day, comma=True)}")],
            [lab("Teitl yr Adroddiad", "Report Subject"), Cell(r.title)],
            [lab(f"Aelod {r.executive}", f"{r.executive} Member"),
             Cell(f"{welsh_who}, Aelod Cabinet – {WELSH_PORTFOLIO[r.portfolio]}\n{who}, {r.role}")],
            [lab("Awdur yr Adroddiad", "Report Author"), Cell(f"{r.officer[0]}, {r.officer[1]}")],
            [lab("Math o Adroddiad", "Type of Report"), Cell(rng.choice(["Strategol / Strategic", "Gweithredol / Operational"]))],
            [lab("Rhif yr Eitem", "Agenda Item No."), Cell(str(r.item))]]
    w.table(rows, [5.2, 11.8], size=10)
    r.traits |= {"cover-block", "bilingual-cover", "welsh-date", "weekday-date", "agenda-item-number", "soft-break-cover"}

    def band(cy: str, en: str):
        w.table([[Cell(f"{cy} / {en}", bold=True, shade="1F4E79", color="FFFFFF")]], [17.0], size=11)

    band("CRYNODEB GWEITHREDOL", "EXECUTIVE SUMMARY")
    bg = background(r, 3)
    w.para(f"{bg[0]} This report updates {r.executive} on performance for the {r.portfolio_name} portfolio to the end "
           f"of {quarter_name(q_end, 'quarter')} and seeks approval for the actions below.")

    band("ARGYMHELLION", "RECOMMENDATIONS")
    rec_rows = []
    no = 1
    if rng.random() < 0.5:
        rec_rows.append([Cell(str(no), bold=True, align="center"), Cell(f"That {r.executive} notes the report.")])
        r.traits.add("standing-resolution")
        no += 1
    for d in r.decisions:
        text = decision(d, "that", r.executive) + "."
        rec_rows.append([Cell(str(no), bold=True, align="center"), Cell(text)])
        r.commit(text)
        no += 1
    w.table(rec_rows, [1.4, 15.6], size=11)
    r.traits |= {"typed-numbering", "numbered-recommendations", "recommendations-table"}

    band("MANYLION YR ADRODDIAD", "REPORT DETAILS")
    detail = [[Cell("1.00", bold=True), Cell(f"EXPLAINING THE {r.portfolio_name.upper()} PERFORMANCE POSITION", bold=True)]]
    detail.append([Cell("1.01"), Cell(bg[1])])
    detail.append([Cell("1.02"), Cell(f"The table below shows performance by quarter for {fin_year(q_end)}, "
                                      f"with the target and the Wales average." +
                                      (" Figures marked p are provisional." if prov else ""))])
    w.table(detail, [1.6, 15.4], size=11, borders=False)
    _welsh_table(r, w, figs, ends, q_end)
    detail = []
    k = 3
    if later:
        text = (f"Since the end of the quarter the position has moved on: at {long_date(month)} there were "
                f"{later.show()} {prose_label(rng, later.metric)}")
        if later.rate is not None:
            text += f" ({rate_words(later)})"
            r.traits.add("rate-in-line")
        detail.append([Cell(f"1.{k:02d}"), Cell(text + ".")])
        k += 1
    lead = figs[0]
    extra = [subcount(r, lead) if lead.metric.kind != "percent" else trap_lines(r, ["trap-percent"])[0],
             cross_portfolio(r, q_end)]
    extra += trap_lines(r, rng.sample(["trap-wards", "trap-other-council", "trap-schools", "trap-ages"], 2))
    for line in extra:
        detail.append([Cell(f"1.{k:02d}"), Cell(line)])
        k += 1
    detail += [[Cell("2.00", bold=True), Cell("RESOURCE IMPLICATIONS", bold=True)],
               [Cell("2.01"), Cell(trap_lines(r, ["trap-money"])[0])],
               [Cell("3.00", bold=True), Cell("IMPACT ASSESSMENT AND RISK MANAGEMENT", bold=True)],
               [Cell("3.01"), Cell("The proposals have been assessed against the sustainable development principle "
                                   "of the Well-being of Future Generations (Wales) Act 2015: long-term, prevention, "
                                   "integration, collaboration and involvement. The impact is positive.")],
               [Cell("4.00", bold=True), Cell("CONSULTATIONS REQUIRED / CARRIED OUT", bold=True)],
               [Cell("4.01"), Cell(f"The Overview and Scrutiny Committee considered the performance position on "
                                   f"{long_date(on_weekday(r.meeting - dt.timedelta(days=rng.randint(14, 40)), 3), ordinal_day=True)}.")],
               [Cell("5.00", bold=True), Cell("APPENDICES", bold=True)],
               [Cell("5.01"), Cell("None.")],
               [Cell("6.00", bold=True), Cell("LIST OF ACCESSIBLE BACKGROUND DOCUMENTS", bold=True)],
               [Cell("6.01"), Cell(f"{r.executive} report, {long_date(r.meeting - weeks(rng, 13, 28))}.")],
               [Cell("7.00", bold=True), Cell("CONTACT OFFICER DETAILS", bold=True)],
               [Cell("7.01"), Cell(f"Contact Officer: {r.officer[0]}\nTelephone: {r.officer[2]}\nE-mail: {r.officer[3]}")],
               [Cell("8.00", bold=True), Cell("GLOSSARY OF TERMS", bold=True)],
               [Cell("8.01"), Cell(_glossary(r))]]
    w.table(detail, [1.6, 15.4], size=11, borders=False)
    r.traits |= {"implications", "trap-other-meeting-date", "trap-phone", "trap-years", "numbered-paragraphs"}
    return docx_job(r, w, final, work, pdf)


def _glossary(r: Report) -> str:
    g = {"childrens-services": "CLA: Children Looked After. CIN: Children in Need.",
         "education": "EHCP: Education, Health and Care Plan. NEET: not in education, employment or training.",
         "adult-social-care": "Section 42: the enquiry duty in the Care Act 2014.",
         "housing": "TA: temporary accommodation. DFG: Disabled Facilities Grant.",
         "environment": "FPN: fixed penalty notice.",
         "community-safety": "MARAC: Multi-Agency Risk Assessment Conference. ASB: anti-social behaviour.",
         "regeneration": "Major applications: ten or more dwellings or 1,000 square metres of floorspace.",
         "finance": "FOI: Freedom of Information Act 2000.",
         "culture": "Active volunteer: a volunteer who has given time in the last three months.",
         "public-health": "Four-week quitter: a smoker who has not smoked for four weeks after setting a quit date."}
    return g[r.portfolio]


def _welsh_table(r: Report, w: Writer, figs: list[Fig], ends: list[dt.date], q_end: dt.date) -> None:
    rng = r.rng
    fy_start = dt.date(ends[-1].year if ends[-1].month >= 4 else ends[-1].year - 1, 4, 1)
    out_year = fy_start - dt.timedelta(days=1)
    head = [Cell("Dangosydd / Indicator", bold=True, shade="D9D9D9"),
            Cell(f"Alldro / Outturn {fin_year(out_year)}", bold=True, shade="D9D9D9", align="center")]
    head += [Cell(quarter_name(e, "qq"), bold=True, shade="D9D9D9", align="center") for e in ends]
    head += [Cell("Targed / Target", bold=True, shade="D9D9D9", align="center"),
             Cell("Cyfartaledd Cymru / Wales average", bold=True, shade="D9D9D9", align="center")]
    groups = []
    for f in figs:
        last = f.show() + (" p" if f.marker == "p" else "")
        vals = [f.show(v) for v in f.history] + [last]
        base = step(rng, f.metric, f.history[0] if f.history else f.value)
        outturn = f.show(base * 4 + rng.randint(-9, 9) if f.metric.kind == "flow" else base)
        group = [[Cell(f.label), Cell(outturn, align="right")] + [Cell(v, align="right") for v in vals] +
                 [Cell(f.target, align="right"), Cell(f.show(step(rng, f.metric, f.value)), align="right")]]
        if f.rate is not None:
            rates = [f.rate_at(v, e) for v, e in zip(f.history, ends)] + [f.rate]
            group.append([Cell(f"   Cyfradd / Rate per {f.metric.rate_per:,} {POP_WORDS[f.metric.population]}"),
                          Cell("")] + [Cell(f"{x:.1f}", align="right") for x in rates] + [Cell(""), Cell("")])
            r.traits.add("rate-row")
        groups.append(group)
    label, vals = lookalike(r, len(ends) + 1)
    groups.insert(rng.randint(1, len(groups)), [[Cell(label)] + [Cell(v, align="right") for v in vals] +
                                                [Cell("-", align="right"), Cell("-", align="right")]])
    rows = [row for g in groups for row in g]
    w.para(f"**Perfformiad / Performance at {long_date(q_end)}**", size=10, keep=True, before=4)
    w.table([head] + rows, [5.0, 1.9] + [1.65] * len(ends) + [1.7, 2.0], size=9, header_rows=1)
    r.traits |= {"performance-table", "period-columns", "target-column", "outturn-column", "trap-national",
                 "figures-at-heading"}


# =====================================================================================
# Report with a performance table pasted from Excel
# =====================================================================================

def make_excel_report(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    latest = last_month_end(r.report_date - dt.timedelta(days=rng.randint(10, 25)))
    n_m = rng.randint(4, 5)
    ends = months_back(latest, n_m)
    figs = r.draw(rng.randint(3, 5), latest, monthly=True, n_history=n_m - 1, rates=0.8)
    stated = None
    if rng.random() < 0.35:  # the table states its own date, a few days after the month closed
        stated = latest + dt.timedelta(days=rng.randint(3, 9))
        r.restate(figs, stated)
    r.figs = figs
    star = rng.random() < 0.7
    if star:
        rng.choice(figs).marker = "star"

    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=12, title=r.title, margins=2.3)
    w.header("", "{PAGE}", size=9, footer=True)
    w.para(r.executive.upper(), bold=True, size=14, after=0)
    w.para(long_date(r.meeting, weekday=True, comma=True).upper(), bold=True, size=12, after=12)
    r.traits.add("weekday-date")
    w.table([[Cell("REPORT TITLE:", bold=True), Cell(r.title.upper(), bold=True)],
             [Cell("REPORT OF:", bold=True), Cell(DIRECTORS[r.portfolio].upper(), bold=True)]],
            [4.2, 12.0], borders=False, size=12)
    form, who = member_as(rng, r.member, ["full", "councillor-initial", "cllr-full", "cllr-dot"])
    r.traits |= name_traits(form) | {"cover-block"}

    def head(n: str, t: str):
        w.para(f"{n}\t{t}", bold=True, hanging=1.3, before=12, keep=True)

    def para(n: str, t: str, **kw):
        return w.para(f"{n}\t{t}", hanging=1.3, **kw)

    w.para("**REPORT SUMMARY**", before=6)
    bg = background(r, 3)
    w.para(f"This report provides the {r.executive} with an update on performance in {r.portfolio_name} to the end "
           f"of {MONTHS[latest.month - 1]} {latest.year}. {bg[0]}")
    w.para(f"The report relates to the portfolio of {who}, {r.role}. It affects all wards.")
    key = rng.random() < 0.5
    w.para(f"This {'is a key decision' if key else 'is not a key decision'}.")

    w.para("**RECOMMENDATION/S**", before=8, keep=True)
    w.para(f"The {r.executive} is recommended to:", keep=True)
    items = [decision(d, "imperative") for d in r.decisions]
    roman = r.variant % 2 == 1
    texts = [t + ";" for t in items[:-1]] + [items[-1] + "."]
    if len(texts) > 1:
        texts[-2] = texts[-2][:-1] + "; and"
    w.numbered(texts, fmt="lowerRoman" if roman else "decimal", text="(%1)" if roman else "%1.", indent=1.3, hanging=0.9)
    for t in texts:
        r.commit(t)
    r.traits |= {"lead-in", "auto-numbering"} | ({"roman-items"} if roman else set())

    head("1.0", "REASON/S FOR RECOMMENDATION/S")
    para("1.1", "The proposals respond to the performance position set out in section 3 and to the priorities of "
                "the Council Plan.")
    head("2.0", "OTHER OPTIONS CONSIDERED")
    para("2.1", "No other options were considered, as the actions proposed are needed to meet the council's "
                "statutory duties.")
    head("3.0", "BACKGROUND INFORMATION")
    para("3.1", bg[1])
    para("3.2", f"The performance table below is taken from the directorate's monthly performance workbook. "
                + (f"The data is as at {long_date(stated)}." if stated else "")
                + (" * denotes a figure not yet validated." if star else ""), keep=True)
    if stated:
        r.traits.add("figures-as-at-sentence")
    _excel_table(r, w, figs, ends, latest, stated)
    k = 3
    lead = figs[0]
    lines = [subcount(r, lead) if not lead.percent else trap_lines(r, ["trap-percent"])[0]]
    if lead.rate is not None:
        lines.insert(0, f"The {MONTHS[latest.month - 1]} figure of {lead.show()} for {prose_label(rng, lead.metric)} "
                        f"is a rate of {rate_words(lead)}.")
        r.traits.add("rate-in-line")
    lines += [cross_portfolio(r, latest)] + trap_lines(r, rng.sample(
        ["trap-other-council", "trap-national", "trap-wards", "trap-difference", "trap-population"], 2))
    for line in lines:
        para(f"3.{k}", line)
        k += 1
    head("4.0", "FINANCIAL IMPLICATIONS")
    para("4.1", trap_lines(r, ["trap-money"])[0])
    head("5.0", "LEGAL IMPLICATIONS")
    para("5.1", "There are no direct legal implications arising from this report.")
    head("6.0", "RESOURCE IMPLICATIONS: STAFFING, ICT AND ASSETS")
    para("6.1", trap_lines(r, ["trap-teams"])[0])
    head("7.0", "RELEVANT RISKS")
    para("7.1", "The risks are recorded on the directorate risk register and reviewed each quarter.")
    head("8.0", "EQUALITY IMPLICATIONS")
    para("8.1", "An equality impact assessment is not required for a performance report.")
    head("9.0", "ENVIRONMENT AND CLIMATE IMPLICATIONS")
    para("9.1", "There are no environmental implications arising from this report.")
    r.traits |= {"implications", "numbered-paragraphs"}

    w.para(f"**REPORT AUTHOR:**\t{r.officer[0]}\n\t{r.officer[1]}\n\ttelephone: {r.officer[2]}\n\temail: {r.officer[3]}",
           before=12)
    w.para("**APPENDICES**\nNone")
    w.para("**BACKGROUND PAPERS**\nDirectorate performance workbook")
    w.para("**SUBJECT HISTORY (last 3 years)**", keep=True)
    hist = [[Cell("Council Meeting", bold=True, shade="D9D9D9"), Cell("Date", bold=True, shade="D9D9D9")]]
    d = r.meeting
    for _ in range(rng.randint(2, 3)):
        d -= weeks(rng, 17, 28)
        body = r.executive if rng.random() < 0.6 else "Overview and Scrutiny Committee"
        hist.append([Cell(body), Cell(long_date(d if body == r.executive else on_weekday(d + dt.timedelta(days=3), 3)))])
    w.table(hist, [8.0, 6.0], size=11)
    r.traits |= {"trap-phone", "trap-other-meeting-date", "subject-history", "other-meetings-listed"}
    return docx_job(r, w, final, work, pdf)


def _excel_table(r: Report, w: Writer, figs: list[Fig], ends: list[dt.date], latest: dt.date, stated) -> None:
    rng = r.rng
    size = 8
    cols = ["Indicator"] + [mon_yy(e) for e in ends] + ["Target", "RAG", f"{REGION[:1]}E avg"]
    head = [Cell(c, bold=True, align="left" if i == 0 else "right") for i, c in enumerate(cols)]
    groups = []
    for f in figs:
        vals = [f.show(v) for v in f.history] + [f.show() + ("*" if f.marker == "star" else "")]
        group = [[Cell(f.label)] + [Cell(v, align="right") for v in vals] +
                 [Cell(f.target, align="right"), Cell(status(f)[0], align="right"),
                  Cell(f.show(step(rng, f.metric, f.value)), align="right")]]
        if f.rate is not None and (f is not figs[0] or rng.random() < 0.5):
            rates = [f.rate_at(v, e) for v, e in zip(f.history, ends)]
            rates.append(f.rate)
            group.append([Cell(f"  per {f.metric.rate_per:,} {POP_WORDS[f.metric.population]}")] +
                         [Cell(f"{x:.1f}", align="right") for x in rates] + [Cell(""), Cell(""), Cell("")])
            r.traits.add("rate-row")
        groups.append(group)
    label, vals = lookalike(r, len(ends))
    groups.insert(rng.randint(1, len(groups)), [[Cell(label)] + [Cell(v, align="right") for v in vals] +
                                                [Cell("-", align="right"), Cell("", align="right"), Cell("-", align="right")]])
    rows = [head] + [row for g in groups for row in g]
    om = rng.choice(OTHER_MEASURES[r.portfolio])
    rows.append([Cell(om[0])] + [Cell(v, align="right") for v in other_values(rng, om, len(ends))] + [Cell("-", align="right"), Cell("", align="right"), Cell("-", align="right")])
    t = w.table(rows, [4.3] + [1.3] * len(ends) + [1.5, 1.1, 1.4], size=size, borders=False, header_rows=1)
    _no_borders(t)
    for c in t.rows[0].cells:
        _cell_border(c, "bottom", 8)
    for c in t.rows[-1].cells:
        _cell_border(c, "bottom", 4)
    w.para(f"Source: {r.portfolio_name} performance workbook, {'extract ' + slash(stated) if stated else 'month end ' + mon_yy(latest)}",
           size=8, italic=True)
    r.traits |= {"performance-table", "period-columns", "monthly-columns", "target-column", "rag-column",
                 "excel-paste", "hidden-gridlines", "trap-national"}
    if stated:
        r.traits.add("slash-date")


# =====================================================================================
# District council Portfolio Holder Update to full Council
# =====================================================================================

def make_district(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    box_date = last_month_end(r.report_date - dt.timedelta(days=rng.randint(4, 12)))
    figs = r.draw(rng.randint(3, 5), box_date, monthly=True, rates=0.9)
    r.figs = figs
    if rng.random() < 0.5:
        figs[-1].marker = "star"

    w = Writer(r.report_date, author=r.member.name, font=rng.choice(["Arial", "Tahoma"]), size=11,
               title=f"Portfolio Holder Update - {r.portfolio_name}", margins=2.0)
    w.header(f"{COUNCIL} – Council – {dotted(r.meeting)}", "", size=8)
    w.header("", "{PAGE}", size=9, footer=True)
    r.traits |= {"running-header", "dotted-date"}
    w.para(f"Agenda Item {r.item}({rng.choice('abcd')})", bold=True, align="right", after=6)
    w.para(COUNCIL.upper(), bold=True, align="center", size=13, after=2)
    weekday = rng.random() < 0.6
    w.para(f"COUNCIL – {long_date(r.meeting, weekday=weekday).upper()}", bold=True, align="center", after=10)
    w.para(f"PORTFOLIO HOLDER UPDATE: {r.portfolio_name.upper()}", bold=True, align="center", size=14, after=4)
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-full", "councillor-initial", "cllr-initial"])
    w.para(f"Portfolio Holder: {who}", align="center", after=12)
    r.traits |= name_traits(form) | {"agenda-item-number"} | ({"weekday-date"} if weekday else set())

    intro = (f"This update covers the period since the last meeting of Council on "
             f"{long_date(r.meeting - weeks(rng, 7, 11))}.")
    r.traits.add("trap-other-meeting-date")
    if r.predecessor:
        _, pwho = member_as(rng, r.predecessor, ["full", "cllr-full"])
        intro += f" I would like to thank {pwho}, who held this portfolio before me, for the work I have inherited."
        r.traits.add("predecessor-thanked")
    w.para(intro)

    # the figures box
    when = dotted(box_date) if rng.random() < 0.6 else slash(box_date)
    box = [[Cell(f"{r.portfolio_name} in figures (as at {when})", span=2, bold=True, shade="FCE4D6")]]
    sub_f = next((f for f in figs if not f.percent), figs[0])
    at = 1
    for f in figs:
        v = f.show() + ("*" if f.marker == "star" else "")
        if f.rate is not None:
            v += f" ({f.rate:.1f} per {f.metric.rate_per:,})"
        label = f.label if f.metric.kind == "stock" else f"{f.label} ({MONTHS[box_date.month - 1][:3]})"
        box.append([Cell(label, shade="FCE4D6"), Cell(v, align="right", bold=True, shade="FCE4D6")])
        if f is sub_f:
            at = len(box)
    if not sub_f.percent:
        k = max(2, int(sub_f.value * rng.uniform(0.08, 0.3)))
        box.insert(at, [Cell(f"   of which: {rng.choice(['new this month', 'in the north locality', 'not previously known'])}",
                            shade="FCE4D6"), Cell(f"{k:,}", align="right", shade="FCE4D6")])
        r.traits.add("trap-subcount")
    if any(f.marker == "star" for f in figs):
        box.append([Cell("* provisional figure", span=2, shade="FCE4D6")])
    w.table(box, [9.5, 6.0], size=10)
    r.traits |= {"figures-box", "figures-at-heading", "slash-date" if "/" in when else "dotted-date"}
    if any(f.rate is not None for f in figs):
        r.traits.add("rate-in-line")

    # numbered points: the first (bold) sentence of each is the promise, the rest the update
    w.para("**Priorities and progress**", before=6, keep=True)
    items = []
    bg = background(r, 2)
    for i, p in enumerate(r.priorities[: rng.randint(2, 4)]):
        update = [bg[i % 2], trap_lines(r, [rng.choice(["trap-money", "trap-wards", "trap-years", "trap-percent",
                                                          "trap-difference"])])[0]]
        items.append(f"**{p}.** " + " ".join(update))
        r.commit(p + ".")
    w.numbered(items, fmt="decimal", text="%1.", indent=1.0, hanging=0.63)
    r.traits |= {"auto-numbering", "promise-first-sentence", "member-report"}

    w.para("**Other news**", before=6, keep=True)
    news = [cross_portfolio(r, box_date), trap_lines(r, ["trap-other-council"])[0],
            trap_lines(r, ["trap-phone"])[0]]
    mate = colleague(r)
    if mate:
        _, mwho = member_as(rng, mate[0], ["full", "cllr-full", "cllr-dot"])
        news.insert(1, f"I met {mwho}, Portfolio Holder for {mate[1]}, to agree joint work over the coming months.")
        r.traits.add("other-member-named")
    for line in news:
        w.para(f"•\t{line}", hanging=0.63)
    w.para("**Recommendation**", before=8, keep=True)
    w.para("That Council notes this update.")
    r.traits.add("standing-resolution")
    sform, swho = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot"])
    w.para(swho, bold=True, before=12, after=0)
    w.para(f"Portfolio Holder for {r.portfolio_name}", after=0)
    w.para(long_date(r.report_date))
    r.traits |= name_traits(sform) | {"signature", "report-date-before-meeting-date"}
    return docx_job(r, w, final, work, pdf=True)

"""Held-out-2 templates written in Word:

  borough-cabinet-report      a London borough's cabinet report: 'Report of:' line, a one-row
                              cover grid (Meeting of | Date | Agenda item | Ward(s)), Synopsis,
                              2.x 'To approve ...' recommendations, a monthly table with 'Same
                              period last year' and RAG as coloured words, Resident Impact
                              Assessment, 'Final report clearance: Signed by'; some drafts carry
                              tracked changes and reviewers' comments (docx)
  portfolio-holder-address    a unitary's Portfolio Holder Report to full Council, read out as a
                              speech: figures in prose, a short table, pledges in a Word list,
                              'I commend this report' and a signature (odt via LibreOffice, docx)
  shared-service-performance  a shared service's joint performance report: both councils' columns
                              and the partnership's total, decisions required in a Word list
                              (PDF via LibreOffice; one scanned)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from council import COUNCIL
from h2_common import (RAG_COLOUR, lookalike, month_label, prepare_monthly, prepare_quarterly, quarter_label, rag,
                       rated_first, restate, slug)
from h2_docx import Cell, Writer
from h2_model import (Fig, Job, Report, colleague, cross_portfolio, dotted, fin_year, long_date, member_as,
                      name_traits, prose_name, quarter_of, shown, slash, subcount, traps, MONTHS, _step)
from h2_words import (ACTIONS, BACKGROUND, PARTNER, PARTNER_MEMBERS, SERVICES,
                      action_text)

DARK = "1F3864"
WHITE = "FFFFFF"


def docx_job(r: Report, w: Writer, final: Path, work: Path) -> Job:
    steps = {".docx": [], ".odt": ["lo-odt"], ".pdf": ["lo-pdf"]}[final.suffix]
    src = final if not steps else work / (final.stem + ".docx")
    w.save(src)
    return Job(r, final, src, steps)


def _trap_lines(r: Report, keys: list[str]) -> list[str]:
    pool = traps(r)
    r.traits.update(keys)
    return [pool[k] for k in keys]


# --- borough cabinet report ------------------------------------------------------

def make_borough(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    n_months = rng.randint(4, 6)
    ends = prepare_monthly(r, n_months, rng.randint(3, 4))
    latest = ends[-1]
    stated = None
    if rng.random() < 0.5:  # 'Data as at' a few days after the month closed: that date is the figures'
        stated = latest + dt.timedelta(days=rng.randint(3, 9))
        restate(r, stated)
        r.traits.add("figures-at-heading")
    rated_first(r)
    star = rng.choice(r.figs) if rng.random() < 0.6 else None
    if star:
        star.marker = "star"
    tracked = r.variant % 2 == 0
    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11.5, title=r.title)
    path = f"Q:\\Democratic Services\\{r.executive}\\{r.meeting.year}\\{r.meeting:%m %B}\\{slug(r.title)}.docx"
    w.header(path, "Page {PAGE}", size=7, footer=True, color="7F7F7F")

    w.para(f"Agenda Item {rng.choice('ABCD')}{r.item % 9 + 1}", bold=True, align="right", size=12)
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot"])
    named_top = rng.random() < 0.5
    w.para(f"Report of: {who + ', ' if named_top else ''}{r.role}", bold=True, size=12, after=10)
    if named_top:
        r.traits |= name_traits(form)
    w.table([[Cell("Meeting of", bold=True, shade="D9D9D9"), Cell("Date", bold=True, shade="D9D9D9"),
              Cell("Agenda item", bold=True, shade="D9D9D9"), Cell("Ward(s)", bold=True, shade="D9D9D9")],
             [Cell(r.executive), Cell(long_date(r.meeting)), Cell(f"{r.item % 9 + 1}"), Cell("All")]],
            [4.2, 4.6, 3.2, 4.6])
    w.table([[Cell("Delete as appropriate", bold=True), Cell("Exempt"), Cell("Non-exempt")]], [5.4, 5.6, 5.6])
    w.para(f"SUBJECT: {r.title.upper()}", bold=True, size=12, before=6, after=10)
    r.traits |= {"agenda-item-number", "horizontal-cover-grid", "report-of-line"}

    def section(n: int, title: str):
        w.para(f"{n}.\t{title}", bold=True, hanging=1.0, before=8, keep=True)

    def numbered(no: str, text: str, **kw):
        return w.para(f"{no}\t{text}", hanging=1.0, **kw)

    month_words = f"{MONTHS[latest.month - 1]} {latest.year}"
    section(1, "Synopsis")
    numbered("1.1", f"This report sets out performance in {r.portfolio_name} for the months to the end of "
                    f"{month_words} and asks the {r.executive} to agree the actions in section 2.")
    context = rng.sample(BACKGROUND[r.portfolio], 2)
    numbered("1.2", context[0])
    r.traits.add("numbered-paragraphs")

    section(2, "Recommendations")
    _borough_recs(r, w, numbered, tracked)

    section(3, "Background")
    numbered("3.1", context[1])
    lead = r.figs[0]
    when_words = f"at {long_date(stated)}" if stated else f"at the end of {month_words}"
    before = _step(rng, lead.metric, lead.value)
    while before == lead.value:
        before = _step(rng, lead.metric, lead.value + 1)
    if tracked:  # the officer corrected the figure; the change is still tracked in the file
        figure = f"[-{shown(lead, before)}-][+{shown(lead)}+]"
        r.traits.add("tracked-changes")
    else:
        figure = shown(lead)
    p = numbered("3.2", f"The headline position {when_words} was {figure} for {prose_name(rng, lead.metric, lead.label)}" +
                 (f", a rate of {lead.rate:.1f} per {lead.metric.rate_per:,}" if lead.rate is not None else "") +
                 f". {subcount(r, lead)}")
    if lead.rate is not None:
        r.traits.add("rate-in-line")
    if tracked:
        w.comment(p.runs_made, f"Was {shown(lead, before)} in the draft dashboard - BI have re-run the "
                  f"{MONTHS[latest.month - 1]} extract. Please check before despatch.", r.officer[0],
                  "".join(x[0] for x in r.officer[0].split()))
        r.traits.add("word-comments")
    t_keys = rng.sample(["trap-money", "trap-percent", "trap-wards", "trap-other-council", "trap-national",
                         "trap-years"], 3)
    n = 3
    for line in _trap_lines(r, t_keys):
        numbered(f"3.{n}", line)
        n += 1
    numbered(f"3.{n}", cross_portfolio(r, latest))
    n += 1
    numbered(f"3.{n}", "The table below shows the position for each month of the year so far." +
             (" Figures marked * are provisional." if star else ""), keep=True)
    if stated:
        w.para(f"**Data as at {slash(stated)}**", size=10, after=2, keep=True)
    _monthly_table(r, w, ends, stated)
    n += 1

    section(4, "Implications")
    w.para("4.1\t**Financial implications**", hanging=1.0, keep=True)
    w.para(_trap_lines(r, ["trap-money"])[0] + " These are contained within the directorate's budget.", indent=1.0)
    w.para("4.2\t**Legal implications**", hanging=1.0, keep=True)
    w.para(f"The {r.executive} has the power to take the decisions in section 2 under the council's "
           f"constitution. There are no other legal implications.", indent=1.0)
    w.para("4.3\t**Environmental implications and contribution to achieving a net zero carbon borough**",
           hanging=1.0, keep=True)
    w.para("There are no significant environmental implications arising from this report.", indent=1.0)
    w.para("4.4\t**Resident Impact Assessment**", hanging=1.0, keep=True)
    w.para("The council must, in carrying out its functions, have due regard to the need to eliminate "
           "discrimination and advance equality of opportunity. A Resident Impact Assessment was not "
           "required for this report.", indent=1.0)
    r.traits.add("implications")

    section(5, "Reason for recommendations")
    numbered("5.1", "The recommendations allow the service to respond to the pressures described above "
                    "while keeping within its budget.")

    w.para("**Appendices:** None", before=10)
    w.para("**Background papers:** None")
    w.para("**Final report clearance:**", before=10)
    signed = r.meeting - dt.timedelta(days=rng.randint(8, 20))
    sform, swho = member_as(rng, r.member)
    r.traits |= name_traits(sform) | {"signature", "signed-date"}
    w.table([[Cell("Signed by:", bold=True), Cell(f"{swho}\n{r.role}"), Cell("Date:", bold=True),
              Cell(long_date(signed))]], [3.0, 7.6, 2.0, 4.0], borders=False)
    w.para(f"Report author:\t{r.officer[0]}, {r.officer[1]}", after=0)
    w.para(f"Tel:\t{r.officer[2]}", after=0)
    w.para(f"Email:\t{r.officer[3]}")
    r.traits.add("trap-phone")
    return docx_job(r, w, final, work)


def _borough_recs(r: Report, w: Writer, numbered, tracked: bool) -> None:
    rng = r.rng
    spare = [a for a in ACTIONS[r.portfolio] if a not in r.actions][0]
    if r.variant % 3 == 1:  # a lead-in, then Word's automatic (i) (ii) (iii)
        numbered("2.1", f"That the {r.executive}:", keep=True)
        items = [action_text(a, "third") for a in r.actions]
        items = [t + ";" for t in items[:-1]] + [items[-1] + "."]
        if len(items) > 1:
            items[-2] = items[-2][:-1] + "; and"
        w.numbered(items, fmt="lowerRoman", text="(%1)", indent=2.2, hanging=0.9)
        for t in items:
            r.commit(t)
        r.traits |= {"lead-in", "roman-items", "auto-numbering"}
        return
    no = 1
    if rng.random() < 0.6:
        numbered("2.1", "To note the contents of this report.")
        r.traits.add("standing-resolution")
        no = 2
    deleted_at = rng.randrange(len(r.actions)) if tracked else None
    shift = 0
    for i, a in enumerate(r.actions):
        if deleted_at == i:  # a recommendation struck out in review: not one of the report's
            p = numbered(f"2.{no}", action_text(spare, "to") + ".")
            w.tracked_paragraph(p, "del")
            r.traits.add("deleted-recommendation")
            shift = 1
            no += 1
        text = action_text(a, "to")
        if tracked and i == len(r.actions) - 1:
            extra = rng.choice([", subject to the comments of the Scrutiny Committee", " from 1 April",
                                ", following consultation with ward members"])
            printed_no = f"[-2.{no}-][+2.{no - shift}+]" if shift else f"2.{no}"
            numbered(printed_no, text + f"[+{extra}+].")
            r.commit(text + extra + ".")
            r.traits.add("inserted-words")
        else:
            printed_no = f"[-2.{no}-][+2.{no - shift}+]" if shift else f"2.{no}"
            numbered(printed_no, text + ".")
            r.commit(text + ".")
        no += 1
    r.traits.add("typed-numbering")


def _monthly_table(r: Report, w: Writer, ends: list[dt.date], stated) -> None:
    rng = r.rng
    style = rng.choice(["mon-yy", "mon yy", "mon"])
    fy = fin_year(ends[-1])
    head = [Cell("Indicator", bold=True, shade=DARK, color=WHITE)]
    head += [Cell(month_label(e, style), bold=True, shade=DARK, color=WHITE, align="center") for e in ends]
    head += [Cell("Same period last year", bold=True, shade=DARK, color=WHITE, align="center"),
             Cell(f"Target {fy}", bold=True, shade=DARK, color=WHITE, align="center"),
             Cell("RAG", bold=True, shade=DARK, color=WHITE, align="center")]
    groups = []
    for f in r.figs:
        vals = [shown(f, v) for v in f.earlier] + [shown(f) + ("*" if f.marker == "star" else "")]
        status = rag(f)
        group = [[Cell(f.label)] + [Cell(v, align="right") for v in vals] +
                 [Cell(shown(f, f.last_year), align="right"), Cell(f.target, align="right"),
                  Cell(status, bold=True, align="center", color=RAG_COLOUR[status])]]
        if f.rate is not None:
            base = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults",
                    "older-people-65-plus": "people aged 65+", "households": "households"}[f.metric.population]
            rates = [f.rate_at(v, e) for v, e in zip(f.earlier, ends)] + [f.rate]
            group.append([Cell(f"   rate per {f.metric.rate_per:,} {base}")] +
                         [Cell(f"{x:.1f}", align="right") for x in rates] +
                         [Cell(f"{f.rate_at(f.last_year, ends[-1]):.1f}", align="right"), Cell(""), Cell("")])
            r.traits.add("rate-row")
        groups.append(group)
    groups.insert(rng.randint(1, len(groups)), [_lookalike_row(r, len(ends))])
    rows = [head] + [row for g in groups for row in g]
    n = len(ends)
    widths = [4.4] + [1.35] * n + [1.7, 1.5, 1.3]
    w.table(rows, widths, size=8.5, header_rows=1)
    r.traits |= {"performance-table", "period-columns", "monthly-columns", "same-period-last-year",
                 "target-column", "rag-coloured-words", "lookalike-row"}


def _lookalike_row(r: Report, n: int) -> list[Cell]:
    label, vals = lookalike(r, n + 1)
    return [Cell(label)] + [Cell(v, align="right") for v in vals] + [Cell("-", align="right"), Cell("")]


# --- portfolio holder address to Council ---------------------------------------------

def make_address(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_ends = prepare_quarterly(r, 2, rng.randint(3, 4), rates=0.8)
    latest = q_ends[-1]
    w = Writer(r.report_date, author=r.member.name, font=rng.choice(["Arial", "Verdana"]), size=11.5,
               title=f"Portfolio Holder Report - {r.portfolio_name}")
    w.header("", f"{dotted(r.report_date)}", size=8, footer=True)
    r.traits.add("dotted-date")
    w.para(COUNCIL.upper(), bold=True, align="center", size=13, after=2)
    w.para(f"MEETING OF THE COUNCIL – {long_date(r.meeting, weekday=True).upper()}", bold=True, align="center",
           after=2)
    w.para(f"Agenda item {r.item}({'abc'[r.variant % 3]})", align="center", after=10)
    w.para("PORTFOLIO HOLDER REPORT", bold=True, align="center", size=14, after=2)
    w.para(f"Portfolio: {r.portfolio_name}", bold=True, align="center", after=2)
    form, who = member_as(rng, r.member, ["full", "cllr-full", "councillor-initial"])
    w.para(who, align="center", after=14)
    r.traits |= name_traits(form) | {"weekday-date", "agenda-item-number", "speech", "prose-figures"}

    w.para(rng.choice(["Madam Mayor,", "Mr Mayor,", "Madam Mayor, colleagues,", "Mr Mayor, members of the Council,"]))
    if r.predecessor:
        pform, pwho = member_as(rng, r.predecessor, ["full", "cllr-full"])
        w.para(f"This is my first report to Council in this role, and I want to begin by thanking {pwho}, "
               f"who held the portfolio before me, for the care and energy they brought to it.")
        r.traits.add("predecessor-thanked")
    w.para(f"I am pleased to present my report on the {r.portfolio_name} portfolio. "
           f"{rng.choice(BACKGROUND[r.portfolio])}")

    as_of_words = long_date(latest)
    sentences = []
    for i, f in enumerate(r.figs):
        if f.marker == "" and i == 1:
            f.marker = "p"
        sentences.append(_spoken(r, f, as_of_words))
    w.para(" ".join(sentences[:2]))
    if len(sentences) > 2:
        w.para(" ".join(sentences[2:]) + " " + subcount(r, r.figs[-1]))
    w.para(f"The figure I gave Council for the previous quarter has since been revised by "
           f"{rng.randint(3, 19)} following validation of the returns; the table below shows the corrected "
           f"position.")
    r.traits |= {"revised-figure-words", "trap-difference"}
    _address_table(r, w, q_ends)

    later = _later_prose_figure(r)
    if later:
        w.para(later)
    pool = traps(r)
    for key in rng.sample(["trap-money", "trap-ages", "trap-teams", "trap-other-council", "trap-percent"], 3):
        r.traits.add(key)
        w.para(pool[key])
    w.para(cross_portfolio(r, latest))
    mate = colleague(r)
    if mate:
        mform, mwho = member_as(rng, mate[0], ["full", "cllr-full"])
        w.para(f"I am grateful to {mwho}, {r.executive} Member for {mate[1]}, for working with me on this.")
        r.traits.add("other-member-named")

    w.para(rng.choice(["Over the next six months I will:", "In the coming year I will:",
                       "My priorities for the rest of the year are to:"]), keep=True)
    items = [p[0].upper() + p[1:] + "." for p in r.pledges]
    w.numbered(items, fmt="decimal", text="%1.")
    for t in items:
        r.commit(t)
    r.traits |= {"auto-numbering", "pledge-list", "lead-in"}

    w.para("**Recommendation**", before=10, keep=True)
    w.para(rng.choice(["That Council notes this report.", "That the report be noted."]))
    r.traits.add("standing-resolution")
    w.para("I commend this report to Council.")
    sform, swho = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "councillor-initial"])
    w.para(swho, bold=True, before=14, after=0)
    w.para(f"Portfolio Holder for {r.portfolio_name}", after=0)
    w.para(long_date(r.report_date))
    r.traits |= name_traits(sform) | {"signature", "report-date-after-signature"}
    w.para(f"Questions on this report should reach Democratic Services by 12 noon on "
           f"{long_date(r.meeting - dt.timedelta(days=2), weekday=True)} (01632 960{rng.randint(100, 999)}).",
           size=9, italic=True)
    r.traits |= {"trap-other-meeting-date", "trap-phone"}
    return docx_job(r, w, final, work)


def _spoken(r: Report, f: Fig, as_of_words: str) -> str:
    rng = r.rng
    v = shown(f)
    words = prose_name(rng, f.metric, f.label)
    prov = " – a provisional figure until the return is signed off" if f.marker == "p" else ""
    if f.percent:
        return rng.choice([f"In the quarter to {as_of_words}, {f.value:.1f} per cent was recorded for "
                           f"{words}{prov}.",
                           f"For {words} the result at {as_of_words} was {f.value:.1f}%{prov}."])
    rate = ""
    if f.rate is not None:
        base = {"children-0-17": "children", "adults-18-plus": "adults", "older-people-65-plus": "people aged 65 and over",
                "households": "households"}[f.metric.population]
        rate = rng.choice([f" ({f.rate:.1f} per {f.metric.rate_per:,} {base})",
                           f", which is {f.rate:.1f} for every {f.metric.rate_per:,} {base} in the borough"])
        r.traits.add("rate-in-line")
    if f.metric.kind == "stock":
        return f"As at {as_of_words} the figure for {words} stood at {v}{rate}{prov}."
    return f"In the three months to {as_of_words}, {words} came to {v}{rate}{prov}."


def _address_table(r: Report, w: Writer, q_ends: list[dt.date]) -> None:
    style = r.rng.choice(["q-fy", "fy-q"])
    head = [Cell("Measure", bold=True, shade="E7E6E6")] + \
           [Cell(quarter_label(e, style), bold=True, shade="E7E6E6", align="center") for e in q_ends] + \
           [Cell("Same quarter last year", bold=True, shade="E7E6E6", align="center")]
    rows = [head]
    for f in r.figs:
        earlier = shown(f, f.earlier[-1]) + " r"
        latest = shown(f) + (" p" if f.marker == "p" else "")
        rows.append([Cell(f.label), Cell(earlier, align="right"), Cell(latest, align="right"),
                     Cell(shown(f, f.last_year), align="right")])
    w.table(rows, [7.0, 3.0, 3.0, 3.4], size=9.5, header_rows=1, pad_after=False)
    w.para("p = provisional   r = revised since last reported to Council", size=8, italic=True)
    r.traits |= {"performance-table", "period-columns", "same-period-last-year", "revised-marker",
                 "short-table"}


def _later_prose_figure(r: Report) -> str | None:
    """A stock indicator told again at a later date, close to the meeting: a second figure."""
    stocks = [f for f in r.figs if f.metric.kind == "stock"]
    if not stocks or len(r.figs) >= 7:
        return None
    f = stocks[0]
    d = r.report_date - dt.timedelta(days=r.rng.randint(2, 9))
    v = _step(r.rng, f.metric, f.value)
    g = Fig(f.metric, v, d, label=f.label)
    r.figs.append(g)
    r.traits.add("prose-figure-later-date")
    return f"Since then the position has moved on: on {long_date(d)} the figure for {prose_name(r.rng, f.metric, f.label)} was {shown(g)}."


# --- shared service joint performance report ----------------------------------------

def make_shared(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_ends = prepare_quarterly(r, 2, rng.randint(3, 4), rates=0.7)
    latest = q_ends[-1]
    q, fy = quarter_of(latest), fin_year(latest)
    service = SERVICES[r.portfolio]
    if rng.random() < 0.4:
        r.figs[0].marker = "sup"
        r.figs[0].note = rng.randint(1, 3)
    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=10.5, title=f"Shared {service} Joint Performance")
    w.header(f"{TOWN_AND_PARTNER} Shared {service} Service", f"Quarter {q} {fy}", size=8, color="404040")
    w.header("OFFICIAL", "Page {PAGE} of {NUMPAGES}", size=8, footer=True)
    r.traits |= {"page-x-of-y", "running-header"}
    w.table([[Cell("HOLLINSFIELD\nBOROUGH COUNCIL", bold=True, shade="005A70", color=WHITE, align="center"),
              Cell("working together", align="center", color="005A70"),
              Cell(f"{PARTNER.upper()}\nDISTRICT COUNCIL", bold=True, shade="7A2E5E", color=WHITE, align="center")]],
            [5.5, 5.0, 5.5], borders=False)
    w.para(f"Shared {service} Service", bold=True, size=16, before=6, after=0, color="005A70")
    w.para(f"Joint Performance Report – Quarter {q} {fy}", bold=True, size=13, after=8)
    mform, mwho = member_as(rng, r.member, ["cllr-dot", "cllr-full", "councillor-initial", "full"])
    partner_member = rng.choice(PARTNER_MEMBERS)
    joint = r.meeting - dt.timedelta(days=rng.randint(6, 16))
    partner_exec = r.meeting + dt.timedelta(days=rng.randint(5, 12))
    pairs = [("Report date", long_date(r.report_date)),
             ("Report to", f"{r.executive}, {COUNCIL}"),
             ("Meeting date", long_date(r.meeting, weekday=True)),
             ("Also reported to", f"Shared Service Joint Committee, {long_date(joint)}; {PARTNER} Executive, "
                                  f"{long_date(partner_exec)}"),
             ("Lead member (Hollinsfield)", f"{mwho}, {r.role}"),
             (f"Lead member ({PARTNER})", f"Cllr {partner_member}, Portfolio Holder for {service}"),
             ("Report author", f"{r.officer[0]}, Partnership Manager"),
             ("Key decision", rng.choice(["No", "Yes"]))]
    w.table([[Cell(k, bold=True, shade="DCE6F0"), Cell(v)] for k, v in pairs], [5.0, 11.4], size=10)
    r.traits |= name_traits(mform) | {"cover-block", "report-date-before-meeting-date", "trap-other-meeting-date",
                                      "partner-member-named", "weekday-date"}

    w.heading("1. Purpose of the report", 2)
    w.para(f"1.1\tTo report the joint performance of the shared {service.lower()} service for both councils "
           f"to the end of Quarter {q} {fy}.", hanging=1.0)
    w.heading("2. Decisions required", 2)
    w.para(f"2.1\t{r.executive} is asked to:", hanging=1.0, keep=True)
    items = [action_text(a, "bare") for a in r.actions]
    items = [t[0].upper() + t[1:] + "." for t in items]
    w.numbered(items, fmt="lowerLetter", text="%1)", indent=2.0, hanging=0.8)
    for t in items:
        r.commit(t)
    r.traits |= {"lead-in", "lettered-items", "auto-numbering", "decisions-required"}
    for f in r.figs:
        if not f.marker and rng.random() < 0.4:
            f.marker = "p"
    w.heading("3. Performance", 2)
    w.para(f"3.1\tThe table shows each council's position and the combined position of the partnership. "
           f"Figures are at {long_date(latest)}" + (" and those marked p are provisional." if any(
               f.marker == "p" for f in r.figs) else "."), hanging=1.0, keep=True)
    r.traits.add("figures-as-at-sentence")
    _shared_table(r, w, q_ends)
    if r.figs[0].marker == "sup":
        w.para(f"{r.figs[0].note} Includes cases transferred from the previous provider during the quarter.", size=8)
    pool = traps(r)
    w.para(f"3.2\t{pool['trap-percent']} {subcount(r, r.figs[-1])}", hanging=1.0)
    w.para(f"3.3\t{cross_portfolio(r, latest)}", hanging=1.0)
    w.para(f"3.4\tThe partnership's combined figures are reported to the Joint Committee and are not a "
           f"measure of either council's performance alone.", hanging=1.0)
    r.traits |= {"trap-percent", "trap-combined-total", "trap-other-council"}
    w.heading("4. Financial implications", 2)
    w.para(f"4.1\t{pool['trap-money']} The cost is shared {rng.choice(['60:40', '55:45', '50:50'])} between "
           f"the councils under the partnership agreement.", hanging=1.0)
    w.heading("5. Legal implications", 2)
    w.para("5.1\tThe service is provided under an agreement made under section 101 of the Local Government "
           "Act 1972 and section 9EA of the Local Government Act 2000.", hanging=1.0)
    r.traits |= {"implications", "trap-money", "trap-years"}
    w.heading("6. Background papers", 2)
    w.para(f"6.1\tShared Service Partnership Agreement ({r.meeting.year - rng.randint(2, 6)}).", hanging=1.0)
    w.para(f"Contact: {r.officer[0]}, Partnership Manager, {r.officer[2]}, {r.officer[3]}", size=9.5, before=8)
    r.traits.add("trap-phone")
    return docx_job(r, w, final, work)


TOWN_AND_PARTNER = f"Hollinsfield and {PARTNER}"


def _shared_table(r: Report, w: Writer, q_ends: list[dt.date]) -> None:
    rng = r.rng
    style = rng.choice(["q-fy", "mon-mon"])
    labels = [quarter_label(e, style).replace("\n", " ") for e in q_ends]
    top = [Cell("Measure", bold=True, shade="005A70", color=WHITE, down=2),
           Cell("Hollinsfield", bold=True, shade="005A70", color=WHITE, align="center", span=2),
           Cell(PARTNER, bold=True, shade="7A2E5E", color=WHITE, align="center", span=2),
           Cell("Partnership", bold=True, shade="595959", color=WHITE, align="center"),
           Cell("Target", bold=True, shade="595959", color=WHITE, align="center", down=2)]
    sub = [Cell(x, bold=True, shade="DCE6F0", align="center") for x in labels] + \
          [Cell(x, bold=True, shade="EADCE5", align="center") for x in labels] + \
          [Cell(labels[-1], bold=True, shade="E7E6E6", align="center")]
    rows = [top, sub]
    for f in r.figs:
        mine = shown(f) + {"p": " p", "sup": f"^{f.note}^", "star": "*", "": ""}[f.marker]
        theirs = [int(x * rng.uniform(0.4, 0.9)) if not f.percent else round(x + rng.uniform(-6, 6), 1)
                  for x in (f.earlier[-1], f.value)]
        combined = (f.value + theirs[-1]) if not f.percent else round((f.value + theirs[-1]) / 2, 1)
        rows.append([Cell(f.label), Cell(shown(f, f.earlier[-1]), align="right"), Cell(mine, align="right"),
                     Cell(shown(f, theirs[0]), align="right"), Cell(shown(f, theirs[1]), align="right"),
                     Cell(shown(f, combined), align="right"), Cell(f.target, align="right")])
        if f.rate is not None:
            rows.append([Cell(f"Rate per {f.metric.rate_per:,} (Hollinsfield)")] +
                        [Cell(f"{f.rate_at(f.earlier[-1], q_ends[0]):.1f}", align="right"),
                         Cell(f"{f.rate:.1f}", align="right")] + [Cell("") for _ in range(4)])
            r.traits.add("rate-row")
    look, lv = lookalike(r, 5)
    rows.insert(rng.randint(3, len(rows)), [Cell(look)] + [Cell(v, align="right") for v in lv] + [Cell("")])
    w.table(rows, [4.5, 1.7, 1.9, 1.7, 1.7, 2.4, 1.5], size=8.5, header_rows=2)
    r.traits |= {"performance-table", "period-columns", "merged-header", "constituent-columns", "target-column",
                 "lookalike-row", "repeated-header-row"}

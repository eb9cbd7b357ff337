"""The tuning set's layout families: how each template lays a Spec out as blocks, and how
each family prepares a Spec's figures (a table of quarters, a list of '@ date' lines ...).

Templates shared by several families:
  committee_report  a committee report with a cover block (Word, agenda-pack PDF, Word HTML, PDF text)
  member_report     an executive member's report to Council, Middlesbrough style
  cabinet_performance  a quarterly performance report from a reporting tool (reportlab)
"""
from __future__ import annotations

import datetime as dt

from blocks import Cell, Document, Heading, Page, Para, Spacer, Table, kv_table
from council import COUNCIL, MEMBERS
from parts import (background, background_papers, contact_lines, cover_pairs, cross_portfolio, date_traits,
                   figure_sentence, implications, named, perf_table, promise_paragraphs, rate_words,
                   recommendations, subcount, trap_sentences)
from reports import (Fig, Spec, draw_figures, fin_year, footnote_marks, long_date, marked, metric_words,
                     month_periods, ordinal, quarter_end, quarter_periods, slash_date, with_rate, MONTHS)


# --- preparing figures ------------------------------------------------------

def prepare_quarters(spec: Spec, n_periods=(2, 4), n_figs=(3, 5), label_style: str | None = None,
                     rates: float = 0.7, markers: float = 0.0, marks=("sup", "sup", "star")) -> None:
    """Figures for a table of quarters: the latest quarter is the figures' period."""
    rng = spec.rng
    note = rng.choice([1, 1, 2, 3])  # the footnote's number: the table's first, or after notes above it
    latest = quarter_end(spec.report_date - dt.timedelta(days=rng.randint(25, 60)))
    style = label_style or rng.choice(["q-fy", "q-fy", "quarter-fy", "mon-yy"])
    spec.periods = quarter_periods(latest, rng.randint(*n_periods), style)
    spec.figs = draw_figures(rng, spec.portfolio, latest, rng.randint(*n_figs), spec.periods)
    for f in spec.figs:
        if f.metric.rate_per and rng.random() < rates:
            with_rate(f)
        if rng.random() < markers:
            f.marker = rng.choice(marks)
            f.note = note


def prepare_months(spec: Spec, n_periods=(3, 4), n_figs=(3, 5), rates=0.6) -> None:
    rng = spec.rng
    d = spec.report_date - dt.timedelta(days=rng.randint(20, 45))
    latest = dt.date(d.year, d.month, 1) - dt.timedelta(days=1)
    spec.periods = month_periods(latest, rng.randint(*n_periods), rng.choice(["mon-yy", "mon yyyy"]))
    spec.figs = draw_figures(rng, spec.portfolio, latest, rng.randint(*n_figs), spec.periods)
    for f in spec.figs:
        if f.metric.rate_per and rng.random() < rates:
            with_rate(f)


def prepare_as_at(spec: Spec, n_figs=(3, 5), lag=(9, 40), rates=0.6, markers=0.0) -> dt.date:
    """Figures all stated as at one date, some weeks before the meeting."""
    rng = spec.rng
    as_of = spec.meeting - dt.timedelta(days=rng.randint(*lag))
    spec.figs = draw_figures(rng, spec.portfolio, as_of, rng.randint(*n_figs))
    for f in spec.figs:
        if f.metric.rate_per and rng.random() < rates:
            with_rate(f)
        if rng.random() < markers:
            f.marker = rng.choice(["sup", "star", "prov"])
    return as_of


def later_figure(spec: Spec) -> Fig | None:
    """A stock figure restated in prose at a date after the table's period."""
    stocks = [f for f in spec.figs if f.metric.kind == "stock"]
    if not stocks:
        return None
    rng = spec.rng
    base = rng.choice(stocks)
    as_of = min(spec.report_date - dt.timedelta(days=rng.randint(2, 9)),
                base.as_of + dt.timedelta(days=rng.randint(14, 40)))
    if as_of <= base.as_of:
        return None
    f = Fig(base.metric, int(base.value * rng.uniform(0.97, 1.04)), as_of)
    if f.metric.rate_per and rng.random() < 0.5:
        with_rate(f)
    spec.figs.append(f)
    spec.traits.add("prose-figure-later-date")
    return f


# --- the committee report ---------------------------------------------------

def committee_report(spec: Spec, *, caps: bool, rec_style: str, merged: bool, page: Page,
                     agenda_line: bool = False, repeat_header: bool = False, lookalikes: int = 1,
                     figures_at: bool | None = None, member_form: str | None = None,
                     table_early: bool = False, commentary: bool = False) -> Document:
    rng = spec.rng
    doc = Document(page=page)
    exe = spec.executive
    if agenda_line:
        doc.add(Para(f"**Agenda Item {spec.agenda_item}**", align="right", size=14))
        spec.traits.add("agenda-item-number")
    doc.add(Para(f"**{COUNCIL.upper()}**", align="center", size=14),
            Para(f"**{exe.upper()} REPORT**" if rng.random() < 0.5 else f"**Report to {exe}**", align="center"))
    pairs = cover_pairs(spec, member_form=member_form)
    if not agenda_line and rng.random() < 0.6:
        pairs.append(("Agenda item", str(spec.agenda_item)))
        spec.traits.add("agenda-item-number")
    doc.add(kv_table(pairs, shade=rng.choice([None, "F2F2F2"])), Spacer(4))
    last = spec.periods[-1]
    period_words = (last.label if ("Q" in last.label or "Quarter" in last.label)
                    else f"the quarter ending {long_date(last.end)}")
    sections = [
        ("Purpose of the report", lambda n: [Para(
            f"To {rng.choice(['update', 'inform'])} the {exe} on performance in {spec.portfolio_name} to the end of "
            f"{period_words} and to seek approval for the recommendations below.", num=f"{n}.1")]),
        ("Recommendations", lambda n: recommendations(spec, rec_style, para_no=n)),
        ("Background", lambda n: _background_section(spec, n, last.end)),
        ("Performance", lambda n: _performance_section(spec, n, merged, repeat_header, lookalikes, figures_at,
                                                        commentary)),
    ]
    if table_early:
        sections[2], sections[3] = sections[3], sections[2]
    for n, (title, make) in enumerate(sections, start=1):
        doc.add(Heading(f"{n}. {title.upper() if caps else title}", 1), *make(n))
    doc.add(*implications(spec, 5, caps=caps))
    doc.add(Heading("BACKGROUND PAPERS" if caps else "Background papers", 1),
            *[Para(t) for t in background_papers(spec)])
    doc.add(Heading("CONTACT OFFICER" if caps else "Contact officer", 1),
            *[Para(t, space_after=0) for t in contact_lines(spec)])
    spec.traits.add("numbered-paragraphs")
    return doc


def _background_section(spec: Spec, n: int, on: dt.date) -> list:
    paras = background(spec, 2) + trap_sentences(spec, 3)
    cross = cross_portfolio(spec, on)
    if cross and spec.rng.random() < 0.6:
        paras.insert(2, cross)
    return [Para(t, num=f"{n}.{i + 1}") for i, t in enumerate(paras)]


def _performance_section(spec: Spec, n: int, merged: bool, repeat_header: bool, lookalikes: int,
                         figures_at: bool | None, commentary: bool = False) -> list:
    rng = spec.rng
    last = spec.periods[-1]
    out: list = [Para(f"The table below sets out performance for {spec.portfolio_name} to the end of "
                      f"{last.label if 'Q' in last.label else 'the quarter ending ' + long_date(last.end)}, with the target for "
                      f"{fin_year(last.end)} and a RAG rating against that target.", num=f"{n}.1")]
    figures_at = rng.random() < 0.5 if figures_at is None else figures_at
    if figures_at:
        out.append(Para(f"**Figures at {long_date(last.end)}**"))
        spec.traits.add("figures-at-heading")
    out.append(perf_table(spec, spec.figs, merged=merged, rate_rows=True, lookalikes=lookalikes,
                          dot=not commentary and rng.random() < 0.4, outturn=not commentary and rng.random() < 0.3,
                          repeat_header=repeat_header, commentary=commentary, font_size=8 if commentary else 9))
    texts = {"sup": "Provisional figure, subject to year-end validation.",
             "star": "Data extracted from the case management system; may change on validation."}
    for sym, kind in footnote_marks(spec.figs):
        out.append(Para(f"{sym} {texts[kind]}", size=8))
    k = 2
    later = later_figure(spec) if rng.random() < 0.5 else None
    if later:
        out.append(Para(figure_sentence(spec, later), num=f"{n}.{k}"))
        k += 1
        if rng.random() < 0.6:
            out.append(Para(subcount(spec, later), num=f"{n}.{k}"))
            k += 1
    out.append(Para(rng.choice([
        "Performance against the remaining indicators is in line with the same period last year.",
        "Commentary on each indicator rated Red is provided in Appendix 1.",
        "Where performance is below target, the service has an improvement plan in place."]), num=f"{n}.{k}"))
    return out


# --- the executive member report to Council (Middlesbrough style) -----------

def member_title(spec: Spec, soft_break: bool) -> str:
    rng = spec.rng
    day = rng.choice([f"{ordinal(spec.meeting.day)} {MONTHS[spec.meeting.month - 1]}",
                      f"{spec.meeting.day} {MONTHS[spec.meeting.month - 1]}"])
    role = "Cabinet Member" if spec.cabinet else "Executive Member"
    title = rng.choice([f"{spec.portfolio_name} {role} Report to Council {day}",
                        f"{role} for {spec.portfolio_name}\nReport to Council – {day}"])
    if soft_break:
        spec.traits.add("soft-break-heading")
        return f"{title}\n{spec.meeting.year}" if "\n" not in title else f"{title} {spec.meeting.year}"
    return f"{title} {spec.meeting.year}"


def figure_lines(spec: Spec, style: str, soft_breaks: bool) -> list:
    """The PERFORMANCE block of a member report."""
    rng = spec.rng
    out: list = []
    as_of = spec.figs[0].as_of
    if style == "at-lines":
        for f in spec.figs:
            label = f.label = _title_case_label(spec, f)
            when = rng.choice(["", "", " (year to date)"]) if f.metric.kind == "flow" else ""
            sep = "\n" if soft_breaks and rng.random() < 0.6 else "\t"
            rate = f"\t{rate_words(f, rng)}" if f.rate is not None else ""
            out.append(Para(f"{label}{when} @ {slash_date(f.as_of)}{sep}{marked(f, comma=rng.random() < 0.5)}{rate}"))
            if sep == "\n":
                spec.traits.add("soft-break-figure")
        spec.traits.add("at-sign-date")
    elif style == "as-of":
        out.append(Para(f"As of {long_date(as_of, ordinal_day=rng.random() < 0.3)}:-"))
        for f in spec.figs:
            label = f.label = _title_case_label(spec, f)
            abbr = next((a for a in f.metric.aliases if a.isupper() and len(a) <= 4), "")
            named_ = f"{label} ({abbr})" if abbr else label
            rate = f"\t{rate_words(f, rng)}" if f.rate is not None else ""
            unit = "%" if f.percent else ""
            lead = "Current " if f.metric.kind == "stock" else ""
            if f.metric.kind != "stock":
                named_ += rng.choice([" (year to date)", " (April to date)", " (quarter to date)"])
            sep = "\n" if soft_breaks and rng.random() < 0.4 else "\t"
            if sep == "\n":
                spec.traits.add("soft-break-figure")
            out.append(Para(f"{lead}{named_} figures are:{sep}{marked(f)}{unit}{rate}"))
        spec.traits.add("as-of-heading")
    elif style == "table":
        rows = [[Cell(f"Performance at {long_date(as_of)}", colspan=3, bold=True, shade="D9D9D9")],
                [Cell("Indicator", bold=True), Cell("Number", bold=True, align="center"),
                 Cell("Rate", bold=True, align="center")]]
        for f in spec.figs:
            f.label = metric_words(rng, f.metric, short_ok=False, on=f.as_of)
            rate = f"{f.rate:.1f} per {f.metric.rate_per:,}" if f.rate is not None else "–"
            rows.append([Cell(f.label), Cell(marked(f) + ("%" if f.percent else ""), align="center"), Cell(rate, align="center")])
        out.append(Table(rows, header_rows=2, widths=[9.0, 3.0, 4.0]))
        spec.traits.update({"figures-at-heading", "rate-column", "colspan"})
    if any(f.rate is not None for f in spec.figs):
        spec.traits.add("rate-in-line" if style != "table" else "rate-column")
        if rng.random() < 0.5 and style != "table":
            f = next(f for f in spec.figs if f.rate is not None)
            from council import population
            out.append(Para(f"The rate per {f.metric.rate_per:,} is now being calculated using the mid "
                            f"{f.as_of.year - 1 if f.as_of.month < 7 else f.as_of.year} population estimate of "
                            f"{population(f.metric.population, f.as_of):,}."))
            spec.traits.add("trap-population")
    return out


def _title_case_label(spec: Spec, f: Fig) -> str:
    options = [a for a in f.metric.aliases if any(w[0].isupper() for w in a.split()[1:])] or [f.metric.label]
    return spec.rng.choice(options + [f.metric.label])


def member_report(spec: Spec, *, numbering: str, figure_style: str, soft_breaks: bool, page: Page,
                  signature_form: str | None = None, thanks: bool = True) -> Document:
    rng = spec.rng
    doc = Document(page=page)
    doc.add(Para(f"**{member_title(spec, soft_breaks)}**", size=12))
    if rng.random() < 0.3:  # a heading that is a month, not the meeting's date
        doc.add(Para(f"**{MONTHS[spec.report_date.month - 1]} {spec.report_date.year}**"))
        spec.traits.add("month-heading")
    if spec.predecessor and thanks:
        doc.add(Para(f"I would like to thank my predecessor, Councillor {spec.predecessor.name}, for the work done "
                     f"in this portfolio over the last {rng.choice(['two', 'three', 'four', 'few'])} years."))
        spec.traits.add("predecessor-thanked")
    doc.add(Para("**PERFORMANCE**"), *figure_lines(spec, figure_style, soft_breaks))
    for t in background(spec, 1) + trap_sentences(spec, 2):
        doc.add(Para(t))
    doc.add(Para(f"**Progress against {rng.choice(['Strategic Plan and Directorate priorities', 'the Strategic Plan', 'our priorities'])}**"))
    doc.add(*promise_paragraphs(spec, numbering))
    other = other_member(spec)
    if other:
        doc.add(Para(other))
    doc.add(Para("**Progress against approved savings plans**"),
            Para(f"Progress is being monitored against the department's approved savings plans of "
                 f"£{rng.randint(150, 2400):,}k and mitigations are in place where savings are delayed."))
    who = named(spec, signature_form)
    doc.add(Spacer(8), Para(f"**{who}\n{spec.role}**"))
    spec.traits.update({"signature", "member-report"})
    return doc


def other_member(spec: Spec) -> str | None:
    """Another councillor named in passing: never the report's member."""
    rng = spec.rng
    others = [m for m in MEMBERS.values() if m is not spec.member and any(
        r.start <= spec.meeting <= r.end for r in m.roles)]
    if not others or rng.random() < 0.4:
        return None
    o = rng.choice(others)
    role = next(r for r in o.roles if r.start <= spec.meeting <= r.end)
    spec.traits.add("other-member-named")
    return (f"I joined Councillor {o.name}, {role.title}, at the launch of the joint "
            f"{rng.choice(['health and housing', 'early help', 'town centre', 'community'])} partnership "
            f"in {rng.choice(['Ashgrove', 'Eastfield', 'Stonegate', 'the town centre'])}.")


# --- the cabinet performance report (reportlab) -----------------------------

def cabinet_performance(spec: Spec, page: Page) -> Document:
    rng = spec.rng
    doc = Document(page=page)
    last = spec.periods[-1]
    exe = spec.executive
    doc.add(Para(f"**{exe.upper()}**", size=16),
            Para(f"**{long_date(spec.meeting, weekday=True)}**"),
            Para(f"**{last.label} Performance Report: {spec.portfolio_name}**", size=13))
    date_traits(spec, long_date(spec.meeting, weekday=True))
    who = named(spec)
    doc.add(kv_table([("Report of", f"{spec.role}, {who}"), ("Lead officer", f"{spec.officer[0]}, {spec.officer[1]}"),
                      ("Classification", "Open"), ("Date of report", long_date(spec.report_date))], widths=(4.0, 13.0)))
    spec.traits.add("cover-block")
    doc.add(Heading("Summary", 1),
            Para(f"This report sets out performance for {spec.portfolio_name} at the end of {last.label}, "
                 f"against the targets agreed by {exe} for {fin_year(last.end)}."))
    doc.add(Heading("Recommendations", 1))
    doc.add(*recommendations(spec, "recommendation-n", para_no=None))
    doc.add(Heading("Performance", 1))
    doc.add(Para(f"**Figures at {long_date(last.end)}**"))
    spec.traits.add("figures-at-heading")
    doc.add(perf_table(spec, spec.figs, merged=False, rate_rows=True, dot=True, outturn=True,
                       lookalikes=2, repeat_header=True, shade="DCE6F1"))
    later = later_figure(spec) if rng.random() < 0.4 else None
    for t in background(spec, 1) + trap_sentences(spec, 3):
        doc.add(Para(t))
    if later:
        doc.add(Para(figure_sentence(spec, later)))
    cross = cross_portfolio(spec, last.end)
    if cross:
        doc.add(Para(cross))
    doc.add(Heading("Financial implications", 1),
            Para(f"The forecast outturn for the service is £{rng.randint(5, 60)}.{rng.randint(0, 9)}m, "
                 f"a variance of £{rng.randint(10, 900)}k against budget."))
    doc.add(Heading("Background papers", 1), *[Para(t) for t in background_papers(spec)])
    doc.add(*[Para(t, space_after=0) for t in contact_lines(spec)])
    spec.traits.add("implications")
    return doc

"""Sections every council report template has, as blocks: recommendations, promises,
performance tables, figure lines, implications, background papers, contact details and
the numbers that are not indicator figures. Each records the commitments it printed and
the traits it used on the Spec.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from blocks import Cell, Heading, ListBlock, Para, Table
from council import COUNCIL, METRIC, METRICS
from phrases import (BACKGROUND, CROSS_PORTFOLIO, LEGAL, LOOKALIKE_ROWS, NEIGHBOURS, WARD_COUNT, WARDS,
                     current, third_person)
from reports import (DAYS, Fig, Spec, any_date, fin_year, long_date, lower_words, marked, member_name,
                     metric_words, noun_words, slash_date)

LETTERS = "abcdefghij"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


# --- commitments ------------------------------------------------------------

def list_endings(items: list[str], and_last: bool = True) -> list[str]:
    """'; ' after each item, '; and' before the last, '.' at the end, as minutes print them."""
    out = []
    for i, t in enumerate(items):
        if i == len(items) - 1:
            out.append(t + ".")
        elif i == len(items) - 2 and and_last:
            out.append(t + "; and")
        else:
            out.append(t + ";")
    return out


def recommendations(spec: Spec, style: str, para_no: int | None = 2, standing: bool | None = None) -> list:
    """The recommendations section's items (not its heading). Styles:
    'lead-letters' 2.1 That the Executive: (a) approves ...; | 'lead-letters-bare' a) ...
    'numbered-that' 2.1 That the Executive approves ... | 'recommendation-n' Recommendation 1: ...
    'lead-roman' i. ... | 'auto-letters' Word-numbered (a) items after a lead-in."""
    rng = spec.rng
    exe = spec.executive if spec.body != "Council" else "Council"
    who = rng.choice([f"the {exe}", exe]) if exe == "Cabinet" else f"the {exe}"
    items = [third_person(d) for d in spec.decisions]
    standing = rng.random() < 0.5 if standing is None else standing
    blocks: list = []
    n = f"{para_no}." if para_no else ""
    if style in ("lead-letters", "lead-letters-bare", "lead-roman", "auto-letters"):
        lead = rng.choice([f"That {who}:", f"It is recommended that {who}:", f"That {who} is recommended to:"])
        if "recommended to" in lead:
            items = [d[0].lower() + d[1:] for d in spec.decisions]
        blocks.append(Para(lead, num=f"{n}1" if n else ""))
        ended = list_endings(items)
        if style == "auto-letters":
            blocks.append(ListBlock(ended, kind="lower-alpha", fmt="({})", indent=2.2))
            spec.traits.add("auto-numbering")
        else:
            for i, text in enumerate(ended):
                mark = {"lead-letters": f"({LETTERS[i]})", "lead-letters-bare": f"{LETTERS[i]})",
                        "lead-roman": f"{ROMAN[i]}."}[style]
                blocks.append(Para(text, num=mark, indent=1.25 if n else 0.6))
            spec.traits.add("roman-items" if style == "lead-roman" else "lettered-items")
        spec.traits.add("lead-in")
        spec.commitments += [t.removesuffix("; and").removesuffix(";").removesuffix(".") + "." for t in ended]
        if standing:
            blocks.append(Para(f"That {who} notes the contents of this report.", num=f"{n}2" if n else ""))
            spec.traits.add("standing-resolution")
    elif style == "numbered-that":
        for i, d in enumerate(items):
            text = f"That {who} {d}."
            blocks.append(Para(text, num=f"{n}{i + 1}" if n else f"{i + 1}."))
            spec.commitments.append(text)
        if standing:
            blocks.append(Para("That the report be noted.", num=f"{n}{len(items) + 1}" if n else f"{len(items) + 1}."))
            spec.traits.add("standing-resolution")
        spec.traits.add("numbered-recommendations")
    elif style == "recommendation-n":
        for i, d in enumerate(spec.decisions):
            text = f"{d}."
            blocks.append(Para(f"**Recommendation {i + 1}:** {text}"))
            spec.commitments.append(text)
        if standing:
            blocks.append(Para(f"{exe} is also asked to note the contents of this report."))
            spec.traits.add("standing-resolution")
        spec.traits.add("recommendation-n")
    else:
        raise ValueError(style)
    return blocks


def promise_paragraphs(spec: Spec, numbering: str = "typed", start: int = 1, colon: bool | None = None,
                       updates: bool = True) -> list:
    """Middlesbrough-style numbered priorities: 'promise:' then its update, or the promise as
    the paragraph's first sentence. numbering: 'typed' ("1." typed) or 'auto' (a Word list)."""
    rng = spec.rng
    colon = rng.random() < 0.6 if colon is None else colon
    blocks: list = []
    auto_items = []
    for i, (promise, update) in enumerate(spec.promises):
        if not updates:  # a bare list of priorities, one sentence each
            colon, update = False, ""
        if colon:
            first, rest = f"{promise}:", update
        else:
            first, rest = f"{promise}.", update
        spec.commitments.append(promise + ".")  # a closing ":" is read as a full stop
        if numbering != "auto":
            mark = {"typed": f"{start + i}.", "roman": f"{ROMAN[start + i - 1]}.",
                    "letters": f"{LETTERS[start + i - 1]})"}[numbering]
            if colon:
                blocks.append(Para(first, num=mark))
                blocks.append(Para(rest, indent=1.25))
            else:
                blocks.append(Para(f"{first} {rest}".strip(), num=mark))
        else:
            auto_items.append(first if colon else f"{first} {rest}")
            if colon:
                auto_items.append("\t" + rest)
    if numbering == "auto":
        # one Word list; update paragraphs sit between items as unnumbered paragraphs
        group: list[str] = []
        for item in auto_items:
            if item.startswith("\t"):
                blocks.append(ListBlock(group, start=start, indent=1.25))
                start += len(group)
                group = []
                blocks.append(Para(item[1:], indent=1.25))
            else:
                group.append(item)
        if group:
            blocks.append(ListBlock(group, start=start, indent=1.25))
        spec.traits.add("auto-numbering")
    else:
        spec.traits.add({"typed": "typed-numbering", "roman": "roman-items", "letters": "lettered-items"}[numbering])
        if numbering != "typed":
            spec.traits.add("typed-numbering")
    spec.traits.add("promise-colon" if colon else "promise-first-sentence")
    return blocks


# --- figures ----------------------------------------------------------------

def rate_words(f: Fig, rng: random.Random) -> str:
    base = {"children-0-17": "children", "adults-18-plus": "adults", "older-people-65-plus": "people aged 65+",
            "households": "households"}[f.metric.population]
    per = f"{f.metric.rate_per:,}"
    forms = [f"({f.rate:.1f} per {per})", f"({f.rate:.1f} per {per} {base})", f"- rate {f.rate:.1f} per {per}",
             f"(rate per {per} {base}: {f.rate:.1f})"]
    if f.metric.rate_per == 10000:
        forms.append(f"({f.rate:.1f} per 10k)")
    return rng.choice(forms)


@dataclass
class Columns:
    """Which columns a performance table has after its periods."""
    outturn: str = ""  # "2018/19": an outturn column for that year before the periods
    target: bool = True
    rag: bool = True
    dot: bool = False  # direction of travel
    commentary: bool = False

    def tail_names(self, long_dot: bool) -> list[str]:
        return ((["Target"] if self.target else []) + (["RAG"] if self.rag else [])
                + ([("Direction of travel" if long_dot else "DoT")] if self.dot else [])
                + (["Commentary"] if self.commentary else []))


def perf_table(spec: Spec, figs: list[Fig], *, merged: bool, rate_rows: bool, target: bool = True,
               rag: bool = True, dot: bool = False, outturn: bool = False, lookalikes: int = 1,
               font_size: float | None = 9, repeat_header: bool = False, shade: str = "D9D9D9",
               commentary: bool = False) -> Table:
    """A performance table: one column per period (the last is the figures' period), then
    target, RAG and direction of travel; a 'Rate per 10,000 ...' row under a rate metric."""
    rng = spec.rng
    cols = Columns("", target, rag, dot, commentary)
    if outturn and len(spec.periods) <= 3:  # the whole of the financial year before the latest period's
        start = int(fin_year(spec.periods[-1].end)[:4])
        cols.outturn = f"{start - 1}/{start % 100:02d}"
        spec.traits.add("outturn-column")
    rows = _perf_header(spec, cols, merged, shade)
    header_rows = len(rows)
    look = rng.sample(LOOKALIKE_ROWS[spec.portfolio], min(lookalikes, len(LOOKALIKE_ROWS[spec.portfolio])))
    entries: list = list(figs) + look
    rng.shuffle(entries)
    for e in entries:
        rows += _figure_rows(spec, e, cols, rate_rows) if isinstance(e, Fig) else [_lookalike_row(spec, e, cols)]
    spec.traits.update({"performance-table", "period-columns"})
    spec.traits.update(t for t, on in (("target-column", target), ("rag-column", rag), ("direction-of-travel", dot),
                                       ("commentary-column", commentary)) if on)
    return Table(rows, header_rows=header_rows, repeat_header=repeat_header, font_size=font_size,
                 widths=_perf_widths(len(spec.periods), cols))


def _perf_header(spec: Spec, cols: Columns, merged: bool, shade: str) -> list[list[Cell]]:
    periods = spec.periods
    if not merged:
        names = (["Indicator"] + ([f"{cols.outturn} outturn"] if cols.outturn else []) + [p.label for p in periods]
                 + cols.tail_names(long_dot=False))
        return [[Cell(c, bold=True, shade=shade, align="left" if i == 0 else "center") for i, c in enumerate(names)]]
    # two header rows: each financial year spans its periods; the other headings span both rows
    top = [Cell("Indicator", rowspan=2, bold=True, shade=shade)]
    if cols.outturn:
        top.append(Cell(f"{cols.outturn} outturn", rowspan=2, bold=True, shade=shade, align="center"))
    groups: list[list] = []
    for p in periods:
        if groups and groups[-1][0] == fin_year(p.end):
            groups[-1][1] += 1
        else:
            groups.append([fin_year(p.end), 1])
    top += [Cell(year, colspan=k, bold=True, shade=shade, align="center") for year, k in groups]
    top += [Cell(x, rowspan=2, bold=True, shade=shade, align="center") for x in cols.tail_names(long_dot=True)]
    second = [Cell(p.label.replace(f" {fin_year(p.end)}", ""), bold=True, shade=shade, align="center")
              for p in periods]
    spec.traits.add("merged-header")
    return [top, second]


RATE_BASES = {"children-0-17": "children", "adults-18-plus": "adults aged 18+",
              "older-people-65-plus": "population aged 65+", "households": "households"}


def _figure_rows(spec: Spec, e: Fig, cols: Columns, rate_rows: bool) -> list[list[Cell]]:
    """The indicator's row (earlier periods, then the figure with its marker), and its rate row."""
    rng = spec.rng
    e.label = e.label or metric_words(rng, e.metric, short_ok=False, on=e.as_of)
    row = [Cell(e.label)]
    if cols.outturn:
        row.append(Cell(_fmt(e, e.history[0] * rng.uniform(0.9, 1.1)), align="center"))
    row += [Cell(_fmt(e, v), align="center") for v in e.history] + [Cell(marked(e), align="center")]
    target = e.target + ("%" if e.percent and rng.random() < 0.5 else "")
    rows = [row + _tail(rng, target, cols)]
    if e.marker:
        spec.traits.add("footnote-marker")
    if rate_rows and e.rate is not None:
        rate_row = [Cell(f"Rate per {e.metric.rate_per:,} {RATE_BASES[e.metric.population]}")]
        if cols.outturn:
            rate_row.append(Cell(f"{e.rate_history[0] * rng.uniform(0.9, 1.1):.1f}", align="center"))
        rate_row += [Cell(f"{r:.1f}", align="center") for r in e.rate_history + [e.rate]]
        rows.append(rate_row + _tail(rng, "", cols, blank=True))
        spec.traits.add("rate-row")
    return rows


def _lookalike_row(spec: Spec, e: tuple, cols: Columns) -> list[Cell]:
    """A row whose label contains an indicator's name but measures something else."""
    rng = spec.rng
    label, lo, hi, dp = e
    vals = [round(rng.uniform(lo, hi), dp) if dp else rng.randint(lo, hi)
            for _ in range(len(spec.periods) + bool(cols.outturn))]
    spec.traits.add("lookalike-row")
    return ([Cell(label)] + [Cell(f"{v:.{dp}f}" if dp else f"{v:,}", align="center") for v in vals]
            + _tail(rng, f"{round(rng.uniform(lo, hi))}", cols))


def _perf_widths(n_periods: int, cols: Columns) -> list[float]:
    """Column widths (cm) that fit a row of figures on an A4 page."""
    n = n_periods + bool(cols.outturn) + cols.target + cols.rag
    dot_w = [2.0] if cols.dot else []
    if cols.commentary:  # narrow figures, a wide comment
        each = (16.4 - 3.8 - 3.2 - sum(dot_w)) / n
        return [3.8] + [each] * n + dot_w + [3.2]
    each = min(2.3, max(1.75, (16.4 - 5.4 - sum(dot_w)) / n))
    return [16.4 - sum(dot_w) - each * n] + [each] * n + dot_w


def _fmt(f: Fig, v: float) -> str:
    return f"{v:.1f}" if f.percent else f"{int(v):,}"


COMMENTS = ["Demand remains high; weekly monitoring is in place.", "In line with the seasonal pattern seen last year.",
            "Improvement plan agreed with the service manager.", "Figures validated by the performance team.",
            "Slightly below target; see paragraph 3.3.", "Better than our statistical neighbours.",
            "New recording system introduced during the quarter.", "On track to meet the year-end target."]


def _tail(rng, target_text: str, cols: Columns, blank: bool = False) -> list[Cell]:
    out = []
    if cols.target:
        out.append(Cell(target_text if not blank else "", align="center"))
    if cols.rag:
        out.append(Cell("" if blank else rng.choice(["Green", "Amber", "Red", "G", "A", "R"]), align="center"))
    if cols.dot:
        out.append(Cell("" if blank else rng.choice(["Improving", "Declining", "No change", "↑", "↓", "↔"]),
                        align="center"))
    if cols.commentary:
        out.append(Cell("" if blank else rng.choice(COMMENTS)))
    return out


def figure_sentence(spec: Spec, f: Fig, date_words: str | None = None) -> str:
    """A figure in prose, with its as-at date in the sentence."""
    rng = spec.rng
    d = date_words or any_date(rng, f.as_of)
    v = marked(f)
    label = f.label or noun_words(rng, f.metric, on=f.as_of)
    f.label = label
    rate = f" {rate_words(f, rng)}" if f.rate is not None else ""
    label = lower_words(label)
    label = label[0].upper() + label[1:]  # where the name starts the sentence; lower_words() inside one
    if f.percent:
        return rng.choice([f"{label} stood at {v}% in the period to {d}.",
                           f"In the period to {d}, performance against the {lower_words(label)} indicator was {v}%."])
    if f.metric.kind == "flow":
        return rng.choice([f"In the quarter to {d}, {lower_words(label)} totalled {v}{rate}.",
                           f"{label}, quarter ending {d}: {v}{rate}."])
    return rng.choice([f"As at {d} there were {v} {lower_words(label)}{rate}.",
                       f"{label} as at {d}: {v}{rate}.",
                       f"The number of {lower_words(label)} at {d} was {v}{rate}."])


# --- numbers that are not figures -------------------------------------------

def trap_sentences(spec: Spec, k: int = 3, pool=None) -> list[str]:
    """Sentences full of numbers a careful reader does not take as indicator figures;
    pool(spec) gives (kind, sentence) pairs (the held-out set brings its own wording)."""
    chosen = spec.rng.sample((pool or tuning_traps)(spec), k)
    spec.traits.update(f"trap-{kind}" for kind, _ in chosen)
    return [s for _, s in chosen]


def tuning_traps(spec: Spec) -> list[tuple[str, str]]:
    rng = spec.rng
    fy = fin_year(spec.meeting)
    neighbour = rng.choice(NEIGHBOURS)
    m = rng.choice([x for x in METRICS if x.portfolio == spec.portfolio])
    pool = [
        ("money", f"The service is forecasting an overspend of £{rng.randint(2, 19) / 10 + rng.randint(0, 3):.1f}m "
                  f"against its {fy} budget of £{rng.randint(12, 68)}.{rng.randint(1, 9)}m."),
        ("money", f"Government has confirmed grant funding of £{rng.randint(120, 980)},000 for {fy}, "
                  f"of which £{rng.randint(20, 99)},500 is ring-fenced."),
        ("percent", f"This represents an increase of {rng.randint(3, 19)}.{rng.randint(0, 9)}% on the same "
                    f"period last year, and {rng.randint(52, 91)}% of cases were closed within timescale."),
        ("wards", f"The service now works in all {WARD_COUNT} wards, with dedicated teams in "
                  f"{rng.choice(WARDS)} and {rng.choice(WARDS)}."),
        ("schools", f"Support has been offered to {rng.randint(31, 48)} primary schools and "
                    f"{rng.randint(6, 11)} secondary schools across the borough."),
        ("ages", f"The offer is open to young people aged {rng.choice([16, 14, 11])} to {rng.choice([18, 19, 25])} "
                 f"and to adults aged {rng.choice([50, 65, 75])} and over."),
        ("years", f"This builds on the strategy adopted in {spec.meeting.year - rng.randint(2, 6)} and runs "
                  f"until {spec.meeting.year + rng.randint(2, 8)}."),
        ("teams", f"The work is delivered by {rng.randint(4, 12)} teams and {rng.randint(18, 140)} staff, "
                  f"supported by {rng.randint(2, 9)} partner organisations."),
        ("national", f"Nationally the comparable figure is {rng.randint(40, 900):,}"
                     f"{' per ' + format(m.rate_per, ',') if m.rate_per else ''}, and the average among our "
                     f"statistical neighbours is {rng.randint(40, 900):,}."),
        ("other-council", f"By comparison, {neighbour} reported {rng.randint(int(m.low), int(m.high)):,} "
                          f"{lower_words(m.label)} over the same period."),
        ("difference", f"This is {rng.randint(11, 64)} more than at the time of the last report to "
                       f"{spec.executive if spec.body != 'Council' else 'Council'}."),
        ("meeting", f"A detailed update was presented to the {rng.choice(['Overview and Scrutiny Board', 'Corporate Parenting Board', 'Health and Wellbeing Board', 'Audit Committee'])} "
                    f"on {long_date(spec.meeting - dt.timedelta(days=rng.randint(30, 120)))}."),
    ]
    return pool


def subcount(spec: Spec, f: Fig) -> str:
    """'of whom 212 were ...': part of a figure, never a figure."""
    rng = spec.rng
    k = max(1, int(f.value * rng.uniform(0.08, 0.4))) if not f.percent else 12
    spec.traits.add("trap-subcount")
    what = rng.choice(["were new to the service in the last three months", "live outside the borough",
                       "have been known to the service for more than two years", "were aged under five"])
    return f"Of these, {k:,} {what}."


def cross_portfolio(spec: Spec, on: dt.date) -> str | None:
    """Another portfolio's indicator, stated in this report: not this report's figure."""
    options = CROSS_PORTFOLIO.get(spec.portfolio)
    if not options:
        return None
    key, template = spec.rng.choice(options)
    m = METRIC[key]
    if m.since and on < m.since:
        return None
    spec.traits.add("trap-cross-portfolio")
    return template.format(n=f"{spec.rng.randint(int(m.low), int(m.high)):,}", date=long_date(on))


def background(spec: Spec, k: int = 2) -> list[str]:
    texts = current(BACKGROUND[spec.portfolio], spec.meeting)
    return spec.rng.sample(texts, min(k, len(texts)))


def implications(spec: Spec, start: int, numbered: bool = True, caps: bool = True) -> list:
    """Financial, legal, equality and risk implications: numbers here are never figures."""
    rng = spec.rng
    fy = fin_year(spec.meeting)
    sections = [
        ("Financial implications",
         [f"There are no direct financial implications arising from this report. The {fy} budget for the "
          f"service is £{rng.randint(4, 60)}.{rng.randint(1, 9)}m, and the projected outturn at quarter "
          f"{rng.randint(1, 3)} is £{rng.randint(4, 60)}.{rng.randint(1, 9)}m.",
          f"Any costs arising from the recommendations will be met from existing budgets, including "
          f"£{rng.randint(50, 450)},000 held in the service's earmarked reserve."]),
        ("Legal implications",
         [rng.choice(current(LEGAL[spec.portfolio], spec.meeting) or
                     ["The Local Government Act 2000 and the council's Constitution set out how decisions are taken."])]),
        ("Equality and diversity",
         [f"An equality impact assessment has been completed. The proposals are not expected to have a "
          f"negative impact on people with any of the {rng.choice([9, 'nine'])} protected characteristics."]),
        ("Risk",
         [f"The risks are recorded on the directorate risk register (risk reference {rng.choice('CDEHR')}{rng.randint(10, 99)}) "
          f"and are reviewed every {rng.choice(['month', 'quarter'])}."]),
    ]
    out: list = []
    for i, (title, paras) in enumerate(sections):
        n = start + i
        out.append(Heading(f"{n}. {title.upper() if caps else title}" if numbered else (title.upper() if caps else title), 2))
        for j, text in enumerate(paras):
            out.append(Para(text, num=f"{n}.{j + 1}" if numbered else ""))
    spec.traits.add("implications")
    return out


def background_papers(spec: Spec) -> list[str]:
    rng = spec.rng
    earlier = spec.meeting - dt.timedelta(days=7 * rng.randint(11, 28))  # the same weekday
    body = spec.executive if spec.body in ("Council", "Executive", "Cabinet") else spec.body
    spec.traits.add("trap-other-meeting-date")
    return [f"{body} report, {long_date(earlier)}: {spec.title}",
            f"{COUNCIL} Strategic Plan {spec.meeting.year - 1} to {spec.meeting.year + 2}"]


def contact_lines(spec: Spec) -> list[str]:
    name, title, phone, email = spec.officer
    spec.traits.add("trap-phone")
    return [f"Contact officer: {name}, {title}", f"Tel: {phone}", f"Email: {email}"]


def cover_pairs(spec: Spec, order_report_first: bool | None = None, member_form: str | None = None) -> list[tuple[str, str]]:
    """The cover block of a committee report."""
    rng = spec.rng
    who = named(spec, member_form)
    report_first = rng.random() < 0.4 if order_report_first is None else order_report_first
    meet_date = rng.choice([long_date(spec.meeting, weekday=True), long_date(spec.meeting),
                            long_date(spec.meeting, weekday=True, comma=True), slash_date(spec.meeting)])
    rep_date = rng.choice([long_date(spec.report_date), slash_date(spec.report_date)])
    pairs = [("Report to", spec.executive if spec.body in ("Executive", "Cabinet") else spec.body),
             ("Date of meeting", meet_date)]
    if report_first:
        pairs.insert(1, ("Date of report", rep_date))
        spec.traits.add("report-date-before-meeting-date")
    else:
        pairs.append(("Date of report", rep_date))
    pairs += [("Report of", spec.officer[1]),
              (rng.choice(["Portfolio holder", "Executive Member", "Lead Member"]) if not spec.cabinet
               else rng.choice(["Portfolio holder", "Cabinet Member", "Lead Member"]), f"{who}, {spec.role}"),
              ("Subject", spec.title),
              ("Wards affected", rng.choice(["All", "All wards", "All wards in the borough"])),
              ("Key decision", rng.choice(["No", "Yes", "No – not a key decision"]))]
    date_traits(spec, meet_date)
    spec.traits.add("cover-block")
    return pairs


def named(spec: Spec, form: str | None = None, forms: list[str] | None = None) -> str:
    """The member as this document writes them; short forms are a trait."""
    form = form or spec.rng.choice(forms or MEMBER_FORMS)
    if form != "full":
        spec.traits.add("member-short-form")
    if "initial" in form:
        spec.traits.add("member-initial")
    return member_name(spec.rng, spec.member, [form])


MEMBER_FORMS = ["full", "cllr-initial-dot", "cllr-full", "councillor-initial", "cllr-initial"]


def date_traits(spec: Spec, words: str) -> None:
    if words.split(",")[0].split(" ")[0] in DAYS:
        spec.traits.add("weekday-date")
    if "/" in words:
        spec.traits.add("slash-date")
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2}", words.strip()):
        spec.traits.add("dotted-date")

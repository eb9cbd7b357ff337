"""The held-out families: house styles that appear nowhere in the tuning set, kept in this
module so an importer tuned on documents/ is measured on layouts it has not seen.

  district-decision-pdf   a decision report with a coloured banner and a 4-column front sheet,
                          RECOMMENDED that ... (1) (2), monthly KPI appendix with codes, 'Good is'
                          and status columns (reportlab); two of them scanned
  cmis-page               another committee system's meeting page: <dl> meeting details, item
                          sections, headline figures written value-first, <caption>, HTML <ol>
  unitary-summary         a unitary council's template: a 'Report summary' table carrying the
                          recommendations, a shaded 'Key facts' box, a table with the periods
                          as rows and indicators as columns, implications as a table (docx, odt)
  unitary-pdf-text-raw    that template through LibreOffice to PDF and `pdftotext -raw` (drawing order)
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm

from blocks import Cell, Document, Heading, Page, PageBreak, Para, Spacer, Table
from council import COUNCIL, DOMAIN, METRICS, PORTFOLIOS, TOWN
from families import Family, Job, word_job
from layouts import later_figure, other_member, prepare_as_at, prepare_months, prepare_quarters
from parts import (background, background_papers, contact_lines, date_traits, list_endings, named, trap_sentences)
from pdfwriter import Styles, write_pdf
from phrases import LEGAL, LOOKALIKE_ROWS, WARD_COUNT, WARDS, current, third_person
from reports import (SHARED_NAMES, Fig, MONTHS, Spec, dotted_date, fin_year, footnote_marks, long_date, lower_words, marked,
                     metric_words, noun_words, slash_date, with_rate)
from web import inline_html


# The held-out council's own wording for the numbers that are not figures
def heldout_traps(spec: Spec) -> list[tuple[str, str]]:
    rng = spec.rng
    fy = fin_year(spec.meeting)
    m = rng.choice([x for x in METRICS if x.portfolio == spec.portfolio])
    neighbour = rng.choice(["Brackley Moor", "Eastwick", "South Harland", "Tolverton"])
    body = spec.executive if spec.body != "Council" else "Council"
    return [
        ("money", f"A budget pressure of £{rng.randint(150, 2900):,}k is forecast for {fy}; "
                  f"mitigations worth £{rng.randint(50, 900)}k have been identified."),
        ("money", f"Capital investment of £{rng.randint(2, 14)}.{rng.randint(1, 9)}m is planned over the next "
                  f"{rng.choice(['three', 'four', 'five'])} years."),
        ("percent", f"Satisfaction with the service stands at {rng.randint(61, 94)}%, up {rng.randint(2, 9)} "
                    f"percentage points on {spec.meeting.year - 1}."),
        ("wards", f"Activity was highest in {rng.choice(WARDS)}, {rng.choice(WARDS)} and {rng.choice(WARDS)}, "
                  f"three of the borough's {WARD_COUNT} wards."),
        ("schools", f"All {rng.randint(52, 61)} schools in the borough took part, including "
                    f"{rng.randint(3, 6)} special schools."),
        ("ages", f"Eligibility has been widened to residents aged {rng.choice([18, 25, 55])} to "
                 f"{rng.choice([64, 74, 84])}."),
        ("years", f"The programme was launched in {spec.meeting.year - rng.randint(3, 9)} and has been "
                  f"extended to {spec.meeting.year + rng.randint(1, 5)}."),
        ("teams", f"{rng.randint(14, 60)} frontline officers completed the new training, across "
                  f"{rng.randint(3, 8)} locality teams."),
        ("national", f"The England average for {lower_words(m.label)} is {rng.randint(int(m.low), int(m.high)):,}"
                     f" for an authority of our size."),
        ("other-council", f"{neighbour}, our nearest comparator, recorded {rng.randint(int(m.low), int(m.high)):,} "
                          f"in the same period."),
        ("difference", f"That is a fall of {rng.randint(5, 49)} compared with the figure reported to {body} "
                       f"last time."),
        ("meeting", f"The Scrutiny Panel will consider the detail at its meeting on "
                    f"{long_date(spec.meeting + dt.timedelta(days=7 * rng.randint(2, 8)))}."),
    ]


def heldout_cross(spec: Spec, on: dt.date) -> str:
    """Another portfolio's indicator, with the date: never this report's figure."""
    rng = spec.rng
    others = [m for m in METRICS if m.portfolio != spec.portfolio and m.kind != "percent"
              and not (m.since and on < m.since) and m.label.casefold() not in SHARED_NAMES]
    m = rng.choice(others)
    spec.traits.add("trap-cross-portfolio")
    words = noun_words(rng, m, on=on)
    while words.casefold() in SHARED_NAMES:  # never a name this report's own indicators also answer to
        words = noun_words(rng, m, on=on)
    return (f"Colleagues in {PORTFOLIOS[m.portfolio]} report {rng.randint(int(m.low), int(m.high)):,} "
            f"{words} as at {slash_date(on)}, which affects demand here.")


def heldout_subcount(spec: Spec, f: Fig) -> str:
    k = max(1, int(f.value * spec.rng.uniform(0.05, 0.3)))
    spec.traits.add("trap-subcount")
    return f"Within that total, {k:,} {spec.rng.choice(['are placed outside the borough', 'were first contacts', 'are awaiting review'])}."


CODES = {"childrens-services": "CSC", "education": "EDU", "adult-social-care": "ASC", "housing": "HSG",
         "environment": "ENV", "community-safety": "CSP", "regeneration": "REG", "finance": "RES",
         "culture": "CUL", "public-health": "PH"}


def _numbered_recs(spec: Spec, mark: str, lead_who: str) -> tuple[str, list[Para]]:
    """'RECOMMENDED that Cabinet:' then (1) ...; (2) ...; and (3) ..."""
    items = list_endings([third_person(d) for d in spec.decisions])
    roman = ["i", "ii", "iii", "iv", "v", "vi"]
    paras = [Para(t, num=mark.format(i + 1, r=roman[i]), indent=0.4) for i, t in enumerate(items)]
    spec.traits.add("roman-items" if "{r}" in mark else "parenthesised-numbers")
    spec.commitments += [t.removesuffix("; and").removesuffix(";").removesuffix(".") + "." for t in items]
    spec.traits.add("lead-in")
    return f"RECOMMENDED that {lead_who}:", paras


# --- district decision report (reportlab) -----------------------------------

def make_district(spec: Spec, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = spec.rng
    prepare_months(spec, n_periods=(3, 4), n_figs=(3, 5), rates=0.8)
    table_figs = list(spec.figs)
    for f in spec.figs:
        if rng.random() < 0.25:
            f.marker = rng.choice(["sup", "star"]) if to is None else "star"
    last = spec.periods[-1]
    exe = spec.executive
    doc = Document(page=Page(footer=f"{exe} | {long_date(spec.meeting)} | Page {{PAGE}} of {{NUMPAGES}}",
                             title=spec.title))
    who = named(spec, forms=["cllr-full", "full", "cllr-initial-dot"])
    doc.add(Spacer(34), Para(f"**{exe.upper()}**", size=15), Para(f"**{spec.title}**", size=13))
    meeting_words = rng.choice([slash_date(spec.meeting), long_date(spec.meeting, ordinal_day=True),
                                dotted_date(spec.meeting)])
    date_traits(spec, meeting_words)
    grid = [("Meeting:", exe, "Date:", meeting_words),
            ("Portfolio:", spec.portfolio_name, "Lead member:", who),
            ("Report author:", f"{spec.officer[0]}, {spec.officer[1]}", "Key decision:", rng.choice(["Yes", "No"])),
            ("Classification:", "Open", "Ward(s):", "All"),
            ("Report date:", long_date(spec.report_date), "Forward Plan ref:", f"FP/{spec.meeting.year}/{rng.randint(10, 99)}")]
    if spec.variant % 2:  # this version of the template puts the report's date first
        grid[0], grid[-1] = ("Report date:", long_date(spec.report_date), "Meeting:", exe), \
            ("Date of meeting:", meeting_words, "Forward Plan ref:", f"FP/{spec.meeting.year}/{rng.randint(10, 99)}")
        spec.traits.add("report-date-before-meeting-date")
    doc.add(Table([[Cell(a, bold=True, shade="E7EEF7"), Cell(b), Cell(c, bold=True, shade="E7EEF7"), Cell(d)]
                   for a, b, c, d in grid], header_rows=0, widths=[3.0, 5.2, 3.2, 5.6], font_size=9))
    spec.traits.update({"front-sheet-grid", "cover-block"})
    h = lambda n, t: Heading(f"{n}\u2002{t}", 1)
    summary = [f"This report presents the {spec.portfolio_name} key performance indicators for the period to "
               f"{long_date(last.end)} and asks {exe} to agree the actions below."]
    stock = next((f for f in spec.figs if f.metric.kind == "stock"), None)
    if stock:
        f_label = noun_words(rng, stock.metric, on=stock.as_of)
        summary.append(f"At the end of {MONTHS[last.end.month - 1]} {last.end.year} there were {marked(stock, marker='')} "
                       f"{f_label}.")
        spec.traits.add("figure-in-summary")
    doc.add(h(1, "Summary"), *[Para(t) for t in summary])
    lead, recs = _numbered_recs(spec, "({})" if spec.variant % 3 else "({r})", exe)
    doc.add(h(2, "Recommendations"), Para(f"**{lead}**"), *recs)
    doc.add(h(3, "Reasons for the recommendations"),
            Para("To ensure that " + exe + " has oversight of performance and that the actions proposed are taken forward."))
    doc.add(h(4, "Alternative options considered and rejected"),
            Para("To do nothing. This was rejected because it would not address the areas of underperformance identified."))
    paras = background(spec, 2) + trap_sentences(spec, 3, pool=heldout_traps)
    cross = heldout_cross(spec, last.end)
    if cross:
        paras.append(cross)
    doc.add(h(5, "Key issues"), *[Para(t, num=f"5.{i + 1}") for i, t in enumerate(paras)])
    later = later_figure(spec) if rng.random() < 0.5 else None
    if later:
        doc.add(Para(f"Latest position: {metric_words(rng, later.metric, on=later.as_of)} stood at "
                     f"{marked(later)} on {slash_date(later.as_of)}"
                     f"{f' ({later.rate:.1f} per {later.metric.rate_per:,})' if later.rate is not None else ''}.",
                     num=f"5.{len(paras) + 1}"))
        spec.traits.update({"slash-date", "rate-in-line"} if later.rate is not None else {"slash-date"})
        if rng.random() < 0.6:
            doc.add(Para(heldout_subcount(spec, later), num=f"5.{len(paras) + 2}"))
    doc.add(h(6, "Implications"),
            Para(f"**Financial:** The service is reporting a forecast variance of £{rng.randint(20, 900)}k on a net "
                 f"budget of £{rng.randint(5, 70)}.{rng.randint(0, 9)}m for {fin_year(spec.meeting)}."),
            Para(f"**Legal:** {rng.choice(current(LEGAL[spec.portfolio], spec.meeting) or ['None arising.'])}"),
            Para("**Equalities:** No adverse impact has been identified."))
    doc.add(h(7, "Background documents"), *[Para(t) for t in background_papers(spec)])
    doc.add(*[Para(t, space_after=0) for t in contact_lines(spec)])
    doc.add(PageBreak(), Heading("Appendix A – Key performance indicators", 1),
            Para(f"Data as at {long_date(last.end)}. Status compares the latest month with the target."))
    spec.traits.add("figures-at-heading")
    doc.add(_kpi_table(spec, table_figs))
    for sym, _ in footnote_marks(spec.figs):
        doc.add(Para(f"{sym} Figure not yet validated.", size=8))
        spec.traits.add("footnote-marker")
    write_pdf(doc, to or final, Styles(size=10), extra=_banner, top_margin=1.6)
    spec.traits.update({"page-x-of-y", "period-columns", "indicator-codes", "good-is-column", "monthly-columns",
                        "performance-table", "target-column", "rag-column", "implications", "lookalike-row"})
    return Job(spec, final, to or final, [])


def _banner(canvas, page_no: int, size) -> None:
    if page_no != 1:
        return
    w, h = size
    canvas.setFillColor(colors.HexColor("#00467F"))
    canvas.rect(0, h - 2.3 * cm, w, 2.3 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 15)
    canvas.drawString(2 * cm, h - 1.35 * cm, COUNCIL)
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(w - 2 * cm, h - 1.35 * cm, "PART A – DECISION REPORT")


def _kpi_table(spec: Spec, figs: list[Fig]) -> Table:
    rng = spec.rng
    code = CODES[spec.portfolio]
    head = ["Ref", "Measure", "Good is"] + [p.label for p in spec.periods] + ["Target", "Status"]
    rows = [[Cell(x, bold=True, shade="D6E3F0", align="center") for x in head]]
    entries: list = list(figs)
    entries += rng.sample(LOOKALIKE_ROWS[spec.portfolio], 2)
    rng.shuffle(entries)
    for n, e in enumerate(entries, start=1):
        ref = f"{code} {n:02d}"
        if isinstance(e, Fig):
            e.label = metric_words(rng, e.metric, short_ok=False, on=e.as_of)
            vals = [(f"{v:.1f}" if e.percent else f"{int(v):,}") for v in e.history] + [marked(e)]
            good = "High" if e.percent or e.metric.key in ("jobs-created", "businesses-supported", "homelessness-preventions") else "Low"
            rows.append([Cell(ref), Cell(e.label), Cell(good, align="center")] + [Cell(v, align="center") for v in vals]
                        + [Cell(e.target, align="center"), Cell(rng.choice(["On target", "Off target", "Within tolerance"]))])
            if e.rate is not None:
                per = f"{e.metric.rate_per:,}"
                rows.append([Cell(""), Cell(f"– rate per {per}"), Cell("")] +
                            [Cell(f"{r:.1f}", align="center") for r in e.rate_history + [e.rate]] + [Cell(""), Cell("")])
                spec.traits.add("rate-row")
        else:
            label, lo, hi, dp = e
            vals = [f"{rng.uniform(lo, hi):.{dp}f}" if dp else f"{rng.randint(lo, hi):,}" for _ in spec.periods]
            rows.append([Cell(ref), Cell(label), Cell("High")] + [Cell(v, align="center") for v in vals] +
                        [Cell(str(round(rng.uniform(lo, hi)))), Cell(rng.choice(["On target", "Off target"]))])
    k = len(spec.periods)
    w = (16.8 - 1.4 - 5.2 - 1.3 - 1.4 - 2.0) / k
    return Table(rows, header_rows=1, repeat_header=True, widths=[1.4, 5.2, 1.3] + [w] * k + [1.4, 2.0], font_size=8)


# --- another committee system's meeting page --------------------------------

def make_cmis(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    with_table = rng.random() < 0.7  # a table of quarters too, for other indicators
    prepare_as_at(spec, n_figs=(2, 3) if with_table else (3, 4), lag=(10, 30), rates=0.7)
    headline = list(spec.figs)
    quarter = _quarter_figures(spec) if with_table else []
    body = spec.body if spec.body == "Council" else spec.executive
    who = named(spec)
    items = _cmis_headline(spec, headline)
    table = _cmis_table(spec, quarter) if quarter else ""
    li = _cmis_priorities(spec)
    paras = _cmis_update(spec, body)
    final.write_text(_cmis_page(spec, body, who, items, table, li, paras), encoding="utf-8")
    spec.traits.update({"standing-resolution", "signature", "other-meetings-listed", "trap-publication-date",
                        "definition-list-meeting-details", "breadcrumbs", "agenda-item-number", "trap-page-updated-date"})
    if body == "Council":
        spec.traits.add("member-report")
    return Job(spec, final, final)


def _quarter_figures(spec: Spec) -> list[Fig]:
    """Two more indicators, by quarter, none of them among the headline figures."""
    used = {f.metric.key for f in spec.figs}
    extra = Spec(**{**spec.__dict__, "figs": [], "traits": set(), "commitments": []})
    prepare_quarters(extra, n_periods=(2, 2), n_figs=(5, 5), rates=0.0)
    quarter = [f for f in extra.figs if f.metric.key not in used][:2]
    spec.periods = extra.periods
    spec.figs += quarter
    return quarter


def _cmis_headline(spec: Spec, figs: list[Fig]) -> list[str]:
    """Headline figures written value first: '<strong>552</strong> children looked after at ...'."""
    rng, e = spec.rng, html.escape
    items = []
    for f in figs:
        rate = f" (rate {f.rate:.1f} per {f.metric.rate_per:,})" if f.rate is not None else ""
        when = rng.choice([f"at {long_date(f.as_of)}", f"as at {slash_date(f.as_of)}", f"on {long_date(f.as_of)}"])
        if f.percent:
            f.label = rng.choice(current(list(f.metric.aliases), f.as_of))
            items.append(f"<li><strong>{marked(f)}%</strong> {e(f.label)} in the year to {long_date(f.as_of)}</li>")
            continue
        f.label = noun_words(rng, f.metric, on=f.as_of)
        if f.metric.kind == "flow":
            when = f"in the year to {long_date(f.as_of)}"
        items.append(f"<li><strong>{marked(f)}</strong> {e(f.label)} {when}{rate}</li>")
    spec.traits.update({"value-before-label", "html-list-figures", "as-at-differs-from-meeting"})
    if any(f.rate is not None for f in figs):
        spec.traits.add("rate-in-line")
    return items


def _cmis_table(spec: Spec, quarter: list[Fig]) -> str:
    rng, e = spec.rng, html.escape
    last = spec.periods[-1]
    rows = []
    for f in quarter:
        f.label = metric_words(rng, f.metric, short_ok=False, on=f.as_of)
        vals = [(f"{v:.1f}" if f.percent else f"{int(v):,}") for v in f.history] + [marked(f)]
        rows.append(f"<tr><th scope=\"row\">{e(f.label)}</th>" + "".join(f"<td>{v}</td>" for v in vals)
                    + f"<td>{e(f.target)}</td><td>{rng.choice(['On track', 'Off track', 'At risk'])}</td></tr>")
    look = rng.choice(LOOKALIKE_ROWS[spec.portfolio])
    rows.append(f"<tr><th scope=\"row\">{e(look[0])}</th>" + "".join(
        f"<td>{rng.uniform(look[1], look[2]):.{look[3]}f}</td>" for _ in spec.periods) + "<td>–</td><td>On track</td></tr>")
    heads = "".join(f"<th scope=\"col\">{e(p.label)}</th>" for p in spec.periods)
    spec.traits.update({"caption-date", "period-columns", "performance-table", "lookalike-row"})
    return (f"<table class=\"data-table\">\n<caption>Quarterly indicators: position at {long_date(last.end)}</caption>\n"
            f"<thead><tr><th scope=\"col\">Indicator</th>{heads}<th scope=\"col\">Target {fin_year(last.end)}</th>"
            f"<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")


def _cmis_priorities(spec: Spec) -> list[str]:
    e = html.escape
    spec.commitments += [p + "." for p, _ in spec.promises]
    spec.traits.update({"html-ordered-list", "auto-numbering"})
    if spec.variant % 2:  # each priority with its progress, as the member report to Council has it
        spec.traits.add("promise-colon")
        return [f"<li><p>{e(p)}:</p>\n<p>{e(u)}</p></li>" for p, u in spec.promises]
    return [f"<li>{e(p)}.</li>" for p, _ in spec.promises]


def _cmis_update(spec: Spec, body: str) -> list[str]:
    paras = background(spec, 1) + trap_sentences(spec, 3, pool=heldout_traps)
    other = other_member(spec)
    if other:
        paras.append(other)
    if spec.predecessor:
        start = min(r.start for r in spec.member.roles if r.portfolio == spec.portfolio)
        paras.insert(0, f"This is my first report to {body} as {spec.role}. My thanks go to Councillor "
                        f"{spec.predecessor.name}, who held the portfolio until {MONTHS[start.month - 1]} {start.year}.")
        spec.traits.add("predecessor-thanked")
    return paras


def _cmis_page(spec: Spec, body: str, who: str, items: list[str], table: str, li: list[str],
               paras: list[str]) -> str:
    rng, e = spec.rng, html.escape
    published = spec.meeting - dt.timedelta(days=rng.randint(6, 9))
    prev = [spec.meeting - dt.timedelta(days=d) for d in (35, 70, 119)]
    nxt = spec.meeting + dt.timedelta(days=49)
    when = f"{spec.meeting:%A} {spec.meeting.day} {spec.meeting:%B %Y}, {'6.30pm' if body == 'Council' else '10.00am'}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meeting documents - {e(body)} - {spec.meeting.day} {spec.meeting:%B %Y} - {e(COUNCIL)}</title>
<link rel="stylesheet" href="/cmis5/Themes/Hollinsfield/cmis.css">
</head>
<body class="cmis">
<header class="site-header"><a class="skip" href="#main">Skip to content</a>
<div class="brand"><img src="/cmis5/Themes/Hollinsfield/logo.svg" alt="{e(COUNCIL)}"></div>
<nav class="primary"><ul><li><a href="/cmis5/Meetings.aspx">Meetings</a></li><li><a href="/cmis5/Councillors.aspx">Councillors</a></li><li><a href="/cmis5/Decisions.aspx">Decisions</a></li><li><a href="/cmis5/Calendar.aspx">Calendar</a></li></ul></nav>
</header>
<main id="main">
<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/cmis5/">CMIS</a></li><li><a href="/cmis5/Meetings.aspx">Meetings</a></li><li><a href="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/{rng.randint(1000, 9999)}/Committee/{rng.randint(10, 99)}/Default.aspx">{e(body)}</a></li><li aria-current="page">{spec.meeting:%d/%m/%Y}</li></ol></nav>
<h1>{e(body)} &ndash; {when}</h1>
<section class="meeting-details">
<h2>Meeting details</h2>
<dl>
<dt>Venue</dt><dd>Council Chamber, Town Hall, {TOWN}</dd>
<dt>Date</dt><dd>{spec.meeting:%d/%m/%Y}</dd>
<dt>Status</dt><dd>Agenda published {published:%d/%m/%Y}</dd>
<dt>Democratic Services</dt><dd>01632 960{rng.randint(200, 299)} &middot; democratic.services@{DOMAIN}</dd>
</dl>
</section>
<section class="agenda-item" id="item{spec.agenda_item}">
<h2><span class="item-no">{spec.agenda_item}.</span> Report of the {e(spec.role)}</h2>
<ul class="documents"><li><a href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo={rng.randint(10**8, 10**9)}">Report of the {e(spec.role)} <span class="size">PDF, {rng.randint(120, 640)} KB</span></a></li></ul>
<article class="report">
<p class="report-by">Report of {e(who)}, {e(spec.role)}</p>
<h3>Headline figures</h3>
<ul class="headline-figures">
{chr(10).join(items)}
</ul>
{table}
<h3>Update</h3>
{chr(10).join(f"<p>{inline_html(p)}</p>" for p in paras)}
<h3>My priorities for the coming year</h3>
<ol>
{chr(10).join(li)}
</ol>
<h3>Recommendation</h3>
<p>That {e(body)} receives and notes this report.</p>
<p class="signature">{e(who)}<br>{e(spec.role)}<br>{long_date(spec.report_date)}</p>
</article>
</section>
<aside class="related">
<h2>Previous meetings</h2>
<ul>{''.join(f'<li><a href="#">{e(body)} &ndash; {d.day} {d:%B %Y}</a></li>' for d in prev)}</ul>
<h2>Next meeting</h2>
<p>{e(body)} &ndash; {nxt:%A} {nxt.day} {nxt:%B %Y}</p>
</aside>
</main>
<footer class="site-footer"><p>&copy; {e(COUNCIL)}</p><p>Last modified {(spec.meeting + dt.timedelta(days=rng.randint(2, 30))):%d/%m/%Y}</p></footer>
</body>
</html>
"""


# --- unitary council template (docx / odt / raw text) -----------------------

def unitary_document(spec: Spec, transposed: bool) -> Document:
    rng = spec.rng
    prepare_quarters(spec, n_periods=(3, 4), n_figs=(3, 4), label_style=rng.choice(["q-fy", "fy-q"]), rates=0.7)
    last = spec.periods[-1]
    exe = spec.executive
    doc = Document(page=Page(header=COUNCIL, footer=f"{exe} {spec.meeting.day:02d}.{spec.meeting.month:02d}.{spec.meeting.year % 100:02d}"
                                                      f" – Item {spec.agenda_item}", title=spec.title, font="Arial"))
    who = named(spec, forms=["cllr-initial-dot", "cllr-full", "councillor-initial"])
    meet = long_date(spec.meeting, weekday=True, ordinal_day=True)
    date_traits(spec, meet)
    rec_lines = []
    for i, d in enumerate(spec.decisions):
        text = f"That {exe} {third_person(d)}."
        rec_lines.append(f"{i + 1}.\t{text}")
        spec.commitments.append(text)
    summary = [("Meeting", exe), ("Meeting date", meet), ("Report title", spec.title),
               ("Cabinet Member" if spec.cabinet else "Executive Member", f"{who} – {spec.portfolio_name}"),
               ("Officer contact", f"{spec.officer[0]}, {spec.officer[1]}\nTel: {spec.officer[2]}"),
               ("Decision required", rng.choice(["Yes", "No"])),
               ("Recommendations", "\n".join(rec_lines)),
               ("Reasons for recommendations", "To keep performance under review and to agree the actions set out.")]
    doc.add(Para(f"**Report to {exe}**", size=16, align="left"),
            Table([[Cell(k, bold=True, shade="FCE4D6"), Cell(v)] for k, v in summary], header_rows=0,
                  widths=[4.8, 11.8]), Spacer(6))
    spec.traits.update({"summary-table", "recommendations-in-table", "soft-break-cover", "typed-numbering",
                        "numbered-recommendations", "header-footer", "agenda-item-number"})
    table_figs = list(spec.figs)
    facts = []
    for base in [f for f in table_figs if f.metric.kind == "stock"][:2]:
        # the box gives the latest count, weeks after the quarter the table ends with
        f = Fig(base.metric, int(base.value * rng.uniform(0.96, 1.05)),
                spec.report_date - dt.timedelta(days=rng.randint(4, 12)))
        if f.metric.rate_per and rng.random() < 0.6:
            with_rate(f)
        spec.figs.append(f)
        f.label = noun_words(rng, f.metric, on=f.as_of)
        rate = f" ({f.rate:.1f} per {f.metric.rate_per:,})" if f.rate is not None else ""
        prov = " (provisional)" if rng.random() < 0.3 else ""
        if prov:
            spec.traits.add("provisional-marker")
        facts.append(f"•\t{marked(f)} {f.label} on {long_date(f.as_of)}{rate}{prov}")
    if facts:
        doc.add(Table([[Cell("**Key facts**\n" + "\n".join(facts), shade="DEEAF6")]], header_rows=0, widths=[16.6]))
        spec.traits.update({"key-facts-box", "value-before-label", "as-at-differs-from-meeting"})
        if any("per" in x for x in facts):
            spec.traits.add("rate-in-line")
    doc.add(Heading("1. Background", 1), *[Para(t, num=f"1.{i + 1}") for i, t in
                                           enumerate(background(spec, 2) + trap_sentences(spec, 3, pool=heldout_traps))])
    doc.add(Heading("2. Performance", 1),
            Para(f"Performance to the end of {last.label} is summarised below.", num="2.1"))
    doc.add(_period_table(spec, table_figs, transposed))
    cross = heldout_cross(spec, last.end)
    if cross:
        doc.add(Para(cross, num="2.2"))
    later = later_figure(spec) if not facts and rng.random() < 0.6 else None
    if later:
        later.label = noun_words(rng, later.metric, on=later.as_of)
        rate = f", a rate of {later.rate:.1f} per {later.metric.rate_per:,}" if later.rate is not None else ""
        doc.add(Para(f"More recent data shows {marked(later)} {later.label} as at {slash_date(later.as_of)}{rate}.",
                     num="2.3"))
        doc.add(Para(heldout_subcount(spec, later), num="2.4"))
    doc.add(Heading("3. Implications", 1))
    doc.add(Table([[Cell("Financial", bold=True), Cell(f"Contained within the approved budget of £{rng.randint(5, 70)}.{rng.randint(0, 9)}m.")],
                   [Cell("Legal", bold=True), Cell(rng.choice(current(LEGAL[spec.portfolio], spec.meeting) or ["None."]))],
                   [Cell("Equality", bold=True), Cell("An equality analysis has been completed.")],
                   [Cell("Risk", bold=True), Cell(f"Corporate risk register reference CR{rng.randint(1, 40)}.")]],
                  header_rows=0, widths=[3.5, 13.1]))
    doc.add(Heading("4. Background papers", 1), *[Para(t) for t in background_papers(spec)])
    spec.traits.update({"implications-table", "performance-table", "period-columns", "numbered-paragraphs"})
    return doc


def _period_table(spec: Spec, figs: list[Fig], transposed: bool) -> Table:
    """Indicators by period; transposed: the periods are rows and the indicators columns."""
    rng = spec.rng
    for f in figs:
        if not f.label:
            f.label = metric_words(rng, f.metric, short_ok=False, on=f.as_of)
    look = rng.choice(LOOKALIKE_ROWS[spec.portfolio])
    look_vals = [f"{rng.uniform(look[1], look[2]):.{look[3]}f}" for _ in spec.periods]
    spec.traits.add("lookalike-row")

    def value(f: Fig, i: int) -> str:
        v = (f.history + [f.value])[i]
        if i == len(spec.periods) - 1:
            return marked(f)
        return f"{v:.1f}" if f.percent else f"{int(v):,}"

    if transposed:
        head = [Cell("Period", bold=True, shade="D9D9D9")] + [Cell(f.label, bold=True, shade="D9D9D9", align="center") for f in figs] + \
            [Cell(look[0], bold=True, shade="D9D9D9", align="center")]
        rows = [head]
        for i, p in enumerate(spec.periods):
            rows.append([Cell(p.label, bold=True)] + [Cell(value(f, i), align="center") for f in figs] +
                        [Cell(look_vals[i], align="center")])
        rows.append([Cell("Target", bold=True)] + [Cell(f.target, align="center") for f in figs] + [Cell("–", align="center")])
        spec.traits.add("transposed-table")
        n = len(figs) + 1
        return Table(rows, header_rows=1, widths=[3.0] + [13.6 / n] * n, font_size=9)
    head = [Cell("Indicator", bold=True, shade="D9D9D9")] + [Cell(p.label, bold=True, shade="D9D9D9", align="center")
                                                              for p in spec.periods] + [Cell("Target", bold=True, shade="D9D9D9")]
    rows = [head]
    for f in figs:
        rows.append([Cell(f.label)] + [Cell(value(f, i), align="center") for i in range(len(spec.periods))] +
                    [Cell(f.target, align="center")])
        if f.rate is not None:
            rows.append([Cell(f"Rate per {f.metric.rate_per:,}")] + [Cell(f"{r:.1f}", align="center") for r in f.rate_history + [f.rate]] + [Cell("")])
            spec.traits.add("rate-row")
    rows.append([Cell(look[0])] + [Cell(v, align="center") for v in look_vals] + [Cell("–")])
    k = len(spec.periods)
    return Table(rows, header_rows=1, widths=[5.6] + [(16.6 - 5.6 - 1.8) / k] * k + [1.8], font_size=9)


def make_unitary(spec: Spec, final: Path, work: Path) -> Job:
    return word_job(spec, unitary_document(spec, transposed=spec.variant % 2 == 0), final, work)


def make_unitary_text(spec: Spec, final: Path, work: Path) -> Job:
    doc = unitary_document(spec, transposed=False)
    spec.traits.update({"pdftotext-raw", "form-feeds", "table-rows-as-lines", "wrapped-header-cells"})
    return word_job(spec, doc, final, work, ["lo-pdf", "pdftotext-raw"])


def make_heldout_scan(spec: Spec, final: Path, work: Path) -> Job:
    pdf = work / (final.stem + ".src.pdf")
    job = make_district(spec, pdf, work, to=pdf)
    spec.traits.update({"scanned", "image-only", "skew", "noise"})
    return Job(spec, final, pdf, ["scan"])


HELDOUT_FAMILIES: list[Family] = [
    Family("district-decision-pdf", "A district council's decision report: coloured banner, a four-column front "
           "sheet, 'RECOMMENDED that Cabinet: (1) ...', a KPI appendix with indicator codes, 'Good is', monthly "
           "columns and status (reportlab)", 5, make_district, fmt=lambda i: "pdf", naming="committee"),
    Family("scanned", "Two district decision reports printed and scanned", 2, make_heldout_scan,
           fmt=lambda i: "scan-pdf", naming="scan"),
    Family("cmis-page", "Another committee system's meeting page: <dl> meeting details, the report in an <article>, "
           "headline figures written value first, a table with a dated <caption>, priorities as an HTML <ol>",
           5, make_cmis, body=lambda i: "Council" if i % 2 == 0 else "Executive", fmt=lambda i: "html",
           naming="cmis", new_holder_every=2),
    Family("unitary-summary", "A unitary council's template: a 'Report summary' table holding the recommendations, "
           "a shaded 'Key facts' box written value first, a table with periods as rows, implications as a table",
           6, make_unitary, fmt=lambda i: "docx" if i % 2 == 0 else "odt"),
    Family("unitary-pdf-text-raw", "The unitary template through LibreOffice to PDF, then pdftotext -raw: text "
           "in drawing order, a table row on a line with its header cells wrapped over several", 5, make_unitary_text,
           fmt=lambda i: "txt"),
]
HELDOUT_SCAN_SOURCES = ["district-decision-pdf", "district-decision-pdf"]

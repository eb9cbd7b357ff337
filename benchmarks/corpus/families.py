"""The tuning set's families: for each, how many documents, what body they go to, how
their figures are prepared, and how a Spec becomes a file (directly, or through LibreOffice,
pdftotext or the scanner; see Job).
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from blocks import Cell, Document, Heading, ListBlock, Page, Para, Table
from council import COUNCIL, DOMAIN, TOWN
from layouts import (cabinet_performance, committee_report, member_report, other_member, prepare_as_at,
                     prepare_quarters)
from parts import (background, contact_lines, date_traits, named, promise_paragraphs, rate_words,
                   trap_sentences)
from pdfwriter import Styles, write_pdf
from reports import (MONTHS, Spec, dotted_date, draw_figures, fin_year, footnote_marks, long_date, marked,
                     metric_words, quarter_end, quarter_label, slash_date, with_rate)
from web import clean_body, text_body, word_html
from word import write_docx


@dataclass
class Job:
    """A document on its way: `source` is written by the template; `steps` turn it into `final`."""
    spec: Spec
    final: Path
    source: Path
    steps: list[str] = field(default_factory=list)  # "lo-pdf", "lo-odt", "pdftotext", "pdftotext-raw", "scan"


@dataclass
class Family:
    name: str
    imitates: str
    count: int
    make: Callable[["Spec", Path, Path], Job]  # (spec, final path, work dir) -> Job
    body: str | Callable[[int], str] = "Executive"  # the meeting ("Executive" is Cabinet from 2017)
    fmt: Callable[[int], str] = lambda i: "docx"
    new_holder_every: int = 0  # every n-th document is in a new holder's first year (predecessor thanked)
    naming: str = "committee"  # how officers name the files (see file_name)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


SHORT = {"childrens-services": "Childrens", "education": "Education", "adult-social-care": "ASC",
         "housing": "Housing", "environment": "Environment", "community-safety": "CommunitySafety",
         "regeneration": "Regen", "finance": "Resources", "culture": "CultureLeisure", "public-health": "PublicHealth"}


def file_name(spec: Spec, ext: str, i: int, naming: str) -> str:
    """Names as officers save them: some carry a date (of the report or the meeting), some none."""
    rng = spec.rng
    short = SHORT[spec.portfolio]
    m, mon = spec.meeting, MONTHS[spec.meeting.month - 1][:3]
    period = slug(spec.periods[-1].label) if spec.periods else fin_year(spec.report_date).replace("/", "")
    patterns = {
        "committee": [f"{spec.executive}_{m:%d%m%y}_Item{spec.agenda_item}_{short}",
                      f"{short}_Performance_{period}_FINAL", f"{slug(spec.title)}_v{rng.randint(2, 6)}",
                      f"{short}-report-{spec.report_date:%Y%m%d}", f"Item_{spec.agenda_item:02d}_{slug(spec.title)}"],
        "member": [f"Executive_Member_Report_{slug(spec.portfolio_name)}_{mon}{m.year % 100:02d}",
                   f"{short}_Exec_Member_Report_Council_{m:%d%m%Y}", f"Council_{m:%Y%m%d}_{short}_member_report",
                   f"{short} Members Report {mon} {m.year}".replace(" ", "_")],
        "web": [f"mgAi_ID{rng.randint(10000, 99999)}", f"ieIssueDetails_{rng.randint(1000, 9999)}_{short}"],
        "cmis": [f"ViewMeetingPublic_mid{rng.randint(100, 999)}_{short}", f"cmis5_meeting_{m:%Y%m%d}_item{spec.agenda_item}"],
        "page": [f"{slug(spec.portfolio_name).lower()}-executive-member-report-{i}", f"council-meeting-item-{spec.agenda_item}-{short.lower()}"],
        "update": [f"PH_Update_{short}_{mon}{m.year % 100:02d}", f"OSB_{m:%d%m%y}_{short}_portfolio_holder",
                   f"Portfolio_Holder_Update_{slug(spec.portfolio_name)}_{i}"],
        "scan": [f"SKM_C368{spec.meeting + dt.timedelta(days=rng.randint(30, 900)):%y%m%d}{rng.randint(10, 17)}{rng.randint(0, 59):02d}{rng.randint(10, 99)}",
                 f"Scan_{i:04d}_{short}", f"{short}_{m:%Y}_scanned_copy_{i}"],
        "digest": [f"Performance_Digest_{short}_{period}", f"{short}_digest_{spec.report_date:%Y-%m-%d}"],
    }[naming]
    return rng.choice(patterns) + "." + ext


def word_job(spec: Spec, doc: Document, final: Path, work: Path, steps: list[str] | None = None) -> Job:
    """Write the Word file: as the document itself (.docx), or for LibreOffice to convert (steps
    default from the final file's extension: .odt -> lo-odt, .pdf -> lo-pdf)."""
    if steps is None:
        steps = {".docx": [], ".odt": ["lo-odt"], ".pdf": ["lo-pdf"]}[final.suffix]
    src = final if not steps else work / (final.stem + ".docx")
    write_docx(doc, src, spec.report_date)
    return Job(spec, final, src, list(steps))


# --- 1. committee report, Word ----------------------------------------------

def make_committee_word(spec: Spec, final: Path, work: Path) -> Job:
    prepare_quarters(spec, markers=0.15)
    page = Page(header="OFFICIAL", footer="Page {PAGE} of {NUMPAGES}", footer_left=spec.rng.choice(["", COUNCIL]),
                title=spec.title)
    caps = spec.rng.random() < 0.6
    doc = committee_report(spec, caps=caps, rec_style=spec.rng.choice(["lead-letters", "lead-letters", "numbered-that", "lead-letters-bare"]),
                           merged=True, page=page)
    spec.traits.update({"header-footer", "page-x-of-y"})
    return word_job(spec, doc, final, work)


# --- 2. committee report in an agenda pack, LibreOffice PDF -----------------

def make_agenda_pack(spec: Spec, final: Path, work: Path, steps=("lo-pdf",)) -> Job:
    rng = spec.rng
    prepare_quarters(spec, n_periods=(3, 4), n_figs=(4, 5), markers=0.35, label_style=rng.choice(["q-fy", "mon-yy"]))
    if not any(f.marker == "sup" for f in spec.figs):
        spec.figs[0].marker = "sup"
    body = spec.executive
    page = Page(header=f"{body} - {long_date(spec.meeting)}", footer="Page {PAGE}",
                first_page_number=rng.randint(9, 140), title=spec.title)
    doc = committee_report(spec, caps=rng.random() < 0.5, rec_style=rng.choice(["lead-letters", "auto-letters", "lead-roman"]),
                           merged=rng.random() < 0.5, page=page, agenda_line=True, repeat_header=True,
                           lookalikes=3, figures_at=rng.random() < 0.6, table_early=True, commentary=True)
    spec.traits.update({"running-header", "agenda-pack-page-numbers", "repeated-header-row"})
    return word_job(spec, doc, final, work, list(steps))


# --- 3. executive member report, typed numbers, Word ------------------------

def make_member_typed(spec: Spec, final: Path, work: Path, steps=()) -> Job:
    rng = spec.rng
    prepare_as_at(spec, n_figs=(3, 5), markers=0.1)
    doc = member_report(spec, numbering="typed", figure_style=rng.choice(["at-lines", "as-of"]), soft_breaks=True,
                        page=Page(font=rng.choice(["Arial", "Calibri"]), title=f"{spec.portfolio_name} Executive Member Report"))
    return word_job(spec, doc, final, work, list(steps))


# --- 4. executive member report, Word automatic numbering, ODT --------------

def make_member_auto(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    prepare_as_at(spec, n_figs=(3, 5))
    doc = member_report(spec, numbering="auto", figure_style=rng.choice(["table", "as-of", "at-lines"]),
                        soft_breaks=rng.random() < 0.5, page=Page(title=f"Executive Member Report - {spec.portfolio_name}"))
    return word_job(spec, doc, final, work)


# --- 5. committee system agenda-item page (ModernGov-like) ------------------

def make_moderngov(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    if spec.body == "Council":
        prepare_as_at(spec, n_figs=(3, 5))
        doc = member_report(spec, numbering="typed", figure_style=rng.choice(["at-lines", "as-of"]),
                            soft_breaks=True, page=Page())
        item_title = f"{'Cabinet' if spec.cabinet else 'Executive'} Member Report - {spec.portfolio_name}"
    else:
        prepare_quarters(spec)
        doc = committee_report(spec, caps=False, rec_style=rng.choice(["lead-letters", "numbered-that"]),
                               merged=rng.random() < 0.5, page=Page())
        item_title = spec.title
    final.write_text(moderngov_page(spec, item_title, clean_body(doc)), encoding="utf-8")
    spec.traits.update({"nested-layout-tables", "breadcrumbs", "other-meetings-listed", "nbsp", "agenda-item-number",
                        "trap-publication-date"})
    return Job(spec, final, final)


def _other_meetings(spec: Spec) -> list[dt.date]:
    out = []
    for k in (-3, -2, -1, 1, 2):
        d = spec.meeting + dt.timedelta(days=42 * k + spec.rng.randint(-6, 6))
        d += dt.timedelta(days=(spec.meeting.weekday() - d.weekday()) % 7)
        if d.month == 8:  # the summer recess
            d += dt.timedelta(days=28 if k > 0 else -28)
        out.append(d)
    return out


def _mg_date(d: dt.date, time: str = "7.00 pm") -> str:
    return f"{d:%A}, {d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {d:%B}, {d.year} {time}"


def moderngov_page(spec: Spec, item_title: str, body_html: str) -> str:
    rng = spec.rng
    body = spec.body if spec.body == "Council" else spec.executive
    time = "7.00 pm" if body == "Council" else rng.choice(["10.00 am", "2.00 pm", "4.30 pm"])
    meeting_id = rng.randint(2100, 9800)
    published = spec.meeting - dt.timedelta(days=rng.randint(6, 9))
    others = "\n".join(f'<li><a href="ieListDocuments.aspx?CId={rng.randint(100, 400)}&amp;MId={meeting_id + k}">'
                       f'{body}, {_mg_date(d, time)}</a></li>' for k, d in enumerate(_other_meetings(spec)))
    e = html.escape
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Agenda item - {e(item_title)} - {e(COUNCIL)}</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="SiteSpecific/ssWordStyles.css" rel="stylesheet" />
<meta name="description" content="Agenda item for {e(body)} on {spec.meeting:%d/%m/%Y}" />
</head>
<body>
<div id="skiplinks"><a href="#mgMainContent">Skip to main content</a></div>
<div id="header">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr>
<td><a href="https://www.{DOMAIN}/"><img src="SiteSpecific/logo.png" alt="{e(COUNCIL)}" width="190" height="60" /></a></td>
<td align="right">Contact us: 01632 960000&nbsp;|&nbsp;<a href="https://www.{DOMAIN}/accessibility">Accessibility</a></td>
</tr></table>
</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="mgLayoutTable" role="presentation">
<tr>
<td valign="top" width="230" class="mgSideColumn">
<div class="mgSideBar">
<h2 class="mgSideBarTitle">Meeting details</h2>
<table class="mgSideBarTable" cellpadding="2" cellspacing="0" border="0">
<tr><td class="mgSideLabel">Venue:</td><td>Council Chamber, Town Hall, {TOWN}</td></tr>
<tr><td class="mgSideLabel">Contact:</td><td>Democratic Services&nbsp;&nbsp;01632 960{rng.randint(200, 299)}</td></tr>
<tr><td class="mgSideLabel">Published:</td><td>{published:%d/%m/%Y}</td></tr>
</table>
<h2 class="mgSideBarTitle">Other meetings of {e(body)}</h2>
<ul class="mgBulletList">
{others}
</ul>
<h2 class="mgSideBarTitle">Browse meetings</h2>
<ul class="mgBulletList"><li><a href="mgCalendarMonthView.aspx">Calendar</a></li><li><a href="mgListCommittees.aspx">Committees</a></li></ul>
</div>
</td>
<td valign="top">
<div id="modgov">
<div class="mgBreadCrumbs"><ul>
<li><a href="https://www.{DOMAIN}/">Home</a>&nbsp;&gt;&nbsp;</li>
<li><a href="mgListCommittees.aspx">Council and democracy</a>&nbsp;&gt;&nbsp;</li>
<li><a href="ieListMeetings.aspx?CommitteeId={rng.randint(100, 400)}">{e(body)}</a>&nbsp;&gt;&nbsp;</li>
<li><a href="ieListDocuments.aspx?MId={meeting_id}">Meeting, {_mg_date(spec.meeting, time)}</a>&nbsp;&gt;&nbsp;</li>
<li>Agenda item</li>
</ul></div>
<h1 class="mgMainTitleTxt">Agenda item</h1>
<div class="mgContent" id="mgMainContent">
<table width="100%" class="mgItemTable" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><p class="mgAiTitleTxt">Meeting: {spec.meeting:%d/%m/%Y} - {e(body)} (Item {spec.agenda_item}.)</p></td></tr>
<tr>
<td valign="top" class="mgItemNumberCell"><p class="mgAiTitleTxt">{spec.agenda_item}.</p></td>
<td valign="top">
<p class="mgAiTitleTxt">{e(item_title)}</p>
<p class="mgSubItemTitleTxt">Agenda item: {spec.agenda_item}</p>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>
<div class="mgWordPara">
{body_html}
</div>
</td></tr></table>
<p class="mgSubItemTitleTxt">Supporting documents:</p>
<ul class="mgActionList">
<li><a href="documents/s{rng.randint(10000, 99999)}/{e(slug(item_title))}.pdf">{e(item_title)}, item {spec.agenda_item}.&nbsp;PDF {rng.randint(90, 900)} KB</a></li>
</ul>
</td>
</tr>
</table>
</div>
</div>
</td>
</tr>
</table>
<div id="footer"><p>{e(COUNCIL)}, Town Hall, {TOWN}. Telephone 01632 960000.</p>
<p>&copy; {e(COUNCIL)} {spec.meeting.year}</p></div>
</body>
</html>
"""


# --- 6. Word "Save as Web Page" ---------------------------------------------

def make_word_web(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    prepare_quarters(spec, markers=0.2)
    doc = committee_report(spec, caps=True, rec_style=rng.choice(["lead-letters", "auto-letters", "numbered-that"]),
                           merged=True, page=Page(title=spec.title, author=spec.officer[0]))
    for b in doc.blocks:  # Word users put the member's title on a new line with Shift+Enter
        if isinstance(b, Table) and b.header_rows == 0:
            for row in b.rows:
                if ", " in row[1].text and "Member" in row[1].text:
                    row[1].text = row[1].text.replace(", ", "\n", 1)
                    spec.traits.add("soft-break-cover")
    final.write_text(word_html(doc, f"{spec.report_date.isoformat()}T09:12:00Z", COUNCIL), encoding="utf-8")
    spec.traits.update({"mso-html", "colspan-rowspan", "source-line-wrap", "nbsp"})
    return Job(spec, final, final)


# --- 7. PDF exported as text (pdftotext -layout) ----------------------------

def make_pdf_text(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    if spec.variant % 2:  # every other one was made by the performance team's reporting tool
        job = make_cabinet_perf(spec, final, work, to=work / (final.stem + ".pdf"), marks=("star",))
        job.steps = ["pdftotext"]
    else:
        # a superscript 1 exported as text is just another digit: only asterisks here
        prepare_quarters(spec, markers=0.2, marks=("star",))
        page = Page(header=f"{spec.executive} – {long_date(spec.meeting, weekday=True)}",
                    footer="{PAGE}", first_page_number=rng.randint(5, 60), title=spec.title)
        doc = committee_report(spec, caps=rng.random() < 0.5, rec_style=rng.choice(["lead-letters", "numbered-that", "lead-roman"]),
                               merged=False, page=page, repeat_header=True, lookalikes=2)
        job = word_job(spec, doc, final, work, ["lo-pdf", "pdftotext"])
    spec.traits.update({"form-feeds", "space-aligned-table", "repeated-running-header", "wrapped-lines"})
    return job


# --- 8. cabinet performance report, reportlab -------------------------------

def make_cabinet_perf(spec: Spec, final: Path, work: Path, to: Path | None = None,
                      marks=("sup", "sup", "star")) -> Job:
    prepare_quarters(spec, n_periods=(2, 3), n_figs=(4, 5), label_style=spec.rng.choice(["q", "q-fy"]),
                     rates=0.9, markers=0.25, marks=marks)
    page = Page(header=f"{COUNCIL}", header_right=f"{spec.executive} {long_date(spec.meeting)}",
                footer="Page {PAGE} of {NUMPAGES}", title=spec.title)
    doc = cabinet_performance(spec, page)
    out = to or final
    write_pdf(doc, out, Styles())
    spec.traits.update({"page-x-of-y", "running-header"})
    return Job(spec, final, out, [])


# --- 9. scans ---------------------------------------------------------------

def make_scan(spec: Spec, final: Path, work: Path) -> Job:
    kind = spec.family.removeprefix("scanned-")
    pdf = work / (final.stem + ".src.pdf")
    if kind == "agenda-pack-pdf":
        job = make_agenda_pack(spec, pdf, work, steps=("lo-pdf",))
    elif kind == "cabinet-performance-pdf":
        job = make_cabinet_perf(spec, pdf, work, to=pdf)
    else:
        job = make_member_typed(spec, pdf, work, steps=("lo-pdf",))
    spec.traits.update({"scanned", "image-only", "skew", "noise"})
    return Job(spec, final, job.source, job.steps + ["scan"])


# --- 10. portfolio holder update: short forms and soft traps ----------------

def make_holder_update(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    as_of = prepare_as_at(spec, n_figs=(3, 5), lag=(25, 60), rates=0.6, markers=0.2)
    doc = Document(page=Page(footer="{PAGE}", title="Portfolio Holder Update", font="Arial"))
    who = named(spec, forms=["cllr-initial-dot", "cllr-initial", "councillor-initial", "cllr-full"])
    holder_title = rng.choice([f"Portfolio Holder for {spec.portfolio_name}", spec.role])
    meeting_words = rng.choice([dotted_date(spec.meeting), slash_date(spec.meeting), long_date(spec.meeting, weekday=True, comma=True)])
    date_traits(spec, meeting_words)
    doc.add(Para(f"**{COUNCIL}**", align="center", size=13),
            Para(f"**{spec.body.upper()}**", align="center"),
            Para(f"Date of report: {long_date(spec.report_date)}", space_after=0),
            Para(f"Date of meeting: {meeting_words}", space_after=0),
            Para(f"Report of: {who}, {holder_title}", space_after=0),
            Para(f"Title: Portfolio Holder Update – {spec.portfolio_name}"))
    spec.traits.add("report-date-before-meeting-date")
    doc.add(Heading("1. Introduction", 1))
    intro = [f"This report updates the Board on the work of the {spec.portfolio_name} portfolio since my last attendance."]
    if spec.predecessor:
        intro = [f"This is my first update to the Board since taking on the portfolio. I would like to thank my "
                 f"predecessor, Councillor {spec.predecessor.name}, for {rng.choice(['their hard work', 'the firm foundations they laid', 'their leadership of the service'])}."]
        spec.traits.add("predecessor-thanked")
    doc.add(Para(intro[0], num="1.1"))
    doc.add(Heading("2. Key figures", 1))
    stated = rng.choice([slash_date(as_of), long_date(as_of), dotted_date(as_of)])
    if "." in stated and "/" not in stated and " " not in stated:
        spec.traits.add("dotted-date")
    doc.add(Para(f"The figures below are as at {stated}, the latest available when this report was written.", num="2.1"))
    for f in spec.figs:
        f.label = metric_words(rng, f.metric, on=f.as_of)
        rate = f" {rate_words(f, rng)}" if f.rate is not None else ""
        doc.add(Para(f"{f.label}: {marked(f)}{'%' if f.percent else ''}{rate}", num="•", indent=0.6, space_after=2))
        if f.marker:
            spec.traits.add("footnote-marker")
    spec.traits.update({"as-at-differs-from-meeting", "figures-as-at-sentence"})
    for sym, _ in footnote_marks(spec.figs):
        doc.add(Para(f"{sym} Provisional, subject to validation.", size=8))
    doc.add(Heading("3. Update", 1))
    paras = trap_sentences(spec, 3)
    other = other_member(spec)
    if other:
        paras.append(other)
    for i, t in enumerate(paras):
        doc.add(Para(t, num=f"3.{i + 1}"))
    doc.add(Heading("4. Priorities for the coming months", 1))
    doc.add(*promise_paragraphs(spec, "letters", colon=False, updates=False))
    doc.add(Heading("5. Recommendation", 1), Para("That the Board notes the update.", num="5.1"))
    spec.traits.add("standing-resolution")
    doc.add(*[Para(t, space_after=0) for t in contact_lines(spec)])
    return word_job(spec, doc, final, work)


# --- 11. a council web page saved as text -----------------------------------

def make_saved_page(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    prepare_as_at(spec, n_figs=(3, 5))
    doc = member_report(spec, numbering=rng.choice(["roman", "typed"]), figure_style=rng.choice(["at-lines", "as-of"]),
                        soft_breaks=True, page=Page())
    body = spec.body
    updated = spec.meeting + dt.timedelta(days=rng.randint(3, 20))
    head = [
        "Skip to main content", "", COUNCIL, "",
        "Home | Bins and recycling | Council tax | Housing | Schools | Council and democracy | Contact us", "",
        f"You are here: Home > Council and democracy > Meetings > {body} {long_date(spec.meeting)}", "",
        f"Meeting date: {long_date(spec.meeting, weekday=True)}",
        f"Agenda item: {spec.agenda_item}", "",
    ]
    date_traits(spec, long_date(spec.meeting, weekday=True))
    tail = ["", "Related meetings", ""] + [f"  * {body} - {long_date(d)}" for d in _other_meetings(spec)[2:4]] + [
        "", "Was this page helpful? Yes / No", "", f"Page last updated: {long_date(updated)}",
        f"© {COUNCIL} {updated.year}. Telephone: 01632 960000", ""]
    final.write_text("\n".join(head) + text_body(doc) + "\n".join(tail), encoding="utf-8")
    spec.traits.update({"site-navigation", "other-meetings-listed", "trap-page-updated-date"})
    return Job(spec, final, final)


# --- 12. performance digest with a date column, ODT -------------------------

def make_digest(spec: Spec, final: Path, work: Path) -> Job:
    rng = spec.rng
    figs = draw_figures(rng, spec.portfolio, spec.meeting, rng.randint(3, 5))
    for f in figs:  # each row has its own date
        if f.metric.kind == "stock":
            f.as_of = spec.report_date - dt.timedelta(days=rng.randint(3, 35))
        else:
            f.as_of = quarter_end(spec.report_date - dt.timedelta(days=rng.randint(20, 60)))
        if f.metric.rate_per and rng.random() < 0.8:
            with_rate(f)
    spec.figs = figs
    doc = Document(page=Page(title="Performance digest", footer=f"{COUNCIL} – OFFICIAL", header="Performance digest"))
    who = named(spec)
    doc.add(Para(f"**{COUNCIL}**", size=13),
            Para(f"**{spec.executive} – {long_date(spec.meeting, weekday=True)}**"),
            Para(f"**Portfolio performance digest: {spec.portfolio_name}**", size=13),
            Para(f"Portfolio holder: {who}"),
            Para(f"Prepared by: Corporate Performance Team, {long_date(spec.report_date)}"))
    date_traits(spec, long_date(spec.meeting, weekday=True))
    head = [Cell(h, bold=True, shade="BDD7EE", align="center") for h in
            ("Indicator", "As at", "Number", "Rate", "England average", "Comment")]
    rows = [head]
    for f in figs:
        f.label = metric_words(rng, f.metric, short_ok=False, on=f.as_of)
        when = slash_date(f.as_of) if f.metric.kind == "stock" else rng.choice(
            [quarter_label(f.as_of, "q-fy"), f"{MONTHS[f.as_of.month - 1][:3]} {f.as_of.year}"])
        rate = f"{f.rate:.1f} per {f.metric.rate_per:,}" if f.rate is not None else "n/a"
        avg = f"{rng.uniform(0.6, 1.4) * f.rate:.1f}" if f.rate is not None else (
            f"{rng.uniform(30, 80):.1f}%" if f.percent else "–")
        rows.append([Cell(f.label), Cell(when, align="center"), Cell(marked(f) + ("%" if f.percent else ""), align="center"),
                     Cell(rate, align="center"), Cell(avg, align="center"),
                     Cell(rng.choice(["Within expected range", "Higher than last quarter", "Reviewed monthly", ""]))])
    doc.add(Table(rows, widths=[4.6, 2.2, 2.0, 2.6, 2.2, 3.2], font_size=9))
    spec.traits.update({"date-column", "rate-column", "trap-national-average", "performance-table"})
    for t in background(spec, 1) + trap_sentences(spec, 2):
        doc.add(Para(t))
    doc.add(Heading(f"Our priorities for {rng.choice(['the next quarter', 'the rest of the year', fin_year(spec.meeting)])}", 2))
    items = [p for p, _ in spec.promises]
    doc.add(ListBlock([t + "." for t in items], kind="decimal", fmt="{})"))
    spec.commitments += [t + "." for t in items]
    spec.traits.add("auto-numbering")
    doc.add(*[Para(t, space_after=0) for t in contact_lines(spec)])
    return word_job(spec, doc, final, work)


FAMILIES: list[Family] = [
    Family("committee-word", "A committee report typed into a council's Word template: cover table, "
           "numbered sections, (a) recommendations, a quarterly table with merged header cells, OFFICIAL header "
           "and Page X of Y footer", 7, make_committee_word),
    Family("agenda-pack-pdf", "The same template printed to PDF through LibreOffice as a page of an agenda pack: "
           "running header with the meeting, pack page numbers, 'Agenda Item 9', a table across a page break with "
           "its header row repeated, superscript footnote markers", 7, make_agenda_pack, fmt=lambda i: "pdf"),
    Family("member-report-typed", "An executive member's report to Council (Middlesbrough style) typed into Word: "
           "'1.' typed at the start of Normal paragraphs, Shift+Enter breaks in the title and figure lines, "
           "'@ 18/08/2019' figures, signature", 6, make_member_typed, body="Council", new_holder_every=3,
           naming="member"),
    Family("member-report-autonumbered", "The same report written with Word's automatic numbering, saved as ODT "
           "by LibreOffice (two kept as .docx)", 6, make_member_auto, body="Council",
           fmt=lambda i: "docx" if i % 3 == 2 else "odt", new_holder_every=3, naming="member"),
    Family("moderngov-page", "A committee system's agenda-item web page: nested layout tables, breadcrumbs, a "
           "sidebar of other meetings with their dates, 'Agenda item: 9', &nbsp;, the report in the page",
           7, make_moderngov, body=lambda i: "Council" if i % 2 == 0 else "Executive", fmt=lambda i: "html",
           naming="web"),
    Family("word-web-page", "A Word report saved as a web page: MsoNormal paragraphs with typed numbers and "
           "mso-tab-count spans, lists drawn with <![if !supportLists]>, <br> soft breaks, colspan/rowspan, "
           "source lines wrapped mid-sentence", 6, make_word_web, fmt=lambda i: "html"),
    Family("pdf-text-export", "Text exported from agenda-pack PDFs with pdftotext -layout: form feeds, repeated "
           "running headers and page numbers, space-aligned tables, wrapped lines", 7, make_pdf_text,
           fmt=lambda i: "txt"),
    Family("cabinet-performance-pdf", "A quarterly performance report from a reporting tool (reportlab): outturn, "
           "quarters, target, RAG and direction of travel, a 'Rate per 10,000' row under a metric, 'Figures at ...' "
           "above the table, 'Recommendation 1:'", 7, make_cabinet_perf, fmt=lambda i: "pdf"),
    Family("scanned", "Paper copies scanned back to PDF: image only, grey, skewed under a degree, speckled, JPEG "
           "pages (sources: agenda pack, cabinet performance report, member report)", 8, make_scan,
           fmt=lambda i: "scan-pdf", naming="scan"),
    Family("portfolio-holder-update", "A portfolio holder's update to scrutiny: 'Cllr B. Cooper', a predecessor "
           "thanked, another councillor named, 'Date of report' before 'Date of meeting', dates as 4.9.19, "
           "figures as at a date weeks before the meeting, a) priorities", 6, make_holder_update,
           body="Overview and Scrutiny Board", fmt=lambda i: "pdf" if i % 2 else "docx", new_holder_every=2,
           naming="update"),
    Family("saved-web-page-text", "A council web page saved from a browser as text: navigation, breadcrumbs, "
           "the member's report with typed or roman numbers, related meetings, 'Page last updated'", 5,
           make_saved_page, body="Council", fmt=lambda i: "txt", naming="page"),
    Family("performance-digest-odt", "A performance digest from a corporate performance team, saved as ODT: "
           "a table with an 'As at' date column per row, a rate column, England averages, numbered priorities",
           5, make_digest, fmt=lambda i: "odt", naming="digest"),
]

SCAN_SOURCES = ["agenda-pack-pdf", "cabinet-performance-pdf", "member-report-typed"] * 2 + [
    "agenda-pack-pdf", "cabinet-performance-pdf"]

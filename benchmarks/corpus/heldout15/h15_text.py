"""Held-out-15 templates in HTML and plain text:

  moderngov-printable-agenda   a district council's ModernGov 'printable version' of a Cabinet agenda
                               item: the front sheet (meeting, date as 'Tuesday, 10th December, 2019
                               6.00 pm', venue, membership with every Cabinet member, contact, the
                               agenda with the previous minutes' date and another portfolio's item),
                               then the Portfolio Holder's report (cover table, recommendations,
                               performance table with a superscript note or '*'); as the saved XHTML
                               page, or printed to PDF by LibreOffice with a page break before the report
  word-plain-text-save         a Word report saved with 'Save as Plain Text' (UTF-8 with its byte order
                               mark, CRLF line ends, no line breaks inserted): every table cell on a line
                               of its own (the cover table's label then its value, the performance
                               table's header cells then each row's cells), automatic numbers written as
                               '1.<tab>' and 'a)<tab>', each paragraph one long line
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS, holder
from h15_common import (Job, Report, _extras, background, dotted, ends, items, long, meeting_date, mg_date, noun,
                        other_member, perf, perf_rows15, quarter_name, rate_words, slash, thanks, who)

E = html.escape
LEADER = "Graham Tuckett"


def _cabinet(r: Report) -> list[str]:
    """Every Cabinet member in post on the day, in portfolio order (the report's own among them)."""
    out = []
    for p in PORTFOLIOS:
        m = holder(p, r.meeting)
        if m and m.name not in out:
            out.append(m.name)
    return out


def make_moderngov(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [4, 2, 3, 0, 1][v % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "cllr-full", "councillor-initial"][v % 5])
    r.traits |= {"moderngov", "printable-version", "front-sheet", "membership-list", "agenda-list", "other-member-named",
                 "agenda-item-number", "cover-table", "ordinal-date", "weekday-date", "report-date-before-meeting-date",
                 "trap-phone", "lettered-items", "typed-numbering"}
    members = _cabinet(r)
    prev = r.meeting - dt.timedelta(weeks=rng.randint(4, 6))
    other_p = rng.choice([p for p in PORTFOLIOS if p != r.portfolio and holder(p, r.meeting)])
    other_m = holder(other_p, r.meeting)
    item = r.item
    first_page = rng.randint(3, 9)
    marker = ["sup", "star", "p", "sup", "star", "p"][v % 6]
    head, rows, marked = perf_rows15(r, figs, qs, marker=marker, rag=v % 2 == 0)
    its = items(r, "lower", "note the performance of the portfolio")
    for k, it in enumerate(its):
        if k:
            r.commit(it + ends(k, len(its)))
    extra, money = _extras(r, figs, q_end)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    memb = ", ".join(f"{n}" for n in members)
    agenda = [("1.", "Apologies for absence", ""), ("2.", "Declarations of interest", ""),
              ("3.", f"Minutes of the previous meeting", f"To approve the minutes of the meeting held on {mg_date(prev)}."),
              ("4.", "Public questions", "")]
    k = 5
    while k < item:
        agenda.append((f"{k}.", rng.choice(["Forward Plan", "Recommendations from Overview and Scrutiny",
                                            "Treasury Management Mid-Year Review", "Urgent decisions taken"]), ""))
        k += 1
    agenda.append((f"{item}.", f"{r.title} (Pages {first_page} - {first_page + rng.randint(6, 11)})",
                   f"Report of the Portfolio Holder for {PORTFOLIOS[r.portfolio]}."))
    agenda.append((f"{item + 1}.", f"{PORTFOLIOS[other_p]}: Annual Update",
                   f"Report of the Portfolio Holder for {PORTFOLIOS[other_p]}, Councillor {other_m.name}."))
    agenda.append((f"{item + 2}.", "Exclusion of the press and public", ""))

    def row(label, value):
        return f'<tr><th scope="row" class="mgLabel">{E(label)}</th><td class="mgValue">{E(value)}</td></tr>'

    trs = []
    for i, rr in enumerate(rows):
        cells = []
        for j, c in enumerate(rr):
            text = E(str(c))
            if marker == "sup" and marked is not None and rr[0] == marked.label and j == 3:
                text += "<sup>1</sup>"
            cells.append(f"<td>{text}</td>")
        trs.append("<tr>" + "".join(cells) + "</tr>")
    note = {"sup": "<sup>1</sup> Provisional figure, subject to year-end validation.", "star": "* Provisional.",
            "p": "(p) Provisional."}[marker]
    rec_lis = "".join(f"<p class=\"mgRec\">({'abcdef'[k]})&nbsp;{E(it)}{ends(k, len(its))}</p>" for k, it in enumerate(its))
    bg = "".join(f"<p>3.{k} {E(x)}</p>" for k, x in
                 enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1))
    perf_ps = "".join(f"<p>4.{k} {E(x)}</p>" for k, x in enumerate(extra, 3))
    f0 = figs[0]
    n0 = noun(rng, f0.key)
    lead_fig = (f"<p>4.2 {E(n0[0].upper() + n0[1:])}: {E(f0.show())} at {E(long(q_end))}"
                + (f" ({E(rate_words(f0))})" if f0.rate is not None else "") + ".</p>")
    if f0.rate is not None:
        r.traits.add("rate-in-line")
    agenda_html = "".join(
        f'<tr><td class="mgItemNumberCell">{n}</td><td><p class="mgAiTitleTxt">{E(t)}</p>'
        + (f'<p class="mgSubItemTitleTxt">{E(s)}</p>' if s else "") + "</td></tr>" for n, t, s in agenda)
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Agenda for {E(r.executive)} on {E(mg_date(r.meeting))}, 6.00 pm - Printable version | {E(COUNCIL)}</title>
<link rel="stylesheet" type="text/css" href="/SiteSpecific/ssMgStyles.css" />
<style type="text/css">
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 11pt; }}
table.mgStatsTable, table.mgCover {{ border-collapse: collapse; }}
table.mgStatsTable td, table.mgStatsTable th, table.mgCover th, table.mgCover td {{ border: 1px solid #777; padding: 2px 5px; }}
.mgPrintHide {{ display: none; }}
.mgPageBreak {{ page-break-before: always; }}
</style>
</head>
<body class="mgPrintable">
<div id="modgov">
<p class="mgPrintHide"><a href="/ieListDocuments.aspx?CId={130 + v}&amp;MId={rng.randint(3000, 9999)}">Back to the meeting</a></p>
<div class="mgFrontSheet">
<h1 class="mgMainTitleTxt">Agenda for {E(r.executive)} on {E(mg_date(r.meeting))}, 6.00 pm</h1>
<p class="mgSubTitleTxt">{E(COUNCIL)}</p>
<table class="mgMeetingDetails" summary="Meeting details">
<tr><th>Venue:</th><td>Council Chamber, Civic Centre, Hollinsfield</td></tr>
<tr><th>Contact:</th><td>Democratic Services, 01632 93{rng.randint(1000, 9999)}, democratic.services@{DOMAIN}</td></tr>
</table>
<h2 class="mgSectionTitle">Membership</h2>
<p>Councillors {E(LEADER)} (Leader of the Council and Chair), {E(memb)}.</p>
<h2 class="mgSectionTitle">Agenda</h2>
<p>Item</p>
<table class="mgItemTable" summary="Agenda">{agenda_html}</table>
<p class="mgFooter">Published: {E(long(r.report_date + dt.timedelta(days=2)))}</p>
</div>
<div class="mgPageBreak">
<p class="mgPackPage" style="page-break-before: always">Agenda Item {item}</p>
<h2>{E(r.title)}</h2>
<table class="mgCover" summary="Report details" border="1" cellspacing="0" cellpadding="3">
{row("Report to:", r.executive)}
{row("Date of meeting:", date)}
{row("Report of:", f"Portfolio Holder for {PORTFOLIOS[r.portfolio]} - {member}")}
{row("Lead officer:", f"{r.officer[0]}, {r.officer[1]} ({r.officer[2]})")}
{row("Wards affected:", "All")}
{row("Key decision:", "No")}
{row("Date of report:", slash(r.report_date))}
</table>
<h3>1. Purpose of report</h3>
<p>1.1 To update the {E(r.executive)} on the {E(PORTFOLIOS[r.portfolio])} portfolio's performance in {E(quarter_name(q_end, 'quarter'))}.</p>
<h3>2. Recommendations</h3>
<p>2.1 That {E(r.executive)}:</p>
{rec_lis}
<h3>3. Background</h3>
{bg}
<h3>4. Performance</h3>
<p>4.1 The table below shows performance at {E(long(q_end))}, the end of {E(quarter_name(q_end, 'quarter'))}.</p>
<table class="mgStatsTable" summary="Performance" border="1" cellspacing="0" cellpadding="3">
<tr>{"".join(f"<th>{E(h)}</th>" for h in head)}</tr>
{"".join(trs)}
</table>
<p class="mgNote">{note}</p>
{lead_fig}
{perf_ps}
<h3>5. Financial implications</h3>
<p>5.1 {E(money)}</p>
<h3>6. Scrutiny</h3>
<p>6.1 The Overview and Scrutiny Committee will consider this report on {E(long(nxt, weekday=True))}.</p>
<h3>Background papers</h3>
<p>None.</p>
<p class="mgPackPage">Page {first_page + 2}</p>
</div>
</div>
</body>
</html>
"""
    r.traits |= {"implications", "html-page"} if not pdf and final.suffix == ".html" else {"implications", "agenda-pack-page-numbers"}
    src = work / (final.stem + ".html") if (pdf or final.suffix == ".pdf") else final
    src.write_text(text, encoding="utf-8")
    steps = ["lo-pdf"] if (pdf or final.suffix == ".pdf") else []
    return Job(r, final, src, steps)


# =====================================================================================
# word-plain-text-save
# =====================================================================================

def make_plaintext(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [3, 0, 2, 1, 4][v % 5])
    member = who(r, ["cllr-dot", "councillor-initial", "full", "cllr-initial", "cllr-full"][v % 5])
    r.traits |= {"plain-text", "word-save-as-text", "cells-on-lines", "crlf", "byte-order-mark", "cover-table",
                 "auto-numbering", "lettered-items", "decimal-section-numbers", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "performance-table"}
    L = [COUNCIL, "", f"Report to {r.executive}", ""]
    for label, value in (("Meeting", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
                         ("Report of", f"{member}, {r.role}"),
                         ("Contact officer", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2]),
                         ("Subject", r.title), ("Date of report", long(r.report_date))):
        L += [label, value]
    L += ["", f"1.\tPurpose of the report",
          f"1.1\tTo report the performance of the {PORTFOLIOS[r.portfolio]} portfolio for "
          f"{quarter_name(q_end, 'quarter')} and to ask the {r.executive} to agree the recommendations.",
          "2.\tRecommendations", f"2.1\tThat the {r.executive}:"]
    its = items(r, "lower", "note the performance of the portfolio")
    for k, it in enumerate(its):
        L.append(f"{'abcdef'[k]})\t{it}{ends(k, len(its))}")
        if k:
            r.commit(it + ends(k, len(its)))
    L.append("3.\tBackground")
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        L.append(f"3.{k}\t{tx}")
    L += ["4.\tPerformance", f"4.1\tTable 1 gives the position at {long(q_end)} for each indicator, with the two "
          "quarters before it and the target."]
    marker = ["star", "p", "star", "p", "star"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=marker, rag=v % 2 == 1)
    L.append(f"Table 1: {PORTFOLIOS[r.portfolio]} indicators")
    L += head
    for row in rows:
        L += [str(c) for c in row]
    L.append({"star": "* provisional", "p": "(p) provisional"}[marker])
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        L.append(f"4.{k}\t{tx}")
    L += ["5.\tFinancial implications", f"5.1\t{money}"]
    r.traits.add("implications")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    L += ["6.\tConsultation and next steps",
          f"6.1\tThe Overview and Scrutiny Committee will consider this report at its meeting on {dotted(nxt)}."]
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    L += ["Background papers", "None", "", f"Contact: {r.officer[0]}, {r.officer[3]}", ""]
    text = "\r\n".join(L)
    final.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return Job(r, final, final, [])

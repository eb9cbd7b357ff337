"""Held-out-9 templates written as HTML or plain text:

  cmis-agenda-item-page        a Civica CMIS committee-system page for one agenda item: ASP.NET
                               ids, layout tables, CMIS class names, &nbsp;, the report's body
                               inline, a 'Related documents' list, other meetings in a side panel
  council-statement-transcript a Cabinet Member's statement to full Council as delivered, saved
                               as plain text: spoken style, some figures in words, some in
                               digits, questions from members, a note of the figures referred to
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from council import COUNCIL, PORTFOLIOS
from h3_model import Job
from h7_common import words
from h8_common import (Report, background, colleague, cross, last_month_end, last_quarter_end, later, long, lookalike,
                       member_text, noun, ordinal_long, quarter_name, quarters_back, rate_words, slash, status,
                       subcount, trap_lines, wrap)
from h8_words import decision
from h9_words import QUESTIONERS

NB = "&nbsp;"


def make_cmis(r: Report, final: Path, work: Path, **_) -> Job:
    rng, v = r.rng, r.variant
    r.traits |= {"cmis", "html-page", "nested-layout-tables", "nbsp", "other-meetings-listed", "related-documents",
                 "agenda-item-number", "cover-block", "performance-table", "period-columns", "target-column",
                 "trap-other-meeting-date", "lead-in", "standing-resolution", "site-navigation"}
    on = last_quarter_end(r.report_date - dt.timedelta(days=15))
    qs = quarters_back(on, 3)
    figs = r.draw(rng.randint(3, 4), on, n_history=2, rates=0.7)
    r.figs += figs
    who, t = member_text(r, ["councillor-initial", "cllr-full", "full", "cllr-dot"][v % 4])
    r.traits |= t
    day = f"{r.meeting:%A}, {ordinal_long(r.meeting).replace(f' {r.meeting.year}', f', {r.meeting.year}')}"
    r.traits |= {"weekday-date", "ordinal-date"}
    others = sorted({r.meeting + dt.timedelta(weeks=k) for k in (-8, -4, 4, 8)})
    h = []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    h.append(f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>CMIS &gt; Meetings &gt; {escape(r.executive)} '
             f'&gt; Item {r.item}</title><link href="/cmis5/App_Themes/Hollinsfield/cmis.css" rel="stylesheet" type="text/css" />'
             '<script type="text/javascript" src="/cmis5/WebResource.axd?d=x7a1"></script></head>')
    h.append('<body><form name="aspnetForm" method="post" action="./Document.aspx?ID=' + str(rng.randint(10000, 99999)) + '" id="aspnetForm">')
    h.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDxYCHgdWaXNpYmxlaGQCAw8WAh8AZ2RkZA==" />')
    h.append('<table class="cmis-page" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="2" class="cmis-header">')
    h.append(f'<div id="ctl00_Header"><span class="cmis-council">{COUNCIL}</span>{NB}|{NB}<a href="/cmis5/">Committee Information</a>'
             f'{NB}|{NB}<a href="/cmis5/Meetings.aspx">Meetings</a>{NB}|{NB}<a href="/cmis5/People.aspx">Councillors</a>'
             f'{NB}|{NB}<a href="/cmis5/Decisions.aspx">Decisions</a></div></td></tr>')
    h.append('<tr><td class="cmis-sidebar" valign="top" width="22%"><div id="ctl00_Sidebar_pnlMeetings" class="SidePanel">')
    h.append(f'<h3 class="SidePanelTitle">Other meetings of {escape(r.executive)}</h3><ul class="MeetingList">')
    for o in others:
        h.append(f'<li class="MeetingListItem"><a href="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/'
                 f'{rng.randint(1000, 9999)}/Default.aspx">{o:%d %b %Y}{NB}6.00 pm</a></li>')
    h.append('</ul><h3 class="SidePanelTitle">Related documents</h3><ul class="RelatedDocs">')
    docs = [f"Agenda frontsheet {r.meeting:%d/%m/%Y} {r.executive}", f"Item {r.item} - {r.title} (report)",
            f"Item {r.item} - Appendix A performance data", "Printed minutes"]
    for dname in docs:
        h.append(f'<li><a href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo={rng.randint(100000, 999999)}" '
                 f'class="DocLink">{escape(dname)}</a>{NB}<span class="DocSize">PDF {rng.randint(60, 900)} KB</span></li>')
    h.append('</ul></div></td><td class="cmis-content" valign="top">')
    h.append(f'<div class="BreadCrumb"><a href="/cmis5/">Home</a>{NB}&gt;{NB}<a href="#">Meetings</a>{NB}&gt;{NB}'
             f'<a href="#">{escape(r.executive)}</a>{NB}&gt;{NB}Item{NB}{r.item}</div>')
    h.append(f'<table class="MeetingDetails" cellpadding="2" cellspacing="0" border="0">'
             f'<tr><td class="MeetingDetailsLabel">Meeting:</td><td class="MeetingDetailsValue">{escape(r.executive)}</td></tr>'
             f'<tr><td class="MeetingDetailsLabel">Date:</td><td class="MeetingDetailsValue">{day}{NB}6.00 pm</td></tr>'
             f'<tr><td class="MeetingDetailsLabel">Venue:</td><td class="MeetingDetailsValue">Council Chamber, Civic Centre</td></tr></table>')
    h.append(f'<table class="AgendaItem" width="100%" cellpadding="3" cellspacing="0"><tr><td class="ItemNumber" valign="top" width="6%">'
             f'{r.item}.</td><td class="ItemTitle"><span class="AgendaItemTitle">{escape(r.title)}</span></td></tr>')
    h.append('<tr><td>&nbsp;</td><td class="ItemContent"><div class="cmis-document-body">')
    h.append(f'<p class="Purpose"><strong>Report of:</strong>{NB}{escape(who)}, {escape(r.role)}<br />'
             f'<strong>Lead officer:</strong>{NB}{escape(r.officer[0])}, {escape(r.officer[1])}<br />'
             f'<strong>Report date:</strong>{NB}{slash(r.report_date)}</p>')
    r.traits.add("report-date-before-meeting-date")
    h.append(f'<p class="cmis-para"><strong>Purpose:</strong>{NB}To report performance for {quarter_name(on, "quarter")} '
             f'(to {long(on)}) and seek decisions on the matters below.</p>')
    h.append(f'<p class="cmis-para">{escape(" ".join(background(r, 2)))}</p>')
    h.append(f'<p class="cmis-para"><strong>Performance at {long(on)}</strong></p>')
    r.traits.add("figures-at-heading")
    h.append('<table class="cmis-datatable" border="1" cellpadding="3" cellspacing="0"><tr class="cmis-th">'
             f'<td><b>Indicator</b></td>' + "".join(f"<td><b>{quarter_name(q)}</b></td>" for q in qs)
             + "<td><b>Target</b></td><td><b>RAG</b></td></tr>")
    r.traits.add("rag-column")
    for f in figs:
        mark = ""
        if f is figs[-1] and v % 2 == 0 and not f.percent:
            mark, f.marker = "<sup>p</sup>", "p"
        h.append(f'<tr><td>{escape(f.label)}</td>' + "".join(f"<td align=\"right\">{f.show(x)}</td>" for x in f.history)
                 + f'<td align="right">{f.show()}{mark}</td><td align="right">{f.target}</td><td>{status(f)}</td></tr>')
        if f.rate is not None:
            h.append(f'<tr><td>{NB}{NB}{NB}Rate per {f.metric.rate_per:,}</td><td>{NB}</td><td>{NB}</td>'
                     f'<td align="right">{f.rate:.1f}</td><td>{NB}</td><td>{NB}</td></tr>')
            r.traits.add("rate-row")
    label, vals = lookalike(r, 3)
    h.append(f'<tr><td>{escape(label)}</td>' + "".join(f'<td align="right">{x}</td>' for x in vals) + f"<td>{NB}</td><td>{NB}</td></tr>")
    h.append("</table>")
    if any(f.marker == "p" for f in figs):
        h.append('<p class="cmis-small"><sup>p</sup>{0}provisional</p>'.format(NB))
    g = later(r, figs, last_month_end(r.meeting - dt.timedelta(days=3)), rate=True)
    if g:
        r.figs.append(g)
        rt = f", or {rate_words(g)}" if g.rate is not None else ""
        h.append(f'<p class="cmis-para">At {long(g.as_of)} the figure was {g.show()}{rt}.</p>')
    h.append(f'<p class="cmis-para">{escape(subcount(r, figs[0]))} {escape(" ".join(trap_lines(r, ["trap-other-council", "trap-money", "trap-percent"])))}</p>')
    h.append(f'<p class="cmis-para">{escape(cross(r, on))}</p>')
    h.append(f'<p class="cmis-para"><strong>Recommendations</strong></p><p class="cmis-para">That {escape(r.executive)}:</p>')
    items = [f"notes the performance for {quarter_name(on, 'quarter')};"]
    for k, dec in enumerate(r.decisions):
        items.append(decision(dec, "third") + ("." if k == len(r.decisions) - 1 else ";"))
        r.commit(items[-1])
    if v % 2:
        h.append('<ol type="i" class="cmis-list">' + "".join(f"<li>{escape(x)}</li>" for x in items) + "</ol>")
        r.traits |= {"html-ordered-list", "roman-items"}
    else:
        h.append("".join(f'<p class="cmis-para">({chr(97 + k)}){NB}{NB}{escape(x)}</p>' for k, x in enumerate(items)))
        r.traits.add("lettered-items")
    h.append(f'<p class="cmis-para"><strong>Financial implications:</strong>{NB}{escape(trap_lines(r, ["trap-money"])[0])}</p>')
    h.append(f'<p class="cmis-para"><strong>Contact:</strong>{NB}{escape(r.officer[0])}, {r.officer[2]}</p>')
    h.append("</div></td></tr></table>")
    h.append(f'<div class="cmis-footer">Published: {slash(r.report_date + dt.timedelta(days=rng.randint(1, 3)))}'
             f'{NB}|{NB}CMIS{NB}&copy;{NB}Civica UK Ltd</div>')
    r.traits.add("trap-publication-date")
    h.append("</td></tr></table></form></body></html>")
    final.write_text("\n".join(h) + "\n", encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# council-statement-transcript
# =====================================================================================

def statement_lines(r: Report) -> list[str]:
    rng, v = r.rng, r.variant
    r.traits |= {"spoken-style", "figures-in-words", "plain-text", "questions-and-answers", "figures-note",
                 "signature", "as-at-differs-from-meeting", "other-member-named"}
    on = last_quarter_end(r.meeting - dt.timedelta(days=rng.randint(20, 50)))
    figs = r.draw(rng.randint(3, 4), on, n_history=1, rates=0.5, kinds=("stock", "flow", "percent"))
    r.figs += figs
    who, t = member_text(r, ["full", "cllr-full", "councillor-initial", "upper-full"][v % 4])
    r.traits |= t
    day = [long(r.meeting, weekday=True), ordinal_long(r.meeting, weekday=True), slash(r.meeting), long(r.meeting)][v % 4]
    r.traits |= [{"weekday-date"}, {"weekday-date", "ordinal-date"}, {"slash-date"}, set()][v % 4]
    L = []
    L.append(f"{COUNCIL.upper()}")
    L.append(f"MEETING OF THE COUNCIL - {day}")
    L.append(f"Item {r.item}: Statements by Cabinet Members")
    r.traits.add("agenda-item-number")
    L.append("")
    L.append(f"Statement by {who}, {r.role}")
    L.append("(as delivered - check against the webcast)")
    L.append("")
    say = []
    say.append("Thank you, Lord Mayor." if v % 2 else "Thank you, Mr Mayor, and good evening, colleagues.")
    if r.predecessor:
        say.append(f"Before I start, I want to pay tribute to Councillor {r.predecessor.name}, who held this portfolio "
                   f"before me and did so with real commitment.")
        r.traits.add("predecessor-thanked")
    say.append(" ".join(background(r, 2)))
    notes = []
    for k, f in enumerate(figs):
        n = noun(rng, f.key)
        if k % 2 == 0 and not f.percent and f.value < 100000:
            spoken = words(int(f.value))
            say.append(f"I can tell members that at the end of {on:%B} there were {spoken} {n}. "
                       f"That's {'down' if f.value < f.history[-1] else 'up'} on the quarter before.")
            notes.append(f)
            r.traits.add("figure-only-in-words-in-speech")
        elif f.percent:
            say.append(f"Our {in_label(f)} stood at {f.show()} at {long(on)} - and I know members will want "
                       f"that higher still.")
        else:
            rt = f", which is {rate_words(f)}" if f.rate is not None else ""
            say.append(f"We recorded {f.show()} {n} at the end of {on:%B}{rt}. A year ago it was nearer "
                       f"{words(int(round(f.history[-1], -1)))}.")
            r.traits.add("earlier-period-in-words")
    say.append(subcount(r, figs[0]).replace(figs[0].show(), words(int(figs[0].value)))
               if not figs[0].percent and figs[0].value < 100000 else subcount(r, figs[0]))
    say.append(" ".join(trap_lines(r, ["trap-other-council", "trap-money", "trap-percent"])))
    g = later(r, figs, last_month_end(r.meeting - dt.timedelta(days=4)), rate=False)
    if g:
        r.figs.append(g)
        say.append(f"And the most recent figure I have, for the end of {g.as_of:%B}, is {g.show()}.")
    say.append(f"Lord Mayor, I want to make some commitments to this Council tonight. Over the coming months we will:")
    for p in say:
        L.append(wrap(p, 76))
        L.append("")
    for pr in r.priorities[:3]:
        L.append(wrap(f"- {pr};" if v % 2 else f"* {pr}.", 76, indent="  "))
        r.commit(pr)
    r.traits.add("bulleted-commitments")
    L.append("")
    L.append(wrap("and I will come back to this Council and report on every one of them. I commend this statement to "
                  "the Council.", 76))
    L.append("")
    qs = rng.sample(QUESTIONERS, 2)
    L.append("Questions on the statement")
    L.append("")
    L.append(wrap(f"{qs[0]}: Can the Cabinet Member tell us how that compares with last year?", 76))
    L.append(wrap(f"{r.member.surname}: I can. " + cross(r, on) + " I'll send the member the detail.", 76))
    c = colleague(r)
    if c:
        L.append(wrap(f"{qs[1]}: Will the Cabinet Member work with Councillor {c[0].name} on this?", 76))
        L.append(wrap(f"{r.member.surname}: Yes - Councillor {c[0].surname} and I meet every month.", 76))
    L.append("")
    L.append("-" * 40)
    if notes:
        L.append(f"Note for members: figures referred to (position at {slash(on)})")
        r.traits |= {"figures-at-heading", "slash-date"}
        for f in notes:
            rt = f" ({f.rate:.1f} per {f.metric.rate_per:,})" if f.rate is not None else ""
            L.append(f"  {f.label}: {f.show()}{rt}")
    L.append(f"Published {slash(r.meeting + dt.timedelta(days=rng.randint(1, 6)))} by Democratic Services")
    r.traits.add("trap-publication-date")
    return L


def in_label(f) -> str:
    return f.label[0].lower() + f.label[1:]


def make_statement(r: Report, final: Path, work: Path, **_) -> Job:
    final.write_text("\n".join(statement_lines(r)) + "\n", encoding="utf-8")
    return Job(r, final, final, [])

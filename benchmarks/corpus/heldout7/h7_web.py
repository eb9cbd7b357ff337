"""Held-out-7 templates written as a web page and as plain text:

  moderngov-issue-history  a committee system's 'Issue - items at meetings' page: issue details
                           (decision maker, status, lead member, wards), then each meeting the
                           issue went to, oldest first: an earlier Cabinet deferral with its
                           own note, a scrutiny committee's comments with a councillor's
                           figure, then the meeting it was decided at with the decision
                           '(i) ... (ii) ...', the report's summary and a figures table
  performance-clinic-note  a quarterly 'Performance Clinic' note in plain text: field lines
                           ('Held: 2/12/2019'), a RAG matrix drawn with +---+ rules (three
                           quarters, target, RAG, direction), exceptions discussed, an action
                           log with owners and due dates, the Portfolio Holder's priorities
                           'P1. P2. P3.'
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job
from h6_model import (Report, background, colleague, cross, last_quarter_end, later, lookalike, noun, quarter_name,
                      quarters_back, slash, status, subcount, trap_lines)
from h6_words import DIRECTORS, decision
from h7_common import (CALLERS, EN_POP, bare_slash, cap, dot_short, long, member_text, rate_label, short_weekday,
                       wrap)

E = html.escape
ROMAN = ["i", "ii", "iii", "iv", "v"]


# =====================================================================================
# moderngov-issue-history
# =====================================================================================

def make_issue_page(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 30)))
    prev = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.8)
    r.figs = list(figs)
    form = ["cllr-full", "full", "cbe", "cllr-initial", "ph"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    deferred = r.meeting - dt.timedelta(weeks=rng.randint(4, 6))
    scrutiny = r.meeting - dt.timedelta(days=rng.randint(8, 16))
    published = r.meeting + dt.timedelta(days=rng.randint(2, 4))
    effective = published + dt.timedelta(days=6)
    issue_id = rng.randint(12000, 48999)
    caller = rng.choice(CALLERS)
    f0 = rng.choice(figs)
    rows = [f"<tr><th>Indicator</th><th>{E(quarter_name(prev))}</th><th>{E(quarter_name(q_end))}</th><th>Target</th></tr>"]
    for f in figs:
        rows.append(f"<tr><td>{E(f.label)}</td><td>{f.show(f.history[0])}</td><td>{f.show()}</td><td>{E(f.target)}</td></tr>")
        if f.rate is not None:
            rows.append(f"<tr><td>&nbsp;&nbsp;{E(rate_label(f))}</td><td>{f.rate_at(f.history[0], prev):.1f}</td>"
                        f"<td>{f.rate:.1f}</td><td>&nbsp;</td></tr>")
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), f"<tr><td>{E(lab)}</td><td>{vals[0]}</td><td>{vals[1]}</td><td>-</td></tr>")
    r.traits |= {"period-columns", "target-column", "performance-table", "figures-at-heading", "nbsp"}
    items = [decision(d, "passive") for d in r.decisions[:3]]
    dec = ['<li>(i)&nbsp;That the performance position at the end of the quarter be noted;</li>']
    for i, it in enumerate(items):
        t = cap(it) + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        dec.append(f"<li>({ROMAN[i + 1]})&nbsp;{E(t)}</li>")
        r.commit(cap(it) + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else "."))
    r.traits |= {"roman-items", "typed-numbering", "standing-resolution", "resolved-wording"}
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(2, 8)))
    extra = ""
    if ext:
        r.figs.append(ext)
        extra = f"<p>The latest weekly count, at {E(long(ext.as_of))}, was {ext.show()} {E(noun(rng, ext.key))}.</p>"
    pred = ""
    if r.predecessor:
        pred = f"<p>The Cabinet Member thanked Councillor {E(r.predecessor.name)}, her predecessor, for taking the work forward.</p>"
        r.traits.add("predecessor-thanked")
    col = colleague(r)
    col_txt = ""
    if col:
        col_txt = f"<p>Councillor {E(col[0].name)} ({E(PORTFOLIOS[col[1]])}) spoke in support.</p>"
        r.traits.add("other-member-named")
    traps = " ".join(trap_lines(r, ["trap-money", "trap-percent", "trap-other-council"]))
    meetings = [
        (f"{bare_slash(deferred)} - {r.executive}", f"Item {rng.randint(5, 14)}",
         f"<p>Decision: Deferred to a later meeting to allow consultation with the scrutiny committee.</p>"),
        (f"{bare_slash(scrutiny)} - Overview and Scrutiny Committee", f"Item {rng.randint(5, 14)}",
         f"<p>{E(caller)} noted that the report quoted {f0.show(f0.history[0])} {E(noun(rng, f0.key))} for "
         f"{E(quarter_name(prev))}. Comments: that the Cabinet be asked to consider the committee's comments.</p>"),
        (f"{bare_slash(r.meeting)} - {r.executive}", f"Item {r.item}",
         f"<p><b>Decision:</b></p><p>RESOLVED -</p><ul class=\"mgBulletList\" style=\"list-style:none\">{''.join(dec)}</ul>"
         f"<p><b>Reasons for the decision:</b> {E(background(r, 1)[0])}</p>"
         f"<p><b>Report author:</b> {E(r.officer[0])}</p>"
         f"<p><b>Publication date:</b> {bare_slash(published)}</p><p><b>Date of decision:</b> {bare_slash(r.meeting)}</p>"
         f"<p><b>Effective from:</b> {bare_slash(effective)}</p>"
         f"<p><b>Summary of the report:</b></p>{pred}<p>The {E(r.role)} presented performance at the end of "
         f"{E(quarter_name(q_end, 'quarter'))} ({bare_slash(q_end)}).</p>"
         f"<table class=\"mgStatsTable\" border=\"1\" summary=\"Performance\">{''.join(rows)}</table>"
         f"{extra}<p>{E(subcount(r, rng.choice([f for f in figs if not f.percent] or figs)))} {E(traps)}</p>"
         f"<p>{E(cross(r, q_end))}</p>{col_txt}"
         f"<p><b>Supporting documents:</b></p><ul><li><a href=\"documents/s{issue_id + 7}/Report.pdf\">"
         f"{E(r.title)} PDF 412 KB</a></li><li><a href=\"#\">Appendix 1 PDF 96 KB</a></li></ul>"),
    ]
    r.traits |= {"issue-history", "other-meetings-listed", "trap-other-meeting-date", "trap-publication-date",
                 "agenda-item-number", "slash-date", "unpadded-slash-date", "trap-figure-in-comment",
                 "report-date-before-meeting-date", "breadcrumbs", "site-navigation"}
    blocks = "".join(
        f"<div class=\"mgIssueHistory\"><h3 class=\"mgSubSubTitleTxt\">{E(head)}</h3>"
        f"<p class=\"mgItemNumber\">{E(item)}</p>{body}</div>" for head, item, body in meetings)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Issue - items at meetings - {E(r.title)} | {E(COUNCIL)}</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css"></head>
<body><div id="header"><a href="/">{E(COUNCIL)}</a> <a href="/mgWhatsNew.aspx">What's new</a> <a href="/mgListCommittees.aspx">Committees</a> <a href="/mgMemberIndex.aspx">Councillors</a></div>
<div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="/ieDocHome.aspx">Council and democracy</a> &gt; <a href="/mgDelegatedDecisions.aspx">Decisions</a> &gt; Issue</div>
<div id="modgov"><h1 class="mgMainTitleTxt">Issue - items at meetings - {E(r.title)}</h1>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Issue details</h2>
<table class="mgDetails"><tr><td>Issue ID:</td><td>{issue_id}</td></tr>
<tr><td>Decision maker:</td><td>{E(r.executive)}</td></tr><tr><td>Decision status:</td><td>Implemented</td></tr>
<tr><td>Is key decision?:</td><td>Yes</td></tr><tr><td>Wards affected:</td><td>All Wards</td></tr>
<tr><td>Lead member:</td><td>{E(r.role)} ({E(who)})</td></tr>
<tr><td>Lead director:</td><td>{E(DIRECTORS[r.portfolio])}</td></tr>
<tr><td>Contact:</td><td>{E(r.officer[0])}, {E(r.officer[1])} Tel: {E(r.officer[2])}</td></tr></table></div>
<h2 class="mgSubTitleTxt">Meetings</h2>
{blocks}
<p class="mgLastUpdated">Page last updated: {bare_slash(effective + dt.timedelta(days=rng.randint(1, 40)))}</p></div>
<div id="footer">{E(COUNCIL)}, Town Hall, Hollinsfield. Telephone 01632 950000. {E(DOMAIN)}</div></body></html>
"""
    r.traits |= {"trap-page-updated-date", "trap-phone", "html-page"}
    final.write_text(page, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# performance-clinic-note
# =====================================================================================

def _grid(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[j]) for row in rows) for j in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for i, row in enumerate(rows):
        out.append("| " + " | ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(row, widths))) + " |")
        if i == 0:
            out.append(rule.replace("-", "="))
    out.append(rule)
    return out


def make_clinic(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.meeting - dt.timedelta(days=rng.randint(15, 40)))
    qs = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.8)
    r.figs = list(figs)
    form = ["ph", "cllr-dot-initial", "cllr-initial", "ph"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 2
    held = bare_slash(r.meeting) if dform == 0 else dot_short(r.meeting)
    r.traits |= {"slash-date", "unpadded-slash-date"} if dform == 0 else {"dotted-date"}
    nxt = r.meeting + dt.timedelta(weeks=13)
    bar = "=" * 78
    out = [COUNCIL.upper(), "PERFORMANCE CLINIC - NOTE", bar,
           f"Portfolio:   {PORTFOLIOS[r.portfolio]}",
           f"Quarter:     {quarter_name(q_end, 'quarter')} (data to {long(q_end)})",
           f"Held:        {held}, {rng.choice(['9.30am', '2.00pm', '10.00am'])}, Room {rng.randint(101, 340)}, Town Hall",
           f"Attendees:   {who}; {r.officer[0]} ({r.officer[1]}); Performance and Intelligence Lead",
           f"Note by:     Corporate Performance Team, ext. {rng.randint(4000, 4999)}",
           f"Next clinic: {bare_slash(nxt)}", bar, ""]
    r.traits |= {"plain-text", "field-lines", "performance-clinic", "trap-other-meeting-date", "trap-phone"}
    out += ["1. RAG MATRIX", "", wrap(f"Position at {long(q_end)} (latest quarter), previous two quarters, target and "
                                      "direction of travel. (p) = provisional."), ""]
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "rag-column", "direction-of-travel",
                 "ascii-grid-table", "performance-table"}
    rows = [["Indicator", quarter_name(qs[0], "short"), quarter_name(qs[1], "short"), quarter_name(qs[2], "short"),
             "Target", "RAG", "DoT"]]
    pf = rng.choice(figs)
    for f in figs:
        lab = f.label if len(f.label) <= 40 else noun(rng, f.key)[:40]
        v = f.show() + (" (p)" if f is pf else "")
        if f is pf:
            f.marker = "p"
        dot = "up" if f.value > f.history[1] else "down"
        rows.append([lab, f.show(f.history[0]), f.show(f.history[1]), v, f.target, status(f).upper()[0], dot])
        if f.rate is not None:
            rows.append(["  rate per " + f"{f.metric.rate_per:,}", f"{f.rate_at(f.history[0], qs[0]):.1f}",
                         f"{f.rate_at(f.history[1], qs[1]):.1f}", f"{f.rate:.1f}", "", "", ""])
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), [lab[:40], *vals, "-", "-", "-"])
    out += _grid(rows) + [""]
    out += ["2. EXCEPTIONS DISCUSSED", ""]
    if r.predecessor:
        out += [wrap(f"The Portfolio Holder thanked Cllr {r.predecessor.surname}, who chaired the last clinic as "
                     "Portfolio Holder."), ""]
        r.traits.add("predecessor-thanked")
    g = rng.choice([f for f in figs if not f.percent] or figs)
    out += [wrap(f"{subcount(r, g)} {' '.join(trap_lines(r, ['trap-percent', 'trap-national', 'trap-money']))}"), ""]
    ext = later(r, figs, r.meeting - dt.timedelta(days=rng.randint(2, 6)))
    if ext:
        r.figs.append(ext)
        out += [wrap(f"Live data: {ext.show()} {noun(rng, ext.key)} at {long(ext.as_of)}."), ""]
    out += [wrap(cross(r, q_end)), ""]
    col = colleague(r)
    if col:
        out += [wrap(f"Cllr {col[0].surname} ({PORTFOLIOS[col[1]]}) to be invited to the next clinic for the joint item."), ""]
        r.traits.add("other-member-named")
    out += ["3. ACTION LOG", ""]
    acts = [["Ref", "Action", "Owner", "Due"],
            [f"A{rng.randint(10, 40)}", "Refresh data quality checks", r.officer[0].split()[-1], bare_slash(r.meeting + dt.timedelta(days=21))],
            [f"A{rng.randint(41, 80)}", "Benchmark with statistical neighbours", "P&I", bare_slash(r.meeting + dt.timedelta(days=35))]]
    out += _grid(acts) + [""]
    r.traits |= {"action-log", "trap-action-dates"}
    out += ["4. PORTFOLIO HOLDER'S PRIORITIES FOR NEXT QUARTER", ""]
    for i, p in enumerate(r.priorities[:3]):
        out.append(wrap(p + ".", indent="     ", first=f"P{i + 1}.  "))
        r.commit(p + ".")
    r.traits |= {"p-numbering", "typed-numbering"}
    out += ["", "5. AGREED", "", "The clinic noted the RAG matrix and the exceptions above.", ""]
    r.traits.add("standing-resolution")
    out += [bar, f"OFFICIAL | Corporate Performance Team | {DOMAIN}", ""]
    final.write_text("\n".join(out), encoding="utf-8")
    return Job(r, final, final, [])

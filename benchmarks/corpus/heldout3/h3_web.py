"""Held-out-3 templates from the web and the mail client:

  jadu-document-page     a Cabinet Member's report published as a multi-page document on a
                         council website built with another content management system
  outlook-briefing-text  a member briefing e-mailed to all councillors, saved from Outlook as text
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from pathlib import Path

from council import COUNCIL, DOMAIN
from h3_model import (LOWER_BETTER, MONTHS, Fig, Job, Report, background, colleague, cross_portfolio, last_month_end, long_date,
                      lookalike, member_as, mon_yy, months_back, name_traits, prose_label, slash, step, subcount,
                      trap_lines, traps, weeks)
from h3_words import ADDRESS, POSTCODE, decision

E = html.escape
POP = {"children-0-17": "children", "adults-18-plus": "adults", "older-people-65-plus": "people aged 65+",
       "households": "households"}


# =====================================================================================
# Jadu-style document page
# =====================================================================================

CSS = """body{font-family:"Open Sans",Arial,sans-serif;margin:0;color:#222;line-height:1.5}
.skip-link{position:absolute;left:-999px}.masthead{background:#005a70;color:#fff;padding:14px 30px;display:flex;justify-content:space-between}
.masthead a{color:#fff}.nav-main ul{list-style:none;margin:0;padding:6px 30px;background:#e6f0f2}.nav-main li{display:inline-block;margin-right:18px}
.breadcrumb ol{list-style:none;padding:10px 30px;margin:0;font-size:.9em}.breadcrumb li{display:inline}.breadcrumb li+li:before{content:" / "}
.layout{display:grid;grid-template-columns:3fr 1fr;gap:30px;padding:0 30px}.document-pages{background:#f4f4f4;padding:10px 20px}
.table{border-collapse:collapse}.table th,.table td{border-bottom:1px solid #bbb;padding:4px 10px;text-align:left}
.table td.num{text-align:right}.related{border-top:4px solid #005a70}.footer{background:#222;color:#ddd;padding:20px 30px;margin-top:40px}"""

NAV = ["Bins and recycling", "Council tax", "Benefits", "Housing", "Planning and building control", "Parking",
       "Schools and education", "Social care and health", "Council and democracy"]


def make_jadu(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(5, 15)))
    n_m = 3
    ends = months_back(month, n_m)
    figs = r.draw(rng.randint(3, 5), month, monthly=True, n_history=n_m - 1, rates=0.8)
    r.figs = figs
    body = r.executive
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "councillor-initial"])
    r.traits |= name_traits(form)
    published = r.meeting - dt.timedelta(days=rng.randint(6, 9))
    updated = published + dt.timedelta(days=rng.randint(0, 3))
    doc_id = rng.randint(1200, 9800)
    title = f"{body} Member report: {r.portfolio_name} – {MONTHS[r.meeting.month - 1]} {r.meeting.year}"
    pages = ["Summary", "Performance", "What we will do next", "Recommendation", "Contact"]

    # 1. Summary
    bg = background(r, 3)
    p1 = [f'<h2 id="page1">1. {pages[0]}</h2>']
    info_table = r.variant % 2 == 0
    if info_table:
        rows = [("Report to", body), ("Meeting date", long_date(r.meeting, weekday=True)),
                ("Report of", f"{who}, {r.role}"), ("Agenda item", str(r.item)), ("Status", "For decision" if r.variant % 3 else "For information"),
                ("Published", long_date(published))]
        p1.append('<table class="table table--document-info">' + "".join(
            f'<tr><th scope="row">{E(a)}</th><td>{E(b)}</td></tr>' for a, b in rows) + "</table>")
        r.traits |= {"cover-block", "agenda-item-number", "trap-publication-date", "weekday-date"}
    else:
        p1.append(f"<p>This report by {E(who)}, {E(r.role)}, was presented to the {E(body)} meeting on "
                  f"{E(long_date(r.meeting, weekday=True))} (agenda item {r.item}). It was published on "
                  f"{E(slash(published))}.</p>")
        r.traits |= {"agenda-item-number", "trap-publication-date", "weekday-date", "slash-date"}
    p1.append(f"<p>{E(bg[0])}</p>")

    # 2. Performance
    p2 = [f'<h2 id="page2">2. {pages[1]}</h2>', f"<p>{E(bg[1])}</p>",
          f"<h3>Figures at {E(long_date(month))}</h3>"]
    head = ["Indicator"] + [f"{MONTHS[e.month - 1][:3]} {e.year}" for e in reversed(ends)] + ["Direction"]
    trs = ["<tr>" + "".join(f'<th scope="col">{E(h)}</th>' for h in head) + "</tr>"]
    look_label, look_vals = lookalike(r, n_m)
    look_at = rng.randint(1, len(figs))
    for i, f in enumerate(figs):
        if i == look_at:
            trs.append(f"<tr><td>{E(look_label)}</td>" + "".join(f'<td class="num">{E(v)}</td>' for v in look_vals) +
                       "<td>-</td></tr>")
        latest = E(f.show())
        if f.rate is not None:
            latest += f"<br><small>({f.rate:.1f} per {f.metric.rate_per:,} {POP[f.metric.population]})</small>"
            r.traits.add("rate-in-cell")
        vals = [latest] + [E(f.show(v)) for v in reversed(f.history)]
        better = (f.value < f.history[-1]) == (f.key in LOWER_BETTER)
        trs.append(f"<tr><td>{E(f.label)}</td>" + "".join(f'<td class="num">{v}</td>' for v in vals) +
                   f"<td>{'Improving' if better else 'Not improving'}</td></tr>")
    if look_at >= len(figs):
        trs.append(f"<tr><td>{E(look_label)}</td>" + "".join(f'<td class="num">{E(v)}</td>' for v in look_vals) + "<td>-</td></tr>")
    p2.append('<table class="table">' + "\n".join(trs) + "</table>")
    r.traits |= {"performance-table", "period-columns", "latest-first-columns", "figures-at-heading", "direction-of-travel"}
    tl = traps(r)
    lead = figs[0]
    lis = [subcount(r, lead) if not lead.percent else tl["trap-percent"], cross_portfolio(r, month),
           tl["trap-other-council"], tl["trap-money"]]
    r.traits |= {"trap-percent" if lead.percent else "trap-subcount", "trap-other-council", "trap-money"}
    p2.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in lis) + "</ul>")

    # 3. What we will do next / 4. Recommendation
    p3 = [f'<h2 id="page3">3. {pages[2]}</h2>']
    p4 = [f'<h2 id="page4">4. {pages[3]}</h2>']
    style = r.variant % 3
    if style in (0, 2):
        p3.append("<p>Over the coming months my priorities are to:</p>")
        kind = ' type="i"' if style == 2 else ""
        p3.append(f"<ol{kind}>" + "".join(f"<li>{E(p[0].lower() + p[1:])};</li>" for p in r.priorities[:-1]) +
                  f"<li>{E(r.priorities[-1][0].lower() + r.priorities[-1][1:])}.</li></ol>")
        for p in r.priorities:
            r.commit(p[0].lower() + p[1:] + ".")
        r.traits |= {"auto-numbering", "html-ordered-list", "lead-in"} | ({"roman-items"} if style == 2 else set())
        p4.append(f"<p>That the {E(body)} notes the contents of this report.</p>")
        r.traits.add("standing-resolution")
    else:
        p3.append(f"<p>{E(bg[2])}</p>")
        p4.append(f"<p>The {E(body)} is asked to:</p>")
        items = [decision(d, "imperative") for d in r.decisions]
        lines = "".join(f"<p>({i + 1})&nbsp;{E(t)};</p>" if i < len(items) - 1 else f"<p>({i + 1})&nbsp;{E(t)}.</p>"
                        for i, t in enumerate(items))
        p4.append(lines)
        for t in items:
            r.commit(t + ".")
        r.traits |= {"typed-numbering", "lead-in", "parenthesised-numbers", "nbsp"}

    # 5. Contact
    p5 = [f'<h2 id="page5">5. {pages[4]}</h2>',
          f"<p>{E(r.officer[0])}, {E(r.officer[1])}<br>Telephone: {E(r.officer[2])}<br>Email: "
          f'<a href="mailto:{E(r.officer[3])}">{E(r.officer[3])}</a><br>{E(ADDRESS)}</p>']
    r.traits |= {"trap-phone", "trap-postcode"}

    # related documents: other meetings' reports
    rel = []
    d = r.meeting
    for _ in range(rng.randint(2, 4)):
        d -= weeks(rng, 7, 14)
        rel.append(f'<li><a href="/downloads/download/{rng.randint(100, 999)}">{E(body)} Member report: '
                   f'{E(r.portfolio_name)} – {E(long_date(d))}</a></li>')
    nxt = r.meeting + weeks(rng, 5, 10)
    kb = rng.randint(90, 980)
    aside = (f'<aside class="related"><h2>Related documents</h2><ul>{"".join(rel)}</ul>'
             f'<h2>Downloads</h2><ul><li><a href="/downloads/file/{doc_id}/report.pdf">{E(body)} report '
             f'{E(long_date(r.meeting))} (PDF, {kb}KB)</a></li></ul>'
             f'<h2>Next meeting</h2><p>{E(body)}, {E(long_date(nxt, weekday=True))}, 6.30pm, Council Chamber</p></aside>')
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date", "trap-file-size"}

    nav = "".join(f'<li><a href="/{n.lower().replace(" ", "-")}">{E(n)}</a></li>' for n in NAV)
    crumbs = ["Home", "Council and democracy", "Councillors and committees", f"{body} Member reports"]
    crumb_html = "".join(f'<li><a href="/{c.lower().replace(" ", "-")}">{E(c)}</a></li>' for c in crumbs) + f"<li>{E(title)}</li>"
    doc_pages = "".join(f'<li><a href="/site/scripts/documents_info.php?documentID={doc_id}&amp;pageNumber={i + 1}">{E(p)}</a></li>'
                        for i, p in enumerate(pages))
    out = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} | {E(COUNCIL)}</title>
<meta name="DC.date.modified" content="{updated.isoformat()}">
<style>{CSS}</style>
<script>window.jadu={{"site":"hollinsfield","documentID":{doc_id}}};</script>
</head>
<body class="documents documents--print">
<a class="skip-link" href="#content">Skip to main content</a>
<header class="masthead"><div class="masthead__logo"><a href="/">{E(COUNCIL)}</a></div>
<form class="search" action="/site/scripts/google_results.php"><label for="q">Search this site</label>
<input id="q" name="q" type="search"><button type="submit">Search</button></form></header>
<nav class="nav-main" aria-label="Main"><ul>{nav}</ul></nav>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{crumb_html}</ol></nav>
<div class="layout">
<main id="content">
<h1>{E(title)}</h1>
<nav class="document-pages" aria-label="Document pages"><h2>Document pages</h2><ol>{doc_pages}</ol>
<p><a href="/site/scripts/documents_print.php?documentID={doc_id}">Print all pages</a> (this view)</p></nav>
<div class="editor">
{chr(10).join(p1)}
{chr(10).join(p2)}
{chr(10).join(p3)}
{chr(10).join(p4)}
{chr(10).join(p5)}
</div>
<div class="feedback"><h2>Was this page useful?</h2><form action="/site/scripts/feedback.php"><button>Yes</button> <button>No</button></form></div>
</main>
{aside}
</div>
<footer class="footer"><p>{E(COUNCIL)}, {E(ADDRESS)}. Telephone 01632 960000.</p>
<p>Last updated: {E(long_date(updated))}</p><p>&copy; {updated.year} {E(COUNCIL)}. Powered by Jadu Continuum.</p></footer>
</body>
</html>
"""
    r.traits |= {"site-navigation", "breadcrumbs", "trap-page-updated-date", "document-pages", "navigation-ordered-lists"}
    final.write_text(out, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# A member briefing e-mail saved from Outlook as text
# =====================================================================================

def _wrap(text: str, width: int = 76) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def make_outlook(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(4, 12)))
    ends = months_back(month, 2)
    figs = r.draw(rng.randint(3, 5), month, monthly=True, n_history=1, rates=0.85)
    r.figs = figs
    form, who = member_as(rng, r.member, ["full", "cllr-full", "councillor-initial", "cllr-dot"])
    r.traits |= name_traits(form)
    sent = dt.datetime.combine(r.report_date + dt.timedelta(days=rng.randint(0, 3)), dt.time(rng.randint(9, 17), rng.randint(0, 59)))
    sender = rng.choice(["Rebecca Hardcastle", "Owen Turnbull", "Priti Nair"])
    s_email = sender.lower().replace(" ", ".") + "@" + DOMAIN
    mate = colleague(r)
    cc = [f"{r.officer[0]} <{r.officer[3]}>"]
    if mate:
        _, mwho = member_as(rng, mate[0], ["cllr-full", "full"])
        cc.insert(0, mwho)
        r.traits.add("other-member-named")
    subject = f"Member briefing: {r.portfolio_name} - {r.body} {long_date(r.meeting)}"
    L = []
    L += [f"From:\t{sender} <{s_email}>", f"Sent:\t{sent:%A}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}",
          "To:\tAll Members", f"Cc:\t{'; '.join(cc)}", f"Subject:\t{subject}"]
    if rng.random() < 0.6:
        L.append(f"Attachments:\t{r.portfolio_name.replace(' ', '_')}_briefing_{mon_yy(r.meeting)}.docx; Appendix_A_data.xlsx")
    if rng.random() < 0.4:
        L.append("Importance:\tHigh")
    L += ["", "Dear Councillors,", "",
          _wrap(f"Please find below the portfolio briefing from {who}, {r.role}, ahead of the meeting of "
                f"{r.body} on {long_date(r.meeting, weekday=True)}. Any questions should be sent to me by noon on "
                f"{long_date(r.meeting - dt.timedelta(days=2))}."), "",
          "Kind regards", "", sender, "Democratic Services Officer", "", "_" * 40, ""]
    r.traits |= {"email-headers", "trap-sent-date", "weekday-date", "report-date-before-meeting-date"}
    # the briefing itself
    L += [f"PORTFOLIO BRIEFING - {r.portfolio_name.upper()}", "",
          f"{r.executive} Member: {who}", f"For: {r.body}, {long_date(r.meeting, weekday=True)}", ""]
    bg = background(r, 3)
    L += ["1. Key figures", ""]
    slash_ = rng.random() < 0.5
    L.append(f"Figures as at {slash(month) if slash_ else long_date(month)}")
    r.traits |= {"figures-at-heading"} | ({"slash-date"} if slash_ else set())
    L.append("")
    L.append("\t".join(["Measure", mon_yy(ends[-1]), mon_yy(ends[0]), "Target"]))
    look_label, look_vals = lookalike(r, 2)
    rows = []
    for f in figs:
        cur = f.show()
        if f.rate is not None:
            cur += f" ({f.rate:.1f} per {f.metric.rate_per:,})"
            r.traits.add("rate-in-cell")
        rows.append("\t".join([f.label, cur, f.show(f.history[-1]), f.target]))
    rows.insert(rng.randint(1, len(rows)), "\t".join([look_label, look_vals[1], look_vals[0], "-"]))
    L += rows + [""]
    r.traits |= {"tab-separated-table", "period-columns", "target-column"}
    lead = figs[0]
    tl = traps(r)
    L += ["2. Update", "",
          _wrap(f"{bg[0]} {subcount(r, lead) if not lead.percent else tl['trap-percent']}"), "",
          _wrap(f"{bg[1]} {cross_portfolio(r, month)}"), "",
          _wrap(f"{tl['trap-money']} {tl['trap-other-council']}"), ""]
    r.traits |= {"trap-money", "trap-other-council", "wrapped-lines"} | ({"trap-percent"} if lead.percent else set())
    if r.predecessor:
        _, pwho = member_as(rng, r.predecessor, ["full", "cllr-full"])
        L += [_wrap(f"I would like to thank {pwho} for the work done on this portfolio before I took it on."), ""]
        r.traits.add("predecessor-thanked")
    L += ["3. Priorities for the next quarter", ""]
    for i, p in enumerate(r.priorities):
        L.append(_wrap(f"{i + 1}) {p}."))
        r.commit(p + ".")
    r.traits |= {"typed-numbering", "parenthesised-numbers"}
    L += ["", "Recommendation: that Members note this briefing.", ""]
    r.traits.add("standing-resolution")
    sform, swho = member_as(rng, r.member, ["cllr-full", "full", "cllr-dot"])
    L += [swho, r.role, ""]
    r.traits |= name_traits(sform) | {"signature", "member-report"}
    # the mail client's and council's footer
    L += [f"{sender}", "Democratic Services Officer", f"{COUNCIL} | {ADDRESS}",
          f"Tel: 01632 96{rng.randint(1000, 9999)} | www.{DOMAIN}", f"[cid:image00{rng.randint(1, 4)}.png@01D{rng.randint(100, 999)}A1.{rng.randint(10000000, 99999999)}]",
          "", _wrap("This email and any attachments are confidential and intended solely for the addressee. If you "
                    "have received it in error please notify the sender and delete it."), ""]
    r.traits |= {"trap-phone", "trap-postcode"}
    # the previous briefing, quoted below
    prev = r.meeting - weeks(rng, 8, 12)
    prev_month = last_month_end(prev - dt.timedelta(days=rng.randint(10, 14)))
    prev_sent = prev - dt.timedelta(days=rng.randint(4, 7))
    L += ["From: " + sender, f"Sent: {prev_sent:%A}, {prev_sent.day} {MONTHS[prev_sent.month - 1]} {prev_sent.year} 10:{rng.randint(10, 59)}",
          "To: All Members", f"Subject: Member briefing: {r.portfolio_name} - {r.body} {long_date(prev)}", "",
          f"Figures as at {slash(prev_month)}", ""]
    for f in figs[:2]:
        old = step(rng, f.metric, step(rng, f.metric, f.value))
        L.append(f"{f.label}\t{f.show(old)}")
    L.append("")
    r.traits |= {"quoted-earlier-briefing", "trap-other-meeting-date", "other-meetings-listed"}
    final.write_text("\r\n".join(L) + "\r\n", encoding="utf-8", newline="")
    return Job(r, final, final, [])

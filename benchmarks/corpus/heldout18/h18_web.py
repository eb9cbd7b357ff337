"""Held-out-18 template written as a web page (one printed to PDF by LibreOffice):

  corporate-plan-priority-page  the council's quarterly 'Corporate Plan performance' report for a
                                portfolio as an accessible HTML page: the meeting's details in a
                                table of row headers, the recommendations an <ol type='i'>, the
                                indicators grouped under the Corporate Plan's priorities (each a
                                <tbody> opened by a row-group header), with 'Polarity' (higher /
                                lower is better) and 'Trend' columns, status words, rate rows, a
                                '(context)' row, '*', '(p)' or <sup>1</sup>
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from council import COUNCIL
from h18_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike, meeting_date,
                        other_member, perf, polarity, quarter_name, row_rate, status, thanks, trend, who)

CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:960px;margin:0 auto;padding:0 16px}
header.site{border-bottom:6px solid #00703c;padding:12px 0;margin-bottom:16px;font-weight:bold}
nav.crumbs{font-size:14px;margin-bottom:12px}
table{border-collapse:collapse;width:100%;margin:12px 0}
th,td{border:1px solid #b1b4b6;padding:6px 8px;text-align:left;vertical-align:top;font-size:14px}
thead th{background:#f3f2f1}
tbody th[scope=rowgroup]{background:#00703c;color:#fff}
td.num{text-align:right}
.rate td,.rate th{font-style:italic;color:#505a5f}
table.details th{width:30%;background:#f3f2f1}
caption{text-align:left;font-weight:bold;padding:6px 0}
footer{border-top:1px solid #b1b4b6;margin-top:32px;padding-top:12px;font-size:14px}"""


def make_priority(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 5), rates=0.85)
    date = meeting_date(r, [1, 2, 4, 0, 3][v % 5])
    member = who(r, ["cllr-full", "cllr-initial", "full", "cllr-dot", "councillor-initial"][v % 5])
    r.traits |= {"priority-groups", "polarity-column", "trend-column", "html-ordered-list", "auto-numbering",
                 "roman-items", "cover-table", "agenda-item-number", "report-date-before-meeting-date", "trap-phone",
                 "implications", "period-columns", "target-column", "performance-table", "rag-words"}
    e = escape
    h = [f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
         f'<title>{e(r.title)} \u2013 {e(quarter_name(q_end, "quarter"))} | {e(COUNCIL)}</title>\n'
         f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>\n{CSS}\n</style>\n</head>\n<body>\n'
         f'<header class="site">{e(COUNCIL)}</header>\n'
         f'<nav class="crumbs" aria-label="Breadcrumb">Home &gt; Council and democracy &gt; Performance &gt; Corporate Plan performance</nav>\n<main>\n'
         f'<h1>Corporate Plan performance report: {e(quarter_name(q_end, "quarter"))}</h1>\n'
         f'<p><strong>{e(PORTFOLIOS[r.portfolio])}</strong> \u2013 {e(r.title)}</p>\n']
    details = [("Meeting", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
               ("Portfolio holder", f"{member}, {r.role}"), ("Lead officer", f"{r.officer[0]}, {r.officer[1]}"),
               ("Contact", f"{r.officer[2]}, {r.officer[3]}"), ("Report published", long(r.report_date))]
    h.append('<table class="details">\n<caption>Report details</caption>\n' +
             "".join(f'<tr><th scope="row">{e(a)}</th><td>{e(b)}</td></tr>\n' for a, b in details) + "</table>\n")
    h.append("<h2>Recommendations</h2>\n")
    body = r.executive
    h.append(f"<p>{e(body)} is recommended to:</p>\n<ol type=\"i\">\n")
    its = items(r, "lower", "note the Corporate Plan performance for the quarter")
    for k, it in enumerate(its):
        h.append(f"<li>{e(it + ends(k, len(its)))}</li>\n")
        if k:
            r.commit(it + ends(k, len(its)))
    h.append("</ol>\n<h2>Background</h2>\n")
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append("<h2>Performance against the Corporate Plan</h2>\n")
    h.append(f"<p>The indicators are grouped under the Corporate Plan priorities they serve. The latest quarter is "
             f"{e(quarter_name(q_end))}, to {e(long(q_end))}. Polarity says whether a higher or a lower value is better; "
             "trend is against the previous quarter.</p>\n")
    mark = ["sup", "star", "p", "sup", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    pri = r.priorities[:max(2, min(3, len(figs) - 1))]
    groups = {p: [] for p in pri}
    for k, f in enumerate(figs):
        groups[pri[k % len(pri)]].append(f)
    heads = ["Indicator", "Polarity"] + [quarter_name(q) for q in qs] + ["Target", "Trend", "Status"]
    t = ['<table class="perf">\n<caption>Corporate Plan indicators: ' + e(PORTFOLIOS[r.portfolio]) + "</caption>\n<thead><tr>"
         + "".join(f'<th scope="col">{e(x)}</th>' for x in heads) + "</tr></thead>\n"]
    lab, lv = lookalike(r, 3)
    ctx_at = rng.choice(pri)
    for n, p in enumerate(pri, 1):
        t.append(f'<tbody>\n<tr><th scope="rowgroup" colspan="{len(heads)}">Priority {n}: {e(p)}</th></tr>\n')
        for f in groups[p]:
            latest = e(f.show())
            if f is marked:
                latest += {"sup": "<sup>1</sup>", "star": "*", "p": " (p)"}[mark]
            t.append(f'<tr><th scope="row">{e(f.label)}</th><td>{e(polarity(f))}</td>'
                     f'<td class="num">{e(f.show(f.history[0]))}</td><td class="num">{e(f.show(f.history[1]))}</td>'
                     f'<td class="num">{latest}</td><td class="num">{e(f.target)}</td><td>{e(trend(f))}</td>'
                     f"<td>{e(status(f))}</td></tr>\n")
            if f.rate is not None:
                rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
                t.append(f'<tr class="rate"><th scope="row">{e(row_rate(f))}</th><td></td>'
                         + "".join(f'<td class="num">{x:.1f}</td>' for x in rr) + "<td></td><td></td><td></td></tr>\n")
                r.traits.add("rate-row")
        if p == ctx_at:
            t.append(f'<tr><th scope="row">{e(lab)} (context)</th><td>\u2013</td>'
                     + "".join(f'<td class="num">{e(x)}</td>' for x in lv) + "<td>\u2013</td><td></td><td></td></tr>\n")
        t.append("</tbody>\n")
    t.append("</table>\n")
    h += t
    note = {"sup": "<sup>1</sup> Provisional: subject to validation.", "star": "* Provisional figure.",
            "p": "(p) provisional"}[mark]
    h.append(f'<p class="note"><small>{note}</small></p>\n')
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append("<h2>Implications</h2>\n")
    h.append(f"<h3>Financial</h3>\n<p>{e(money)}</p>\n<h3>Legal</h3>\n<p>None arising from this report.</p>\n")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    h.append(f"<h2>Next steps</h2>\n<p>The Corporate Overview and Scrutiny Committee will review the report on "
             f"{e(long(nxt, weekday=True))}.</p>\n")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    h.append(f"</main>\n<footer>\n<p>{e(COUNCIL)}, Civic Centre, Market Street, Hollinsfield HF1 2RT</p>\n"
             f"<p>Page last updated: {e(long(r.report_date + dt.timedelta(days=rng.randint(1, 6))))}</p>\n</footer>\n</body>\n</html>\n")
    r.traits.add("trap-page-updated-date")
    text = "".join(h)
    if pdf or final.suffix == ".pdf":
        src = work / (final.stem + ".html")
        src.write_text(text, encoding="utf-8")
        return Job(r, final, src, ["lo-hpdf"])
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])

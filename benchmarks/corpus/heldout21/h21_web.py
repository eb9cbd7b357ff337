"""Held-out-21 template written as a web page (one printed to PDF by LibreOffice):

  quarter-tables-page  a Cabinet report on an Umbraco-style council site whose performance is a
                       stack of tables, one per quarter, each with its <caption> ('Quarter 2
                       2019/20: July to September 2019'), the latest quarter's table first and
                       the two before it under it; rate rows in each table, a '(context)' row;
                       the meeting's details in a <dl>, the recommendations an <ol type="a">
                       after 'is recommended to:'; 'Last reviewed' at the foot
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from council import COUNCIL
from h21_common import (MONTHS, PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike,
                        meeting_date, months_of, other_member, perf, quarter_name, rate_words, row_rate, status,
                        thanks, who)

CSS = """body{font-family:"Segoe UI",Arial,sans-serif;font-size:16px;line-height:1.55;color:#1d1d1b;margin:0}
header.site{background:#005a70;color:#fff;padding:14px 24px;font-size:21px;font-weight:600}
main{max-width:940px;margin:0 auto;padding:8px 18px}
dl.meeting{display:grid;grid-template-columns:13em 1fr;gap:2px 12px}dl.meeting dt{font-weight:600}dl.meeting dd{margin:0}
table.perf{border-collapse:collapse;width:100%;margin:10px 0 22px}table.perf caption{text-align:left;font-weight:600;padding:6px 0}
table.perf th,table.perf td{border:1px solid #9fb6bd;padding:5px 8px;text-align:left}table.perf thead th{background:#e5f0f3}
footer.site{border-top:3px solid #005a70;padding:12px 24px;font-size:14px;margin-top:28px}"""


def _span(q: dt.date) -> str:
    ms = months_of(q)
    return f"{MONTHS[ms[0].month - 1]} to {MONTHS[ms[2].month - 1]} {ms[2].year}"


def make_qtables(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 2, 1, 4, 3][v % 5])
    member = who(r, ["cllr-initial", "cllr-full", "full", "cllr-dot", "councillor-initial"][v % 5])
    r.traits |= {"cms-page", "table-per-quarter", "newest-table-first", "html-ordered-list", "auto-numbering",
                 "lettered-items", "agenda-item-number", "report-date-before-meeting-date", "trap-phone",
                 "implications", "target-column", "rag-words", "trap-page-updated-date", "rate-row",
                 "performance-table"}
    e = escape
    h = [f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{e(r.title)} | {e(COUNCIL)}</title>\n'
         '<meta name="generator" content="Umbraco">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         f"<style>\n{CSS}\n</style>\n</head>\n<body>\n"
         f'<header class="site">{e(COUNCIL)}</header>\n<main>\n'
         f'<p><a href="/council-and-democracy/">Council and democracy</a> / <a href="/council-and-democracy/cabinet/">Cabinet</a></p>\n'
         f"<h1>{e(r.title)}</h1>\n"]
    meta = [("Meeting", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
            ("Cabinet Member" if r.cabinet else "Executive Member", f"{member}, {r.role}"),
            ("Contact", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"), ("Report dated", long(r.report_date))]
    h.append('<dl class="meeting">\n' + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>\n" for a, b in meta) + "</dl>\n")
    h.append(f'<h2>Recommendations</h2>\n<p>{e(r.executive)} is recommended to:</p>\n<ol type="a">\n')
    its = items(r, "lower", "note the performance for the last three quarters")
    for k, it in enumerate(its):
        h.append(f"<li>{e(it + ends(k, len(its)))}</li>\n")
        if k:
            r.commit(it + ends(k, len(its)))
    h.append("</ol>\n<h2>Background</h2>\n")
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append(f"<h2>Performance</h2>\n<p>There is one table for each quarter, the most recent first: "
             f"{e(quarter_name(q_end, 'quarter'))}, to {e(long(q_end))}, then the two quarters before it.</p>\n")
    mark = ["star", "p", "sup", "p", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for qi in (2, 1, 0):
        q = qs[qi]
        h.append(f'<table class="perf">\n<caption>{e(quarter_name(q, "quarter"))}: {e(_span(q))}</caption>\n'
                 '<thead><tr><th scope="col">Indicator</th><th scope="col">Result</th><th scope="col">Target</th>'
                 '<th scope="col">Status</th></tr></thead>\n<tbody>\n')
        for n, f in enumerate(figs):
            val = f.value if qi == 2 else f.history[qi]
            shown = e(f.show(val))
            if qi == 2 and f is marked:
                shown += {"sup": "<sup>1</sup>", "star": "*", "p": " (p)"}[mark]
            h.append(f"<tr><td>{e(f.label)}</td><td>{shown}</td><td>{e(f.target)}</td><td>{status(f, val)}</td></tr>\n")
            if f.rate is not None:
                h.append(f"<tr><td>{e(row_rate(f))}</td><td>{f.rate_at(val, q):.1f}</td><td></td><td></td></tr>\n")
            if n + 1 == ctx:
                h.append(f"<tr><td>{e(lab)} (context)</td><td>{e(lv[qi])}</td><td>\u2013</td><td></td></tr>\n")
        h.append("</tbody>\n</table>\n")
        if qi == 2:
            h.append("<p><small>" + {"sup": "<sup>1</sup> Provisional, subject to validation.", "star": "* Provisional.",
                                     "p": "(p) Provisional."}[mark] + "</small></p>\n<h3>Earlier quarters</h3>\n")
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        h.append(f"<p>{e(rated[0].label)}: {e(rated[0].show())} at {e(long(q_end))}, a rate of "
                 f"{e(rate_words(rated[0]))}.</p>\n")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append(f"<h2>Implications</h2>\n<p><strong>Financial:</strong> {e(money)}</p>\n"
             "<p><strong>Legal:</strong> none arising from this report.</p>\n")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    h.append(f"<p>The Overview and Scrutiny Committee will consider this report on {e(long(nxt, weekday=True))}.</p>\n")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    h.append(f'</main>\n<footer class="site">\n<p>Last reviewed: '
             f"{e(long(r.report_date + dt.timedelta(days=rng.randint(2, 12))))}</p>\n"
             f"<p>{e(COUNCIL)}, Civic Centre, Market Street, Hollinsfield HF1 2RT</p>\n</footer>\n</body>\n</html>\n")
    text = "".join(h)
    if pdf or final.suffix == ".pdf":
        src = work / (final.stem + ".html")
        src.write_text(text, encoding="utf-8")
        return Job(r, final, src, ["lo-hpdf"])
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])

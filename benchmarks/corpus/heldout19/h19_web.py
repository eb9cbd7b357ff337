"""Held-out-19 template written as a web page (one printed to PDF by LibreOffice):

  contensis-report-page  a Cabinet report published as a page of a Contensis-style council site:
                         skip link, 'On this page' contents of anchor links, the meeting's details
                         a <ul> of bold labels, the recommendations an <ol>, the performance table
                         inside a <figure> with a <figcaption> ('Table 1'), the quarters as <abbr>
                         with their long names, RAG as a coloured <span class="rag rag--amber">
                         with its word, rate rows, a '(context)' row, a 'Was this page helpful?'
                         widget and 'Last reviewed' in the footer
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from council import COUNCIL
from h19_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike, meeting_date,
                        other_member, perf, quarter_name, rate_words, row_rate, status, thanks, who)

CSS = """body{font-family:"Open Sans",Arial,sans-serif;font-size:17px;line-height:1.55;color:#222;margin:0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#ffdd00;padding:6px}
header.masthead{background:#123e5c;color:#fff;padding:14px 24px;font-weight:700;font-size:20px}
.wrap{max-width:1000px;margin:0 auto;padding:0 20px}
nav.on-this-page{border-left:4px solid #123e5c;padding:4px 14px;margin:16px 0}
ul.meta{list-style:none;padding:0;border-top:1px solid #ccc;border-bottom:1px solid #ccc}
ul.meta li{padding:3px 0}
figure.table{margin:18px 0}figure.table table{border-collapse:collapse;width:100%}
figure.table th,figure.table td{border-bottom:1px solid #bbb;padding:6px 8px;text-align:left;font-size:15px}
figure.table thead th{border-bottom:3px solid #123e5c}
figure.table tr.rate td,figure.table tr.rate th{color:#555;font-style:italic}
figcaption{font-size:14px;color:#444;margin-top:6px}
.rag{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;font-weight:700}
.rag--green{background:#d4edda}.rag--amber{background:#fff3cd}.rag--red{background:#f8d7da}
.feedback{background:#f2f2f2;padding:10px 14px;margin:28px 0}
footer{background:#123e5c;color:#fff;padding:16px 24px;font-size:14px}"""


def make_contensis(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 2, 1, 3, 4][v % 5])
    member = who(r, ["cllr-dot", "cllr-initial", "cllr-full", "full", "councillor-initial"][v % 5])
    r.traits |= {"cms-page", "figure-caption-table", "html-ordered-list", "auto-numbering", "cover-lines",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "period-columns", "target-column", "performance-table", "rag-column", "rag-words",
                 "trap-page-updated-date"}
    e = escape
    h = [f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{e(r.title)} | {e(COUNCIL)}</title>\n'
         f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Contensis CMS">\n'
         f"<style>\n{CSS}\n</style>\n</head>\n<body>\n"
         f'<a class="skip" href="#main">Skip to main content</a>\n<header class="masthead">{e(COUNCIL)}</header>\n'
         f'<div class="wrap">\n<p class="crumbs">Home / Your council / Meetings and decisions / {e(r.executive)} reports</p>\n'
         f'<main id="main">\n<h1>{e(r.title)}</h1>\n']
    h.append('<nav class="on-this-page" aria-label="On this page"><p><strong>On this page</strong></p>\n<ul>'
             '<li><a href="#recommendations">Recommendations</a></li><li><a href="#background">Background</a></li>'
             '<li><a href="#performance">Performance</a></li><li><a href="#implications">Implications</a></li></ul></nav>\n')
    meta = [("Meeting", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
            (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
            ("Report author", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2]),
            ("Report published", long(r.report_date))]
    h.append('<ul class="meta">\n' + "".join(f"<li><strong>{e(a)}:</strong> {e(b)}</li>\n" for a, b in meta) + "</ul>\n")
    h.append(f'<h2 id="recommendations">Recommendations</h2>\n<p>{e(r.executive)} is asked to:</p>\n<ol>\n')
    its = items(r, "lower", "note the performance of the portfolio for the quarter")
    for k, it in enumerate(its):
        h.append(f"<li>{e(it + ends(k, len(its)))}</li>\n")
        if k:
            r.commit(it + ends(k, len(its)))
    h.append('</ol>\n<h2 id="background">Background</h2>\n')
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append(f'<h2 id="performance">Performance</h2>\n<p>Table 1 shows the last three quarters to {e(long(q_end))} '
             "against the target for each indicator.</p>\n")
    mark = ["sup", "star", "p", "sup", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    heads = ["Indicator"] + [f'<abbr title="{e(quarter_name(q, "quarter"))}">{e(quarter_name(q))}</abbr>' for q in qs] + \
        ["Target", "RAG"]
    t = ['<figure class="table">\n<table>\n<thead><tr>' + "".join(f'<th scope="col">{x}</th>' for x in heads)
         + "</tr></thead>\n<tbody>\n"]
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        latest = e(f.show()) + ({"sup": "<sup>1</sup>", "star": "*", "p": " (p)"}[mark] if f is marked else "")
        s = status(f)
        t.append(f'<tr><th scope="row">{e(f.label)}</th><td>{e(f.show(f.history[0]))}</td><td>{e(f.show(f.history[1]))}</td>'
                 f'<td>{latest}</td><td>{e(f.target)}</td><td><span class="rag rag--{s.lower()}">{s}</span></td></tr>\n')
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            t.append(f'<tr class="rate"><th scope="row">{e(row_rate(f))}</th>'
                     + "".join(f"<td>{x:.1f}</td>" for x in rr) + "<td></td><td></td></tr>\n")
            r.traits.add("rate-row")
        if n + 1 == ctx:
            t.append(f'<tr><th scope="row">{e(lab)} (context)</th>' + "".join(f"<td>{e(x)}</td>" for x in lv)
                     + "<td>\u2013</td><td></td></tr>\n")
    note = {"sup": "<sup>1</sup> provisional, subject to validation", "star": "* provisional", "p": "(p) provisional"}[mark]
    t.append(f"</tbody>\n</table>\n<figcaption>Table 1: {e(PORTFOLIOS[r.portfolio])} indicators, "
             f"{e(quarter_name(q_end, 'quarter'))}. {note}.</figcaption>\n</figure>\n")
    h += t
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        h.append(f"<p>{e(rated[0].label)} was {e(rated[0].show())} at the end of the quarter, a rate of "
                 f"{e(rate_words(rated[0]))}.</p>\n")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append(f'<h2 id="implications">Implications</h2>\n<h3>Financial</h3>\n<p>{e(money)}</p>\n'
             "<h3>Legal</h3>\n<p>None arising from this report.</p>\n")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    h.append(f"<h2>What happens next</h2>\n<p>The Overview and Scrutiny Committee will look at this report on "
             f"{e(long(nxt, weekday=True))}.</p>\n")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    h.append('<div class="feedback"><p><strong>Was this page helpful?</strong> '
             '<button type="button">Yes</button> <button type="button">No</button></p></div>\n')
    h.append(f"</main>\n</div>\n<footer>\n<p>{e(COUNCIL)}, Civic Centre, Market Street, Hollinsfield HF1 2RT</p>\n"
             f"<p>Last reviewed: {e(long(r.report_date + dt.timedelta(days=rng.randint(1, 9))))}</p>\n</footer>\n</body>\n</html>\n")
    text = "".join(h)
    if pdf or final.suffix == ".pdf":
        src = work / (final.stem + ".html")
        src.write_text(text, encoding="utf-8")
        return Job(r, final, src, ["lo-hpdf"])
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])

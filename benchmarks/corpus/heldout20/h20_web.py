"""Held-out-20 template written as a web page (one printed to PDF by LibreOffice):

  details-summary-indicator-page  a Cabinet report published on a Jadu-style council site: a
                                  breadcrumb <nav>, the meeting's details in a two-column table of
                                  row headers, the recommendations an <ol> after 'is recommended
                                  to:', and the performance as one <details> disclosure per
                                  indicator: its <summary> the indicator and the latest value
                                  with its RAG word, the panel inside a <dl> of the quarter
                                  before, the quarter before that, the target and the rate;
                                  a '(context)' disclosure; 'Page last updated' at the foot
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from council import COUNCIL
from h20_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike, meeting_date,
                        other_member, perf, quarter_name, rate_words, row_rate, status, thanks, who)

CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;margin:0}
#header{background:#4c2c92;color:#fff;padding:12px 20px;font-size:22px;font-weight:bold}
.container{max-width:960px;margin:0 auto;padding:0 16px}
nav.breadcrumb ol{list-style:none;padding:0;margin:12px 0}nav.breadcrumb li{display:inline}
nav.breadcrumb li+li:before{content:" > "}
table.meeting th{text-align:left;padding:4px 12px 4px 0;vertical-align:top}
details{border:1px solid #b1b4b6;margin:8px 0;padding:0}
details summary{cursor:pointer;padding:10px 14px;background:#f3f2f1;font-weight:bold}
details dl{margin:10px 14px}details dt{font-weight:bold;float:left;clear:left;width:14em}details dd{margin-left:15em}
.rag-Green{color:#00703c}.rag-Amber{color:#b35900}.rag-Red{color:#d4351c}
#footer{border-top:4px solid #4c2c92;padding:12px 20px;font-size:14px;margin-top:30px}"""


def make_details(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 0, 4, 2, 3][v % 5])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full"][v % 5])
    r.traits |= {"cms-page", "details-disclosure", "html-ordered-list", "auto-numbering", "cover-table",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "target-column", "rag-words", "trap-page-updated-date", "rate-row"}
    e = escape
    h = [f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{e(r.title)} - {e(COUNCIL)}</title>\n'
         '<meta name="generator" content="Jadu Continuum CMS">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         f"<style>\n{CSS}\n</style>\n</head>\n<body>\n"
         f'<div id="header">{e(COUNCIL)}</div>\n<div class="container">\n'
         '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
         '<li><a href="/council">Council and democracy</a></li><li><a href="/council/cabinet">Cabinet reports</a></li>'
         f"<li>{e(r.title)}</li></ol></nav>\n<main>\n<h1>{e(r.title)}</h1>\n"]
    meta = [("Meeting", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
            ("Report of", f"{member}, {r.role}"), ("Lead officer", f"{r.officer[0]}, {r.officer[1]}"),
            ("Telephone", r.officer[2]), ("Date of report", long(r.report_date))]
    h.append('<table class="meeting"><tbody>\n' + "".join(f'<tr><th scope="row">{e(a)}</th><td>{e(b)}</td></tr>\n'
                                                            for a, b in meta) + "</tbody></table>\n")
    h.append(f"<h2>Recommendations</h2>\n<p>{e(r.executive)} is recommended to:</p>\n<ol>\n")
    its = items(r, "lower", "note the portfolio's performance for the quarter")
    for k, it in enumerate(its):
        h.append(f"<li>{e(it + ends(k, len(its)))}</li>\n")
        if k:
            r.commit(it + ends(k, len(its)))
    h.append("</ol>\n<h2>Background</h2>\n")
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append(f"<h2>How we performed in {e(quarter_name(q_end, 'quarter'))}</h2>\n"
             f"<p>Select an indicator to see the earlier quarters, its target and its rate. The value shown is at "
             f"{e(long(q_end))}.</p>\n")
    mark = ["star", "p", "sup", "star", "p"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        s = status(f)
        latest = e(f.show()) + ({"sup": "<sup>1</sup>", "star": "*", "p": " (p)"}[mark] if f is marked else "")
        dl = [(quarter_name(qs[1]), f.show(f.history[1])), (quarter_name(qs[0]), f.show(f.history[0])), ("Target", f.target)]
        if f.rate is not None:
            dl.append((f"{row_rate(f)} ({quarter_name(q_end)})", f"{f.rate:.1f}"))
            dl.append((f"{row_rate(f)} ({quarter_name(qs[1])})", f"{f.rate_at(f.history[1], qs[1]):.1f}"))
        h.append(f"<details>\n<summary>{e(f.label)}: {latest} <span class=\"rag-{s}\">({s})</span></summary>\n<dl>\n"
                 + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>\n" for a, b in dl) + "</dl>\n</details>\n")
        if n + 1 == ctx:
            h.append(f"<details>\n<summary>{e(lab)} (context): {e(lv[2])}</summary>\n<dl>\n"
                     f"<dt>{e(quarter_name(qs[1]))}</dt><dd>{e(lv[1])}</dd>\n<dt>Target</dt><dd>None: context only</dd>\n"
                     "</dl>\n</details>\n")
    h.append("<p><small>" + {"sup": "<sup>1</sup> Provisional, subject to validation.", "star": "* Provisional.",
                             "p": "(p) Provisional."}[mark] + "</small></p>\n")
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        h.append(f"<p>{e(rated[0].label)} stood at {e(rated[0].show())}, a rate of {e(rate_words(rated[0]))}.</p>\n")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        h.append(f"<p>{e(tx)}</p>\n")
    h.append(f"<h2>Implications</h2>\n<p><strong>Financial:</strong> {e(money)}</p>\n"
             "<p><strong>Legal:</strong> none arising from this report.</p>\n")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    h.append(f"<h2>Next steps</h2>\n<p>The Overview and Scrutiny Committee will consider this report on "
             f"{e(long(nxt, weekday=True))}.</p>\n")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    h.append(f'</main>\n</div>\n<div id="footer">\n<p>Page last updated: '
             f"{e(long(r.report_date + dt.timedelta(days=rng.randint(2, 12))))}</p>\n"
             f"<p>{e(COUNCIL)}, Civic Centre, Market Street, Hollinsfield HF1 2RT</p>\n</div>\n</body>\n</html>\n")
    text = "".join(h)
    if pdf or final.suffix == ".pdf":
        src = work / (final.stem + ".html")
        src.write_text(text, encoding="utf-8")
        return Job(r, final, src, ["lo-hpdf"])
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])

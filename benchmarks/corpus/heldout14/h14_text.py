"""Held-out-14 templates in HTML and plain text:

  stackable-cms-page       a report on a responsive council CMS page: the performance table made
                           'stackable' for phones (each td carrying data-label="Q2 2019/20", the
                           thead visually hidden), accordion sections as <details>/<summary>, a
                           <dl> of key facts, breadcrumbs, skip link, cookie notice, 'Was this page
                           useful?'
  ni-report-web-page       a Northern Irish council's 'Report to Committee' as its web page: a
                           header table (Subject / Date / Reporting Officer / Contact Officer /
                           Portfolio Holder), a 'Restricted Reports' yes/no grid, an 'Is the
                           decision eligible for Call-in' box, '1.0 Purpose', '2.0 Recommendations
                           2.1 Members are asked to:' bullets, '3.0 Main report' with a table
  scottish-report-text     the Scottish-style report (h14_pdf) as the text a PDF exporter writes:
                           the page header and 'Page n of m' on every page, form feeds, cover
                           lines in two columns, the appendix table laid out with spaces
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN
from h14_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, meeting_date, noun,
                        other_member, perf, perf_rows, quarter_name, rate_words, short_month, slash, thanks, who,
                        wrap)
from h14_pdf import scottish_blocks

E = html.escape


def make_stackable(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [0, 2, 4, 1, 3][r.variant % 5])
    member = who(r, ["cllr-full", "full", "councillor-initial", "cllr-initial", "full"][r.variant % 5])
    r.traits |= {"html-page", "stackable-table", "data-label-cells", "visually-hidden-thead", "details-summary",
                 "definition-list", "key-facts", "cookie-banner", "breadcrumbs", "agenda-item-number"}
    head, rows, marked = perf_rows(r, figs, qs, marker=rng.choice(["p", "star"]), rag=rng.random() < 0.5)
    extra, money = _extras(r, figs, q_end)
    its = items(r, "lower", "note the performance of the portfolio")
    for i, it in enumerate(its):
        if i:
            r.commit(it + ends(i, len(its)))
    upd = r.meeting + dt.timedelta(days=rng.randint(2, 30))
    r.traits |= {"trap-page-updated-date", "html-ordered-list"}
    dl = "\n".join(f'      <div class="key-fact"><dt>{E(f.label)}</dt><dd>{E(f.show())}'
                   + (f' <span class="key-fact__rate">({E(rate_words(f))})</span>' if f.rate is not None else "")
                   + "</dd></div>" for f in figs)
    thead = "".join(f'<th scope="col">{E(h)}</th>' for h in head)
    body = []
    for row in rows:
        cells = f'<th scope="row" data-label="{E(head[0])}">{E(row[0])}</th>' + "".join(
            f'<td data-label="{E(h)}">{E(v)}</td>' for h, v in zip(head[1:], row[1:]))
        body.append(f"          <tr>{cells}</tr>")
    note = {"p": "(p) provisional", "star": "* provisional"}[marked.marker]
    lis = "\n".join(f"          <li>{E(it)}{ends(i, len(its))}</li>" for i, it in enumerate(its))
    bg = "".join(f"<p>{E(x)}</p>" for x in (thanks(r), other_member(r), background(r, 1)[0]) if x)
    text = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(r.title)} | {E(COUNCIL)}</title>
<style>
.visually-hidden{{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
@media (max-width:640px){{table.stack thead{{display:none}}table.stack td,table.stack th{{display:block}}
table.stack td::before{{content:attr(data-label);font-weight:bold;display:inline-block;width:50%}}}}
details{{border-bottom:1px solid #ccc}} summary{{font-size:1.2rem;cursor:pointer}}
.key-facts{{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}}
</style>
</head>
<body class="page-template-report">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-notice" role="region" aria-label="Cookies"><p>We use essential cookies to make this site work.
<button type="button">Accept</button> <button type="button">Reject</button></p></div>
<header class="site-header"><a href="/" class="logo"><img src="/assets/logo.svg" alt="{E(COUNCIL)} home"></a>
<nav aria-label="Main"><ul><li><a href="/council">Council and democracy</a></li><li><a href="/meetings">Meetings</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>
<li><a href="/meetings">Meetings, agendas and minutes</a></li><li aria-current="page">{E(r.title)}</li></ol></nav>
<main id="main">
  <h1>{E(r.title)}</h1>
  <p class="lede">Report to {E(r.executive)}, {E(date)}, agenda item {r.item}. Report of {E(member)}, {E(r.role)}.</p>
  <section class="key-facts-panel" aria-labelledby="kf">
    <h2 id="kf">Key facts at {E(long(q_end))}</h2>
    <dl class="key-facts">
{dl}
    </dl>
  </section>
  <div class="accordion">
    <details open>
      <summary><h2>Recommendations</h2></summary>
      <div class="accordion__body">
        <p>It is recommended that {E(r.executive)}:</p>
        <ol>
{lis}
        </ol>
      </div>
    </details>
    <details>
      <summary><h2>Performance</h2></summary>
      <div class="accordion__body">
        <p>{E(figs[0].label)} was {E(figs[0].show())} at {E(long(q_end))}.</p>
        <div class="table-wrap">
        <table class="stack">
          <caption>Table 1: {E(PORTFOLIOS[r.portfolio])} indicators by quarter</caption>
          <thead class="visually-hidden"><tr>{thead}</tr></thead>
          <tbody>
{chr(10).join(body)}
          </tbody>
        </table>
        </div>
        <p class="table-note">{E(note)}</p>
        {"".join(f"<p>{E(x)}</p>" for x in extra)}
      </div>
    </details>
    <details>
      <summary><h2>Background</h2></summary>
      <div class="accordion__body">{bg}</div>
    </details>
    <details>
      <summary><h2>Financial implications</h2></summary>
      <div class="accordion__body"><p>{E(money)}</p></div>
    </details>
    <details>
      <summary><h2>Contact</h2></summary>
      <div class="accordion__body"><p>{E(r.officer[0])}, {E(r.officer[1])}. Telephone {E(r.officer[2])}.
      Email <a href="mailto:{E(r.officer[3])}">{E(r.officer[3])}</a></p></div>
    </details>
  </div>
  <p class="page-meta">Last updated: {E(long(upd))}</p>
  <form class="feedback"><fieldset><legend>Was this page useful?</legend>
  <label><input type="radio" name="useful" value="yes"> Yes</label> <label><input type="radio" name="useful" value="no"> No</label></fieldset></form>
</main>
<footer class="site-footer"><p>&copy; {E(COUNCIL)} {upd.year}. <a href="/accessibility">Accessibility statement</a></p></footer>
</body>
</html>
"""
    r.traits.add("trap-phone")
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])


def _box(label: str, yes: bool) -> str:
    return (f'<td class="check">{"&#9746;" if yes else "&#9744;"} Yes</td>'
            f'<td class="check">{"&#9744;" if yes else "&#9746;"} No</td>')


def make_ni(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [3, 0, 2, 1, 4][r.variant % 5])
    member = who(r, ["cllr-dot", "councillor-initial", "full", "cllr-full", "cllr-initial"][r.variant % 5])
    r.traits |= {"html-page", "ni-style", "header-table", "restricted-grid", "call-in-box", "bulleted-items",
                 "cover-lines", "agenda-item-number", "decimal-section-numbers"}
    head, rows, marked = perf_rows(r, figs, qs, marker="sup", rag=False)
    extra, money = _extras(r, figs, q_end)
    its = items(r, "lower", "note the contents of this report")
    for i, it in enumerate(its):
        if i:
            r.commit(it + ends(i, len(its)))
    lis = "\n".join(f"  <li>{E(it)}{ends(i, len(its))}</li>" for i, it in enumerate(its))
    trs = "\n".join("<tr>" + "".join(f"<td>{E(c)}" + ("<sup>1</sup>" if j == 3 and row[0] == marked.label else "")
                                      + "</td>" for j, c in enumerate(row)) + "</tr>" for row in rows)
    ths = "".join(f"<th>{E(h)}</th>" for h in head)
    restricted = rng.random() < 0.2
    lead = figs[0]
    bg = [x for x in (thanks(r), other_member(r), background(r, 1)[0]) if x]
    paras = [f"{lead.label} was {lead.show()} at {long(q_end)}"
             + (f" ({rate_words(lead)})." if lead.rate is not None else ".")] + extra
    if lead.rate is not None:
        r.traits.add("rate-in-line")
    main = "\n".join(f"<p>3.{k} {E(x)}</p>" for k, x in enumerate(paras, 2))
    text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(r.title)} - Report to Committee</title>
<style type="text/css">table.hdr td{{border:1px solid #000;padding:4px}} td.check{{width:5em}} .callin{{border:2px solid #000;padding:6px}}</style>
</head>
<body>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">{E(COUNCIL)}</h1></div>
<h2>Report to {E(r.executive)}</h2>
<table class="hdr" cellspacing="0">
<tr><td><strong>Subject:</strong></td><td colspan="2">{E(r.title)}</td></tr>
<tr><td><strong>Date:</strong></td><td colspan="2">{E(date)}</td></tr>
<tr><td><strong>Agenda item:</strong></td><td colspan="2">{r.item}</td></tr>
<tr><td><strong>Reporting Officer:</strong></td><td colspan="2">{E(__import__('h3_words').DIRECTORS[r.portfolio])}</td></tr>
<tr><td><strong>Contact Officer:</strong></td><td colspan="2">{E(r.officer[0])}, {E(r.officer[1])} (Tel: {E(r.officer[2])})</td></tr>
<tr><td><strong>Portfolio Holder:</strong></td><td colspan="2">{E(member)}</td></tr>
</table>
<p></p>
<table class="hdr" cellspacing="0">
<tr><th colspan="3" align="left">Restricted Reports</th></tr>
<tr><td>Is this report restricted for confidential business?</td>{_box('r', restricted)}</tr>
<tr><td>If Yes, when will the report become unrestricted?</td><td colspan="2">After {E(r.executive)} decision&nbsp;&#9744; Some time in the future&nbsp;&#9744; Never&nbsp;&#9744;</td></tr>
</table>
<p></p>
<div class="callin"><table cellspacing="0"><tr><td><strong>Is the decision eligible for Call-in?</strong></td>{_box('c', True)}</tr></table></div>
<h3>1.0 Purpose of Report or Summary of Main Issues</h3>
<p>1.1 To update Members on performance in the {E(PORTFOLIOS[r.portfolio])} portfolio for {E(quarter_name(q_end, 'quarter'))}, ending {E(long(q_end))}.</p>
<h3>2.0 Recommendations</h3>
<p>2.1 Members are asked to:</p>
<ul>
{lis}
</ul>
<h3>3.0 Main Report</h3>
<p>3.1 Key issues: the table below sets out the portfolio's indicators for the last three quarters.</p>
<table border="1" cellspacing="0" cellpadding="3"><tr>{ths}</tr>
{trs}
</table>
<p><em><sup>1</sup> provisional, subject to validation</em></p>
{main}
<h3>4.0 Financial and Resource Implications</h3>
<p>4.1 {E(money)}</p>
<h3>5.0 Equality or Good Relations Implications / Rural Needs Assessment</h3>
<p>5.1 The proposals have been screened for equality and good relations and rural needs; no adverse impact was identified.</p>
<h3>6.0 Background</h3>
{"".join(f"<p>6.{k} {E(x)}</p>" for k, x in enumerate(bg, 1))}
<h3>7.0 Appendices &ndash; Documents Attached</h3><p>None</p>
</div>
</body>
</html>
"""
    r.traits.add("trap-phone")
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])


def make_scottish_text(r: Report, final: Path, work: Path) -> Job:
    B = scottish_blocks(r)
    r.traits |= {"plain-text", "pdf-text-export", "form-feeds", "page-headers"}
    pages: list[list[str]] = [[]]
    table: list[list[str]] = []

    def flush():
        if table:
            widths = [max(len(row[j]) for row in table) for j in range(len(table[0]))]
            for row in table:
                pages[-1].append("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in
                                           enumerate(zip(row, widths))).rstrip())
            pages[-1].append("")
            table.clear()

    for kind, text in B:
        if kind != "t":
            flush()
        if len(pages[-1]) > 52 and kind in ("h", "p"):
            pages.append([])
        if kind == "h":
            pages[-1] += [text, ""]
        elif kind == "kv":
            k, v = text.split("\t")
            pages[-1].append(f"{k:<22}{v}")
        elif kind == "p":
            pages[-1] += wrap(text, 80).split("\n") + [""]
        elif kind == "li":
            hang, rest = text.split(" ", 1)
            pages[-1] += wrap(rest, 80, indent="         ", first=f"   {hang:<6}").split("\n") + ([""] if rest.endswith(".") else [])
        elif kind == "pb":
            pages.append([])
        elif kind == "t":
            table.append(text.split("\t"))
    flush()
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join([""] + pg + ["", f"{'':>34}Page {i} of {n}", ""]))
    final.write_text("\f".join(out), encoding="utf-8")
    return Job(r, final, final, [])

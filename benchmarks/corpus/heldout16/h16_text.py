"""Held-out-16 templates in HTML and plain text:

  squiz-dl-report-page        a Cabinet report published as a page of the council's Squiz Matrix
                              site: breadcrumbs, the meeting's details in a definition list
                              (<dl class="meeting-details">), each indicator a <dt> with its <dd>s
                              (the latest value in a <span>, 'Previous quarter', 'Target', 'Rate
                              per 10,000' and a 'Status' dd), the recommendations an <ol type="a">,
                              'Page last updated' and 'Related meetings'; some printed to PDF from
                              the browser (LibreOffice here)
  member-report-text-version  the plain-text version of the member's report to Council
                              that the council's website offers beside the Word file: wrapped at 72
                              characters, underlined headings (=== and ---), '*' bullets for the
                              'Looking ahead' promises, the figures in first-person sentences
  tracker-text-export         the scrutiny response tracker report exported as text from the
                              committee system: 'Label: value' cover lines, tables as rows of cells
                              separated by ' | ' with a rule under the header, paragraphs wrapped
                              at 78 characters, LF line ends
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from pathlib import Path

from council import COUNCIL, DOMAIN
from h3_model import status
from h16_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike, meeting_date,
                        other_member, perf, quarter_name, rate_words, row_rate, short_month, thanks, who)
from h16_odt import tracker_parts
from h16_word import council_parts

E = html.escape


def make_squiz(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 2, 4, 1, 3][v % 5])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "cllr-full", "councillor-initial"][v % 5])
    r.traits |= {"definition-lists", "squiz-matrix", "breadcrumbs", "html-ordered-list", "auto-numbering",
                 "lettered-items", "trap-page-updated-date", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone", "period-columns", "target-column", "rag-words", "implications"}
    its = items(r, "lower", "note the performance of the portfolio set out below")
    for k, it in enumerate(its):
        if k:
            r.commit(it + ends(k, len(its)))
    mark = ["star", "sup", "p", "star", "sup"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    dls = []
    order = list(figs)
    lab, lv = lookalike(r, 3)
    k_look = rng.randint(1, len(order))
    for i, f in enumerate(order + [None]):
        if i == k_look:
            dls.append(f'<dt>{E(lab)}</dt><dd class="kpi-value"><span class="value">{E(lv[2])}</span> '
                       f'<span class="period">at {E(long(q_end))}</span></dd><dd class="kpi-previous">Previous quarter: '
                       f'{E(lv[1])}</dd><dd class="kpi-note">Not a corporate indicator: shown for information</dd>')
        if f is None:
            continue
        val = E(f.show())
        if f is marked:
            val += {"star": "*", "sup": "<sup>1</sup>", "p": " (p)"}[mark]
        dd = [f'<dd class="kpi-value"><span class="value">{val}</span> <span class="period">at {E(long(q_end))}</span></dd>',
              f'<dd class="kpi-previous">Previous quarter ({E(quarter_name(qs[1]))}): {E(f.show(f.history[1]))}</dd>',
              f'<dd class="kpi-target">Target: {E(f.target)}</dd>']
        if f.rate is not None:
            dd.append(f'<dd class="kpi-rate">{E(row_rate(f))}: {f.rate:.1f}</dd>')
        dd.append(f'<dd class="kpi-status">Status: {status(f)}</dd>')
        dls.append(f"<dt>{E(f.label)}</dt>" + "".join(dd))
    if any(f.rate is not None for f in figs):
        r.traits.add("rate-printed-beside")
    note = {"star": "* Provisional figure.", "sup": "<sup>1</sup> Provisional: subject to validation.",
            "p": "(p) Provisional."}[mark]
    extra, money = _extras(r, figs, q_end)
    bg = [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    prev = r.meeting - dt.timedelta(weeks=rng.randint(5, 8))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    updated = r.meeting + dt.timedelta(days=rng.randint(2, 40))
    page_id = rng.randint(10000, 99999)
    text = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(r.title)} - {E(r.executive)} - {E(COUNCIL)}</title>
<meta name="generator" content="Squiz Matrix">
<meta name="DC.date.modified" content="{updated.isoformat()}">
<link rel="stylesheet" href="/__data/assets/css_file/0021/{page_id % 9000 + 1000}/main.css">
<style>
dl.meeting-details dt {{ font-weight: bold; float: left; clear: left; width: 12em; }}
dl.meeting-details dd {{ margin-left: 13em; }}
dl.kpis dt {{ font-weight: bold; margin-top: 0.8em; border-top: 1px solid #ccc; padding-top: 0.3em; }}
dl.kpis dd {{ margin-left: 1.5em; }}
dd.kpi-value .value {{ font-size: 1.6em; font-weight: bold; color: #00594f; }}
</style>
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><a href="/" class="logo">{E(COUNCIL)}</a>
<nav aria-label="Main"><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/your-council">Your council</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li><a href="/your-council/meetings">Councillors, meetings and decisions</a></li><li><a href="/your-council/meetings/{r.executive.lower()}">{E(r.executive)}</a></li><li>{E(r.title)}</li></ol></nav>
<main id="main-content">
<h1>{E(r.title)}</h1>
<dl class="meeting-details">
<dt>Meeting</dt><dd>{E(r.executive)}</dd>
<dt>Date of meeting</dt><dd>{E(date)}</dd>
<dt>Agenda item</dt><dd>{r.item}</dd>
<dt>Report of</dt><dd><a href="/your-council/councillors/{r.member.key}">{E(member)}</a>, {E(r.role)}</dd>
<dt>Lead officer</dt><dd>{E(r.officer[0])}, {E(r.officer[1])}</dd>
<dt>Contact</dt><dd>{E(r.officer[2])} or <a href="mailto:{E(r.officer[3])}">{E(r.officer[3])}</a></dd>
<dt>Key decision</dt><dd>No</dd>
<dt>Date of report</dt><dd>{E(short_month(r.report_date))}</dd>
</dl>
<h2 id="recommendations">Recommendations</h2>
<p>The {E(r.executive)} is asked to:</p>
<ol type="a">
{"".join(f"<li>{E(it)}{ends(k, len(its))}</li>" for k, it in enumerate(its))}
</ol>
<h2 id="background">Background</h2>
{"".join(f"<p>{E(x)}</p>" for x in bg)}
<h2 id="performance">Performance in {E(quarter_name(q_end, 'quarter'))}</h2>
<p>Each indicator below shows the position at {E(long(q_end))}, the quarter before and the target for the year.</p>
<dl class="kpis">
{"".join(dls)}
</dl>
<p class="note">{note}</p>
{"".join(f"<p>{E(x)}</p>" for x in extra)}
<h2 id="implications">Implications</h2>
<h3>Financial</h3>
<p>{E(money)}</p>
<h3>Legal</h3>
<p>None arising directly from this report.</p>
<h2 id="next">What happens next</h2>
<p>The Overview and Scrutiny Committee will consider the report on {E(long(nxt, weekday=True))}.</p>
<aside class="related"><h2>Related meetings</h2><ul>
<li><a href="/your-council/meetings/{r.executive.lower()}/{prev.isoformat()}">{E(r.executive)}, {E(long(prev))}</a></li>
<li><a href="/your-council/meetings/overview-and-scrutiny/{nxt.isoformat()}">Overview and Scrutiny Committee, {E(long(nxt))}</a></li>
</ul></aside>
<p class="last-updated">Page last updated: {E(long(updated))}</p>
</main>
<footer class="site-footer"><p>{E(COUNCIL)}, Civic Centre, Hollinsfield. Telephone 01632 960000. www.{DOMAIN}</p>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body>
</html>
"""
    if pdf or final.suffix == ".pdf":
        r.traits.add("browser-print")
    else:
        r.traits.add("html-page")
    src = work / (final.stem + ".html") if (pdf or final.suffix == ".pdf") else final
    src.write_text(text, encoding="utf-8")
    return Job(r, final, src, ["lo-pdf"] if (pdf or final.suffix == ".pdf") else [])


def _wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def make_council_text(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    parts = council_parts(r)
    r.traits |= {"plain-text", "underlined-headings", "typed-bullets"}
    L = []
    for kind, text in parts:
        if kind == "title":
            L += [text.upper(), "=" * len(text), ""]
        elif kind == "line":
            L += _wrap(text, 72)
        elif kind == "h":
            L += ["", text, "-" * len(text), ""]
        elif kind == "bullet":
            L += _wrap(text, 72, "  ", "* ")
        elif kind == "sig":
            L += [text]
        else:
            if L and L[-1].startswith(("* ", "  ")):
                L.append("")
            L += _wrap(text, 72) + [""]
    final.write_text("\n".join(L) + "\n", encoding="utf-8")
    return Job(r, final, final, [])


def make_tracker_text(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    B = tracker_parts(r)
    r.traits |= {"plain-text", "pipe-separated-cells"}
    L = [COUNCIL, ""]
    for b in B:
        kind = b[0]
        if kind == "title":
            L += [b[1], ""]
        elif kind == "fields":
            L += [f"{a}: {c}" for a, c in b[1]] + [""]
        elif kind == "h":
            L += ["", b[1].upper(), ""]
        elif kind == "p":
            L += _wrap(b[1], 78) + [""]
        elif kind == "rec":
            L += _wrap(b[2], 78, "    ", f"{b[1]:<4}")
        elif kind == "small":
            L += [b[1], ""]
        elif kind == "table":
            rows = [[str(c) for c in row] for row in b[1]]
            L.append(" | ".join(rows[0]))
            L.append("-" * min(78, len(L[-1])))
            L += [" | ".join(row) for row in rows[1:]]
            L.append("")
    final.write_text("\n".join(L) + "\n", encoding="utf-8")
    return Job(r, final, final, [])

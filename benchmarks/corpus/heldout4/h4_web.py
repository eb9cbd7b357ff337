"""Held-out-4 templates written as web pages and text:

  news-release-page      a council newsroom article (a CMS page: nested <div>s, <br> line breaks,
                         a 'key figures' panel, quotes from the Cabinet Member, 'Notes to editors',
                         a list of related news with their dates) about a report going to Cabinet
  markdown-export-text   a report exported to Markdown text for the council's accessible-documents
                         library (pandoc style): '**Label:** value' cover lines, '#' headings, pipe
                         tables, '(a)' lists, footnotes written [^1]
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN
from h4_model import (FOOTNOTE, Job, Report, background, colleague, cross,
                      last_month_end, last_quarter_end, later, long_date, lookalike, marked, member_as,
                      name_traits, noun, quarter_name, quarters_back, slash, status, subcount,
                      trap_lines)
from h4_words import ADDRESS, WARDS, decision

E = html.escape


# =====================================================================================
# Newsroom article
# =====================================================================================

def make_news(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    md = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 15)))
    figs = r.draw(rng.randint(3, 4), md, rates=0.7)
    r.figs = list(figs)
    published = r.meeting - dt.timedelta(days=rng.randint(2, 6))
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot"])
    r.traits |= name_traits(form)
    with_year = r.variant % 2 == 0
    meet = f"{r.meeting:%A} {r.meeting.day} {r.meeting:%B}" + (f" {r.meeting.year}" if with_year else "")
    r.traits |= {"weekday-date", "trap-publication-date"} | (set() if with_year else {"date-without-year"})
    f0 = figs[0]
    headline = rng.choice([f"{r.title}: report to {r.executive} shows progress",
                           f"Cabinet Member sets out priorities as {r.executive} considers {r.title.lower()}",
                           f"Latest figures on {r.portfolio_name.lower()} go before {r.executive}"])
    body = []
    body.append(f'<p class="lead">A report going to {r.executive} on {E(meet)} sets out how the council is performing '
                f'on {E(r.portfolio_name.lower())} and what {E(who)}, {E(r.role)}, wants to achieve over the next year.</p>')
    lines = []
    for f in figs:
        line = f"<strong>{marked(f, 'html')}</strong> {E(noun(rng, f.key))}"
        if f.rate is not None:
            line += f" &ndash; {f.rate:.1f} per {f.metric.rate_per:,}"
            r.traits.add("rate-in-line")
        lines.append(line)
    panel = (f'<div class="panel panel--figures"><div class="panel__inner"><h2 class="panel__title">Key figures</h2>'
             f'<div class="panel__body"><p>At the end of {md:%B %Y}:<br>\n' + "<br>\n".join(lines) + "</p>")
    if any(f.marker for f in figs):
        panel += "<p class=\"small\">" + "<br>".join(E(FOOTNOTE[f.marker]).replace("1 ", "<sup>1</sup> ", 1) if f.marker == "sup" else E(FOOTNOTE[f.marker]) for f in figs if f.marker) + "</p>"
    panel += "</div></div></div>"
    r.traits |= {"figures-box", "br-lines", "as-of-month-name"}
    body.append(f"<p>{E(background(r, 1)[0])} {E(trap_lines(r, ['trap-percent'])[0])}</p>")
    body.append(panel)
    pri = r.priorities[:rng.randint(3, 4)]
    quote = (f"<blockquote><p>&ldquo;{E(rng.choice(['I want residents to see real change.', 'We have made a good start, but there is more to do.', 'These figures show the difference our staff are making.']))} "
             f"Over the coming year we will:<br>\n" + "<br>\n".join(f"{i + 1}. {E(p)}" for i, p in enumerate(pri))
             + f"&rdquo;</p></blockquote>\n<p>{E(who)} said the council would report progress to {r.executive} every six months.</p>")
    for p in pri:
        r.commit(p)
    r.traits |= {"typed-numbering", "quote"}
    body.append(f"<p>{E(who)}, {E(r.role)}, said:</p>")
    body.append(quote)
    body.append(f"<p>The report asks {r.executive} to {E(decision(r.decisions[0], 'lower'))} and to "
                f"{E(decision(r.decisions[1], 'lower'))}.</p>")
    # decisions in a sentence, neither numbered nor lettered: not commitments (README)
    r.traits.add("decisions-in-prose")
    big = [f for f in figs if not f.percent] or figs
    body.append(f"<p>{E(subcount(r, rng.choice(big)))} {E(trap_lines(r, ['trap-other-council'])[0])}</p>")
    c = colleague(r)
    ward = rng.choice(WARDS)
    body.append(f"<p>Ward councillor for {ward}, Councillor {rng.choice(['Lynne Hebblethwaite', 'Aftab Chaudry', 'Tony Ruddock'])}, "
                f"welcomed the report: &ldquo;People in {ward} will notice the difference.&rdquo;</p>")
    r.traits.add("other-member-named")
    if r.predecessor:
        body.append(f"<p>{E(who)} paid tribute to the work of the previous Cabinet Member, Councillor {E(r.predecessor.name)}.</p>")
        r.traits.add("predecessor-thanked")
    body.append(f"<p>{E(cross(r, md))}</p>")
    notes = [f"The {r.executive} report will be published on the council's website five working days before the meeting.",
             trap_lines(r, ["trap-money"])[0],
             f"Media enquiries: Communications Team, 01632 96{rng.randint(1000, 9999)} (out of hours 07700 900{rng.randint(100, 999)}).",
             f"Photo caption: {who} visiting the service on {long_date(published - dt.timedelta(days=rng.randint(5, 30)))}."]
    r.traits |= {"trap-phone", "trap-caption-date", "notes-to-editors"}
    related = []
    for k in range(4):
        d = published - dt.timedelta(days=rng.randint(9, 300))
        related.append((d, rng.choice([f"{r.executive} agrees budget proposals", "New play areas open in the spring",
                                       "Council tax reminder for residents", "Councillors to discuss town centre plan",
                                       f"Views sought on {rng.choice(['library hours', 'bin collections', 'parking charges'])}"])))
    related.sort(reverse=True)
    upcoming = r.meeting + dt.timedelta(weeks=rng.randint(3, 6))
    updated = published + dt.timedelta(days=rng.randint(0, 2))
    rel = "\n".join(f'<li class="related__item"><a href="/news/{d:%Y/%m}/{k}">{E(t)}</a><br><span class="date">{d.day} {d:%B %Y}</span></li>'
                    for k, (d, t) in enumerate(related))
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date", "site-navigation", "breadcrumbs", "nested-divs"}
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(headline)} | {COUNCIL}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="{published.isoformat()}T09:{rng.randint(10, 59)}:00+00:00">
<link rel="stylesheet" href="/themes/hbc/css/main.min.css?v=4.2.1">
</head>
<body class="page-node-type-news-article">
<div id="page-wrapper"><div id="page">
<header class="site-header" role="banner"><div class="container"><div class="row">
<div class="col-md-4"><a href="/" class="logo"><img src="/themes/hbc/logo.svg" alt="{COUNCIL}"></a></div>
<div class="col-md-8"><nav class="nav-main"><ul><li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li>
<li><a href="/council">Your council</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact us</a></li></ul></nav></div>
</div></div></header>
<div class="container"><div class="row"><div class="col-12">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>{published.year}</li></ol>
</div></div></div>
<main id="main-content"><div class="container"><div class="row">
<div class="col-md-8"><div class="region region-content"><article class="node node--news-article">
<div class="node__header"><h1 class="page-title"><span>{E(headline)}</span></h1>
<div class="node__meta"><span class="label">Published:</span> {published.day} {published:%B %Y}<br>
<span class="label">Category:</span> {E(r.portfolio_name)}</div></div>
<div class="node__content"><div class="field field--body"><div class="clearfix text-formatted">
{chr(10).join(body)}
<h2>Notes to editors</h2>
<div class="notes">{'<br>'.join(E(n) for n in notes)}</div>
<p>Ends</p>
</div></div></div>
</article></div></div>
<aside class="col-md-4"><div class="region region-sidebar">
<div class="block block--related"><h2>Related news</h2><ul class="related">
{rel}
</ul></div>
<div class="block block--meetings"><h2>Forthcoming meetings</h2><div class="meeting">{r.executive}<br>{upcoming:%A} {upcoming.day} {upcoming:%B %Y}, 6pm</div></div>
</div></aside>
</div></div></main>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-12">
<p>{E(ADDRESS)}<br>Telephone 01632 960000</p>
<p class="updated">Page last updated: {updated.day} {updated:%B %Y}</p>
<p>&copy; {COUNCIL} {updated.year}</p>
</div></div></div></footer>
</div></div>
<script src="/themes/hbc/js/main.min.js"></script>
</body>
</html>
"""
    r.traits.add("trap-page-updated-date")
    final.write_text(page, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# Markdown export
# =====================================================================================

def make_markdown(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(15, 40)))
    ends = quarters_back(q_end, 4)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=3, rates=0.6)
    if rng.random() < 0.7:
        rng.choice(figs).marker = rng.choice(["p", "sup"])
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 9)))
    extra = later(r, figs, month) if r.variant % 2 == 1 else None
    r.figs = figs + ([extra] if extra else [])
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "councillor-initial", "full"])
    r.traits |= name_traits(form)
    out = [f"# {r.title}", ""]
    cover = [("Meeting", r.executive), ("Date of meeting", slash(r.meeting) if r.variant % 2 else long_date(r.meeting, weekday=True)),
             ("Report of", DIRECTORS_MD[r.portfolio]), ("Cabinet Member", f"{who} ({r.role})"),
             ("Date of report", long_date(r.report_date)), ("Wards affected", "All"),
             ("Contact", f"{r.officer[0]}, {r.officer[2]}")]
    r.traits |= {"cover-block", "report-date-before-meeting-date", "markdown", "trap-phone",
                 "slash-date" if r.variant % 2 else "weekday-date"}
    for k, v in cover:
        out.append(f"**{k}:** {v}  ")
    out += ["", "## 1. Summary", "", background(r, 1)[0] + " " + trap_lines(r, ["trap-money"])[0], ""]
    out += ["## 2. Recommendations", "", f"{r.executive} is recommended to:", ""]
    items = [decision(d, "imperative") for d in r.decisions]
    for i, t in enumerate(items):
        line = t + (";" if i < len(items) - 1 else ".")
        out.append(f"({chr(97 + i)}) {line}")
        r.commit(line)
    out += [""]
    r.traits |= {"lead-in", "lettered-items"}
    out += ["## 3. Performance", "",
            f"Table 1 gives the portfolio's indicators for the last four quarters. The latest quarter is "
            f"{quarter_name(q_end, 'quarter')}, ending {long_date(q_end)}.", ""]
    order = ends if r.variant % 2 == 0 else ends[::-1]
    head = ["Indicator", *[quarter_name(e, "q") for e in order], "Target", "RAG"]
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "|".join([":---"] + ["---:"] * (len(head) - 1)) + "|")
    if r.variant % 2:
        r.traits.add("latest-first-columns")
    notes, groups = [], []
    for f in figs:
        vals = dict(zip(ends, [f.show(v) for v in f.history] + [f.show()]))
        shown = f.show() + ({"p": " (p)", "sup": "[^1]", "star": "*"}[f.marker] if f.marker else "")
        vals[ends[-1]] = shown
        if f.marker and FOOTNOTE[f.marker] not in notes:
            notes.append(FOOTNOTE[f.marker])
        g = ["| " + " | ".join([f.label, *[vals[e] for e in order], f.target, status(f)]) + " |"]
        if f.rate is not None:
            rates = dict(zip(ends, [""] * 3 + [f"{f.rate:.1f}"]))
            g.append("| " + " | ".join([f"_Rate per {f.metric.rate_per:,}_", *[rates[e] for e in order], "", ""]) + " |")
            r.traits.add("rate-row")
        groups.append(g)
    lab, lv = lookalike(r, 4)
    groups.insert(rng.randint(1, len(groups)), ["| " + " | ".join([lab, *lv, "", ""]) + " |"])
    out += [line for g in groups for line in g]
    out.append("")
    for n in notes:
        out.append(("[^1]: " + n[2:]) if n.startswith("1 ") else n)
        out.append("")
    r.traits |= {"pipe-table", "performance-table", "period-columns", "target-column", "rag-column"}
    if extra:
        out.append(f"The most recent figure for {extra.label.lower() if extra.label[1:].islower() else extra.label} is "
                   f"{extra.show()}, at {long_date(extra.as_of)}.")
        out.append("")
    big = [f for f in figs if not f.percent] or figs
    out += [subcount(r, rng.choice(big)) + " " + trap_lines(r, ["trap-regional"])[0], ""]
    out += [cross(r, q_end), ""]
    out += ["## 4. Priorities for the coming year", "", f"{who} has asked the service to focus on:", ""]
    for p in r.priorities[:min(3, 6 - len(r.decisions))]:
        out.append(f"- {p}")
        r.commit(p)
    out += [""]
    r.traits.add("bullet-priorities")
    out += ["## 5. Implications", "", "### Financial", "", trap_lines(r, ["trap-years"])[0], "",
            "### Legal", "", "There are no direct legal implications.", "",
            "### Equalities", "", trap_lines(r, ["trap-ages"])[0], ""]
    prev = r.meeting - dt.timedelta(weeks=rng.randint(12, 26))
    out += ["## 6. Background papers", "", f"- {r.executive} report, {long_date(prev)}: previous update", ""]
    r.traits.add("trap-other-meeting-date")
    out += ["---", "", f"_Accessible version generated {slash(r.report_date + dt.timedelta(days=rng.randint(1, 4)))} "
                       f"from the published PDF. If you need this document in another format, contact "
                       f"democratic.services@{DOMAIN}._", ""]
    r.traits.add("trap-generated-date")
    final.write_text("\n".join(out), encoding="utf-8")
    return Job(r, final, final, [])


DIRECTORS_MD = {
    "childrens-services": "Executive Director of Children and Young People",
    "education": "Executive Director of Children and Young People",
    "adult-social-care": "Executive Director of Adults, Health and Wellbeing",
    "housing": "Executive Director of Place",
    "environment": "Executive Director of Place",
    "community-safety": "Executive Director of Communities",
    "regeneration": "Executive Director of Place",
    "finance": "Executive Director of Corporate Services",
    "culture": "Executive Director of Communities",
    "public-health": "Director of Public Health",
}

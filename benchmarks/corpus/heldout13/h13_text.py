"""Held-out-13 templates written as text:

  jekyll-markdown-export   a portfolio report as the council's Jekyll / GitHub Pages site keeps
                           it, saved as .txt: YAML front matter (layout, title, permalink, the
                           publication 'date:', tags), Liquid tags ({% include %}, {{ site.x }},
                           {% raw %}), kramdown attribute lists, HTML fragments in the Markdown
  webcast-captions         the auto-generated captions of the webcast of the member presenting the
                           report, saved as text: lower case, no punctuation, a timestamp every few
                           lines, numbers as digits or as words; the clerk's header on top with the
                           meeting, the item and the decision
  google-sites-page        the report published on a Google Sites page: deeply nested divs with
                           generated class names and inline styles, a table drawn as a div grid
                           with role attributes, an embedded Google Sheets chart as an image with
                           alt text, 'Page updated' and 'Report abuse' in the footer
  members-bulletin-email   a 'Members' Information Bulletin' item: a one-page HTML newsletter
                           e-mail (MailChimp-style nested tables, preheader text, 'View this email
                           in your browser', the issue's own date, an unsubscribe footer) carrying
                           the Cabinet Member's update on the report
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from council import COUNCIL, DOMAIN
from h13_common import (DAYS, MONTHS, PORTFOLIOS, Job, Report, _extras, background, cap, decision, ends, items, long,
                        meeting_date, noun, ordinal, other_member, perf, perf_rows, quarter_name, rate_short,
                        rate_words, say_date, short_month, slash, spoken, thanks, trap_lines, who, wrap)

E = html.escape


# =====================================================================================
# jekyll-markdown-export
# =====================================================================================

def make_jekyll(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    date = meeting_date(r, [4, 0, 2, 1, 3][r.variant % 5])
    member = who(r, ["full", "cllr-full", "cllr-initial", "councillor-initial", "cllr-dot"][r.variant % 5])
    published = r.meeting - dt.timedelta(days=rng.randint(5, 9))
    slug = r.title.lower().replace(":", "").replace(",", "").replace("'", "").replace(" ", "-")
    r.traits |= {"jekyll", "yaml-front-matter", "trap-front-matter-date", "liquid-tags", "html-in-markdown",
                 "markdown-table", "kramdown-ial", "plain-text"}
    L = ["---", "layout: committee-report", f'title: "{r.title}"',
         f"date: {published.isoformat()} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:00 +0000",
         f"permalink: /democracy/{r.executive.lower()}/{r.meeting.year}/{slug}/",
         f"categories: [{r.executive.lower()}, reports]", f"tags: [{r.portfolio}, performance, q{(q_end.month + 2) // 3}]",
         f"portfolio: {r.portfolio}", f"agenda_item: {r.item}", "redirect_from:",
         f"  - /cabinet/reports/{published:%Y%m%d}-{r.portfolio}.html",
         f"last_modified_at: {(r.meeting + dt.timedelta(days=rng.randint(3, 30))).isoformat()}",
         "toc: true", "---", ""]
    L += ["{% include breadcrumbs.html %}", "",
          f'{{% include report-meta.html body="{r.executive}" meeting="{date}" item="{r.item}" %}}', "",
          f"# {r.title}", "{: .report-title}", "",
          f"**Meeting:** {r.executive}, {date}  ", f"**Report of:** {member}, {r.role}  ",
          f"**Contact:** {r.officer[0]} ({r.officer[1]}), [{r.officer[3]}](mailto:{r.officer[3]})", "",
          "* TOC", "{:toc}", "",
          '<div class="alert alert-info" markdown="1">',
          f"This page was published on {{{{ page.date | date: \"%-d %B %Y\" }}}}. A PDF copy is in the "
          f"[{{{{ site.data.committees.{r.executive.lower()}.name }}}} papers]({{{{ site.baseurl }}}}/papers/).",
          "</div>", "", "## 1. Purpose", ""]
    L.append(wrap(f"To report to {r.executive} on the {PORTFOLIOS[r.portfolio]} portfolio in "
                  f"{quarter_name(q_end, 'quarter')}, the three months to {long(q_end)}."))
    L += ["", "## 2. Recommendations", "", f"That {r.executive}:", ""]
    its = items(r, "lower", "note the performance of the portfolio in the quarter")
    for i, it in enumerate(its):
        L.append(f"{i + 1}. {it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"markdown-ordered-list"}
    L += ["", "## 3. Performance", ""]
    L.append(wrap(f"The table shows the portfolio's indicators for the last three quarters; the latest "
                  f"quarter ended on {long(q_end)}."))
    head, rows, marked = perf_rows(r, figs, qs, marker=rng.choice(["p", "star"]))
    L += ["", "| " + " | ".join(head) + " |", "|" + "|".join(["---"] + [":---:" for _ in head[1:]]) + "|"]
    for row in rows:
        L.append("| " + " | ".join(row) + " |")
    L += ["{: .table .table-striped}", "",
          "<small>" + {"p": "(p) provisional", "star": "* provisional, subject to validation"}[marked.marker]
          + "</small>", ""]
    extra, money = _extras(r, figs, q_end)
    for t in extra:
        L += [wrap(t), ""]
    L += ["{% raw %}", f"<!-- chart data: {', '.join(f.label + '=' + f.show(f.history[0]) for f in figs)} (older quarter) -->",
          "{% endraw %}", ""]
    L += ["## 4. Background", ""]
    for t in (thanks(r), other_member(r), background(r, 1)[0]):
        if t:
            L += [wrap(t), ""]
    L += ["## 5. Financial implications", "", wrap(money), ""]
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=2)
    L += ["<details markdown=\"1\">", "<summary>Background papers and next steps</summary>", "",
          wrap(f"The Overview and Scrutiny Committee will consider the report on {long(nxt)}. "
               f"{trap_lines(r, ['trap-phone'])[0]}"), "", "</details>", "",
          "{% include feedback.html %}", f"{{% comment %}} migrated from the old CMS {slash(published)} {{% endcomment %}}", ""]
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date",
                 "agenda-item-number"}
    final.write_text("\n".join(L), encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# webcast-captions
# =====================================================================================

def _stamp(t: int) -> str:
    return f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}]"


def _lower(s: str) -> str:
    out = re.sub(r"(?<=\d),(?=\d{3})", "", s.lower())  # captions write 1234, not 1,234
    out = re.sub(r"\.(?!\d)|(?<!\d)\.", "", out)  # a decimal point stays
    for ch in ",;:()'\"?!":
        out = out.replace(ch, "")
    return " ".join(out.replace("%", " percent").replace("-", " ").split())


def make_captions(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.7)
    m = r.member
    date = meeting_date(r, [0, 4, 1, 2, 0][r.variant % 5])
    t = rng.randint(1800, 5400)
    r.traits |= {"webcast-captions", "auto-captions", "lower-case", "no-punctuation", "timestamps",
                 "numbers-as-words", "clerk-header", "plain-text", "spoken-figures", "trap-upload-date"}
    uploaded = r.meeting + dt.timedelta(days=rng.randint(1, 6))
    H = [f"{COUNCIL} - webcast transcript (automatic captions)",
         f"Meeting: {r.executive}, {date}",
         f"Item {r.item}: {r.title}",
         f"Presented by: {who(r, ['cllr-full', 'full', 'cllr-initial'][r.variant % 3])}, {r.role}",
         f"Recording uploaded {short_month(uploaded)}; captions generated automatically and not checked.",
         "Clerk's note: the captions are as the webcast provider produced them. The decision as recorded in the minutes:",
         ""]
    its = items(r, "third", "notes the performance of the portfolio in the quarter")
    H.append(f"RESOLVED - That {r.executive}:")
    for i, it in enumerate(its):
        H.append(f"({i + 1}) {it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"resolved", "typed-numbering"}
    H += ["", "-" * 60, ""]
    said = []

    def say(text: str):
        said.append(_lower(text))

    say(f"thank you chair item {r.item} is my quarterly report on {PORTFOLIOS[r.portfolio]}")
    say("i'll be brief because i know we've got a long agenda tonight")
    tk = thanks(r)
    if tk:
        say(tk)
    say(f"so these are the figures for {quarter_name(q_end, 'quarter')} that's the three months to the {say_date(q_end)} {q_end.year}")
    for k, f in enumerate(figs):
        as_words = (k + r.variant) % 2 == 1  # the captioner wrote the quarter before in words
        n = noun(rng, f.key)
        if f.percent:
            s = f"{f.label} was {spoken(f)}"
        else:
            s = f"we had {spoken(f)} {n} at the end of the quarter"
        before = spoken(f, f.history[1], as_words=as_words)
        s += f" up from {before}" if f.value > f.history[1] else f" down from {before}"
        s += " the quarter before"
        if f.rate is not None:
            s += f" and that's a rate of {f.rate:.1f} per {f.metric.rate_per} {rate_words(f).split(' ', 3)[3]}"
            r.traits.add("rate-in-line")
        say(s)
        if as_words:
            r.traits.add("earlier-value-in-words")
    extra, money = _extras(r, figs, q_end)
    for s in extra:
        say(s)
    say(f"on the money side {money}")
    for k, it in enumerate(its[1:]):
        say(f"{'and ' if k else ''}we're asking cabinet to {it}")
    om = other_member(r)
    if om:
        say(om)
    say("happy to take questions chair")
    say(f"thank you councillor {m.surname} any questions councillor {rng.choice(['ahmed', 'brooke', 'crossley', 'doyle'])}")
    say(f"thanks chair just on the {rng.randint(3, 12)} cases mentioned last time is there an update")
    say("i'll get a written answer to you on that")
    say("all those in favour thank you that's agreed")
    body, line = [], []
    for s in said:
        for w in s.split():
            line.append(w)
            if len(line) >= rng.randint(7, 11):
                body.append(" ".join(line))
                line = []
    if line:
        body.append(" ".join(line))
    out = []
    for k, ln in enumerate(body):
        if k % 3 == 0:
            out.append(_stamp(t))
            t += rng.randint(6, 11)
        out.append(ln)
    final.write_text("\n".join(H + out) + "\n", encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# google-sites-page
# =====================================================================================

def _chart_png(rng, figs) -> str:
    import base64
    import io
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (360, 180), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for k, f in enumerate(figs):
        vals = list(f.history) + [f.value]
        top = max(vals) or 1
        for j, v in enumerate(vals):
            x = 20 + k * 110 + j * 30
            h = int(140 * v / top)
            d.rectangle([x, 160 - h, x + 24, 160], fill=[(66, 133, 244), (219, 68, 55), (244, 180, 0)][j])
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return base64.b64encode(buf.getvalue()).decode()


def make_gsites(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.85)
    date = meeting_date(r, [1, 0, 4, 3, 2][r.variant % 5])
    member = who(r, ["cllr-full", "full", "councillor-initial", "cllr-dot", "cllr-initial"][r.variant % 5])
    updated = r.meeting + dt.timedelta(days=rng.randint(2, 60))
    r.traits |= {"google-sites", "nested-divs", "inline-styles", "div-grid-table", "aria-roles", "chart-image",
                 "chart-alt-text", "trap-page-updated-date", "html-page"}

    def cls():
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))

    def block(inner: str, style: str = "") -> str:
        return (f'<div class="{cls()} {cls()}" jsname="{cls()}"><div class="{cls()}"><div class="{cls()} {cls()}" '
                f'style="{style}"><div class="tyJCtd mGzaTb Depvyb baZpAe" id="h.{cls().lower()}">{inner}</div></div></div></div>')

    def p(text: str, bold: bool = False) -> str:
        w = "font-weight:700;" if bold else ""
        return (f'<p dir="ltr" class="zfr3Q CDt4Ke" style="margin-top:6pt;"><span class="C9DxTc" '
                f'style="font-family:Lato,Arial;{w}font-size:11pt;vertical-align:baseline;">{E(text)}</span></p>')

    def h(text: str, lvl: int = 2) -> str:
        return (f'<h{lvl} dir="ltr" class="zfr3Q OmQG5e" id="h.{cls().lower()}" tabindex="-1"><div class="CjVfdc">'
                f'<span class="C9DxTc" style="font-family:Lato,Arial;font-weight:700;">{E(text)}</span></div></h{lvl}>')

    parts = [h(r.title, 1),
             p(f"{r.executive} meeting: {date}", True), p(f"Agenda item {r.item}"),
             p(f"Report of {member}, {r.role}"), p(f"Author: {r.officer[0]}, {r.officer[1]}")]
    parts.append(h("Summary"))
    parts.append(p(f"This report updates {r.executive} on the {PORTFOLIOS[r.portfolio]} portfolio for "
                   f"{quarter_name(q_end, 'quarter')} (to {long(q_end)})."))
    parts.append(h("Recommendations"))
    parts.append(p(f"It is recommended that {r.executive}:"))
    its = items(r, "lower", "note the quarter's performance")
    lis = []
    for i, it in enumerate(its):
        lis.append(f'<li dir="ltr" class="zfr3Q TYR86d eD0Rn" style="list-style-type:lower-roman;margin-left:36pt;">'
                   f'<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">{E(it + ends(i, len(its)))}</span></p></li>')
        if i:
            r.commit(it + ends(i, len(its)))
    parts.append(f'<ol class="n8H08c UVNKR" style="margin-left:0;padding-left:0;">{"".join(lis)}</ol>')
    r.traits |= {"html-ordered-list", "auto-numbering"}
    parts.append(h("Performance"))
    head, rows, marked = perf_rows(r, figs, qs, marker=rng.choice(["p", "star"]), rag=bool(r.variant % 2))
    grid = ['<div class="Kq6xbd" role="table" aria-label="Performance indicators" style="display:grid;grid-template-columns:3fr repeat(%d,1fr);border:1px solid #dadce0;">' % (len(head) - 1)]
    grid.append('<div role="row" style="display:contents;">' + "".join(
        f'<div role="columnheader" class="{cls()}" style="padding:4px;background:#e8f0fe;font-weight:700;"><div><span>{E(c)}</span></div></div>'
        for c in head) + "</div>")
    for row in rows:
        grid.append('<div role="row" style="display:contents;">' + "".join(
            f'<div role="{"rowheader" if j == 0 else "cell"}" class="{cls()}" style="padding:4px;border-top:1px solid #dadce0;">'
            f'<div><div><span>{E(c)}</span></div></div></div>' for j, c in enumerate(row)) + "</div>")
    grid.append("</div>")
    parts.append("".join(grid))
    parts.append(p({"p": "(p) provisional", "star": "* provisional, subject to validation"}[marked.marker]))
    alt = (f"Chart: {', '.join(f.label for f in figs)} for {', '.join(quarter_name(q) for q in qs)}")
    parts.append(f'<div class="w1U4Wd" jscontroller="{cls()}"><div class="t3iYD"><img src="data:image/png;base64,'
                 f'{_chart_png(rng, figs)}" alt="{E(alt)}" class="CENy8b" style="width:100%;" '
                 f'data-src="https://docs.google.com/spreadsheets/d/e/2PACX-{cls()}{cls()}/pubchart?oid={rng.randint(10**8, 10**9)}&amp;format=image"></div></div>')
    extra, money = _extras(r, figs, q_end)
    for t in extra:
        parts.append(p(t))
    parts.append(h("Background"))
    for t in (thanks(r), other_member(r), background(r, 1)[0]):
        if t:
            parts.append(p(t))
    parts.append(h("Financial implications"))
    parts.append(p(money))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=2)
    parts.append(p(f"Scrutiny will look at this report on {long(nxt)}. {trap_lines(r, ['trap-phone'])[0]}"))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "agenda-item-number"}
    body = "\n".join(block(x, "padding:0 12px;") for x in parts)
    nav = ["Home", "Cabinet", "Council", "Scrutiny", "Portfolio reports", "Contact"]
    doc = f"""<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8"><script nonce="{cls()}">var DOCS_timing={{}}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="{cls()}">_docs_flag_initialData={{"docs-ails":"docs_warm","docs-fwds":"docs_sdf"}};</script><meta name="viewport" content="width=device-width, initial-scale=1"><meta itemprop="name" content="{E(r.title)}"><meta property="og:title" content="Hollinsfield Members' Portal - {E(r.title)}"><title>Hollinsfield Members' Portal - {E(r.title)}</title>{cls() and ""}<style nonce="{cls()}">.Kq6xbd{{font-family:Lato,Arial}} .tyJCtd{{word-break:break-word}}</style></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" class="Fx4vi wiI7pd" jsaction="rcuQ6b:WYd;"><div class="zDUgLc"></div><div class="LqzjUe" jsname="{cls()}">
<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" style="background-color:#0b4f6c;"><div class="Xpil1b xgQ6eb"><span class="QTKDff">Hollinsfield Members' Portal</span></div><nav class="JzO0Vc" role="navigation"><ul class="jYxBte">{"".join(f'<li class="VsJjtf"><div class="PsKE7e"><a class="aJHbb dk90Ob hDrhEe" href="/view/hbc-members/{x.lower().replace(" ", "-")}">{x}</a></div></li>' for x in nav)}</ul></nav></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section class="yaqOZd LB7kq nyKByd" id="h.{cls().lower()}" style=""><div class="IFuOkc" style="background-size:cover;background-position:center center;background-image:url(https://lh3.googleusercontent.com/{cls()}{cls()}=w16383);"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">
{body}
</div></div></div></div></div></section></div>
<div class="Xpil1b"><div class="dZA9kd" role="contentinfo"><div class="BbxBP"><p>Page updated {E(short_month(updated))}</p><p>Google Sites</p><p><a href="https://sites.google.com/view/hbc-members/abuse">Report abuse</a></p></div></div></div>
</div></div></body></html>
"""
    final.write_text(doc, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# members-bulletin-email
# =====================================================================================

def make_bulletin(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    date = meeting_date(r, [0, 1, 4, 2, 3][r.variant % 5])
    member = who(r, ["cllr-full", "full", "cllr-initial", "councillor-initial", "cllr-dot"][r.variant % 5])
    issue_day = r.meeting + dt.timedelta(days=rng.randint(2, 9))
    issue_no = rng.randint(12, 240)
    r.traits |= {"newsletter-email", "mailchimp", "layout-tables", "preheader", "view-in-browser",
                 "unsubscribe-footer", "trap-issue-date", "trap-sent-date", "html-page", "first-person"}
    td = 'style="padding:0 18px 9px;color:#202020;font-family:Helvetica;font-size:15px;line-height:150%;text-align:left;"'

    def row(inner: str) -> str:
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">'
                f'<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
                f'<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer">'
                f'<tbody><tr><td valign="top" class="mcnTextContent" {td}>{inner}</td></tr></tbody></table></td></tr></tbody></table>')

    blocks = [row(f'<h1 style="font-size:22px;color:#0b4f6c;">Members\' Information Bulletin</h1>'
                  f'<p>Issue {issue_no} &middot; {E(long(issue_day))}</p>'),
              row(f'<h2 style="font-size:18px;">In this issue</h2><ul><li>{E(PORTFOLIOS[r.portfolio])}: update from {E(member)}</li>'
                  f'<li>Ward budget deadline: {E(long(issue_day + dt.timedelta(days=rng.randint(10, 30))))}</li>'
                  f'<li>Member training: {E(rng.choice(["Planning", "Licensing", "Cyber security"]))}</li></ul>')]
    paras = [f"<h2 style=\"font-size:18px;\">{E(PORTFOLIOS[r.portfolio])}: an update from {E(member)}, {E(r.role)}</h2>",
             f"<p>Dear colleagues, my quarterly portfolio report went to {E(r.executive)} on {E(date)} (item {r.item}). "
             "For those who could not be there, here are the main points.</p>"]
    tk = thanks(r)
    if tk:
        paras.append(f"<p>{E(tk)}</p>")
    paras.append(f"<p><strong>Where we are at the end of {E(quarter_name(q_end, 'quarter'))}</strong> (the quarter to {E(long(q_end))}):</p><ul>")
    for f in figs:
        s = (f"{f.label}: <strong>{f.show()}</strong>" + (f" ({E(rate_words(f))})" if f.rate is not None else "")
             + f", against {f.show(f.history[1])} the quarter before and a target of {f.target}")
        if f.rate is not None:
            r.traits.add("rate-in-line")
        paras.append(f"<li>{s}</li>")
    paras.append("</ul>")
    extra, money = _extras(r, figs, q_end)
    paras += [f"<p>{E(t)}</p>" for t in extra]
    paras.append(f"<p>{E(money)}</p>")
    paras.append(f"<p>{E(r.executive)} was asked to:</p><ol type=\"a\">")
    its = items(r, "lower", "note the performance for the quarter")
    for i, it in enumerate(its):
        paras.append(f"<li>{E(it + ends(i, len(its)))}</li>")
        if i:
            r.commit(it + ends(i, len(its)))
    paras.append("</ol>")
    r.traits |= {"html-ordered-list", "auto-numbering"}
    om = other_member(r)
    if om:
        paras.append(f"<p>{E(om)}</p>")
    paras.append(f"<p>Any questions, please get in touch with {E(r.officer[0])} on {E(r.officer[2])}.</p><p>{E(member)}</p>")
    blocks.append(row("".join(paras)))
    blocks.append(row(f"<h2 style=\"font-size:18px;\">Dates for your diary</h2><p>Full Council: {E(long(r.meeting + dt.timedelta(weeks=rng.randint(2, 5), days=1)))}<br>"
                      f"Overview and Scrutiny: {E(long(r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)))}</p>"))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "agenda-item-number", "signature"}
    sent = dt.datetime.combine(issue_day, dt.time(rng.randint(7, 17), rng.randint(0, 59)))
    u = rng.randint(10**9, 10**10)
    doc = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Members' Information Bulletin - Issue {issue_no}</title>
<style type="text/css">p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} #outlook a{{padding:0;}} .ReadMsgBody{{width:100%;}} @media only screen and (max-width:480px){{ .mcnTextContent{{font-size:16px !important;}} }}</style>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">{E(PORTFOLIOS[r.portfolio])} update, ward budgets and training dates</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#FAFAFA;">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;">
<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td style="font-size:12px;color:#656565;text-align:right;padding:9px 18px;"><a href="https://us{rng.randint(2, 20)}.campaign-archive.com/?u={u}&amp;id={rng.randint(10**9, 10**10)}" target="_blank" style="color:#656565;">View this email in your browser</a></td></tr></table></td></tr>
<tr><td valign="top" id="templateHeader" style="background-color:#0b4f6c;padding:18px;"><img align="center" alt="{E(COUNCIL)}" src="https://mcusercontent.com/{u}/images/hbc-logo.png" width="240" style="max-width:240px;"></td></tr>
<tr><td valign="top" id="templateBody" style="background-color:#FFFFFF;">
{chr(10).join(blocks)}
</td></tr>
<tr><td valign="top" id="templateFooter" style="background-color:#FAFAFA;"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td style="padding:9px 18px;color:#656565;font-size:12px;line-height:150%;text-align:center;">
<em>Copyright &copy; {issue_day.year} {E(COUNCIL)}, All rights reserved.</em><br>
You are receiving this email because you are an elected member of {E(COUNCIL)}. This bulletin was sent on {sent:%d/%m/%Y at %H:%M}.<br><br>
<strong>Our mailing address is:</strong><br>Democratic Services, Civic Centre, Wharf Street, Hollinsfield HF1 2QT<br><br>
Want to change how you receive these emails?<br>You can <a href="https://hollinsfield.us{rng.randint(2, 20)}.list-manage.com/profile?u={u}" style="color:#656565;">update your preferences</a> or <a href="https://hollinsfield.us{rng.randint(2, 20)}.list-manage.com/unsubscribe?u={u}" style="color:#656565;">unsubscribe from this list</a>.<br>
<a href="http://www.mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter" title="Mailchimp"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp"></a>
</td></tr></table></td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table>
</center>
</body>
</html>
"""
    final.write_text(doc, encoding="utf-8")
    return Job(r, final, final, [])

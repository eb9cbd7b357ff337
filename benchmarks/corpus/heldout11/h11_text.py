"""Held-out-11 templates written as text (plain text, a raw e-mail, a web page):

  accessible-text-version   the accessible plain-text version of a Cabinet report: tables
                            linearised with markers ('[Table 1 begins: 5 columns, 6 rows]',
                            'Row 2: Children looked after; Q1 2019/20: 540; ...', '[Table 1
                            ends]'), images given as '[Image: ...]' alt text
  raw-email-qp              a member's portfolio update e-mailed to the committee clerk and
                            saved as .txt with its MIME headers: a quoted-printable body ('=20',
                            soft line breaks '=' at line ends, '=E2=80=99' for apostrophes) and
                            its HTML alternative
  localgov-drupal-page      the report published on a LocalGov Drupal council site: breadcrumbs,
                            'On this page' contents, accordion sections, 'Last updated', 'Was
                            this page helpful?' form
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h11_common import (Job, Report, ends, items, long, lookalike, meeting_date, noun, ordinal_long,
                        other_member, quarter, quarter_name, rate_short, rate_words, row_rate, slash, subcount,
                        thanks, trap_lines, who, wrap, cross, later, background, cap, ADDRESS, COMPARATORS)

ROMAN = ["i", "ii", "iii", "iv", "v"]


def _extras(r: Report, figs, q_end):
    """The paragraphs every report carries: a later figure, a sub-count, another council and
    another portfolio, money and a percentage (none of them figures but the later one)."""
    rng = r.rng
    out = []
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(3, 12)), rate=rng.random() < 0.5)
    if ext:
        r.figs.append(ext)
        t = f"Since the quarter ended the position has moved on: on {long(ext.as_of)} there were {ext.show()} {noun(rng, ext.key)}"
        out.append(t + (f" ({rate_words(ext)})." if ext.rate is not None else "."))
    g = rng.choice([f for f in figs if not f.percent] or figs)
    out.append(f"{subcount(r, g)} {trap_lines(r, ['trap-other-council'])[0]} {cross(r, q_end)}")
    money = f"{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-percent'])[0]}"
    return out, money


# =====================================================================================
# accessible-text-version
# =====================================================================================

def make_accessible(r: Report, final: Path, work: Path, lines_only: bool = False):
    rng = r.rng
    q_end, qs = quarter(r)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.9)
    r.figs = list(figs)
    starred = rng.choice(figs)
    starred.marker = "star"
    date = meeting_date(r, [2, 0, 4, 3, 1][r.variant % 5])
    member = who(r, ["full", "cllr-initial", "councillor-initial", "cllr-full"][r.variant % 4])
    L = [COUNCIL, "", f"{r.title.upper()}", "Accessible version (plain text)", "",
         f"Meeting: {r.executive}", f"Date of meeting: {date}", f"Agenda item: {r.item}",
         f"Report of: {member}, {r.role}", f"Lead officer: {r.officer[0]}, {r.officer[1]}",
         f"Telephone: {r.officer[2]}", "",
         wrap("About this version: this is the plain-text version of the report, for screen readers. "
              "Tables are written out one row at a time, each value after the name of its column. "
              "Pictures and charts are described in square brackets."), ""]
    r.traits |= {"agenda-item-number", "trap-phone", "plain-text", "cover-lines"}
    L += ["1. Purpose of the report", "",
          wrap(f"1.1 To report the performance of the {PORTFOLIOS[r.portfolio]} portfolio to the end of "
               f"{quarter_name(q_end, 'quarter')} ({long(q_end)}) and to ask {r.executive} to agree the "
               "recommendations below."), ""]
    L += ["2. Recommendations", "", f"2.1 It is recommended that {r.executive}:", ""]
    its = items(r, "lower", "note the performance of the portfolio set out in section 4")
    for i, it in enumerate(its):
        L.append(wrap(f"({ROMAN[i]}) {it}{ends(i, len(its))}", indent="      ", first="  "))
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"roman-items", "typed-numbering"}
    L += ["", "3. Background", ""]
    n = 1
    for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]):
        if t:
            L += [wrap(f"3.{n} {t}"), ""]
            n += 1
    L += ["4. Performance", "",
          wrap(f"4.1 Table 1 shows each indicator at the end of the last three quarters, with its "
               f"target. The latest quarter ended on {long(q_end)}."), ""]
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "performance-table", "linearised-table"}
    cols = ["Indicator"] + [quarter_name(q) for q in qs] + ["Target"]
    rows = []
    for f in figs:
        latest = f.show() + ("*" if f is starred else "")
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), latest, f.target])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append([row_rate(f)] + [f"{x:.1f}" for x in rr] + ["not set"])
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), [lab] + vals + ["not set"])
    L.append(f"[Table 1 begins: {len(cols)} columns, {len(rows) + 1} rows]")
    L.append("Row 1: " + "; ".join(cols))
    for k, row in enumerate(rows, 2):
        L.append(wrap(f"Row {k}: {row[0]}; " + "; ".join(f"{c}: {v}" for c, v in zip(cols[1:], row[1:])),
                      indent="  ", first=""))
    L += ["[Table 1 ends]", "* Provisional figure, to be confirmed when the year-end data are validated.", ""]
    f = rng.choice(figs)
    L += [wrap(f"[Image: Bar chart of {noun(rng, f.key)} at the end of each of the last three quarters: "
               f"{f.show(f.history[0])}, then {f.show(f.history[1])}, then {f.show()} at {long(q_end)}. "
               f"The dashed line is the target of {f.target}.]"), ""]
    r.traits |= {"alt-text", "asterisk-marker"}
    extra, money = _extras(r, figs, q_end)
    for k, t in enumerate(extra, 2):
        L += [wrap(f"4.{k} {t}"), ""]
    L += ["5. Financial implications", "", wrap(f"5.1 {money}"), ""]
    r.traits.add("implications")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(11, 15))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    L += ["6. Background papers", "", wrap(f"6.1 Quarterly performance report to {r.executive}, {long(prev)}."), "",
          "7. Next steps", "",
          wrap(f"7.1 The report will go to the Overview and Scrutiny Committee on {long(nxt)}, and the next "
               f"quarterly report to {r.executive} in {long(nxt + dt.timedelta(weeks=10))[3:].strip()}."), ""]
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    L += ["Contact", "", f"{r.officer[0]}, {r.officer[1]}", f"Telephone: {r.officer[2]}", f"Email: {r.officer[3]}",
          "", f"This version was made on {slash(r.report_date)}.",
          "If you need this report in another format, such as large print, Braille or another language, "
          "please contact us.", ""]
    r.traits.add("report-date-before-meeting-date")
    text = "\n".join(L)
    if lines_only:
        return text
    final.write_text(text, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# raw-email-qp
# =====================================================================================

def _qp_line(line: str, width: int = 76, soft_anywhere: bool = False) -> list[str]:
    """One line quoted-printable encoded: non-ASCII as =XX of its UTF-8 bytes, '=' as =3D, a
    trailing space as =20; lines longer than `width` broken with a soft '=' (at a space, as
    Outlook does, or anywhere for the HTML part)."""
    toks = []
    for ch in line:
        if ch == "=":
            toks.append("=3D")
        elif ord(ch) > 126 or (ord(ch) < 32 and ch != "\t"):
            toks.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
        else:
            toks.append(ch)
    if toks and toks[-1] in (" ", "\t"):
        toks[-1] = "=20" if toks[-1] == " " else "=09"
    out, cur, last_space = [], "", -1
    for t in toks:
        if len(cur) + len(t) > width - 1:
            if not soft_anywhere and last_space > 0:
                out.append(cur[: last_space + 1] + "=")
                cur = cur[last_space + 1:]
            else:
                out.append(cur + "=")
                cur = ""
            last_space = -1
        cur += t
        if t == " ":
            last_space = len(cur) - 1
    out.append(cur)
    return out


def qp(text: str, soft_anywhere: bool = False) -> str:
    return "\r\n".join(x for line in text.split("\n") for x in _qp_line(line, soft_anywhere=soft_anywhere))


def make_email(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs = quarter(r, (5, 30))
    r.report_date = r.meeting - dt.timedelta(days=rng.randint(6, 12))
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.8)
    r.figs = list(figs)
    m = r.member
    clerk = rng.choice(["Sarah Holroyd", "Gareth Pinder", "Michelle Oates", "Tom Ackroyd"])
    sent = dt.datetime.combine(r.report_date, dt.time(rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)))
    subj_date = [slash(r.meeting, short=True), f"{r.meeting.day:02d}.{r.meeting.month:02d}.{r.meeting.year % 100:02d}",
                 long(r.meeting)][r.variant % 3]
    r.traits |= [{"short-year-slash-date", "slash-date"}, {"dotted-date"}, set()][r.variant % 3]
    body_date = ordinal_long(r.meeting, weekday=True) if r.variant % 2 else long(r.meeting, weekday=True)
    r.traits |= {"weekday-date"} | ({"ordinal-date"} if r.variant % 2 else set())
    q = "\u2019"
    B = [f"Hi {clerk.split()[0]}, ", "",
         f"Please find below my portfolio update for {r.executive} on {body_date} \u2013 could you add it to "
         f"the agenda pack as item {r.item} under {r.title}? Sorry it{q}s a bit later than you asked for.", ""]
    r.traits.add("agenda-item-number")
    t = thanks(r)
    if t:
        B += [t, ""]
    B += [f"PERFORMANCE (quarter to {long(q_end)})", ""]
    r.traits |= {"figures-at-heading", "as-at-differs-from-meeting"}
    for f in figs:
        s = f"* {cap(noun(rng, f.key)) if not f.percent else f.label}: {f.show()} at {long(q_end)}"
        s += f" (last quarter {f.show(f.history[0])}"
        s += f"; {rate_short(f)})" if f.rate is not None else ")"
        if f.rate is not None:
            r.traits.add("rate-in-line")
        B += [s]
    r.traits |= {"earlier-period-in-sentence", "bulleted-figures"}
    lab, vals = lookalike(r, 1)
    B += [f"* {lab}: {vals[0]} (for information only, not a portfolio indicator)", ""]
    extra, money = _extras(r, figs, q_end)
    B += [" ".join(extra), "", money, ""]
    c = other_member(r)
    if c:
        B += [c, ""]
    B += [f"At the meeting I{q}ll be asking Cabinet colleagues to:", ""]
    its = items(r, "lower", "note the performance of the portfolio")
    for i, it in enumerate(its, 1):
        line = f"{i}. {it}"
        B.append(line)
        assert len(line) < 76, line
        if i > 1:
            r.commit(it)
    r.traits |= {"typed-numbering"}
    B += ["", f"Can you also remind members that the briefing for the Overview and Scrutiny Committee is "
              f"on {long(r.meeting + dt.timedelta(days=rng.randint(8, 20)))}.", "",
          "Thanks,", "", m.first, "", f"Councillor {m.name}", r.role, f"Mobile: 07700 9{rng.randint(10000, 99999)}",
          "", "--", "This e-mail and any files sent with it are confidential and intended only for the named "
          f"recipient. {COUNCIL} may monitor e-mail traffic. If you have received this e-mail in error "
          "please tell the sender and delete it.", ""]
    r.traits |= {"e-mail", "signature", "trap-phone", "trap-sent-date", "trap-other-meeting-date",
                 "report-date-before-meeting-date", "quoted-printable", "mime-headers", "member-surname-first"}
    plain = "\n".join(B)
    html_body = "".join(f"<p class=3D\"MsoNormal\">{html.escape(x)}</p>" if False else
                        f'<p class="MsoNormal">{html.escape(x) or "&nbsp;"}<o:p></o:p></p>\n' for x in B)
    html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB"><div class="WordSection1">\n'
                + html_body + "</div></body></html>")
    boundary = f"_000_{rng.randint(10**11, 10**12 - 1)}HFBCEXCH0{rng.randint(1, 9)}hollinsf_"
    mid = f"<{rng.randint(10**11, 10**12 - 1):x}{rng.randint(10**5, 10**6):x}@HFBCEXCH0{rng.randint(1, 9)}.hollinsfield.local>"
    addr = f"cllr.{m.first.lower()}.{m.surname.lower().replace(chr(39), '')}@{DOMAIN}"
    clerk_addr = clerk.lower().replace(" ", ".") + "@" + DOMAIN
    day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()]
    zone = "+0100" if 4 <= sent.month <= 10 else "+0000"
    headers = [
        f"Received: from HFBCEXCH0{rng.randint(1, 4)}.hollinsfield.local (10.20.{rng.randint(1, 254)}.{rng.randint(1, 254)}) by",
        f" HFBCEXCH01.hollinsfield.local (10.20.1.11) with Microsoft SMTP Server id 14.3.{rng.randint(100, 499)}.0;",
        f" {day}, {sent.day} {sent:%b %Y %H:%M:%S} {zone}",
        f"From: \"{m.surname}, {m.first} (Cllr)\" <{addr}>",
        f"To: \"{clerk}\" <{clerk_addr}>",
        f"CC: \"Democratic Services\" <democratic.services@{DOMAIN}>",
        f"Subject: Portfolio update for {r.executive} {subj_date} - {PORTFOLIOS[r.portfolio]}",
        f"Thread-Topic: Portfolio update for {r.executive} {subj_date} - {PORTFOLIOS[r.portfolio]}",
        f"Thread-Index: AdW{rng.randint(10**9, 10**10 - 1):x}==",
        f"Date: {day}, {sent.day} {sent:%b %Y %H:%M:%S} {zone}",
        f"Message-ID: {mid}",
        "Accept-Language: en-GB, en-US", "Content-Language: en-GB", "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0",
        f"Content-Type: multipart/alternative;\r\n\tboundary=\"{boundary}\"", ""]
    parts = [f"--{boundary}", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
             "", qp(plain), "", f"--{boundary}", 'Content-Type: text/html; charset="utf-8"',
             "Content-Transfer-Encoding: quoted-printable", "", qp(html_doc, soft_anywhere=True), "",
             f"--{boundary}--", ""]
    final.write_bytes("\r\n".join(headers + parts).encode("ascii"))
    return Job(r, final, final, [])


# =====================================================================================
# localgov-drupal-page
# =====================================================================================

def _slug(s: str) -> str:
    import re
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def make_drupal(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs = quarter(r)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.8)
    r.figs = list(figs)
    date = meeting_date(r, [0, 4, 1, 2, 3][r.variant % 5])
    member = who(r, ["cllr-initial", "cllr-full", "full", "cllr-dot", "councillor-initial"][r.variant % 5])
    updated = r.meeting + dt.timedelta(days=rng.randint(9, 60))
    e = html.escape
    sections = []

    def pane(title: str, body: str) -> None:
        sections.append((title, body))

    intro = (f"<p>This report went to {r.executive} on {e(date)} (agenda item {r.item}). It is a report of "
             f"{e(member)}, {e(r.role)}.</p>")
    r.traits |= {"agenda-item-number", "html-page", "accordion"}
    its = items(r, "third", "notes the performance of the portfolio")
    lis = "".join(f"<li>{e(it)}{ends(i, len(its))}</li>" for i, it in enumerate(its))
    for i, it in enumerate(its):
        if i:
            r.commit(it + ends(i, len(its)))
    pane("Recommendations", f"<p>That {r.executive}:</p><ol type=\"a\">{lis}</ol>")
    r.traits |= {"auto-numbering", "lettered-items"}
    bg = " ".join(x for x in (thanks(r), other_member(r)) if x)
    pane("Background", f"<p>{e(background(r, 1)[0])} {e(trap_lines(r, ['trap-years'])[0])}</p>"
                       + (f"<p>{e(bg)}</p>" if bg else ""))
    marked = rng.choice(figs)
    marked.marker = "sup"
    head = "".join(f"<th scope=\"col\">{quarter_name(q)}</th>" for q in qs)
    rows = []
    for f in figs:
        latest = e(f.show()) + ("<sup>1</sup>" if f is marked else "")
        rows.append(f"<tr><th scope=\"row\">{e(f.label)}</th><td>{f.show(f.history[0])}</td>"
                    f"<td>{f.show(f.history[1])}</td><td>{latest}</td><td>{e(f.target)}</td></tr>")
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append(f"<tr class=\"rate\"><th scope=\"row\">{e(row_rate(f))}</th>"
                        + "".join(f"<td>{x:.1f}</td>" for x in rr) + "<td></td></tr>")
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), f"<tr><th scope=\"row\">{e(lab)}</th>"
                + "".join(f"<td>{v}</td>" for v in vals) + "<td>-</td></tr>")
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "performance-table", "superscript-marker"}
    extra, money = _extras(r, figs, q_end)
    pane("Performance", f"<p>The table shows each indicator at the end of the last three quarters. The latest "
                        f"quarter ended on {long(q_end)}.</p>"
                        f"<div class=\"table-container\"><table><caption>Portfolio indicators</caption><thead><tr>"
                        f"<th scope=\"col\">Indicator</th>{head}<th scope=\"col\">Target</th></tr></thead><tbody>"
                        + "".join(rows) + "</tbody></table></div>"
                        "<p class=\"table-note\"><sup>1</sup> Provisional figure.</p>"
                        + "".join(f"<p>{e(x)}</p>" for x in extra))
    pane("Financial implications", f"<p>{e(money)}</p>")
    r.traits.add("implications")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(10, 16))
    pane("Background papers", f"<ul><li><a href=\"/council-meetings/cabinet-{prev:%Y-%m-%d}\">Quarterly performance "
                              f"report, {r.executive}, {long(prev)}</a></li></ul>")
    r.traits.add("trap-other-meeting-date")
    toc = "".join(f"<li><a href=\"#{_slug(t)}\">{e(t)}</a></li>" for t, _ in sections)
    panes = "".join(
        f"<div class=\"accordion-pane\"><h2 class=\"accordion-pane__title\" id=\"{_slug(t)}\">"
        f"<button aria-expanded=\"false\" aria-controls=\"pane-{k}\">{e(t)}</button></h2>"
        f"<div class=\"accordion-pane__content\" id=\"pane-{k}\" hidden>{b}</div></div>\n"
        for k, (t, b) in enumerate(sections, 1))
    crumbs = ("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li>"
              "<li><a href=\"/council-and-democracy\">Council and democracy</a></li>"
              "<li><a href=\"/council-and-democracy/cabinet-reports\">Cabinet reports</a></li>"
              f"<li>{e(r.title)}</li></ol></nav>")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{e(r.title)} | {COUNCIL}</title>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?s{rng.randint(100000, 999999)}">
<script src="/core/misc/drupal.js?v=10.1.6"></script>
</head>
<body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header"><div class="lgd-container"><a href="/" class="lgd-header__logo" rel="home">
<img src="/sites/default/files/logo.svg" alt="{COUNCIL} home page"></a>
<form class="localgov-search-form" action="/search" method="get"><label for="edit-s" class="visually-hidden">Search</label>
<input type="search" id="edit-s" name="s" placeholder="Search"><button type="submit">Search</button></form>
<nav class="lgd-header__nav" aria-label="Main"><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/jobs">Jobs</a></li></ul></nav></div></header>
<div class="lgd-container">{crumbs}</div>
<main class="main" id="main-content" role="main"><div class="lgd-container">
<article class="localgov-services-page"><h1 class="lgd-page-title-block__title">{e(r.title)}</h1>
<div class="lgd-page-title-block__summary"><p>Quarterly report to {r.executive} on the {e(PORTFOLIOS[r.portfolio])} portfolio.</p></div>
<nav class="localgov-page-contents" aria-labelledby="page-contents-title"><h2 id="page-contents-title">On this page</h2><ul>{toc}</ul></nav>
<div class="field--name-body">{intro}</div>
<div class="localgov-accordion" data-localgov-accordion><button class="accordion-toggle-all">Open all sections</button>
{panes}</div>
<div class="lgd-page-meta"><p>Last updated: {long(updated)}</p></div>
</article>
<section class="localgov-page-feedback"><h2>Was this page helpful?</h2>
<form action="/page-feedback" method="post"><fieldset><legend>Was this page helpful?</legend>
<input type="radio" id="fb-yes" name="helpful" value="yes"><label for="fb-yes">Yes</label>
<input type="radio" id="fb-no" name="helpful" value="no"><label for="fb-no">No</label></fieldset>
<label for="fb-more">How could we improve this page? (Do not include personal information.)</label>
<textarea id="fb-more" name="more" maxlength="500"></textarea><button type="submit">Send feedback</button></form></section>
</div></main>
<footer class="lgd-footer"><div class="lgd-container"><p>{COUNCIL}, {ADDRESS}</p>
<p>Telephone: 01632 95{rng.randint(1000, 9999)}</p><p>Contact: {e(r.officer[0])}, {e(r.officer[1])}, {e(r.officer[3])}</p>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookies</a></li></ul><p>&copy; {updated.year} {COUNCIL}</p></div></footer>
</div>
<script src="/modules/contrib/localgov_paragraphs/modules/localgov_accordion/js/localgov-accordion.js"></script>
</body>
</html>
"""
    r.traits |= {"trap-page-updated-date", "trap-phone", "site-navigation", "feedback-form", "page-contents"}
    final.write_text(page, encoding="utf-8")
    return Job(r, final, final, [])

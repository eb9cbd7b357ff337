"""Held-out-10 templates written as web pages and as plain text:

  outlook-email-htm      a Cabinet Member's e-mail to all members with the portfolio update,
                         saved from Outlook as a web page: Word's HTML (MsoNormal classes,
                         <o:p>, conditional comments, a VML logo, lists drawn with
                         <![if !supportLists]>), the From / Sent / To / Subject block, a small
                         table of the figures, the decisions the member will ask Cabinet for,
                         dates for the diary, a signature, a disclaimer, a colleague's quoted
                         question
  open-data-portal-page  a council open-data portal's dataset page (CKAN-like) that is the
                         published record of a portfolio report's figures: breadcrumbs,
                         metadata table (licence, temporal coverage, created and last-updated
                         dates), a data preview with one column per quarter, 'Download CSV'
                         links, the decisions the report led to, views and downloads, a
                         related dataset of another portfolio
  council-transcript     a verbatim transcript of a full Council meeting made from the webcast:
                         time codes, speakers in capitals, the Mayor's rulings on points of
                         order, interruptions, the Cabinet Member presenting the portfolio
                         report with figures quoted in speech, questions, an amendment that
                         falls, and the motion as agreed
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job, last_quarter_end, quarter_name, quarters_back
from h8_words import COMPARATORS, WARDS
from h10_common import (Report, background, cap, colleague, cross, later, long, lookalike, member_text, noun,
                        ordinal_long, rate_words, row_rate, short_month, slash, subcount, trap_lines)
from h10_words import HECKLERS, MAYORS, decision

E = html.escape
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


# =====================================================================================
# outlook-email-htm
# =====================================================================================

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{stem}_files/filelist.xml">
<link rel=Edit-Time-Data href="{stem}_files/editdata.mso">
<!--[if !mso]>
<style>
v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style>
<![endif]-->
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:LastAuthor>{author}</o:LastAuthor>
  <o:Created>{created}</o:Created>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.EmailStyle18
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1418943817;
	mso-list-type:hybrid;}}
@list l0:level1
	{{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}}
-->
</style>
<!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1" />
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>
"""


def _p(text: str, style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{st}>{text}<o:p></o:p></p>\n"


def _blank() -> str:
    return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"


def _li(n: str, text: str, lfo: int = 1) -> str:
    return (f"<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo{lfo}'>"
            f"<![if !supportLists]><span style='mso-list:Ignore'>{n}<span style='font:7.0pt \"Times New Roman\"'>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{text}<o:p></o:p></p>\n")


def make_email(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 35)))
    qs = quarters_back(q_end, 2)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.8)
    r.figs = list(figs)
    m = r.member
    form = ["cllr-full", "full", "cllr-initial", "cllr-full", "cllr-dot"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    sent = dt.datetime.combine(r.meeting - dt.timedelta(days=rng.randint(3, 8)),
                               dt.time(rng.randint(7, 22), rng.randint(0, 59)))
    dform = r.variant % 3
    subj_date = [slash(r.meeting, short=True), long(r.meeting), short_month(r.meeting, weekday=True)][dform]
    r.traits |= [{"slash-date", "short-year-slash-date"}, set(), {"weekday-date", "abbreviated-weekday"}][dform]
    subject = f"{PORTFOLIOS[r.portfolio]} portfolio update - {r.executive} {subj_date} (item {r.item})"
    addr = f"{m.first.lower()}.{m.surname.lower().replace(' ', '').replace(chr(39), '')}@{DOMAIN}"
    r.traits |= {"e-mail", "mso-html", "vml", "conditional-comments", "sent-date", "agenda-item-number",
                 "trap-sent-date", "html-page"}
    out = [HEAD.format(stem=final.stem, title=E(subject), author=E(m.name),
                       created=f"{sent:%Y-%m-%dT%H:%M:00Z}")]
    out.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n")
    for lab, val in (("From:", f"{m.surname}, {m.first} (Cllr) &lt;{addr}&gt;"),
                     ("Sent:", f"{sent:%A}, {sent.day} {sent:%B %Y} {sent:%H:%M}"),
                     ("To:", f"All Members &lt;allmembers@{DOMAIN}&gt;"),
                     ("Cc:", f"{E(r.officer[0])} &lt;{E(r.officer[3])}&gt;"),
                     ("Subject:", E(subject))):
        out.append(f" <tr><td valign=top style='padding:0cm 5.4pt 0cm 0cm'><p class=MsoNormal><b>{lab}</b>"
                   f"<o:p></o:p></p></td><td style='padding:0cm'><p class=MsoNormal>{val}<o:p></o:p></p></td></tr>\n")
    out.append("</table>\n")
    out.append(_blank())
    out.append(_p("Dear colleagues,"))
    out.append(_blank())
    when = [f"on {long(r.meeting, weekday=True)}", f"next {r.meeting:%A} ({slash(r.meeting)})",
            f"on {ordinal_long(r.meeting, weekday=True)}"][r.variant % 3]
    out.append(_p(f"Ahead of {r.executive} {when}, where I will present my portfolio report ({E(r.title)}, agenda "
                  f"item {r.item}), I wanted to share the headline figures with all members so you have them "
                  "before the papers are debated."))
    out.append(_blank())
    if r.predecessor:
        out.append(_p(f"Before I start, thank you again to Cllr {E(r.predecessor.name)}, whose work in this portfolio "
                      "I am building on."))
        out.append(_blank())
        r.traits.add("predecessor-thanked")
    out.append(_p(f"<b>Where we are at the end of {q_end:%B %Y}<o:p></o:p></b>".replace("<o:p></o:p></b>", "</b>")))
    r.traits |= {"figures-at-heading", "period-columns", "performance-table", "rate-column"}
    rows = [["Measure", f"{qs[0]:%b-%y}", f"{qs[1]:%b-%y}", "Rate", "Trend"]]
    for f in figs:
        rate = f"{f.rate:.1f} per {f.metric.rate_per:,}" if f.rate is not None else ""
        trend = ("&#8593;" if f.value > f.history[0] else "&#8595;")
        rows.append([E(f.label), f.show(f.history[0]), f"<b>{f.show()}</b>", rate, trend])
    lab, vals = lookalike(r, 2)
    rows.insert(rng.randint(2, len(rows)), [E(lab), vals[0], vals[1], "", ""])
    out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
               "border:none;mso-border-alt:solid windowtext .5pt'>\n")
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            align = " align=right style='text-align:right'" if j else ""
            c = f"<b>{c}</b>" if i == 0 else c
            cells.append(f"<td width={150 if j == 0 else 70} valign=top style='border:solid windowtext 1.0pt;"
                         f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal{align}>{c}<o:p></o:p></p></td>")
        out.append(f" <tr style='mso-yfti-irow:{i}'>" + "".join(cells) + "</tr>\n")
    out.append("</table>\n")
    out.append(_p("<span style='font-size:9.0pt;color:#595959'>Rates are per 10,000 (children), per 1,000 (adults, "
                  "households) or per 100,000 population as in the quarterly dashboard.</span>"))
    out.append(_blank())
    ext = later(r, figs, sent.date() - dt.timedelta(days=rng.randint(1, 4)), rate=rng.random() < 0.5)
    if ext:
        r.figs.append(ext)
        txt = f"The latest weekly count, on {long(ext.as_of)}, was {ext.show()} {E(noun(rng, ext.key))}"
        txt += f" ({E(rate_words(ext))})." if ext.rate is not None else "."
        out.append(_p(txt))
        if ext.rate is not None:
            r.traits.add("rate-in-line")
        out.append(_blank())
    g = rng.choice([f for f in figs if not f.percent] or figs)
    out.append(_p(E(f"{subcount(r, g)} {trap_lines(r, ['trap-other-council'])[0]}")))
    out.append(_blank())
    out.append(_p(f"At {r.executive} I will be asking colleagues to:"))
    for i, d in enumerate(r.decisions):
        it = decision(d, "lower")
        tail = "; and" if i == len(r.decisions) - 2 else ";" if i < len(r.decisions) - 1 else "."
        out.append(_li(f"{i + 1}.", E(it + tail)))
        r.commit(it + tail)
    r.traits |= {"lead-in", "auto-numbering", "mso-list"}
    out.append(_blank())
    out.append(_p(E(f"{trap_lines(r, ['trap-money'])[0]} {cross(r, q_end)}")))
    out.append(_blank())
    out.append(_p("<b>Dates for your diary</b>".replace("</b>", "</b>")))
    diary = [(r.meeting + dt.timedelta(days=rng.randint(12, 30)), "Overview and Scrutiny Committee"),
             (r.meeting + dt.timedelta(days=rng.randint(35, 60)), "Full Council")]
    for d, body in diary:
        out.append(_p(f"&#8226;&nbsp;&nbsp;{body}: {long(d, weekday=True)}, 6.30pm, Council Chamber"))
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date"}
    out.append(_blank())
    out.append(_p("As ever, do get in touch if you have any questions about your ward."))
    out.append(_blank())
    out.append(_p("Best wishes,"))
    out.append(_p(E(m.first)))
    out.append(_blank())
    # the signature, with the logo drawn in VML and as an image for other readers
    out.append("<p class=MsoNormal><!--[if gte vml 1]><v:shapetype id=\"_x0000_t75\" coordsize=\"21600,21600\" "
               "o:spt=\"75\" o:preferrelative=\"t\" path=\"m@4@5l@4@11@9@11@9@5xe\" filled=\"f\" stroked=\"f\">"
               "<v:stroke joinstyle=\"miter\"/></v:shapetype><v:shape id=\"Picture_x0020_1\" o:spid=\"_x0000_i1025\" "
               "type=\"#_x0000_t75\" style='width:90pt;height:30pt'><v:imagedata src=\"" + final.stem +
               "_files/image001.png\" o:title=\"\"/></v:shape><![endif]--><![if !vml]><img width=120 height=40 "
               "src=\"" + final.stem + "_files/image001.png\" alt=\"Hollinsfield Borough Council\" "
               "v:shapes=\"Picture_x0020_1\"><![endif]><o:p></o:p></p>\n")
    out.append(_p(f"<b>{E(who)}</b>"))
    out.append(_p(E(r.role)))
    out.append(_p(f"{E(COUNCIL)} | Mobile 07700 9{rng.randint(10000, 99999)} | {addr}"))
    r.traits |= {"signature", "trap-phone"}
    out.append(_blank())
    out.append(_p("<span style='font-size:8.0pt;color:gray'>This e-mail and any files transmitted with it are "
                  f"confidential and intended solely for the addressee. If you have received it in error please call "
                  f"01632 93{rng.randint(1000, 9999)}. {E(COUNCIL)} may monitor e-mail traffic.</span>"))
    col = colleague(r)
    if col:
        asked = sent - dt.timedelta(days=rng.randint(2, 6), hours=rng.randint(1, 5))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n")
        out.append(_p(f"<b>From:</b> {E(col[0].surname)}, {E(col[0].first)} (Cllr) <br><b>Sent:</b> "
                      f"{asked:%d %B %Y %H:%M}<br><b>To:</b> {E(m.surname)}, {E(m.first)} (Cllr)<br><b>Subject:</b> "
                      f"{PORTFOLIOS[r.portfolio]} figures"))
        out.append("</div>\n")
        out.append(_blank())
        out.append(_p(f"Hi {E(m.first)}, could your next update say how {rng.choice(WARDS)} compares with the rest "
                      f"of the borough? Thanks, {E(col[0].first)}"))
        out.append(_p(f"{E(col[0].name)}, {E(PORTFOLIOS[col[1]])}"))
        r.traits |= {"other-member-named", "quoted-message"}
    out.append("\n</div>\n\n</body>\n\n</html>\n")
    final.write_text("".join(out), encoding="utf-8", newline="\r\n")
    return Job(r, final, final, [])


# =====================================================================================
# open-data-portal-page
# =====================================================================================

PORTAL_CSS = """body{font-family:"Helvetica Neue",Arial,sans-serif;margin:0;color:#333}
.masthead{background:#1e4d7b;color:#fff;padding:10px 20px}.masthead a{color:#fff}
.toolbar .breadcrumb{list-style:none;padding:8px 20px;margin:0;background:#f6f6f6}.breadcrumb li{display:inline}
.breadcrumb li+li:before{content:" / "}.wrapper{display:flex;gap:24px;padding:16px 20px}
aside.secondary{width:25%}.primary{width:75%}table.table{border-collapse:collapse}
table.table td,table.table th{border:1px solid #ddd;padding:4px 8px}.label{background:#eee;border-radius:3px;padding:1px 5px}
.resource-item{margin:6px 0}.btn{border:1px solid #1e4d7b;padding:2px 8px;border-radius:3px;text-decoration:none}"""


def _slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-").replace("--", "-")


def make_portal(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 35)))
    qs = quarters_back(q_end, 4)
    figs = r.draw(rng.randint(3, 5), q_end, n_history=3, rates=0.9)
    r.figs = list(figs)
    form = ["cllr-initial", "cllr-full", "full", "cllr-dot"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    port = PORTFOLIOS[r.portfolio]
    qn = quarter_name(q_end)
    ds = _slug(f"{port} portfolio indicators {qn}")
    created = r.meeting + dt.timedelta(days=rng.randint(2, 9))
    updated = created + dt.timedelta(days=rng.randint(15, 70))
    meet = [long(r.meeting), long(r.meeting, weekday=True), slash(r.meeting)][r.variant % 3]
    r.traits |= [set(), {"weekday-date"}, {"slash-date"}][r.variant % 3]
    r.traits |= {"open-data", "html-page", "dataset-metadata", "licence", "download-links", "site-navigation",
                 "period-columns", "performance-table", "figures-at-heading", "trap-page-updated-date",
                 "trap-publication-date", "iso-dates", "agenda-item-number", "asterisk-marker"}
    title = f"{port} portfolio indicators, {qn}"
    o = [f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)} - Datasets - "
         f"Hollinsfield Open Data</title>\n<meta name=\"generator\" content=\"ckan 2.9.5\">\n"
         f"<link rel=\"alternate\" type=\"application/rdf+xml\" href=\"/dataset/{ds}.rdf\">\n"
         f"<style>{PORTAL_CSS}</style>\n</head>\n<body>\n"]
    o.append("<header class=\"masthead\"><a class=\"logo\" href=\"/\">Hollinsfield Open Data</a> "
             "<nav><a href=\"/dataset/\">Datasets</a> <a href=\"/organization/\">Organisations</a> "
             "<a href=\"/group/\">Groups</a> <a href=\"/about\">About</a></nav>"
             "<form class=\"site-search\" action=\"/dataset/\"><input name=\"q\" placeholder=\"Search datasets\"></form>"
             "</header>\n")
    o.append(f"<div class=\"toolbar\"><ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li>"
             f"<li><a href=\"/organization/\">Organisations</a></li><li><a href=\"/organization/hollinsfield-bc\">"
             f"{E(COUNCIL)}</a></li><li class=\"active\"><a href=\"/dataset/{ds}\">{E(title[:35])}...</a></li></ol></div>\n")
    o.append("<div class=\"wrapper\">\n<aside class=\"secondary\">\n<section class=\"module\"><h2>Organisation</h2>"
             f"<p>{E(COUNCIL)}</p><p>Performance and Intelligence Team publishes the council's quarterly indicators "
             "as open data.</p></section>\n")
    o.append("<section class=\"module\"><h2>Social</h2><ul><li>Twitter</li><li>Facebook</li></ul></section>\n")
    o.append("<section class=\"module\"><h2>License</h2><p><a href=\"http://www.nationalarchives.gov.uk/doc/"
             "open-government-licence/version/3/\">Open Government Licence 3.0 (United Kingdom)</a></p>"
             "<p>[Open Data]</p></section>\n</aside>\n")
    o.append("<div class=\"primary\">\n<article class=\"module\">\n")
    o.append(f"<h1>{E(title)}</h1>\n")
    tags = [port.split()[0], "performance", "quarterly", "Cabinet"]
    pred = ""
    if r.predecessor:
        pred = (f" Earlier quarters were reported by Councillor {E(r.predecessor.name)}, the previous holder of "
                "the portfolio.")
        r.traits.add("predecessor-thanked")
    o.append(f"<div class=\"notes embedded-content\"><p>The indicators reported to {r.executive} on {E(meet)} "
             f"(agenda item {r.item}) in the report <em>{E(r.title)}</em> of the {E(r.role)}, {E(who)}. "
             f"This dataset is the council's published record of the report's figures and of the decisions "
             f"taken on it.{pred}</p>\n<p>Figures are at the end of each quarter; the latest quarter is {E(qn)} "
             f"(to {long(q_end)}). Rates use the ONS mid-year population estimates.</p></div>\n")
    o.append("<ul class=\"tag-list\">" + "".join(f"<li><a class=\"tag\" href=\"/dataset/?tags={E(x)}\">{E(x)}</a></li>"
                                               for x in tags) + "</ul>\n")
    # resources
    o.append("<section id=\"dataset-resources\" class=\"resources\"><h2>Data and Resources</h2>\n<ul class=\"resource-list\">\n")
    for fmt, size in (("CSV", f"{rng.randint(1, 4)}.{rng.randint(1, 9)} KB"), ("JSON", f"{rng.randint(3, 9)}.{rng.randint(1, 9)} KB"),
                      ("XLSX", f"{rng.randint(9, 14)}.{rng.randint(1, 9)} KB")):
        fn = f"{ds}.{fmt.lower()}"
        o.append(f"<li class=\"resource-item\"><a class=\"heading\" href=\"/dataset/{ds}/resource/{fn}\">{E(fn)} "
                 f"<span class=\"format-label\">{fmt}</span></a> <span class=\"size\">{size}</span> "
                 f"<a class=\"btn\" href=\"/dataset/{ds}/resource/download/{fn}\">Download {fmt}</a></li>\n")
    o.append("</ul></section>\n")
    # data preview
    star = rng.choice(figs)
    o.append(f"<section class=\"resource-view\"><h2>Data preview: {E(ds)}.csv</h2>\n"
             "<table class=\"table table-striped\">\n<thead><tr><th>indicator</th><th>unit</th>"
             + "".join(f"<th>{E(quarter_name(q))}</th>" for q in qs) + "<th>target</th></tr></thead>\n<tbody>\n")
    rows = []
    for f in figs:
        vals = [f.show(v, comma=False) for v in f.history] + [f.show(comma=False)]
        if f is star:
            vals[-1] += "*"
            f.marker = "star"
        unit = "percent" if f.percent else f.metric.unit
        rows.append(f"<tr><td>{E(f.label)}</td><td>{E(unit)}</td>" + "".join(f"<td>{v}</td>" for v in vals)
                    + f"<td>{E(f.target)}</td></tr>")
        if f.rate is not None:
            rr = [f.rate_at(v, q) for v, q in zip(f.history, qs)] + [f.rate]
            rows.append(f"<tr><td>{E(f.label)} - {E(row_rate(f))}</td><td>rate</td>"
                        + "".join(f"<td>{x:.1f}</td>" for x in rr) + "<td></td></tr>")
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 4)
    rows.insert(rng.randint(1, len(rows)), f"<tr><td>{E(lab)}</td><td>count</td>" + "".join(
        f"<td>{v.replace(',', '')}</td>" for v in vals) + "<td></td></tr>")
    o.append("\n".join(rows))
    o.append("\n</tbody></table>\n<p class=\"note\">* provisional: to be confirmed in the next release. Showing "
             f"{len(rows)} of {len(rows)} rows.</p></section>\n")
    r.traits |= {"target-column", "numbers-without-commas"}
    # decisions
    o.append(f"<section class=\"additional-info decisions\"><h3>Decisions</h3><p>{r.executive} resolved:</p>\n<p>")
    items = ["to note the quarterly performance position"] + [decision(d, "to") for d in r.decisions]
    parts = []
    for i, it in enumerate(items):
        tail = "; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else "."
        parts.append(f"({ROMAN[i]}) {E(it + tail)}")
        if i:
            r.commit(it + tail)
    o.append("<br>\n".join(parts) + "</p></section>\n")
    r.traits |= {"roman-items", "lead-in", "standing-resolution", "resolved-wording"}
    # additional info
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(1, 6)))
    info = [("Source", f"Report to {r.executive}, {meet}, item {r.item}"),
            ("Author", f"{r.officer[0]}, {r.officer[1]}"), ("Maintainer", f"performance@{DOMAIN}"),
            ("Version", f"1.{rng.randint(0, 4)}"), ("State", "active"),
            ("Temporal coverage", f"{(qs[0] - dt.timedelta(days=85)).replace(day=1).isoformat()} to {q_end.isoformat()}"),
            ("Update frequency", "Quarterly"), ("Spatial coverage", "Hollinsfield (E06000099)"),
            ("Created", f"{created:%B %d, %Y}"),
            ("Last Updated", f"{updated:%B %d, %Y}, {rng.randint(8, 17)}:{rng.randint(10, 59)} (UTC+00:00)"),
            ("Views (last 30 days)", str(rng.randint(40, 400))), ("Downloads", str(rng.randint(5, 90)))]
    if ext:
        r.figs.append(ext)
        info.insert(5, ("Latest weekly figure", f"{ext.show()} {noun(rng, ext.key)} at {long(ext.as_of)} "
                                                "(management information, not in the CSV)"))
    o.append("<section class=\"additional-info\"><h3>Additional Info</h3><table class=\"table\"><thead><tr>"
             "<th>Field</th><th>Value</th></tr></thead><tbody>\n")
    for k, v in info:
        o.append(f"<tr><th class=\"dataset-label\">{E(k)}</th><td class=\"dataset-details\">{E(v)}</td></tr>\n")
    o.append("</tbody></table></section>\n")
    # related
    m_, v_ = cross(r, q_end, pair=True)
    col = colleague(r)
    o.append("<section class=\"related\"><h3>Related datasets</h3><ul>"
             f"<li><a href=\"/dataset/{_slug(PORTFOLIOS[m_.portfolio])}\">{E(PORTFOLIOS[m_.portfolio])} portfolio "
             f"indicators, {E(qn)}</a>: {E(m_.label)} {v_:,} at {long(q_end)}</li>"
             f"<li>{E(trap_lines(r, ['trap-other-council'])[0])}</li></ul></section>\n")
    if col:
        o.append(f"<section class=\"activity\"><h3>Activity stream</h3><p>Comment from Cllr {E(col[0].name)} "
                 f"({E(PORTFOLIOS[col[1]])}): please add the ward breakdown. {rng.randint(2, 9)} days ago</p></section>\n")
        r.traits.add("other-member-named")
    o.append("</article>\n</div>\n</div>\n<footer class=\"site-footer\"><p>Powered by CKAN. "
             f"Content licensed under the Open Government Licence v3.0. Contact: 01632 93{rng.randint(1000, 9999)}.</p>"
             "<p><a href=\"/api/3/action/package_show?id=" + ds + "\">API</a></p></footer>\n</body>\n</html>\n")
    r.traits |= {"trap-phone", "trap-cross-portfolio", "trap-other-council"}
    final.write_text("".join(o), encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# council-transcript
# =====================================================================================

def _say(out: list[str], who: str, text: str) -> None:
    out.append(textwrap.fill(" ".join(text.split()), width=78, initial_indent=f"{who}: ", subsequent_indent="    ",
                             break_on_hyphens=False, break_long_words=False))
    out.append("")


def _spoken(f) -> str:
    return f"{f.value:.1f} per cent" if f.percent else f.show()


def transcript_lines(r: Report) -> list[str]:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 40)))
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.7)
    r.figs = list(figs)
    m = r.member
    mayor = rng.choice(MAYORS)
    madam = "Madam Mayor" if mayor.split()[1] in ("Margaret", "Yasmin") else "Mr Mayor"
    heck = rng.sample(HECKLERS, 3)
    me = f"CLLR {m.surname.upper()}"
    start = dt.timedelta(hours=rng.randint(0, 1), minutes=rng.randint(5, 55), seconds=rng.randint(0, 59))

    def tc(extra: int) -> str:
        s = int((start + dt.timedelta(seconds=extra)).total_seconds())
        return f"[{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}]"

    dform = r.variant % 3
    meet = [long(r.meeting, weekday=True), ordinal_long(r.meeting, weekday=True), long(r.meeting)][dform]
    r.traits |= [{"weekday-date"}, {"weekday-date", "ordinal-date"}, set()][dform]
    r.traits |= {"transcript", "speaker-names", "time-codes", "interruptions", "mayor-rulings", "plain-text",
                 "figures-in-speech", "amendment-lost", "agenda-item-number", "upper-case-speakers",
                 "member-surname-only"}
    out = [COUNCIL.upper(), "", "MEETING OF THE COUNCIL", "",
           "Held in the Council Chamber, Civic Centre, Hollinsfield", f"on {meet} at 6.30 pm", "",
           "VERBATIM TRANSCRIPT", "",
           "Transcribed from the webcast recording. Time codes are from the start of the",
           "recording. This transcript is not the formal record of the meeting: the",
           "minutes, once approved, are.", "",
           f"In the Chair: The Mayor ({mayor})", f"Members present: {rng.randint(38, 52)}", "",
           "-" * 78, ""]
    out.append(f"{tc(0)}")
    out.append(f"ITEM {r.item}. PORTFOLIO REPORT OF THE {r.role.upper()}")
    out.append("")
    _say(out, "THE MAYOR", f"Thank you, members. We now come to item {r.item}, the report of the {r.role}. "
                           f"Councillor {m.surname}, you have ten minutes to introduce your report.")
    q = "the thirtieth" if q_end.day == 30 else "the thirty-first"
    lead = f"the end of {q_end:%B}, {q} of {q_end:%B} {q_end.year}"
    f0 = figs[0]
    speech = (f"Thank you, {madam}. Colleagues, my report is in your papers and I will not read it all out. "
              f"I want to pick out the figures at {lead}. " +
              (f"At that date {f0.label} stood at {_spoken(f0)}" if f0.percent else
               f"At that date there were {_spoken(f0)} {noun(rng, f0.key)}"))
    if f0.rate is not None:
        speech += f", which is {f0.rate:.1f} per {f0.metric.rate_per:,} {rate_words(f0).split(' ', 3)[3]}"
        r.traits.add("rate-in-line")
    before = f"{f0.history[0]:.1f} per cent" if f0.percent else f0.show(f0.history[0])
    speech += f". That compares with {before} three months earlier."
    _say(out, me, speech)
    r.traits |= {"figures-at-heading", "earlier-period-in-sentence"}
    _say(out, f"CLLR {heck[0].split()[1].upper()}", "(from his seat) And whose fault is that?")
    out.append("[Interruption]")
    out.append("")
    _say(out, "THE MAYOR", f"Order, order. Councillor {heck[0].split()[1]}, you will have your chance to speak. "
                           f"Councillor {m.surname}, please carry on.")
    parts = []
    for f in figs[1:]:
        s = f"{cap(noun(rng, f.key)) if not f.percent else cap(f.label)} stood at {_spoken(f)}"
        if f.rate is not None:
            s += f", or {f.rate:.1f} per {f.metric.rate_per:,}"
            r.traits.add("rate-in-line")
        parts.append(s + ".")
    _say(out, me, f"Thank you, {madam}. At the same date: " + " ".join(parts)
         + f" {background(r, 1)[0]}")
    if r.predecessor:
        _say(out, me, f"I want to put on record my thanks to Councillor {r.predecessor.name}, who held this "
                      "portfolio before me and started much of this work.")
        r.traits.add("predecessor-thanked")
    _say(out, f"CLLR {heck[1].split()[1].upper()}", f"Point of order, {madam}. The Cabinet Member is quoting figures "
                                                    "that are not in the printed report.")
    _say(out, "THE MAYOR", "That is not a point of order, Councillor. The Cabinet Member may refer to any figures "
                           "she or he wishes to in introducing the report. Please sit down.")
    r.traits.add("point-of-order")
    ext = later(r, figs, r.meeting - dt.timedelta(days=rng.randint(4, 8)))
    txt = f"I am grateful, {madam}. For the avoidance of doubt, "
    if ext:
        r.figs.append(ext)
        txt += (f"the latest figure I have, from last {ext.as_of:%A}, {ext.as_of.day} {ext.as_of:%B}, is "
                f"{ext.show()} {noun(rng, ext.key)}. ")
    txt += f"{trap_lines(r, ['trap-other-council'])[0]} {trap_lines(r, ['trap-money'])[0]} "
    txt += f"{madam}, I move the recommendations in my report."
    _say(out, me, txt)
    col = colleague(r)
    seconder = col[0] if col else None
    if seconder:
        _say(out, "THE MAYOR", f"Thank you. Is there a seconder? Councillor {seconder.surname}.")
        _say(out, f"CLLR {seconder.surname.upper()}", f"I second, {madam}, and reserve my right to speak. "
                                                      f"{cross(r, q_end)}")
        r.traits.add("other-member-named")
    out.append(tc(rng.randint(400, 600)))
    out.append("")
    g = rng.choice([f for f in figs if not f.percent] or figs)
    _say(out, f"CLLR {heck[2].split()[1].upper()}", f"Thank you, {madam}. A question for the Cabinet Member: how "
                                                    f"many of those are in {rng.choice(WARDS)} ward?")
    _say(out, me, f"I do not have the ward figure to hand. What I can say is: {subcount(r, g)} "
                  f"{trap_lines(r, ['trap-percent'])[0]}")
    _say(out, f"CLLR {heck[0].split()[1].upper()}", f"{madam}, I move an amendment: to add a further recommendation "
                                                    "that Council asks for a report back every month.")
    _say(out, "THE MAYOR", "Is that seconded? It is. We will vote on the amendment. All those in favour? Against? "
                           "Abstentions? The amendment falls.")
    out.append("[Vote: For 14, Against 29, Abstentions 2]")
    out.append("")
    items = ["notes the report"] + [decision(d, "third") for d in r.decisions]
    lines = []
    for i, it in enumerate(items):
        tail = "; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else "."
        lines.append((f"({'abcdef'[i]})", it + tail))
        if i:
            r.commit(it + tail)
    _say(out, "THE MAYOR", "We now vote on the substantive motion, which is the recommendations as printed, "
                           "that Council:")
    for n, txt in lines:
        out.append(textwrap.fill(txt, width=78, initial_indent=f"    {n} ", subsequent_indent="        ",
                                 break_on_hyphens=False, break_long_words=False))
    out.append("")
    _say(out, "THE MAYOR", "All those in favour? Against? Abstentions? That is carried.")
    out.append(f"[Vote: For {rng.randint(30, 40)}, Against {rng.randint(3, 12)}, Abstentions {rng.randint(0, 3)}]")
    out.append("")
    out.append("RESOLVED - That Council:")
    for n, txt in lines:
        out.append(textwrap.fill(txt, width=78, initial_indent=f"    {n} ", subsequent_indent="        ",
                                 break_on_hyphens=False, break_long_words=False))
    out.append("")
    r.traits |= {"lettered-items", "lead-in", "standing-resolution", "resolved-wording", "motion-as-agreed"}
    out.append(tc(rng.randint(900, 1300)))
    _say(out, "THE MAYOR", f"Thank you. We move on to item {r.item + 1}, questions from members of the public.")
    out.append("-" * 78)
    out.append("")
    out.append(f"Transcript prepared by Democratic Services, {long(r.meeting + dt.timedelta(days=rng.randint(5, 12)))}.")
    out.append(f"The next ordinary meeting of the Council is on "
               f"{long(r.meeting + dt.timedelta(weeks=rng.randint(6, 9)), weekday=True)}.")
    out.append(f"Enquiries: Democratic Services, 01632 93{rng.randint(1000, 9999)}.")
    r.traits |= {"trap-publication-date", "trap-other-meeting-date", "trap-phone", "other-meetings-listed"}
    return out


def make_transcript(r: Report, final: Path, work: Path) -> Job:
    final.write_text("\n".join(transcript_lines(r)) + "\n", encoding="utf-8")
    return Job(r, final, final, [])


def make_transcript_paper(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    """The transcript printed from a text editor (Courier 10 on A4), for the scan."""
    from reportlab.pdfgen import canvas
    lines = "\n".join(transcript_lines(r)).split("\n")
    c = canvas.Canvas(str(to), pagesize=(595.3, 841.9), invariant=1)
    c.setCreator("Notepad")
    y, page = 790, 1
    c.setFont("Courier", 10)
    for ln in lines:
        if y < 60:
            c.drawCentredString(297, 36, f"Page {page}")
            c.showPage()
            c.setFont("Courier", 10)
            y, page = 790, page + 1
        c.drawString(62, y, ln)
        y -= 12.2
    c.drawCentredString(297, 36, f"Page {page}")
    c.showPage()
    c.save()
    return Job(r, final, to, [])

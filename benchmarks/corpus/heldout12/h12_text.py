"""Held-out-12 templates written as text (a blog post, a press release, an old web page):

  cabinet-member-blog       a Cabinet Member's own WordPress blog post reporting to residents after
                            the Cabinet meeting: post date and author, categories and tags, the
                            figures told in the member's words, what Cabinet agreed, comments with
                            their own dates and names, an archive sidebar of months, recent posts
  embargoed-press-release   a press release sent to the media list as plain text: 'EMBARGOED UNTIL
                            00:01 ...', headline, quotes from the Cabinet Member, 'ENDS', 'Notes
                            to editors' with the figures and the meeting, the press office's
                            numbers
  old-school-council-page   a council web site of the 1990s/2000s carrying a portfolio holder's
                            report to Council: <font> and <center>, layout tables, spacer GIFs, a
                            frameset's <noframes> text, a hit counter, 'best viewed at 800x600'
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h12_common import (MONTHS, DAYS, Job, Report, _extras, background, cap, decision, ends, items, long,
                        meeting_date, noun, ordinal, ordinal_long, other_member, perf, perf_rows, quarter_name,
                        rate_short, rate_words, slash, thanks, trap_lines, who, wrap, short_month, dotted)

E = html.escape
COMMENTERS = ["Jean Barraclough", "Dave from Moorside", "K. Whitworth", "Concerned resident", "Paul Oldroyd",
              "Angela T", "Mick Sunderland", "Hollinsfield Civic Society"]


def _told(r: Report, f, q_end, rng) -> str:
    n = noun(rng, f.key)
    if f.percent:
        s = f"{f.label} was {f.show()} in the quarter to {long(q_end)}"
    else:
        s = rng.choice([f"At the end of {MONTHS[q_end.month - 1]} there were {f.show()} {n}",
                        f"We had {f.show()} {n} at {long(q_end)}"])
    if f.rate is not None:
        s += f" \u2013 that's {rate_words(f)}"
        r.traits.add("rate-in-line")
    return s + f" (the quarter before it was {f.show(f.history[1])})."


# =====================================================================================
# cabinet-member-blog
# =====================================================================================

def make_blog(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    m = r.member
    posted = r.meeting + dt.timedelta(days=rng.randint(1, 4))
    posted_t = dt.time(rng.randint(7, 22), rng.randint(0, 59))
    full = r.variant % 2 == 0
    if full:
        when = meeting_date(r, [0, 1, 4][r.variant % 3])
        opening = f"At {r.executive} on {when} I presented my quarterly report on {PORTFOLIOS[r.portfolio]}"
    else:
        when = f"{DAYS[r.meeting.weekday()]} {ordinal(r.meeting.day)} {MONTHS[r.meeting.month - 1]}"
        opening = f"On {when} I took my quarterly report on {PORTFOLIOS[r.portfolio]} to {r.executive}"
        r.traits |= {"weekday-date", "date-without-year", "year-from-post-date"}
    r.traits |= {"blog-post", "post-date", "trap-post-date", "comments", "trap-comment-dates", "archive-sidebar",
                 "tags-and-categories", "first-person", "html-page"}
    body = [f"<p>{E(opening)} (it was item {r.item} on the agenda, for anyone who wants to watch the webcast). "
            "Here is a quick run-down of where we are.</p>"]
    r.traits.add("agenda-item-number")
    t = thanks(r)
    if t:
        body.append(f"<p>{E(t)}</p>")
    body.append(f"<h3>The numbers</h3><p>{E('These are the figures for ' + quarter_name(q_end, 'quarter'))}:</p><ul>")
    for f in figs:
        body.append(f"<li>{E(_told(r, f, q_end, rng))}</li>")
    body.append("</ul>")
    r.traits.add("earlier-period-in-sentence")
    extra, money = _extras(r, figs, q_end)
    for s in extra:
        body.append(f"<p>{E(s)}</p>")
    body.append(f"<p>{E(money)}</p>")
    body.append(f"<h3>What we agreed</h3><p>{E(r.executive)} agreed to:</p><ol>")
    its = items(r, "lower", "note the latest performance figures")
    for i, it in enumerate(its):
        body.append(f"<li>{E(it)}{ends(i, len(its))}</li>")
        if i:
            r.commit(it + ends(i, len(its)))
    body.append("</ol>")
    r.traits |= {"auto-numbering", "html-ordered-list"}
    om = other_member(r)
    if om:
        body.append(f"<p>{E(om)}</p>")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(4, 8), days=1)
    body.append(f"<p>I'll be holding a ward surgery at the Oldgate Centre on {E(long(nxt))} if you want to talk "
                f"about any of this. {E(trap_lines(r, ['trap-phone'])[0])}</p>")
    body.append(f"<p>{E(m.first)}</p>")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "signature", "member-first-name-signature"}
    tags = [PORTFOLIOS[r.portfolio], "Cabinet", "performance", quarter_name(q_end), r.executive.lower()]
    cats = [rng.choice(["Cabinet", "Portfolio updates", "Council news"]), "Hollinsfield"]
    comments = []
    for k in range(rng.randint(2, 4)):
        cd = posted + dt.timedelta(days=rng.randint(0, 30))
        who_c = rng.choice(COMMENTERS)
        said = rng.choice([f"Thanks for this. Any news on the {rng.choice(['Deanhead', 'Fernhill', 'Intake'])} scheme? We were told {rng.randint(2, 9)} months.",
                           f"How does this compare with last year? It felt like {rng.randint(20, 90)} more to me.",
                           "Good to see the figures published. Keep it up.",
                           f"I rang {rng.randint(3, 12)} times last month and never got through."])
        comments.append(f'<li class="comment" id="comment-{rng.randint(1000, 9999)}"><article class="comment-body">'
                        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{E(who_c)}</b> '
                        f'<span class="says">says:</span></div><div class="comment-metadata"><time datetime="{cd.isoformat()}">'
                        f'{MONTHS[cd.month - 1]} {cd.day}, {cd.year} at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} '
                        f'{rng.choice(["am", "pm"])}</time></div></footer><div class="comment-content"><p>{E(said)}</p>'
                        f'</div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>')
    months = []
    d = dt.date(posted.year, posted.month, 1)
    for _ in range(10):
        months.append(f'<li><a href="/{d.year}/{d.month:02d}/">{MONTHS[d.month - 1]} {d.year}</a></li>')
        d = (d - dt.timedelta(days=1)).replace(day=1)
    recent = [f"Ward surgery dates for {MONTHS[(posted.month) % 12]}", "Budget consultation: have your say",
              f"Out and about in {rng.choice(['Hebble', 'Marsh', 'Newlay'])}"]
    site = f"cllr{m.surname.lower().replace(chr(39), '').replace('-', '')}.wordpress.com"
    slug = f"{posted:%Y/%m/%d}/my-{r.executive.lower()}-update-{MONTHS[q_end.month - 1].lower()}"
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>My {E(r.executive)} update: {E(PORTFOLIOS[r.portfolio])} &#8211; Cllr {E(m.name)}</title>
<link rel="canonical" href="https://{site}/{slug}/">
<meta name="generator" content="WordPress.com">
<link rel='stylesheet' id='wp-block-library-css' href='https://s0.wp.com/wp-content/plugins/gutenberg-core/build/block-library/style.css' media='all'>
</head>
<body class="post-template-default single single-post postid-{rng.randint(100, 4000)} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="https://{site}/" rel="home">Cllr {E(m.name)}</a></p>
<p class="site-description">Working for {E(rng.choice(['Deanhead', 'Fernhill', 'Longroyd', 'Bank Top']))} ward and for Hollinsfield</p>
</div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">Home</a></li><li><a href="/about/">About me</a></li><li><a href="/surgeries/">Surgeries</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">My {E(r.executive)} update: {E(PORTFOLIOS[r.portfolio])}, {E(quarter_name(q_end, 'quarter'))}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/{slug}/" rel="bookmark"><time class="entry-date published" datetime="{posted.isoformat()}T{posted_t:%H:%M}:00+00:00">{MONTHS[posted.month - 1]} {posted.day}, {posted.year}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{m.surname.lower().replace(chr(39), '')}/">{E(m.name)}</a></span></span></div>
</header>
<div class="entry-content">
{chr(10).join(body)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in {', '.join(f'<a href="/category/{c.lower().replace(" ", "-")}/" rel="category tag">{E(c)}</a>' for c in cats)}</span>
<span class="tags-links">Tagged {', '.join(f'<a href="/tag/{t.lower().replace(" ", "-").replace("/", "-")}/" rel="tag">{E(t)}</a>' for t in tags)}</span>
<span class="comments-link">{len(comments)} Comments</span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">{E(recent[1])}</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} thoughts on &ldquo;My {E(r.executive)} update&rdquo;</h2>
<ol class="comment-list">
{chr(10).join(comments)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label>Search for: <input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{''.join(f'<li><a href="#">{E(x)}</a></li>' for x in recent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{''.join(months)}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="#">Cabinet</a> ({rng.randint(8, 40)})</li><li><a href="#">Council news</a> ({rng.randint(8, 40)})</li><li><a href="#">Portfolio updates</a> ({rng.randint(8, 40)})</li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Promoted by {E(m.name)}, {E(rng.choice(['12 Moor Lane', '4 Bank Street', '31 Carr Road']))}, Hollinsfield. <a href="https://wordpress.com/?ref=footer_blog">Blog at WordPress.com.</a></div></footer>
</div>
</body>
</html>
"""
    final.write_text(doc, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# embargoed-press-release
# =====================================================================================

def press_text(r: Report) -> str:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.85)
    m = r.member
    embargo = r.meeting if r.variant % 2 else r.meeting + dt.timedelta(days=1)
    emb = f"{DAYS[embargo.weekday()].upper()} {embargo.day} {MONTHS[embargo.month - 1].upper()} {embargo.year}"
    issued = r.meeting - dt.timedelta(days=rng.randint(1, 6))
    ref = f"PR{issued.year % 100:02d}/{rng.randint(100, 999)}"
    date = meeting_date(r, [0, 2, 4, 3, 1][r.variant % 5])
    member = who(r, ["cllr-full", "full", "cllr-initial", "councillor-initial", "cllr-dot"][r.variant % 5])
    r.traits |= {"press-release", "embargo-line", "trap-embargo-date", "trap-issue-date", "quotes", "ends-marker",
                 "notes-to-editors", "plain-text", "trap-phone"}
    lead = figs[0]
    head = {True: f"{cap(noun(rng, lead.key))} figures published", False: f"{PORTFOLIOS[r.portfolio]}: latest progress"}[
        not lead.percent]
    if len(head) > 64:
        head = f"Latest {PORTFOLIOS[r.portfolio]} figures published"
    L = [f"EMBARGOED UNTIL 00:01 {emb}", "", f"{COUNCIL.upper()} - NEWS RELEASE", f"Ref: {ref}",
         f"Issued: {short_month(issued)}", "", head.upper(), ""]
    L.append(wrap(f"{r.title}: a report to the council's {r.executive} shows how "
                  f"{PORTFOLIOS[r.portfolio].lower()} services did in the three months to {long(q_end)}."))
    L.append("")
    f1 = figs[0]
    s = (f"{f1.label} was {f1.show()}" if f1.percent else f"There were {f1.show()} {noun(rng, f1.key)}")
    s += f" at the end of {quarter_name(q_end, 'quarter')}, compared with {f1.show(f1.history[1])} three months earlier."
    L += [wrap(s), ""]
    r.traits.add("earlier-period-in-sentence")
    q = "\""
    L.append(wrap(f"{member}, {r.role}, said: {q}These figures show the difference our staff are making. "
                  f"We are not complacent, and at {r.executive} I will be asking colleagues to "
                  f"{decision(r.decisions[0], 'lower')}.{q}"))
    L.append("")
    t = thanks(r)
    if t:
        L += [wrap(f"{q}{t}{q} said Cllr {m.surname}."), ""]
    extra, money = _extras(r, figs, q_end)
    L += [wrap(extra[0]), ""] if extra else []
    L.append(wrap(f"{q}We know there is more to do. {money}{q}"))
    om = other_member(r)
    if om:
        L += ["", wrap(f"Cllr {m.surname} added: {q}{om}{q}")]
    L += ["", "ENDS", "", "NOTES TO EDITORS", ""]
    L.append(wrap(f"1. The report goes to {r.executive} on {date} (agenda item {r.item}). Papers are on the "
                  f"council's website at www.{DOMAIN}/meetings.", indent="   ", first=""))
    r.traits.add("agenda-item-number")
    L.append("")
    L.append(wrap(f"2. The figures for {quarter_name(q_end, 'quarter')} (the quarter ending {long(q_end)}):",
                  indent="   ", first=""))
    r.traits |= {"figures-at-heading"}
    marked = rng.choice(figs)
    marked.marker = "star"
    for f in figs:
        s = f"{f.label}: {f.show()}{'*' if f is marked else ''}"
        if f.rate is not None:
            s += f" ({rate_short(f)})"
            r.traits.add("rate-in-line")
        s += f"; previous quarter {f.show(f.history[1])}; target {f.target}"
        L.append(wrap(s, indent="     ", first="   - "))
    r.traits |= {"target-column", "period-columns"}
    L.append("     * provisional")
    for s in extra[1:]:
        L.append(wrap(s, indent="     ", first="   - "))
    L.append("")
    L.append(wrap(f"3. {r.executive} will be asked to:", indent="   ", first=""))
    its = items(r, "lower", "note the performance in the quarter")
    for i, it in enumerate(its):
        L.append(wrap(f"{'abcd'[i]}) {it}{ends(i, len(its))}", indent="        ", first="     "))
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"lettered-items", "typed-numbering"}
    L.append("")
    n = 4
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    L += [wrap(f"{n}. The Overview and Scrutiny Committee will look at the report on {long(nxt)}.",
               indent="   ", first=""), ""]
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date"}
    L += ["For more information contact the press office:", f"Tel: 01632 95{rng.randint(1000, 9999)}",
          f"Out of hours: 07700 9{rng.randint(10000, 99999)}", f"Email: press.office@{DOMAIN}",
          f"Twitter/X: @Hollinsfield{rng.choice(['BC', 'Council'])}", ""]
    return "\n".join(L)


def make_press(r: Report, final: Path, work: Path) -> Job:
    final.write_text(press_text(r), encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# old-school-council-page
# =====================================================================================

def _font(text: str, size: int = 2, face: str = "Verdana, Arial, Helvetica", colour: str = "") -> str:
    c = f' color="{colour}"' if colour else ""
    return f'<font face="{face}" size="{size}"{c}>{text}</font>'


def make_oldschool(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    date = meeting_date(r, [1, 3, 2, 0][r.variant % 4])
    member = who(r, ["councillor-initial", "cllr-dot", "full", "cllr-initial"][r.variant % 4])
    updated = r.meeting + dt.timedelta(days=rng.randint(3, 40))
    r.traits |= {"old-html", "font-tags", "layout-tables", "spacer-gifs", "noframes", "hit-counter",
                 "trap-page-updated-date", "html-page", "portfolio-holder-label", "council-meeting"}
    rows = []
    head, trows, marked = perf_rows(r, figs, qs, marker="sup")
    rows.append("<tr bgcolor=\"#003366\">" + "".join(
        f'<td align="center">{_font("<b>" + E(h) + "</b>", 1, colour="#FFFFFF")}</td>' for h in head) + "</tr>")
    for k, row in enumerate(trows):
        cells = []
        for j, v in enumerate(row):
            txt = E(v)
            if marked and j == 3 and v == marked.show():
                txt += "<sup>1</sup>"
            cells.append(f'<td{" align=right" if j else ""}>{_font(txt, 1)}</td>')
        rows.append(f'<tr bgcolor="{"#FFFFFF" if k % 2 else "#E8EEF7"}">' + "".join(cells) + "</tr>")
    extra, money = _extras(r, figs, q_end)
    its = items(r, "lower", "note the report")
    recs = []
    for i, it in enumerate(its):
        recs.append(f"<tr><td valign=top width=30>{_font('(' + 'abcd'[i] + ')')}</td><td>{_font(E(it + ends(i, len(its))))}</td></tr>")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"lettered-items", "typed-numbering"}
    paras = []
    n = 1
    for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]):
        if t:
            paras.append(f"<p>{_font(f'2.{n}&nbsp;&nbsp;' + E(t))}</p>")
            n += 1
    perf_p = [f"<p>{_font('3.' + str(k) + '&nbsp;&nbsp;' + E(t))}</p>" for k, t in enumerate(extra, 2)]
    counter = f"{rng.randint(10000, 99999):06d}"
    nav = ["Home", "A-Z of Services", "Your Council", "Councillors", "Committee Papers", "What's New", "Contact Us"]
    spacer = '<img src="/images/spacer.gif" width="1" height="{h}" alt="" border="0">'
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{E(COUNCIL)} - Council {E(short_month(r.meeting))} - Portfolio Holder Report - {E(PORTFOLIOS[r.portfolio])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="keywords" content="council, {E(PORTFOLIOS[r.portfolio].lower())}, report, committee">
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#660099" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<noframes>
{_font("This site uses frames. If your browser does not support frames, use the <a href='/noframes/index.htm'>text only version</a> of the site, or the links at the bottom of this page.", 1)}
</noframes>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#003366"><img src="/images/hbc_logo.gif" width="280" height="70" alt="{E(COUNCIL)}" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#CC9900">{spacer.format(h=4)}</td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E8EEF7">
{spacer.format(h=10)}<br>
{'<br>'.join(f'&nbsp;<a href="/{x.lower().replace(" ", "").replace("-", "").replace(chr(39), "")}.htm">{_font(E(x), 1)}</a>' for x in nav)}
<br><br>{spacer.format(h=20)}<br>
<center>{_font("You are visitor number", 1)}<br><img src="/cgi-bin/counter.gif?df=hbc.dat" alt="{counter}"><br>{_font(counter, 1)}</center>
<br><center>{_font("Best viewed at 800x600<br>with Internet Explorer 5 or above", 1, colour="#666666")}</center>
</td>
<td width="10">{spacer.format(h=1).replace('width="1"', 'width="10"')}</td>
<td width="600" valign="top">
<br>
{_font('<a href="/index.htm">Home</a> &gt; <a href="/committees.htm">Committee Papers</a> &gt; Council', 1)}
<center>
{_font("<b>" + E(COUNCIL.upper()) + "</b>", 4, colour="#003366")}<br>
{_font("<b>COUNCIL</b>", 3)}<br>
{_font("<b>" + E(date) + "</b>", 3)}<br><br>
{_font("<b>PORTFOLIO HOLDER'S REPORT</b>", 3, colour="#990000")}<br>
{_font("<b>" + E(r.role.upper()) + "</b>", 2)}<br>
{_font(E(member), 2)}
</center>
<hr size="1" noshade>
<p>{_font("<b>1.&nbsp;&nbsp;INTRODUCTION</b>")}</p>
<p>{_font("1.1&nbsp;&nbsp;" + E(f"This report to Council sets out the work of the {PORTFOLIOS[r.portfolio]} portfolio since the last meeting, with the performance figures for {quarter_name(q_end, 'quarter')}, the quarter to {long(q_end)}."))}</p>
<p>{_font("<b>2.&nbsp;&nbsp;BACKGROUND</b>")}</p>
{chr(10).join(paras)}
<p>{_font("<b>3.&nbsp;&nbsp;PERFORMANCE</b>")}</p>
<p>{_font("3.1&nbsp;&nbsp;" + E(f"The table shows the last three quarters. The latest quarter ended on {long(q_end)}."))}</p>
<center>
<table width="95%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">
{chr(10).join(rows)}
</table>
{_font("<sup>1</sup> Provisional: subject to end of year validation.", 1)}
</center>
{chr(10).join(perf_p)}
<p>{_font("<b>4.&nbsp;&nbsp;FINANCIAL IMPLICATIONS</b>")}</p>
<p>{_font("4.1&nbsp;&nbsp;" + E(money))}</p>
<p>{_font("<b>5.&nbsp;&nbsp;RECOMMENDATIONS</b>")}</p>
<p>{_font("5.1&nbsp;&nbsp;Council is asked to:")}</p>
<table border="0" cellspacing="0" cellpadding="2">
{chr(10).join(recs)}
</table>
<br>
<p>{_font("<b>" + E(member.upper()) + "</b><br>" + E(r.role) + "<br>" + E(slash(r.report_date)))}</p>
<hr size="1" noshade>
<center>{_font(E(f"Next meeting of Council: {long(r.meeting + dt.timedelta(weeks=rng.randint(6, 10)))}"), 1)}<br>
{_font(E(ADDR) + " &nbsp;|&nbsp; Tel: 01632 950000", 1)}<br>
{_font("Page last updated " + E(slash(updated)) + " by the Webmaster", 1, colour="#666666")}<br>
<a href="/index.htm">{_font("Home", 1)}</a> | <a href="/contact.htm">{_font("Contact Us", 1)}</a> | <a href="/sitemap.htm">{_font("Site Map", 1)}</a>
</center>
<br>
</td>
</tr>
</table>
</body>
</html>
"""
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date", "signature",
                 "superscript-marker"}
    final.write_text(doc, encoding="utf-8")
    return Job(r, final, final, [])


ADDR = "Civic Centre, Wharf Street, Hollinsfield HF1 2QT"

"""Held-out-2 templates from the web:

  decision-details-page  a committee system's 'Decision details' page in another council's skin:
                         Decision Maker / status / key decision / call-in lines, 'Portfolio Holder:',
                         the decision as RESOLVED items (typed (1), an <ol>, or typed 1.), the reasons
                         with figures and a table pasted from Word, publication / decision /
                         effective dates, accompanying documents, other meetings in a side column
  cms-page-copy          a council web page copied from the browser into a text file: the cookie
                         banner, menus and breadcrumbs one link a line, 'On this page' contents,
                         a table pasted as tab-separated lines, list bullets lost, the footer with
                         'Page last updated'
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN
from h2_common import lookalike, month_label, prepare_monthly, prepare_quarterly, quarter_label, rated_first, restate
from h2_model import (Job, Report, colleague, cross_portfolio, fin_year, long_date, member_as,
                      name_traits, prose_name, quarter_of, shown, slash, subcount, traps)
from h2_words import BACKGROUND, action_text


def esc(text: str) -> str:
    return html.escape(text, quote=False)


# --- decision details page ---------------------------------------------------------

CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b}
.hbc-header{background:#4b2a6b;color:#fff;padding:12px 24px}.hbc-header a{color:#fff}
.hbc-topnav{list-style:none;margin:8px 0 0;padding:0}.hbc-topnav li{display:inline;margin-right:16px}
.hbc-crumbs{list-style:none;padding:8px 24px;margin:0;background:#f3f0f6}.hbc-crumbs li{display:inline}
.hbc-crumbs li+li:before{content:" \\203A  "}
.hbc-wrap{display:flex;gap:32px;padding:0 24px}main{flex:3}aside{flex:1;border-left:1px solid #ccc;padding-left:16px}
.mgLabel{font-weight:bold}.mgDecisionDetails table{border-collapse:collapse}
.mgDecisionDetails td{border:1px solid #999;padding:2px 6px}"""


def make_decision_page(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_ends = prepare_quarterly(r, rng.randint(2, 3), rng.randint(3, 4), rates=0.6)
    rated_first(r)
    latest = q_ends[-1]
    q, fy = quarter_of(latest), fin_year(latest)
    exe = r.executive
    published = r.meeting + dt.timedelta(days=rng.randint(2, 3))
    effective = published + dt.timedelta(days=rng.choice([7, 8]))
    label = rng.choice(["Portfolio Holder", "Cabinet Member" if r.cabinet else "Executive Member", "Lead member"])
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "councillor-initial"])
    r.traits |= name_traits(form) | {"decision-notice-fields", "slash-date", "trap-publication-date",
                                     "trap-effective-date", "breadcrumbs", "site-navigation", "other-meetings-listed",
                                     "trap-other-meeting-date"}
    title = f"{r.title}: Quarter {q} {fy}"

    lines = [f'<p class="mgLine"><span class="mgLabel">Decision Maker:</span> <a href="mgCommitteeDetails.aspx?ID={rng.randint(120, 190)}">{exe}</a></p>',
             '<p class="mgLine"><span class="mgLabel">Decision status:</span> Recommendations Approved</p>',
             f'<p class="mgLine"><span class="mgLabel">Is Key decision?:</span> {rng.choice(["No", "Yes"])}</p>',
             '<p class="mgLine"><span class="mgLabel">Is subject to call in?:</span> Yes</p>',
             f'<p class="mgLine"><span class="mgLabel">{label}:</span> {esc(who)}</p>',
             f'<p class="mgLine"><span class="mgLabel">Lead officer:</span> {esc(r.officer[0])}, {esc(r.officer[1])}</p>',
             '<h3 class="mgSubSubTitle">Purpose:</h3>',
             f"<p>To receive the {esc(r.portfolio_name)} performance report for Quarter {q} {fy} and to take the "
             f"decisions it recommends.</p>",
             '<h3 class="mgSubSubTitle">Decision:</h3>']
    lines += _resolved(r)
    lines.append('<h3 class="mgSubSubTitle">Reasons for the decision:</h3>')
    lines += _reasons(r, q_ends)
    lines += ['<h3 class="mgSubSubTitle">Alternative options considered:</h3>',
              "<p>To defer the decisions to a later meeting. This was rejected because it would delay the "
              "improvements the service needs to make.</p>",
              '<h3 class="mgSubSubTitle">Interests and Nature of Interests Declared:</h3>']
    mate = colleague(r)
    if mate:
        mform, mwho = member_as(rng, mate[0], ["full", "cllr-full"])
        lines.append(f"<p>{esc(mwho)} declared a non-pecuniary interest as a trustee of a local charity and "
                     f"took no part in the discussion of this item.</p>")
        r.traits.add("other-member-named")
    else:
        lines.append("<p>None.</p>")
    lines += [f'<p class="mgLine"><span class="mgLabel">Publication date:</span> {slash(published)}</p>',
              f'<p class="mgLine"><span class="mgLabel">Date of decision:</span> {slash(r.meeting)}</p>',
              f'<p class="mgLine"><span class="mgLabel">Decided at meeting:</span> '
              f'<a href="ieListDocuments.aspx?CId=141&amp;MId={rng.randint(2000, 5999)}">{slash(r.meeting)} - {exe}</a></p>',
              f'<p class="mgLine"><span class="mgLabel">Effective from:</span> {slash(effective)}</p>',
              '<h3 class="mgSubSubTitle">Accompanying Documents:</h3>',
              "<ul>",
              f'<li><a href="documents/s{rng.randint(10000, 99999)}/{r.title.replace(" ", "%20")}.pdf">{esc(r.title)} '
              f'PDF {rng.randint(150, 900)} KB</a></li>',
              f'<li><a href="documents/s{rng.randint(10000, 99999)}/Appendix%20A.pdf">Appendix A - Performance '
              f'dashboard Q{q} PDF {rng.randint(60, 300)} KB</a></li>',
              "</ul>"]
    others = sorted({r.meeting + dt.timedelta(days=7 * k) for k in rng.sample([-12, -8, -4, 4, 8, 13], 4)})
    others = [d for d in others if d.month != 8]  # no meetings in the summer recess
    prev = r.meeting - dt.timedelta(days=7 * rng.randint(10, 16))
    aside = [f"<h2>Other meetings of {exe}</h2>", "<ul>"]
    aside += [f'<li><a href="ieListDocuments.aspx?MId={rng.randint(2000, 5999)}">{exe}, '
              f'{long_date(d, weekday=True)} 2.00 pm</a></li>' for d in others]
    aside += ["</ul>", "<h2>Previous decisions on this issue</h2>",
              f'<ul><li><a href="ieDecisionDetails.aspx?ID={rng.randint(3000, 9000)}">{slash(prev)} - {exe}: '
              f'{esc(r.title)}: Quarter {quarter_of(q_ends[0])}</a></li></ul>',
              "<h2>Contact</h2>", f"<p>Democratic Services<br>Tel: 01632 96{rng.randint(1000, 9999)}<br>"
              f"democratic.services@{DOMAIN}</p>"]
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Decision - {esc(title)} | {COUNCIL}</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
<style>{CSS}</style>
</head>
<body class="mgDecisionPage">
<a class="skip" href="#content">Skip to content</a>
<header class="hbc-header">
<div class="hbc-logo"><a href="https://www.{DOMAIN}/"><img src="/SiteSpecific/logo.svg" alt="{COUNCIL} logo" width="180"></a></div>
<form class="hbc-search" action="mgSearch.aspx"><label for="q">Search committee information</label> <input id="q" name="q"> <button>Search</button></form>
<ul class="hbc-topnav"><li><a href="mgMemberIndex.aspx">Councillors</a></li><li><a href="mgListCommittees.aspx">Committees</a></li><li><a href="mgCalendarMonthView.aspx">Calendar</a></li><li><a href="mgListPlans.aspx">Forward Plans</a></li><li><a href="mgDelegatedDecisions.aspx">Decisions</a></li><li><a href="mgEPetitionListDisplay.aspx">Petitions</a></li></ul>
</header>
<ol class="hbc-crumbs"><li><a href="https://www.{DOMAIN}/">Home</a></li><li><a href="https://www.{DOMAIN}/council">Council and democracy</a></li><li><a href="mgDelegatedDecisions.aspx">Decisions</a></li><li>Decision details</li></ol>
<div class="hbc-wrap">
<main id="content">
<h1 class="mgMainTitle">Decision details</h1>
<h2 class="mgSubTitle">{esc(title)}</h2>
<div class="mgDecisionDetails">
{chr(10).join(lines)}
</div>
</main>
<aside class="mgSideColumn">
{chr(10).join(aside)}
</aside>
</div>
<footer class="hbc-footer"><p><a href="https://www.{DOMAIN}/accessibility">Accessibility</a> | <a href="https://www.{DOMAIN}/privacy">Privacy</a> | <a href="https://www.{DOMAIN}/cookies">Cookies</a></p>
<p>&copy; {COUNCIL} {published.year}. Powered by committee management software.</p></footer>
</body>
</html>
"""
    final.write_text(page, encoding="utf-8")
    return Job(r, final, final, [])


def _resolved(r: Report) -> list[str]:
    exe = r.executive
    v = r.variant % 3
    out = []
    if v == 0:  # typed (1) (2) ..., the first the standing one
        out.append("<p>RESOLVED &ndash;</p>")
        out.append("<p>(1)&nbsp;&nbsp;&nbsp;That the performance report be noted.</p>")
        for i, a in enumerate(r.actions):
            t = action_text(a, "passive") + "."
            out.append(f"<p>({i + 2})&nbsp;&nbsp;&nbsp;{esc(t)}</p>")
            r.commit(t)
        r.traits |= {"standing-resolution", "typed-numbering", "parenthesised-numbers", "resolved-passive", "nbsp"}
    elif v == 1:  # a lead-in, then an <ol type="a">
        out.append(f"<p>RESOLVED that {exe}:</p>")
        items = [action_text(a, "third") for a in r.actions]
        items = [t + ";" for t in items[:-1]] + [items[-1] + "."]
        if len(items) > 1:
            items[-2] = items[-2][:-1] + "; and"
        out.append('<ol type="a">')
        out += [f"<li>{esc(t)}</li>" for t in items]
        out.append("</ol>")
        for t in items:
            r.commit(t)
        r.traits |= {"lead-in", "lettered-items", "auto-numbering"}
    else:  # typed 1. with the passive, then the noting
        out.append("<p><strong>RESOLVED:</strong></p>")
        for i, a in enumerate(r.actions):
            t = action_text(a, "passive") + "."
            out.append(f"<p>{i + 1}.&nbsp;{esc(t)}</p>")
            r.commit(t)
        out.append(f"<p>{len(r.actions) + 1}.&nbsp;That the contents of the report be noted.</p>")
        r.traits |= {"standing-resolution", "typed-numbering", "resolved-passive", "nbsp"}
    return out


def _reasons(r: Report, q_ends: list[dt.date]) -> list[str]:
    rng = r.rng
    latest = q_ends[-1]
    out = [f"<p>{esc(rng.choice(BACKGROUND[r.portfolio]))}</p>"]
    lead = r.figs[0]
    words = prose_name(rng, lead.metric, lead.label)
    rate = f" ({lead.rate:.1f} per {lead.metric.rate_per:,})" if lead.rate is not None else ""
    if rate:
        r.traits.add("rate-in-line")
    out.append(f"<p>At {long_date(latest)} the figure for {esc(words)} was {shown(lead)}{rate}. "
               f"{esc(subcount(r, lead))}</p>")
    pool = traps(r)
    keys = rng.sample(["trap-money", "trap-other-council", "trap-percent", "trap-schools", "trap-years"], 2)
    r.traits.update(keys)
    out.append("<p>" + " ".join(esc(pool[k]) for k in keys) + "</p>")
    out.append(f"<p>{esc(cross_portfolio(r, latest))}</p>")
    stated = rng.random() < 0.5
    if stated:
        out.append(f'<p class="MsoNormal"><b>Figures at {long_date(latest)}</b></p>')
        r.traits.add("figures-at-heading")
    style = rng.choice(["q-fy", "fy-q"])
    cols = [quarter_label(e, style) for e in q_ends]
    head = "".join(f'<td valign="top" style="background:#E7E6E6"><p class="MsoNormal"><b>{c}</b></p></td>'
                   for c in ["Indicator", *cols, f"Target {fin_year(latest)}"])
    rows = [f"<tr>{head}</tr>"]
    look_at = rng.randrange(1, len(r.figs) + 1)
    for i, f in enumerate(r.figs):
        if i == look_at:
            rows.append(_look_tr(r, len(cols)))
        vals = [shown(f, v) for v in f.earlier] + [shown(f)]
        tds = "".join(f'<td valign="top" align="right"><p class="MsoNormal">{v}</p></td>' for v in vals)
        rows.append(f'<tr><td valign="top"><p class="MsoNormal">{esc(f.label)}</p></td>{tds}'
                    f'<td valign="top" align="right"><p class="MsoNormal">{f.target}</p></td></tr>')
        if f.rate is not None:
            rates = [f.rate_at(v, e) for v, e in zip(f.earlier, q_ends)] + [f.rate]
            tds = "".join(f'<td valign="top" align="right"><p class="MsoNormal"><i>{x:.1f}</i></p></td>' for x in rates)
            rows.append(f'<tr><td valign="top"><p class="MsoNormal"><i>&nbsp;&nbsp;Rate per {f.metric.rate_per:,}'
                        f'</i></p></td>{tds}<td>&nbsp;</td></tr>')
            r.traits.add("rate-row")
    if look_at == len(r.figs):
        rows.append(_look_tr(r, len(cols)))
    out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none">\n' + "\n".join(rows) + "\n</table>")
    r.traits |= {"performance-table", "period-columns", "target-column", "lookalike-row", "pasted-word-table"}
    return out


def _look_tr(r: Report, n: int) -> str:
    label, vals = lookalike(r, n)
    tds = "".join(f'<td valign="top" align="right"><p class="MsoNormal">{v}</p></td>' for v in vals)
    return f'<tr><td valign="top"><p class="MsoNormal">{esc(label)}</p></td>{tds}<td>&nbsp;</td></tr>'


# --- a council web page copied as text ----------------------------------------------

MENU = ["Bins, recycling and street care", "Council tax and benefits", "Housing", "Schools and education",
        "Adult social care", "Planning and building", "Business", "Council and democracy"]


def make_cms_copy(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    n_months = 3
    ends = prepare_monthly(r, n_months, rng.randint(3, 4), rates=0.5)
    latest = ends[-1]
    stated = latest
    if rng.random() < 0.5:
        stated = latest + dt.timedelta(days=rng.randint(3, 9))
        restate(r, stated)
    for f in r.figs:
        if rng.random() < 0.3:
            f.marker = "p"
    published = r.meeting - dt.timedelta(days=rng.randint(6, 10))
    updated = r.meeting + dt.timedelta(days=rng.randint(1, 20))
    form, who = member_as(rng, r.member, ["full", "cllr-full", "councillor-initial"])
    r.traits |= name_traits(form) | {"cookie-banner", "site-navigation", "breadcrumbs", "contents-list",
                                     "tab-separated-table", "trap-page-updated-date", "trap-publication-date",
                                     "weekday-date", "figures-at-heading", "other-meetings-listed",
                                     "trap-other-meeting-date", "monthly-columns", "same-period-last-year"}
    title = f"{r.role}: report to Council, {long_date(r.meeting)}"
    L: list[str] = []
    L += [f"Cookies on {COUNCIL}", "We use some essential cookies to make this website work.",
          "We'd also like to use analytics cookies so we can understand how you use the website and make "
          "improvements.", "Accept analytics cookies", "Reject analytics cookies", "How we use cookies", "",
          "Skip to main content", COUNCIL, "Search", f"Search {DOMAIN}", "Menu"]
    L += MENU
    L += ["", "Home", "Council and democracy", "Councillors and committees",
          f"{'Cabinet' if r.cabinet else 'Executive'} Member reports to Council", "", title, ""]
    L += [f"{'Cabinet' if r.cabinet else 'Executive'} Member: {who}",
          f"Council meeting: {long_date(r.meeting, weekday=True)}, 6.30pm, Council Chamber, Town Hall",
          f"Published: {long_date(published)}", "", "On this page", "1. Introduction", "2. Performance",
          "3. Progress on my priorities", "4. Looking ahead", "5. Recommendation", "", "1. Introduction", ""]
    said = rng.choice(BACKGROUND[r.portfolio])
    intro = f"This is my report to Council on the {r.portfolio_name} portfolio. {said}"
    if r.predecessor:
        pform, pwho = member_as(rng, r.predecessor, ["full", "cllr-full"])
        intro += f" I would like to thank {pwho}, my predecessor, for the work done over the last few years."
        r.traits.add("predecessor-thanked")
    L += [intro, "", "2. Performance", ""]
    mark = any(f.marker == "p" for f in r.figs)
    L.append(f"The figures below are at {long_date(stated)}." + (" Figures marked (p) are provisional." if mark else ""))
    L.append("")
    style = rng.choice(["month yyyy", "mon yyyy"])
    L.append("\t".join(["Measure", *[month_label(e, style) for e in ends], "Same period last year"]))
    rows = []
    for f in r.figs:
        vals = [shown(f, v) for v in f.earlier] + [shown(f) + (" (p)" if f.marker == "p" else "")]
        rows.append([f.label, *vals, shown(f, f.last_year)])
        if f.rate is not None:
            rates = [f"{f.rate_at(v, e):.1f}" for v, e in zip(f.earlier, ends)] + [f"{f.rate:.1f}"]
            rows.append([f"{f.label}: rate per {f.metric.rate_per:,}", *rates, f"{f.rate_at(f.last_year, latest):.1f}"])
            r.traits.add("rate-row")
    look, lv = lookalike(r, n_months + 1)
    rows.insert(rng.randint(1, len(rows)), [look, *lv])
    L += ["\t".join(x) for x in rows]
    r.traits |= {"performance-table", "period-columns", "lookalike-row"}
    L.append("")
    pool = traps(r)
    keys = rng.sample(["trap-money", "trap-wards", "trap-other-council", "trap-national", "trap-ages"], 3)
    r.traits.update(keys)
    L += [" ".join(pool[k] for k in keys[:2]), "", subcount(r, r.figs[0]) + " " + pool[keys[2]], "",
          cross_portfolio(r, latest), "", "3. Progress on my priorities", ""]
    L += [b for b in BACKGROUND[r.portfolio] if b != said]  # a bulleted list pasted: the bullets are gone
    mate = colleague(r)
    if mate:
        mform, mwho = member_as(rng, mate[0], ["full", "cllr-full"])
        L.append(f"I have worked closely with {mwho}, my colleague responsible for {mate[1]}, on this.")
        r.traits.add("other-member-named")
    r.traits.add("bullets-lost")
    L += ["", "4. Looking ahead", "", rng.choice(["Over the next quarter I will:", "Before my next report I will:"])]
    for i, p in enumerate(r.pledges):
        t = p[0].upper() + p[1:] + "."
        L.append(f"{i + 1}. {t}")
        r.commit(t)
    r.traits |= {"typed-numbering", "pledge-list", "lead-in"}
    L += ["", "5. Recommendation", "", "That Council notes this report.", ""]
    r.traits.add("standing-resolution")
    nxt = [r.meeting + dt.timedelta(days=d) for d in (rng.randint(34, 44), rng.randint(55, 70))]
    L += ["Contact", "Democratic Services", f"Email: democratic.services@{DOMAIN}",
          f"Telephone: 01632 96{rng.randint(1000, 9999)}", "", "Print this page", "Share this page", "Facebook", "X",
          "Email", "", "Related content", "Council meetings calendar",
          f"Cabinet {long_date(nxt[0])}", f"Council {long_date(nxt[1])}", "", "Was this page helpful?", "Yes", "No",
          "Report a problem with this page", "", "Accessibility statement", "Cookies", "Privacy notice", "Contact us",
          f"{COUNCIL}, Town Hall, Market Street, Hollinsfield HF1 1AA", f"© {COUNCIL} {updated.year}",
          f"Page last updated: {long_date(updated)}", ""]
    r.traits |= {"trap-phone", "trap-postcode"}
    final.write_text("\n".join(L), encoding="utf-8")
    return Job(r, final, final, [])

"""Held-out-6 templates written as web pages and plain text:

  govuk-html-report       a report published as an accessible HTML page in the GOV.UK design
                          system's markup: a summary list (dl) of meeting details, a contents
                          list, an inset 'Decision sought' panel with an ordered list, tables
                          with captions, a details element of data notes, published and
                          last-updated dates, related meetings
  verbal-update-note-text a clerk's note of a Cabinet Member's verbal update to a scrutiny
                          panel, saved as plain text: dot-leader figures, members' questions
                          and the member's answers (Q./A.), the member's (i) (ii) priorities
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS, holder
from h6_model import (DAYS, MONTHS, Fig, Job, Report, background, change_words, colleague, cross, dotted_zero,
                      last_month_end, last_quarter_end, later, long_date, lookalike, member_as, member_traits,
                      noun, quarter_name, quarters_back, slash, step, subcount, trap_lines, weekday_ordinal)
from h6_words import DIRECTORS, decision

E = html.escape
EN_POP = {"children-0-17": "children aged 0 to 17", "adults-18-plus": "adults aged 18 and over",
          "older-people-65-plus": "population aged 65 and over", "households": "households"}


def _rate_text(f: Fig, form: int) -> str:
    if form == 0:
        return f"(per {f.metric.rate_per // 1000}k: {f.rate:.1f})" if f.metric.rate_per >= 10000 else f"(per {f.metric.rate_per:,}: {f.rate:.1f})"
    return f"{f.rate:.1f} per {f.metric.rate_per:,} {EN_POP[f.metric.population]}"


# =====================================================================================
# govuk-html-report
# =====================================================================================

def make_govuk(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(12, 35)))
    prev, ly = quarters_back(q_end, 2)[0], quarters_back(q_end, 5)[0]
    figs = r.draw(rng.randint(3, 5), q_end, n_history=4, rates=0.85)
    r.figs = list(figs)
    if rng.random() < 0.5:
        rng.choice(figs).marker = "sup"
    form, who = member_as(rng, r.member, ["full", "cllr-full", "councillor-initial", "cllr-dot"])
    r.traits |= member_traits(form)
    published = r.meeting - dt.timedelta(days=rng.randint(6, 9))
    updated = r.meeting + dt.timedelta(days=rng.randint(1, 6))
    dform = r.variant % 3
    meet = {0: weekday_ordinal(r.meeting), 1: long_date(r.meeting), 2: long_date(r.meeting, weekday=True)}[dform]
    r.traits |= {0: {"weekday-date", "ordinal-date"}, 1: set(), 2: {"weekday-date"}}[dform]
    out = [f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>{E(r.title)} – {r.executive} report – {COUNCIL}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/govuk-frontend.min.css">
<style>.num{{text-align:right}} .app-meta{{color:#505a5f}}</style>
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container">
<a href="/" class="govuk-header__link govuk-header__link--homepage">{COUNCIL}</a>
<nav aria-label="Menu"><ul class="govuk-header__navigation-list">
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/bins">Bins and recycling</a></li>
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council-tax">Council Tax</a></li>
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council">Your council</a></li>
</ul></nav></div></header>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/council">Your council</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/council/meetings">Meetings and decisions</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/council/meetings/{r.executive.lower()}">{r.executive}</a></li>
</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main">
<span class="govuk-caption-l">{r.executive} report</span>
<h1 class="govuk-heading-xl">{E(r.title)}</h1>
<p class="govuk-body app-meta">Published {long_date(published)}<br>Last updated {long_date(updated)}</p>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Meeting</dt><dd class="govuk-summary-list__value">{r.executive}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date</dt><dd class="govuk-summary-list__value">{meet}, {rng.choice(['10am', '2pm', '6pm'])}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Agenda item</dt><dd class="govuk-summary-list__value">{r.item}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Report of</dt><dd class="govuk-summary-list__value">{E(who)}, {E(r.role)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Lead officer</dt><dd class="govuk-summary-list__value">{E(r.officer[0])}, {E(r.officer[1])}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Key decision</dt><dd class="govuk-summary-list__value">{rng.choice(['Yes', 'No'])}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Wards</dt><dd class="govuk-summary-list__value">All wards</dd></div>
</dl>
<h2 class="govuk-heading-s">Contents</h2>
<ol class="govuk-list govuk-list--number">
<li><a class="govuk-link" href="#decision">Decision sought</a></li>
<li><a class="govuk-link" href="#background">Background</a></li>
<li><a class="govuk-link" href="#performance">Performance</a></li>
<li><a class="govuk-link" href="#priorities">Priorities</a></li>
<li><a class="govuk-link" href="#implications">Implications</a></li>
</ol>
"""]
    r.traits |= {"summary-list", "definition-list-cover", "trap-publication-date", "trap-page-updated-date",
                 "breadcrumbs", "site-navigation", "navigation-ordered-lists", "agenda-item-number", "cover-block"}
    ds = r.decisions
    lis = []
    for i, d in enumerate(ds):
        t = decision(d, "to") + ("; and" if i == len(ds) - 1 else ";")
        lis.append(f"<li>{E(t)}</li>")
        r.commit(t)
    lis.append("<li>to note the performance information in section 3.</li>")
    out.append(f"""<div class="govuk-inset-text" id="decision">
<h2 class="govuk-heading-m">1. Decision sought</h2>
<p class="govuk-body">{r.executive} is recommended:</p>
<ol class="govuk-list govuk-list--number">
{chr(10).join(lis)}
</ol>
</div>
""")
    r.traits |= {"decision-panel", "html-ordered-list", "lead-in", "standing-resolution", "auto-numbering"}
    bg = background(r, 2)
    pred = ""
    if r.predecessor:
        pred = (f"<p class=\"govuk-body\">I want to thank Councillor {E(r.predecessor.name)}, who led the portfolio "
                "before me, for this work.</p>\n")
        r.traits.add("predecessor-thanked")
    out.append(f"""<h2 class="govuk-heading-m" id="background">2. Background</h2>
<p class="govuk-body">{E(bg[0])} {E(trap_lines(r, ['trap-teams'])[0])}</p>
{pred}<p class="govuk-body">{E(trap_lines(r, ['trap-wards'])[0])}</p>
""")
    # the table
    rate_form = r.variant % 2
    rows = []
    for f in figs:
        v = E(f.show()) + ("<sup>1</sup>" if f.marker == "sup" else "")
        cur = v + (f" <span class=\"govuk-body-s\">{E(_rate_text(f, rate_form))}</span>" if f.rate is not None else "")
        rows.append(f"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{E(f.label)}</th>"
                    f"<td class=\"govuk-table__cell num\">{E(f.show(f.history[-4]))}</td>"
                    f"<td class=\"govuk-table__cell num\">{E(f.show(f.history[-1]))}</td>"
                    f"<td class=\"govuk-table__cell num\">{cur}</td>"
                    f"<td class=\"govuk-table__cell num\">{E(f.target)}</td></tr>")
        if f.rate is not None:
            r.traits.add("rate-in-cell" if rate_form == 1 else "rate-in-brackets")
    lab, lv = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), f"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">"
                f"{E(lab)}</th><td class=\"govuk-table__cell num\">{lv[0]}</td><td class=\"govuk-table__cell num\">{lv[1]}</td>"
                f"<td class=\"govuk-table__cell num\">{lv[2]}</td><td class=\"govuk-table__cell num\">–</td></tr>")
    out.append(f"""<h2 class="govuk-heading-m" id="performance">3. Performance</h2>
<p class="govuk-body">Table 1 shows the portfolio's measures at the end of {quarter_name(q_end, 'quarter')}.</p>
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--s">Table 1: {E(r.portfolio_name)} measures at {long_date(q_end)}</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Measure</th>
<th scope="col" class="govuk-table__header num">{quarter_name(ly, 'q')}</th>
<th scope="col" class="govuk-table__header num">{quarter_name(prev, 'q')}</th>
<th scope="col" class="govuk-table__header num">{quarter_name(q_end, 'q')}</th>
<th scope="col" class="govuk-table__header num">Target</th></tr></thead>
<tbody class="govuk-table__body">
{chr(10).join(rows)}
</tbody>
</table>
""")
    r.traits |= {"performance-table", "period-columns", "target-column", "same-period-last-year", "table-caption",
                 "figures-at-heading"}
    f = rng.choice([x for x in figs if not x.percent])
    paras = [f"Compared with the previous quarter, {noun(rng, f.key)} were {change_words(r, f, f.history[-1])}.",
             subcount(r, rng.choice([x for x in figs if not x.percent])),
             trap_lines(r, ['trap-national'])[0] + " " + trap_lines(r, ['trap-other-council'])[0],
             cross(r, q_end)]
    extra = later(r, figs, last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 8))), rate=True)
    if extra and extra.as_of > q_end:
        r.figs.append(extra)
        rt = f" {_rate_text(extra, 0)}" if extra.rate is not None else ""
        paras.insert(1, f"At {long_date(extra.as_of)} there were {extra.show()} {noun(rng, extra.key)}{rt}.")
        if rt:
            r.traits.add("rate-in-line")
    out += [f"<p class=\"govuk-body\">{E(p)}</p>\n" for p in paras]
    notes = [f"Figures are for the quarter ending {long_date(q_end)}; rates use the ONS mid-year estimate.",
             f"{trap_lines(r, ['trap-years'])[0]}"]
    if any(x.marker == "sup" for x in figs):
        notes.insert(0, "1. Revised since first published after a data quality review.")
    out.append("<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">"
               "Notes on the data</span></summary><div class=\"govuk-details__text\">\n" +
               "".join(f"<p class=\"govuk-body-s\">{E(n)}</p>\n" for n in notes) + "</div></details>\n")
    r.traits.add("details-element")
    prs = r.priorities[:max(2, 5 - len(ds))][:6 - len(ds)]
    out.append(f"<h2 class=\"govuk-heading-m\" id=\"priorities\">4. Priorities</h2>\n<p class=\"govuk-body\">"
               f"{E(who)}'s priorities for the next six months are:</p>\n<ol class=\"govuk-list govuk-list--number\">\n" +
               "".join(f"<li>{E(p)}.</li>\n" for p in prs) + "</ol>\n")
    for p in prs:
        r.commit(p + ".")
    out.append(f"""<h2 class="govuk-heading-m" id="implications">5. Implications</h2>
<h3 class="govuk-heading-s">Financial</h3><p class="govuk-body">{E(trap_lines(r, ['trap-money'])[0])}</p>
<h3 class="govuk-heading-s">Equalities</h3><p class="govuk-body">{E(trap_lines(r, ['trap-ages'])[0])} {E(trap_lines(r, ['trap-percent'])[0])}</p>
<h2 class="govuk-heading-m">Contact</h2>
<p class="govuk-body">{E(r.officer[0])}, {E(r.officer[1])}<br>Telephone: {r.officer[2]}<br>Email: <a class="govuk-link" href="mailto:{r.officer[3]}">{r.officer[3]}</a></p>
</main>
<aside class="govuk-grid-column-one-third" role="complementary">
<h2 class="govuk-heading-s">Related meetings</h2>
<ul class="govuk-list">
""")
    for k in range(3):
        d = r.meeting + dt.timedelta(weeks=rng.randint(1, 3) + 3 * k) if k else r.meeting - dt.timedelta(weeks=rng.randint(3, 6))
        body = ["Overview and Scrutiny Management Board", r.executive, "Council"][k]
        out.append(f"<li><a class=\"govuk-link\" href=\"/council/meetings/{d:%Y-%m-%d}\">{body}, {long_date(d)}</a></li>\n")
    col = colleague(r)
    if col:
        out.append(f"<li><a class=\"govuk-link\" href=\"/councillors/{col[0].key}\">Councillor {E(col[0].name)}, "
                   f"{r.executive} Member for {E(PORTFOLIOS[col[1]])}</a></li>\n")
        r.traits.add("other-member-named")
    out.append(f"""</ul>
</aside>
<div class="govuk-!-margin-top-6"><h2 class="govuk-heading-s">Is this page useful?</h2>
<p class="govuk-body-s">Report a problem with this page: {trap_lines(r, ['trap-phone'])[0]}</p></div>
</div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">
<p class="govuk-footer__meta-custom">{COUNCIL}, {E('Town Hall, Crossley Street, Hollinsfield HF1 1UJ')}</p>
<p>&copy; {COUNCIL} {updated.year}. All content is available under the Open Government Licence v3.0.</p>
</div></footer>
</body>
</html>
""")
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date", "trap-postcode", "lettered-items" if False else "ordered-list-priorities"}
    final.write_text("".join(out), encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# verbal-update-note-text
# =====================================================================================

PANELS = {"childrens-services": "Children and Young People Scrutiny Panel", "education": "Children and Young People Scrutiny Panel",
          "adult-social-care": "Health and Adult Care Scrutiny Panel", "public-health": "Health and Adult Care Scrutiny Panel",
          "housing": "Place Scrutiny Panel", "environment": "Place Scrutiny Panel", "regeneration": "Place Scrutiny Panel",
          "community-safety": "Communities Scrutiny Panel", "finance": "Corporate Resources Scrutiny Panel",
          "culture": "Communities Scrutiny Panel"}
ASKERS = ["Cllr Mitchell", "Cllr Sheard", "Cllr Lumb-Harrison", "Cllr Naylor", "Cllr Patel"]


def wrap(text: str, indent: str = "", first: str | None = None, width: int = 78) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def make_verbal(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    as_at = last_month_end(r.meeting - dt.timedelta(days=rng.randint(8, 20)))
    figs = r.draw(rng.randint(3, 4), as_at, n_history=1, rates=0.9)
    r.figs = list(figs)
    forms = ["cllr-initial", "surname", "cllr-dotted", "cllr-full"]
    form = forms[r.variant % 4]
    _, who = member_as(rng, r.member, [form])
    r.traits |= member_traits(form)
    short = f"Cllr {r.member.surname}"
    circulated = r.meeting + dt.timedelta(days=rng.randint(2, 6))
    dform = r.variant % 2
    meet = weekday_ordinal(r.meeting) if dform == 0 else f"{DAYS[r.meeting.weekday()]} {dotted_zero(r.meeting)}"
    r.traits |= {"weekday-date", "ordinal-date"} if dform == 0 else {"weekday-date", "dotted-date", "zero-padded-dotted-date"}
    bar = "=" * 78
    out = [COUNCIL.upper(), PANELS[r.portfolio].upper(), "", f"NOTE OF {r.executive.upper()} MEMBER VERBAL UPDATE", bar,
           f"Meeting:        {meet}, {rng.choice(['6.00pm', '6.30pm', '10.00am'])}, Committee Room {rng.randint(1, 4)}",
           f"Member:         {who}, {r.role}",
           f"Officers:       {r.officer[0]} ({r.officer[1]})",
           f"Note taken by:  Scrutiny Support Officer, 01632 95{rng.randint(1000, 9999)}",
           f"Circulated:     {slash(circulated)}",
           f"Status:         Draft note, not minutes. Agenda item {r.item}.", bar, ""]
    r.traits |= {"plain-text", "field-lines", "trap-circulated-date", "trap-phone", "agenda-item-number", "verbal-update"}
    out += ["1. UPDATE", ""]
    if r.predecessor:
        out += [wrap(f"{short} began by thanking the previous {r.executive} Member, Cllr {r.predecessor.surname}, "
                     "for the work done on the portfolio."), ""]
        r.traits.add("predecessor-thanked")
    out += [wrap(f"{short} gave the Panel an update ('{r.title}'). {background(r, 1)[0]}"), ""]
    out += [wrap(f"The position at {long_date(as_at)}, as reported by {short}:"), ""]
    r.traits |= {"figures-at-heading", "dot-leaders"}
    for f in figs:
        lab = f.label if len(f.label) <= 44 else f.label[:41].rstrip() + "..."
        if len(f.label) > 44:
            lab = noun(rng, f.key)[:44]
        val = f.show()
        if f.rate is not None:
            val += " " + _rate_text(f, r.variant % 2)
            r.traits.add("rate-in-line")
        out.append(f"   {lab} " + "." * max(3, 50 - len(lab)) + f" {val}")
    lab, lv = lookalike(r, 1)
    out.insert(len(out) - rng.randint(0, len(figs) - 1), f"   {lab[:44]} " + "." * max(3, 50 - len(lab[:44])) + f" {lv[0]}")
    out.append("")
    f = rng.choice([x for x in figs if not x.percent])
    out += [wrap(f"{in_cap(noun(rng, f.key))} were {change_words(r, f, f.history[-1])} over the month. "
                 f"{trap_lines(r, ['trap-difference'])[0]}"), ""]
    out += ["2. QUESTIONS FROM MEMBERS", ""]
    askers = rng.sample(ASKERS, 3)
    big = [x for x in figs if not x.percent]
    g = rng.choice(big)
    qv = step(rng, g.metric, g.history[-1])
    out += [wrap(f"Q. {askers[0]} asked why {noun(rng, g.key)} had changed from the {g.show(qv)} quoted at the "
                 "Panel's last meeting.", indent="   ", first=""),
            wrap(f"A. {short} said the earlier figure had been for a different month. {subcount(r, g)}",
                 indent="   ", first=""), ""]
    r.traits |= {"questions-and-answers", "trap-figure-in-question"}
    out += [wrap(f"Q. {askers[1]} asked how Hollinsfield compared with similar councils.", indent="   ", first=""),
            wrap(f"A. {short} said: {trap_lines(r, ['trap-other-council'])[0]} {trap_lines(r, ['trap-national'])[0]}",
                 indent="   ", first=""), ""]
    extra = later(r, figs, r.meeting - dt.timedelta(days=rng.randint(2, 6)))
    if extra and extra.as_of > as_at:
        r.figs.append(extra)
        out += [wrap(f"Q. {askers[2]} asked whether there was a more recent figure.", indent="   ", first=""),
                wrap(f"A. {short} said the figure on {long_date(extra.as_of)} was {extra.show()} {noun(rng, extra.key)}.",
                     indent="   ", first=""), ""]
        r.traits.add("figure-in-answer")
    col = colleague(r)
    if col:
        out += [wrap(f"Q. {askers[0]} asked about the impact of the budget. {short} said this was a matter for "
                     f"Cllr {col[0].surname}, {r.executive} Member for {PORTFOLIOS[col[1]]}, but noted: "
                     f"{trap_lines(r, ['trap-money'])[0]}", indent="   ", first=""), ""]
        r.traits.add("other-member-named")
    out += [wrap(cross(r, as_at)), ""]
    out += ["3. PRIORITIES", ""]
    out.append(wrap(f"{short} set out the priorities for the next six months:"))
    out.append("")
    commits = [decision(d, "to") for d in r.decisions[:2]]
    items = [p for p in r.priorities[:3]] + []
    for i, p in enumerate(items):
        t = p + (";" if i < len(items) - 2 else "; and" if i == len(items) - 2 else ".")
        out.append(wrap(t, indent="         ", first=f"   ({['i', 'ii', 'iii', 'iv'][i]})  "))
        r.commit(t)
    out.append("")
    r.traits |= {"roman-items", "lead-in", "typed-numbering"}
    out += [wrap(f"{short} added that a report would go to {r.executive} seeking agreement {commits[0]}."), ""]
    r.traits.add("decision-in-prose")
    out += ["4. AGREED", ""]
    out.append(wrap("The Panel AGREED:"))
    out.append(wrap("that the update be noted; and", indent="        ", first="   (a)  "))
    out.append(wrap(f"that {short} be invited to the Panel's meeting on "
                    f"{long_date(r.meeting + dt.timedelta(weeks=rng.randint(8, 12)))}.", indent="        ", first="   (b)  "))
    out += ["", bar, f"Democratic Services | {COUNCIL} | {DOMAIN}", ""]
    r.traits |= {"standing-resolution", "trap-other-meeting-date", "panel-agreed-items"}
    final.write_text("\n".join(out), encoding="utf-8")
    return Job(r, final, final, [])


def in_cap(s: str) -> str:
    return s[0].upper() + s[1:]

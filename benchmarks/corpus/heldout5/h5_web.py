"""Held-out-5 templates written as text:

  easy-read-page          an Easy Read version of a Cabinet report on the council's website:
                          a two-column table of pictures and short sentences, numbers as
                          digits, 'for every 10,000 children', hard words explained
  members-bulletin-text   a weekly members' e-mail bulletin saved as plain text and hard-wrapped
                          at 72 characters: the Portfolio Holder's report to Cabinet, then other
                          portfolios' news in brief with their own figures, forthcoming meetings
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS, holder
from h5_model import (DAYS, MONTHS, Job, Report, background, colleague, cross, fin_year, last_month_end,
                      last_quarter_end, later, long_date, lookalike, member_as, name_traits, noun, ordinal,
                      quarter_name, slash, step, subcount, trap_lines)
from h5_word import abbr_ordinal, short_weekday
from h5_words import ADDRESS, decision

POP_EASY = {"children-0-17": "children", "adults-18-plus": "adults", "older-people-65-plus": "people aged 65 or over",
            "households": "households"}
PICTURES = ["calendar", "councillor", "town-hall", "people-talking", "chart", "tick", "money", "phone", "question"]


def make_easy_read(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(5, 25)))
    if r.variant % 2:
        as_at = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 30)))
    figs = r.draw(rng.randint(3, 4), as_at, n_history=1, rates=0.9)
    r.figs = list(figs)
    form, who = member_as(rng, r.member, ["full", "cllr-full", "councillor-initial"])
    r.traits |= name_traits(form)
    rows = []

    def row(pic: str, *sentences: str, raw: bool = False):
        body = "".join(f"<p>{s if raw else html.escape(s)}</p>\n" for s in sentences)
        rows.append(f'<tr>\n<td class="pic"><img src="/easyread/img/{pic}.png" alt="Picture: {pic.replace("-", " ")}" '
                    f'width="120" height="120"></td>\n<td class="words">\n{body}</td>\n</tr>')

    meet = f"{DAYS[r.meeting.weekday()]} {r.meeting.day} {MONTHS[r.meeting.month - 1]} {r.meeting.year}"
    head = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Easy Read: {html.escape(r.title)} | {COUNCIL}</title>
<style>body{{font-family:Arial,sans-serif;font-size:16pt;line-height:1.5}} td.pic{{width:140px;vertical-align:top}}
td.words p{{margin:0 0 .6em}} .hard{{font-weight:bold}}</style>
</head>
<body>
<header><a href="/">{COUNCIL}</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt; <a href="/easyread">Easy Read documents</a></header>
<main>
<h1>{html.escape(r.title)}</h1>
<p class="sub">Easy Read version of a report to the {r.executive}</p>
<table class="easyread">
"""
    row("calendar", f"The {r.executive} will talk about this report on {meet}.",
        f"The {r.executive} is a group of councillors who make big decisions for the council.")
    r.traits |= {"weekday-date", "easy-read", "picture-table"}
    row("councillor", f"This report is from {who}.",
        f"{r.member.name} is the councillor in charge of {r.portfolio_name.lower()}.",
        f"This councillor is called the {r.executive} Member.")
    if r.predecessor:
        row("people-talking", f"Before that, Councillor {r.predecessor.name} was in charge. We want to say thank you to them.")
        r.traits.add("predecessor-thanked")
    row("town-hall", background(r, 1)[0])
    # figures
    when = f"the end of {MONTHS[as_at.month - 1]} {as_at.year}"
    row("chart", f"What the numbers say", f"These numbers are from {when}.")
    r.traits |= {"figures-as-at-sentence", "as-of-month-name"}
    for f in figs:
        n = noun(rng, f.key)
        f.label = n
        pv = f.history[-1]
        if f.percent:
            s = [f"{f.show()} {n}.", f"Last time it was {f.show(pv)}."]
        else:
            s = [f"There were {f.show()} {n}."]
            if f.rate is not None:
                s.append(f"That is {f.rate:.1f} for every {f.metric.rate_per:,} {POP_EASY[f.metric.population]} in Hollinsfield.")
                r.traits |= {"rate-in-line", "rate-in-words"}
            s.append(f"Last time there were {f.show(pv)}.")
        row("chart", *s)
    r.traits |= {"trap-difference", "earlier-period-in-sentence"}
    big = [f for f in figs if not f.percent]
    row("people-talking", subcount(r, rng.choice(big)))
    lab, lv = lookalike(r, 1)
    row("chart", f"Another number: {lab.replace(' (%)', '')}: {lv[0]}.")
    row("chart", trap_lines(r, ["trap-other-council"])[0], trap_lines(r, ["trap-percent"])[0])
    row("money", trap_lines(r, ["trap-money"])[0])
    # decisions
    items = [decision(d, "imperative") + "." for d in r.decisions]
    lis = "\n".join(f"<li>{html.escape(t)}</li>" for t in items)
    rows.append(f'<tr>\n<td class="pic"><img src="/easyread/img/tick.png" alt="Picture: tick" width="120" height="120"></td>\n'
                f'<td class="words">\n<p>What we are asking the {r.executive} to do</p>\n<p>We are asking the {r.executive} to:</p>\n<ol>{lis}</ol>\n'
                f'<p>The {r.executive} will also look at the numbers in this report.</p>\n</td>\n</tr>')
    for t in items:
        r.commit(t)
    r.traits |= {"html-ordered-list", "lead-in", "auto-numbering"}
    prs = r.priorities[:max(1, 5 - len(items))]
    lis = "\n".join(f"<li>{html.escape(p)}.</li>" for p in prs)
    rows.append(f'<tr>\n<td class="pic"><img src="/easyread/img/heart.png" alt="Picture: heart" width="120" height="120"></td>\n'
                f'<td class="words">\n<p>What the councillor wants to do next</p>\n<ol type="a">{lis}</ol>\n</td>\n</tr>')
    for p in prs:
        r.commit(p + ".")
    r.traits.add("lettered-items")
    row("people-talking", "Who can get help", trap_lines(r, ['trap-ages'])[0])
    row("question", "Hard words", "Target: a number we are trying to reach.",
        "Rate: how many there are for every 1,000 or 10,000 people, so we can compare places of different sizes.")
    phone = f"01632 97{rng.randint(1000, 9999)}"
    row("phone", f"If you want to know more, phone {phone} or email easyread@{DOMAIN}.",
        f"Or write to us at {ADDRESS}.")
    r.traits |= {"trap-phone", "trap-postcode"}
    made = r.report_date + dt.timedelta(days=rng.randint(1, 4))
    foot = f"""</table>
<p class="made">This Easy Read version was made on {long_date(made)}. The full report is on the {r.executive} page.</p>
</main>
<footer><p>Page last updated: {slash(made)}</p><p>&copy; {COUNCIL} {made.year}</p></footer>
</body>
</html>
"""
    r.traits |= {"trap-page-updated-date", "trap-publication-date"}
    final.write_text(head + "\n".join(rows) + "\n" + foot, encoding="utf-8")
    return Job(r, final, final, [])


def wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), width=72, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def make_bulletin(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 30)))
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 10)))
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.9)
    extra = later(r, figs, as_at) if as_at > q_end else None
    r.figs = figs + ([extra] if extra else [])
    forms = ["surname", "cllr-dot", "cllr-initial", "full"]
    form = forms[r.variant % 4]
    if form == "surname":
        who, full_who = f"Cllr {r.member.surname}", f"Cllr {r.member.surname}"
        r.traits |= {"member-short-form", "member-surname-only"}
    else:
        form, who = member_as(rng, r.member, [form])
        full_who = who
        r.traits |= name_traits(form)
    sent = dt.datetime.combine(r.meeting - dt.timedelta(days=rng.randint(5, 8)), dt.time(rng.randint(9, 17), rng.randint(0, 59)))
    issue = rng.randint(120, 480)
    dform = r.variant % 3
    meet = {0: abbr_ordinal(r.meeting), 1: short_weekday(r.meeting), 2: long_date(r.meeting, weekday=True)}[dform]
    r.traits |= {0: {"abbreviated-ordinal-date"}, 1: {"weekday-date", "slash-date"}, 2: {"weekday-date"}}[dform]
    out = [f"From: Members' Services <members.bulletin@{DOMAIN}>",
           f"Sent: {DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}",
           "To: All Members",
           f"Subject: Members' Bulletin No. {issue} - {r.executive} {meet} - {r.portfolio_name}",
           "", "=" * 72, f"MEMBERS' BULLETIN  No. {issue}".center(72), "=" * 72, "",
           wrap(f"In this issue: 1. Portfolio Holder report to {r.executive}  2. Other portfolio news in brief  "
                "3. Forthcoming meetings"), "", "-" * 72,
           f"1. PORTFOLIO HOLDER REPORT TO {r.executive.upper()}, {meet.upper()}", "-" * 72, ""]
    r.traits |= {"email-headers", "trap-sent-date", "hard-wrapped-72", "wrapped-lines", "digest-of-portfolios"}
    out += [wrap(f"{r.title}. Report of {full_who}, {r.role}, to {r.executive} on {meet}. The full report is "
                 f"published with the {r.executive} agenda (item {r.item})."), ""]
    r.traits.add("agenda-item-number")
    out += [wrap(f"{background(r, 1)[0]} {trap_lines(r, ['trap-teams'])[0]}"), ""]
    out += [wrap(f"Performance at the end of {quarter_name(q_end, 'quarter')} ({slash(q_end)}):"), ""]
    r.traits |= {"figures-at-heading", "slash-date"}
    for f in figs:
        line = f"{f.label}: {f.show()}"
        if f.rate is not None:
            line += f" (per {f.metric.rate_per:,}: {f.rate:.1f})" if r.variant % 2 else f"; rate {f.rate:.1f} per {f.metric.rate_per:,}"
            r.traits.add("rate-in-line")
        line += f"; previous quarter {f.show(f.history[-1])}; target {f.target}"
        out.append(wrap(line, indent="    ", first="  - "))
    lab, lv = lookalike(r, 1)
    out.insert(len(out) - rng.randint(0, len(figs) - 1), wrap(f"{lab}: {lv[0]}", indent="    ", first="  - "))
    out.append("")
    r.traits |= {"dash-list-figures", "target-in-line", "earlier-period-in-line"}
    if extra:
        out += [wrap(f"Since the quarter end the number of {noun(rng, extra.key)} has moved to {extra.show()} "
                     f"(at {long_date(extra.as_of)})."), ""]
    big = [f for f in figs if not f.percent]
    out += [wrap(f"{subcount(r, rng.choice(big))} {trap_lines(r, ['trap-regional'])[0]}"), ""]
    out += [wrap(f"{r.executive} will be recommended to:"), ""]
    for i, d in enumerate(r.decisions):
        t = decision(d, "lower") + ("; and" if i == len(r.decisions) - 1 else ";")
        out.append(wrap(t, indent="      ", first=f"  ({ROMAN(i)})  "))
        r.commit(t)
    out.append(wrap(f"note the performance summarised above.", indent="      ", first=f"  ({ROMAN(len(r.decisions))})  "))
    out.append("")
    r.traits |= {"roman-items", "lead-in", "standing-resolution", "typed-numbering"}
    prs = r.priorities[:max(1, 5 - len(r.decisions))]
    out += [wrap(f"{who}'s priorities for the next quarter:"), ""]
    for i, p in enumerate(prs):
        out.append(wrap(p + ".", indent="     ", first=f"  {i + 1}. "))
        r.commit(p + ".")
    out += ["", wrap(f"Finance: {trap_lines(r, ['trap-money'])[0]}"), ""]
    # other portfolios in brief
    out += ["-" * 72, "2. OTHER PORTFOLIO NEWS IN BRIEF", "-" * 72, ""]
    seen = set()
    for _ in range(2):
        m, v = cross(r, q_end, pair=True)
        if m.portfolio in seen:
            continue
        seen.add(m.portfolio)
        h = holder(m.portfolio, r.meeting)
        name = f"Cllr {h.surname}" if h else "the Portfolio Holder"
        out += [wrap(f"{PORTFOLIOS[m.portfolio].upper()} ({name}): {v:,} {noun(rng, m.key)} were recorded at "
                     f"{long_date(q_end)}. A report will go to a future {r.executive}."), ""]
        r.traits.add("other-member-named")
    out += [wrap(trap_lines(r, ["trap-other-council"])[0]), ""]
    out += ["-" * 72, "3. FORTHCOMING MEETINGS", "-" * 72, ""]
    for k in range(3):
        d = r.meeting + dt.timedelta(days=7 * (k + 1) + rng.randint(0, 2))
        body = ["Overview and Scrutiny Committee", "Planning Committee", "Council", "Audit Committee"][(k + r.variant) % 4]
        out.append(f"  {slash(d)}  6.30pm  {body}")
    out += ["", wrap(f"Members' Services: 01632 97{rng.randint(1000, 9999)}. Please do not reply to this e-mail."), ""]
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date", "trap-phone"}
    final.write_text("\n".join(out) + "\n", encoding="utf-8")
    return Job(r, final, final, [])


def ROMAN(i: int) -> str:
    return ["i", "ii", "iii", "iv", "v", "vi"][i]

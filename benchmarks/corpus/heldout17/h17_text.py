"""Held-out-17 template in plain text:

  kpi-flash-email-text   the performance team's 'KPI flash' e-mail to Cabinet Members ahead of the
                         quarterly Cabinet report, saved from the mail client as text: the message
                         headers (From, Sent, To, Subject), '=====' and '-----' underlined headings,
                         the cover as dot-leader lines ('Cabinet Member ...... Cllr B. Cooper'),
                         each measure a dot-leader line with the latest value, then the quarter
                         before, the target and a RAG word in square brackets, its rate on an
                         indented line under it ('rate ...... 61.2 per 10,000 ...'), a context line
                         that is not a measure, footnotes numbered [1], and the decisions the
                         Cabinet report will ask for typed 1) 2) 3), the signature with a phone number
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from council import COUNCIL, DOMAIN
from h17_common import (DAYS, PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike,
                        meeting_date, other_member, perf, quarter_name, rate_words, status, thanks, trap_lines, who,
                        wrap)


def dots(label: str, value: str, width: int = 50, indent: str = "") -> str:
    lead = indent + label + " "
    return lead + "." * max(3, width - len(lead)) + " " + value


def underline(text: str, ch: str = "=") -> list[str]:
    return [text, ch * len(text)]


def make_flash(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.9)
    date = meeting_date(r, [0, 2, 3, 1, 4][v % 5])
    member = who(r, ["cllr-dot", "cllr-initial", "cllr-full", "councillor-initial", "full"][v % 5])
    r.traits |= {"email-headers", "plain-text", "underlined-headings", "dot-leaders", "rate-line-under",
                 "rag-words", "footnote-brackets", "typed-numbering", "agenda-item-number", "cover-lines",
                 "report-date-before-meeting-date", "trap-phone", "earlier-period-in-line", "target-in-line",
                 "period-columns", "target-column", "performance-table"}
    sent = r.report_date
    L = [f"From: Performance and Intelligence Team <performance@{DOMAIN}>",
         f"Sent: {DAYS[sent.weekday()]}, {long(sent)} {rng.randint(7, 9):02d}:{rng.randint(0, 59):02d}",
         f"To: {r.executive} Members; Corporate Management Team",
         f"Cc: Democratic Services",
         f"Subject: KPI FLASH - {PORTFOLIOS[r.portfolio]} - {quarter_name(q_end)}", "",
         "OFFICIAL", "", *underline(f"KPI FLASH REPORT: {PORTFOLIOS[r.portfolio].upper()}"), "",
         dots("Portfolio", PORTFOLIOS[r.portfolio], 34),
         dots(f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member} ({r.role})", 34),
         dots("Report to", f"{r.executive}, {date}", 34),
         dots("Agenda item", str(r.item), 34),
         dots("Data period", f"{quarter_name(q_end)} (to {long(q_end)})", 34),
         dots("Lead officer", f"{r.officer[0]}, {r.officer[1]}", 34), "",
         wrap(f"Dear colleagues, the quarter's flash figures for {PORTFOLIOS[r.portfolio]} are below, ahead of the "
              f"full report to {r.executive}. Figures marked [1] are provisional.", 72), ""]
    L += underline("HEADLINE MEASURES") + [""]
    marked = rng.choice(figs)
    marked.marker = "sup" if v % 2 == 0 else "p"
    lab, lv = lookalike(r, 3)
    k_look = rng.randint(1, len(figs))
    for i, f in enumerate(figs + [None]):
        if i == k_look:
            L.append(dots(f"{lab} (context only)", lv[2], 52))
        if f is None:
            continue
        val = f.show() + ((" [1]" if f.marker == "sup" else " (p)") if f is marked else "")
        L.append(dots(f.label, val, 52))
        L.append(f"      [{quarter_name(qs[1], 'short')}: {f.show(f.history[-1])} | target {f.target} | {status(f).upper()}]")
        if f.rate is not None:
            L.append(dots("rate", rate_words(f), 52, indent="      "))
            r.traits.add("rate-row")
    L.append("")
    L += underline("NOTES", "-")
    if marked.marker == "sup":
        L.append("[1] Provisional: the figure will be confirmed when the quarter's return is validated.")
    else:
        L.append("(p) provisional figure, subject to validation.")
    L.append("")
    extra, money = _extras(r, figs, q_end)
    bg = [x for x in (thanks(r).replace("I would like to thank", "The Cabinet Member thanks").replace(
        "held this portfolio before me", "held the portfolio before them") if thanks(r) else "",
        background(r, 1)[0], other_member(r).replace("I am grateful", "The Cabinet Member is grateful")
        .replace(" and I will report", " and the Cabinet Member will report").replace("our portfolios", "their portfolios")) if x]
    for x in bg + extra + [money]:
        L += [wrap(x, 72), ""]
    L += underline("FOR DECISION AT " + r.executive.upper()) + [""]
    L.append(f"The report to {r.executive} will ask it to:")
    its = items(r, "lower", "note the performance for the quarter")
    for k, it in enumerate(its):
        L.append(wrap(f"{k + 1}) {it}{ends(k, len(its))}", 72, indent="   ", first=""))
        if k:
            r.commit(it + ends(k, len(its)))
    L.append("")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    L += [wrap(f"The Performance Scrutiny Panel will look at the same figures on {long(nxt, weekday=True)}.", 72), ""]
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "implications"}
    L += ["Kind regards", "", "Performance and Intelligence Team", COUNCIL,
          f"Tel: 01632 97{rng.randint(1000, 9999)}", "",
          "This e-mail and any attachments are intended for the named recipients only.", ""]
    final.write_text("\n".join(L), encoding="utf-8")
    return Job(r, final, final, [])

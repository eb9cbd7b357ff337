"""Held-out-18 template drawn straight to PDF with reportlab (../heldout12's page layout engine):

  annual-outturn-yoy-report  the annual performance outturn report to Cabinet for a portfolio: the
                             year at a glance (the year's outturn in sentences), then a
                             year-on-year table (two years before, the year just ended, next
                             year's target; the unit in its own column; thousands set off with a
                             no-break space, '12 450'; 'n/a' where a measure was not collected),
                             rate rows, polarity, a '(context)' row; recommendations typed (a) (b)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from council import COUNCIL
from h12_common import Pager, draw_ops
from h18_common import (NBSP, PORTFOLIOS, Job, Report, _extras, background, cap, ends, fin_year, items, long,
                        lookalike, meeting_date, noun, other_member, polarity, rate_words, row_rate, spaced, thanks,
                        unit, who, word_counts, year_end_before)


def make_outturn(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    y_end = year_end_before(r.report_date - dt.timedelta(days=20))
    figs = r.draw(rng.randint(3, 4), y_end, n_history=2, rates=0.85)
    r.figs = list(figs)
    r.traits |= {"figures-at-heading", "as-at-differs-from-meeting", "year-on-year-columns", "unit-column",
                 "nbsp-thousands", "na-cells", "polarity-column", "cover-lines", "typed-numbering", "lettered-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "period-columns", "target-column", "performance-table", "rate-in-line"}
    date = meeting_date(r, [4, 1, 2, 0, 3][v % 5])
    member = who(r, ["cllr-dot", "councillor-initial", "cllr-full", "cllr-initial", "full"][v % 5])
    fy = fin_year(y_end)
    fy1 = fin_year(y_end - dt.timedelta(days=366))
    fy2 = fin_year(y_end - dt.timedelta(days=731))
    fyn = fin_year(y_end + dt.timedelta(days=200))
    p = Pager(font="Helvetica", bold="Helvetica-Bold", size=10.5, left=58, right=58, top=70, bottom=64)
    p.band(f"{COUNCIL}  |  {r.executive}", fill=(0.16, 0.32, 0.44), size=10)
    p.para(f"Annual Performance Outturn {fy}", font="Helvetica-Bold", size=18, after=2)
    p.para(PORTFOLIOS[r.portfolio], font="Helvetica-Bold", size=13, after=8, colour=(0.16, 0.32, 0.44))
    for lab, val in (("Meeting", r.executive), ("Date", date), ("Agenda item", str(r.item)),
                     (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
                     ("Director", f"{r.officer[0]}, {r.officer[1]}"), ("Outturn data as at", long(y_end)),
                     ("Published", long(r.report_date))):
        p.para(f"{lab}: {val}", after=1)
    p.space(6)
    p.para("Recommendations", font="Helvetica-Bold", size=12.5)
    p.para(f"{r.executive} is asked:")
    its = items(r, "to", "to note the outturn for the year")
    for k, it in enumerate(its):
        p.para(f"{it}{ends(k, len(its))}", indent=28, hang=f"({'abcdefg'[k]})")
        if k:
            r.commit(it + ends(k, len(its)))
    p.para("The year at a glance", font="Helvetica-Bold", size=12.5)
    mark = ["star", "p", "star", "p", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    glance = []
    for f in figs:
        tail = f" ({rate_words(f)})" if f.rate is not None else ""
        m = {"p": " (p)", "star": "*"}[mark] if f is marked else ""
        glance.append((f"\u2022 {f.label}: {f.show()}{m} in {fy}{tail}.", "Helvetica", 10))
    p.box(glance, fill=(0.92, 0.95, 0.97))
    p.para("Background", font="Helvetica-Bold", size=12.5)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        p.para(tx)
    p.para("Outturn year on year", font="Helvetica-Bold", size=12.5)
    p.para(f"The table gives each measure for the last three years to {long(y_end)} and the target for {fyn}. "
           "Numbers are as the performance system exports them.")
    head = ["Measure", "Unit", f"{fy2} outturn", f"{fy1} outturn", f"{fy} outturn", f"{fyn} target", "Polarity"]
    rows = [head]
    na = rng.choice(figs)
    for f in figs:
        first = "n/a" if f is na else spaced(f, f.history[0], NBSP).rstrip("%")
        m = {"p": " (p)", "star": "*"}[mark] if f is marked else ""
        rows.append([f.label, unit(f), first, spaced(f, f.history[1], NBSP).rstrip("%"),
                     spaced(f, None, NBSP).rstrip("%") + m, f.target.replace(",", NBSP).rstrip("%"), polarity(f)])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], dt.date(y_end.year - 2, 3, 31)), f.rate_at(f.history[1], dt.date(y_end.year - 1, 3, 31)), f.rate]
            rows.append([row_rate(f), f"per {f.metric.rate_per:,}".replace(",", NBSP),
                         "n/a" if f is na else f"{rr[0]:.1f}", f"{rr[1]:.1f}", f"{rr[2]:.1f}", "\u2013", ""])
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 3)
    rows.insert(rng.randint(1, 2), [lab + " (context)", "number"] + lv + ["\u2013", "\u2013"])
    p.table(rows, [150, 60, 62, 62, 62, 62, 70], size=8.5)
    p.para({"p": "(p) provisional: the figure will be confirmed in the statutory return.",
            "star": "* provisional until the statutory return is validated."}[mark], size=8.5)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        f0 = rated[0]
        p.para(f"{cap(noun(rng, f0.key))} ended the year at {f0.show()}, a rate of {rate_words(f0)}.")
    extra, money = _extras(r, figs, y_end)
    extra = [x.replace("Since the quarter ended", "Since the year ended") for x in extra]
    for tx in extra:
        p.para(tx)
    p.para("Implications", font="Helvetica-Bold", size=12.5)
    p.para(f"Financial: {money}")
    p.para("Legal: none arising from this report.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    p.para(f"The Overview and Scrutiny Committee will review the outturn on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    p.para(f"Contact: {r.officer[0]}, tel. {r.officer[2]}", size=9.5)
    out = work / (final.stem + ".pdf") if pdf else final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Adobe InDesign 15.1 (Windows)")
    c.setProducer("Adobe PDF Library 15.0")
    c.setTitle(f"Annual Performance Outturn {fy}")
    W, H = A4
    n = len(p.pages)
    for k, ops in enumerate(p.pages, 1):
        draw_ops(c, ops)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 58, 34, f"{k}")
        c.drawString(58, 34, f"Annual Performance Outturn {fy} \u2013 {PORTFOLIOS[r.portfolio]}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])

"""Held-out-21 template drawn straight to PDF with reportlab (../heldout12's page layout engine), as
a council's report template exported to PDF:

  status-summary-count-report  a Cabinet report that opens its performance section with a
                               status summary (how many indicators are Green, Amber, Red and
                               without a target, and the share on target), then the indicator
                               table with a 'Good is' (High / Low) polarity column, three
                               quarters, the target and the status; rate rows, a '(context)'
                               row; the recommendations typed 1. 2.; the member's signature
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from council import COUNCIL
from h12_common import Pager, draw_ops
from h21_common import (LOWER_BETTER, NOTE, PORTFOLIOS, Job, Report, _extras, background, cap, ends, items, long,
                        lookalike, mark_text, meeting_date, noun, other_member, perf, quarter_name, rate_words,
                        row_rate, status, thanks, who, word_counts)


def make_statussum(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [2, 3, 4, 0, 1, 2][v % 6])
    member = who(r, ["cllr-full", "cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full"][v % 6])
    r.traits |= {"status-summary-counts", "polarity-column", "cover-lines", "typed-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "period-columns", "target-column",
                 "performance-table", "rag-column", "signature", "decimal-section-numbers"}
    its = items(r, "lower", "note the performance summary and the indicator table")
    p = Pager(font="Helvetica", bold="Helvetica-Bold", size=10, left=64, right=64, top=64, bottom=70)
    p.band(COUNCIL.upper(), fill=(0.35, 0.16, 0.42), size=11, font="Helvetica-Bold", h=24)
    p.space(6)
    p.para(f"Report to {r.executive}", font="Helvetica-Bold", size=12, after=2)
    p.para(r.title, font="Helvetica-Bold", size=16, after=8)
    for lab, val in (("Date of meeting", date), ("Agenda item", str(r.item)),
                     (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
                     ("Report author", f"{r.officer[0]}, {r.officer[1]}"), ("Tel", r.officer[2]),
                     ("Date of report", long(r.report_date))):
        p.para(f"{lab}: {val}", size=10, after=1)
    p.space(8)
    p.para("1. Recommendations", font="Helvetica-Bold", size=12)
    p.para(f"{r.executive} is recommended to:")
    for k, it in enumerate(its):
        p.para(f"{it}{ends(k, len(its))}", indent=24, hang=f"{k + 1}.")
        if k:
            r.commit(it + ends(k, len(its)))
    p.para("2. Background", font="Helvetica-Bold", size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x], 1):
        p.para(f"2.{k} {tx}")
    p.para("3. Performance", font="Helvetica-Bold", size=12)
    counts = Counter(status(f) for f in figs)
    on = counts.get("Green", 0)
    p.para(f"3.1 Status summary for {quarter_name(q_end, 'quarter')} (to {long(q_end)}):")
    p.table([["Status", "Number of indicators"], ["Green (on or better than target)", str(counts.get("Green", 0))],
             ["Amber (within 6% of target)", str(counts.get("Amber", 0))],
             ["Red (more than 6% off target)", str(counts.get("Red", 0))], ["No target (context)", "1"],
             ["Total", str(len(figs) + 1)]], [230, 120], size=9, head_fill=(0.88, 0.84, 0.91), after=6)
    p.para(f"3.2 {round(100 * on / len(figs))}% of the targeted indicators were on or better than target.")
    p.para(f"3.3 The indicators in full, the latest quarter on the right. 'Good is' shows whether a higher or a lower "
           "value is better.")
    mark = ["sup", "star", "p", "sup", "star", "p"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator", "Good is"] + [quarter_name(q) for q in qs] + ["Target", "Status"]
    rows, sup = [head], {}
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        latest = f.show() + (mark_text(mark) if f is marked and mark != "sup" else "")
        rows.append([f.label, "Low" if f.key in LOWER_BETTER else "High", f.show(f.history[0]), f.show(f.history[1]),
                     latest, f.target, status(f)])
        if f is marked and mark == "sup":
            sup[(len(rows) - 1, 4)] = "1"
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append([row_rate(f), ""] + [f"{x:.1f}" for x in rr] + ["", ""])
            r.traits.add("rate-row")
        if n + 1 == ctx:
            rows.append([f"{lab} (context)", "\u2013"] + lv + ["\u2013", "\u2013"])
    p.table(rows, [160, 40, 58, 58, 58, 48, 45], size=8.5, head_fill=(0.88, 0.84, 0.91), sup=sup)
    p.para(NOTE[mark], size=8)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        p.para(f"{cap(noun(rng, rated[0].key))} were {rated[0].show()} at {long(q_end)}, a rate of "
               f"{rate_words(rated[0])}.")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        p.para(tx)
    p.para("4. Implications", font="Helvetica-Bold", size=12)
    p.para(f"4.1 Financial: {money}")
    p.para("4.2 Legal: none arising from this report.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    p.para(f"4.3 The Overview and Scrutiny Committee will consider the summary on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    p.space(10)
    p.para("Signed:", size=10)
    p.para(member, font="Helvetica-Bold", size=10, after=0)
    p.para(r.role, size=10)
    out = work / (final.stem + ".pdf") if pdf else final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Microsoft\u00ae Word for Microsoft 365")
    c.setProducer("Microsoft\u00ae Word for Microsoft 365")
    c.setTitle(r.title)
    W, H = A4
    for k, ops in enumerate(p.pages, 1):
        draw_ops(c, ops)
        c.setFont("Helvetica", 8)
        c.drawString(64, 36, f"{r.executive} \u2013 {long(r.meeting)} \u2013 item {r.item}")
        c.drawRightString(W - 64, 36, f"{k}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])

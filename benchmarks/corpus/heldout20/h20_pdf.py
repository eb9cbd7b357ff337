"""Held-out-20 template drawn straight to PDF with reportlab (../heldout12's page layout engine), as
a committee management system publishes a decision with its report:

  decision-notice-report  the committee system's 'Decision notice' on the first page (decision
                          maker, date of decision, date of publication, call-in expiry, the
                          portfolio, 'Decision' with the items as resolved, reasons, alternative
                          options, conflicts of interest, the Democratic Services officer), then
                          the report to the meeting on the next page: cover lines, the
                          recommendations typed (a) (b), a three-quarter table with target and
                          RAG, rate rows; the member's signature block on the notice
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from council import COUNCIL
from h12_common import Pager, draw_ops
from h20_common import (NOTE, PORTFOLIOS, Job, Report, _extras, background, cap, ends, items, long, meeting_date,
                        noun, other_member, perf, perf_rows15, quarter_name, rate_words, thanks, who, word_counts)


def make_notice(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 4, 2, 3, 1, 0][v % 6])
    member = who(r, ["cllr-full", "councillor-initial", "cllr-initial", "full", "cllr-dot", "cllr-full"][v % 6])
    published = r.meeting + dt.timedelta(days=rng.randint(1, 3))
    callin = r.meeting + dt.timedelta(days=rng.randint(8, 10))
    r.traits |= {"decision-notice", "call-in-date", "cover-lines", "typed-numbering", "lettered-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "signature", "decisions-repeated", "trap-other-meeting-date"}
    its = items(r, "lower", "note the performance set out in the report")
    p = Pager(font="Helvetica", bold="Helvetica-Bold", size=10, left=62, right=62, top=70, bottom=70)
    p.para(COUNCIL, font="Helvetica-Bold", size=13, after=4)
    p.band("DECISION NOTICE", fill=(0.16, 0.29, 0.47), size=12, font="Helvetica-Bold", h=22)
    p.space(4)
    rows = [["Decision maker", r.executive], ["Date of decision", date], ["Agenda item", str(r.item)],
            ["Title", r.title], ["Portfolio", PORTFOLIOS[r.portfolio]],
            [f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"],
            ["Date of publication of this notice", long(published)],
            ["Call-in expiry date", f"5.00pm, {long(callin, weekday=True)}"],
            ["Decision status", "Recommendations approved"], ["Key decision", "No"]]
    p.table([["Item", "Detail"]] + rows, [170, 300], size=9.5, head_fill=(0.86, 0.89, 0.94), after=10)
    p.para("Decision:", font="Helvetica-Bold", size=11)
    p.para(f"{r.executive} RESOLVED to:")
    for k, it in enumerate(its):
        p.para(f"{it}{ends(k, len(its))}", indent=28, hang=f"({'abcdefg'[k]})")
        if k:
            r.commit(it + ends(k, len(its)))
    p.para("Reasons for the decision:", font="Helvetica-Bold", size=11)
    p.para(f"{r.executive} receives the portfolio's performance every quarter and the decisions follow from it.")
    p.para("Alternative options considered:", font="Helvetica-Bold", size=11)
    p.para("None: the report is for information and the decisions continue agreed work.")
    p.para("Conflicts of interest declared:", font="Helvetica-Bold", size=11)
    p.para("None.")
    p.para(f"These decisions may be called in by the Overview and Scrutiny Committee by the call-in expiry date. "
           f"Contact: Democratic Services, {r.officer[2]}.", size=9)
    p.space(6)
    p.para("Signed: ______________________", size=10)
    p.para(f"{member}, {r.role}", font="Helvetica-Bold", size=10)
    # the report
    p.new_page()
    p.para(f"{COUNCIL} \u2013 report to {r.executive}", font="Helvetica-Bold", size=12, after=6)
    p.para(r.title, font="Helvetica-Bold", size=15, after=8)
    for lab, val in (("Meeting", r.executive), ("Date", date), ("Report of", f"{member}, {r.role}"),
                     ("Report author", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"),
                     ("Date of report", long(r.report_date))):
        p.para(f"{lab}: {val}", size=10, after=1)
    p.space(8)
    p.para("1. Recommendations", font="Helvetica-Bold", size=12)
    p.para(f"{r.executive} is asked to:")
    for k, it in enumerate(its):
        p.para(f"{it}{ends(k, len(its))}", indent=28, hang=f"({'abcdefg'[k]})")
    p.para("2. Background", font="Helvetica-Bold", size=12)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        p.para(tx)
    p.para("3. Performance", font="Helvetica-Bold", size=12)
    p.para(f"The table shows the last three quarters to {long(q_end)}, with the target for each indicator.")
    mark = ["star", "p", "sup", "star", "p", "sup"][v % 6]
    head, rows2, marked = perf_rows15(r, figs, qs, marker=mark, rag=True)
    sup = {}
    if mark == "sup" and marked is not None:
        for i, row in enumerate(rows2, 1):
            if row[0] == marked.label:
                sup[(i, 3)] = "1"
    p.table([head] + rows2, [170, 62, 62, 62, 55, 45], size=8.5, head_fill=(0.86, 0.89, 0.94), sup=sup)
    p.para(NOTE[mark], size=8)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        p.para(f"{cap(noun(rng, rated[0].key))} were {rated[0].show()} at the end of the quarter, a rate of "
               f"{rate_words(rated[0])}.")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        p.para(tx)
    p.para("4. Implications", font="Helvetica-Bold", size=12)
    p.para(f"Financial: {money}")
    p.para("Legal: none arising from this report.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    p.para(f"The Overview and Scrutiny Committee will next review the portfolio on {long(nxt, weekday=True)}.")
    r.traits |= {"other-meetings-listed"}
    out = work / (final.stem + ".pdf") if pdf else final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Modern.gov")
    c.setProducer("ABCpdf")
    c.setTitle(f"Decision - {r.title}")
    W, H = A4
    n = len(p.pages)
    for k, ops in enumerate(p.pages, 1):
        draw_ops(c, ops)
        c.setFont("Helvetica", 8)
        c.drawString(62, 36, f"{r.executive} {long(r.meeting)}")
        c.drawRightString(W - 62, 36, f"Page {k}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])

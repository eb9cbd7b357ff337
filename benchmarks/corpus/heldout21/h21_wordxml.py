"""Held-out-21 template written as WordprocessingML by hand (the package's parts written by
../heldout20/h20_wordxml's writer, no library), some saved as .odt or PDF by LibreOffice:

  month-columns-quarter-report  a Cabinet report whose quarterly table has a column for each of
                                the quarter's months ('Oct | Nov | Dec'), then the quarter's own
                                column ('Q3 2019/20': the total for counts of events, the position
                                at the quarter's end for counts of people, the quarter's rate for
                                percentages), the quarter before, the target and RAG; the
                                recommendations numbered 1. 2. by Word (numbering.xml), the
                                member's signature at the end
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from council import COUNCIL
from h18_wordxml import run, tbl, tc
from h20_wordxml import para, write_docx
from h21_common import (NOTE, PORTFOLIOS, Job, Report, _extras, background, cap, ends, items, long, lookalike,
                        mark_text, meeting_date, month_values, months_of, noun, other_member, perf, quarter_name,
                        rate_words, row_rate, status, thanks, who, word_counts)


def make_monthcols(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [3, 2, 0, 1, 4, 3][v % 6])
    member = who(r, ["full", "cllr-dot", "cllr-initial", "councillor-initial", "cllr-full", "full"][v % 6])
    r.traits |= {"month-columns", "quarter-total-column", "cover-table", "auto-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "period-columns", "target-column",
                 "performance-table", "rag-column", "signature"}
    b = []
    b.append(para(run(COUNCIL.upper(), bold=True, size=22, colour="1F3864")))
    b.append(para(run(f"Report to {r.executive}", size=24)))
    b.append(para(run(r.title, bold=True, size=32)))
    cover = [("Date of meeting", date), ("Agenda item", str(r.item)),
             (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
             ("Contact officer", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2]),
             ("Date of report", long(r.report_date))]
    b.append(tbl([tc(para(run(a, bold=True)), 3000, fill="DEEAF6") + tc(para(run(c)), 6400) for a, c in cover],
                 [3000, 6400]))
    b.append(para())
    b.append(para(run("1. Purpose of report"), style="Heading2"))
    b.append(para(run(f"To report the {PORTFOLIOS[r.portfolio]} portfolio's performance in "
                      f"{quarter_name(q_end, 'quarter')}, month by month, to {long(q_end)}.")))
    b.append(para(run("2. Recommendations"), style="Heading2"))
    b.append(para(run(f"{r.executive} is asked to:")))
    its = items(r, "lower", "note the monthly and quarterly performance")
    for k, it in enumerate(its):
        b.append(para(run(it + ends(k, len(its))), style="ListNumber"))
        if k:
            r.commit(it + ends(k, len(its)))
    b.append(para(run("3. Background"), style="Heading2"))
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        b.append(para(run(tx)))
    b.append(para(run("4. Performance in the quarter"), style="Heading2"))
    ms = months_of(q_end)
    qn = quarter_name(q_end)
    b.append(para(run(f"Table 1 gives each month of the quarter and the quarter as a whole ({qn}): for counts of "
                      "events the quarter's total, for counts of people the position at the end of the quarter, "
                      "for percentages the quarter's own result. The previous quarter and the target are for "
                      "comparison.")))
    mark = ["star", "sup", "p", "star", "sup", "p"][v % 6]
    if final.suffix == ".txt":
        mark = "p"
    marked = rng.choice(figs)
    marked.marker = mark
    widths = [2650, 850, 850, 850, 1250, 1150, 900, 950]
    head = ["Indicator"] + [f"{m:%b}" for m in ms] + [qn, quarter_name(qs[1]), "Target", "RAG"]
    rows = ['<w:trPr><w:tblHeader/></w:trPr>' + "".join(tc(para(run(h, bold=True, colour="FFFFFF", size=17)), wd, fill="1F3864")
                                                     for h, wd in zip(head, widths))]
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))

    def cells(vals):
        return "".join(tc(para(x if x.startswith("<w:r") else run(x, size=17)), wd) for x, wd in zip(vals, widths))
    for n, f in enumerate(figs):
        mv = month_values(r, f)
        latest = run(f.show(), size=17, bold=True)
        if f is marked:
            latest = run(f.show() + (mark_text(mark) if mark != "sup" else ""), size=17, bold=True)
            if mark == "sup":
                latest += run("1", sup=True, size=17)
        rows.append(cells([f.label] + mv + [latest, f.show(f.history[1]), f.target, status(f)]))
        if f.rate is not None:
            rows.append(cells([row_rate(f), "", "", "", f"{f.rate:.1f}", f"{f.rate_at(f.history[1], qs[1]):.1f}", "", ""]))
            r.traits.add("rate-row")
        if n + 1 == ctx:
            rows.append(cells([f"{lab} (context)"] + lv + [lv[2], "", "\u2013", ""]))
    b.append(tbl(rows, widths))
    b.append(para(run(NOTE[mark]), style="Small"))
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        b.append(para(run(f"{cap(noun(rng, rated[0].key))} numbered {rated[0].show()} for the quarter to "
                          f"{long(q_end)}, a rate of {rate_words(rated[0])}.")))
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        b.append(para(run(tx)))
    b.append(para(run("5. Implications"), style="Heading2"))
    for lab2, tx in (("Financial", money), ("Legal", "None arising from this report."),
                     ("Equalities", "No adverse impact identified.")):
        b.append(para(run(f"{lab2}: ", bold=True) + run(tx)))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    b.append(para(run(f"The Overview and Scrutiny Committee will review the quarter on {long(nxt, weekday=True)}.")))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b.append(para())
    b.append(para(run("Signed")))
    b.append(para(run(member, bold=True)))
    b.append(para(run(f"{r.role}")))
    src = work / (final.stem + ".docx") if (pdf or final.suffix != ".docx") else final
    write_docx(src, "".join(b), r.title, r.report_date, f"{COUNCIL} \u2013 {r.executive} {long(r.meeting)}")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else (["lo-odt"] if final.suffix == ".odt" else
                                                             ["lo-txt"] if final.suffix == ".txt" else [])
    return Job(r, final, src, steps)

"""Held-out-11 templates drawn straight to PDF (reportlab, invariant: the same bytes each run):

  rotated-appendix-pdf   a Cabinet report whose performance appendix pages are landscape
                         pages stored portrait with /Rotate 90 (as Word's PDF export and
                         printers write them): the page's content drawn turned a quarter
                         turn in a portrait MediaBox
  booklet-pdf            the report printed as an A5 booklet: eight A5 pages, two to a
                         landscape A4 sheet in imposition order (8|1, 2|7, 6|3, 4|5), so a
                         reader of the file meets page 8 before page 1

and the printed copy of an accessible plain-text version (for its scans).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from council import COUNCIL, PORTFOLIOS
from h3_model import status
from h11_common import (ADDRESS, Job, Report, cap, ends, items, long, lookalike, meeting_date, noun, ordinal_long,
                        other_member, quarter, quarter_name, rate_short, rate_words, row_rate, slash, thanks,
                        trap_lines, who, background)
from h11_text import _extras

F, FB = "Helvetica", "Helvetica-Bold"


def lines_of(text: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


class Flow:
    """Paragraphs set down a page from the top; a new page when one is full."""

    def __init__(self, c, width: float, height: float, margin: float, footer):
        self.c, self.W, self.H, self.m, self.footer = c, width, height, margin, footer
        self.y = height - margin
        self.page = 1

    def need(self, h: float) -> None:
        if self.y - h < self.m + 20:
            self.new_page()

    def new_page(self) -> None:
        self.footer(self.c, self.page)
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m

    def para(self, text: str, size: float = 10.5, font: str = F, indent: float = 0, hang: str = "",
             after: float = 6, lead: float = 1.3) -> list:
        """Returns the lines' boxes (x0, top, x1, bottom) in points from the page's top."""
        width = self.W - 2 * self.m - indent
        ls = lines_of(text, font, size, width)
        boxes = []
        for i, line in enumerate(ls):
            self.need(size * lead)
            self.c.setFont(font, size)
            if hang and i == 0:
                self.c.drawString(self.m + indent - stringWidth(hang + " ", font, size) - 4, self.y - size, hang)
            self.c.drawString(self.m + indent, self.y - size, line)
            boxes.append((self.page, self.m + indent, self.H - self.y, self.m + indent + stringWidth(line, font, size),
                          self.H - self.y + size * lead))
            self.y -= size * lead
        self.y -= after
        return boxes


# =====================================================================================
# rotated-appendix-pdf
# =====================================================================================

def make_rotated(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs = quarter(r)
    figs = r.draw(rng.randint(3, 5), q_end, n_history=2, rates=0.8)
    r.figs = list(figs)
    provisional = rng.sample(figs, min(2, len(figs)))
    for f in provisional:
        f.marker = "p"
    date = meeting_date(r, [3, 1, 0, 2, 4][r.variant % 5])
    member = who(r, ["cllr-dot", "full", "councillor-initial", "cllr-initial", "cllr-full"][r.variant % 5])
    W, H = A4
    out = to or final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(r.title)
    c.setAuthor(r.officer[0])
    c.setCreator("Microsoft\u00ae Word for Microsoft 365")
    c.setProducer("Microsoft\u00ae Word for Microsoft 365")
    ref = f"CAB/{r.meeting:%y}/{r.item:03d}"

    def footer(cv, n):
        cv.setFont(F, 8)
        cv.drawString(56, 30, f"{ref}   {r.title}")
        cv.drawRightString(W - 56, 30, f"Page {n}")

    fl = Flow(c, W, H, 56, footer)
    fl.para(COUNCIL, 16, FB, after=2)
    fl.para(f"Report to {r.executive}", 13, FB, after=10)
    redact = []
    for lab, val in [("Meeting date", date), ("Agenda item", str(r.item)), ("Report title", r.title),
                     ("Portfolio", PORTFOLIOS[r.portfolio]), ("Report of", f"{member}, {r.role}"),
                     ("Key decision", rng.choice(["Yes", "No"])), ("Wards", "All wards"),
                     ("Contact officer", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2])]:
        c.setFont(FB, 10)
        c.drawString(56, fl.y - 10, lab + ":")
        c.setFont(F, 10)
        c.drawString(190, fl.y - 10, val)
        if lab in ("Contact officer", "Telephone"):
            redact.append((fl.page, 188, H - fl.y - 2, 192 + stringWidth(val, F, 10), H - fl.y + 13))
        fl.y -= 15
    r.redact = redact
    r.traits |= {"cover-lines", "agenda-item-number", "trap-phone"}
    fl.y -= 10
    fl.para("1. Purpose of report", 12, FB)
    fl.para(f"To set out the performance of the {PORTFOLIOS[r.portfolio]} portfolio for {quarter_name(q_end, 'quarter')}, "
            "shown in Appendix A, and to seek agreement to the recommendations.", indent=28, hang="1.1")
    fl.para("2. Recommendations", 12, FB)
    its = items(r, "that", "That Cabinet notes the performance set out in Appendix A")
    its[0] = f"That {r.executive} notes the performance set out in Appendix A"
    its = [its[0]] + [x.replace("That Cabinet", f"That {r.executive}") for x in its[1:]]
    for i, it in enumerate(its):
        fl.para(it + ".", indent=28, hang=f"2.{i + 1}")
        if i:
            r.commit(it + ".")
    r.traits |= {"typed-numbering", "numbered-paragraphs"}
    fl.para("3. Background", 12, FB)
    k = 1
    for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]):
        if t:
            fl.para(t, indent=28, hang=f"3.{k}")
            k += 1
    fl.para("4. Performance", 12, FB)
    fl.para(f"The indicators in Appendix A are at the end of each quarter; the latest quarter ended on {long(q_end)}. "
            "Figures marked (p) are provisional.", indent=28, hang="4.1")
    extra, money = _extras(r, figs, q_end)
    for t in extra:
        fl.para(t, indent=28, hang=f"4.{k}")
        k += 1
    fl.para("5. Financial implications", 12, FB)
    fl.para(money, indent=28, hang="5.1")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(11, 15))
    fl.para("6. Background papers", 12, FB)
    fl.para(f"Quarterly performance report to {r.executive}, {long(prev)}.", indent=28, hang="6.1")
    fl.para("Appendices", 12, FB)
    fl.para("Appendix A: Portfolio performance indicators (landscape).", indent=28)
    r.traits |= {"implications", "trap-other-meeting-date", "report-date-before-meeting-date"}
    fl.para(f"{r.officer[0]}, {r.officer[1]}, {slash(r.report_date)}", 9, after=2)
    footer(c, fl.page)
    c.showPage()
    # Appendix A: landscape, stored portrait with /Rotate 90
    page = fl.page + 1
    c.setPageSize((H, W))
    c.setPageRotation(90)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    LW, LH = H, W  # the landscape page as read
    y = LH - 50
    c.setFont(FB, 13)
    c.drawString(50, y, f"Appendix A: {PORTFOLIOS[r.portfolio]} performance, {quarter_name(q_end, 'quarter')}")
    y -= 28
    cols = [50, 330, 410, 490, 570, 650, 720]
    heads = ["Indicator"] + [quarter_name(q) for q in qs] + ["Target", "RAG", "Trend"]
    c.setFont(FB, 9.5)
    for x, t in zip(cols + [770], heads):
        c.drawString(x, y, t)
    y -= 6
    c.line(50, y, LW - 50, y)
    y -= 16
    rows = []
    for f in figs:
        latest = f.show() + (" (p)" if f.marker == "p" else "")
        trend = "up" if f.value > f.history[1] else "down" if f.value < f.history[1] else "same"
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), latest, f.target, status(f)[0], trend])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append(["   " + row_rate(f)] + [f"{x:.1f}" for x in rr] + ["", "", ""])
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), [lab] + vals + ["-", "", ""])
    c.setFont(F, 9.5)
    for row in rows:
        for x, t in zip(cols + [770], row):
            c.drawString(x, y, t)
        y -= 20
    c.setFont(F, 8)
    c.drawString(50, y - 6, "(p) provisional, subject to year-end validation. RAG: G on or better than target, "
                             "A within 6% of target, R more than 6% off target.")
    c.drawString(50, 30, f"{ref}   Appendix A")
    c.drawRightString(LW - 50, 30, f"Page {page}")
    c.restoreState()
    c.showPage()
    r.traits |= {"rotated-pages", "landscape-appendix", "figures-at-heading", "period-columns", "target-column",
                 "rag-column", "performance-table", "provisional-marker", "appendix-table"}
    c.save()
    if to is None:
        from convert import _fixed_pdf_id
        final.write_bytes(_fixed_pdf_id(final.read_bytes()))
    return Job(r, final, out, [])


# =====================================================================================
# booklet-pdf
# =====================================================================================

IMPOSE = [(8, 1), (2, 7), (6, 3), (4, 5)]


def make_booklet(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs = quarter(r)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.9)
    r.figs = list(figs)
    date = meeting_date(r, [1, 4, 0, 3, 2][r.variant % 5])
    member = who(r, ["full", "cllr-initial", "cllr-full", "councillor-initial"][r.variant % 4])
    AW, AH = A5  # 420 x 595
    M = 34
    pages: dict[int, list] = {}  # page -> [(x, y_from_top, text, font, size)]

    class P:
        def __init__(self, n):
            self.ops, self.y = [], M + 10
            pages[n] = self.ops

        def text(self, t, size=9.5, font=F, indent=0, after=5, hang=""):
            for i, line in enumerate(lines_of(t, font, size, AW - 2 * M - indent)):
                if hang and i == 0:
                    self.ops.append((M, self.y + size, hang, font, size))
                self.ops.append((M + indent, self.y + size, line, font, size))
                self.y += size * 1.3
            self.y += after
            assert self.y < AH - M - 20, f"{r.name}: booklet page overflows"

    p1 = P(1)
    p1.text(COUNCIL, 13, FB, after=60)
    p1.text(r.title, 20, FB, after=16)
    p1.text(f"Quarterly portfolio report to {r.executive}", 12, after=6)
    p1.text(date, 12, FB, after=6)
    p1.text(f"Agenda item {r.item}", 11, after=40)
    p1.text(f"{member}", 12, FB, after=2)
    p1.text(r.role, 11)
    r.traits |= {"agenda-item-number", "cover-page"}
    p2 = P(2)
    p2.text("Contents", 13, FB, after=8)
    for i, t in enumerate(["Foreword", "At a glance", "Our indicators", "More about the quarter",
                           "What Cabinet is asked to do", "Contact us"], 3):
        p2.text(f"{t} .......... {i}", 10, after=3)
    p2.text("About this booklet", 11, FB, after=4)
    p2.text(f"This booklet is the report to {r.executive} printed for members and for the public gallery. "
            "The figures are for the quarter; the latest quarter ended on " + long(q_end) + ".", 9.5)
    p3 = P(3)
    p3.text("Foreword", 13, FB, after=8)
    for t in (thanks(r), other_member(r), background(r, 1)[0], rng.choice(r.priorities) + " remains my first priority."):
        if t:
            p3.text(t)
    p3.text(member, 10, FB, after=1)
    p3.text(r.role, 9.5)
    r.traits.add("signature")
    p4 = P(4)
    p4.text("At a glance", 13, FB, after=10)
    for f in figs:
        p4.text(f.show(), 22, FB, after=1)
        line = f"{noun(rng, f.key)} at {long(q_end)}" if not f.percent else f"{noun(rng, f.key)} in the quarter to {long(q_end)}"
        if f.rate is not None:
            line += f", that is {rate_words(f)}"
            r.traits.add("rate-in-line")
        p4.text(cap(line), 9.5, after=10)
    r.traits |= {"figures-at-heading", "big-numbers"}
    p5 = P(5)
    p5.text("Our indicators", 13, FB, after=8)
    cols = [M, M + 160, M + 205, M + 250, M + 300]
    p5.ops.append((cols[0], p5.y + 9, "Indicator", FB, 8.5))
    for x, q in zip(cols[1:], qs):
        p5.ops.append((x, p5.y + 9, quarter_name(q, "qq"), FB, 8.5))
    p5.ops.append((cols[4], p5.y + 9, "Target", FB, 8.5))
    p5.y += 16
    rows = []
    for f in figs:
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), f.show(), f.target])
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), [lab] + vals + ["-"])
    for row in rows:
        lab_lines = lines_of(row[0], F, 8.5, 150)
        for j, ll in enumerate(lab_lines):
            p5.ops.append((cols[0], p5.y + 9 + j * 10, ll, F, 8.5))
        for x, t in zip(cols[1:], row[1:]):
            p5.ops.append((x, p5.y + 9, t, F, 8.5))
        p5.y += 10 * len(lab_lines) + 6
    p5.y += 6
    r.traits |= {"period-columns", "target-column", "performance-table"}
    extra, money = _extras(r, figs, q_end)
    p6 = P(6)
    p6.text("More about the quarter", 13, FB, after=8)
    for t in extra:
        p6.text(t)
    p6.text(money)
    prev = r.meeting - dt.timedelta(weeks=rng.randint(10, 16))
    p6.text(f"The last quarterly report went to {r.executive} on {long(prev)}.")
    r.traits |= {"trap-other-meeting-date", "implications"}
    p7 = P(7)
    p7.text(f"What {r.executive} is asked to do", 13, FB, after=8)
    p7.text(f"{r.executive} is asked to:")
    its = items(r, "lower", "note the performance in this booklet")
    for i, it in enumerate(its):
        p7.text(it + ends(i, len(its)), indent=16, hang=f"{i + 1}.")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits.add("typed-numbering")
    p8 = P(8)
    p8.y = 300
    p8.text("Contact us", 12, FB)
    p8.text(f"{r.officer[0]}, {r.officer[1]}")
    p8.text(f"Telephone {r.officer[2]}   Email {r.officer[3]}")
    p8.text(ADDRESS)
    p8.text("This booklet can be made available in large print, Braille, audio and other languages.", 8.5)
    p8.text(f"Printed {long(r.report_date)}. Printed on recycled paper.", 8)
    r.traits |= {"trap-phone", "report-date-before-meeting-date", "booklet", "imposed-pages", "out-of-reading-order"}
    out = to or final
    SW, SH = A4[1], A4[0]  # the landscape A4 sheet, two A5 pages side by side
    c = canvas.Canvas(str(out), pagesize=(SW, SH), invariant=1, pageCompression=1)
    c.setTitle(f"{r.title} booklet")
    c.setCreator("Adobe InDesign 15.1 (Windows)")
    c.setProducer("Adobe PDF Library 15.0")
    for left, right in IMPOSE:
        for n, x0 in ((left, 0), (right, SW / 2)):
            for x, y, t, font, size in pages[n]:
                c.setFont(font, size)
                c.drawString(x0 + x, SH - y, t)
            c.setFont(F, 8)
            if n not in (1, 8):
                c.drawCentredString(x0 + SW / 4, 20, str(n))
        c.setDash(2, 3)
        c.setLineWidth(0.3)
        c.line(SW / 2, 0, SW / 2, 8)
        c.line(SW / 2, SH - 8, SW / 2, SH)
        c.setDash()
        c.showPage()
    c.save()
    if to is None:
        from convert import _fixed_pdf_id
        final.write_bytes(_fixed_pdf_id(final.read_bytes()))
    return Job(r, final, out, [])


# =====================================================================================
# the accessible text version printed (for its scans)
# =====================================================================================

def print_text(r: Report, text: str, to: Path) -> None:
    W, H = A4
    c = canvas.Canvas(str(to), pagesize=A4, invariant=1)
    y, n = H - 60, 1
    for line in text.split("\n"):
        if y < 60:
            c.setFont("Courier", 8)
            c.drawRightString(W - 50, 30, f"{n}")
            c.showPage()
            y, n = H - 60, n + 1
        c.setFont("Courier", 9.5)
        c.drawString(50, y, line)
        y -= 12.5
    c.setFont("Courier", 8)
    c.drawRightString(W - 50, 30, f"{n}")
    c.showPage()
    c.save()

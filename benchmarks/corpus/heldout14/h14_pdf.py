"""Held-out-14 templates drawn straight to PDF (reportlab):

  indesign-annual-report   a portfolio's annual report laid out in InDesign and exported to PDF:
                           the text layer carries the fi/fl/ff ligature characters, words hyphenated
                           at line ends ('chil-' / 'dren'), a 'key facts' panel of big numbers with
                           their labels under them, two columns; the blocks drawn in the content
                           stream in an order other than the reading order (panel and the right
                           column before the left)
  excel-scorecard-print    an Excel performance scorecard printed to PDF: gridlines, no column
                           letters, a merged title row, RAG as the words Red/Amber/Green, arrows
                           for direction of travel, numbers right-aligned with thousands
                           separators, a second sheet ('Rates') printed on the next page
  scottish-report-pdf      a Scottish-style committee report by an Executive Director ('Ward(s):
                           All', '1. RECOMMENDATIONS 1.1 The Cabinet is asked to: (i) (ii)',
                           'Appendix 1' table), as PDF (and as the text exported from it: h14_text)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from council import COUNCIL
from h3_words import DIRECTORS
from h14_common import (PORTFOLIOS, Job, Op, Pager, Report, _extras, background, draw_ops, ends, items, long,
                        meeting_date, noun, other_member, perf, perf_rows, quarter_name, rate_words, slash, thanks,
                        who)
from h14_word import scorecard_rows

DV = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in (("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"), ("Sans", "DejaVuSans.ttf"),
               ("Sans-Bold", "DejaVuSans-Bold.ttf"), ("Sans-Cond", "DejaVuSansCondensed.ttf"),
               ("Sans-Cond-Bold", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, DV + _f))

LIGS = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def ligate(text: str) -> str:
    for a, b in LIGS:
        text = text.replace(a, b)
    return text


def _split(word: str) -> tuple[str, str] | None:
    """A plausible hyphenation point in a long word (between a vowel and a consonant), or None."""
    core = word.rstrip(".,;:)")
    if len(core) < 7 or not core.isalpha():
        return None
    vowels = "aeiouy"
    for i in range(len(core) // 2, len(core) - 3):
        if core[i - 1] in vowels and core[i] not in vowels:
            return word[:i] + "-", word[i:]
    return None


def hyphen_lines(text: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        t = f"{cur} {word}" if cur else word
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
            i += 1
            continue
        sp = _split(word)
        if sp and stringWidth(f"{cur} {sp[0]}", font, size) <= width:
            out.append(f"{cur} {sp[0]}")
            cur = ""
            words[i] = sp[1]
            continue
        out.append(cur)
        cur = ""
    if cur:
        out.append(cur)
    return out


def _column(ops, x, y, width, paras, font="Serif", size=9.5, lead=13.0):
    hyph = False
    for text, kind in paras:
        f = "Serif-Bold" if kind == "h" else font
        s = 11 if kind == "h" else size
        lines = hyphen_lines(text, f, s, width) if kind != "h" else [text]
        for ln in lines:
            if ln.endswith("-"):
                hyph = True
            ops.append(Op("text", x, y, ligate(ln), f, s))
            y -= lead
        y -= 6
    return y, hyph


def make_indesign(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.7)
    date = meeting_date(r, [4, 0, 1, 3, 2][r.variant % 5])
    member = who(r, ["full", "cllr-full", "councillor-initial", "full", "cllr-initial"][r.variant % 5])
    r.traits |= {"indesign", "ligatures", "hyphenated-line-ends", "key-facts-panel", "big-numbers",
                 "two-columns", "stream-order-differs"}
    accent = rng.choice([(0.05, 0.42, 0.45), (0.55, 0.12, 0.35), (0.2, 0.3, 0.6), (0.1, 0.45, 0.2)])
    W, H = A4
    blocks: dict[str, list[Op]] = {"mast": [], "facts": [], "left": [], "right": [], "p2": [], "foot": []}
    m = blocks["mast"]
    m.append(Op("rect", 0, H - 150, w=W, h=150, fill=accent))
    m.append(Op("text", 40, H - 62, f"{PORTFOLIOS[r.portfolio]}", "Sans-Bold", 24, colour=(1, 1, 1)))
    m.append(Op("text", 40, H - 90, f"Annual Report {q_end.year - (1 if q_end.month < 4 else 0)}/"
                f"{(q_end.year + (0 if q_end.month < 4 else 1)) % 100:02d}", "Sans", 15, colour=(1, 1, 1)))
    m.append(Op("text", 40, H - 118, f"Presented to {r.executive}, {date} (item {r.item})", "Sans", 10.5,
                colour=(1, 1, 1)))
    m.append(Op("text", 40, H - 136, f"Report of {member}, {r.role}", "Sans", 10.5, colour=(1, 1, 1)))
    r.traits.add("agenda-item-number")
    # key facts: big numbers with their labels under them
    fa = blocks["facts"]
    fa.append(Op("rect", 40, H - 300, w=W - 80, h=130, fill=(0.94, 0.94, 0.94)))
    fa.append(Op("text", 52, H - 190, f"KEY FACTS AT {long(q_end).upper()}", "Sans-Bold", 9, colour=accent))
    cw = (W - 100) / len(figs)
    for k, f in enumerate(figs):
        x = 52 + k * cw
        fa.append(Op("text", x, H - 235, f.show(), "Sans-Bold", 26 if len(figs) <= 3 else 20, colour=accent))
        words = noun(rng, f.key) if not f.percent else f.label.replace(" (%)", "")
        lines = hyphen_lines(words, "Sans", 8.5, cw - 14)
        for j, ln in enumerate(lines[:3]):
            fa.append(Op("text", x, H - 252 - j * 11, ln, "Sans", 8.5))
        if f.rate is not None:
            fa.append(Op("text", x, H - 252 - len(lines[:3]) * 11, f"{f.rate:.1f} per {f.metric.rate_per:,}", "Sans", 8.5))
    extra, money = _extras(r, figs, q_end)
    fore = [x for x in (thanks(r), other_member(r)) if x]
    lead = figs[0]
    left = [("Foreword", "h"),
            (f"Welcome to the annual report for the {PORTFOLIOS[r.portfolio]} portfolio. It reflects the efforts of "
             f"staff, partners and volunteers across the borough, and sets out the difference their work has made "
             f"to residents during a difficult but fulfilling year. {' '.join(fore)}", "p"),
            ("Our performance", "h"),
            (f"{lead.label} stood at {lead.show()} at {long(q_end)}"
             + (f", {rate_words(lead)}" if lead.rate is not None else "") + ". "
             + " ".join(f"{f.label} was {f.show()}." for f in figs[1:]), "p")]
    left.append((f"\u2014 {member}, {r.role}", "p"))
    r.traits.add("signature")
    if lead.rate is not None:
        r.traits.add("rate-in-line")
    right = [("Looking ahead", "h")] + [(tx, "p") for tx in extra] + [(background(r, 1)[0], "p"),
                                                                       ("Finance", "h"), (money, "p")]
    col_w = (W - 100) / 2
    yl, h1 = _column(blocks["left"], 40, H - 330, col_w, left)
    yr, h2 = _column(blocks["right"], 60 + col_w, H - 330, col_w, right)
    # page 2: recommendations (set in the sans, no ligatures) and the table
    p = Pager(font="Sans", bold="Sans-Bold", size=10, left=40, right=40, top=60, bottom=60)
    p.para("What we are asking Cabinet to do" if r.cabinet else "What we are asking the Executive to do",
           font="Sans-Bold", size=13, colour=accent)
    p.para(f"That {r.executive}:")
    its = items(r, "lower", "notes the annual report")
    for i, it in enumerate(its):
        p.para(it + ends(i, len(its)), indent=22, hang=f"{i + 1}.")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits.add("typed-numbering")
    p.para("Performance over the year", font="Sans-Bold", size=13, colour=accent)
    head, rows, marked = perf_rows(r, figs, qs, marker="star", rate_rows=True)
    p.table([head] + rows, [190, 70, 70, 70, 60], size=8.5, head_fill=(0.9, 0.9, 0.9))
    p.para("* provisional", size=8)
    p.para(f"Contact: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}", size=8.5)
    r.traits |= {"trap-phone", "asterisk-marker"}
    out = to or final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Adobe InDesign 18.2 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    c.setTitle(f"{PORTFOLIOS[r.portfolio]} Annual Report")
    # the stream order InDesign wrote: the panel, the right column, the masthead, the left column
    for key in ("facts", "right", "mast", "left"):
        draw_ops(c, blocks[key])
    c.setFont("Sans", 8)
    c.drawString(W - 60, 30, "1")
    c.showPage()
    for page in p.pages:
        draw_ops(c, page)
        c.setFont("Sans", 8)
        c.drawString(W - 60, 30, "2")
        c.showPage()
    c.save()
    return Job(r, final, out, [])


def _grid_row(c, x, y, widths, cells, font, size, h, right=(), fills=None):
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.4)
    for j, (w, t) in enumerate(zip(widths, cells)):
        if fills and fills.get(j):
            c.setFillColorRGB(*fills[j])
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont(font, size)
        if j in right:
            c.drawRightString(x + w - 3, y + 4, t)
        else:
            c.drawString(x + 3, y + 4, t)
        x += w


def make_scorecard(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [2, 3, 0, 4, 1][r.variant % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "cllr-full", "councillor-initial"][r.variant % 5])
    r.traits |= {"excel-print", "gridlines", "merged-title-row", "rag-words", "direction-arrows",
                 "right-aligned-numbers", "second-sheet", "performance-table", "period-columns", "target-column",
                 "rag-column", "agenda-item-number", "landscape"}
    out = to or final
    size = landscape(A4)
    W, H = size
    c = canvas.Canvas(str(out), pagesize=size, invariant=1)
    c.setCreator("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    x0 = 36
    widths = [48, 250, 72, 72, 72, 64, 56, 40]
    total = sum(widths)
    y = H - 50
    c.setFont("Sans", 7.5)
    c.drawString(x0, H - 24, f"{PORTFOLIOS[r.portfolio]} scorecard \u2013 {r.executive} {date} \u2013 Item {r.item}")
    # merged title row
    _grid_row(c, x0, y, [total], [f"{PORTFOLIOS[r.portfolio].upper()} PERFORMANCE SCORECARD \u2013 "
                                  f"{quarter_name(q_end).upper()}"], "Sans-Cond-Bold", 11, 20,
              fills={0: (0.84, 0.89, 0.95)})
    y -= 16
    _grid_row(c, x0, y, [total], [f"Portfolio holder: {member}, {r.role}    Data as at {long(q_end)}"],
              "Sans-Cond", 8.5, 16)
    y -= 16
    head = ["Ref", "Indicator"] + [quarter_name(q) for q in qs] + ["Target", "RAG", "DoT"]
    _grid_row(c, x0, y, widths, head, "Sans-Cond-Bold", 8.5, 16, fills={j: (0.9, 0.9, 0.9) for j in range(8)})
    rows = scorecard_rows(r, figs, qs)
    from h14_common import lookalike
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), ["", lab] + vals + ["-", "", ""])
    for row in rows:
        y -= 16
        fill = {"Red": (1, 0.6, 0.6), "Amber": (1, 0.85, 0.4), "Green": (0.66, 0.82, 0.56)}.get(row[6])
        _grid_row(c, x0, y, widths, row, "Sans-Cond", 8.5, 16, right=(2, 3, 4, 5), fills={6: fill} if fill else None)
    y -= 30
    c.setFont("Sans-Cond-Bold", 9)
    c.drawString(x0, y, "Recommendations")
    c.setFont("Sans-Cond", 9)
    y -= 14
    c.drawString(x0, y, f"{r.executive} is asked to:")
    its = items(r, "lower", "note the scorecard")
    for i, it in enumerate(its):
        y -= 13
        c.drawString(x0 + 10, y, f"{i + 1}. {it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits.add("typed-numbering")
    c.setFont("Sans", 7.5)
    c.drawCentredString(W / 2, 20, "Page 1 of 2")
    c.drawString(x0, 20, "Scorecard")
    c.showPage()
    # sheet 2: rates and commentary
    c.setFont("Sans", 7.5)
    c.drawString(x0, H - 24, f"{PORTFOLIOS[r.portfolio]} scorecard \u2013 {r.executive} {date} \u2013 Item {r.item}")
    y = H - 50
    w2 = [300, 90, 110, 200]
    _grid_row(c, x0, y, [sum(w2)], ["RATES PER HEAD OF POPULATION AND COMMENTARY"], "Sans-Cond-Bold", 11, 20,
              fills={0: (0.84, 0.89, 0.95)})
    y -= 16
    _grid_row(c, x0, y, w2, ["Indicator", "Rate", "Per", "Comment"], "Sans-Cond-Bold", 8.5, 16,
              fills={j: (0.9, 0.9, 0.9) for j in range(4)})
    for f in figs:
        y -= 16
        rate = f"{f.rate:.1f}" if f.rate is not None else "n/a"
        per = f"{f.metric.rate_per:,}" if f.rate is not None else ""
        _grid_row(c, x0, y, w2, [f.label, rate, per, rng.choice(["On track", "Monitor", "Improving", "See note"])],
                  "Sans-Cond", 8.5, 16, right=(1, 2))
    if any(f.rate is not None for f in figs):
        r.traits.add("rate-on-second-sheet")
    y -= 30
    extra, money = _extras(r, figs, q_end)
    c.setFont("Sans-Cond", 9)
    for tx in extra + [money]:
        p = Pager(font="Sans-Cond", size=9)
        for ln in p.lines(tx, "Sans-Cond", 9, W - 2 * x0):
            c.drawString(x0, y, ln)
            y -= 12
        y -= 4
    c.setFont("Sans", 7.5)
    c.drawCentredString(W / 2, 20, "Page 2 of 2")
    c.drawString(x0, 20, "Rates")
    c.showPage()
    c.save()
    return Job(r, final, out, [])


def scottish_blocks(r: Report) -> list[tuple[str, str]]:
    """The Scottish report's paragraphs (kind: 'h' heading, 'p' paragraph, 'kv' cover line,
    't' table row as tab-separated cells); shared by the PDF and the text export."""
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [1, 4, 2, 0, 3][r.variant % 5])
    member = who(r, ["cllr-full", "councillor-initial", "full", "cllr-initial", "cllr-dot"][r.variant % 5])
    r.traits |= {"scottish-style", "executive-director", "ward-all", "appendix-table", "roman-items",
                 "typed-numbering", "cover-lines", "report-number", "agenda-item-number"}
    B: list[tuple[str, str]] = [("h", COUNCIL.upper()), ("kv", f"Report to:\t{r.executive}"),
                                ("kv", f"Date of Meeting:\t{date}"), ("kv", f"Agenda Item:\t{r.item}"),
                                ("kv", f"Report by:\tExecutive Director ({DIRECTORS[r.portfolio].split(', ')[-1]})"),
                                ("kv", f"Report No:\tCAB/{r.meeting:%y}/{rng.randint(10, 240):03d}"),
                                ("kv", f"Portfolio Holder:\t{member}"),
                                ("kv", "Ward(s):\tAll"), ("kv", f"Subject:\t{r.title}"),
                                ("h", "1. RECOMMENDATIONS"), ("p", f"1.1 The {r.executive} is asked to:")]
    its = items(r, "lower", "note the performance set out in Appendix 1")
    rn = ["i", "ii", "iii", "iv"]
    for i, it in enumerate(its):
        B.append(("li", f"({rn[i]}) {it}{ends(i, len(its))}"))
        if i:
            r.commit(it + ends(i, len(its)))
    B += [("h", "2. PURPOSE OF REPORT"),
          ("p", f"2.1 This report advises the {r.executive} of the performance of the {PORTFOLIOS[r.portfolio]} "
                f"service for {quarter_name(q_end, 'quarter')}, ending {long(q_end)}."),
          ("h", "3. BACKGROUND")]
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0]) if x], 1):
        B.append(("p", f"3.{k} {tx}"))
    B.append(("h", "4. PERFORMANCE"))
    lead = figs[0]
    B.append(("p", f"4.1 {lead.label} was {lead.show()} at {long(q_end)}"
              + (f" ({rate_words(lead)})." if lead.rate is not None else ".")
              + " Appendix 1 sets out all of the indicators."))
    if lead.rate is not None:
        r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        B.append(("p", f"4.{k} {tx}"))
    B += [("h", "5. IMPLICATIONS"), ("p", f"5.1 Financial: {money}"),
          ("p", "5.2 Legal: none arising from this report."),
          ("p", "5.3 Equalities: an Equality Impact Assessment is not required."),
          ("h", "6. CONSULTATION"),
          ("p", "6.1 The Chief Executive, the Head of Legal and Democratic Services and the Head of Finance have been "
                "consulted and their comments incorporated.")]
    o = other_member(r)
    if o:
        B.append(("p", f"6.2 {o}"))
    B += [("p", f"Author: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}"),
          ("p", f"Date: {slash(r.report_date)}")]
    r.traits |= {"trap-phone", "report-date-before-meeting-date"}
    head, rows, marked = perf_rows(r, figs, qs, marker="star", rag=True)
    B += [("pb", ""), ("h", "Appendix 1"), ("p", f"Performance indicators, {PORTFOLIOS[r.portfolio]}"),
          ("t", "\t".join(head))] + [("t", "\t".join(row)) for row in rows] + [("p", "* provisional figure")]
    return B


def make_scottish(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    B = scottish_blocks(r)
    p = Pager(font="Helvetica", bold="Helvetica-Bold", size=11, left=64, right=64, top=64, bottom=64)
    trows = []
    for kind, text in B + [("end", "")]:
        if kind != "t" and trows:
            p.table(trows, [180, 62, 62, 62, 52, 44], size=8.5)
            trows = []
        if kind == "h":
            p.para(text, font="Helvetica-Bold", after=6)
        elif kind == "kv":
            k, v = text.split("\t")
            p.need(16)
            p.y -= 15
            p.op(Op("text", p.left, p.y, k, "Helvetica-Bold", 11))
            p.op(Op("text", p.left + 130, p.y, v, "Helvetica", 11))
        elif kind == "p":
            p.para(text)
        elif kind == "li":
            hang, rest = text.split(" ", 1)
            p.para(rest, indent=40, hang=hang)
        elif kind == "pb":
            p.new_page()
        elif kind == "t":
            trows.append(text.split("\t"))
    out = to or final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Microsoft\u00ae Word for Microsoft 365")
    c.setProducer("Microsoft\u00ae Word for Microsoft 365")
    n = len(p.pages)
    for i, page in enumerate(p.pages, 1):
        draw_ops(c, page)
        c.setFont("Helvetica", 9)
        c.drawCentredString(A4[0] / 2, 32, f"Page {i} of {n}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])

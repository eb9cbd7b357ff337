"""Held-out-12 templates drawn straight to PDF:

  browser-printed-web-page   the council's web page for a Cabinet report printed to PDF from a
                             browser ('Save as PDF' in Chrome or Edge): the print date and time and
                             the page's <title> in the top margin, its URL and 'n/N' in the bottom
                             margin; the site's header, menus, search box, the cookie banner and
                             the footer printed with the content
  ocr-searchable-scan        a 'searchable' PDF as a multifunction scanner's OCR (or Acrobat's
                             'Recognize Text') makes it: each page a scanned image with an
                             invisible text layer over it; the text layer has the usual OCR errors
                             ('rn' read 'm', 'l' read '1', a digit misread in one of a figure's two
                             appearances); the paper is what counts
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from convert import _fixed_pdf_id
from council import COUNCIL, DOMAIN
from h12_common import (PORTFOLIOS, Job, Op, Pager, Report, _extras, background, cap, draw_ops, ends, items, long,
                        meeting_date, noun, other_member, perf, perf_rows, quarter_name, rate_words, slash, thanks,
                        trap_lines, who, short_month)

MENU = ["Home", "Bins and recycling", "Council tax", "Housing", "Jobs", "Planning", "Council and democracy",
        "Contact us"]


# =====================================================================================
# browser-printed-web-page
# =====================================================================================

def make_browser(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.9)
    date = meeting_date(r, [0, 4, 1, 2, 3][r.variant % 5])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full"][r.variant % 5])
    printed = dt.datetime.combine(r.meeting + dt.timedelta(days=rng.randint(20, 500)),
                                  dt.time(rng.randint(8, 18), rng.randint(0, 59)))
    updated = r.meeting + dt.timedelta(days=rng.randint(2, 15))
    slug = r.title.lower().replace(":", "").replace(",", "").replace("'", "").replace(" ", "-")
    url = f"https://www.{DOMAIN}/council-and-democracy/cabinet-reports/{r.meeting.year}/{slug}"
    title = f"{r.title} | {COUNCIL}"
    r.traits |= {"browser-print", "print-header-date", "trap-print-date", "cookie-banner", "site-navigation",
                 "trap-page-updated-date"}
    p = Pager(font="Helvetica", bold="Helvetica-Bold", size=9.5, left=40, right=40, top=52, bottom=48)
    # the cookie banner, printed where it sat (the top of the page, above the header)
    p.box([("Cookies on hollinsfield.gov.uk", "Helvetica-Bold", 10),
           ("We use some essential cookies to make this website work. We'd like to set additional cookies to "
            "understand how you use the site and improve our services.", "Helvetica", 8.5),
           ("[ Accept additional cookies ]    [ Reject additional cookies ]    View cookies", "Helvetica-Bold", 8.5)],
          fill=(0.93, 0.93, 0.93))
    p.band(f"{COUNCIL}", fill=(0.05, 0.25, 0.45), size=13, font="Helvetica-Bold", h=26)
    p.para("Search this site  [                                        ]  Search        Sign in  |  Report it  |  Pay it  |  Apply for it",
           size=7.5, colour=(0.3, 0.3, 0.3))
    p.band("   ".join(MENU), fill=(0.88, 0.92, 0.96), colour=(0.05, 0.25, 0.45), size=8)
    p.para(f"Home  >  Council and democracy  >  Cabinet  >  Cabinet reports {r.meeting.year}", size=7.5,
           colour=(0.2, 0.2, 0.6))
    p.para(r.title, font="Helvetica-Bold", size=18, after=8)
    p.para(f"Report to {r.executive}, {date}. Agenda item {r.item}.", font="Helvetica-Bold", size=10)
    p.para(f"Report of: {member}, {r.role}", size=10)
    p.para(f"Contact: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}", size=9)
    r.traits |= {"agenda-item-number", "trap-phone", "cover-lines"}
    p.rule()
    p.para("On this page: Summary | Recommendations | Performance | Background | Financial implications",
           size=8, colour=(0.2, 0.2, 0.6))
    p.para("Summary", font="Helvetica-Bold", size=13)
    p.para(f"This report tells {r.executive} how the {PORTFOLIOS[r.portfolio]} portfolio performed in "
           f"{quarter_name(q_end, 'quarter')}, the three months to {long(q_end)}, and asks it to make the "
           "decisions below.")
    p.para("Recommendations", font="Helvetica-Bold", size=13)
    p.para(f"That {r.executive}:")
    its = items(r, "lower", "note the performance of the portfolio in the quarter")
    for i, it in enumerate(its):
        p.para(it + ends(i, len(its)), indent=26, hang=f"{i + 1}.")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"auto-numbering", "html-ordered-list"}
    p.para("Performance", font="Helvetica-Bold", size=13)
    p.para(f"The table shows each of the portfolio's indicators at the end of the last three quarters. The "
           f"latest quarter ended on {long(q_end)}.")
    head, rows, marked = perf_rows(r, figs, qs, marker=rng.choice(["p", "star"]))
    p.table([head] + rows, [170, 80, 80, 80, 70], size=8.5)
    p.para({"p": "(p) provisional", "star": "* provisional, subject to validation"}[marked.marker], size=7.5)
    for f in figs:
        if f.rate is not None and rng.random() < 0.5:
            p.para(f"{cap(noun(rng, f.key))} at {long(q_end)} were {f.show()}, which is {rate_words(f)}.")
            r.traits.add("rate-in-line")
            break
    extra, money = _extras(r, figs, q_end)
    for t in extra:
        p.para(t)
    p.para("Background", font="Helvetica-Bold", size=13)
    for t in (thanks(r), other_member(r), background(r, 1)[0]):
        if t:
            p.para(t)
    p.para("Financial implications", font="Helvetica-Bold", size=13)
    p.para(money)
    r.traits.add("implications")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(4, 7), days=2)
    p.para(f"The report will be considered by the Overview and Scrutiny Committee on {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date"}
    p.para(f"Report published: {slash(r.report_date)}", size=8.5)
    p.rule()
    p.para("Was this page useful?   [ Yes ]   [ No ]      Report a problem with this page", size=8)
    p.para(f"Page last updated: {long(updated)}", size=8)
    p.band("Accessibility  |  Cookies  |  Privacy notice  |  Contact us  |  Follow us on social media",
           fill=(0.2, 0.2, 0.2), size=7.5)
    p.para(f"\u00a9 {COUNCIL} {updated.year}. {trap_lines(r, ['trap-phone'])[0]}", size=7.5)
    out = to or final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                 "Chrome/118.0.0.0 Safari/537.36")
    c.setProducer("Skia/PDF m118")
    c.setTitle(title)
    W, H = A4
    n = len(p.pages)
    stamp = f"{printed:%d/%m/%Y, %H:%M}"
    for k, ops in enumerate(p.pages, 1):
        draw_ops(c, ops)
        c.setFont("Helvetica", 7.5)
        c.drawString(22, H - 22, stamp)
        c.drawCentredString(W / 2, H - 22, title[:95])
        c.drawString(22, 18, url)
        c.drawRightString(W - 22, 18, f"{k}/{n}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])


# =====================================================================================
# ocr-searchable-scan
# =====================================================================================

SWAPS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("e", "c"), ("h", "b"), ("cl", "d"), ("O", "0"),
         ("fi", "f"), ("u", "ii"), ("a", "o"), ("S", "5")]
DIGITS = {"0": "8", "1": "7", "3": "8", "5": "6", "6": "5", "8": "3", "9": "0", "7": "1", "2": "7", "4": "1"}


def _ocr_word(w: str, rng: random.Random) -> str:
    if any(ch.isdigit() for ch in w):
        return w
    for a, b in rng.sample(SWAPS, len(SWAPS)):
        if a in w:
            i = w.index(a)
            return w[:i] + b + w[i + len(a):]
    return w


def _ocr_line(text: str, rng: random.Random, rate: float, protect: list[str]) -> str:
    if any(x in text or (len(text) > 8 and text in x) for x in protect):
        return text
    return " ".join(_ocr_word(w, rng) if rng.random() < rate else w for w in text.split(" "))


def _misread(value: str, rng: random.Random) -> str:
    ds = [i for i, ch in enumerate(value) if ch.isdigit()]
    i = rng.choice(ds)
    return value[:i] + DIGITS[value[i]] + value[i + 1:]


def make_ocr(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    import pypdfium2 as pdfium
    from PIL import ImageChops
    from h3_scan import _grain, _specks
    from reportlab.lib.utils import ImageReader

    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    date = meeting_date(r, [1, 3, 0, 2, 4][r.variant % 5])
    member = who(r, ["councillor-initial", "cllr-full", "full", "cllr-dot"][r.variant % 4])
    p = Pager(font="Times-Roman", bold="Times-Bold", size=11, left=72, right=66, top=70, bottom=70)
    p.para(COUNCIL.upper(), font="Times-Bold", size=14)
    p.para(f"REPORT TO: {r.executive.upper()}", font="Times-Bold", size=11, after=1)
    p.para(f"DATE OF MEETING: {date}", font="Times-Bold", size=11, after=1)
    p.para(f"AGENDA ITEM: {r.item}", font="Times-Bold", size=11, after=1)
    p.para(f"REPORT OF: {member}, {r.role}", font="Times-Bold", size=11, after=1)
    p.para(f"CONTACT OFFICER: {r.officer[0]} ({r.officer[2]})", font="Times-Bold", size=11, after=8)
    r.traits |= {"agenda-item-number", "trap-phone", "cover-lines", "upper-case"}
    p.para(r.title.upper(), font="Times-Bold", size=12, after=8)
    p.para("1. PURPOSE OF REPORT", font="Times-Bold")
    p.para(f"1.1 To report the performance of the {PORTFOLIOS[r.portfolio]} portfolio for "
           f"{quarter_name(q_end, 'quarter')} and to seek the decisions set out in section 2.")
    p.para("2. RECOMMENDATIONS", font="Times-Bold")
    p.para(f"2.1 It is recommended that {r.executive}:")
    its = items(r, "lower", "notes the position set out in this report")
    its[0] = "note the position set out in this report"
    romans = ["(i)", "(ii)", "(iii)", "(iv)"]
    for i, it in enumerate(its):
        p.para(it + ends(i, len(its)), indent=40, hang=romans[i])
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"roman-items", "typed-numbering"}
    p.para("3. SUMMARY OF PERFORMANCE", font="Times-Bold")
    p.para(f"3.1 At the end of the quarter ({long(q_end)}) the position was:")
    summary_lines = []
    for f in figs:
        t = f"{cap(noun(rng, f.key)) if not f.percent else f.label}: {f.show()}"
        if f.rate is not None:
            t += f" ({rate_words(f, short=True)})"
            r.traits.add("rate-in-line")
        summary_lines.append(t)
        p.para(t, indent=40, hang="\u2022", after=2)
    p.space(4)
    p.para("3.2 The full table is below.")
    head, rows, marked = perf_rows(r, figs, qs, marker="star")
    # the misread: one figure's digit in the table (its summary line above is read right)
    victim = rng.choice(figs)
    p.table([head] + rows, [160, 70, 70, 70, 60], size=9.5, head_fill=(0.9, 0.9, 0.9), grid=(0.3, 0.3, 0.3))
    p.para("* provisional", size=9)
    extra, money = _extras(r, figs, q_end)
    p.para("4. COMMENTARY", font="Times-Bold")
    for k, t in enumerate(extra, 2):
        p.para(f"4.{k - 1} {t}")
    p.para("5. BACKGROUND", font="Times-Bold")
    k = 1
    for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]):
        if t:
            p.para(f"5.{k} {t}")
            k += 1
    p.para("6. FINANCIAL IMPLICATIONS", font="Times-Bold")
    p.para(f"6.1 {money}")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(11, 15))
    p.para("7. BACKGROUND PAPERS", font="Times-Bold")
    p.para(f"7.1 Quarterly performance report to {r.executive}, {long(prev)}.")
    p.space(10)
    p.para(f"{r.officer[0]}", after=1)
    p.para(f"{r.officer[1]}", after=1)
    p.para(f"{slash(r.report_date)}")
    r.traits |= {"implications", "trap-other-meeting-date", "report-date-before-meeting-date", "signature",
                 "ocr-text-layer", "ocr-errors", "searchable-scan"}
    # draw the paper, scan it, lay the recognised text over the image
    paper = work / (final.stem + "_paper.pdf")
    c = canvas.Canvas(str(paper), pagesize=A4, invariant=1)
    for ops in p.pages:
        draw_ops(c, ops)
        c.showPage()
    c.save()
    protect = [x.rstrip(".") for x in r.commitments] + [r.member.surname]
    protect += [line for line in summary_lines]
    wrong = _misread(victim.show(), rng)
    dpi = 150
    doc = pdfium.PdfDocument(str(paper))
    buf = io.BytesIO()
    out = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    out.setCreator(rng.choice(["RICOH MP C3004 (OCR)", "Adobe Acrobat Pro DC 15.0"]))
    out.setProducer(rng.choice(["Adobe Acrobat Pro DC 15.0 Paper Capture Plug-in", "ABBYY FineReader Engine 12"]))
    done = False
    for i, ops in enumerate(p.pages):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = _specks(img, rng)
        g = _grain(img.point(lambda v: 255), rng, 14)
        img = ImageChops.multiply(img, g).point(lambda v: int(v * 0.92 + 12))
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=50)
        jpg.seek(0)
        out.drawImage(ImageReader(jpg), 0, 0, A4[0], A4[1])
        t = out.beginText()
        t.setTextRenderMode(3)
        for o in ops:
            if o.kind != "text":
                continue
            text = o.text
            if not done and text.startswith(victim.show()) and o.font == "Times-Roman" and o.size == 9.5:
                text = wrong + text[len(victim.show()):]
                done = True
            elif o.size >= 9.5:
                text = _ocr_line(text, rng, 0.06, protect)
            w = stringWidth(o.text, o.font, o.size)
            tw = stringWidth(text, "Helvetica", o.size) or 1
            t.setFont("Helvetica", o.size)
            t.setHorizScale(100 * w / tw)
            t.setTextOrigin(o.x, o.y)
            t.textOut(text)
        out.drawText(t)
        out.showPage()
    doc.close()
    out.save()
    r.traits.add("ocr-misread-figure" if done else "ocr-clean-figures")
    target = to or final
    target.write_bytes(_fixed_pdf_id(buf.getvalue()))
    return Job(r, final, target, [])

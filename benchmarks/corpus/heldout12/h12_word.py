"""Held-out-12 templates in word-processor files:

  first-page-header-report   a Word report that opens with a cover page of photographs (each
                             with alt text) and whose meeting and date are printed only in the
                             first page's header of the report's own section (a different first
                             page; the later pages' header carries the title alone)
  draft-watermark-report     a portfolio report still in draft, as LibreOffice writes it (.odt, and
                             .docx saved by LibreOffice): a 'DRAFT v0.3' watermark in the header,
                             a version history table of dates and authors, reviewers' comments
                             anchored to the text, a 'not for publication' footer
  decision-report-appendices a key decision report in Word with appendices: Appendix A the
                             performance table on a landscape section, Appendix B an equality
                             impact assessment full of numbers, dates and percentages that are not
                             figures
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from council import COUNCIL
from h7_common import Word
from h12_common import (PORTFOLIOS, Job, Report, _extras, background, cap, ends, items, long, meeting_date, noun,
                        ordinal_long, other_member, perf, perf_rows, quarter_name, rate_words, slash, thanks,
                        trap_lines, who, short_month, dotted)

PICTURES = {
    "childrens-services": ["Children and a family worker reading together at the Moorside Family Hub",
                           "Foster carers at the summer celebration event in Hebble Park"],
    "education": ["Pupils in a science lesson at Fernhill Primary School", "Apprentices at Hollinsfield College"],
    "adult-social-care": ["A home care worker visiting an older resident", "The reablement team outside Carr Head House"],
    "housing": ["New council homes on Intake Lane", "A housing officer handing over keys to a tenant"],
    "environment": ["A refuse crew emptying food waste caddies", "Volunteers at a litter pick in Deanhead"],
    "community-safety": ["A neighbourhood warden on patrol in the town centre", "CCTV control room staff"],
    "regeneration": ["Construction work at the Station Quarter site", "A shopfront on Market Street after improvement"],
    "finance": ["The customer contact centre", "A resident using the council's online account on a phone"],
    "culture": ["Children at a summer reading event in the Central Library", "Swimmers at Oldgate Leisure Centre"],
    "public-health": ["A stop smoking adviser with a client", "Runners at a community parkrun in Hebble Park"],
}


def _picture(rng, w: int = 480, h: int = 300) -> bytes:
    """A small stand-in photograph: a sky, a ground and a few blocks of colour."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (w, h), (rng.randint(120, 200), rng.randint(160, 210), rng.randint(200, 240)))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(h * 0.62), w, h], fill=(rng.randint(60, 120), rng.randint(110, 160), rng.randint(50, 90)))
    for _ in range(6):
        x, y = rng.randint(0, w - 60), rng.randint(int(h * 0.25), int(h * 0.7))
        d.rectangle([x, y, x + rng.randint(30, 110), y + rng.randint(30, 90)],
                    fill=(rng.randint(40, 230), rng.randint(40, 230), rng.randint(40, 230)))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _alt(run, descr: str, title: str = "") -> None:
    pr = run._r.xpath(".//wp:docPr")[0]
    pr.set("descr", descr)
    if title:
        pr.set("title", title)


def _portrait(sec):
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)


def _table(w: Word, head, rows, widths, sup_fig=None, size=9.5):
    t = w.table([head] + rows, widths=widths, size=size)
    if sup_fig is not None:
        for row in t.rows[1:]:
            if row.cells[0].text == sup_fig.label:
                run = row.cells[3].paragraphs[0].add_run("2")
                run.font.superscript = True
                run.font.size = Pt(size)
                break
    return t


def _recs(w: Word, r: Report, standing: str, form: str = "third", numbered: str = "typed"):
    its = items(r, form, standing)
    for i, it in enumerate(its):
        text = it + ends(i, len(its))
        if numbered == "auto":
            w.p(text, style="List Number")
        else:
            w.p(f"({'abcd'[i]})\t{text}")
        if i:
            r.commit(text)
    r.traits |= {"auto-numbering"} if numbered == "auto" else {"lettered-items", "typed-numbering"}


# =====================================================================================
# first-page-header-report
# =====================================================================================

def make_firstpage(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.85)
    date = meeting_date(r, [0, 1, 3, 2, 4][r.variant % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full"][r.variant % 5])
    w = Word("Arial", 11)
    sec = w.doc.sections[0]
    _portrait(sec)
    # the cover: pictures with alt text, the title, no date
    w.p(COUNCIL, bold=True, size=20, align="center")
    for k, descr in enumerate(PICTURES[r.portfolio]):
        para = w.p(align="center")
        run = para.add_run()
        run.add_picture(io.BytesIO(_picture(rng)), width=Cm(12))
        _alt(run, descr, f"Picture {k + 1}")
    w.p(r.title, bold=True, size=22, align="center")
    w.p(f"{PORTFOLIOS[r.portfolio]} portfolio", size=14, align="center")
    r.traits |= {"cover-page", "pictures-with-alt-text", "first-page-header", "date-only-in-header"}
    # the report: a section whose first page has its own header
    sec2 = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _portrait(sec2)
    sec2.different_first_page_header_footer = True
    sec2.header.is_linked_to_previous = False
    sec2.first_page_header.is_linked_to_previous = False
    fh = sec2.first_page_header.paragraphs[0]
    fh.text = ""
    run = fh.add_run(f"{r.executive}\t{date}\tAgenda Item {r.item}")
    run.font.size = Pt(9)
    run.bold = True
    fh2 = sec2.first_page_header.add_paragraph()
    fh2.add_run(COUNCIL).font.size = Pt(8)
    sec2.header.paragraphs[0].text = f"{r.title}"
    sec2.footer.is_linked_to_previous = False
    sec2.footer.paragraphs[0].text = "OFFICIAL"
    r.traits.add("agenda-item-number")
    w.p(f"Report of {member}, {r.role}", bold=True)
    w.p(f"Lead officer: {r.officer[0]}, {r.officer[1]}; telephone {r.officer[2]}")
    r.traits |= {"trap-phone", "cover-lines"}
    w.h("1. Purpose", 2)
    w.p(f"1.1 This report updates {r.executive} on the {PORTFOLIOS[r.portfolio]} portfolio for "
        f"{quarter_name(q_end, 'quarter')}, the quarter ending {long(q_end)}.")
    w.h("2. Recommendations", 2)
    w.p(f"2.1 That {r.executive}:")
    _recs(w, r, "notes the performance set out in section 4", "third", "typed")
    w.h("3. Background", 2)
    n = 1
    for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]):
        if t:
            w.p(f"3.{n} {t}")
            n += 1
    w.h("4. Performance", 2)
    w.p(f"4.1 Table 1 shows the portfolio's indicators over the last three quarters.")
    marker = rng.choice(["sup", "p"])
    head, rows, marked = perf_rows(r, figs, qs, marker=marker)
    _table(w, head, rows, [6, 2.4, 2.4, 2.4, 2], sup_fig=marked if marker == "sup" else None)
    w.p("Source: service performance returns. " + ("(2) Provisional." if marker == "sup" else "(p) provisional."),
        size=8)
    extra, money = _extras(r, figs, q_end)
    for k, t in enumerate(extra, 2):
        w.p(f"4.{k} {t}")
    w.h("5. Financial implications", 2)
    w.p(f"5.1 {money}")
    w.h("6. Background papers", 2)
    prev = r.meeting - dt.timedelta(weeks=rng.randint(11, 15))
    w.p(f"6.1 {r.title}, report to {r.executive} on {long(prev)}.")
    w.p()
    w.p(member, bold=True)
    w.p(r.role)
    w.p(slash(r.report_date))
    r.traits |= {"implications", "trap-other-meeting-date", "signature", "report-date-before-meeting-date"}
    src = work / (final.stem + ".docx")
    w.save(src)
    return Job(r, final, src, ["lo-pdf"] if pdf else [])


# =====================================================================================
# draft-watermark-report
# =====================================================================================

WATERMARK = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
             '<w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" '
             'adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
             '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
             '<v:shape id="PowerPlusWaterMarkObject357476642" o:spid="_x0000_s2049" type="#_x0000_t136" '
             'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:146pt;rotation:315;'
             'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
             'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
             'fillcolor="#d8d8d8" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Arial&quot;;'
             'font-size:1pt" string="{text}"/></v:shape></w:pict></w:r>')


def make_draft(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.85)
    date = meeting_date(r, [2, 0, 3, 1, 4][r.variant % 5])
    member = who(r, ["cllr-dot", "councillor-initial", "full", "cllr-full", "cllr-initial"][r.variant % 5])
    version = rng.choice(["0.3", "0.3", "0.4", "0.2"])
    w = Word("Liberation Sans", 11)
    sec = w.doc.sections[0]
    _portrait(sec)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    rr = hp.add_run(f"DRAFT v{version} \u2013 NOT FOR PUBLICATION")
    rr.bold = True
    rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    hp._p.append(parse_xml(WATERMARK.replace("{text}", f"DRAFT v{version}")))
    sec.footer.paragraphs[0].text = (f"{r.title} \u2013 draft v{version} for review \u2013 do not circulate "
                                     "outside the council")
    r.traits |= {"draft", "watermark", "version-history", "review-comments", "trap-version-dates",
                 "not-for-publication"}
    w.p(COUNCIL, bold=True, size=15)
    w.p(f"Report to {r.executive}", bold=True, size=13)
    w.table([["Meeting", r.executive], ["Date", date], ["Agenda item", str(r.item)],
             ["Portfolio", PORTFOLIOS[r.portfolio]], ["Cabinet Member" if r.cabinet else "Executive Member", member],
             ["Report author", f"{r.officer[0]}, {r.officer[1]}"], ["Telephone", r.officer[2]]],
            header=False, widths=[4, 11])
    r.traits |= {"agenda-item-number", "trap-phone", "cover-block"}
    w.p("Version history", bold=True)
    d0 = r.report_date - dt.timedelta(days=rng.randint(25, 40))
    d1 = r.report_date - dt.timedelta(days=rng.randint(10, 20))
    d2 = r.report_date - dt.timedelta(days=rng.randint(1, 5))
    director = rng.choice(["Corporate Director", "Strategic Director", "Director"])
    hist = [["Version", "Date", "Author", "Changes"],
            ["0.1", slash(d0), r.officer[0], "First draft"],
            ["0.2", slash(d1), r.officer[0], f"{quarter_name(q_end)} figures added; comments from finance"],
            [version if version != "0.2" else "0.2a", slash(d2), f"{r.officer[0]} / {director}",
             f"Comments from the {'Cabinet' if r.cabinet else 'Executive'} Member; recommendations revised"]]
    w.table(hist, widths=[2, 2.6, 5, 6.4], size=9)
    w.h("1. Summary", 2)
    p1 = w.p(f"1.1 This report sets out how the {PORTFOLIOS[r.portfolio]} portfolio performed in "
             f"{quarter_name(q_end, 'quarter')} (to {long(q_end)}) and the decisions {r.executive} is asked to make.")
    reviewer = rng.choice(["Finance Business Partner", "Democratic Services", "Legal Services"])
    c1 = w.doc.add_comment(p1.runs, text=f"Can we say something about the trend here? Check against the "
                           f"{quarter_name(qs[1])} report.", author=director, initials="".join(x[0] for x in director.split()))
    c1._comment_elm.set(qn("w:date"), f"{d1:%Y-%m-%d}T10:{rng.randint(10, 59)}:00Z")
    w.h("2. Recommendations", 2)
    w.p(f"2.1 It is recommended that {r.executive}:")
    its = items(r, "lower", "notes the contents of this report")
    its[0] = "note the contents of this report"
    romans = ["(i)", "(ii)", "(iii)", "(iv)"]
    last_p = None
    for i, it in enumerate(its):
        last_p = w.p(f"{romans[i]}\t{it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"roman-items", "typed-numbering"}
    c2 = w.doc.add_comment(last_p.runs, text=f"Legal to confirm wording before {short_month(d2 + dt.timedelta(days=2))}.",
                           author=reviewer, initials="".join(x[0] for x in reviewer.split()))
    c2._comment_elm.set(qn("w:date"), f"{d2:%Y-%m-%d}T14:{rng.randint(10, 59)}:00Z")
    w.h("3. Performance", 2)
    w.p(f"3.1 The latest quarter ended on {long(q_end)}. The indicators are below, with the two quarters before.")
    head, rows, marked = perf_rows(r, figs, qs, marker="star")
    t = _table(w, head, rows, [6, 2.4, 2.4, 2.4, 2])
    w.p("* provisional", size=8)
    for f in figs:
        if f.rate is not None:
            pp = w.p(f"3.2 {cap(noun(rng, f.key))} stood at {f.show()} at the end of the quarter, which is "
                     f"{rate_words(f)}.")
            r.traits.add("rate-in-line")
            c3 = w.doc.add_comment(pp.runs, text=f"Is this the validated figure? It was {f.show(f.history[1])} "
                                   f"last time.", author=reviewer, initials="".join(x[0] for x in reviewer.split()))
            c3._comment_elm.set(qn("w:date"), f"{d1:%Y-%m-%d}T09:{rng.randint(10, 59)}:00Z")
            break
    extra, money = _extras(r, figs, q_end)
    for k, t in enumerate(extra, 3):
        w.p(f"3.{k} {t}")
    w.h("4. Background", 2)
    n = 1
    for t in (thanks(r), other_member(r), background(r, 1)[0]):
        if t:
            w.p(f"4.{n} {t}")
            n += 1
    w.h("5. Financial implications", 2)
    w.p(f"5.1 {money}")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.h("6. Next steps", 2)
    w.p(f"6.1 Subject to {r.executive}'s decision the report goes to the Overview and Scrutiny Committee on "
        f"{long(nxt)}.")
    r.traits |= {"implications", "trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date"}
    w.p()
    w.p(f"{member}")
    w.p(f"{r.role}")
    r.traits.add("signature")
    src = work / (final.stem + "_w.docx")
    w.save(src)
    steps = ["lo-odt"] + (["lo-docx"] if r.fmt == "docx" else []) + (["lo-pdf"] if pdf else [])
    return Job(r, final, src, steps)


# =====================================================================================
# decision-report-appendices
# =====================================================================================

def make_appendices(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.85)
    date = meeting_date(r, [4, 0, 2, 3, 1][r.variant % 5])
    member = who(r, ["full", "cllr-dot", "councillor-initial", "cllr-initial", "cllr-full"][r.variant % 5])
    w = Word("Arial", 11)
    sec = w.doc.sections[0]
    _portrait(sec)
    sec.header.paragraphs[0].text = f"{COUNCIL} \u2013 {r.executive}"
    kd = f"KD/{r.meeting.year}/{rng.randint(10, 99):03d}"
    w.p(f"Report to {r.executive}", bold=True, size=16)
    w.table([["Date of meeting", date], ["Report title", r.title], ["Agenda item", str(r.item)],
             ["Portfolio", f"{PORTFOLIOS[r.portfolio]} \u2013 {member}, {r.role}"],
             ["Key decision", f"Yes \u2013 Forward Plan reference {kd}"],
             ["Wards affected", "All wards"], ["Exempt information", "None"],
             ["Appendices", "A: Performance in detail (landscape); B: Equality impact assessment"],
             ["Contact", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"]],
            header=False, widths=[4.5, 11])
    r.traits |= {"agenda-item-number", "trap-phone", "cover-block", "key-decision", "appendices",
                 "landscape-section", "equality-impact-assessment", "trap-eqia-numbers"}
    w.h("1. Purpose of the report", 2)
    w.p(f"1.1 To report performance for {quarter_name(q_end, 'quarter')} and to seek decisions on the matters "
        "below. The detailed figures are at Appendix A.")
    w.h("2. Recommendations", 2)
    w.p(f"{r.executive} is recommended to:")
    _recs(w, r, "note the performance in Appendix A", "lower", "auto")
    w.h("3. Reasons for the recommendations", 2)
    w.p("3.1 " + background(r, 1)[0])
    t = thanks(r)
    if t:
        w.p("3.2 " + t)
    w.h("4. Summary of performance", 2)
    main = [f for f in figs if f.rate is not None][:1] or figs[:1]
    for f in main:
        w.p(f"4.1 {cap(noun(rng, f.key)) if not f.percent else f.label} stood at {f.show()} at {long(q_end)}"
            + (f", {rate_words(f)}." if f.rate is not None else "."))
        if f.rate is not None:
            r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, q_end)
    for k, t in enumerate(extra, 2):
        w.p(f"4.{k} {t}")
    om = other_member(r)
    if om:
        w.p(om)
    w.h("5. Alternative options considered", 2)
    w.p(f"5.1 To do nothing. This was rejected because {rng.choice(['demand continues to rise', 'the current contract ends next year', 'the service would not meet its statutory duties'])}.")
    w.h("6. Implications", 2)
    w.p(f"6.1 Financial: {money}")
    w.p(f"6.2 Legal: there are no direct legal implications. 6.3 Equalities: see Appendix B.")
    w.h("7. Consultation", 2)
    w.p(f"7.1 The Overview and Scrutiny Committee will consider the report on "
        f"{long(r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2))}.")
    w.p()
    w.p(f"Report author: {r.officer[0]}, {r.officer[1]}. Report date: {slash(r.report_date)}.")
    r.traits |= {"implications", "trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date",
                 "options-appraisal"}
    # Appendix A on a landscape section
    land = w.doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    land.left_margin = land.right_margin = Cm(2)
    w.p("Appendix A: Performance in detail", bold=True, size=14)
    w.p(f"Quarterly indicators, {quarter_name(qs[0])} to {quarter_name(q_end)}; the latest quarter ended on {long(q_end)}.")
    head, rows, marked = perf_rows(r, figs, qs, marker="p", rag=True)
    head = head + ["Commentary"]
    said = {"Green": ["On track", "Improving"], "Amber": ["Monitoring", "Demand rising"],
            "Red": ["Below target, recovery plan in place"]}
    rows = [row + ([rng.choice(said[row[5]])] if row[5] else [""]) for row in rows]
    w.table([head] + rows, widths=[6.5, 2.4, 2.4, 2.4, 2, 1.6, 8], size=9)
    w.p("(p) provisional. RAG: Green on or better than target; Amber within 6%; Red more than 6% off target.", size=8)
    # Appendix B back on a portrait section
    port = w.doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    _portrait(port)
    eq_date = r.report_date - dt.timedelta(days=rng.randint(5, 30))
    w.p("Appendix B: Equality Impact Assessment", bold=True, size=14)
    w.table([["Service area", PORTFOLIOS[r.portfolio]], ["Assessment completed by", r.officer[0]],
             ["Date of assessment", slash(eq_date)], ["Review date", slash(eq_date + dt.timedelta(days=365))],
             ["EIA reference", f"EIA-{r.meeting.year}-{rng.randint(10, 99)}"]], header=False, widths=[5, 10.5])
    w.p("Who is affected? The borough's population and the people who use the service:", bold=True)
    eq = [["Protected characteristic", "Borough population", "Service users", "Likely impact"],
          ["Age: under 18", f"{rng.uniform(19, 24):.1f}%", f"{rng.uniform(5, 40):.1f}%", "Neutral"],
          ["Age: 65 and over", f"{rng.uniform(16, 21):.1f}%", f"{rng.uniform(10, 45):.1f}%", "Positive"],
          ["Disability", f"{rng.uniform(17, 23):.1f}%", f"{rng.uniform(20, 40):.1f}%", "Positive"],
          ["Ethnicity: minority ethnic groups", f"{rng.uniform(9, 22):.1f}%", f"{rng.uniform(9, 25):.1f}%", "Neutral"],
          ["Sex: female", f"{rng.uniform(50.2, 51.5):.1f}%", f"{rng.uniform(48, 62):.1f}%", "Neutral"],
          ["Religion or belief", f"{rng.uniform(40, 55):.1f}% Christian", "Not recorded", "Neutral"]]
    w.table(eq, widths=[6, 3.5, 3.5, 3], size=9)
    w.p(f"Source: ONS mid-year population estimates and the service's case records at {slash(eq_date - dt.timedelta(days=rng.randint(20, 60)))}. "
        f"{rng.randint(120, 900)} residents responded to the consultation between {slash(eq_date - dt.timedelta(days=70))} "
        f"and {slash(eq_date - dt.timedelta(days=28))}; {rng.randint(55, 85)}% agreed with the proposals and "
        f"{rng.randint(3, 14)}% disagreed. {rng.randint(11, 40)} responses were received in an accessible format.")
    w.p(f"Mitigation: the service will offer {rng.randint(2, 6)} drop-in sessions and a freephone line (0800 "
        f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}). The assessment will be reviewed within 12 months.")
    w.p(f"Signed off by: {director_name(rng)}, {slash(eq_date + dt.timedelta(days=2))}")
    r.traits |= {"trap-percent", "trap-dates-in-appendix"}
    src = work / (final.stem + ".docx")
    w.save(src)
    return Job(r, final, src, ["lo-pdf"] if pdf else [])


def director_name(rng) -> str:
    return rng.choice(["Marcus Bentley", "Alison Greenhalgh", "Dr Ruth Oduya", "Simon Ackerley"])

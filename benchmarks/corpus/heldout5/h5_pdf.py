"""Held-out-5 template drawn straight to PDF (reportlab):

  district-agenda-pack-extract  pages of a district council's Cabinet agenda pack: the front
                                sheet, another item's officer report, then the Portfolio Holder's
                                report, whose table marks figures with letters (1,846a) explained
                                in footnotes at the foot of the page; pack page numbers and a
                                running header
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from council import COUNCIL, TOWN
from h3_pdf import numbered_canvas, style
from h5_model import (DAYS, MONTHS, Fig, Job, Report, background, colleague, cross, fin_year, last_quarter_end,
                      long_date, lookalike, member_as, name_traits, noun, ordinal, quarter_name, quarters_back,
                      slash, subcount, trap_lines)
from h5_word import abbr_ordinal
from h5_words import DIRECTORS, WARDS, decision

OTHER_ITEMS = [
    ("Treasury Management Mid-Year Review", "Chief Finance Officer (Section 151 Officer)",
     ["approves the revised prudential indicators set out in Appendix A", "recommends the revised Treasury Management Strategy to Council"]),
    ("Calendar of Meetings", "Democratic Services Manager",
     ["approves the calendar of meetings for the next municipal year", "agrees a start time of 6.30pm for evening meetings"]),
    ("Corporate Risk Register: Six-Monthly Review", "Chief Executive",
     ["approves the revised corporate risk register", "agrees the risk appetite statement at Appendix B"]),
    ("Council Tax Base", "Chief Finance Officer (Section 151 Officer)",
     ["approves the council tax base calculation", "delegates the setting of the parish tax bases to the Chief Finance Officer"]),
]
LETTERS = "abcd"
FOOTNOTES = ["Provisional: subject to year-end validation.", "Revised since the last report following a data audit.",
             "Excludes cases transferred from another authority.", "Snapshot taken on the last working day of the quarter."]


class PageMark(Flowable):
    """Records the page it lands on, so the footnotes are drawn at that page's foot."""

    def __init__(self, store: dict, key: str):
        super().__init__()
        self.store, self.key = store, key

    def wrap(self, *a):
        return (0, 0)

    def draw(self):
        self.store.setdefault(self.key, self.canv.getPageNumber())


def make_agenda_pack(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(12, 35)))
    prev = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.85)
    noted = rng.sample(figs, 2)
    r.figs = list(figs)
    sup = r.variant % 2 == 1
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-full", "councillor-initial", "cllr-initial"])
    r.traits |= name_traits(form)
    body = style("b", 10, after=5)
    small = style("s", 8.5, after=2)
    h1 = style("h1", 14, bold=True, after=6)
    h2 = style("h2", 11, bold=True, before=8, after=3)
    right = style("r", 11, bold=True, align=TA_RIGHT, after=6)
    store: dict = {}
    meet_long = f"{DAYS[r.meeting.weekday()]}, {ordinal(r.meeting.day)} {MONTHS[r.meeting.month - 1]}, {r.meeting.year}"
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(4, 7))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(4, 7))
    published = r.meeting - dt.timedelta(days=rng.randint(7, 9))
    c = colleague(r)

    # --- front sheet --------------------------------------------------------------
    story = [Paragraph(COUNCIL.upper(), style("c", 16, bold=True, after=14)),
             Paragraph(r.executive.upper(), style("c2", 20, bold=True, after=10)),
             Paragraph(f"<b>Date:</b> {meet_long}", body),
             Paragraph("<b>Time:</b> 6.30 pm", body),
             Paragraph("<b>Venue:</b> Council Chamber, Civic Centre, Market Place", body),
             Spacer(1, 6),
             Paragraph(f"<b>Membership:</b> Councillors {escape(r.member.name)}, {escape(c[0].name) if c else 'J. Bellamy'}, "
                       f"A. Whitehead, P. Naylor and S. Greenhalgh", body),
             Paragraph(f"Published: {slash(published)}", small),
             Spacer(1, 10), Paragraph("AGENDA", h1)]
    other = OTHER_ITEMS[r.variant % len(OTHER_ITEMS)]
    mi = max(r.item, 5)
    oi = mi - 1
    agenda = [("1.", "Apologies for Absence"), ("2.", "Declarations of Interest"),
              ("3.", f"Minutes of the meeting held on {long_date(earlier)}"),
              (f"{oi}.", other[0]), (f"{mi}.", f"{r.title} – report of the Portfolio Holder for {r.portfolio_name}"),
              (f"{mi + 1}.", f"Date of Next Meeting – {long_date(nxt, weekday=True)}")]
    rows = [[Paragraph(a, body), Paragraph(escape(b), body)] for a, b in agenda]
    t = Table(rows, colWidths=[1.4 * cm, 15 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10),
              Paragraph(f"Contact: Democratic Services, 01632 97{rng.randint(1000, 9999)}, democratic.services@hollinsfield.gov.uk", small),
              PageBreak()]
    r.traits |= {"agenda-front-sheet", "other-meetings-listed", "trap-other-meeting-date", "trap-publication-date",
                 "trap-phone", "weekday-date", "ordinal-date", "agenda-item-number"}

    # --- the other item: an officer report with its own recommendations ------------------
    story += [Paragraph(f"Agenda Item {oi}", right),
              Paragraph(f"Report of the {escape(other[1])}", style("o", 10, after=2)),
              Paragraph(escape(other[0]), h1),
              Paragraph("1. Purpose of report", h2),
              Paragraph(f"1.1 To present the {escape(other[0].lower())} for approval.", body),
              Paragraph("2. Recommendations", h2),
              Paragraph(f"2.1 That {r.executive}:", body)]
    for i, t_ in enumerate(other[2]):
        story.append(Paragraph(f"({i + 1}) {escape(t_)};", style("oi", 10, left=18, first=-14, after=2)))
    story += [Paragraph("3. Background", h2),
              Paragraph(f"3.1 {escape(trap_lines(r, ['trap-money'])[0])} {escape(trap_lines(r, ['trap-years'])[0])}", body),
              Paragraph(f"3.2 {escape(cross(r, q_end))}", body),
              Paragraph(f"3.3 {escape(trap_lines(r, ['trap-wards'])[0])}", body),
              Paragraph("4. Implications", h2),
              Paragraph("4.1 Financial and legal implications are set out in the body of the report. Wards affected: All.", body),
              Paragraph(f"Contact officer: {escape(other[1])}, 01632 97{rng.randint(1000, 9999)}", small),
              PageBreak()]
    r.traits |= {"second-report-in-pack", "trap-other-item-recommendations"}

    # --- the portfolio report ----------------------------------------------------------
    dform = r.variant % 3
    dshown = {0: abbr_ordinal(r.meeting), 1: slash(r.meeting), 2: long_date(r.meeting, ordinal_day=True)}[dform]
    r.traits |= {0: {"abbreviated-ordinal-date"}, 1: {"slash-date"}, 2: set()}[dform]
    story += [Paragraph(f"Agenda Item {mi}", right), PageMark(store, "report"),
              Paragraph(f"{escape(COUNCIL)}", style("cn", 10, bold=True, after=4))]
    cover = [("Report to:", r.executive), ("Date:", dshown), ("Title:", r.title),
             ("Portfolio Holder:", f"{who}, Portfolio Holder for {r.portfolio_name}"),
             ("Report of:", DIRECTORS[r.portfolio]), ("Report author:", f"{r.officer[0]}, {r.officer[1]}"),
             ("Key decision:", "No"), ("Wards affected:", "All")]
    ct = Table([[Paragraph(f"<b>{escape(a)}</b>", body), Paragraph(escape(b), body)] for a, b in cover],
               colWidths=[4.2 * cm, 12.4 * cm])
    ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [ct, Spacer(1, 6)]
    r.traits.add("cover-block")
    story += [Paragraph("1. Purpose", h2),
              Paragraph(f"1.1 To update {r.executive} on '{escape(r.title)}' and to seek approval of the recommendations.", body),
              Paragraph("2. Recommendations", h2), Paragraph(f"2.1 That {r.executive}:", body)]
    ds = r.decisions
    for i, d in enumerate(ds):
        t_ = decision(d, "lower") + (";" if i < len(ds) - 1 else "; and")
        story.append(Paragraph(f"({chr(97 + i)})&nbsp;&nbsp;{escape(t_)}", style("li", 10, left=22, first=-16, after=2)))
        r.commit(t_)
    story.append(Paragraph(f"({chr(97 + len(ds))})&nbsp;&nbsp;notes the performance set out in section 3.",
                           style("li2", 10, left=22, first=-16, after=2)))
    r.traits |= {"lettered-items", "lead-in", "standing-resolution", "typed-numbering"}
    story += [Paragraph("3. Performance", h2),
              Paragraph(f"3.1 The table shows the portfolio's indicators at the end of {quarter_name(q_end, 'quarter')}, "
                        f"with {quarter_name(prev, 'q')} for comparison.", body)]
    hd = ["Indicator", quarter_name(prev, "q"), quarter_name(q_end, "q"), "Rate", "Target"]
    rows = [[Paragraph(f"<b>{h}</b>", small) for h in hd]]
    notes = []
    for f in figs:
        v = f.show()
        if f in noted:
            letter = LETTERS[len(notes)]
            notes.append(f"{letter}  {FOOTNOTES[(r.variant + len(notes)) % len(FOOTNOTES)]}")
            v += f"<super>{letter}</super>" if sup else letter
        rate = f"{f.rate:.1f} per {f.metric.rate_per:,}" if f.rate is not None else ""
        rows.append([Paragraph(escape(f.label), small), Paragraph(f.show(f.history[-1]), small), Paragraph(v, small),
                     Paragraph(rate, small), Paragraph(f.target, small)])
    lab, lv = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), [Paragraph(escape(lab), small), Paragraph(lv[0], small), Paragraph(lv[1], small),
                                            Paragraph("", small), Paragraph("", small)])
    tt = Table(rows, colWidths=[6.4 * cm, 2.4 * cm, 2.4 * cm, 3.0 * cm, 2.2 * cm], repeatRows=1)
    tt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tt, PageMark(store, "notes"), Spacer(1, 6)]
    r.traits |= {"performance-table", "period-columns", "target-column", "rate-column", "letter-marker",
                 "footnotes-at-page-foot"} | ({"superscript-marker"} if sup else set())
    big = [f for f in figs if not f.percent]
    story += [Paragraph(f"3.2 {escape(subcount(r, rng.choice(big)))} {escape(trap_lines(r, ['trap-national'])[0])}", body),
              Paragraph(f"3.3 {escape(trap_lines(r, ['trap-other-council'])[0])} {escape(trap_lines(r, ['trap-percent'])[0])}", body),
              Paragraph("4. Portfolio Holder's priorities", h2),
              Paragraph(f"4.1 {escape(who)} has asked officers to concentrate on the following:", body)]
    for i, p in enumerate(r.priorities[:max(1, 5 - len(ds))]):
        story.append(Paragraph(f"{i + 1}.&nbsp;&nbsp;{escape(p)}.", style("pr", 10, left=22, first=-16, after=2)))
        r.commit(p + ".")
    story += [Paragraph("5. Financial implications", h2), Paragraph(f"5.1 {escape(trap_lines(r, ['trap-money'])[0])}", body),
              Paragraph("6. Legal implications", h2), Paragraph("6.1 None arising from this report.", body),
              Paragraph("7. Background papers", h2),
              Paragraph(f"None. Contact: {escape(r.officer[0])}, {escape(r.officer[2])}", body),
              PageBreak(),
              Paragraph(f"Agenda Item {mi + 1}", right),
              Paragraph(f"Date of next meeting: {long_date(nxt, weekday=True)} at 6.30 pm.", body)]
    mark_traits = {"trap-phone"}
    r.traits |= mark_traits
    run_head = f"{r.executive} – {r.meeting.day} {MONTHS[r.meeting.month - 1]} {r.meeting.year}"
    first_page = rng.randint(5, 40)

    def decorate(cv, page, total):
        w, h = A4
        if page > 1:
            cv.setFont("Helvetica", 8)
            cv.drawString(2 * cm, h - 1.2 * cm, run_head)
        cv.setFont("Helvetica", 9)
        cv.drawCentredString(w / 2, 1.0 * cm, f"Page {first_page + page - 1}")
        if page == store.get("notes") and notes:
            cv.setLineWidth(0.4)
            cv.line(2 * cm, 2.3 * cm, 7 * cm, 2.3 * cm)
            cv.setFont("Helvetica", 7.5)
            for k, n_ in enumerate(notes):
                cv.drawString(2 * cm, 2.0 * cm - k * 0.35 * cm, n_)
    r.traits |= {"running-header", "agenda-pack-page-numbers"}

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"{r.executive} agenda pack", author="Democratic Services",
                          creator="Mod.gov Agenda Publisher", invariant=1,
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=3.0 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(2 * cm, 3.0 * cm, A4[0] - 4 * cm, A4[1] - 5.0 * cm)])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    from convert import _fixed_pdf_id
    path.write_bytes(_fixed_pdf_id(path.read_bytes()))
    return Job(r, final, path, [])

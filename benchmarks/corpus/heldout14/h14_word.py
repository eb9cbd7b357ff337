"""Held-out-14 templates in word-processor files:

  welsh-first-bilingual-report  a Welsh council's committee report in Word with Welsh first: each
                                section a two-column table, Welsh on the left, English on the right
                                (or, in some, a Welsh paragraph then its English one), the date and
                                the figures in both languages ('1,234 atgyfeiriad' / '1,234 referrals')
  easy-read-word-version        an Easy Read version of the Cabinet report (Word, some saved as .odt by
                                LibreOffice): large type, short sentences in a two-column table with a
                                picture placeholder beside each, some figures exact and some rounded
                                or in words ('about twelve hundred')
  scorecard-pasted-in-word      the Excel scorecard (see h14_pdf) pasted into Word as a table with its
                                covering note (Word, or .odt by LibreOffice)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from council import COUNCIL
from h3_model import status
from h7_common import Word
from h14_common import (PORTFOLIOS, WELSH, WELSH_VERBS, Job, Report, _extras, background, ends, items, long,
                        meeting_date, noun, number_words, other_member, perf, perf_rows, quarter_name, rate_words,
                        slash, thanks, trap_lines, welsh_date, who)

WELSH_COUNCIL = "Cyngor Bwrdeistref Hollinsfield"


def _shade(cell, fill: str):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _welsh_fig(f, on: dt.date) -> str:
    w = WELSH[f.key]
    if f.percent:
        return f"Roedd {f.show()} {w} ar {welsh_date(on, False)}"
    t = f"Roedd {f.show()} {w} ar {welsh_date(on, False)}"
    if f.rate is not None:
        t += f" (cyfradd o {f.rate:.1f} fesul {f.metric.rate_per:,})"
    return t


def make_welsh(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.7)
    date = meeting_date(r, [0, 4, 1, 3, 2][r.variant % 5])
    member = who(r, ["full", "cllr-initial", "councillor-initial", "cllr-full", "cllr-dot"][r.variant % 5])
    wmember = member.replace("Councillor", "Y Cynghorydd").replace("Cllr", "Cyng.")
    table_style = r.variant % 2 == 0
    r.traits |= {"bilingual", "welsh", "welsh-date", "welsh-first", "agenda-item-number", "cover-lines"}
    r.traits.add("two-column-bilingual-table" if table_style else "alternate-paragraphs")
    w = Word("Arial", 11)
    sec = w.doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = f"{WELSH_COUNCIL} / {COUNCIL}"
    pairs: list[tuple[str, str, bool]] = []  # (welsh, english, heading)

    def pair(cy: str, en: str, head: bool = False):
        pairs.append((cy, en, head))

    pair(f"ADRODDIAD I'R {'CABINET' if r.cabinet else 'WEITHREDIAETH'}", f"REPORT TO {r.executive.upper()}", True)
    pair(f"Dyddiad y cyfarfod: {welsh_date(r.meeting)}", f"Date of meeting: {date}")
    pair(f"Eitem ar yr agenda: {r.item}", f"Agenda item: {r.item}")
    pair(f"Adroddiad gan: {wmember}, Aelod {'Cabinet' if r.cabinet else 'Gweithredol'} dros "
         f"{__import__('h3_words').WELSH_PORTFOLIO[r.portfolio]}", f"Report of: {member}, {r.role}")
    pair(f"Swyddog cyswllt: {r.officer[0]} ({r.officer[2]})", f"Contact officer: {r.officer[0]} ({r.officer[2]})")
    r.traits.add("trap-phone")
    pair(f"Teitl: {r.title} (fersiwn Cymraeg)", f"Title: {r.title}")
    pair("1. Argymhellion", "1. Recommendations", True)
    pair(f"Argymhellir bod y {'Cabinet' if r.cabinet else 'Weithrediaeth'}:", f"It is recommended that {r.executive}:")
    its = items(r, "lower", "note the performance of the portfolio")
    wits = ["nodi perfformiad y portffolio"] + [f"{WELSH_VERBS[v]} {o}" for v, o in r.decisions]
    for i, (it, wit) in enumerate(zip(its, wits)):
        pair(f"({'abcd'[i]}) {wit}{ends(i, len(its))}", f"({'abcd'[i]}) {it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"lettered-items", "typed-numbering"}
    pair("2. Perfformiad", "2. Performance", True)
    for k, f in enumerate(figs, 1):
        en = f"{f.label}: {f.show()} at {long(q_end)}" + (f" ({rate_words(f)})" if f.rate is not None else "")
        pair(f"2.{k} {_welsh_fig(f, q_end)}.", f"2.{k} {en}.")
        if f.rate is not None:
            r.traits.add("rate-in-line")
    n = len(figs)
    extra, money = _extras(r, figs, q_end)
    later_fig = r.figs[-1] if len(r.figs) > n else None
    k = len(figs) + 1
    for tx in extra:
        if later_fig is not None and tx.startswith("Since the quarter"):
            cy = f"Ers diwedd y chwarter: {_welsh_fig(later_fig, later_fig.as_of)}."
        else:
            cy = "Mae'r paragraff hwn yn sôn am gymariaethau â chynghorau a phortffolios eraill (gweler y Saesneg)."
        pair(f"2.{k} {cy}", f"2.{k} {tx}")
        k += 1
    pair("3. Cefndir", "3. Background", True)
    for tx in [x for x in (thanks(r), other_member(r), background(r, 1)[0]) if x]:
        pair("[Cyfieithiad ar gael gan y Gwasanaeth Cyfieithu]", tx)
    pair("4. Goblygiadau ariannol", "4. Financial implications", True)
    pair("Gweler y testun Saesneg.", money)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=1)
    pair(f"Bydd y Pwyllgor Craffu yn ystyried yr adroddiad ar {welsh_date(nxt)}.",
         f"The Scrutiny Committee will consider the report on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date"}

    w.p(f"{WELSH_COUNCIL}\n{COUNCIL}", bold=True, size=14)
    if table_style:
        t = w.doc.add_table(rows=0, cols=2)
        t.style = w.doc.styles["Table Grid"]
        for cy, en, head in pairs:
            cells = t.add_row().cells
            for cell, text in zip(cells, (cy, en)):
                run = cell.paragraphs[0].add_run(text)
                run.bold = head
                run.font.size = Pt(10)
                cell.width = Cm(8.6)
                if head:
                    _shade(cell, "D9E2F3")
            cells[0].paragraphs[0].runs[0].italic = False
    else:
        for cy, en, head in pairs:
            w.p(cy, bold=head, italic=not head, size=10.5)
            w.p(en, bold=head, size=10.5)
    # the table: headers in both languages
    head, rows, marked = perf_rows(r, figs, qs, marker=rng.choice(["p", "star"]), rag=False)
    w.p("Tabl 1 / Table 1: Dangosyddion perfformiad / Performance indicators", bold=True)
    head = ["Dangosydd / Indicator"] + [quarter_name(q) for q in qs] + ["Targed / Target"]
    by_label = {f.label: f for f in figs}
    out = [head]
    for row in rows:
        f = by_label.get(row[0])
        lab = f"{WELSH[f.key].capitalize()} / {row[0]}" if f else row[0]
        out.append([lab] + row[1:])
    w.table(out, widths=[7, 2.4, 2.4, 2.4, 2.4], size=9)
    w.p({"p": "(p) dros dro / provisional", "star": "* dros dro / provisional"}[marked.marker], size=8)
    w.p(f"{r.officer[0]}, {r.officer[1]}, {slash(r.report_date)}", size=9)
    src = work / (final.stem + ".docx") if pdf else final
    w.save(src)
    return Job(r, final, src, ["lo-pdf"] if pdf else [])


PICTURES = ["a photo of the Civic Centre", "a drawing of a councillor", "a calendar", "a chart going up",
            "people talking round a table", "a tick", "a telephone", "a house", "a family", "a question mark"]


def _round(f) -> tuple[str, str]:
    """An Easy Read rounding of a value: ('about 1,200', 'about twelve hundred')."""
    v = f.value
    if f.percent:
        n = round(v / 10)
        return f"about {n} in every 10", f"about {number_words(n)} in every ten"
    step = 100 if v >= 1000 else 10 if v >= 100 else 5
    rv = max(step, int(round(v / step) * step))
    if rv == v:
        rv += step
    if rv >= 1000 and rv % 100 == 0 and rv < 10000 and rv % 1000:
        words = f"about {number_words(rv // 100)} hundred"
    else:
        words = f"about {number_words(rv)}"
    return f"about {rv:,}", words


def make_easyread(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(4, 4), rates=0.0)
    date = long(r.meeting, weekday=True)
    r.traits.add("weekday-date")
    member = who(r, ["full", "cllr-full", "full", "councillor-initial", "full"][r.variant % 5])
    r.traits |= {"easy-read", "picture-placeholders", "large-type", "rounded-figures", "numbers-as-words",
                 "two-column-layout-table"}
    w = Word("Arial", 16)
    sec = w.doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    w.p("Easy Read", bold=True, size=26)
    w.p(f"How {PORTFOLIOS[r.portfolio]} is doing", bold=True, size=22)
    w.p(f"This is an easy read version of a report for the {r.executive} meeting on {date}.", size=16)
    approx = figs[-1] if len(figs) >= 4 else None
    exact = [f for f in figs if f is not approx]
    if approx is not None:
        approx.truth = False
    rows = []
    pics = iter(rng.sample(PICTURES, len(PICTURES)))

    def say(text: str):
        rows.append([f"[Picture: {next(pics, 'a picture')}]", text])

    say(f"{member} is the {r.role}. This is {'their'} report.")
    say(f"The report says how well the council did in the 3 months up to {long(q_end)}.")
    for f in exact:
        if f.percent:
            say(f"At {long(q_end)} the figure was {f.show()} ({noun(rng, f.key)}).")
        else:
            say(f"On {long(q_end)} there were {f.show()} {noun(rng, f.key)}.")
        if f.history and rng.random() < 0.5:
            say(f"Last time there were {f.show(f.history[-1])}.")
            r.traits.add("earlier-period-in-sentence")
    if approx is not None:
        num, words = _round(approx)
        say(f"There were {words if rng.random() < 0.5 else num} {noun(rng, approx.key)}." if not approx.percent
            else f"{cap_first(num)} were done on time.")
        r.traits.add("trap-rounded-figure")
    extra, money = _extras(r, figs, q_end)
    if len(r.figs) > len(figs):
        ext = r.figs[-1]
        ext.rate = None  # Easy Read prints no rates
        say(f"By {long(ext.as_of)} there were {ext.show()} {noun(rng, ext.key)}.")
    say("We spent money on this. " + money.split(".")[0] + ".")
    t = w.table([["Picture", "What it means"]] + rows, widths=[5, 12], size=16)
    _ = t
    w.p(f"What the {r.executive} will be asked to do", bold=True, size=20)
    w.p(f"The {r.executive} will be asked to:", size=16)
    its = items(r, "lower", "note this report")
    for i, it in enumerate(its):
        w.p(f"{i + 1}. {it}{ends(i, len(its))}", size=16)
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"typed-numbering"}
    w.p("Hard words", bold=True, size=20)
    w.p("Cabinet: the group of councillors who make the big decisions.", size=16)
    w.p(f"Want to know more? Phone {r.officer[2]} and ask for {r.officer[0]}.", size=16)
    r.traits.add("trap-phone")
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    w.save(src)
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


ARROW = {True: "\u2191", False: "\u2193", None: "\u2192"}


def scorecard_rows(r: Report, figs, qs):
    """Rows of the scorecard sheet: ref, indicator, three quarters, target, RAG, direction of travel."""
    rows = []
    for k, f in enumerate(figs, 1):
        prev = f.history[-1]
        d = None if prev == f.value else f.value > prev
        rows.append([f"{r.portfolio[:3].upper()}{k:02d}", f.label, f.show(f.history[0]), f.show(f.history[1]),
                     f.show(), f.target, status(f), ARROW[d]])
    return rows


def make_scorecard_word(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.7)
    date = meeting_date(r, [3, 1, 0, 2, 4][r.variant % 5])
    member = who(r, ["cllr-full", "full", "cllr-initial", "councillor-initial", "full"][r.variant % 5])
    r.traits |= {"excel-scorecard", "rag-words", "direction-arrows", "pasted-sheet", "performance-table",
                 "period-columns", "target-column", "rag-column", "agenda-item-number"}
    w = Word("Calibri", 11)
    w.p(COUNCIL, bold=True, size=14)
    w.p(f"{r.executive} \u2013 {date} \u2013 Item {r.item}", bold=True)
    w.p(f"{r.title}: performance scorecard, {quarter_name(q_end, 'quarter')}", bold=True)
    w.p(f"Portfolio holder: {member}, {r.role}")
    w.p(f"The scorecard below is pasted from the performance workbook (sheet 'Scorecard'). Figures are as at {long(q_end)}.")
    rows = scorecard_rows(r, figs, qs)
    head = ["Ref", "Indicator"] + [quarter_name(q) for q in qs] + ["Target", "RAG", "DoT"]
    title = [f"{PORTFOLIOS[r.portfolio]} Performance Scorecard {quarter_name(q_end)}"] + [""] * 7
    t = w.table([title, head] + rows, header=False, widths=[1.4, 6.5, 1.9, 1.9, 1.9, 1.7, 1.5, 1.0], size=9)
    a = t.cell(0, 0).merge(t.cell(0, 7))
    a.paragraphs[0].runs[0].bold = True
    for j in range(8):
        t.cell(1, j).paragraphs[0].runs[0].bold = True
    for i in range(2, len(rows) + 2):
        for j in (2, 3, 4, 5):
            t.cell(i, j).paragraphs[0].alignment = 2
        rag = t.cell(i, 6).text
        _shade(t.cell(i, 6), {"Red": "FF9999", "Amber": "FFD966", "Green": "A9D08E"}[rag])
    rated = [f for f in figs if f.rate is not None]
    if rated:
        w.p("Sheet 'Rates': rates per head of population at the quarter end", bold=True)
        w.table([["Indicator", "Rate", "Per"]] + [[f.label, f"{f.rate:.1f}", f"{f.metric.rate_per:,}"] for f in rated],
                widths=[8, 2.5, 2.5])
        r.traits.add("rate-on-second-sheet")
    extra, money = _extras(r, figs, q_end)
    w.p("Commentary", bold=True)
    for tx in extra + [money]:
        w.p(tx)
    w.p("Recommendations", bold=True)
    w.p(f"{r.executive} is asked to:")
    its = items(r, "lower", "note the scorecard")
    for i, it in enumerate(its):
        w.p(f"{it}{ends(i, len(its))}", style="List Number")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits.add("auto-numbering")
    w.p(f"Author: {r.officer[0]}, {r.officer[1]}, tel. {r.officer[2]}", size=9)
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    w.save(src)
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)

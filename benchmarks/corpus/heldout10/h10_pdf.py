"""Held-out-10 template drawn straight to PDF, the way a PostScript print driver and Distiller
made one from Word (written here object by object, so nothing else tidies it):

  print-driver-pdf  every glyph placed on its own (one text matrix per glyph, no space
                    characters: words are only gaps), fi and fl set as ligature glyphs (the
                    font's ToUnicode map reads them back as 'fi' and 'fl'), justified lines
                    hyphenated at their ends, the page furniture (running header, file path,
                    'Page 1 of 2') drawn before the body, the figures table drawn column by
                    column; Arial not embedded (Helvetica's metrics), Creator 'PScript5.dll Version 5.2.2'
"""
from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from council import COUNCIL, PORTFOLIOS
from h3_model import Job, last_quarter_end, quarter_name, quarters_back
from h10_common import (Report, background, colleague, cross, later, long, lookalike, member_text, noun,
                        ordinal_long, rate_words, row_rate, slash, subcount, trap_lines)
from h10_words import decision

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 72.0, 523.0, 770.0, 80.0
LIG = {"fi": "\x1e", "fl": "\x1f"}
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold"}


def _w(ch: str, font: str, size: float) -> float:
    if ch in LIG.values():
        return stringWidth("f", FONTS[font], size) + stringWidth("i" if ch == "\x1e" else "l", FONTS[font], size)
    return stringWidth(ch, FONTS[font], size)


def _glyphs(text: str) -> str:
    for k, v in LIG.items():
        text = text.replace(k, v)
    return text


def _hyphen_point(word: str) -> int:
    """Where a typesetter would break a long word: after a vowel followed by two consonants, near the middle."""
    vowels = "aeiouy"
    best = 0
    for i in range(3, len(word) - 3):
        if word[i - 1] in vowels and word[i] not in vowels and word[i + 1] not in vowels and word.isalpha():
            if abs(i + 1 - len(word) / 2) < abs(best - len(word) / 2):
                best = i + 1
    return best


class Page:
    def __init__(self):
        self.ops: list[str] = []

    def glyph_run(self, text: str, x: float, y: float, font: str = "R", size: float = 10.5, gap: float = 0.0):
        """Each glyph with its own text matrix; spaces become gaps (widened by `gap`)."""
        self.ops.append(f"BT /F{font} {size:g} Tf")
        for ch in _glyphs(text):
            if ch == " ":
                x += max(_w(" ", font, size), 3.4) + gap
                continue
            code = ch.encode("cp1252") if ch not in LIG.values() else ch.encode("latin-1")
            self.ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm <{code.hex()}> Tj")
            x += _w(ch, font, size)
        self.ops.append("ET")

    def rule(self, x0, y0, x1, y1, width=0.5):
        self.ops.append(f"{width} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")


def _width(text: str, font: str, size: float) -> float:
    return sum(max(_w(c, font, size), 3.4) if c == " " else _w(c, font, size) for c in _glyphs(text))


class Doc:
    def __init__(self, furniture):
        self.pages: list[Page] = []
        self.furniture = furniture  # fn(page, n) -> None, drawn first on each page
        self.body: list[Page] = []
        self.new()

    def new(self):
        self.pages.append(Page())
        self.y = TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, h: float):
        if self.y - h < BOTTOM:
            self.new()

    def para(self, text: str, font: str = "R", size: float = 10.5, indent: float = 0, first: str = "",
             hyphenate: bool = True, after: float = 6, lead: float = 13.2):
        words = text.split()
        width = RIGHT - LEFT - indent
        lines, cur = [], []
        while words:
            w = words.pop(0)
            trial = " ".join(cur + [w])
            if _width(trial, font, size) <= width or not cur:
                cur.append(w)
                continue
            k = _hyphen_point(w) if hyphenate and len(w) >= 8 and w.islower() else 0
            if k and _width(" ".join(cur + [w[:k] + "-"]), font, size) <= width:
                cur.append(w[:k] + "-")
                words.insert(0, w[k:])
            else:
                words.insert(0, w)
            lines.append((cur, True))
            cur = []
        if cur:
            lines.append((cur, False))
        for i, (ws, justify) in enumerate(lines):
            self.need(lead)
            x = LEFT + indent
            if i == 0 and first:
                self.page.glyph_run(first, LEFT + indent - 24, self.y, font, size)
            gap = 0.0
            if justify and len(ws) > 1:
                gap = (width - _width(" ".join(ws), font, size)) / (len(ws) - 1)
            self.page.glyph_run(" ".join(ws), x, self.y, font, size, gap)
            self.y -= lead
        self.y -= after

    def line(self, text: str, font: str = "R", size: float = 10.5, x: float = LEFT, after: float = 0, lead=13.2):
        self.need(lead)
        self.page.glyph_run(text, x, self.y, font, size)
        self.y -= lead + after

    def table(self, rows: list[list[str]], xs: list[float], aligns: str, size: float = 9.5):
        """Drawn column by column, as the driver sent the cells."""
        h = 14.0
        self.need(h * len(rows) + 6)
        y0 = self.y
        self.page.rule(LEFT, y0 + 10, RIGHT, y0 + 10)
        for j, x in enumerate(xs):
            for i, row in enumerate(rows):
                t = row[j]
                if not t:
                    continue
                font = "B" if i == 0 else "R"
                tx = x - _width(t, font, size) if aligns[j] == "r" else x
                self.page.glyph_run(t, tx, y0 - i * h, font, size)
        for i in range(len(rows) + 1):
            self.page.rule(LEFT, y0 - i * h - 4, RIGHT, y0 - i * h - 4, 0.3)
        self.y = y0 - len(rows) * h - 10


TOUNICODE = """/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
5 beginbfchar
<1E> <00660069>
<1F> <0066006C>
<A3> <00A3>
<96> <2013>
<92> <2019>
endbfchar
1 beginbfrange
<20> <7E> <0020>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def write_pdf(doc: Doc, path: Path, title: str, when: dt.date) -> None:
    objs: list[bytes] = []

    def add(b: bytes | str) -> int:
        objs.append(b.encode("latin-1") if isinstance(b, str) else b)
        return len(objs)

    cmap = TOUNICODE.encode()
    tu = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    enc = add("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [30 /fi /fl] >>")
    fonts = {}
    for k, name in FONTS.items():
        widths = []
        for code in range(30, 256):
            if code in (30, 31):
                widths.append(int(round(_w(chr(code), k, 1000))))
                continue
            try:
                ch = bytes([code]).decode("cp1252")
                widths.append(int(round(stringWidth(ch, name, 1000))))
            except UnicodeDecodeError:
                widths.append(0)
        base = {"R": "ArialMT", "B": "Arial-BoldMT"}[k]
        fd = add(f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [-665 -325 2000 1006] "
                 f"/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV {80 if k == 'R' else 153} "
                 f"{'/FontWeight 700 ' if k == 'B' else ''}>>")
        fonts[k] = add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{base} /FirstChar 30 /LastChar 255 "
                       f"/Widths [{' '.join(map(str, widths))}] /Encoding {enc} 0 R /FontDescriptor {fd} 0 R "
                       f"/ToUnicode {tu} 0 R >>")
    pages_id = len(objs) + 1 + 2 * len(doc.pages)
    kids = []
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages):
        fur = Page()
        doc.furniture(fur, i + 1, n)
        data = zlib.compress(("\n".join(fur.ops + pg.ops)).encode("latin-1"), 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W:g} {PAGE_H:g}] "
                        f"/Resources << /Font << /FR {fonts['R']} 0 R /FB {fonts['B']} 0 R >> /ProcSet [/PDF /Text] >> "
                        f"/Contents {c} 0 R >>"))
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {n} >>") == pages_id
    stamp = f"D:{when:%Y%m%d}1412{when.day % 6:02d}Z"
    info = add(f"<< /Title ({title}) /Author (dsmith) /Creator (PScript5.dll Version 5.2.2) "
               f"/Producer (Acrobat Distiller 8.1.0 \\(Windows\\)) /CreationDate ({stamp}) /ModDate ({stamp}) >>")
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))


def make_print_driver(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 40)))
    qs = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.8)
    r.figs = list(figs)
    form = ["cllr-dot", "full", "councillor-initial", "cllr-initial", "cllr-full"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    meet = [long(r.meeting, weekday=True), ordinal_long(r.meeting), slash(r.meeting)][dform]
    r.traits |= [{"weekday-date"}, {"ordinal-date"}, {"slash-date"}][dform]
    path = (f"G:\\Democratic Services\\{r.executive}\\{r.meeting.year}\\{r.meeting:%m %B}\\Item {r.item:02d} "
            f"{PORTFOLIOS[r.portfolio].split()[0]} report v{rng.randint(2, 6)}.doc")

    def furniture(pg: Page, n: int, total: int):
        pg.glyph_run(f"Page {n} of {total}", RIGHT - _width(f"Page {n} of {total}", "R", 8), 40, "R", 8)
        pg.glyph_run(path, LEFT, 40, "R", 6.5)
        pg.glyph_run(f"{r.executive} - {long(r.meeting)}", RIGHT - _width(f"{r.executive} - {long(r.meeting)}", "R", 8),
                     805, "R", 8)
        pg.glyph_run(COUNCIL, LEFT, 805, "R", 8)

    d = Doc(furniture)
    r.traits |= {"print-driver", "glyph-positioned", "ligatures", "hyphenated-line-ends", "out-of-reading-order",
                 "running-header", "page-x-of-y", "file-path-footer", "justified", "trap-other-meeting-date"}
    d.line("Report to " + r.executive, "B", 16, after=4)
    d.line(r.title, "B", 13, after=8)
    for lab, val in (("Date of meeting:", meet), ("Agenda item:", str(r.item)), ("Report of:", f"{who}, {r.role}"),
                     ("Lead officer:", f"{r.officer[0]}, {r.officer[1]}"), ("Wards affected:", "All wards")):
        d.page.glyph_run(lab, LEFT, d.y, "B", 10.5)
        d.line(val, "R", 10.5, x=LEFT + 110)
    d.y -= 8
    r.traits |= {"cover-lines", "agenda-item-number"}
    d.line("1.   Summary", "B", 11.5, after=3)
    d.para(f"This report sets out the performance of the {PORTFOLIOS[r.portfolio]} portfolio for "
           f"{quarter_name(q_end, 'quarter')}, the quarter ending {long(q_end)}, with the significant "
           f"developments affecting the service and the decisions now required. {background(r, 1)[0]} "
           f"{trap_lines(r, ['trap-years'])[0]}")
    d.line("2.   Recommendations", "B", 11.5, after=3)
    d.para(f"{r.executive} is recommended to:", after=3)
    items = ["note the performance information in section 3"] + [decision(d_, "lower") for d_ in r.decisions]
    for i, it in enumerate(items):
        tail = "; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else "."
        d.para(it + tail, indent=24, first=f"2.{i + 1}", hyphenate=False, after=3)
        if i:
            r.commit(it + tail)
    d.y -= 4
    r.traits |= {"lead-in", "standing-resolution", "typed-numbering", "numbered-paragraphs"}
    d.line("3.   Performance", "B", 11.5, after=3)
    d.para(f"The table shows the last three quarters; figures are as at the end of each quarter. The "
           f"latest position is at {long(q_end)}.")
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "performance-table", "rag-column",
                 "column-order-drawing"}
    rows = [["Indicator", quarter_name(qs[0], "qq"), quarter_name(qs[1], "qq"), quarter_name(qs[2], "qq"),
             "Target", "RAG"]]
    for f in figs:
        rag = rng.choice(["G", "A", "R"])
        rows.append([f.label[:46], f.show(f.history[0]), f.show(f.history[1]), f.show(), f.target, rag])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append(["   " + row_rate(f)[:44]] + [f"{x:.1f}" for x in rr] + ["", ""])
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(1, len(rows)), [lab[:46], *vals, "", ""])
    d.table(rows, [LEFT + 2, 330, 385, 440, 485, 500], "lrrrrl")
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(2, 9)), rate=rng.random() < 0.5)
    if ext:
        r.figs.append(ext)
        txt = (f"Management information for the week ending {long(ext.as_of)} shows {ext.show()} "
               f"{noun(rng, ext.key)}")
        txt += f" ({rate_words(ext)})." if ext.rate is not None else "."
        d.para(txt)
    g = rng.choice([f for f in figs if not f.percent] or figs)
    d.para(f"{subcount(r, g)} {trap_lines(r, ['trap-other-council'])[0]} {trap_lines(r, ['trap-percent'])[0]} "
           f"{cross(r, q_end)}")
    if r.predecessor:
        d.para(f"The {r.role} thanks Councillor {r.predecessor.name}, who held the portfolio until the last "
               "reshuffle, for setting the direction of this work.")
        r.traits.add("predecessor-thanked")
    col = colleague(r)
    if col:
        d.para(f"Councillor {col[0].name} has been consulted on the joint elements affecting the "
               f"{PORTFOLIOS[col[1]]} portfolio.")
        r.traits.add("other-member-named")
    d.line("4.   Financial implications", "B", 11.5, after=3)
    d.para(f"{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-teams'])[0]} The financial position "
           "will be kept under review through the quarterly budget monitoring reports.")
    d.line("5.   Background papers", "B", 11.5, after=3)
    d.para(f"Report to {r.executive}, {long(r.meeting - dt.timedelta(weeks=rng.randint(10, 15)))}: quarterly "
           "performance.")
    r.traits |= {"implications", "trap-money"}
    d.y -= 6
    d.line(f"Contact: {r.officer[0]}, telephone {r.officer[2]}, e-mail {r.officer[3]}", "R", 9)
    d.line(f"Date of report: {slash(r.report_date)}", "R", 9)
    r.traits |= {"report-date-before-meeting-date", "trap-phone", "slash-date"}
    write_pdf(d, to or final, r.title, r.report_date)
    return Job(r, final, to or final, [])

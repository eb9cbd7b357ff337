"""Held-out-16 templates written as OpenDocument by hand:

  lo-template-sections-odt    a report made in LibreOffice Writer from the council's template (a
                              flat .fodt written here, saved as .odt, or .docx, by LibreOffice):
                              the council's name and the report's title in the page header,
                              'Page x of y' fields in the footer, the body in named sections
                              (text:section: 'Part A - For decision', 'Part B - Supporting
                              information'), the cover in a two-column section, a page break into a
                              landscape page style for the performance appendix, the
                              recommendations an automatic list lettered a) b) c) (text:list), a
                              performance table with '*' or a superscript note, rate rows and RAG
  scrutiny-response-tracker   a Cabinet report responding to a scrutiny task-and-finish review
                              (.odt written by hand as content.xml, styles.xml and meta.xml): a
                              recommendation tracker table (No. | Scrutiny recommendation | Cabinet
                              Member response | Accepted? | Lead | By when | RAG) whose rows are the
                              scrutiny panel's recommendations, not the report's; the report's own
                              recommendations typed 1. 2. 3. after 'It is recommended that Cabinet:';
                              a small performance context table with '(p)' and rate rows
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h16_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, meeting_date, noun,
                        other_member, perf, perf_rows15, quarter_name, rate_words, slash, thanks, who)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')


def P(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def H(text: str, level: int = 1) -> str:
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{E(text)}</text:h>'


def cell(content: str, style: str = "Tb.C", para: str = "Table_20_Contents") -> str:
    inner = content if content.startswith("<text:") else f'<text:p text:style-name="{para}">{E(content)}</text:p>'
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{inner}</table:table-cell>'


def table(name: str, rows: list[list[str]], widths: list[float], sup: tuple | None = None) -> str:
    cols = "".join(f'<table:table-column table:style-name="{name}.c{i}"/>' for i in range(len(widths)))
    out = [f'<table:table table:name="{name}" table:style-name="Tb">{cols}<table:table-header-rows><table:table-row>'
           + "".join(cell(h, "Tb.H", "TH") for h in rows[0]) + "</table:table-row></table:table-header-rows>"]
    for i, row in enumerate(rows[1:], 1):
        cs = []
        for j, c in enumerate(row):
            if sup and (i, j) == sup[:2]:
                cs.append(cell(f'<text:p text:style-name="Table_20_Contents">{E(c)}<text:span text:style-name="Sup">'
                               f'{sup[2]}</text:span></text:p>'))
            else:
                cs.append(cell(str(c)))
        out.append("<table:table-row>" + "".join(cs) + "</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def col_styles(name: str, widths: list[float]) -> str:
    return "".join(f'<style:style style:name="{name}.c{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))


COMMON_STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.42cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="{colour}"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{colour}"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt"/></style:style>
"""

TABLE_AUTO = """
<style:style style:name="Tb" style:family="table"><style:table-properties table:align="left" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Tb.H" style:family="table-cell"><style:table-cell-properties fo:background-color="{colour}" fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="Tb.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
"""


# =====================================================================================
# lo-template-sections-odt  (a flat .fodt; LibreOffice saves it as .odt / .docx / PDF)
# =====================================================================================

def make_template(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [2, 0, 1, 3, 4][v % 5])
    member = who(r, ["councillor-initial", "cllr-full", "cllr-initial", "full", "cllr-dot"][v % 5])
    r.traits |= {"page-header-footer", "page-x-of-y", "odt-sections", "two-column-section", "landscape-appendix",
                 "auto-numbering", "lettered-items", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone", "libreoffice-template", "field-lines"}
    colour = ["#00594F", "#4B2E83", "#8A1538"][v % 3]
    mark = ["star", "sup", "star", "sup", "p"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=v % 2 == 0)
    sup = None
    if mark == "sup":
        i = next(i for i, row in enumerate(rows, 1) if row[0] == marked.label)
        sup = (i, 3, "1")
    widths = [7.5, 2.6, 2.6, 2.6, 2.2] + ([1.8] if len(head) > 5 else [])
    its = items(r, "lower", f"note the performance of the {PORTFOLIOS[r.portfolio]} portfolio at Appendix 1")
    lst = "".join(f'<text:list-item><text:p text:style-name="Rec">{E(it + ends(k, len(its)))}</text:p></text:list-item>'
                  for k, it in enumerate(its))
    for k, it in enumerate(its):
        if k:
            r.commit(it + ends(k, len(its)))
    extra, money = _extras(r, figs, q_end)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "implications"}
    bg = [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]
    f0 = next((f for f in figs if f.rate is not None), None)
    lead = ""
    if f0 is not None:
        lead = P(f"4.2 {noun(rng, f0.key)[0].upper() + noun(rng, f0.key)[1:]}: {f0.show()} at {long(q_end)} "
                 f"({rate_words(f0)}).")
        r.traits.add("rate-in-line")
    fields = [("Meeting", r.executive), ("Date", date), ("Agenda item", str(r.item)),
              ("Portfolio", PORTFOLIOS[r.portfolio]), ("Cabinet Member" if r.cabinet else "Executive Member", member),
              ("Report author", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2]),
              ("Key decision", "No"), ("Wards", "All"), ("Report date", slash(r.report_date))]
    cover = "".join(f'<text:p text:style-name="Field"><text:span text:style-name="B">{E(a)}:</text:span> {E(b)}</text:p>'
                    for a, b in fields)
    body = (P(COUNCIL, "Standard") + P(r.title, "Title")
            + f'<text:section text:style-name="Sect2" text:name="Cover">{cover}</text:section>'
            + f'<text:section text:style-name="Sect1" text:name="Part A">'
            + H("Part A \u2013 For decision") + H("1. Purpose of report", 2)
            + P(f"1.1 To report the {PORTFOLIOS[r.portfolio]} portfolio's performance for {quarter_name(q_end, 'quarter')} "
                f"and to seek the {r.executive}'s agreement to the recommendations.")
            + H("2. Recommendations", 2) + P(f"2.1 That the {r.executive}:")
            + f'<text:list text:style-name="LRec">{lst}</text:list>'
            + "</text:section>"
            + f'<text:section text:style-name="Sect1" text:name="Part B">'
            + H("Part B \u2013 Supporting information") + H("3. Background", 2)
            + "".join(P(f"3.{k} {x}") for k, x in enumerate(bg, 1))
            + H("4. Performance", 2)
            + P(f"4.1 Appendix 1 sets out the indicators at {long(q_end)}, the end of {quarter_name(q_end, 'quarter')}.")
            + lead + "".join(P(f"4.{k} {x}") for k, x in enumerate(extra, 3 if lead else 2))
            + H("5. Implications", 2) + P(f"5.1 Financial: {money}") + P("5.2 Legal: none arising from this report.")
            + H("6. Next steps", 2)
            + P(f"6.1 The Overview and Scrutiny Committee will consider the appendix on {long(nxt, weekday=True)}.")
            + H("Background papers", 2) + P("None.") + "</text:section>"
            + f'<text:p text:style-name="Landscape">Appendix 1: {E(PORTFOLIOS[r.portfolio])} performance, '
              f'{E(quarter_name(q_end))}</text:p>'
            + table("Perf", [head] + rows, widths, sup)
            + P({"star": "* provisional", "sup": "1 Provisional figure, subject to validation.",
                 "p": "(p) provisional"}[mark], "Small"))
    auto = (TABLE_AUTO.format(colour=colour) + col_styles("Perf", widths)
            + '<style:style style:name="Field" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>'
            + '<style:style style:name="Rec" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="LRec"/>'
            + '<style:style style:name="Landscape" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape"><style:paragraph-properties fo:break-before="page"/></style:style>'
            + '<style:style style:name="Sect1" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>'
            + '<style:style style:name="Sect2" style:family="section"><style:section-properties fo:background-color="#f2f2f2"><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>'
            + '<text:list-style style:name="LRec"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>')
    head_txt = f"{COUNCIL} \u2013 {r.executive} report"
    pages = (f'<style:page-layout style:name="pmP"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
             f'<style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.001cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>')
    hf = (f'<style:header><text:p text:style-name="Header">{E(head_txt)} | {E(r.title)}</text:p></style:header>'
          f'<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of '
          f'<text:page-count>3</text:page-count></text:p></style:footer>')
    masters = (f'<style:master-page style:name="Standard" style:page-layout-name="pmP">{hf}</style:master-page>'
               f'<style:master-page style:name="Landscape" style:page-layout-name="pmL">{hf}</style:master-page>')
    stamp = f"{r.report_date.isoformat()}T10:15:00"
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">'
           f'<office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator><dc:title>{E(r.title)}</dc:title>'
           f'<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>'
           f'<meta:template xlink:type="simple" xlink:actuate="onRequest" xlink:title="HBC Committee Report" '
           f'xlink:href="../Templates/HBC%20Committee%20Report.ott"/></office:meta>'
           f'<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/></office:font-face-decls>'
           f'<office:styles>{COMMON_STYLES.format(colour=colour)}</office:styles>'
           f'<office:automatic-styles>{auto}{pages}</office:automatic-styles>'
           f'<office:master-styles>{masters}</office:master-styles>'
           f'<office:body><office:text>{body}</office:text></office:body></office:document>\n')
    src = work / (final.stem + ".fodt")
    src.write_text(doc, encoding="utf-8")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else (["lo-docx"] if final.suffix == ".docx" else ["lo-odt"])
    return Job(r, final, src, steps)


# =====================================================================================
# scrutiny-response-tracker  (hand-written .odt)
# =====================================================================================

SCRUTINY_RECS = [
    "The Cabinet Member should report progress on the action plan to the panel every six months",
    "Officers should publish the service's performance indicators on the council's website each quarter",
    "The council should write to the Government asking for multi-year funding for the service",
    "A single point of contact should be named for ward councillors",
    "The service should review its letters to residents with a readers' panel",
    "Partners should be invited to a joint workshop with the panel in the new year",
]


def tracker_parts(r: Report):
    """The tracker report's blocks, shared by the .odt and the plain-text versions."""
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [3, 4, 0, 1, 2][v % 5])
    member = who(r, ["cllr-full", "cllr-dot", "councillor-initial", "cllr-initial", "full"][v % 5])
    r.traits |= {"recommendation-tracker", "scrutiny-recommendations-not-commitments", "rag-column", "typed-numbering",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications"}
    review = rng.choice(["Task and Finish Group", "Scrutiny Review Panel", "Select Committee"])
    panel_date = r.meeting - dt.timedelta(weeks=rng.randint(6, 12), days=1)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(20, 26), days=2)
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    B = []
    body = "Cabinet" if r.cabinet else "the Executive"
    holder = "Cabinet Member" if r.cabinet else "Executive Member"
    B.append(("title", f"{r.executive} Response to the {PORTFOLIOS[r.portfolio]} {review}"))
    B.append(("fields", [("Meeting", r.executive), ("Meeting date", date), ("Agenda item", str(r.item)),
                         ("Report of", f"{member}, {r.role}"), ("Lead officer", f"{r.officer[0]}, {r.officer[1]}"),
                         ("Contact", f"{r.officer[2]}, {r.officer[3]}"), ("Date of report", long(r.report_date))]))
    B.append(("h", "1. Summary"))
    B.append(("p", f"1.1 The {review} reported to the Overview and Scrutiny Committee on {long(panel_date)} with "
                   f"{rng.randint(5, 6)} recommendations. This report sets out the {holder}'s response to each of "
                   f"them, the portfolio's latest performance and the decisions {body} is asked to take."))
    B.append(("h", "2. Recommendations"))
    B.append(("p", f"2.1 It is recommended that {body}:"))
    its = items(r, "third", f"notes the {PORTFOLIOS[r.portfolio]} performance in section 5")
    for k, it in enumerate(its):
        B.append(("rec", f"{k + 1}.", it + ends(k, len(its))))
        if k:
            r.commit(it + ends(k, len(its)))
    B.append(("p", f"2.2 The {holder}'s responses to the panel's own recommendations are in the tracker at "
                   "section 4, for information."))
    B.append(("h", "3. Background"))
    for k, x in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        B.append(("p", f"3.{k} {x}"))
    B.append(("h", "4. Recommendation tracker"))
    recs = rng.sample(SCRUTINY_RECS, 4)
    tr = [["No.", "Scrutiny recommendation", f"{holder} response", "Accepted?", "Lead", "By when", "RAG"]]
    for k, sr in enumerate(recs, 1):
        due = r.meeting + dt.timedelta(days=rng.randint(60, 300))
        resp, acc, rag = rng.choice([("Agreed. Work has started.", "Yes", "Amber"),
                                     ("Agreed in part: see 4.2.", "Partly", "Amber"),
                                     ("Not agreed: resources are not available this year.", "No", "Red"),
                                     ("Agreed. Already in place.", "Yes", "Green")])
        tr.append([f"R{k}", sr + ".", resp, acc, r.officer[0].split()[-1], f"{due:%B %Y}", rag])
    B.append(("table", tr, "tracker"))
    B.append(("p", "4.2 Where a recommendation is agreed in part, the response explains what will be done."))
    B.append(("h", "5. Performance context"))
    B.append(("p", f"5.1 The panel asked to see the portfolio's indicators alongside its response. At {long(q_end)}:"))
    mark = ["p", "star", "p", "p", "star"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=True)
    B.append(("table", [head] + rows, "perf"))
    B.append(("small", {"p": "(p) provisional", "star": "* provisional"}[mark]))
    extra, money = _extras(r, figs, q_end)
    for k, x in enumerate(extra, 2):
        B.append(("p", f"5.{k} {x}"))
    B.append(("h", "6. Financial implications"))
    B.append(("p", f"6.1 {money}"))
    B.append(("h", "7. Monitoring"))
    B.append(("p", f"7.1 Progress against the tracker will be reported to the Overview and Scrutiny Committee on "
                   f"{long(nxt, weekday=True)}."))
    return B


def make_tracker(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    B = tracker_parts(r)
    colour = "#1D4F91"
    body, auto_cols = [P(COUNCIL, "Standard")], []
    for b in B:
        kind = b[0]
        if kind == "title":
            body.append(P(b[1], "Title"))
        elif kind == "fields":
            body.append(table("Cover", [["Item", "Detail"]] + [[a, c] for a, c in b[1]], [4.5, 12.0]))
            auto_cols.append(col_styles("Cover", [4.5, 12.0]))
        elif kind == "h":
            body.append(H(b[1], 2))
        elif kind == "p":
            body.append(P(b[1]))
        elif kind == "rec":
            body.append(f'<text:p text:style-name="Hang">{E(b[1])}<text:tab/>{E(b[2])}</text:p>')
        elif kind == "small":
            body.append(P(b[1], "Small"))
        elif kind == "table":
            name = "Tracker" if b[2] == "tracker" else "Perf"
            w = [1.1, 4.2, 4.2, 1.7, 1.8, 2.0, 1.4] if b[2] == "tracker" else [6.0, 2.2, 2.2, 2.2, 2.0, 1.8]
            w = w[:len(b[1][0])]
            body.append(table(name, b[1], w))
            auto_cols.append(col_styles(name, w))
    auto = (TABLE_AUTO.format(colour=colour) + "".join(auto_cols)
            + '<style:style style:name="Hang" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:text-indent="-1cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               f"<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>{''.join(body)}"
               f"</office:text></office:body></office:document-content>\n")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.3">'
              f'<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/></office:font-face-decls>'
              f"<office:styles>{COMMON_STYLES.format(colour=colour)}</office:styles>"
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
              "</office:document-styles>\n")
    stamp = f"{r.report_date.isoformat()}T14:05:00"
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            f"<meta:generator>LibreOffice/6.4.7.2$Windows_X86_64 LibreOffice_project/639b8ac485750d5696d7590a72ef1b496725cfb5</meta:generator>"
            f"<dc:title>{E(B[0][1])}</dc:title><meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
            f"</office:meta></office:document-meta>\n")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>\n")
    src = work / (final.stem + ".odt") if pdf else final
    with zipfile.ZipFile(src, "w") as z:
        for name, data in (("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                           ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return Job(r, final, src, ["lo-pdf"] if pdf else [])

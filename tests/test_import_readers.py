"""What every reader guarantees the finders (docs/design.md, the importer's document
model), each shown on a small real document made here: soft breaks joined inside a
phrase, typed and automatic numbering read alike, merged cells resolved into a plain
grid, footnote markers left out, page furniture taken away, and a table a page break
split made one again."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from generator.importers.normalise import normalise
from generator.importers.read import read_document


def model(path: Path):
    return normalise(read_document(path, path.read_bytes()))


def paragraphs(document) -> list[tuple]:
    return [(b.kind, b.number, b.text) for b in document.blocks if b.kind != "table"]


def tables(document) -> list[tuple]:
    return [b.rows for b in document.blocks if b.kind == "table"]


# --- Word -----------------------------------------------------------------------

def docx_with(tmp_path: Path, build) -> Path:
    import docx

    document = docx.Document()
    build(document)
    path = tmp_path / "report.docx"
    document.save(path)
    return path


def soft_broken(document, *lines: str):
    paragraph = document.add_paragraph()
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
    return paragraph


def test_word_soft_breaks_inside_a_phrase_are_joined_and_between_statements_kept(tmp_path):
    path = docx_with(tmp_path, lambda d: (
        soft_broken(d, "Environment Executive Member Report to Council 19 April", "1996"),
        soft_broken(d, "Current Number of complaints", "received figures are: 1,271"),
        soft_broken(d, "Children in Need @ 18/08/2019\t1846", "Children Looked After @ 18/08/2019\t552"),
        soft_broken(d, "Councillor Barrie Cooper", "Executive Member for Children's Services")))
    assert paragraphs(model(path)) == [
        ("paragraph", None, "Environment Executive Member Report to Council 19 April 1996"),
        ("paragraph", None, "Current Number of complaints received figures are: 1,271"),
        ("paragraph", None, "Children in Need @ 18/08/2019\t1846\nChildren Looked After @ 18/08/2019\t552"),
        ("paragraph", None, "Councillor Barrie Cooper\nExecutive Member for Children's Services")]


def test_typed_numbers_letters_and_recommendations_are_read_as_word_numbers_are(tmp_path):
    from importdocs import _numbered, _numbering

    def build(d):
        d.add_paragraph("1. Create a Youth Parliament to give young people a say.")
        d.add_paragraph("2.1 That the Executive:")
        d.add_paragraph("(a) approves the proposed fees and charges; and")
        d.add_paragraph("b) notes the consultation")
        d.add_paragraph("Recommendation 3: Approve the new strategy.")
        d.add_paragraph("552 children were looked after.")  # a figure, not an item
        num_id = _numbering(d, ("%1.",), (4,))
        _numbered(d, "Deliver edge of care provision.", num_id, 0)

    assert [(b.number, b.text, b.anchor) for b in model(docx_with(tmp_path, build)).blocks] == [
        ("1.", "Create a Youth Parliament to give young people a say.", "item-1"),
        ("2.1", "That the Executive:", "item-2-1"),
        ("(a)", "approves the proposed fees and charges; and", "item-2-1-a"),
        ("(b)", "notes the consultation", "item-2-1-b"),
        ("Recommendation 3", "Approve the new strategy.", "item-3"),
        (None, "552 children were looked after.", None),
        ("4.", "Deliver edge of care provision.", "item-4")]


def test_word_merged_cells_become_a_plain_grid_and_markers_leave_the_figures(tmp_path):
    def build(d):
        table = d.add_table(rows=3, cols=3)
        table.cell(0, 1).merge(table.cell(0, 2)).text = "2019/20"
        table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "Indicator", "Q1", "Q2"
        table.cell(2, 0).text, table.cell(2, 1).text = "Children looked after", "540"
        run = table.cell(2, 2).paragraphs[0].add_run("552")
        table.cell(2, 2).paragraphs[0].add_run("1").font.superscript = True
        del run
        table.cell(0, 0).merge(table.cell(1, 0))
    rows = tables(model(docx_with(tmp_path, build)))
    assert rows == [(("Indicator", "2019/20", "2019/20"), ("Indicator", "Q1", "Q2"),
                     ("Children looked after", "540", "552"))]


def test_word_text_boxes_are_read_once_after_the_paragraph_they_are_anchored_in(tmp_path):
    """A 'Key facts' box floating beside the text, as Word saves it: the box (mc:Choice)
    and the copy kept for older readers (mc:Fallback, a VML text box). Read once, as its
    own paragraphs, never run into the paragraph it is anchored in."""
    from docx.oxml import parse_xml

    box = ("<w:txbxContent><w:p><w:r><w:t>Key facts at 31 August 2019</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>Children looked after: 552</w:t></w:r></w:p></w:txbxContent>")
    run = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>")

    def build(document):
        anchor = document.add_paragraph("The service has strengthened its front door.")
        anchor._p.append(run)
        document.add_paragraph("Demand has remained high.")

    assert paragraphs(model(docx_with(tmp_path, build))) == [
        ("paragraph", None, "The service has strengthened its front door."),
        ("paragraph", None, "Key facts at 31 August 2019"), ("paragraph", None, "Children looked after: 552"),
        ("paragraph", None, "Demand has remained high.")]


def test_a_word_table_set_with_tab_stops_is_a_table_and_a_cover_s_tabbed_fields_are_not(tmp_path):
    def build(document):
        for line in ("DATE:\t05/11/2019", "REPORT OF:\tCouncillor Barrie Cooper",
                     "Indicator\tQ4 18/19\tQ1 19/20\tTarget", "Children looked after\t540\t552\t530",
                     "Children in need\t\t1,288\t\t1,310\t\t1,250", "Adoptions\t12\t15\t-",
                     "Provisional: subject to validation."):
            document.add_paragraph(line)

    document = model(docx_with(tmp_path, build))
    assert tables(document) == [(("Indicator", "Q4 18/19", "Q1 19/20", "Target"),
                                 ("Children looked after", "540", "552", "530"),
                                 ("Children in need", "1,288", "1,310", "1,250"), ("Adoptions", "12", "15", "-"))]
    assert paragraphs(document) == [("paragraph", None, "DATE:\t05/11/2019"),
                                    ("paragraph", None, "REPORT OF:\tCouncillor Barrie Cooper"),
                                    ("paragraph", None, "Provisional: subject to validation.")]


def test_a_word_file_typed_as_on_a_typewriter_is_read_as_text_is(tmp_path):
    """Converted from an old word processor: a hard return at every line's end, blank
    paragraphs between paragraphs, a table lined up with spaces under dates as headings."""
    typed = ["HOLLINSFIELD BOROUGH COUNCIL", "", "2.   RECOMMENDATIONS", "",
             "2.1  It is recommended that the Executive notes the contents", "of this report and approves the new draft",
             "Customer Access Strategy for the coming year.", "",
             "3.   PERFORMANCE", "", "3.1  The table shows the position at the end of the last",
             "two quarters, with the latest figures provisional.", "",
             "INDICATOR                         30.06.2015  30.09.2015  TARGET",
             "Freedom of Information                  375     336(p)     320", "requests received",
             "Complaints received                      83         86      80", "",
             "4.   FINANCIAL IMPLICATIONS", "", "4.1  A further grant of the same size has been bid for from",
             "the Shared Prosperity Fund this year."]

    def build(document):
        for line in typed:
            document.add_paragraph(line)

    document = model(docx_with(tmp_path, build))
    assert paragraphs(document)[:5] == [
        ("heading", None, "HOLLINSFIELD BOROUGH COUNCIL"), ("heading", None, "RECOMMENDATIONS"),
        ("paragraph", "2.1", "It is recommended that the Executive notes the contents of this report and approves "
                             "the new draft Customer Access Strategy for the coming year."),
        ("heading", None, "PERFORMANCE"),
        ("paragraph", "3.1", "The table shows the position at the end of the last two quarters, with the latest "
                             "figures provisional.")]
    assert tables(document) == [(("INDICATOR", "30.06.2015", "30.09.2015", "TARGET"),
                                 ("Freedom of Information requests received", "375", "336(p)", "320"),
                                 ("Complaints received", "83", "86", "80"))]
    assert document.blocks[1].where == "paragraph 3"


def test_a_word_file_of_short_paragraphs_that_do_not_run_on_is_read_paragraph_by_paragraph(tmp_path):
    lines = ["Date of meeting: Thursday, 27 February 2020", "Report of: Cllr B Cooper, Executive Member for Children's",
             "Title: Portfolio Holder Update", *[f"Children looked after at the end of week {n}: {500 + n}"
                                                 for n in range(1, 14)], "Contact officer: Dr Fiona Marsden, Director"]

    def build(document):
        for line in lines:
            document.add_paragraph(line)

    assert [b.text for b in model(docx_with(tmp_path, build)).blocks] == lines


def test_a_smart_art_graphic_s_words_are_read_a_node_at_a_time(tmp_path):
    """SmartArt keeps its words in the diagram's data part, not in the document's text."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    dgm, a = "http://schemas.openxmlformats.org/drawingml/2006/diagram", "http://schemas.openxmlformats.org/drawingml/2006/main"
    nodes = "".join(f'<dgm:pt modelId="{{{n}}}"><dgm:t><a:p><a:r><a:t>{first}</a:t></a:r></a:p><a:p><a:r><a:t>{second}'
                    f"</a:t></a:r></a:p></dgm:t></dgm:pt>"
                    for n, (first, second) in enumerate((("552", "children looked after"), ("1,310", "children in need"))))
    data = (f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst><dgm:pt modelId="{{9}}" type="doc"/>'
            f'{nodes}<dgm:pt modelId="{{8}}" type="sibTrans"><dgm:t><a:p><a:r><a:t>-</a:t></a:r></a:p></dgm:t></dgm:pt>'
            "</dgm:ptLst></dgm:dataModel>").encode()

    def build(document):
        document.add_paragraph("The key figures are in the graphic below.")
        part = Part(PackURI("/word/diagrams/data1.xml"),
                    "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", data, document.part.package)
        rid = document.part.relate_to(part, RT.DIAGRAM_DATA)
        graphic = document.add_paragraph()._p
        graphic.append(parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:drawing>'
            f'<a:graphic xmlns:a="{a}"><a:graphicData uri="{dgm}"><dgm:relIds xmlns:dgm="{dgm}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            f'r:dm="{rid}"/></a:graphicData></a:graphic></w:drawing></w:r>'))
        document.add_paragraph("Demand has remained high.")

    assert paragraphs(model(docx_with(tmp_path, build))) == [
        ("paragraph", None, "The key figures are in the graphic below."), ("paragraph", None, "552 children looked after"),
        ("paragraph", None, "1,310 children in need"), ("paragraph", None, "Demand has remained high.")]


def test_a_web_page_put_into_a_word_file_whole_is_read_in_its_place(tmp_path):
    """w:altChunk: how HTML-to-Word exports and many content systems build a .docx."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    def build(document):
        document.add_paragraph("Report of the Executive Member for Children's Services")
        page = b"<html><body><p>Children looked after: 552</p><ul><li>Children in need: 1,310</li></ul></body></html>"
        rid = document.part.relate_to(Part(PackURI("/word/chunk1.html"), "text/html", page, document.part.package),
                                      RT.A_F_CHUNK)
        document.element.body.insert(1, parse_xml(
            '<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}"/>'))
        document.add_paragraph("Demand has remained high.")

    assert [b.text for b in model(docx_with(tmp_path, build)).blocks] == [
        "Report of the Executive Member for Children's Services", "Children looked after: 552",
        "Children in need: 1,310", "Demand has remained high."]


def test_word_hidden_text_is_not_read(tmp_path):
    """An earlier draft's figure left in as hidden text (w:vanish) beside the one shown."""
    def build(document):
        paragraph = document.add_paragraph("Children looked after: ")
        paragraph.add_run("540 ").font.hidden = True
        paragraph.add_run("552")

    assert paragraphs(model(docx_with(tmp_path, build))) == [("paragraph", None, "Children looked after: 552")]


def test_word_running_headers_and_footers_never_reach_the_body(tmp_path):
    def build(d):
        section = d.sections[0]
        section.header.paragraphs[0].text = "OFFICIAL"
        section.footer.paragraphs[0].text = "Page 1 of 1"
        d.add_paragraph("The report's only paragraph.")
        d.add_paragraph("OFFICIAL")  # a marking typed into the body is furniture too

    assert paragraphs(model(docx_with(tmp_path, build))) == [("paragraph", None, "The report's only paragraph.")]


# --- PDF ------------------------------------------------------------------------

def two_page_pdf(tmp_path: Path) -> Path:
    """A running header and footer on both pages, a superscript footnote marker after a
    figure, and a table whose header row repeats on the page it runs on to."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(72, A4[1] - 40, "Cabinet - 12 March 2020")
        canvas.drawString(72, 30, f"Page {doc.page} of 2")

    rows = [["Indicator", "Q1 2019/20", "Q2 2019/20"]] + [[f"Measure {i}", str(i), str(i + 1)] for i in range(1, 41)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("Children looked after: 245<super>2</super>, as at 30 September 2019", styles["Normal"]),
             Spacer(1, 12), Paragraph("The board agreed the revised timetable on", styles["Normal"]),
             PageBreak(), Paragraph("8 February 2006, and an update will follow.", styles["Normal"]),
             Spacer(1, 12), table]
    path = tmp_path / "report.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def test_pdf_furniture_goes_and_a_split_table_is_one_with_its_header_once(tmp_path):
    document = model(two_page_pdf(tmp_path))
    text = document.text()
    assert "Cabinet - 12 March 2020" not in text and "Page 1 of 2" not in text
    assert "Cabinet - 12 March 2020" in document.furniture
    [rows] = tables(document)
    assert rows[0] == ("Indicator", "Q1 2019/20", "Q2 2019/20")
    assert [r[0] for r in rows[1:]] == [f"Measure {i}" for i in range(1, 41)]


def test_pdf_footnote_marker_is_not_merged_into_the_figure(tmp_path):
    first = model(two_page_pdf(tmp_path)).blocks[0]
    assert first.text == "Children looked after: 245, as at 30 September 2019"


def test_a_paragraph_a_page_break_cut_is_one_again(tmp_path):
    texts = [b.text for b in model(two_page_pdf(tmp_path)).blocks if b.kind == "paragraph"]
    assert "The board agreed the revised timetable on 8 February 2006, and an update will follow." in texts



def test_a_pdf_table_in_shaded_bands_without_upright_rules_keeps_its_columns(tmp_path):
    """A Power BI table visual, or a Word style with banded rows and no upright rules: the
    bands are not a table of one column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [["Measure", "Q4 2021/22", "Q1 2022/23", "Target"], ["Temporary accommodation", "39", "37", "32"],
            ["Referrals received", "576", "507", "470"]]
    table = Table(rows, colWidths=[200, 90, 90, 90])
    table.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.whitesmoke, colors.lightgrey]),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    path = tmp_path / "dashboard.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    assert tables(model(path)) == [tuple(tuple(row) for row in rows)]


SUBJECTS = ["cover", "contents", "foreword", "key figures", "indicators", "quarter", "recommendations", "contacts"]


def test_an_item_a_narrow_column_cut_is_one_again(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "review.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    for n, line in enumerate(("1. Speed up the delivery of", "disabled facilities grants.", "2. End the use of bed and",
                              "breakfast for families.")):
        pdf.drawString(60 if line[0].isdigit() else 74, 700 - 30 * n, line)
    pdf.save()
    assert paragraphs(model(path)) == [("paragraph", "1.", "Speed up the delivery of disabled facilities grants."),
                                       ("paragraph", "2.", "End the use of bed and breakfast for families.")]


def test_a_booklet_s_sheets_are_read_as_its_pages_in_their_own_order(tmp_path):
    """An A5 booklet printed two pages to a landscape sheet, in the order the sheets fold
    into: 8|1, 2|7, 6|3, 4|5."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    path = tmp_path / "booklet.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    for left, right in ((8, 1), (2, 7), (6, 3), (4, 5)):
        for number, x in ((left, 40), (right, width / 2 + 40)):
            pdf.setFont("Helvetica", 11)
            pdf.drawString(x, height - 120, f"Page {number} is about the {SUBJECTS[number - 1]}.")
            if number not in (1, 8):
                pdf.drawString(x + 160, 30, str(number))
        pdf.showPage()
    pdf.save()
    assert [b.text for b in model(path).blocks] == [f"Page {n} is about the {SUBJECTS[n - 1]}." for n in range(1, 9)]


def form_pdf(tmp_path: Path, values: dict[str, str]) -> Path:
    """A decision record as a fillable form: box titles printed on the page, what was typed
    into the boxes held only by the form's fields."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "decision.pdf"
    page = canvas.Canvas(str(path))
    top = 780
    for title, value in values.items():
        page.setFont("Helvetica-Bold", 10)
        page.drawString(50, top, title)
        height = 16 * (value.count("\n") + 1)
        page.acroForm.textfield(name=title.split()[0], value=value, x=50, y=top - 8 - height, width=450,
                                height=height, fontSize=10, borderWidth=0,
                                fieldFlags="multiline" if "\n" in value else "")
        top -= 40 + height
    page.save()
    return path


def test_what_was_typed_into_a_fillable_form_is_read_in_its_box_s_place(tmp_path):
    path = form_pdf(tmp_path, {"Date of decision": "12/01/2022",
                               "Decision maker": "Councillor Barrie Cooper",
                               "Key data considered": "Children looked after: 552\nChildren in need: 1,310"})
    assert [line for b in model(path).blocks for line in b.lines] == [
        "Date of decision", "12/01/2022", "Decision maker", "Councillor Barrie Cooper", "Key data considered",
        "Children looked after: 552", "Children in need: 1,310"]


def test_a_glyph_a_pdf_font_leaves_unmapped_is_a_bullet_not_a_number():
    from generator.importers.normalise import clean_line

    assert clean_line("(cid:127) Jobs created and safeguarded: 573") == "• Jobs created and safeguarded: 573"
    assert clean_line("Households(cid:3)in temporary accommodation: 64") == "Households in temporary accommodation: 64"

# --- HTML -----------------------------------------------------------------------

def html(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", "utf-8")
    return path


def test_html_br_joined_inside_a_phrase_and_sup_markers_dropped(tmp_path):
    path = html(tmp_path, "<p>Report to Council 19 April<br>1996</p><p>Children looked after: 1,846<sup>1</sup>"
                          "</p><p>Councillor Farid Dunn<br>Executive Member for Environment and<br>Climate</p>")
    assert paragraphs(model(path)) == [
        ("paragraph", None, "Report to Council 19 April 1996"),
        ("paragraph", None, "Children looked after: 1,846"),
        ("paragraph", None, "Councillor Farid Dunn\nExecutive Member for Environment and Climate")]


def test_html_spanning_cells_become_a_plain_grid(tmp_path):
    path = html(tmp_path, '<table><tr><th rowspan="2">Indicator</th><th colspan="2">2019/20</th></tr>'
                          "<tr><th>Q1</th><th>Q2</th></tr><tr><td>Children looked after</td><td>540</td>"
                          "<td>552</td></tr></table>")
    assert tables(model(path)) == [(("Indicator", "2019/20", "2019/20"), ("Indicator", "Q1", "Q2"),
                                    ("Children looked after", "540", "552"))]


def test_a_moderngov_page_is_read_as_the_page_its_layout_tables_lay_out(tmp_path):
    """The agenda item's text in a layout table is paragraphs again, its figures table a
    table, and the side list of other meetings (with their dates) is gone."""
    path = html(tmp_path, '<div id="modgov"><div class="mgContent"><table class="mgLayout"><tr><td>'
                          "<h2>Children's Services Performance</h2><p>Date of meeting:&nbsp;4 September 2019</p>"
                          "<p>The Executive is asked to note the figures below, which show steady progress over "
                          "the quarter.</p><table><tr><th>Indicator</th><th>Q2 2019/20</th></tr><tr><td>"
                          "Children looked after</td><td>552</td></tr></table></td><td>"
                          '<div class="mgSideBar"><ul><li><a href="/m1">Executive, 1 October 2019</a></li>'
                          '<li><a href="/m2">Executive, 5 November 2019</a></li></ul></div></td></tr></table>'
                          "</div></div>")
    document = model(path)
    assert paragraphs(document) == [
        ("heading", None, "Children's Services Performance"),
        ("paragraph", None, "Date of meeting: 4 September 2019"),
        ("paragraph", None, "The Executive is asked to note the figures below, which show steady progress "
                            "over the quarter.")]
    assert tables(document) == [(("Indicator", "Q2 2019/20"), ("Children looked after", "552"))]


def test_an_asp_net_page_inside_one_form_is_read_but_a_search_form_is_not(tmp_path):
    """CMIS and SharePoint pages wrap all they show in one <form>: that form is the page."""
    path = html(tmp_path, '<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x">'
                          '<form class="find"><label>Search this site</label><button>Go</button></form>'
                          "<h2>Children's Services Performance</h2><p>Meeting: Cabinet</p>"
                          "<p>The Cabinet is asked to note the figures below.</p><table><tr><th>Indicator</th>"
                          "<th>Q2 2019/20</th></tr><tr><td>Children looked after</td><td>552</td></tr></table>"
                          "</form>")
    document = model(path)
    assert paragraphs(document) == [
        ("heading", None, "Children's Services Performance"),
        ("paragraph", None, "Meeting: Cabinet"),
        ("paragraph", None, "The Cabinet is asked to note the figures below.")]
    assert tables(document) == [(("Indicator", "Q2 2019/20"), ("Children looked after", "552"))]



def test_a_table_built_of_divs_with_aria_roles_is_a_table(tmp_path):
    cells = "".join(f'<div role="row"><div role="rowheader">{name}</div><div role="cell">{q1}</div>'
                    f'<div role="cell">{q2}</div></div>' for name, q1, q2 in (("Children looked after", "540", "552"),
                                                                             ("Children in need", "1,288", "1,310")))
    path = html(tmp_path, '<p>Performance</p><div role="table"><div role="row"><div role="columnheader">Indicator</div>'
                          '<div role="columnheader">Q4 2018/19</div><div role="columnheader">Q1 2019/20</div></div>'
                          f"{cells}</div>")
    assert tables(model(path)) == [(("Indicator", "Q4 2018/19", "Q1 2019/20"), ("Children looked after", "540", "552"),
                                    ("Children in need", "1,288", "1,310"))]

# --- ODT ------------------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')


def odt(tmp_path: Path, body: str, styles: str = "") -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f"<office:automatic-styles>{styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    path = tmp_path / "report.odt"
    path.write_bytes(buffer.getvalue())
    return path


def test_odt_line_breaks_merged_cells_and_raised_markers(tmp_path):
    raised = ('<style:style style:name="T1" style:family="text">'
              '<style:text-properties style:text-position="super 58%"/></style:style>')
    body = ('<text:p>Report to Council 10th<text:line-break/>December 1994</text:p>'
            '<table:table><table:table-row><table:table-cell table:number-columns-spanned="2">'
            "<text:p>2019/20</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Children looked after</text:p></table:table-cell>"
            '<table:table-cell><text:p>552<text:span text:style-name="T1">*</text:span></text:p>'
            "</table:table-cell></table:table-row></table:table>")
    document = model(odt(tmp_path, body, raised))
    assert paragraphs(document) == [("paragraph", None, "Report to Council 10th December 1994")]
    assert tables(document) == [(("2019/20", "2019/20"), ("Children looked after", "552"))]


# --- Text -----------------------------------------------------------------------

def test_an_odt_frame_is_read_after_the_paragraph_it_is_anchored_in(tmp_path):
    body = ('<text:p>The service has strengthened its front door.<draw:frame><draw:text-box>'
            "<text:p>Key facts at 31 August 2019</text:p><text:p>Children looked after: 552</text:p>"
            "</draw:text-box></draw:frame></text:p><text:p>Demand has remained high.</text:p>")
    assert paragraphs(model(odt(tmp_path, body))) == [
        ("paragraph", None, "The service has strengthened its front door."),
        ("paragraph", None, "Key facts at 31 August 2019"), ("paragraph", None, "Children looked after: 552"),
        ("paragraph", None, "Demand has remained high.")]


def test_a_raw_e_mail_saved_as_text_is_read_as_its_message_decoded(tmp_path):
    raw = ("Received: from EXCH01.hollinsfield.local by EXCH01 with SMTP;\n Fri, 23 Aug 2019 19:23:35 +0100\n"
           'From: "Cooper, Barrie (Cllr)" <cllr.barrie.cooper@example.gov.uk>\nTo: Democratic Services <ds@example.gov.uk>\n'
           "Subject: Portfolio update for Executive 04/09/19\nDate: Fri, 23 Aug 2019 19:23:35 +0100\n"
           "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\n"
           'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
           "Please find my update for the Executive on 4th September =\n2019 =E2=80=93 item 9.=20\n\n"
           "* Children looked after: 552 at 30 June 2019\n\n--b1\nContent-Type: text/html\n\n<p>the same</p>\n--b1--\n")
    path = tmp_path / "update.txt"
    path.write_text(raw, "utf-8")
    assert [b.text for b in model(path).blocks] == [
        'From: "Cooper, Barrie (Cllr)" <cllr.barrie.cooper@example.gov.uk>\nSent: Fri, 23 Aug 2019 19:23:35 +0100\n'
        "To: Democratic Services <ds@example.gov.uk>\nSubject: Portfolio update for Executive 04/09/19",
        "Please find my update for the Executive on 4th September 2019 – item 9.",
        "Children looked after: 552 at 30 June 2019"]


def test_a_table_an_accessible_text_version_writes_out_row_by_row_is_a_table(tmp_path):
    path = tmp_path / "accessible.txt"
    path.write_text("4.1 Table 1 shows each indicator.\n\n[Table 1 begins: 4 columns, 3 rows]\n"
                    "Row 1: Indicator; Q4 2018/19; Q1 2019/20; Target\n"
                    "Row 2: Children looked after; Q4 2018/19: 540; Q1 2019/20: 552*;\n  Target: 530\n"
                    "Row 3: Children in need; Q1 2019/20: 1,310; Target: 1,250\n[Table 1 ends]\n"
                    "* Provisional.\n", "utf-8")
    assert tables(model(path)) == [(("Indicator", "Q4 2018/19", "Q1 2019/20", "Target"),
                                    ("Children looked after", "540", "552*", "530"),
                                    ("Children in need", "", "1,310", "1,250"))]

def test_text_exported_from_a_pdf_loses_its_furniture_and_keeps_its_columns(tmp_path):
    page = ("Cabinet - 12 March 2020\n\n"
            "Indicator                     Q1 2019/20    Q2 2019/20   Target\n"
            "Children looked after                540           552      500\n"
            "Children in need                   1,790         1,846\n\n"
            "Page {n} of 2\n")
    path = tmp_path / "report.txt"
    path.write_text(page.format(n=1) + "\f" + page.replace("Indicator", "Measure").format(n=2), "utf-8")
    document = model(path)
    assert "Cabinet - 12 March 2020" not in document.text() and "Page 2 of 2" not in document.text()
    first = tables(document)[0]
    assert first == (("Indicator", "Q1 2019/20", "Q2 2019/20", "Target"),
                     ("Children looked after", "540", "552", "500"),
                     ("Children in need", "1,790", "1,846", ""))


@pytest.mark.parametrize("name, data, kind", [
    ("fragment.html", b"<div><p>Children looked after: 552</p></div>", "paragraph"),
    ("notes.txt", b"<div> is how the web page starts", "paragraph"),
])
def test_an_html_fragment_is_a_web_page_and_text_that_mentions_html_is_text(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    document = model(path)
    assert document.format == ("html" if name.endswith(".html") else "text")
    assert [b.kind for b in document.blocks] == [kind]


def test_an_unruled_pdf_table_keeps_two_columns_under_one_heading(tmp_path):
    """A council's name centred over its two quarters, and each quarter's heading at its
    cell's left over figures set right: the figures say where the columns are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    page.drawString(72, 700, "Indicator")
    page.drawCentredString(395, 700, "Middlesbrough")
    page.drawString(330, 686, "Oct-Dec 23")
    page.drawString(420, 686, "Jan-Mar 24")
    for y, (label, earlier, later) in zip((672, 658), [("Children looked after", "540", "552"),
                                                      ("Children in need", "1,790", "1,846")]):
        page.drawString(72, y, label)
        page.drawRightString(390, y, earlier)
        page.drawRightString(480, y, later)
    page.save()
    assert tables(model(path)) == [(("Indicator", "Middlesbrough", ""), ("", "Oct-Dec 23", "Jan-Mar 24"),
                                    ("Children looked after", "540", "552"),
                                    ("Children in need", "1,790", "1,846"))]


def test_a_tab_separated_table_keeps_its_cells_however_many_words_they_hold(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_bytes(b"Measure\tJan-15\tDec-14\tTarget\r\nCPP\t417 (125.2 per 10,000)\t402\t400\r\n"
                     b"Children in our care\t636 (190.9 per 10,000)\t673\t660\r\n")
    assert tables(model(path)) == [(("Measure", "Jan-15", "Dec-14", "Target"),
                                    ("CPP", "417 (125.2 per 10,000)", "402", "400"),
                                    ("Children in our care", "636 (190.9 per 10,000)", "673", "660"))]


def test_a_page_in_two_columns_of_prose_is_read_a_column_at_a_time(tmp_path):
    """A newsletter: the report on the left, a side bar on the right, set in other type so
    their lines do not line up; under a title across both."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    left = ["In January we recorded 413 domestic abuse", "incidents reported to the police, and 52",
            "cases were discussed at MARAC this month.", "Neighbourhood safety meetings are now held",
            "in every area of the borough, weekly."]
    right = ["My priorities for this year are to", "work with the police to make our", "streets safer at night, and to tackle",
             "anti-social behaviour in the town centre."]
    path = tmp_path / "newsletter.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 780, "Spotlight on Community Safety: report of the Cabinet Member")
    page.setFont("Times-Roman", 10)
    for n, line in enumerate(left):
        page.drawString(72, 740 - 13 * n, line)
    page.setFont("Helvetica", 9)
    for n, line in enumerate(right):
        page.drawString(340, 736 - 11 * n, line)
    page.save()
    assert paragraphs(model(path)) == [
        ("heading", None, "Spotlight on Community Safety: report of the Cabinet Member"),
        ("paragraph", None, " ".join(left[:3]) + "\n" + " ".join(left[3:])), ("paragraph", None, " ".join(right))]


def test_text_a_template_sets_in_tables_is_read_as_paragraphs(tmp_path):
    """A heading in a one-column shaded box, and recommendations as rows of a number beside
    a sentence (Welsh councils' templates): a heading and numbered paragraphs."""
    def build(document):
        document.add_table(rows=1, cols=1).rows[0].cells[0].text = "ARGYMHELLION / RECOMMENDATIONS"
        table = document.add_table(rows=0, cols=2)
        for number, text in [("1", "That Cabinet approves the Suicide Prevention Action Plan."),
                             ("2", "That Cabinet approves the Tobacco Control Plan.")]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = number, text
    assert paragraphs(model(docx_with(tmp_path, build))) == [
        ("heading", None, "ARGYMHELLION / RECOMMENDATIONS"),
        ("paragraph", "1", "That Cabinet approves the Suicide Prevention Action Plan."),
        ("paragraph", "2", "That Cabinet approves the Tobacco Control Plan.")]


def test_a_numbered_section_s_title_run_into_its_text_is_a_heading_again():
    """'1 Summary' with its text under it in one block, as a scan or a PDF's text gives a
    numbered section: the heading, then its text, so a section's title never becomes a
    commitment ('Summary This report presents ...')."""
    from generator.importers.document import Block, Document

    blocks = [Block("paragraph", "Summary\nThis report presents the key performance indicators.", "page 1",
                    number="1", page=1),
              Block("paragraph", "Recommendations\nRECOMMENDED that Cabinet", "page 1", number="2", page=1),
              Block("paragraph", "supports the Tree Planting Programme.", "page 1", number="(1)", page=1),
              Block("paragraph", "The service makes five million collections\neach year.", "page 1", number="5.1",
                    page=1)]
    assert paragraphs(normalise(Document(blocks=blocks, format="pdf"))) == [
        ("heading", None, "Summary"), ("paragraph", None, "This report presents the key performance indicators."),
        ("heading", None, "Recommendations"), ("heading", None, "RECOMMENDED that Cabinet"),
        ("paragraph", "(1)", "supports the Tree Planting Programme."),
        ("paragraph", "5.1", "The service makes five million collections each year.")]

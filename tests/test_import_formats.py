"""One real document per format, built here: what each reader must keep (Word's
automatic numbers as printed, tables, a web page's content without its chrome,
text in Latin-1, a PDF's wrapped figure made one phrase again)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from importdocs import Part, write_html, write_odt
from importing import import_into
from tinysite import make_site

HEADING = "Children's Services Executive Member Report to Council 4th September 2019"
SIGNATURE = "Councillor Barrie Cooper\nExecutive Member for Children's Services"


def _numbering(document) -> None:
    """Two lists of one definition: levels '%1.' and '%1.%2'; the second list restarts at 5."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="78"><w:abstractNumId w:val="77"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'))


def _item(document, text: str, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def numbered_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    _numbering(document)
    document.add_paragraph(HEADING)
    document.add_heading("Performance", level=2)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Measure", "Figure", "Date"),
                                       ("Children Looked After", "552", "18/08/2019"),
                                       ("Care Leavers in receipt of Leaving Care Services", "154", "18/08/2019")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    _item(document, "Priorities for the year.", "77", 0)
    _item(document, "Create a Youth Parliament by July 2020.", "77", 1)
    _item(document, "Deliver edge of care provision.", "77", 1)
    _item(document, "Savings.", "77", 0)
    _item(document, "Progress against savings plans.", "77", 1)
    _item(document, "A list that restarts at five.", "78", 0)
    document.add_paragraph(SIGNATURE)
    document.save(path)
    return path


def draft_text(site: Path, outcome) -> str:
    return (site / outcome.draft).read_text("utf-8")


def test_docx_numbers_are_printed_as_word_computes_them_and_tables_give_figures(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    outcomes, drafts = import_into(site, [numbered_docx(tmp_path / "report.docx")])
    body = draft_text(site, outcomes[0]).split("\n---\n", 1)[1]
    numbers = [line.split("</span>")[1].split(" ")[0] for line in body.splitlines() if line.startswith("<span")]
    assert numbers == ["1\\.", "1.1", "1.2", "2\\.", "2.1", "5\\."]
    assert "| Measure | Figure | Date |\n| --- | --- | --- |\n| Children Looked After | 552 | 18/08/2019 |" in body
    readings = [(m.metric, m.value, m.as_of) for m in drafts[0].front.metrics]
    assert readings == [("children-looked-after", 552, dt.date(2019, 8, 18)),
                        ("care-leavers", 154, dt.date(2019, 8, 18))]
    due = {c.anchor: c.due for c in drafts[0].front.commitments}
    assert str(due["item-1-1"]) == "2020-07"


def test_latin_1_text_is_read_in_its_own_encoding(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    source = tmp_path / "report.txt"
    text = (f"{HEADING}\n\nPerformance\n\nChildren Looked After @ 18/08/2019\t552\n\n"
            "- 1 We secured funding of £1.5m for the café and the crèche.\n\n" + SIGNATURE + "\n")
    source.write_bytes(text.encode("latin-1"))
    outcomes, drafts = import_into(site, [source])
    assert "1 We secured funding of £1.5m for the café and the crèche." in draft_text(site, outcomes[0])
    assert [(m.metric, m.value) for m in drafts[0].front.metrics] == [("children-looked-after", 552)]


def test_a_moderngov_page_gives_its_content_without_the_site_around_it(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    parts = [Part("para", HEADING), Part("table", rows=(("Children in Need @ 18/08/2019", "1846"),)),
             Part("item", "Create a Youth Parliament.", "8"), Part("para", SIGNATURE)]
    outcomes, drafts = import_into(site, [write_html(parts, tmp_path / "mgIssueHistory.html")])
    body = draft_text(site, outcomes[0]).split("\n---\n", 1)[1]
    assert "Councillors" not in body and "Copyright" not in body and "var x" not in body
    assert '<span id="item-8"></span>8 Create a Youth Parliament.' in body
    assert [(m.metric, m.value) for m in drafts[0].front.metrics] == [("children-in-need", 1846)]


def test_odt_lists_and_tables(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    parts = [Part("para", HEADING), Part("table", rows=(("Care Leavers in receipt of Leaving Care Services @ 18/08/2019", "154"),)),
             Part("item", "Create a Youth Parliament.", "3"), Part("para", SIGNATURE)]
    outcomes, drafts = import_into(site, [write_odt(parts, tmp_path / "report.odt")])
    assert '<span id="item-3"></span>3 Create a Youth Parliament.' in draft_text(site, outcomes[0])
    assert [(m.metric, m.value) for m in drafts[0].front.metrics] == [("care-leavers", 154)]


def test_a_pdf_figure_wrapped_over_two_lines_is_one_phrase_again(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "narrow.pdf"
    page = canvas.Canvas(str(path))
    lines = ["Children's Services Executive Member Report", "to Council 4th September 2019", "",
             "As of 18 August 2019:", "Current Children Looked After figures are: 552 (136.1 per",
             "10,000)", "", "Councillor Barrie Cooper", "Executive Member for Children's Services"]
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 14 * i, line)
    page.save()
    site = make_site(tmp_path / "site", reports={})
    outcomes, drafts = import_into(site, [path])
    assert "Current Children Looked After figures are: 552 (136.1 per 10,000)" in draft_text(site, outcomes[0])
    assert [(m.metric, m.value, m.rate) for m in drafts[0].front.metrics] == [("children-looked-after", 552, 136.1)]


def test_markdown_without_front_matter(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    source = tmp_path / "report.md"
    source.write_text(f"# {HEADING}\n\n## Performance\n\n| Measure | Figure |\n| --- | --- |\n"
                      "| Children in Need @ 18/08/2019 | 1846 |\n\n1. Create a Youth Parliament.\n\n"
                      f"{SIGNATURE}\n", "utf-8")
    outcomes, drafts = import_into(site, [source])
    assert [(m.metric, m.value) for m in drafts[0].front.metrics] == [("children-in-need", 1846)]
    assert [c.text for c in drafts[0].front.commitments] == ["Create a Youth Parliament."]

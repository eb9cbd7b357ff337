"""The readers and finders on house styles learnt from held-out set 16 (after its blind
scores): a report written for the web with every paragraph in a heading style (Word and
ODT), a table's key to its marks ('(p) Provisional.'), a text export's tables with bars
between cells, a web page's definition list printed, a member's report to Council in the
first person, a scanned table with its periods down the side, and what OCR does to item
numbers, section titles and a cover table's fields. Each on a small document."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.importers.document import Block, Document, Scan
from generator.importers.normalise import normalise
from test_import_house_styles import convert_file
from test_import_house_styles_15 import found_with_more_metrics
from test_import_layouts import figures, found
from test_import_readers import docx_with, model, odt, paragraphs, tables

COVER = ("Report to: Cabinet\nDate of meeting: 19 March 2024\n"
         "Report of: Cllr John Ahmed, Executive Member for Housing\n\n")
CS_COVER = ("Report to: Cabinet\nDate of meeting: 19 March 2024\n"
            "Report of: Cllr Barrie Cooper, Executive Member for Children's Services\n\n")


def commitments(findings) -> list[tuple]:
    return [(c.number, c.text) for c in findings.candidates]


def test_a_word_report_with_every_paragraph_in_a_heading_style_has_items_and_sentences(tmp_path):
    """Written for the web: 'Heading 4' for the items, 'Heading 5' for the prose. What a
    paragraph says, not its style, makes it an item or a sentence; a short title stays one."""
    def build(document):
        document.add_paragraph("Date: Tuesday 19th March 2024", style="Heading 2")
        document.add_paragraph("Cabinet Member: Cllr John Ahmed, Executive Member for Housing", style="Heading 2")
        document.add_paragraph("What are we asking for?", style="Heading 3")
        document.add_paragraph("That the Cabinet:", style="Heading 5")
        document.add_paragraph("1) note the performance of the portfolio;", style="Heading 4")
        document.add_paragraph("2) agree the lease of a second supported housing scheme;", style="Heading 4")
        document.add_paragraph("3) approve the Allocations Policy review.", style="Heading 4")
        document.add_paragraph("How are we doing? (position at 31 December 2023)", style="Heading 3")
        document.add_paragraph("Since the quarter ended the position has moved on: on 25 February 2024 there "
                               "were 512 referrals received.", style="Heading 5")

    document = model(docx_with(tmp_path, build))
    assert [p[2] for p in paragraphs(document) if p[0] == "heading"] == [
        "Date: Tuesday 19th March 2024", "Cabinet Member: Cllr John Ahmed, Executive Member for Housing",
        "What are we asking for?", "That the Cabinet:", "How are we doing? (position at 31 December 2023)"]
    findings = convert_file(tmp_path, docx_with(tmp_path, build))
    assert commitments(findings) == [("2)", "agree the lease of a second supported housing scheme."),
                                     ("3)", "approve the Allocations Policy review.")]
    assert figures(findings) == [("housing-referrals", 512, dt.date(2024, 2, 25), None)]


def test_an_odt_table_whose_cells_are_headings_keeps_its_words(tmp_path):
    """The same template saved by LibreOffice: every cell's paragraph a heading (text:h)."""
    def cell(text: str) -> str:
        return f'<table:table-cell><text:h text:outline-level="5">{text}</text:h></table:table-cell>'

    body = ('<text:h text:outline-level="2">Date: 19 March 2024</text:h>'
            '<text:h text:outline-level="2">Cabinet Member: Cllr John Ahmed, Executive Member for Housing</text:h>'
            '<text:h text:outline-level="3">How are we doing? (position at 31 December 2023)</text:h>'
            "<table:table><table:table-row>" + "".join(map(cell, ["Measure", "This quarter (Q3 23/24)", "Target"]))
            + "</table:table-row><table:table-row>" + "".join(map(cell, ["Referrals received", "505 (p)", "550"]))
            + "</table:table-row></table:table><text:p>(p) Provisional.</text:p>"
            "<text:p>1 Provisional until validated.</text:p>")
    path = odt(tmp_path, body)
    assert tables(model(path)) == [(("Measure", "This quarter (Q3 23/24)", "Target"),
                                    ("Referrals received", "505 (p)", "550"))]
    findings = convert_file(tmp_path, path)
    assert figures(findings) == [("housing-referrals", 505, dt.date(2023, 12, 31), None)]
    assert commitments(findings) == []  # a table's key to its marks is no item


def test_a_text_export_s_table_with_bars_between_its_cells_is_a_table(tmp_path):
    """'Indicator | Q1 2023/24 | Q2 2023/24 | Target | RAG' over a dashed rule: bars between
    the cells and none round them, a bar at a row's end closing an empty cell."""
    findings = found(tmp_path, COVER + "At 30 September 2023:\n\n"
                                       "Indicator | Q1 2023/24 | Q2 2023/24 | Target | RAG\n"
                                       "---------------------------------------------------\n"
                                       "Referrals received | 546 | 505 (p) | 550 | Green\n"
                                       "Referrals closed | 74 | 64 | - | \n\n(p) provisional\n")
    assert figures(findings) == [("housing-referrals", 505, dt.date(2023, 9, 30), None)]


def test_a_printed_definition_list_gives_the_cover_s_fields():
    """A web page's <dl> printed to PDF: each field's name on its line, its value on the next."""
    from generator.importers.find_meta import cover_fields

    document = Document(blocks=[Block("paragraph", "Health Improvement Progress Report", "page 1"),
                                Block("paragraph", "Date of meeting\nTuesday 3rd March 2020\nAgenda item 6", "page 1")],
                        format="pdf")
    assert [(f.label, f.value) for f in cover_fields(document)] == [("date of meeting", "Tuesday 3rd March 2020")]


def test_a_member_s_report_to_council_states_figures_in_the_first_person(tmp_path):
    """'I can report 103 ...', 'We recorded a provisional 930 ...', 'At the end of the quarter
    33.2% of ...' under a line saying the figures are to the quarter's end; a name said without
    its counting word ('complaints about waste and street cleansing')."""
    findings = found_with_more_metrics(tmp_path, (
        "Report of the Executive Member for Housing\nTo: Council\nDate: 1 April 2020\nFrom: Cllr John Ahmed\n\n"
        "This is my report to Council. The figures are for Quarter 3 2019/20, to 31 December 2019.\n\n"
        "I can report 103 complaints about waste and street cleansing, down from 125 in the previous quarter.\n\n"
        "We recorded a provisional 546 referrals received, which members will compare with 505 last time.\n\n"
        "At the end of the quarter 61.5% of major planning applications determined within 13 weeks, "
        "against 59.1% in the quarter before.\n"), extra_metrics=(
        "street-complaints:\n  {label: Waste and street cleansing complaints received, description: d, "
        "unit: complaints, portfolio: housing}\n"))
    assert figures(findings) == [("street-complaints", 103, dt.date(2019, 12, 31), None),
                                 ("housing-referrals", 546, dt.date(2019, 12, 31), None),
                                 ("major-planning", 61.5, dt.date(2019, 12, 31), None)]


def scanned(*blocks: Block) -> Document:
    return Document(blocks=list(blocks), format="pdf", scan=Scan("Tesseract 5.3.0", 1, 88))


def test_a_scanned_table_with_its_periods_down_the_side_is_read_by_its_columns(tmp_path):
    """Each column a measure, each row a quarter ('Ql' and 'Q2.' as OCR reads them), the
    measures' names read a line a row, and a footnote marker run into a figure of a column."""
    from generator.importers.convert import find_all
    from generator.importers.metric_names import MetricNames
    from test_import_layouts import config

    cover = Block("paragraph", "Date of meeting: 19 March 2024\nReport of: Cllr John Ahmed, Executive Member "
                               "for Housing\nFigures at 31 December 2023", "page 1", page=1, confidence=(95, 95, 95))
    table = Block("table", where="page 2", page=2, confidence=(90,) * 8, rows=(
        ("Quarter", "Referrals", "ASB"), ("", "received", "incidents"),
        ("Ql 2023/24", "221", "80"), ("Q2. 2023/24", "202", "78"), ("Q3 2023/24", "2071", "67"),
        ("Target 2023/24", "220", "")))
    document = normalise(scanned(cover, table))
    assert tables(document)[0][4] == ("Q3 2023/24", "207", "67")
    cfg = config(tmp_path)
    findings = find_all(document, cfg, MetricNames(cfg))
    assert figures(findings) == [("housing-referrals", 207, dt.date(2023, 12, 31), None)]


def test_a_scanned_table_s_quarter_ocr_garbled_before_the_next_is_the_one_before_it(tmp_path):
    from generator.importers.convert import find_all
    from generator.importers.metric_names import MetricNames
    from test_import_layouts import config

    cover = Block("paragraph", "Date of meeting: 19 March 2024\nReport of: Cllr John Ahmed, Executive Member "
                               "for Housing", "page 1", page=1, confidence=(95, 95))
    table = Block("table", where="page 2", page=2, confidence=(90,) * 2, rows=(
        ("Indicator", "Qu 2023/24", "Q2 2023/24", "Q3 2023/24", "Target"),
        ("Referrals received", "2077", "2,029", "2,031", "1,900")))
    cfg = config(tmp_path)
    findings = find_all(normalise(scanned(cover, table)), cfg, MetricNames(cfg))
    assert figures(findings) == [("housing-referrals", 2031, dt.date(2023, 12, 31), None)]


def test_what_ocr_does_to_item_numbers_and_section_titles_is_mended():
    """'{ili)' for '(iii)' after the item before, '3. Background 3.1 I would ...' (a section's
    title run into its first paragraph), '2 agrees ...' / '3 endorses ...' (items whose stops
    were lost, read only as a series)."""
    blocks = [Block("paragraph", "(ii) agree the recruitment campaign; and {ili) approve the Staying Close offer.",
                    "page 1", page=1, confidence=(90,)),
              Block("paragraph", "3. Background 3.1 I would like to thank Councillor Mary Hill.", "page 1", page=1,
                    confidence=(90,)),
              Block("paragraph", "2 agrees the new opening hours;", "page 1", page=1, confidence=(90,)),
              Block("paragraph", "3 endorses the Physical Activity Plan.", "page 1", page=1, confidence=(90,)),
              Block("paragraph", "552 children were looked after.", "page 1", page=1, confidence=(90,))]
    assert paragraphs(normalise(scanned(*blocks))) == [
        ("paragraph", "(ii)", "agree the recruitment campaign;"),
        ("paragraph", "(iii)", "approve the Staying Close offer."),
        ("heading", None, "Background"),
        ("paragraph", "3.1", "I would like to thank Councillor Mary Hill."),
        ("paragraph", "2", "agrees the new opening hours;"),
        ("paragraph", "3", "endorses the Physical Activity Plan."),
        ("paragraph", None, "552 children were looked after.")]


def test_a_lead_in_that_lost_its_colon_or_leads_a_misread_list_is_no_commitment(tmp_path):
    findings = found(tmp_path, COVER + "2. Recommendations\n\n2.1 The Cabinet is asked to\n\n"
                                       "(i) note the performance set out in Table 1;\n\n"
                                       "(ii) approve the Allocations Policy review.\n\n"
                                       "3. Performance\n\n3.1 Figures at 31 December 2023.\n")
    assert commitments(findings) == [("(ii)", "approve the Allocations Policy review.")]


def test_noting_a_portfolio_s_performance_by_its_name_is_standing(tmp_path):
    findings = found(tmp_path, CS_COVER + "2. Recommendations\n\n2.1 It is recommended that Cabinet:\n\n"
                                          "1. notes the Education and Skills performance in section 5;\n\n"
                                          "2. agrees the expansion of the resource base.\n")
    assert commitments(findings) == [("2.", "agrees the expansion of the resource base.")]


def test_a_scanned_cover_table_s_field_beside_a_value_run_over_is_read():
    """'Date: 26.07.2016 | Safety Manager': a table of fields two to a row, the second cell of
    this row the end of the field above it."""
    from generator.importers.find_meta import cover_fields

    table = Block("table", where="page 1", page=1, rows=(
        ("Meeting: Executive", "Report author: Andrea Kowalczyk, Community"),
        ("Date: 26.07.2016", "Safety Manager"),
        ("Agenda item: 5", "Telephone: 01632 958189")))
    assert ("date", "26.07.2016") in [(f.label, f.value) for f in cover_fields(scanned(table))]


def test_a_scan_s_name_with_an_l_read_as_an_i_still_names_its_measure(tmp_path):
    """'on 8 September 2023 there were 512 Referrals receivea' would be lost; 'Referrais
    received' (an l read as an i) is the measure. Typed text is read as printed."""
    from generator.importers.convert import find_all
    from generator.importers.metric_names import MetricNames
    from test_import_layouts import config

    cover = Block("paragraph", "Date of meeting: 19 March 2024\nReport of: Cllr John Ahmed, Executive Member "
                               "for Housing", "page 1", page=1, confidence=(95, 95))
    line = Block("paragraph", "On 8 September 2023 there were 512 Referrais received.", "page 1", page=1,
                 confidence=(80,))
    cfg = config(tmp_path)
    assert figures(find_all(normalise(scanned(cover, line)), cfg, MetricNames(cfg))) == [
        ("housing-referrals", 512, dt.date(2023, 9, 8), None)]
    typed = Document(blocks=[cover, line], format="pdf")
    assert figures(find_all(normalise(typed), cfg, MetricNames(cfg))) == []


def test_a_share_of_a_figure_told_before_is_no_figure_though_its_number_was_misread(tmp_path):
    """'4:3 Of the 505 referrals received, 74 were new': paragraph 4.3 with its stop read as a
    colon, a share of the 505 told in the table before it."""
    findings = found(tmp_path, COVER + "4:3 Of the 505 referrals received, 74 were new this quarter.\n")
    assert figures(findings) == []

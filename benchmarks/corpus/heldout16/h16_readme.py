"""heldout16/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 16

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout15/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h16_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows `../heldout12/h12_common.py`'s and the Word numbering helpers
`../heldout15/h15_common.py`'s (all through `h16_common.py`); this set's scanner is `h16_scan.py`
(with the grain and specks of `../heldout3/`).

Weighted toward what English councils publish most and what reads worst: more than half the
documents are Word (.docx) or LibreOffice (.odt) files, made in different ways: python-docx (a
monthly KPI table with arrows and a 'Recommendation | Reason' table; a two-column cover section
and Word PAGE / NUMPAGES fields in the footer; Word's own bullets); WordprocessingML written by
hand with every paragraph in a heading style; a flat OpenDocument file (.fodt) written as the
council's LibreOffice template would leave it (header, 'Page x of y' footer, named sections, a
two-column section, a landscape page style) and saved as .odt or .docx by LibreOffice; an .odt
written by hand; and .odt saved from the Word files by LibreOffice. The rest: a Squiz Matrix
page with definition lists (and the same printed to PDF), the Word report saved as a tagged PDF
by LibreOffice, and two plain-text versions (the website's text version of the member's report
to Council, the committee system's text export of the tracker report).

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout16/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout16/documents` and
`benchmarks/corpus/heldout16/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout15/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report is for, or, for the
  member's report to Council, the Council meeting it is made to, however written ("Tuesday 10
  December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10 December
  2019"). In the transposed report saved as PDF the meeting's date is printed only in the
  footer ('Cabinet 10 December 2019 | Page 1 of 4', which the Word file keeps in its footer
  part) and in the reference line ('Ref: CAB/2019-12-10/07'). Never it: the 'Report date',
  'Date of report', 'Date written' or 'Written on' date, the web page's 'Page last updated',
  the scrutiny panel's or committee's meetings (before or after), the member's next report to
  Council, the related meetings, the scanner's label and imprinter dates.
- The member is the report's own Cabinet (Executive) Member: 'Portfolio Holder' in the cover
  table, 'Report of', 'Cabinet Member:' (or 'Executive Member:') in the cover lines, 'From:' in
  the report to Council (whose signature repeats it). Never the colleague named, a predecessor
  thanked, a councillor who asked a written question, the lead officer or report author.
- Figures are the latest period's, as at its end date: in the KPI table the latest month's
  column (the right-most month, '(p)', '*' and the superscript note number dropped; 'Same month
  last year', the target, the arrows and 'Better' / 'Worse' are not figures) with the 'Rate
  (latest month)' cell as its rate; in the other tables the latest quarter's column, which in
  the heading-styles report is the first value column ('This quarter', then 'Last quarter' and
  'Same quarter last year'); in the transposed table the latest quarter's row (the row before
  'Target'), the rate in the 'Rate per 10,000 (Q2)' row under it (or 'Rate (Q2)' with '... per 1,000' in its cells); on the Squiz page the value in
  each indicator's first <dd> (its 'Previous quarter', 'Target' and 'Status' dds are not
  figures; its 'Rate per ...' dd is its rate); in the member's report to Council the value for
  the quarter end in each sentence ('a provisional 552' is 552; the quarter before and the
  target in the same sentence are not). A later count with its own date is a figure as at that
  date. Not figures: earlier periods, targets, RAG and status words, look-alike rows (including
  the Squiz page's indicator 'Not a corporate indicator: shown for information'), sub-counts,
  other councils, other portfolios, money, percentages of a total, phone numbers, item numbers,
  the tracker's dates.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the 'Recommendation' cells of the 'No. |
  Recommendation | Reason' table ('That Cabinet approves ...'; the reasons are not
  commitments), the items after 'That the Cabinet:' / 'The Cabinet is asked to:' / 'It is
  recommended that Cabinet:' (a) b) c) by LibreOffice's list numbering, an <ol type="a">, typed
  (i) (ii), 1) 2) in 'Heading 3' paragraphs, or typed 1. 2.). In the tracker report the
  scrutiny panel's recommendations in the tracker table are not commitments (they are the
  panel's; the Cabinet Member's responses are information). In the member's report to
  Council the 'Looking ahead' promises after 'Over the coming months I will:' are the
  commitments, and 'That Council notes this report' is the standing one.
- A scanned copy is read as the paper: the bulldog clip and its shadow, the stretched band and
  the roller marks, the barcode label with its file number and the imprinter's line, the
  inkjet's pale lines carry nothing.

## Families

| family | imitates | formats | documents |
|---|---|---|---|
{rows}

Formats: {formats}. Scans (image only, every page): {looks}

Truth: {figs} figures ({rates} with a printed rate, {pcts} percentages), {coms} commitments.

## Traits

{traits}
"""

IMITATES = {
    "kpi-monthly-dot-report": "A unitary council's Cabinet report from its Word template (python-docx; one saved as .odt by LibreOffice): header and classification footer, a shaded cover table ('Meeting date', 'Agenda item', 'Portfolio Holder', 'Report author', 'Report date'), the recommendations in a Word table with 'No. | Recommendation | Reason for recommendation' columns ('That Cabinet notes ...' first, then 'That Cabinet approves ...'), and the figures in a 'Key performance indicators' table with a column per month (six months to the latest, 'Sep 19'), 'Same month last year', 'Target', 'Rate (latest month)' ('61.2 per 10,000') and 'Direction of travel' arrows with Better / Worse, a superscript note, '*' or '(p)', a look-alike row; implications (financial, legal, equalities), the scrutiny committee's meeting",
    "lo-template-sections-odt": "A report written in LibreOffice Writer from the council's committee report template (a flat .fodt saved as .odt by LibreOffice, one as .docx): the council and report title in the page header, 'Page x of y' fields in the footer, a shaded two-column section of 'Label: value' cover lines, the body in named sections 'Part A - For decision' and 'Part B - Supporting information', the recommendations an automatic list lettered a) b) c) after 'That the Cabinet:', and after a page break into a landscape page style 'Appendix 1', the performance table (three quarters, target, RAG in some, '*', '(p)' or a superscript note, rate rows, a look-alike row)",
    "member-report-to-council": "A unitary council's 'Report of the Cabinet Member for ...' (before May 2017 'Executive Member') to Council (Word through python-docx; one saved as .odt by LibreOffice; two the website's plain-text version, wrapped at 72 with underlined headings and '*' bullets): 'To: Council', 'Date:', 'Agenda item: 9 (Cabinet Members' reports)', 'From: Cllr ...', 'Written on:'; the member writes in the first person, a predecessor thanked and a colleague named, 'How we are doing (figures at 30 September 2019)' with every figure in a sentence beside the quarter before and the target ('a provisional 552', '61.2 per 10,000 children aged 0-17'), a later count, 'Looking ahead' promises in Word's bullets after 'Over the coming months I will:', the next report's Council meeting, a written question from another councillor, 'That Council notes this report', the member's signature",
    "squiz-dl-report-page": "A Cabinet report published as a page of the council's Squiz Matrix website (HTML; two printed to PDF from the page): skip link, site navigation, breadcrumbs, the meeting's details as a definition list (<dl class='meeting-details'>: Meeting, Date of meeting, Agenda item, Report of, Lead officer, Contact, Date of report), the recommendations an <ol type='a'>, each indicator a <dt> followed by <dd>s (the value with 'at 30 September 2019', 'Previous quarter (Q1 2019/20)', 'Target', 'Rate per 10,000 ...', 'Status: Green'), a look-alike indicator, '*', '<sup>1</sup>' or '(p)', 'Related meetings', 'Page last updated', the site footer with the switchboard number",
    "web-word-heading-styles": "A report drafted in Word for the web by a service and exported as .docx (WordprocessingML written by hand, one saved as .odt by LibreOffice): Title and Subtitle for the council and the report, the cover lines three 'Heading 1' paragraphs broken by soft line breaks (w:br), plain-language section headings in 'Heading 2' ('What are we asking for?'), body text in 'Heading 4' made to look plain by direct formatting, the recommendations typed 1) 2) 3) in 'Heading 3', empty paragraphs for spacing, and a table whose cells are 'Heading 5' paragraphs with the latest quarter as the first value column ('This quarter (Q2 19/20) | Last quarter | Same quarter last year | Target'), rate rows, a look-alike row, a superscript note, '*' or '(p)'",
    "transposed-save-as-pdf": "A Cabinet report written in Word (python-docx) and saved as a tagged PDF (LibreOffice here; two kept as .docx): the title, then a 'Ref: CAB/2019-12-10/07' line carrying the meeting's date, a two-column cover section (continuous section breaks, w:cols) with 'Report of', 'Lead officer', 'Telephone', 'Report date', the footer 'Cabinet 10 December 2019 | Page 1 of 4' from PAGE and NUMPAGES fields (the only other place the meeting's date is printed), typed (i) (ii) recommendations with a hanging indent, and the performance table transposed: the indicators as columns (a look-alike among them), the quarters as rows, the latest last, then a 'Target 2019/20' row and a 'Rate per 10,000 (Q2)' row; '*', '(p)' or a superscript note",
    "scrutiny-response-tracker": "A Cabinet report responding to a scrutiny task-and-finish review (.odt written by hand; two the committee system's text export with tables as ' | '-separated rows): a cover table, the report's own recommendations typed 1. 2. 3. after 'It is recommended that Cabinet:' ('notes ...', 'approves ...'), a recommendation tracker table (No. | Scrutiny recommendation | Cabinet Member response | Accepted? | Lead | By when | RAG) whose rows are the panel's recommendations, a 'Performance context' table (three quarters, target, RAG, '(p)' or '*', rate rows, a look-alike row), the panel's earlier meeting and the monitoring meeting",
}
LOOKS = {
    "bulldog": "scanned with a black bulldog clip still on the top edge: the clip and its steel handles in the top margin, the sheet lifted under it so a soft grey shadow runs along the top, turned a little, 200 dpi greyscale (KPI reports)",
    "rollerslip": "fed through a document feeder whose roller slipped: on each page one band of lines stretched downwards and the text below pushed down, grey roller marks at the band's edges, 200 dpi greyscale (LibreOffice template reports)",
    "barcode": "a records-management copy: a barcode label with its file number stuck in the top right corner of the first page and the feeder's dot-matrix imprinter line (batch, date and time, page number) along the foot of every page, black and white at 200 dpi stored lossless (transposed-table reports)",
    "inkjet": "an inkjet print with a clogged nozzle scanned in colour at 150 dpi: thin pale lines across every page at the print head's pitch, the black made of colour inks with a green-blue cast, a slight skew (scrutiny response reports)",
}


def write_readme(path: Path, families, truth: dict) -> None:
    by_family: dict[str, list[dict]] = {}
    for t in truth.values():
        by_family.setdefault(t["family"], []).append(t)
    rows = []
    for fam in families:
        docs = by_family.get(fam.name, [])
        fmts = ", ".join(sorted({t["format"] for t in docs}))
        what = IMITATES[fam.name] if not fam.scan_of else f"paper copies of {fam.scan_of} ({LOOKS[fam.look]})"
        rows.append(f"| {fam.name} | {what} | {fmts} | {len(docs)} |")
    formats = ", ".join(f"{k} {v}" for k, v in sorted(Counter(t["format"] for t in truth.values()).items()))
    traits = Counter(x for t in truth.values() for x in t["traits"])
    metrics = [m for t in truth.values() for m in t["metrics"]]
    layouts = {f.name for f in families if not f.scan_of}
    scanned = {f.scan_of for f in families if f.scan_of}
    looks = "; ".join(LOOKS[f.look] for f in families if f.scan_of) + "."
    path.write_text(INTRO.format(
        n=len(truth), f=len(by_family), layouts=len(layouts), scanned=len(scanned), rows="\n".join(rows),
        formats=formats, looks=looks, figs=len(metrics), rates=sum("rate" in m for m in metrics),
        pcts=sum(isinstance(m["value"], float) for m in metrics),
        coms=sum(len(t["commitments"]) for t in truth.values()),
        traits=", ".join(f"`{k}` {v}" for k, v in sorted(traits.items()))), encoding="utf-8")

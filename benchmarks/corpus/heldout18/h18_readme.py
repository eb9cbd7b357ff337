"""heldout18/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 18

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout17/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h18_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows and the PDF page layout `../heldout12/h12_common.py`'s and the Word
numbering helpers `../heldout15/h15_common.py`'s (all through `../heldout16/h16_common.py`,
`../heldout17/h17_common.py` and `h18_common.py`); this set's scanner is `h18_scan.py` (with the
grain and specks of `../heldout3/`).

Weighted toward what English councils publish most: committee reports from Word templates as
councils use them today, and more than half the documents that are not scans are Word (.docx) or
LibreOffice (.odt) files, made in different ways: python-docx (a report whose performance table
is an appendix at the end with RAG symbols and a 'Key:' line, the unit in its own column; a
report in Word's heading styles whose executive summary repeats the recommendations; a modern
template whose cover values are content controls, one placeholder left unfilled, and whose
recommendations sit in a rich-text control); WordprocessingML written by hand (a key decision
report with the Forward Plan's decision record box at the top and Word's own 1) 2) numbering);
a flat OpenDocument file (.fodt) saved as .odt or .docx by LibreOffice (a Part I / Part II report
with the exempt part withheld); and .odt and PDF saved from the Word files by LibreOffice. The
rest: an accessible web page of the quarterly Corporate Plan performance report (indicators
grouped under the plan's priorities, polarity and trend columns; one printed to PDF), the
executive-summary report saved by LibreOffice as plain text, and the
annual outturn report drawn as a designed PDF (a year-on-year table with the thousands set off by
no-break spaces and 'n/a' cells).

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout18/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout18/documents` and
`benchmarks/corpus/heldout18/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout17/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report is for, however written
  ("Tuesday 10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10
  December 2019"); in the key decision box it is the 'Date of decision', in the content-control
  template the 'Date of meeting' date picker's shown text. Never it: the 'Date of report',
  'Report date', 'Report published' or 'Published' date, the date first published on the Forward
  Plan, the call-in deadline, the 'Outturn data as at' date, the web page's 'Page last updated'
  date, the scrutiny meetings that follow, the scanner's dates.
- The member is the report's own Cabinet (Executive) Member: 'Report of', 'Cabinet Member',
  'Portfolio holder', the key decision box's 'Portfolio' line and the signature. Never a
  predecessor thanked, a colleague named, the lead officer, director or author.
- Figures are the latest period's, as at its end date: in the three-quarter tables (appendix,
  executive summary, content-control, Part I, Corporate Plan page) the right-most quarter, its
  rate in the 'Rate per ...' row under it; in the key decision report the 'this quarter' column
  (the same quarter a year earlier, the previous quarter and the target range are not figures);
  in the annual outturn report the year just ended (its '... outturn' column and the same values
  in 'The year at a glance'; the two years before and next year's target are not figures), its
  rate in the rate row and in the glance line. The value is read with its unit from the 'Unit'
  column ('71.3' and '%' is 71.3%); '12 450' with a no-break space is 12450. A later count with
  its own date is a figure as at that date. Not figures: earlier periods, targets and target
  ranges, RAG symbols and words, polarity, trend, 'n/a', look-alike and '(context)' rows,
  sub-counts, other councils, other portfolios, money, percentages of a total, counts written
  in words, phone numbers, item numbers, paragraph and schedule numbers of the 1972 Act.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the items after 'That Cabinet:' (Word's (i) (ii)
  numbering), 'is recommended to:' (Word's 1) 2) numbering, or typed 1. 2. in the last section
  of the executive-summary report, whose summary repeats the same items as bullets: they count
  once), 'is asked to:' (in the rich-text content control, Word's 1. 2.), 'is recommended to:'
  (LibreOffice's a) b) list in Part I; the Part II recommendations are withheld and are not
  commitments), 'is recommended to:' (<ol type='i'>) and 'is asked:' (typed (a) (b)).
- A scanned copy is read as the paper: the colour fringes of the misregistered print, the
  screen's pixel grid and bezel, the tear and its tape, the plastic pocket's strip, haze and
  glare carry nothing.

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
    "rag-key-appendix-report": "A Cabinet report whose performance measures are an appendix at the end (python-docx; one saved as .odt and one as PDF by LibreOffice): a shaded two-column cover table ('Report to', 'Date of meeting', 'Agenda item', 'Report of', 'Lead officer', 'Date of report', 'Key decision', 'Appendices'), 'That Cabinet:' with the items numbered (i) (ii) by Word's numbering, numbered paragraphs 4.1 4.2 with a rate in a sentence, implications; after a page break 'Appendix A': Ref, Measure, three quarters, the unit in its own column ('%', 'number', 'per 10,000'), target, status as a symbol with its word (filled circle, triangle, square), rate rows, a '(context only)' row, 'n/a' cells, then a 'Key:' line explaining the symbols and '*', '(p)' or a superscript note",
    "key-decision-record-report": "A key decision report to Cabinet (WordprocessingML written by hand; one saved as .odt by LibreOffice): at the top a double-bordered 'KEY DECISION' box (Forward Plan reference, first published on the Forward Plan, decision maker, date of decision, agenda item, why it is key with a sum of money, wards, portfolio and member, exempt information, call-in deadline, the decision 'to be completed after the meeting'), a running header with the Forward Plan reference, the recommendations numbered 1) 2) by Word (numbering.xml) after 'is recommended to:', a table of the same quarter a year earlier, the previous quarter and this quarter with a target range ('540\u2013580') and RAG, rate rows, a rate in a sentence, the member's signature block",
    "part-one-part-two-report": "A report in two parts (a flat .fodt written by hand, saved as .odt or .docx or printed to PDF by LibreOffice): a boxed 'PART I \u2013 PUBLIC' banner, cover lines with the exempt-information paragraph of Schedule 12A, the recommendations lettered a) b) by a LibreOffice list style, small counts in words, the three-quarter table with target ranges and an 'n/a' cell where a measure was not yet collected, rate rows, a look-alike row, implications; on a new page 'PART II \u2013 NOT FOR PUBLICATION' with the paragraph of the 1972 Act, a grey notice that the content is withheld and 'Exempt recommendations: set out in the exempt report'",
    "exec-summary-repeat-report": "A Cabinet report in Word's built-in heading styles (python-docx; two saved as PDF and one as plain text by LibreOffice): 'OFFICIAL' in the header, a Title, cover lines ('Meeting date:', 'Portfolio:', 'Cabinet Member:', 'Report date:'), an 'Executive summary' repeating the recommendations as bullets, background with small counts in words ('nine locality hubs'), the three-quarter table (RAG in some), options considered, implications, and the recommendations again at the end typed 1. 2. 3. with a hanging indent",
    "content-control-template": "A Cabinet report on a modern Word template (python-docx with content controls written in): the title and every cover value a content control (plain text, a drop-down list for the body, date pickers whose shown text is the date, 'dddd d MMMM yyyy' and 'dd/MM/yyyy', one date picker left at its grey placeholder 'Click or tap to enter a date.' for the call-in deadline), the recommendations inside a rich-text content control numbered 1. 2. by Word after 'is asked to:', the three-quarter table with RAG, rate rows and a look-alike row, '*', '(p)' or a superscript note, 'Background papers:' a content control",
    "corporate-plan-priority-page": "The quarterly 'Corporate Plan performance report' for a portfolio as an accessible council web page (one printed to PDF by LibreOffice): breadcrumbs, a 'Report details' table of row headers ('Date of meeting', 'Portfolio holder', 'Report published'), the recommendations an <ol type='i'>, the indicators in one table grouped under the Corporate Plan's priorities (a <tbody> for each, opened by a row-group header 'Priority 1: ...'), columns Polarity ('Higher is better' / 'Lower is better'), three quarters, target, Trend (arrow and word) and Status, rate rows, a '(context)' row, <sup>1</sup>, '*' or '(p)', 'Page last updated' in the footer",
    "annual-outturn-yoy-report": "The annual performance outturn report to Cabinet drawn as a designed PDF (reportlab): a coloured band, 'Annual Performance Outturn 2019/20', cover lines with 'Outturn data as at 31 March 2020', recommendations typed (a) (b) with a hanging indent after 'is asked:', 'The year at a glance' box of the year's values (rates in words), small counts in words, the year-on-year table (Measure, Unit, the two years before's outturn, the year's outturn, next year's target, Polarity) with the thousands set off by no-break spaces ('12 450'), 'n/a' for a measure not collected, rate rows and a '(context)' row, '*' or '(p)'",
}
LOOKS = {
    "misregister": "printed on a colour laser printer with its drums out of register: the black made of cyan, magenta and yellow toner laid a few pixels apart, coloured fringes on every letter, 200 dpi colour (appendix reports)",
    "screenphoto": "a phone's photograph of the report open on a monitor: the screen's pixel grid and red-green-blue stripes, a faint moire band, the screen's blue-white, the dark bezel round the page, a slight turn, JPEG (annual outturn reports)",
    "taped": "a copy torn across and mended with clear sticky tape: a ragged tear across each page with the lower part a pixel or two out of line, the yellowed tape with zigzag ends over it, 150 dpi colour (key decision reports)",
    "sleeve": "scanned inside its clear punched pocket: the punched strip and its holes down the left edge, a milky haze, a glare streak, the pocket's opening along the top, 200 dpi greyscale (executive-summary reports)",
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

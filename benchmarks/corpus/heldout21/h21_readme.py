"""heldout21/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 21

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout20/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h21_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows and the PDF page layout `../heldout12/h12_common.py`'s, the Word
numbering helpers `../heldout15/h15_common.py`'s, the WordprocessingML runs and cells
`../heldout18/h18_wordxml.py`'s and the hand-written WordprocessingML package writer
`../heldout20/h20_wordxml.py`'s (all through `../heldout16/h16_common.py` ...
`../heldout20/h20_common.py` and `h21_common.py`); this set's scanner is `h21_scan.py` (with the
grain and specks of `../heldout3/`).

Weighted toward what English councils publish most: committee reports from Word templates as
councils use them today, and more than half the documents that are not scans are Word (.docx) or
LibreOffice (.odt) files, made in different ways: python-docx (a report whose performance is an
appendix exported from a Pentana / Covalent-style performance system, 'PI Code | PI Title |
Value | Current Target | Status | Short Trend | Latest Note', on a landscape page; a report whose
table gives each indicator a value row and a 'Comment:' row merged across the table; a report
whose table sets 'actual / target' in one cell with '% of target' and a tick or cross);
WordprocessingML written by hand (a report with a column for each month of the quarter and the
quarter's own column); an OpenDocument package zipped by hand (a table with a 'Data quality'
column and the same quarter a year earlier); and .odt, PDF and plain text saved from them by
LibreOffice. The rest: a report drawn straight to PDF that opens its performance with a status
summary of counts and has a 'Good is' polarity column, and a report published on an
Umbraco-style council site with one table per quarter, the latest first (one printed to PDF).

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout21/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout21/documents` and
`benchmarks/corpus/heldout21/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout20/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report is for, however written
  ("Tuesday 10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10
  December 2019"). Never it: the 'Report date', 'Date of report', 'Report dated', 'Date of this
  report', 'Date report written' date, the export's 'Generated on' date, the web page's 'Last
  reviewed' date, the scrutiny meetings that follow, the scanner's dates.
- The member is the report's own Cabinet (Executive) Member: 'Report of', 'Cabinet Member', the
  member's signature. Never a predecessor thanked, a colleague named, the lead officer, author or
  contact.
- Figures are the latest quarter's, as at its end date: in the PI export the '<latest quarter>
  Value' column (the quarter before's 'Value', the 'Current Target', the status and trend words
  and the 'Latest Note' are not figures), its rate the value of the rate PI under it (code ending
  'a'); in the comment-row table the right-most quarter of the value row, its rate the one in the
  'Comment:' row ('That is a rate of 61.2 per 10,000 ...'; the quarter before in the comment is
  not a figure); in the actual / target table the number before the slash in the latest quarter's
  column (the target after the slash, the '% of target' and the quarter before are not), its
  rate the latest quarter's cell of the 'Rate per ...' row; in the month-columns table the
  quarter's own column ('Q3 2019/20': a count of events the quarter's total, a count of people
  the position at the quarter's end, a percentage the quarter's result), never a month's value
  (though the last month of a count of people is the same number), the quarter before or the
  target, its rate in the rate row's quarter column; in the data-quality table the latest quarter's
  column whatever its 'Data quality' word (the same quarter last year is not a figure), its rate in
  the 'Rate per ...' row; in the status-summary report the indicator table's right-most quarter
  (the status counts, the total and the share on target are not figures); on the web page the
  'Result' column of the first table, the latest quarter's, its rate in that table's rate row (the
  earlier quarters' tables below it are not figures). A later count with its own date is a figure
  as at that date. Not figures: earlier periods, targets, RAG and status words, '(data only)',
  '(context, no target)', '(no target set)', '(context)' rows, sub-counts, other councils, other
  portfolios, money, percentages of a total or of a target, counts written in words, phone
  numbers, item numbers.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the items after 'is asked to:' (Word's 1. 2. in the PI
  export report and the month-columns report, Word's (i) (ii) in the comment-row report), 'That
  Cabinet:' (typed a) b) in the actual / target report, the ODF list's a) b) in the data-quality
  report), 'is recommended to:' (typed 1. 2. in the status-summary report, <ol type="a"> on the
  web page).
- A scanned copy is read as the paper: the diazo print's blue-violet on cream, the ring binder's
  rings, holes and shadow, the flatbed lamp's bands and fringes, the recycled paper's flecks and
  fibres carry nothing.

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
    "pentana-pi-export-report": "A Cabinet report whose performance is Appendix 1, an export from the council's performance management system in the Pentana / Covalent style on a landscape page (python-docx; one saved as .odt and one as PDF by LibreOffice): cover lines on a tab stop ('Report of:', 'Lead officer:', 'Report date:'), the recommendations numbered 1. 2. by Word after 'is asked to:', numbered paragraphs, the export's 'Generated on:' line, then 'PI Code | PI Title | <quarter before> Value | <latest quarter> Value | Current Target | Status | Short Trend | Latest Note', codes 'CYP-PI-014', status words OK / Warning / Alert / Data Only, a rate PI under a rated one (its code ending 'a'), a '(data only)' contextual PI",
    "comment-row-indicator-table": "A Cabinet report whose table gives each indicator two rows (python-docx; one saved as plain text and one as .odt by LibreOffice): a shaded cover table, the recommendations numbered (i) (ii) by Word after 'is asked to:', the value row (three quarters, target, RAG) and under it a 'Comment:' row merged across the whole table, shaded, carrying the latest value again, the quarter before and the rate ('That is a rate of 61.2 per 10,000 ...'); a '(context, no target)' pair of rows",
    "actual-slash-target-report": "A Cabinet report whose table sets actual and target in one cell (python-docx; one saved as plain text and one as PDF by LibreOffice): cover lines, 'That Cabinet:' with the items typed a) b) on a hanging indent, a table 'Measure | <quarter before> actual / target | <latest quarter> actual / target | % of target | Target met?' ('552 / 560', '98%', '\u2717 No'), rate rows, a '(no target set)' row",
    "month-columns-quarter-report": "A Cabinet report in a Word template (WordprocessingML written by hand; one saved as .odt and one as PDF by LibreOffice): a shaded cover table, the recommendations numbered 1. 2. by Word ('List Number', numbering.xml), a table with a column for each month of the quarter ('Oct | Nov | Dec'), then the quarter's own column ('Q3 2019/20': the total for counts of events, the position at the end for counts of people), the quarter before, target and RAG, the header row repeating, rate rows with the rate under the quarter, a '(context)' row; the member's signature",
    "data-quality-column-report": "A Cabinet report as an OpenDocument text package zipped by hand (one printed to PDF by LibreOffice): cover lines on a tab stop ('Date report written:'), 'That Cabinet:' with the items lettered a) b) by an ODF list style, numbered paragraphs, a table of three quarters with a 'Data quality' column ('Validated', 'Provisional', 'Estimate') beside the latest, the 'Same quarter last year', the target and an arrow and word for the direction; rate rows, a '(context)' row",
    "status-summary-count-report": "A Cabinet report drawn straight to PDF (reportlab, Word's creator string): a purple band, cover lines, the recommendations typed 1. 2. after 'is recommended to:', numbered paragraphs, a status summary table (how many indicators are Green, Amber, Red, 'No target (context)', the total) and the share on target, then the indicator table with a 'Good is' (High / Low) column, three quarters, target and status; rate rows, a '(context)' row; the member's signature",
    "quarter-tables-page": "A Cabinet report on an Umbraco-style council site (one printed to PDF by LibreOffice): the meeting's details in a <dl>, the recommendations an <ol type=\"a\"> after 'is recommended to:', and one table per quarter ('Indicator | Result | Target | Status'), each with its <caption> ('Quarter 2 2019/20: July to September 2019'), the latest quarter's first and the two before it under 'Earlier quarters'; rate rows in each, a '(context)' row; 'Last reviewed' at the foot",
}
LOOKS = {
    "recycled": "printed on grey recycled paper: a mottled grey ground with dark fibres and flecks scattered over it, the ink spread a little into the paper, 200 dpi greyscale (PI export reports)",
    "binder": "scanned still in its ring binder: the steel rings and their shadows over the punched holes at the left edge, the sheet bowed up there so that strip darkens, a slight turn, 200 dpi greyscale (comment-row reports)",
    "lampband": "scanned on a flatbed whose lamp flickered as it travelled: soft horizontal bands of lighter and darker grey across every page at uneven spacing, a faint colour fringe where the bands change, 200 dpi colour (month-columns reports)",
    "diazo": "a diazo (dyeline) print: blue-violet lines on a pale cream-yellow ground with paler and darker drifts, slightly soft, 150 dpi colour (status-summary reports)",
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

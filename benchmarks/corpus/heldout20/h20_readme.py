"""heldout20/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 20

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout19/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h20_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows and the PDF page layout `../heldout12/h12_common.py`'s, the Word
numbering helpers `../heldout15/h15_common.py`'s and the hand-written WordprocessingML and ODF
package writers `../heldout19/h19_wordxml.py`'s and `../heldout19/h19_odt.py`'s (all through
`../heldout16/h16_common.py` ... `../heldout19/h19_common.py` and `h20_common.py`); this set's
scanner is `h20_scan.py` (with the grain and specks of `../heldout3/`).

Weighted toward what English councils publish most: committee reports from Word templates as
councils use them today, and more than half the documents that are not scans are Word (.docx) or
LibreOffice (.odt) files, made in different ways: python-docx (a report whose performance is an
appendix table with 'Direction of travel' arrows and a separate 'Benchmarking' column of
comparator values; a report whose rates are stated only in the notes under its table; a report
opening with a 'Key headlines' box of sentences); WordprocessingML written by hand (a report
whose indicators are laid out in two columns, 'What we measure' and 'How we did', the header row
repeated on each page); an OpenDocument package zipped by hand (a table whose header is two
rows, the financial years spanning their quarters); and .odt, PDF and plain text saved from
them by LibreOffice. The rest: a committee system's 'Decision notice' followed by the report, as
PDF, and a report published on a Jadu-style council site with one <details> disclosure per
indicator (one printed to PDF).

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout20/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout20/documents` and
`benchmarks/corpus/heldout20/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout19/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report is for, however written
  ("Tuesday 10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10
  December 2019"); on the decision notice the 'Date of decision', which is the meeting's. Never
  it: the 'Date of report', 'Report dated', 'Date written' date, the notice's 'Date of
  publication of this notice' and 'Call-in expiry date', the web page's 'Page last updated'
  date, the scrutiny meetings that follow, the scanner's dates.
- The member is the report's own Cabinet (Executive) Member: 'Cabinet Member', 'Report of',
  'Portfolio holder', the decision notice's member and signature. Never a predecessor thanked, a
  colleague named, the lead officer, author or Democratic Services.
- Figures are the latest quarter's, as at its end date: in the benchmarking appendix the latest
  quarter's column (the quarter before, the target, the direction of travel and the
  'Benchmarking' column, a comparator group's value for an earlier year, are not figures), its
  rate in the 'Rate per ...' row; in the footnoted table the right-most quarter, its rate the
  one in the lettered note ('a Equivalent to 61.2 per 10,000 ...', the quarter before's rate in
  brackets is not); in the 'Key headlines' box the value before 'at the end of Quarter ...' (the
  quarter before and the target in the same sentence are not), its rate in 'That is ...', the
  same figures as the data table's right-most quarter; in 'How we did' the value before 'at the
  end of Quarter ...', its rate on the 'Rate:' line; in the two-tier table the right-most
  quarter under the latest financial year; on the web page the value in each disclosure's
  summary, its rate the '(latest quarter)' rate in the panel; on the decision notice's report the
  right-most quarter. A later count with its own date is a figure as at that date. Not figures:
  earlier periods, targets, RAG words, '(context only)', '(not targeted)', '(for context)', '(no
  target)' and '(context)' rows, sub-counts, other councils, comparator groups, other
  portfolios, money, percentages of a total, counts written in words, phone numbers, item
  numbers.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the items after 'That Cabinet:' (Word's (a) (b)
  numbering in the benchmarking report), 'is recommended to:' (typed 1. 2. in the footnoted
  report, <ol> on the web page), 'It is recommended that Cabinet:' (the ODF list's 1. 2.), 'is
  asked to:' (Word's (i) (ii) in the headlines report, Word's 1. 2. in the 'How we did' report,
  typed (a) (b) in the decision notice's report). The decision notice's 'RESOLVED to:' items
  are the same decisions in the same words, counted once.
- A scanned copy is read as the paper: the folds and the panels' shading, the feeder's dust
  lines, the paper clip's rust and stain, the toner-save dot screen carry nothing.

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
    "benchmarking-appendix-report": "A Cabinet report whose performance is in 'Appendix A' after a page break (python-docx; one saved as .odt and one as PDF by LibreOffice): a shaded two-column cover table ('Date of meeting', 'Cabinet Member', 'Telephone', 'Date of report', 'Appendices'), 'That Cabinet:' with the items lettered (a) (b) by Word's numbering, numbered sections, small counts in words, and the appendix table of the latest two quarters, 'Target', 'Direction of travel' (an arrow and 'Improving' / 'Worsening' / 'No change') and a separate 'Benchmarking' column of a comparator group's value for an earlier year ('612 (Statistical neighbours 2018/19)'), RAG, rate rows, a '(context only)' row",
    "footnote-rates-report": "A Cabinet report whose table gives counts only (python-docx; one saved as plain text and one as PDF by LibreOffice): the meeting and item in the header, cover lines ('Report of:', 'Contact officer:', 'Report dated:'), the recommendations typed 1. 2. on a hanging indent after 'is recommended to:', a three-quarter table with a target column, each rated indicator's latest value followed by a superscript note letter and its rate only in the 'Notes' under the table ('a Equivalent to 61.2 per 10,000 children aged 0 to 17 at 30 September 2019 (Q1 2019/20: 59.8).'), '*' or '(p)', a '(not targeted)' row",
    "key-headlines-box-report": "A Cabinet report opening with a shaded 'Key headlines' box (python-docx; one saved as plain text and one as .odt by LibreOffice): cover lines on a tab stop, the box a one-cell table of sentences, one per indicator ('\u25BA Children looked after: 552 at the end of the quarter to 30 September 2019, against 540 in the quarter before and a target of 560. That is 61.2 per 10,000 ...'), the recommendations numbered (i) (ii) by Word after 'is asked to:', then a data table of three quarters with target, RAG and rate rows",
    "measure-how-we-did-report": "A Cabinet report in a Word template (WordprocessingML written by hand; one saved as .odt by LibreOffice): a shaded cover table, plain-English headings ('What this report is about', 'What happens next'), the recommendations numbered 1. 2. by Word ('List Number', numbering.xml), and the performance as a two-column table, its header row ('What we measure' | 'How we did') marked to repeat on each page: the left cell the indicator, why it matters and 'Target:', the right cell '552* at the end of Quarter 2, compared with 540 at the end of Quarter 1. Rated Amber.' and a 'Rate:' line; a '(for context)' row; the member's signature at the end",
    "two-tier-year-header-report": "A Cabinet report as an OpenDocument text package zipped by hand (one printed to PDF by LibreOffice): cover lines on a tab stop ('Portfolio holder:', 'Report date:'), the recommendations numbered 1. 2. by an ODF list style after 'It is recommended that Cabinet:', numbered paragraphs, and a table whose header is two rows: the financial years ('2018/19', '2019/20') spanning their quarters ('Q3', 'Q4', 'Q1'), 'Indicator', 'Target 2019/20' and 'RAG' spanning both rows; rate rows, a '(no target)' row, a superscript note, '*' or '(p)'",
    "decision-notice-report": "A committee system's printed decision with its report (reportlab, 'Modern.gov' creator): page 1 a 'DECISION NOTICE' (decision maker, date of decision, agenda item, title, portfolio, member, 'Date of publication of this notice', 'Call-in expiry date', status), 'Decision:' with the items as RESOLVED, typed (a) (b), reasons, alternative options, conflicts of interest, the member's signature block; then the report to the meeting with cover lines, the same items after 'is asked to:', a three-quarter table with target and RAG, rate rows",
    "details-summary-indicator-page": "A Cabinet report on a Jadu-style council site (one printed to PDF by LibreOffice): a breadcrumb <nav> of an <ol>, the meeting's details a table of row headers ('Date of meeting', 'Report of', 'Date of report'), the recommendations an <ol> after 'is recommended to:', and one <details> disclosure per indicator, its <summary> the indicator, the latest value and the RAG word in brackets, its panel a <dl> of the two quarters before, the target and the rates; a '(context)' disclosure; 'Page last updated' in the footer",
}
LOOKS = {
    "trifold": "a copy posted folded in three for a DL envelope and flattened for scanning: two folds across every page a third of the way down (a dark valley with a light ridge beside it), the three panels lit a little differently, 200 dpi greyscale (benchmarking reports)",
    "dust": "scanned through a document feeder with dust on its glass: thin dark vertical lines down the whole length of every page at the same places, one of them broken, a slight skew, 200 dpi greyscale ('How we did' reports)",
    "rustclip": "an old file copy held by a paper clip that rusted: the clip's loops printed in rust brown at the top left, an orange-brown stain round them, slightly yellowed paper, 150 dpi colour (two-tier header reports)",
    "tonersave": "printed in the printer's toner-save (economy) mode: every stroke a pale grey made of a fine regular dot screen, the page light overall, 200 dpi greyscale (decision notices with their reports)",
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

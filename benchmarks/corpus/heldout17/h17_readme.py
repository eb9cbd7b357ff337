"""heldout17/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 17

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout16/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h17_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows `../heldout12/h12_common.py`'s and the Word numbering helpers
`../heldout15/h15_common.py`'s (all through `../heldout16/h16_common.py` and `h17_common.py`);
this set's scanner is `h17_scan.py` (with the grain and specks of `../heldout3/`).

Weighted toward what English councils publish most and what reads worst: more than half the
documents that are not scans are Word (.docx) or LibreOffice (.odt) files, made in different
ways: python-docx (Results-Based Accountability report cards in Word tables with Word's own
'List Number' numbering; a scorecard on a landscape section between portrait ones); Word
Processing ML written by hand (an old protected form template whose cover values sit in legacy
FORMTEXT fields, with FORMCHECKBOX and FORMDROPDOWN fields and the recommendations in a boxed
single-cell table); a flat OpenDocument file (.fodt) laid out as one borderless two-column
side-heading table with the performance table nested in it, saved as .odt or .docx by
LibreOffice; and .odt and PDF saved from the Word files by LibreOffice. The rest: Google Docs'
'Web page' export (and the same as PDF), a Confluence page exported to HTML (and printed to
PDF), and the performance team's 'KPI flash' e-mail saved as text.

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout17/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout17/documents` and
`benchmarks/corpus/heldout17/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout16/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report is for, however written
  ("Tuesday 10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10
  December 2019"); in the legacy form it is the 'Date of meeting' form field's typed value, in
  the flash e-mail the 'Report to' line, in the scorecard only the page header ('Cabinet \u2013
  10/12/2019 \u2013 Agenda item 7', in the Word file's header part). Never it: the 'Report
  published', 'Published', 'Date of report', 'Report date', 'Draft finalised' or 'Report
  cleared' date, the e-mail's 'Sent' date,
  the Confluence page's 'last modified' and 'Document generated' dates, the 'Data as at' date,
  the scrutiny, Outcomes Board or panel meetings that follow, the scanner's dates.
- The member is the report's own Cabinet (Executive) Member: 'Cabinet Member' in the cover table
  or lines, 'Report of' in the form, 'Portfolio holder' in the Google and Confluence tables.
  Never a predecessor thanked, a colleague named, the accountable or lead officer, the author,
  the page's creator or editor, the performance team.
- Figures are the latest period's, as at its end date: in the report cards the 'Latest (Q2
  2019/20, to 30 September 2019)' row of each card (its rate in brackets after it; 'Baseline',
  'Previous quarter', 'Target' and 'Trend' are not figures; the quadrant table repeats the
  same values; its 'Context' box is not a figure); in the scorecard the right-most quarter
  with a value (Q1 .. Q4 of the financial year, the later ones blank), its rate the 'Rate
  (latest)' cell ('61.2 per 10k'); the outturn, target, 'Stat. neighbours', 'England' and
  'DoT' columns are not figures, nor the '(context)' row; in the three-quarter tables (form,
  side-heading, Google) the right-most quarter, rates in the 'Rate per ...' rows under an
  indicator; in the Confluence table the 'Latest' column (the first value column; 'Previous',
  'Same quarter last year', 'Target' and the status lozenge are not figures; the row marked
  '(for information)' is not a figure), its rate the 'Rate (latest)' cell; in the flash e-mail
  the value on each measure's dot-leader line ('[1]' and '(p)' dropped), its rate on the
  indented 'rate' line under it, the bracketed line's quarter, target and RAG word not figures,
  nor the '(context only)' line. A later count with its own date is a figure as at that date.
  Not figures: earlier periods, targets, RAG and status words, look-alike rows, sub-counts,
  other councils and statistical neighbours, other portfolios, money, percentages of a total,
  phone numbers, item numbers.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the items after 'is recommended to:' (Word's 'List
  Number' numbering), 'is asked:' (typed (a) (b)), 'That Cabinet:' in the boxed
  recommendations (typed (a) (b)), 'is recommended:' (LibreOffice's (i) (ii) list numbering),
  'is asked to:' (the Google list lettered only by the stylesheet), 'That Cabinet:' (a plain
  <ol>), and in the flash e-mail the items typed 1) 2) after 'The report to Cabinet will ask it
  to:'. Not commitments: the report cards' 'What would work' text, the Confluence task list
  (officers' actions), the 'Next steps' bullets.
- A scanned copy is read as the paper: the microfilm's black frame, the dot-matrix ribbon's
  fade and pass lines, the water stain and its tide line, the operator's thumb carry nothing.

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
    "rba-report-card": "A Cabinet report written the Outcomes (Results) Based Accountability way (python-docx; two saved as .odt by LibreOffice): a shaded cover table ('Meeting', 'Date of meeting', 'Item number', 'Cabinet Member', 'Accountable officer', 'Report published'), the recommendations in Word's 'List Number' numbering after 'Cabinet is recommended to:', a 2x2 quadrant table sorting the measures under 'How much did we do?', 'How well did we do it?', 'Is anyone better off?' and 'Context', then one report card per measure (a two-column Word table with a merged title row: question, baseline year, previous quarter, 'Latest (Q2 2019/20, to 30 September 2019)' with the rate in words, target, trend, 'Story behind the baseline', partners, 'What would work'), a superscript note, '*' or '(p)'; implications, the Outcomes Board's meeting",
    "fy-quarter-scorecard": "A quarterly performance scorecard for the financial year (python-docx; two saved as PDF by LibreOffice): the meeting and item in the page header, cover lines ('Cabinet Member:', 'Director:', 'Data as at:', 'Published:'), typed (a) (b) recommendations with a hanging indent after 'The Cabinet is asked:', then a landscape section with the scorecard (Ref, Indicator, Polarity, the year before's outturn, Q1 Q2 Q3 Q4 of the year with the quarters not yet reached left blank, target, 'Stat. neighbours', 'England', a DoT arrow with Better / Worse, 'Rate (latest)' as '61.2 per 10k'), a '(context)' row, '*', '(p)' or a superscript note, back to portrait for the commentary (a rate in a sentence), implications and the scrutiny panel's meeting",
    "legacy-form-fields-report": "A Cabinet report on an old Word 2007 protected form template (WordprocessingML written by hand; one saved as .odt by LibreOffice): 'REPORT FORM', the cover a grey-labelled table of legacy form fields (the typed values as FORMTEXT field results, FORMCHECKBOX boxes for key decision and exempt, a FORMDROPDOWN for the body whose choice is stored only as an index), the title in a form field, numbered paragraphs with tab-hanging '1.1', the recommendations in a boxed single-cell table with a thick border ('RECOMMENDATIONS', 'That Cabinet:', typed (a) (b) (c)), a three-quarter table with a 'Polarity' column, target, RAG, rate rows and a look-alike row, a superscript note, '*' or '(p)', implications and the scrutiny board's meeting",
    "side-heading-layout": "A district council's committee report laid out as one long borderless two-column table (a flat .fodt written by hand, saved as .odt or .docx by LibreOffice): side headings in the narrow left column ('Report to', 'Date of meeting', 'Agenda item', 'Cabinet Member', 'Lead officer', 'Report date', 'Purpose', 'Recommendations', 'Reasons for recommendations', 'Background', 'Performance', 'Commentary', 'Financial implications' ...), the text in the wide right column, the recommendations a LibreOffice list numbered (i) (ii) after 'Cabinet is recommended:', the performance table nested in the right-hand cell (three quarters, target, RAG in some, rate rows, a look-alike row, '*', '(p)' or a superscript note), 'Page x of y' footer",
    "google-docs-web-export": "A Cabinet report drafted in Google Docs and downloaded as 'Web page (.html)' (one as PDF, printed here by LibreOffice): a single <style> block of generated classes (.c0 ... .c13, .title, ol.lst-kix_... counters), every run a <span class='cN'>, runs split mid-sentence, empty paragraphs for spacing, the cover and the performance table as Google tables (three quarters, target, RAG in some, rate rows, a look-alike row), the recommendations an <ol class='lst-kix_... start'> lettered a) b) only by the stylesheet's counter (numbered 1. 2. in the PDF), a footnote as <sup><a>[1]</a></sup> with its note after an <hr>, or '*' / '(p)', 'Next steps' bullets with the scrutiny meeting",
    "confluence-page-export": "A service's Cabinet report kept on a Confluence wiki and exported to HTML (one printed to PDF by LibreOffice): the space's breadcrumbs, the title 'Space : Page', 'Created by ..., last modified by ... on Sep 12, 2019', a confluenceTable of the meeting's details ('Meeting date', 'Portfolio holder', 'Report cleared'), an info panel macro, 'That Cabinet:' and a plain <ol>, the performance table with the latest quarter first ('Latest (Q2 2019/20)', status lozenges GREEN / AMBER / RED, 'Previous', 'Same quarter last year', 'Target', 'Rate (latest)'), a '(for information)' row, '*', '(p)' or <sup>1</sup>, an inline task list of officers' actions, the attachments list and 'Document generated by Confluence on ...'",
    "kpi-flash-email-text": "The performance team's 'KPI flash' e-mail to Cabinet Members ahead of the quarterly report, saved as text: From / Sent / To / Cc / Subject headers, 'OFFICIAL', '=====' and '-----' underlined headings, the cover as dot-leader lines ('Cabinet Member ........ Cllr B. Cooper (...)', 'Report to ..... Cabinet, Tuesday 10 December 2019'), each measure a dot-leader line with the latest value and '[1]' or '(p)', then '[Q1: 540 | target 560 | AMBER]', an indented 'rate ..... 61.2 per 10,000 ...' line, a '(context only)' line, notes, the decisions the report will ask for typed 1) 2) 3), the signature with a phone number",
}
LOOKS = {
    "negative": "a print from the microfilm archive made on a negative reader-printer: white letters on a black ground, the frame's edges uneven, grain, a slight turn, 150 dpi greyscale (legacy form reports)",
    "dotmatrix": "printed on a dot-matrix printer and scanned: every stroke made of small round dots, the ribbon fading towards the right of the sheet, pale lines where the head moved on between passes, 200 dpi greyscale (side-heading reports)",
    "waterstain": "a copy that got wet in storage: a pale brown stain with a darker tide line spreading over part of each page, the sheet cockled so the lines wave a little, 150 dpi colour (report cards)",
    "thumb": "held flat on an overhead book scanner: the operator's thumb and its shadow in the left margin of each page, the light brighter in the middle and falling off to the edges, a slight turn, 200 dpi colour (scorecards)",
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

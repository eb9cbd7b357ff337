"""heldout19/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 19

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout18/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h19_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows and the PDF page layout `../heldout12/h12_common.py`'s and the Word
numbering helpers `../heldout15/h15_common.py`'s (all through `../heldout16/h16_common.py`,
`../heldout17/h17_common.py`, `../heldout18/h18_common.py` and `h19_common.py`); this set's
scanner is `h19_scan.py` (with the grain and specks of `../heldout3/`).

Weighted toward what English councils publish most: committee reports from Word templates as
councils use them today, and more than half the documents that are not scans are Word (.docx) or
LibreOffice (.odt) files, made in different ways: python-docx (a report whose performance is a
'Summary of performance' of run-in paragraphs, one per indicator, with no table; a joint report
of two Cabinet Members with the lead portfolio's table and the partner's shared measures; a
report opening with a row of KPI cards); WordprocessingML written by hand (a report whose
performance is a bulleted list of 'Indicator \u2013 value (target) RAG' lines, Word's own bullets and
numbering); an OpenDocument package zipped by hand (a report of actuals against the quarter's
profile); and .odt, PDF and plain text saved from them by LibreOffice. The rest: a report drawn
as Microsoft Word saves one as PDF (a 'latest period' table), and a report published as a page of
a Contensis-style council site (the table in a <figure> with its caption; one printed to PDF).

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout19/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout19/documents` and
`benchmarks/corpus/heldout19/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout18/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report is for, however written
  ("Tuesday 10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10
  December 2019"). Never it: the 'Date of report', 'Report date', 'Date report written',
  'Published' or 'Report published' date, the web page's 'Last reviewed' date, the footer's
  meeting reference where it differs, the scrutiny meetings that follow, the scanner's dates.
- The member is the report's own Cabinet (Executive) Member: 'Cabinet Member', 'Report of',
  'Portfolio holder'; in the joint report the lead member, named first ('(lead member)') in 'Joint
  report of' and first in the signatures, never the second member whose portfolio shares the
  work. Never a predecessor thanked, a colleague named, the lead officer or author.
- Figures are the latest period's, as at its end date: in the run-in summary the value 'at the end
  of Quarter 2' (the quarter before in brackets, the quarter before that and the target are not
  figures), its rate in 'This is a rate of ...'; in the bulleted list the value after the dash (the
  earlier quarters on the second-level bullet are not figures), its rate on the 'Rate per ...'
  bullet; in the actual-against-profile table the latest quarter's '(actual)' column (the
  '(profile)' column, the variance, the earlier quarter's actual and the year-end target are not
  figures); in the Word-export table the 'Value' column (the 'Previous value' is not); in the
  three-quarter tables (joint report's table 1, KPI card detail, web page) the right-most quarter,
  its rate in the 'Rate per ...' row under it; the KPI cards' big values are the same figures. A
  later count with its own date is a figure as at that date. Not figures: earlier periods,
  profiles, variances, targets, RAG words, '(context)', '(for context only)', '(contextual)' and
  '(not a target measure)' rows, the joint report's table 2 (the partner portfolio's shared
  measures), sub-counts, other councils, other portfolios, money, percentages of a total, counts
  written in words, phone numbers, item numbers.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the items after 'That Cabinet:' (Word's (a) (b)
  numbering), 'is recommended to:' (Word's (i) (ii) numbering in the joint report; the ODF list's
  R1. R2. in the profile report), 'is asked to:' (Word's 1. 2. in the bulleted-list report, typed
  1. 2. in the KPI card report, <ol> on the web page) and 'RECOMMENDED that Cabinet:' (typed 1. 2.).
- A scanned copy is read as the paper: the creases and facets of the crumpled copy, the sun's
  yellowing and fading, the cork, the drawing pins and the sheet's shadow, the folded corners and the lid behind
  them carry nothing.

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
    "performance-summary-runin-report": "A Cabinet report with no performance table (python-docx; one saved as .odt and one as PDF by LibreOffice): cover lines set on a tab stop ('Meeting date:', 'Cabinet Member:', 'Telephone:', 'Date of report:'), 'That Cabinet:' with the items lettered (a) (b) by Word's numbering, small counts in words, and a 'Summary of performance' of one paragraph per indicator, its name a bold run-in heading ('Children looked after. Performance at the end of Quarter 2 was 552 (Quarter 1: 540; target 560), rated Amber. This is a rate of 61.2 per 10,000 ...'), a '(for context only)' paragraph, '*', '(p)' or a superscript note, implications",
    "rag-bullet-list-report": "A Cabinet report in a Word template (WordprocessingML written by hand; one saved as .odt by LibreOffice): a shaded cover table under a merged title cell, a shaded 'Key points' box, the recommendations numbered 1. 2. by Word (numbering.xml, 'List Number') after 'is asked to:', and the performance as a bulleted list, one line per indicator ('Indicator \u2013 552 (target 560) Amber'), the earlier quarters and the 'Rate per ...' on second-level dash bullets under it, a '(context, no target)' line, a rate in a sentence, a PAGE field in the footer",
    "joint-cabinet-members-report": "A joint report of two Cabinet Members (python-docx; one saved as PDF and one as .odt by LibreOffice): 'JOINT REPORT OF THE CABINET MEMBERS', a cover table whose 'Joint report of' cell names the lead member first ('(lead member)') and the second member on a new line, the items numbered (i) (ii) by Word after 'is recommended to:', table 1 the lead portfolio's three quarters with target and RAG and rate rows, table 2 the partner portfolio's shared measures (not figures), a rate in a sentence, both members' signature blocks side by side",
    "actual-vs-profile-report": "A Cabinet report as an OpenDocument text package zipped by hand (one printed to PDF by LibreOffice): cover lines on a tab stop, the recommendations numbered R1. R2. by an ODF list style (num-prefix 'R'), a table of actuals against the quarter's profile ('Q1 2019/20 (actual)', 'Q2 2019/20 (profile)', 'Q2 2019/20 (actual)', 'Variance from profile', 'Year-end target', 'RAG'), the profile column shaded, rate rows, a '(not a target measure)' row, '*', '(p)' or a superscript note",
    "word-export-pdf-report": "A Cabinet report as Microsoft Word for Microsoft 365 saves it as PDF (reportlab, Word's producer): 'OFFICIAL' centred in the header, 'Page 1 of 3' in the footer, a 'Report details' cover table, 'RECOMMENDED that Cabinet:' with the items typed 1. 2. on a hanging indent, numbered sections, and a 'latest period' table (Indicator, Frequency, Latest period, Value, Previous value, Target, Status) with rate rows and a '(contextual)' row",
    "contensis-report-page": "A Cabinet report published as a page of a Contensis-style council site (one printed to PDF by LibreOffice): a skip link, breadcrumbs, an 'On this page' list of anchor links, the meeting's details a <ul> of bold labels ('Date of meeting:', 'Cabinet Member:', 'Report published:'), the recommendations an <ol> after 'is asked to:', the three-quarter table inside a <figure> with its <figcaption> ('Table 1: ...') carrying the note, quarters as <abbr>, RAG as coloured <span> badges with the word, rate rows, a '(context)' row, 'Was this page helpful?' and 'Last reviewed' in the footer",
    "kpi-card-report": "A portfolio report opening with a row of KPI cards (python-docx; one saved as plain text by LibreOffice): a one-row table, each cell shaded by its RAG and holding the big latest value, the indicator, 'Target:', the quarter before and the status; cover lines with 'Portfolio holder:' and 'Published:', the recommendations typed 1. 2. with a hanging indent after 'is asked to:', the indicator detail table of three quarters after it, a rate in a sentence",
}
LOOKS = {
    "crumpled": "a copy screwed up and flattened again: a network of creases with light edges and facets of paper lit differently, 200 dpi greyscale (summary-of-performance reports)",
    "sunfaded": "a copy left on a sunny window sill: the paper yellowed from one side and the print faded to brown-grey there, a sharp edge where another sheet lay over part of it, 150 dpi colour (joint reports)",
    "noticeboard": "a phone's photograph of the copy pinned to a cork noticeboard: the mottled cork round the sheet, coloured drawing pins in the margins, the sheet's shadow on the cork, a slight turn, the light falling off to the corners, JPEG (profile reports)",
    "dogear": "a well-thumbed copy with dog-eared corners: the top right corner folded over onto the page (the paper's back showing, the scanner lid dark where the corner was, a shadow along the fold), a smaller fold at the bottom left, 150 dpi greyscale (KPI card reports)",
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

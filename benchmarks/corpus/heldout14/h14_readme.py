"""heldout14/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 14

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout13/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h14_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
page layout engine `../heldout12/h12_common.py`'s; this set's scanner is `h14_scan.py` (with the
grain and specks of `../heldout3/`).

Some of these house styles are relatives of earlier sets' (a Welsh bilingual report, a Scottish
and a Northern Irish committee report, an Easy Read version, an InDesign-style review and an
Excel scorecard each had a cousin before), but each is laid out and published differently here:
Welsh on the left and English on the right (or a Welsh paragraph before each English one) in
Word; a PDF whose text layer has ligature characters, hyphenated line ends and a stream order
other than the reading order; a responsive CMS page with stackable tables, accordions and a
definition list; an Excel sheet printed with gridlines, RAG words and arrows, its second sheet
on the next page; an Easy Read version in Word and ODT with rounded figures; the Scottish
report as the text a PDF exporter writes and as the PDF; the NI report as a web page.

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout14/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout14/documents` and
`benchmarks/corpus/heldout14/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout13/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report, annual report, scorecard or
  page is for, however written ("Tuesday 10 December 2019", "Tuesday 10th December 2019",
  "10/12/2019", "10.12.2019", "10 December 2019", and in Welsh "Dydd Mawrth, 10 Rhagfyr 2019",
  which names the same day). Never it: the CMS page's 'Last updated', the report's own date at
  the author's line, the scrutiny meeting that will consider it (in Welsh and English), the
  scanner's timestamps.
- The member is the report's own Cabinet (Executive) Member: 'Report of' / 'Adroddiad gan' (the
  Welsh 'Y Cynghorydd' and 'Cyng.' are 'Councillor' and 'Cllr'), the masthead's 'Report of', the
  scorecard's 'Portfolio holder', 'Portfolio Holder' in the Scottish cover lines and in the NI
  header table, the Easy Read's first sentence. Never the Reporting Officer, the Executive
  Director, the contact officer, a predecessor thanked or a colleague named.
- Figures are the latest quarter's, as at its end date: the table's latest quarter column ('(p)',
  '*' dropped) with its 'Rate per ...' row; the key facts panel's big numbers (with the rate
  printed under one) and the <dl>'s values; the scorecard's latest column, with the rate on its
  second sheet ('Rates') as that indicator's rate; in the bilingual report one figure per metric
  (the Welsh and English sentences state the same value). A later count with its own date is a
  figure as at that date. Ligature characters and words hyphenated at line ends are read as the
  words they are. Not figures: earlier quarters, targets, RAG words and arrows, look-alike rows,
  sub-counts, other councils, other portfolios, money, report numbers, phone numbers.
- Easy Read: only a figure stated exactly in digits is a figure ('On 30 June 2019 there were 1,234
  children in need.', 'At 30 June 2019 the figure was 72.4%'). A rounded figure ('about 1,200',
  'about twelve hundred', 'about 7 in every 10') is not the stated value of anything and is not
  in the truth; 'Last time there were ...' is the quarter before and is not a figure. Easy Read
  versions print no rates.
- Commitments are the decisions the report asks for, in their printed (English) words, without
  the standing one (noting the performance, the report, the scorecard): the items after 'That
  Cabinet:' / 'It is recommended that Cabinet:' / '... is asked to:' / 'Members are asked to:' /
  'The Cabinet will be asked to:'. The Welsh translation of each item is the same decision, not
  another one.
- A scanned copy is read as the paper: the gutter's shadow, the COPY stamp (thin ink the words
  show through), the punched holes (in the margin) and the lid's edge carry nothing; a two-up or
  spread sheet is read page by page, left then right.

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
    "welsh-first-bilingual-report": "A Welsh council's report to Cabinet in Word, Welsh first: each section a two-column table (shaded heading rows), Welsh on the left and English on the right, or (in some) each Welsh paragraph followed by its English one; the date in both languages ('Dydd Mercher, 4 Medi 2019'), the figures in both ('1,234 atgyfeiriad' / '1,234 referrals'), '(a) (b) (c)' recommendations with their Welsh translations, a bilingual table with '(p)' or '*', rate rows and a look-alike row, untranslated paragraphs marked as such, the scrutiny date in both languages",
    "indesign-annual-report": "A portfolio's annual report laid out in InDesign and exported to PDF (creator Adobe InDesign): a coloured masthead with the meeting and 'Report of', a 'key facts' panel of big numbers with their labels under them, two columns of serif text whose text layer carries the fi/fl/ff ligature characters and words hyphenated at line ends, the blocks written in the content stream in another order than the reading order (panel, right column, masthead, left column); page 2 the numbered recommendations and a table with '*' and rate rows",
    "stackable-cms-page": "A report on the council's responsive CMS page: skip link, cookie notice, breadcrumbs, a <dl> of key facts, accordion sections as <details>/<summary> (recommendations in an <ol>), the performance table 'stackable' for phones (each td with data-label=\"Q2 2019/20\", the thead visually hidden), 'Last updated', 'Was this page useful?'",
    "excel-scorecard-print": "An Excel performance scorecard printed to PDF (landscape, gridlines, no column letters or row numbers): a merged title row, the portfolio holder and 'data as at' row, Ref / Indicator / three quarters / Target / RAG (the words Red, Amber, Green on coloured cells) / DoT (arrows), numbers right-aligned with thousands separators, a look-alike row, numbered recommendations below the grid; a second sheet ('Rates') on the next page with the rates per head and the commentary; or the same sheet pasted into Word as a table with its covering note (docx, and .odt by LibreOffice)",
    "easy-read-word-version": "An Easy Read version of the Cabinet report in Word (some saved as .odt by LibreOffice): large type, a two-column table of a picture placeholder and a short sentence, the member's name and role, some figures exact ('On 30 June 2019 there were 1,234 ...') and one rounded or in words ('about 1,200', 'about twelve hundred'), 'Last time there were ...', a later count, 'The Cabinet will be asked to:' with typed 1. 2. 3., hard words, a phone number",
    "scottish-report-text-and-pdf": "A Scottish-style committee report by an Executive Director: cover lines (Report to, Date of Meeting, Agenda Item, Report by, Report No, Portfolio Holder, 'Ward(s): All', Subject), '1. RECOMMENDATIONS 1.1 The Cabinet is asked to: (i) (ii) (iii)', purpose, background, performance, implications, consultation, the author's line with its date, 'Appendix 1' table with '*', rate rows, RAG and a look-alike row; as PDF, or as the text a PDF exporter writes (form feeds, 'Page n of m', the table laid out with spaces)",
    "ni-report-web-page": "A Northern Irish council's 'Report to Committee' as a (ModGov-style, XHTML) web page: a header table (Subject / Date / Agenda item / Reporting Officer / Contact Officer / Portfolio Holder), a 'Restricted Reports' yes/no grid with check-box characters, an 'Is the decision eligible for Call-in?' box, '1.0 Purpose of Report or Summary of Main Issues', '2.0 Recommendations 2.1 Members are asked to:' bullets, '3.0 Main Report' with a table ('*', rate rows, look-alike row), equality and rural needs screening",
}
LOOKS = {
    "spread": "a bound copy scanned open: two pages side by side in one landscape image (a double-page spread) with the gutter's shadow, 150 dpi greyscale (annual reports)",
    "twoup": "pages printed two-up (two A4 pages reduced to about 70% on one A4 landscape sheet), scanned at 200 dpi greyscale (Scottish reports)",
    "copystamp": "a colour scan of a copy stamped 'COPY' diagonally across the text in thin red ink (bilingual reports printed)",
    "holes": "a hole-punched copy: two punched holes in the left margin and the scanner lid's dark edge down one side, 150 dpi greyscale (Easy Read versions printed)",
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

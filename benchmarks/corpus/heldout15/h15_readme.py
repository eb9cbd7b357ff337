"""heldout15/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 15

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout14/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h15_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s, the
performance table rows `../heldout12/h12_common.py`'s (through `../heldout14/h14_common.py`);
this set's scanner is `h15_scan.py` (with the grain and specks of `../heldout3/`).

Weighted toward what English councils publish most and what reads worst: more than half the
documents are Word (.docx) or LibreOffice (.odt) files, made in different ways: python-docx with
a multi-level list written into numbering.xml and a cover table whose label cells are merged down
(vMerge); ODT written by hand with a frame holding a table inside a table; Word's 'Normal (Web)'
paragraphs, hyperlinks, non-breaking spaces and <br> soft breaks as a browser's copy leaves them;
and .odt or .docx saved from them by LibreOffice. The rest: a ModernGov printable agenda item (as
XHTML and printed to PDF by LibreOffice), a report in prose only (one printed to PDF), and Word's
'Save as Plain Text' with every table cell on its own line. Some house styles have a distant
cousin in an earlier set (a London Lead Member report, an 'At a glance' panel, a ModernGov page),
but each is laid out and published differently here.

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout15/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout15/documents` and
`benchmarks/corpus/heldout15/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout14/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report or agenda item is for, or,
  for the Portfolio Holder Update, the Council meeting it is made to, however written ("Tuesday
  10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10 December
  2019", ModernGov's "Tuesday, 10th December, 2019, 6.00 pm"). Never it: the 'Date of report',
  'Report date' or 'Prepared by' date, the web page's 'Published' and 'Last updated', the front
  sheet's 'Published', the previous meeting whose minutes are approved, the scrutiny meeting
  that will consider the report, the member's next update, a background paper's meeting, the
  scanner's timestamps.
- The member is the report's own Cabinet (Executive) Member: 'Report of' in the cover table (its
  label cell merged down over the name and the role), 'Report of: ..., Lead Member for ...',
  'Portfolio Holder:', the pasted page's 'Cabinet Member:' link (a non-breaking space inside the
  name), the ModernGov cover's 'Report of: Portfolio Holder for ... - Cllr ...', the label line
  then the value line in the plain text. Never the ModernGov front sheet's membership (every
  Cabinet member and the Leader), the other agenda item's Portfolio Holder, the Corporate
  Director, the lead or contact officer, a predecessor thanked or a colleague named.
- Figures are the latest quarter's, as at its end date: the table's latest quarter column ('(p)',
  '*' and the superscript note number dropped) with its 'Rate per ...' row; in the Lead Member's
  dashboard four quarters, the latest on the right or, where the columns run newest first, on
  the left; the 'At a glance' big numbers (a rate printed under one is its rate; 'Last year' and
  'Target' under a number are not figures, nor the money tile and the residents' survey tile);
  in the prose report only the value for the quarter end ('there were 552 ..., which is up from
  540 ... and compared with 561 a year earlier; the target is 545' gives 552; 'a provisional 552'
  is 552; the England or regional average is not a figure); in the plain text the cell under the
  latest quarter's header (the cells follow one a line, header first). A later count with its own
  date is a figure as at that date. Not figures: earlier quarters, a year earlier, targets,
  direction of travel, RAG, look-alike rows, sub-counts, other councils, other portfolios, money,
  page numbers, Forward Plan references, phone numbers.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): the items after 'The Cabinet is recommended to:' /
  'It is recommended that the Cabinet:' / 'That Cabinet:' / 'The Cabinet is asked to:', numbered
  by Word ((a) (b) as the fourth level of the multi-level list, or 1. 2.), typed '(i)' '(ii)' or
  'a)<tab>'. In the Portfolio Holder Update the priorities (typed 1. 2. 3.) are the commitments
  and its one recommendation ('That Council notes this update') is the standing one.
- A scanned copy is read as the paper: the ballpoint loop, arrow, scrawled query and tick, the
  foxing and the yellowing, the black surround beyond the page and the earlier copy's page edge
  carry nothing.

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
    "county-cabinet-member-report": "A Cabinet Member report from a county-style corporate Word template: 'OFFICIAL' header, the cover block a Word table whose label cells ('Report of', 'Lead officer') are merged down (vMerge) over two or three value rows, every paragraph numbered by one multi-level list in numbering.xml (1. / 1.1 / 1.1.1, never typed), the recommendations its fourth level lettered (a) (b) (c) after 'The Cabinet is recommended to:', a performance table with a white-on-navy header, a superscript note, '*' or '(p)', rate rows, RAG in some and a look-alike row, the scrutiny meeting and a background paper's meeting; some saved as .odt by LibreOffice",
    "lead-member-report-odt": "A London-style 'Lead Member report' written in LibreOffice Writer (.odt written by hand; one saved as .docx by LibreOffice): field lines with tab stops (Report of ... Lead Member for ..., Corporate Director, originating officer, wards, key decision, Forward Plan reference, report date), typed '(i)' recommendations, the Lead Member's signed introduction, and the performance dashboard in a frame (draw:frame, text box) holding a one-cell table whose cell holds the real table: four quarters as columns ('Q2 19/20'; in some the newest first), Target and 'Direction of travel' in words, '*', rate rows, a look-alike row",
    "at-a-glance-update": "A unitary council's 'Portfolio Holder Update' to Council in Word (some saved as .odt by LibreOffice): 'At a glance - Quarter 2 2019/20 (figures at 30 September 2019)' then a two-column table of tiles, each a caption paragraph and the big number in the next (or, in some, the number then its label), 'Last year: ...', 'Target: ...' or a rate under it, a money tile and a residents' survey percentage among them; the holder's update with a predecessor thanked and a colleague named, typed 1. 2. 3. priorities, 'That Council notes this update', the holder's signature, the next update's meeting",
    "moderngov-printable-agenda": "A district council's ModernGov 'printable version' of a Cabinet agenda item (XHTML with mg* classes, or printed to PDF by LibreOffice): the front sheet ('Agenda for Cabinet on Tuesday, 10th December, 2019, 6.00 pm', venue, contact, the membership naming every Cabinet member and the Leader, the agenda with the previous minutes' date, this item 'Report of the Portfolio Holder for ...' with its pack pages and another portfolio's item with its holder's name), then on a new page 'Agenda Item 9' and the report: cover table, (a) (b) recommendations, background, a performance table with a superscript note, '*' or '(p)', rate rows and RAG in some, the scrutiny meeting, a pack page number",
    "prose-only-report": "A report to Cabinet written in prose paragraphs only (Word; some saved as .odt or printed to PDF by LibreOffice): bold 'Label: value' cover lines, typed 3.1 paragraphs, no table: each figure in a sentence with the quarter before ('which is up from', 'down from'), a year earlier ('compared with ... a year earlier', 'at the same point last year'), the target ('We had aimed for ...') and a rate in brackets, 'a provisional 552', the England or regional average, typed (i) (ii) recommendations",
    "web-copied-word-doc": "A Word document made by copying the council's web page of a Cabinet report into Word: 'Normal (Web)' paragraphs in Times with Arial runs and colours spelt out, the breadcrumbs and links as hyperlinks (w:hyperlink, the council's own site), non-breaking spaces (in the member's name, between numbers and words, in 'per 10,000'), the meeting details in one paragraph split by <br> soft breaks (w:br), 'Published' and 'Last updated' lines, the pasted ordered list of decisions (Word's numbering), bullet characters typed, a table with fixed widths in twips (tblW, tcW), 'Related meetings', 'Print this page'",
    "word-plain-text-save": "A Word report saved with 'Save as Plain Text' (UTF-8 with a byte order mark, CRLF line ends, no line breaks inserted): every table cell on a line of its own (the cover table's labels and values alternating, the performance table's header cells then each row's cells, rate rows, '*' or '(p)', RAG in some, a look-alike row), automatic numbers written as '1.<tab>', '2.1<tab>' and 'a)<tab>', each paragraph one long line, the scrutiny meeting's date as 10.12.2019",
}
LOOKS = {
    "annotated": "a reader's copy scanned in colour at 200 dpi with blue ballpoint over the performance table: a wobbly loop round one row, an arrow to the margin, a query scrawled across the table's right-hand columns at a slant, a tick in the margin (county Cabinet Member reports)",
    "foxed": "an archive copy on aged paper scanned in colour at 150 dpi: yellowed, browner towards the edges, brown foxing spots of several sizes, the print gone brown-black (Lead Member reports)",
    "lidopen": "scanned with the lid up: the page off-centre in a black surround, turned 1 to 2 degrees, the light falling off at its edges, 150 dpi greyscale (ModernGov printable agenda items)",
    "gencopy": "a photocopy of a photocopy: each generation reduced a little and offset, the earlier copy's page edge printed as a grey line inside the sheet, a mottled grey background, thickened letters, 200 dpi greyscale (prose reports)",
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

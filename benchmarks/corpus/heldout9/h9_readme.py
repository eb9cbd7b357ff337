"""heldout9/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 9

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout8/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it a tenth tuning set). The
templates are in `h9_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, dates, members and the sentences carrying numbers that are not
figures `../heldout8/h8_common.py`'s, numbers in words `../heldout7/h7_common.py`'s; this
set's wording is `h9_words.py`, its hand-rolled Word writer (content controls, tracked changes,
comments, Google's numbering) `h9_common.Docx`, its scanner `h9_scan.py`.

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout9/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout9/documents` and
`benchmarks/corpus/heldout9/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer; a live PDF form's field values count as
text, as a reader sees them on screen).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout8/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's (for a decision record form, the date of decision; for a statement to
  Council, Council's; for a Question Time record, the scrutiny committee's; for an annual
  review, the meeting it was presented to), however written. Never it: a date struck through
  by a tracked change (the meeting was moved: the truth is the text as accepted), the report's
  date, publication or call-in dates, a comment's date, Power BI's 'Last refreshed', the next
  Question Time, other meetings in the CMIS side panel, report-back dates of actions, or a
  background paper's meeting.
- Tracked changes are read as accepted: a deleted figure (w:del) is not a figure and the
  inserted one is; a word struck from a recommendation is not part of the commitment. Margin
  comments are not part of the report: a number in a comment (last year's outturn, the size of
  a possible revision) is not a figure. A content control's text is the report's text; a
  control left showing its placeholder ('Click or tap here to enter text.') says nothing.
- Corporate template report: the latest quarter's column is the figure, with the rate row
  beneath it; earlier quarters, target, status, the look-alike row and the sub-count are not;
  the 'latest position at' month end in 3.2 is a later figure. Recommendations (b), (c) ... are
  the commitments; (a), noting, is a standing resolution.
- CMIS page: the report body inline is the report; the latest quarter's column (superscript 'p'
  dropped) and its rate row are the figures, the month-end sentence a later figure. The
  recommendations after the first (noting) are the commitments.
- Decision record form, live or flattened alike: the 'Decision maker' field gives the member,
  'Date of decision' the date; the decision's (i) (ii) items are the commitments in the words
  typed, 'to approve ...' (';' read as '.'); 'Key data considered' gives the
  figures as at its heading's date (rates after the dash); the previous quarter and target in
  brackets and the sub-count are not.
- Statement to Council: the speaker is the member. A figure spoken in words ('five hundred and
  fifty-two children in our care') is a figure, with the value the note for members at the end
  gives in digits and as at its date; 'a year ago it was nearer six hundred' is an earlier
  period; 'the most recent figure I have, for the end of November' is a later figure as at that
  month end. The bulleted 'we will' items are the commitments (';' read as '.'); numbers in
  answers to questions (another portfolio's) are not figures.
- Annual review: the figures are the year-end (31 March) values in the big-number shapes and
  the text (the shapes' small 'last year' values are earlier periods; the money shape is not a
  figure); 'Since the year end' gives a later figure; the numbered priorities for the coming
  year are the commitments; 'That Council notes the annual review' is a standing resolution.
  The photo caption names the member, not another.
- Cabinet Member Question Time: the Cabinet Member in attendance is the member (the questioners
  and the Chair are not); the circulated sheet's latest quarter (with '*' dropped and the rate
  row) is the figure and the answers restate them; the previous quarter is not; the officers'
  most recent month-end position is a later figure (with its rate). The actions table's
  'Action / commitment' cells are the commitments; the RESOLVED noting is a standing resolution.
- Google Docs briefing: 'Lead member' is the member. The 'Key numbers' bullets and the trend
  table's last month are the figures as at that month end (rates in brackets); the look-alike
  bullet is not; the 'live dashboard' figure is a later figure as at its day. The auto-numbered
  items after the first (noting) are the commitments.
- Power BI export: the figures are the table visual's selected-quarter column (the slicer's
  filled tile) with its rate rows; a card showing '1.23K' is the same figure rounded, not a
  different one; the column chart's earlier bars and the previous quarter are not figures; the
  narrative's 'Early data for' month is a later figure. The numbered recommendations after the
  first (noting) are the commitments.

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
    "corporate-template-tracked": "A report on a council's corporate Word template (docx, and ODT by LibreOffice): the Committee, the cover grid's values (meeting, date with a date picker, item, 'Report of', lead officer, key-decision check box, report date, a placeholder never filled) and the recommendations held in content controls, inline and block-level; tracked changes left in (the meeting moved a week, the latest figure deleted and re-typed, a word struck from a recommendation) and margin comments on a figure and a paragraph; quarters table with rate rows and a look-alike row, a month-end later figure, a sub-count, a neighbour, another portfolio, implications, a background paper's meeting, OFFICIAL header",
    "cmis-agenda-item-page": "A Civica CMIS agenda-item page: ASP.NET form and view state, layout tables with CMIS class names, &nbsp; everywhere, breadcrumb, meeting details ('Tuesday, 10th December, 2019 6.00 pm'), the report's body inline (report of, lead officer, report date, quarters table with rate rows, superscript 'p', look-alike row), recommendations as '(a)' paragraphs or an '<ol type=i>', a 'Related documents' list with PDF sizes, other meetings of the body in a side panel, published date",
    "decision-record-form": "A fillable PDF record of an individual Cabinet Member decision (AcroForm, as if from Acrobat): reference, date of decision, decision maker, subject, the decision '(i) to ... (ii) to ...', key data with rates, previous quarter and target, reasons, rejected option, consultation with a colleague, published and call-in dates, a signature; half with the fields live (values only in the form fields), half flattened into the page",
    "council-statement-transcript": "A Cabinet Member's statement to full Council as delivered, saved as plain text: 'Thank you, Lord Mayor', some figures in words ('five hundred and fifty-two'), some in digits, 'I can tell members that ...', the previous year in words, a tribute to a predecessor, 'we will:' bulleted commitments, questions from members with answers naming a colleague, a 'Note for members: figures referred to' in digits, published date",
    "portfolio-annual-review": "A magazine-style annual review of a portfolio laid out as if from InDesign (reportlab): coloured masthead with the meeting it was presented to, big numbers in coloured circles and rounded boxes with labels and last year's value beneath, three columns of text with a pull quote, a photo with its caption, a foreword thanking a predecessor; a second page 'Looking ahead' with numbered priorities, a later figure, the noting recommendation and a signature",
    "cabinet-member-question-time": "The record of a scrutiny committee's Cabinet Member Question Time (Word, and ODT by LibreOffice): committee and item, date in several forms, present and in attendance, the performance sheet circulated in advance (previous quarter, latest with '*', rate rows, target), Q1 ... Q4 from named members with the Cabinet Member's answers quoting figures, a neighbour, money, another portfolio's figure, officers' month-end update with its rate, an 'Actions and commitments agreed' table (ref, commitment, lead, report-back date), RESOLVED noting, next Question Time",
    "google-docs-briefing": "A Cabinet briefing note written in Google Docs and downloaded as .docx: Google's style names (normal, Title, Subtitle, heading 2), runs split mid-word with every run's font and colour spelt out, bullets and decimal numbering from Google's abstract numbering, 'Lead member' in the subtitle, key numbers as bullets with rates, a three-month trend table with cell margins, a later 'live dashboard' figure, auto-numbered recommendations, a draft number and sharing date",
    "power-bi-export": "A Power BI report exported to PDF (16:9 pages): dark header with 'Last refreshed', a tile slicer with the selected quarter filled, cards with values (abbreviated to K where the visual does so), a column chart with data labels per quarter, a table visual with the previous and selected quarters, target, status and rate rows and a look-alike row, 'Data as at'; a narrative page with commentary, an early-data later figure and numbered recommendations",
}
LOOKS = {
    "microfiche": "a microfiche reader-printer print: grey and low in contrast, soft, scratches down the film, dust, dark edges (corporate template reports)",
    "minutebook": "a bound minute book on a flatbed: lines curving into the spine, squeezed near it, a dark gutter shadow, turned up to a degree (Question Time records)",
    "bleed": "a thin sheet printed both sides: the reverse page showing through mirrored (annual reviews)",
    "lowtoner": "a printer low on toner: faint broken print, pale vertical streaks, a dark drum streak (decision record forms, flattened)",
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

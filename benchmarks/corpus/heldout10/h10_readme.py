"""heldout10/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 10

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout8/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h10_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the small Word writer
`../heldout7/h7_common.py`'s; this set's titles and decisions are `h10_words.py`, its scanner
`h10_scan.py` (with the grain, specks and office look of `../heldout3/` and `../heldout4/`).
Set 9 was written at the same time in another checkout: the two were kept apart by their
seeds only, not checked against each other's (date, portfolio) pairs.

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout10/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout10/documents` and
`benchmarks/corpus/heldout10/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout8/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report goes to, or for a
  transcript the Council meeting transcribed, however written ("Tuesday 10 December 2019",
  "10th December, 2019", "10.12.19", "TUESDAY 10TH DECEMBER 2019", "10/12/19" in an e-mail's
  subject). Never it: an e-mail's Sent date or a quoted message's, the dates for the diary, a
  dataset's created or last-updated date or its temporal coverage, the transcript's preparation
  date and the next meeting, a 'TYPED' or report date, the meeting in the background papers, a
  fax header's date, a RECEIVED stamp's date or a scan's file name.
- The member is the report's own Cabinet (Executive) Member: the e-mail's sender, the 'REPORT
  OF' line, the Cabinet Member who presents the report in the transcript (the Mayor, hecklers,
  the seconder and the mover of the amendment are not), the member named in the dataset's
  description. A predecessor thanked and a colleague named or quoted are not.
- Figures are the latest quarter's, as at its end date: the e-mail table's last month column
  (bold) with the 'Rate' column; the tab-aligned table's last quarter column (a superscript note
  number is not part of a figure) with the rate line beneath it; the legacy table's second
  column ('(p)' dropped) and its rate line; the print-driver table's last quarter column and
  rate line; the transcript's figures the Cabinet Member quotes 'at the thirtieth of
  September' (with the rate spoken after it); the dataset preview's last quarter column ('*'
  dropped) and its rate row; the large-print figures (the digits in brackets, the same number
  as the words) with 'That is 2.4 for every 1,000 ...' as the rate. Earlier quarters, targets,
  RAG, trends, look-alike rows, sub-counts, other councils, other portfolios (the related
  dataset, the seconder's aside), money, percentages of counts, the e-mail's diary, the
  transcript's votes and members present, views and downloads are not figures. A later weekly
  or management-information count in the text, with its own date, is a figure as at that date.
- A scanned copy's pencil note ('was it 560?') is a reader's query: the printed figure stays
  the truth; the pencil ticks and the stamp carry no figures.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the report or the performance): the e-mail's numbered 'I will be asking
  colleagues to:' items; the '(b) (c)' or '(ii) (iii)' recommendations after 'That Cabinet:'
  or 'It is recommended that the Cabinet:-'; the print-driver report's '2.2 2.3'; the dataset's
  'Cabinet resolved: (ii) (iii)'; the large-print numbered list after 'Note this report.'; the
  transcript's motion as agreed, (b) (c) (the same words printed again after 'RESOLVED'; the
  amendment that fell is not one). A legacy document's commitment runs over several hard-
  returned lines and is read as one sentence.
- The print-driver PDF's ligatures carry a ToUnicode map reading them as 'fi' and 'fl', so
  the truth spells them out; a word hyphenated at a line's end in the running text is one word.

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
    "outlook-email-htm": "A Cabinet Member's e-mail to all members with the portfolio update, saved from Outlook as a web page: Word's HTML (MsoNormal classes, <o:p>, conditional comments, a VML logo with its <![if !vml]> image, lists drawn with <![if !supportLists]>), CRLF line ends, the From / Sent / To / Cc / Subject block (the meeting's date in the subject as '10/12/19', '10 December 2019' or 'Tue 10 Dec 2019'), 'Ahead of Cabinet next Tuesday ...', a bordered MsoTableGrid of two month columns, a rate and an arrow, a look-alike row, a later weekly count, 'At Cabinet I will be asking colleagues to:' with numbered items, money and another portfolio, dates for the diary, a signature with a mobile number, a disclaimer, a colleague's quoted question with its own Sent date",
    "tabstop-table-report": "A Cabinet report typed in Word with its tables made of tab stops, not Word tables (and ODT by LibreOffice): 'REPORT TO:<tab>Cabinet' cover lines, '1.<tab>PURPOSE OF REPORT' headings, '2.1<tab>That Cabinet:' with '(a)<tab>...' hanging-indented recommendations, a figures table of right tabs with dot leaders from each indicator's name, three quarter columns and a target, a rate line under a figure, a superscript note on a provisional figure, a later figure, a sub-count, another council and another portfolio, money, background papers with an earlier meeting, a signature line with the report's date",
    "legacy-wp-converted": "A report typed on an old word processor and converted to Word (and ODT by LibreOffice): Courier, a hard return at the end of every line (so every line is a paragraph), spaces for indents, underlined headings in capitals, 'DATE OF MEETING: 10TH DECEMBER, 2019' or '10.12.19', 'REPORT OF THE CABINET MEMBER FOR ...' with the member in capitals, '(i) ... (ii) ...' recommendations wrapped over several lines, manual page breaks with '- 2 -' typed at the head of the next page, a space-aligned table with dotted dates as column heads, '(p)' on provisional figures, rate lines, labels wrapped in their column, 'TYPED:' date and reference",
    "print-driver-pdf": "A Word report printed to PDF through a PostScript driver and Distiller (written object by object): every glyph placed with its own text matrix and no space characters, fi and fl ligature glyphs (with a ToUnicode map), justified lines hyphenated at their ends, the running header, file path and 'Page 1 of 2' drawn before the body, the figures table drawn column by column, three quarters, target and RAG letters, rate lines, numbered recommendations '2.1 2.2 ...', Arial not embedded, Creator 'PScript5.dll Version 5.2.2'",
    "council-transcript": "A verbatim transcript of a full Council meeting made from the webcast (plain text): heading with the meeting's date, time codes, speakers in capitals ('THE MAYOR:', 'CLLR HAMILL:'), the Cabinet Member presenting the portfolio report with the figures at 'the thirtieth of September' quoted in speech (rates spoken), an interruption from a member's seat, a point of order and the Mayor's ruling, a later figure 'from last Friday', a seconder's aside with another portfolio's number, a question and answer with a sub-count, an amendment moved and lost with its vote, the substantive motion '(a) ... (b) ...' voted and printed again after 'RESOLVED', the transcript's preparation date and the next meeting",
    "open-data-portal-page": "A council open-data portal's dataset page (CKAN-like) that is the published record of a portfolio report: masthead, breadcrumbs, the dataset description naming the Cabinet meeting, agenda item and Cabinet Member, tags, the Open Government Licence, resources with 'Download CSV / JSON / XLSX' links and sizes, a data preview with one column per quarter (numbers without thousands separators, '*' provisional), rate rows, a look-alike row, 'Cabinet resolved: (i) ... (ii) ...', an 'Additional Info' table (source, author, version, temporal coverage in ISO dates, 'Created' and 'Last Updated' dates, a later weekly figure, views and downloads), a related dataset of another portfolio, an activity stream comment from a colleague, API link",
    "large-print-version": "The large-print accessible version of a Cabinet report (Word at 18pt Arial, headings at 22-26pt): 'Large print version', the meeting and agenda item in short lines, 'This report is from Councillor ...', one figure to a line with figures in words and digits ('one hundred and fifty-two (152)', 'seventy-four point two per cent (74.2%)'), 'That is 2.4 for every 1,000 households.', earlier quarters in words, a look-alike line, 'Other numbers' (money, percentages, another council and another portfolio), 'What we are asking Cabinet to do' in Word's numbering, contact details and the date the version was made",
}
LOOKS = {
    "thermal": "a fax received on thermal paper: yellowed, the print faded brown unevenly across the sheet, the sender's header line with its own date (legacy word-processor reports)",
    "spirit": "a spirit-duplicator copy: purple ink, smudged and haloed, a ghost of the master, ink falling off across the sheet, dry bands (tab-stop reports)",
    "received": "the posted copy: a red 'RECEIVED' date stamp struck across the text of the first page, a staple and its shadow in the corner (holes on later pages), scanned in colour (print-driver PDFs)",
    "pencil": "a member's copy with pencil ticks against lines, a pencilled underline and a handwritten margin note querying a figure with another number (large-print versions)",
    "jpegskew": "a 150 dpi colour scan saved as JPEG, each page fed at its own skew of 0.5 to 2.8 degrees either way, the lid's grey in the corners (Council transcripts printed from a text editor)",
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

"""heldout7/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 7

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout6/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it an eighth tuning set). The
templates are in `h7_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s through `../heldout6/h6_model.py`, the portfolio wording is
`../heldout6/h6_words.py`'s, the scanner `../heldout6/h6_scan.py`.

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout7/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout7/documents` and
`benchmarks/corpus/heldout7/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout6/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's (or, for a Cabinet Member signing record, the date of signing),
  however written: "Mon 2nd Dec '19", "2/12/2019", "2.12.19", "02-Dec-2019", "Tues 3 December
  2019", "Monday 2 December 2019". Never it: a report's or preparation date, the committee's
  previous meeting, a Forward Plan first-published date, a call-in deadline, a page's
  publication/effective/last-updated dates, an earlier meeting in an issue's history, the next
  clinic or next update, action-log due dates, a received stamp on a scan.
- A call-in pack is dated by the Cabinet meeting that took the decision called in (the pack's
  own Overview and Scrutiny meeting, and the date of the call-in, are not the report's date);
  its figures are those of the Cabinet Member's report in the pack (the earlier quarter quoted
  in the callers' reasons is not a figure); its commitments are the decision notice's
  automatically numbered RESOLVED items after the one noting performance; the Committee's
  options (a) (b) (c) and the recommendation to the Committee are not commitments. The
  councillors calling the decision in are not the member.
- An 'Issue - items at meetings' page: the report is the meeting the issue was decided at (the
  last on the page); the earlier deferral and the scrutiny committee's comments (with the
  figure a councillor quoted) are other meetings. Commitments are the decision's (ii) (iii) ...
  items; (i), noting performance, is a standing resolution.
- A Northern Irish committee report: 'Members are asked to:' then bullets; the first bullet
  (note the performance) is a standing resolution, the others are commitments. The 'Portfolio
  Holder:' of the cover is the member. The table's latest quarter is the figure (earlier
  quarters, the NI average and the target are not); a rate row gives the latest quarter's rate;
  "*" (provisional) is dropped.
- A Cabinet Member signing record: the numbered 2.1, 2.2 recommendations are the commitments;
  'Option 1 (recommended)' restates them and 'Option 2' / 'Option 3' (not recommended,
  rejected) are not commitments. A superscript note number on a figure is not part of it; the
  same month last year and the statistical neighbours' column are not figures.
- A Portfolio Lead's update: the sidebar's big numbers with their captions are figures as at
  the date under 'At a glance' (a money tile, a percentage-of-residents tile and a look-alike
  tile are not); a figure written in words with its digits after it ("five hundred and
  fifty-two (552)") is one figure; a number written only in words ("Nearly three hundred
  volunteers") is not a figure. The numbered '1)' priorities are commitments; 'That the
  Cabinet notes the Portfolio Lead's update' is a standing resolution.
- A Performance Clinic note: the RAG matrix's latest quarter is the figure ("(p)" dropped), the
  'Live data' line a later figure; the action log's actions are officers' tasks, not
  commitments; the Portfolio Holder's 'P1. P2. P3.' priorities are.
- The member, however written ("Councillor J Smith CBE", "Cllr. Smith (Portfolio Holder)",
  "Cllr. J. Smith"), is the report's own; a predecessor thanked, a colleague consulted or
  invited, and councillors calling in or commenting are not.

## Families

| family | imitates | formats | documents |
|---|---|---|---|
{rows}

Formats: {formats}. Scans: every page rendered, skewed under a degree, speckled and reduced to
16 greys, stored losslessly; looks: a RECEIVED date stamp on the first page (NI committee
reports), grey recycled paper with pen ticks and underlining (signing records), a
low-resolution (120 dpi) scan with a handwritten margin note (Portfolio Lead updates).

Truth: {figs} figures ({rates} with a printed rate, {pcts} percentages), {coms} commitments.

## Traits

{traits}
"""

IMITATES = {
    "ni-committee-report": "A Northern Irish district council's committee report (Word, and ODT by LibreOffice): cover table 'Report to:', 'Subject:', 'Date of Meeting:' (\"Mon 2nd Dec '19\", 2/12/2019), 'Reporting Officer:', 'Contact Officer:', 'Portfolio Holder: Councillor J Smith CBE' / 'Cllr. Smith (Portfolio Holder)', restricted-report and call-in check boxes, '1.0 Purpose of Report or Summary of Main Issues', '2.0 Recommendation' with '2.1 Members are asked to:' and bullets, '3.0 Main Report' with a three-quarter table, an NI average column, a target, rate rows and an asterisked provisional figure, implications, '4.0 Appendices - Documents Attached'. Traps: previous quarters, NI average, target, previous committee meeting date, report date, phone, money, percent, ages, other council, other portfolio, sub-count, look-alike row",
    "cabinet-member-signing-record": "A London borough's 'Cabinet Member Signing' record printed to PDF by LibreOffice: field grid (Decision maker 'Cllr. Smith (Portfolio Holder)', 'Date of signing: 02-Dec-2019', Forward Plan reference and first-published date), '2.1 ... 2.2 ...' recommendations, 'Option 1 (recommended)' / 'Option 2' not recommended / 'Option 3' rejected, a table with the same month last year, a target and statistical neighbours, a superscript note number on a figure, rate rows, a consulted colleague, a signature block with the date, a call-in deadline. Traps: last year, neighbours, target, options, publication and call-in dates, money, percent, difference, ages, phone, other portfolio",
    "portfolio-lead-update-sidebar": "A 'Portfolio Lead's update' laid out as a designed two-column PDF (reportlab, creator InDesign): a shaded 'At a glance' sidebar of big numbers over captions with rates in line, a money tile, a '% of residents satisfied' tile and a look-alike tile; the update with a figure in words and digits ('five hundred and fifty-two (552)'), a number only in words (volunteers), last month in brackets, a later figure with its rate, '1) 2) 3)' priorities, 'That the Cabinet notes ...', next update date. Traps: last month, target, words-only number, money, percent, national, sub-count, other portfolio, phone",
    "moderngov-issue-history": "A ModernGov 'Issue - items at meetings' page: breadcrumbs, issue details (decision maker, status, lead member, lead director, contact), then the issue's meetings oldest first: a Cabinet deferral, a scrutiny committee's comments quoting an earlier figure, then the deciding meeting with 'RESOLVED - (i) ... (ii) ...', publication/decision/effective dates, the report's summary with a quarter table and rate rows, supporting documents, page last updated. Traps: earlier meetings and their dates, the councillor's quoted figure, publication/effective/updated dates, earlier quarter, target, money, percent, other council, other portfolio, phone",
    "performance-clinic-note": "A quarterly 'Performance Clinic' note in plain text: field lines ('Held: 2/12/2019' or '2.12.19', 'Next clinic:'), a RAG matrix drawn with +---+ and +===+ rules (three quarters, target, RAG letter, direction word, rate rows, '(p)' provisional), exceptions discussed, a live-data later figure, an action log grid (refs, owners, due dates), the Portfolio Holder's 'P1. P2. P3.' priorities. Traps: earlier quarters, target, action dates, next clinic, money, percent, national, sub-count, other portfolio, extension number",
    "call-in-pack": "An Overview and Scrutiny Management Committee's call-in pack in Word: agenda item, the Cabinet decision called in and its date, the three councillors calling it in and their reasons (quoting the earlier quarter's figure), the Committee's options (a) (b) (c), the decision notice 'RESOLVED - That:' in Word's automatic numbering, the Cabinet Member's report with a quarter table, RAG letters and rate rows, the recommendation to the Committee. Traps: the scrutiny meeting's date, call-in date, callers' figure, options, earlier quarter, target, money, percent, other council, other portfolio, sub-count",
}


def write_readme(path: Path, families, truth: dict) -> None:
    by_family: dict[str, list[dict]] = {}
    for t in truth.values():
        by_family.setdefault(t["family"], []).append(t)
    rows = []
    for fam in families:
        docs = by_family.get(fam.name, [])
        fmts = ", ".join(sorted({t["format"] for t in docs}))
        what = IMITATES[fam.name] if not fam.scan_of else f"paper copies of {fam.scan_of} scanned ({fam.look})"
        rows.append(f"| {fam.name} | {what} | {fmts} | {len(docs)} |")
    formats = ", ".join(f"{k} {v}" for k, v in sorted(Counter(t["format"] for t in truth.values()).items()))
    traits = Counter(x for t in truth.values() for x in t["traits"])
    metrics = [m for t in truth.values() for m in t["metrics"]]
    layouts = {f.name for f in families if not f.scan_of}
    scanned = {f.scan_of for f in families if f.scan_of}
    path.write_text(INTRO.format(
        n=len(truth), f=len(by_family), layouts=len(layouts), scanned=len(scanned), rows="\n".join(rows),
        formats=formats, figs=len(metrics), rates=sum("rate" in m for m in metrics),
        pcts=sum(isinstance(m["value"], float) for m in metrics),
        coms=sum(len(t["commitments"]) for t in truth.values()),
        traits=", ".join(f"`{k}` {v}" for k, v in sorted(traits.items()))), encoding="utf-8")

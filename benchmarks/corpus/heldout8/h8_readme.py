"""heldout8/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 8

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout7/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it a ninth tuning set). The
templates are in `h8_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the small Word
writer `../heldout7/h7_common.py`'s; this set's wording is `h8_words.py`, its scanner
`h8_scan.py` (with the grain, specks and office look of `../heldout3/` and `../heldout4/`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout8/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout8/documents` and
`benchmarks/corpus/heldout8/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout7/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's (for an officer decision, the date of decision; for a budget book's
  portfolio statement, the Budget Council's), however written: "Thursday 12th December 2019",
  "12.12.2019", "Thu 12 Dec 2019", "11th December 2019", "10/12/2019", "10DEC19". Never it: a
  report's, run or publication date, the meeting the paper went to before, the meeting that
  delegated the power, the date the Cabinet Member was consulted, an FOI letter's date or the
  date a request was received, the next meeting, a page's modified date, upcoming events,
  a fax header's date or a scan's file name.
- A Health and Wellbeing Board paper: the 'Board sponsor' is the member. The table's latest
  quarter is the figure (earlier quarters, England and the target are not; a rate row gives the
  latest quarter's rate; a superscript note number is not part of a figure); the 'Key messages'
  box restates the same figures (the previous quarter quoted in it is not one). 'The Board is
  asked to:' items are commitments except the first (noting the report). The SWOT grid's
  numbers, the risk scores and the implications are not figures.
- An FOI response letter: dated by the Cabinet meeting the request asks about; the figures are
  the 'Figure reported' column (with the rate in brackets) and the count the Cabinet Member
  gave at the meeting; the previous quarter, the sub-count, section numbers and the cost and
  other council in the answers are not figures. The commitments are the RESOLVED (ii) (iii)
  ... items; (i), noting, is a standing resolution. The member is the one who presented the
  report; a colleague named in passing and the predecessor thanked are not.
- An intranet page: the selected tab is the latest quarter, whose figures (and rate rows)
  count; the hidden panels of earlier quarters are earlier periods, the look-alike row and the
  news of another portfolio are not figures; the weekly snapshot is a later figure. The
  accordion's (collapsed) recommendations are the commitments after the first ('note').
  The People card's Cabinet Member is the member; a commenter is not.
- A line-printer listing: everything is in capitals and the truth keeps the capitals. Section
  A's ACTUAL column is the figure ('*' provisional dropped) with the RATE column its rate; PREV
  QTR, TARGET, VAR, Section B's earlier quarters and the record counts are not figures; the
  latest weekly count in the commentary is a later figure. The commitments are R02, R03 ...;
  R01 (notes the performance) is a standing resolution.
- An officer decision: the Cabinet Member consulted is the member (the decision taker is an
  officer); the commitments are the '(i) (ii)' decisions; rejected options are not. Schedule
  1's borough total is the figure, as at its month end (the localities are sub-counts; the same
  month last year and the target are not figures).
- A Plan on a Page: the 'What we will do' items (numbered in circles) are the commitments;
  'that Cabinet notes progress' is a standing resolution. The 'Latest' column is the figure
  ("(p)" dropped), with its rate in brackets beneath; baseline and target are not; the 'Latest
  position' in the progress column is a later figure. Risk scores are not figures.
- A budget book portfolio statement: the key facts and the measures table's year-to-date
  column are the figures as at the date of the key facts heading; last year's outturn, next
  year's target, the £000 budget table, savings and growth, FTEs and the gross spend are not;
  the typed '1. 2. 3.' priorities are the commitments; 'Council is recommended to approve the
  budget' is a standing resolution.

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
    "hwb-board-cover-paper": "A Health and Wellbeing Board paper (Word, and ODT by LibreOffice): 'Agenda Item 7', a shaded cover grid ('Meeting date' as 'Thursday 12th December 2019', '12.12.2019' or 'Thu 12 Dec 2019', 'Board sponsor: Cllr T. Mahmood', purpose and strategy-theme check boxes, the paper's earlier meeting), a shaded 'Key messages (data to ...)' box of bulleted figures with rates and the previous quarter, 'The Board is asked to:' in Word's automatic numbering, a coloured SWOT grid with money, percentages, a sub-count and a neighbour, a three-quarter table with England and target columns, rate rows and a superscript note, a risk table with likelihood x impact scores, implications, 'Date of report'",
    "foi-response-letter": "A Freedom of Information response letter printed to PDF by LibreOffice: letterhead, 'Our ref: FOI-2019-01234', the letter's date and the request's, 'Question 1:' in bold with answers: the Cabinet Member who presented the report, a table of the figures reported (rates in brackets) beside the previous quarter, a count given at the meeting, the minutes' 'RESOLVED: (i) ... (ii) ...', the next meeting, a sub-count with a section 40(2) note, costs and another council, a colleague and a predecessor named, the ICO's address and phone number",
    "intranet-tabbed-page": "A staff intranet page in SharePoint-style modern-page markup: suite bar and site navigation, canvas zones and web parts, the meeting and agenda item in a text web part, the figures in tabs, one panel per quarter (earlier quarters' panels hidden in the markup, latest first or last), rate rows and status words, '(provisional)', a weekly snapshot with its rate, the recommendations in a collapsed accordion ('<ol type=a>'), People cards for the Cabinet Member and the director, upcoming meetings, news of another portfolio with its figure, views, likes, comments from a colleague, modified date",
    "line-printer-listing": "A line-printer print file from an old corporate performance system: ASA carriage-control characters in column 1, 132-column pages with a repeated header (program id, 'RUN 03/12/19 06.14.22', 'PAGE 1'), 'REPORT TO CABINET MEETING OF 10DEC19 ITEM 09', 'PORTFOLIO HOLDER: CLLR L HAMILL', everything in capitals, fixed-width indicator table (code, description cut at 50 characters, period, ACTUAL with '*', PREV QTR, TARGET, VAR, RATE, status letter), previous quarters, commentary in capitals, 'R01 ... R02 ...' recommendations, record counts",
    "officer-delegated-decision": "A record of an officer decision under delegated powers (Word): reference, decision taker (a strategic director), 'Date of decision' ('11th December 2019', '11.12.2019', weekday), the Cabinet meeting that delegated the power with its minute, 'Cabinet Member consulted: Cllr L. Hamill ... (consulted on ...)', 'I have decided: (i) to ... (ii) to ...', reasons quoting the same month last year, options A and B rejected, ward members and a colleague consulted, two signature blocks with dates, publication date, then 'Schedule 1: Position by locality' with North / Central / South, the borough total, the same month last year, target and a rate row",
    "plan-on-a-page": "A portfolio's 'Plan on a Page' progress report to Cabinet as one landscape A4 sheet (reportlab, creator PowerPoint): a green banner with the plan's year, the quarter, the meeting and agenda item, the Portfolio Holder, a quote and a signature; four columns: 'Our ambition', 'What we will do' with numbers in circles, 'How we will know' (measure, baseline last year, 'Latest (30/09/2019)' with '(p)' and the rate beneath, target, a RAG dot only as colour), 'Progress this quarter' with a later figure, a sub-count, a neighbour, another portfolio, money; a strip of key risks with likelihood x impact scores; 'that Cabinet notes progress'; version, publication date, phone",
    "budget-book-portfolio-page": "A portfolio statement from the budget book for Budget Council (Word to ODT by LibreOffice) set in two newspaper columns: 'REVENUE BUDGET AND COUNCIL TAX 2020/21', 'Appendix C', 'Portfolio Holder: Councillor ...', the holder's statement (a predecessor thanked), 'Key facts at 31 December 2019' bullets with rates, FTEs and gross spend, a subjective budget table in £000 with income in brackets, savings and growth references, a measures table (last year's outturn, the year to date with '*', next year's target), a later figure, typed '1. 2. 3.' priorities, a colleague, the holder's name and role as signature, the standing recommendation to approve the budget",
}
LOOKS = {
    "highlight": "a reader's copy with highlighter over lines, a sticky note with a handwritten query in the top margin and a coffee-cup ring (Health and Wellbeing Board papers)",
    "photo": "photographed with a phone on a desk: turned 1.6 to 3.4 degrees, keystoned, light falling off to a corner, JPEG (officer decisions)",
    "twoup": "photocopied 2 in 1, two reduced pages side by side on a landscape sheet (FOI letters)",
    "greenbar": "the listing on green-bar continuous stationery with sprocket holes and tear-off strips (line-printer listings)",
    "faxstd": "received by fax in standard mode, 204 x 98 lines an inch, greys dithered, the sender's header line with its date (budget book pages)",
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

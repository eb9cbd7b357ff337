"""heldout5/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 5

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/`, `../heldout3/`, `../heldout4/`), for the same council and `../site_config/`, with
the truth a careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents. **It is to be scored once, blind:** run the import and `score.py` on
it a single time and report that result; never look into the differences to tune on them (that
would make it a sixth tuning set). The templates are in `h5_*.py`; the report machinery (dates,
figures, members in post) is `../heldout3/h3_model.py`'s and the scanner `../heldout4/h4_scan.py`'s,
the words are this set's own (`h5_words.py`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout5/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout5/documents` and
`benchmarks/corpus/heldout5/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` (the corpus brief's), `../heldout2/README.md`, `../heldout3/README.md` and
`../heldout4/README.md`, and where this set's documents need a reading:

- `date` is the meeting's, however it is written ("4th Sept. 2019", "2019-09-04", "Wed 4/9/19",
  4.9.19). A record of a Cabinet Member's individual decision has no meeting: its 'Date of
  decision' is the date (the record's published date, the end of the call-in period and the
  date beside the signature line's 'Date:' when it differs are not). A members' bulletin's sent
  date, an Easy Read page's 'made on' and 'last updated' dates, an agenda front sheet's
  published date, the minutes of an earlier meeting, the next meeting and forthcoming meetings
  are never it.
- The member is the report's own Cabinet Member, Portfolio Holder or Lead Member (a London
  borough's 'Lead Member for ...' is the Cabinet Member of that portfolio; "Cllr Akhtar" by
  surname alone is that member); a colleague named, another portfolio's holder in a bulletin's
  news in brief and a predecessor thanked are not.
- An agenda-pack extract holds more than one item: the document's report is the Portfolio
  Holder's report; the front sheet and the other item's officer report (its recommendations,
  its numbers) are not part of it.
- A members' bulletin carries one Portfolio Holder's report to Cabinet (named in its subject);
  its 'other portfolio news in brief' items are other portfolios' and never this report's.
- A table's figure is its latest period's value: the latest quarter column, the latest financial
  year's column of a five-year trend (as of 31 March of that year), or, where the table repeats
  each indicator's row once per quarter (long format), the row for the latest period, whatever
  the rows' order; earlier periods, targets, RAG words, direction arrows (↑ ↓ ↔), London or
  England columns and the figures of earlier years are not figures. A rate in a rate column, in
  brackets after the figure or in a 'rate per ...' row under it is the latest period's rate.
- A dashboard's tiles and a bulleted list of headlines 'at' a date are figures as of that date;
  the earlier value in brackets ("(up from 540)", "Last time there were 540") is not a figure,
  and a money tile or bullet is not one. An Easy Read sentence 'That is 64.3 for every 10,000
  children' is the figure's printed rate.
- A figure marked with a letter ("1,846a", or a superscript a) explained in a footnote at the
  foot of the page is the number without its letter; so are *, (p) and a superscript 1.
- Commitments are the numbered (1), 1., lettered (a), a) or roman (i) items after a lead-in in
  the recommendations, a decision box or the member's priorities, in their own words (a first
  word in lower case stays so; ';', '; and' read as '.'). An item that only notes the report or
  its performance, and a 'That Council notes ...' recommendation, are standing resolutions.
  An Easy Read page's numbered 'We are asking Cabinet to' list and lettered 'What the councillor
  wants to do next' list are commitments.

## Families

| family | imitates | formats | documents |
|---|---|---|---|
{rows}

Formats: {formats}. Scans: every page rendered, skewed under a degree and speckled, stored as a
losslessly compressed greyscale image (16 greys at 150 dpi; the fax look black and white at 200 dpi).

Truth: {figs} figures ({rates} with a printed rate, {pcts} percentages), {coms} commitments.

## Traits

{traits}
"""

IMITATES = {
    "cabinet-member-decision-notice": "A county council's record of an individual Cabinet Member decision, printed to PDF: a grid of fields (decision maker, reference, date of decision '4th Sept. 2019' / ISO / weekday, published date, call-in deadline), a small table with the rate in brackets after each figure and an England column, a boxed DECISION panel with (1) (2) items, reasons, alternatives, conflicts of interest, a signature line",
    "lead-member-kpi-report": "A London borough's Cabinet report of a 'Lead Member': 'Classification: Unrestricted', a borderless cover table ('Wed 4/9/19'), 'The Mayor in Cabinet is recommended to' with automatic numbering, a KPI table with two quarters, direction-of-travel arrows ↑ ↓ ↔, RAG words, target and London columns and 'rate per ...' rows",
    "ph-annual-report-dashboard": "A Portfolio Holder's annual report to full Council: a foreword, a 'year at a glance' dashboard of tiles at 31 March (money tiles among them), a five-year trend table 2019/20 ... 2023/24 with rate rows, typed 1. priorities for the coming year, a signature, 'That Council notes' (ODT and Word)",
    "long-format-performance-return": "A quarterly performance return from a corporate performance system pasted into Word: ISO dates, OFFICIAL marking, (a) recommendations, a long-format table with one row per indicator per quarter (indicator, period, period end, value, rate, target, status), sorted by indicator or latest period first",
    "headline-bullets-briefing": "A Cabinet report whose figures sit in bulleted headlines ('• 552 children looked after, a rate of 64.3 per 10k (up from 540)'), with money and look-alike bullets among them, (i) recommendations and a) priorities in automatic numbering",
    "district-agenda-pack-extract": "Pages cut from a district council's Cabinet agenda pack: front sheet (date, membership, agenda, next meeting), another item's officer report with its own recommendations, then the Portfolio Holder's report with a boxed cover, (a) recommendations, a quarter table whose figures carry letters (1,846a) explained in footnotes at the foot of the page, pack page numbers and a running header",
    "easy-read-page": "An Easy Read version of a Cabinet report on the council's website: a table of pictures (alt text) and short sentences, 'That is 64.3 for every 10,000 children', 'Last time there were ...', an ordered list of what Cabinet is asked to do and a lettered list of what the councillor wants to do next, hard words, page last updated",
    "members-bulletin-text": "A weekly members' e-mail bulletin saved as plain text and hard-wrapped at 72 characters: headers, the Portfolio Holder's report to Cabinet with dash-listed figures ('- CPP: 245 (per 10,000: 41.0); previous quarter 250; target 240'), (i) recommendations and 1. priorities, then other portfolios' news in brief with their own holders and figures, and forthcoming meetings",
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

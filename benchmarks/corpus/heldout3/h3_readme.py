"""heldout3/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 3

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/`), for the same council and `../site_config/`, with the truth a careful reader
extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation and
without running it or the scoring scripts on these documents. **It is to be scored once, blind:**
run the import and `score.py` on it a single time and report that result; never look into the
differences to tune on them (that would make it a fourth tuning set). The templates are in
`h3_*.py`.

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout3/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout3/documents` and
`benchmarks/corpus/heldout3/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` (the corpus brief's) and `../heldout2/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's, however it is written (a cover that gives it in Welsh and in English
  gives one date); an e-mail's sent date, a page's published or last-updated date, a printed-on
  time, a fax header's time, a photograph's caption and the dates of other meetings (earlier
  reports, subject history, the next meeting) are never it.
- A table's figure is its latest period's value, whatever the order of its columns; where a
  'Latest' column names its own period, that period is the latest, and the quarter columns
  before it are earlier periods. A rate printed in the figure's cell, beside it, or in a rate
  row under it is that figure's rate.
- A figure stated in a sentence at a later date than the table's period is a figure too (the
  same indicator at two dates). Comparisons with earlier periods are not.
- A box or list of figures 'as at' a date: each figure is as of that date (an indicator counted
  over a month, labelled with the month, is as of the month's end, the same date).
- A briefing e-mail's figures are the briefing's own; an earlier briefing quoted below it is
  another report, and its figures are not this one's.
- A numbered point whose first sentence is a priority and whose rest is progress (the
  executive-member-report convention): the commitment is that first sentence.
- Items of a list after a lead-in are each a commitment in their own words (a first word in
  lower case stays so; ';', '; and' read as '.'); a list item that only notes the report is a
  standing resolution.

## Families

| family | formats | documents |
|---|---|---|
{rows}

Formats: {formats}.

Truth: {figs} figures ({rates} with a printed rate, {pcts} percentages), {coms} commitments.

## Traits

{traits}
"""


def write_readme(path: Path, families, truth: dict) -> None:
    by_family: dict[str, list[dict]] = {}
    for t in truth.values():
        by_family.setdefault(t["family"], []).append(t)
    rows = []
    for fam in families:
        docs = by_family.get(fam.name, [])
        fmts = ", ".join(sorted({t["format"] for t in docs}))
        rows.append(f"| {fam.name} | {fmts} | {len(docs)} |")
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

"""heldout4/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 4

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/`, `../heldout3/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents. **It is to be scored once, blind:** run the import and `score.py` on
it a single time and report that result; never look into the differences to tune on them (that
would make it a fifth tuning set). The templates are in `h4_*.py`; the report machinery (dates,
figures, members in post) is `../heldout3/h3_model.py`'s, the words are this set's own
(`h4_words.py`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout4/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout4/documents` and
`benchmarks/corpus/heldout4/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` (the corpus brief's), `../heldout2/README.md` and
`../heldout3/README.md`, and where this set's documents need a reading:

- `date` is the meeting's, however it is written (12.3.24, 12/03/2024, "Tuesday 12th March
  2024"). A news article about a report going to Cabinet gives the meeting as "Tuesday 12
  March", sometimes without the year: the year is the article's own (it is published days
  before). The article's published date, its page-updated date, a photograph's caption date,
  related news items' dates, the next meeting's date, a report's or a Markdown copy's
  generated or published date and earlier meetings (background papers, an earlier answer) are
  never it.
- The member is the report's own Cabinet/Executive Member or Portfolio Holder (a Scottish-style
  committee report's 'Lead Member', a scrutiny report's 'Cabinet Member attending', a slide
  deck's presenter, the Cabinet Member quoted in a news article); councillors who ask questions,
  a ward councillor quoted, a colleague a question is passed to and a predecessor are not.
- A table's figure is its latest period's value, whatever the order of its columns (oldest
  first or latest first); outturn, target, RAG, polarity, 'same time last year' and commentary
  columns are not figures. A rate row under a figure's row gives the latest period's rate.
- A table with a 'Data as at' column: each row's figure is as of its own row's date.
- A key-figures box, panel or slide: each figure is as of the date the box or slide gives ("at
  the end of March 2024" is 31 March 2024). A chart's data table: its latest month's value is
  the figure, as of that month's end; the axis labels and earlier months are not figures.
- A figure in a text box (a floating frame) is a figure like any other; so is a priority there.
- A Portfolio Holder's written answer to a member's question is part of the report: where it
  gives a figure for the portfolio's own indicator at a later date than the report's figures
  ("since this report was written, the figure for 29 February 2024 has become available: 221")
  that is a figure; the question's numbers, a year-earlier comparison and another portfolio's
  figure passed to a colleague are not.
- Commitments are the numbered, lettered (a), (i), R1 or bulleted items after a lead-in, in the
  recommendations or the member's priorities, in their own words (a first word in lower case
  stays so; ';', '; and' read as '.'); "The Committee is asked to approve ..." paragraphs typed
  2.2, 2.3 are each one commitment as printed. A list item that only notes the report or its
  performance is a standing resolution. Decisions a news article mentions in a sentence ("The
  report asks Cabinet to approve ... and to agree ...") are neither numbered nor lettered, and
  are not commitments; the Cabinet Member's numbered list in the article's quote is.
- A figure marked *, (p), p (on a slide) or with a footnote number ([^1] in Markdown, a
  superscript 1 elsewhere) is the number without its marker.

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
    "scottish-committee-report": "A report by an Executive Director to a service committee in the Scottish councils' style: labelled cover lines with Report No., '2. RECOMMENDATIONS' with 2.1 and (i)-(iv) items or 'The Committee is asked to ...' paragraphs, typed paragraph numbers, an Appendix 1 table (outturn, three quarters oldest- or latest-first, target, status, rate rows)",
    "slide-deck-pdf": "A member briefing deck exported from PowerPoint to PDF (16:9): title slide with the meeting, one indicator per slide in big type with its date and rate, a bar chart with axis labels and a six-month data table, priorities and recommendations slides",
    "textbox-word-report": "A Word Cabinet report whose key figures ('Key facts - at 31 January 2024') and the member's signed foreword with a) b) priorities sit in floating text boxes (VML frames) beside the body; automatic numbering",
    "news-release-page": "A council newsroom article on a CMS page: nested divs, `<br>` lines, a key-figures panel 'At the end of March 2024', the Cabinet Member quoted with a numbered list, a ward councillor quoted, notes to editors, related news and forthcoming meetings in a sidebar",
    "council-qa-report": "A Portfolio Holder's written report to full Council (running header, item 8(c)) with a headline-figures table and rates, (a) priorities, a signature, then written questions from members and the Portfolio Holder's answers",
    "markdown-export-text": "A report exported to Markdown text for an accessible-documents library: '**Label:** value' cover lines, '#' headings, a pipe table with quarters in either order and rate rows, (a) recommendations, '-' priorities, [^1] footnotes",
    "scrutiny-landscape-appendix": "An overview and scrutiny quarterly performance report printed to PDF by LibreOffice: portrait covering report, then a landscape Appendix A scorecard (ref, polarity, four quarters, target, RAG, long comments) that runs across pages with its header row repeated",
    "checkbox-cover-report": "A unitary council's Cabinet report whose cover is a grid of boxes with ticked check boxes (Key decision ☒ Yes ☐ No), R1/R2 recommendations, A. B. priorities and a performance table with a 'Data as at' column per row",
}



def write_readme(path: Path, families, truth: dict) -> None:
    by_family: dict[str, list[dict]] = {}
    for t in truth.values():
        by_family.setdefault(t["family"], []).append(t)
    rows = []
    for fam in families:
        docs = by_family.get(fam.name, [])
        fmts = ", ".join(sorted({t["format"] for t in docs}))
        rows.append(f"| {fam.name} | {IMITATES[fam.scan_of or fam.name] if not fam.scan_of else 'paper copies of ' + fam.scan_of + ' scanned (' + fam.look + ')'} | {fmts} | {len(docs)} |")
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

"""heldout6/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 6

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/`, `../heldout3/`, `../heldout4/`, `../heldout5/`), for the same council and
`../site_config/`, with the truth a careful reader extracts (`truth.json`, the same format as
`../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents. **It is to be scored once, blind:** run the import and `score.py` on
it a single time and report that result (aggregate only); never look into the differences to
tune on them (that would make it a seventh tuning set). The templates are in `h6_*.py`; the
report machinery (dates, figures, members in post) is `../heldout3/h3_model.py`'s, the office and
photocopy looks of the scanner are `../heldout4/h4_scan.py`'s with this set's marks of handling
added (`h6_scan.py`), the words are this set's own (`h6_words.py`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout6/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout6/documents` and
`benchmarks/corpus/heldout6/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` (the corpus brief's) and of `../heldout2/` ... `../heldout5/README.md`,
and where this set's documents need a reading:

- `date` is the meeting's, however it is written ("Tuesday 14th January 2020", "14.01.20",
  "14.01.2020", "January 14, 2020", "Tuesday, January 14, 2020", 14/01/2020, and in Welsh
  "Dydd Mawrth 14 Ionawr 2020" beside the English). Minutes give it in their opening line
  ('MINUTES of a meeting of the Cabinet held ... on Tuesday, 14 January 2020'). A verbal
  update's note is dated by the scrutiny panel's meeting. A report's date, a page's published
  and last-updated dates, a bulletin's published date and next edition, a note's circulated
  date, a received stamp on a scanned page, the minutes of the previous meeting, background
  papers, related meetings and the next meeting are never it.
- The member is the report's own Cabinet/Executive Member: the 'Lead Member:' of a cover
  ("Cllr. N. Farrow"), the member who presented the minuted item, the member giving the verbal
  update (however often 'Cllr Farrow' alone is used after). The Leader in the Chair, the other
  members present, a councillor asking a question, a colleague a question is passed to, other
  sections' Cabinet Members and a predecessor thanked are not.
- A parallel-text (English | Cymraeg) report is one report: a figure printed in both columns is
  one figure; the commitments are the English items (their Welsh translations are the same
  commitments, not others).
- A minutes extract: the report is the member's minuted item. Its figures are those the minute
  records for the portfolio (the earlier quarter and the target it mentions are not); its
  commitments are the items under 'RESOLVED that:' (the item noting the performance is a
  standing resolution). The previous minutes' approval, the other item (its presenter, its
  RESOLVED items) and the next meeting are not part of it.
- A figure with a Word footnote or endnote reference (a superscript number in the Word file,
  a small raised digit on paper) is the number without the marker; the notes' own text, the
  reviewers' comments and a tracked deletion are not part of the report (tracked changes are
  read as accepted: the inserted number is the figure).
- A monthly scorecard (months Apr ... Mar of the financial year as columns): each indicator's
  figure is its latest month's value, as of that month's end (months after it are blank);
  the previous year's outturn, the earlier months and the target are not figures; the cell's
  shading is its RAG status. A 'Rate per ...' row under an indicator gives the latest month's
  rate. "up 4% to 1,234" states the figure 1,234 (the 4% is not a figure).
- A performance bulletin: each indicator's figure is the latest month in its 'Figure n data'
  table (as of that month's end, "(p)" provisional marker dropped); the chart's axis labels,
  the earlier months and the 'other measures (context only)' row are not figures. A key
  point's "(per 10k: 64.3)" is the figure's printed rate.
- A council-wide Corporate Performance Report extract: only the section of the report's own
  portfolio holds its figures; the other portfolios' sections (however their indicators are
  named, even 'Complaints received' or 'Assessments completed') are context.
- A verbal-update note: the member's figures at the date given, and a later figure the member
  gives in an answer, are figures; a number in a member's question is not. The commitments are
  the member's (i) (ii) priorities; a decision mentioned in a sentence is not one, and the
  Panel's own AGREED items are the Panel's, not the member's.
- A GOV.UK-style page: the decision sought and the priorities are ordered lists (numbered by
  the browser); the contents list is navigation.

## Families

| family | imitates | formats | documents |
|---|---|---|---|
{rows}

Formats: {formats}. Scans: every page rendered, skewed under a degree, speckled and reduced to
16 greys (150 dpi; the low-resolution copies 110 dpi), stored losslessly; looks: a RECEIVED date
stamp on the first page, grey recycled paper with pen ticks and underlining, a low-resolution
scan with a handwritten margin note, and landscape pages fed the long way (stored turned).

Truth: {figs} figures ({rates} with a printed rate, {pcts} percentages), {coms} commitments.

## Traits

{traits}
"""

IMITATES = {
    "welsh-parallel-text-report": "A report as Welsh councils lay them out: English in the left column and Welsh in the right, row by row (cover fields, numbered paragraphs, (a) (b) recommendations with their Welsh translations), one bilingual performance table across the page with a Wales column and rate rows, the date in both languages, 'Page 1 of 3 / Tudalen 1 o 3' (reportlab PDF)",
    "cabinet-minutes-extract": "An extract of the Cabinet's printed minutes: the meeting line, present and apologies, minute numbers CAB/47/19, the previous minutes approved, the member's item with its figures in the minute's prose, a question from the scrutiny chair, 'RESOLVED that: (i) ... be approved;', another item with its own presenter and resolutions, the meeting closed, next meeting (Word, and PDF through LibreOffice)",
    "footnoted-word-report": "A metropolitan borough's Cabinet report in Word with Word's own footnotes on figures in the table and text, endnotes for sources, reviewers' comments and a tracked figure revision left in; 'Lead Member: Cllr. N. Farrow', dates 14.01.20, automatic (i) (ii) recommendations, a table with the same quarter last year and statistical neighbours",
    "monthly-scorecard-word": "A portrait covering report ('January 14, 2020'; (a) recommendations; highlights 'up 4% to 1,234'; automatic 1. priorities) and a landscape Appendix 1 scorecard with the financial year's months Apr ... Mar as columns (later months blank), last year's outturn and target, rate rows, RAG shown only by cell shading (Word and ODT)",
    "figure-caption-bulletin": "A portfolio performance bulletin in the style of a statistical release: key points ('(per 10k: 64.3)'), then one section per indicator with a bar or line chart, a 'Figure 3:' caption and a 'Figure 3 data' table of six months with '(p)' on the latest, a context row, i. ii. recommendations and a) b) priorities (reportlab PDF)",
    "govuk-html-report": "A report published as an accessible HTML page in the GOV.UK design system's markup: header navigation and breadcrumbs, a summary list (dl) of meeting details, a contents list, an inset 'Decision sought' panel with an ordered list, a table with a caption and the same quarter last year, a details element of data notes, published and last-updated dates, related meetings and a colleague in the sidebar",
    "verbal-update-note-text": "A scrutiny officer's plain-text note of a Cabinet Member's verbal update to a scrutiny panel: field lines, figures with dot leaders ('Children looked after ....... 552 (per 10k: 64.3)'), members' questions and the member's answers (Q./A.), a later figure in an answer, (i) (ii) priorities, the Panel AGREED (a) (b)",
    "corporate-report-section-extract": "A Cabinet Member's covering report (automatic 2.2, 2.3 recommendations, typed 1. priorities, 'The latest monthly figure, for November 2019, is ...') with Appendix A: an extract of the council-wide Corporate Performance Report holding the directorate's portfolio sections, each with its Cabinet Member and a quarter table, the member's own section among them (ODT and Word)",
}


def write_readme(path: Path, families, truth: dict) -> None:
    by_family: dict[str, list[dict]] = {}
    for t in truth.values():
        by_family.setdefault(t["family"], []).append(t)
    rows = []
    for fam in families:
        docs = by_family.get(fam.name, [])
        fmts = ", ".join(sorted({t["format"] for t in docs}))
        look = "rotated: one copy's landscape pages fed the long way, two stamped" if fam.look == "rotated" else fam.look
        what = IMITATES[fam.name] if not fam.scan_of else f"paper copies of {fam.scan_of} scanned ({look})"
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

"""heldout13/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 13

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout12/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h13_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s; this
set's page layout engine is in `h13_common.py`, its scanner `h13_scan.py` (with the grain and
specks of `../heldout3/`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout13/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout13/documents` and
`benchmarks/corpus/heldout13/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout12/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report, briefing, captions or
  update is for, however written ("Tuesday 10 December 2019", "Tuesday 10th December 2019",
  "10/12/2019", "10.12.2019", "10 December 2019"), in a Liquid include's `meeting="..."`, in a
  template's user field (its value in the field declaration and its shown result agree), in the
  captions' clerk's header. Never it: the Jekyll front matter's `date:` (publication, a week or
  so before) or `last_modified_at:`, the bulletin's issue date and its 'sent on' footer, the
  recording's upload date, Google Sites' 'Page updated', the template's revision date, the
  footnotes' extraction dates, the hidden draft's dates, the scanner's timestamps, the next
  meetings, surgeries and diary dates.
- The member is the report's own Cabinet (Executive) Member: 'Report of', 'Presented by' in the
  captions' header (the speaker), the member introducing themselves in the notes, the update's
  author in the bulletin. A predecessor thanked, a colleague named, a councillor asking a
  question in the captions are not.
- Figures are the latest quarter's, as at its end date: the table's latest quarter column ('(p)',
  '*', a superscript or a footnote number dropped) with its 'Rate per ...' row; the notes' and the
  bulletin's sentences; in the captions the figure as the captioner wrote it in digits ('1234',
  '72.4 percent'), with 'a rate of 58.1 per 10000 children' its rate; the quarter before, often
  written in words ('down from one thousand two hundred and six'), dates and item numbers said
  aloud are not figures. A later count with its own date is a
  figure as at that date. Hidden text (w:vanish: the earlier draft's values beside the shown
  ones, the paragraph of superseded draft figures) is not shown or printed and is not read: the
  truth is what is shown. The continued table's local indicators (sickness, training, vacancies,
  audit actions ...), its budget column and subtotal rows are not figures; nor are the chart's
  alt text's quarters, the Jekyll page's commented-out chart data (the oldest quarter), earlier
  quarters, targets, RAG, look-alike rows, sub-counts, other councils, other portfolios, money,
  comment numbers and phone numbers.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance or the report): the items after the first of 'That
  Cabinet:' / 'It is recommended that Cabinet:' / 'Cabinet was asked to:' / the notes' '(a) (b)
  (c)'; in the captions the clerk's 'RESOLVED - That Cabinet: (1) (2) (3)' (what the member says
  aloud is the same decisions, not more). The hidden, deleted recommendation ('approves the
  closure of ... office') is not one.
- A scanned copy is read as the paper: the torn corner and the crease are in the margin and
  across lines a reader still reads; the phone app's watermark, the staple and the moire carry
  nothing. A printed copy of the hidden-text report prints no hidden text.

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
    "notes-pages-briefing": "A PowerPoint Cabinet briefing exported to PDF as Notes Pages (creator PowerPoint for Microsoft 365): on each page the slide as a small picture at the top (its words only in the image) and the speaker's notes as text below it: the meeting, date and item and the member introducing themselves, a predecessor thanked, the figures with the quarter before, the target and the rate, a later figure, a sub-count, another council and portfolio, money, the asks '(a) (b) (c)', a colleague, the scrutiny date, a phone number; the page number at the foot",
    "hidden-text-report": "A Word report marked FINAL with hidden text left in (w:vanish): an earlier draft's value just before a shown figure in a sentence and in some table cells, a bracketed paragraph of superseded draft figures, a deleted recommendation hidden between the shown ones; a cover table; 'That Cabinet:' with typed '(a) (b) (c)'; a table whose first header row has 'Indicator', 'Target' and 'RAG' merged down two rows (vMerge) and turned to read bottom to top (btLr) and a 'Quarter ending' cell spanning three rotated quarter cells, with '(p)' or '*', rate rows, RAG, a look-alike row",
    "jekyll-markdown-export": "A portfolio report as the council's Jekyll / GitHub Pages site keeps it, saved as .txt: YAML front matter (layout, title, the publication 'date:' with time, permalink, categories, tags, redirect_from, last_modified_at), {% include %} tags (one carrying the meeting and its date), {{ page.date | date }} and {{ site.data ... }} output tags, kramdown's '{: .class}' and '{:toc}', an HTML alert div and a <details> block with markdown=\"1\", a numbered Markdown list after 'That Cabinet:', a pipe table with '(p)' or '*' and rate rows, an HTML comment of older chart data inside {% raw %}, a {% comment %}",
    "webcast-captions": "The auto-generated captions of the webcast of the member presenting the report, saved as text: the clerk's header (meeting and date, item and title, presented by, upload date, 'captions not checked', the decision as minuted: 'RESOLVED - That Cabinet: (1) (2) (3)'), then lower case without punctuation, a timestamp every three lines, the figures in digits, the quarter before often in words ('down from one hundred and eighty four'), the rate, a later figure, another council, money, the asks, a question from another councillor, 'all those in favour'",
    "google-sites-page": "The report published on a Google Sites members' portal page: generated class names, nested divs five deep round every paragraph, inline styles on spans, Google's scripts in the head, headings with ids, the recommendations in an ordered list styled lower-roman, the performance table as a CSS grid of divs with role=table/row/columnheader/rowheader/cell, an embedded Google Sheets chart as a base64 image with alt text naming the indicators and quarters, 'Page updated', 'Google Sites', 'Report abuse'",
    "continued-table-report": "A typed report to Cabinet in Times (creator Word 2016) whose 'Table 2: Performance and budget by service area' runs over three pages: 'Table 2 (continued)' at the head of each later page with the header row repeated, a grey band per service area, the portfolio's measures (with '*' and rate rows) among local indicators (sickness days, training, vacancies, audit actions ...), a budget column and a bold 'Subtotal: <area>' row per area, a commentary column; cover lines in capitals, '(i) (ii) (iii)' recommendations, 'Page n of m'",
    "template-toc-report": "A report produced from the council's LibreOffice template (HBC_Committee_Report.ott): user fields for the meeting, its date, the item and 'Report of' (text:user-field-get, values in the declarations), a template revision line, a table of contents with page numbers, a page break, numbered headings, '(i) (ii) (iii)' recommendations, a table with a footnote number on the provisional figure, footnotes with an extraction date and a population estimate's year; kept as .odt, or saved by LibreOffice as .docx (fields, TOC and footnotes as Word's)",
    "members-bulletin-email": "A 'Members' Information Bulletin' item: a one-page MailChimp-style HTML newsletter e-mail (nested 600-pixel tables, mso conditional comments, hidden preheader text, 'View this email in your browser', a logo) with the issue number and its own date, 'In this issue', the Cabinet Member's update ('my quarterly portfolio report went to Cabinet on ... (item 7)'), the figures in a list with the quarter before and the target, 'Cabinet was asked to:' in an ordered list, dates for the diary, a copyright line, 'This bulletin was sent on ...', the mailing address, unsubscribe and preferences links",
}
LOOKS = {
    "moire": "a 200 dpi colour scan of pages printed on a halftone tint: the dot screen beats into moire bands behind the letters (notes pages)",
    "torncrease": "a copy with its top right corner torn away (in the margin, the scanner lid dark behind it) and a crease across each page (hidden-text reports printed)",
    "phoneapp": "a phone scanning app's output: uneven lighting with one side in shadow, over-sharpened, 'Scanned with a free scanner app' at the foot (template reports printed)",
    "rotated5": "a stapled bundle: the staple top left, one page turned about 5 degrees as it came away from the staple (continued-table reports)",
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

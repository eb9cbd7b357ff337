"""heldout12/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 12

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout11/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h12_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the titles, decisions and
helpers `../heldout11/h11_common.py`'s, the small Word writer `../heldout7/h7_common.py`'s; this
set's page layout engine is in `h12_common.py`, its scanner `h12_scan.py` (with the grain and
specks of `../heldout3/`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout12/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout12/documents` and
`benchmarks/corpus/heldout12/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout11/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report goes to, or for the old
  web page the full Council meeting the portfolio holder reports to, however written ("Tuesday
  10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10 December
  2019"). Never it: the browser's print date and time in the top margin, the page's 'last
  updated' date, the blog post's date and its comments' dates, the archive months, the press
  release's embargo date ('EMBARGOED UNTIL 00:01 WEDNESDAY 11 DECEMBER 2019', the day of or
  after the meeting) or its 'Issued' date, the draft's version history dates and its reviewers'
  comment dates, the equality impact assessment's dates, the fax cover sheet's and fax header's
  date, report and signature dates, the next meetings and surgeries listed.
- The Word report with a cover page gives its meeting and date only in the first-page header of
  its second section (Word's 'different first page'): that header is read, as a reader of the
  printed page reads it. The cover's pictures and their alt text carry nothing.
- A blog post that says only 'On Tuesday 10th December I took my quarterly report to Cabinet'
  is dated from the post's date (posted a few days after): the Tuesday before it.
- The member is the report's own Cabinet (Executive) Member: 'Report of', the blog's author
  (signing with a first name), the quoted member in a press release, the portfolio holder on
  the old page, the 'Cabinet Member' row of the draft's cover table. A predecessor thanked and
  a colleague named are not; commenters, reviewers and the fax sender are not.
- Figures are the latest quarter's, as at its end date: the table's latest quarter column ('(p)',
  '*' and a superscript note number dropped) with its 'Rate per ...' row; the bullets of the OCR
  report's summary; the blog's and press release's sentences and notes ('... (58.1 per 10,000)';
  the previous quarter and the target in the same line are not figures). A later count in the
  text with its own date is a figure as at that date. Earlier quarters, targets, RAG, look-alike
  rows, sub-counts, other councils, other portfolios, money, the equality impact assessment's
  percentages and counts, comment numbers, the hit counter and phone numbers are not.
- The 'searchable' scanned PDF is read as the paper: its invisible OCR text layer has errors
  ('rn' for 'm', '1' for 'l' in words; one figure's digit misread in the table, the summary
  bullet above it right). The truth is what the page image says, so the same figure as the
  summary gives.
- Commitments are the decisions the report asks for (or, in the blog, that Cabinet agreed), in
  their printed words, without the standing one (noting the performance or the report): '(b)
  (c)' after 'That Cabinet:'; '(ii) (iii)' after 'It is recommended that Cabinet:'; the items
  after the first of a numbered list (the web page's, the blog's, the decision report's
  automatic numbering); the press release's 'b) c)' in the notes to editors (the decision the
  member's quote names is the same as (b), not another); the old page's '(b) (c)' after
  'Council is asked to:'. Reviewers' comments asking for wording changes are not commitments.
- A scanned copy is read as the paper: the fax cover sheet (page 1) is not part of the report;
  the carbon copy's faint lines and the low-quality JPEG's blocks hide nothing a reader cannot
  read.

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
    "browser-printed-web-page": "The council's web page for a Cabinet report printed to PDF from Chrome or Edge ('Save as PDF', producer Skia/PDF): the print date and time and the page's <title> in the top margin, its URL and '1/3' in the bottom margin; the cookie banner with its buttons, the header, search box, menu bar and breadcrumbs printed too; the report's date and agenda item, 'Report of', an 'On this page' line, 'That Cabinet:' with the browser's list numbers '1. 2. 3.', a table of three quarters and target with '(p)' or '*' and rate rows, a look-alike row, a later figure, a sub-count, another council and portfolio, 'Was this page useful?', 'Page last updated', the footer",
    "ocr-searchable-scan": "A typed Cabinet report (Times, capitals in the cover lines: 'DATE OF MEETING:', 'REPORT OF:') scanned on an office MFD to a 'searchable' PDF: a grey JPEG page image with an invisible text layer (render mode 3) over the words, as Acrobat's Paper Capture or ABBYY writes it; the text layer has OCR errors in words and one figure misread in the table (its summary bullet right); '(i) (ii) (iii)' recommendations, summary bullets with rates in brackets, a table with '*', commentary, background papers",
    "cabinet-member-blog": "A Cabinet Member's own WordPress.com blog post after the Cabinet meeting: site title and menu, 'Posted on December 12, 2019 by ...', the meeting named with its date (or only its weekday and day, the year from the post date), the figures told in the member's words with the quarter before and the rate, 'Cabinet agreed to:' in an ordered list, a ward surgery date, signed with a first name, categories and tags, 2 to 4 comments with their own names and dates, a 'Leave a Reply' form, recent posts, an archive of months and categories with counts in the sidebar, an imprint",
    "embargoed-press-release": "A press release sent to the media list as plain text: 'EMBARGOED UNTIL 00:01 WEDNESDAY 11 DECEMBER 2019', reference and issue date, a headline in capitals, the lead figure with the quarter before, quotes from the Cabinet Member (and thanks to a predecessor), 'ENDS', 'NOTES TO EDITORS' numbered: the meeting and agenda item, the figures as '- label: value* (rate); previous quarter ...; target ...', a sub-count, another council and portfolio, 'Cabinet will be asked to: a) b) c)', a colleague, the scrutiny date, the press office's phone numbers",
    "first-page-header-report": "A Word report that opens with a cover page of two photographs (each with alt text in docPr descr) and the title, then a second section with a different first page whose header alone carries 'Cabinet <tab> date <tab> Agenda Item 7' (later pages: the title); 'Report of', numbered paragraphs, 'That Cabinet:' with typed '(a) (b) (c)', a table with a superscript note or '(p)', rate rows, a look-alike row, a later figure, signature and date",
    "draft-watermark-report": "A portfolio report still in draft, written in Word and saved by LibreOffice as .odt (and, opened again, as .docx by LibreOffice): a 'DRAFT v0.3' watermark (a VML text-path shape in the header) and 'DRAFT v0.3 - NOT FOR PUBLICATION' in the header, a cover table (meeting, date, agenda item, portfolio, Cabinet Member, author, telephone), a version history table of versions, dates and authors, reviewers' comments anchored to paragraphs (with their dates), '(i) (ii) (iii)' recommendations, a table with '*', a rate in a sentence, a 'do not circulate' footer",
    "decision-report-appendices": "A key decision report in Word: a cover table (date of meeting, agenda item, portfolio and member, Forward Plan reference, wards, appendices, contact), recommendations in Word's automatic numbering, reasons, a summary figure with its rate, options rejected, implications; Appendix A on a landscape section (quarters, target, RAG, commentary, '(p)', rate rows); Appendix B back in portrait, an equality impact assessment: dates of assessment and review, a table of percentages by protected characteristic, consultation counts and percentages, a freephone number",
    "old-school-council-page": "A council web site page of the late 1990s and 2000s carrying a portfolio holder's report to full Council: HTML 4.01 Transitional from FrontPage, <font face=Verdana size=2>, <center>, a 760-pixel layout table with a left navigation column, spacer GIFs, a <noframes> notice, a hit counter ('You are visitor number 012345'), 'Best viewed at 800x600', the meeting's date in capitals under COUNCIL, numbered sections, a bordered table with a superscript note, 'Council is asked to: (a) (b) (c)', the holder's name in capitals, 'Page last updated ... by the Webmaster'",
}
LOOKS = {
    "lowjpeg": "scanned to the smallest file: grey at 150 dpi and very low JPEG quality, blocky 8x8 artefacts round the letters (printed web pages)",
    "darkcopy": "a dark photocopy: grey cast, thickened letters and toner speckle all over (decision reports with appendices, the landscape page kept landscape)",
    "faxcover": "received by fax: the sender's fax cover sheet as page 1 (To, From, Date, Pages, Re:, a confidentiality notice), the fax header line with its date on every page, black and white (draft reports)",
    "carbon": "a carbon copy: faint blue-grey letters on thin off-white paper, fuzzy strokes of uneven strength (press releases, typed in Courier)",
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

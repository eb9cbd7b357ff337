"""heldout11/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 11

{n} documents in {f} families ({layouts} house styles and paper copies of {scanned} of them) whose
house styles appear in none of the earlier sets (the tuning set `../documents/`, `../heldout/`,
`../heldout2/` ... `../heldout10/`), for the same council and `../site_config/`, with the truth a
careful reader extracts (`truth.json`, the same format as `../truth.json`).

Written without reading the importer's code (`generator/importers/`) or its documentation
(`docs/importing.md`, `docs/design.md`) or its tests, and without running it or the scoring
scripts on these documents before the one scoring run. **It is to be scored once, blind:** run
the import and the scorer on it a single time and report that result (aggregate only); never
look into the differences to tune on them (that would make it one more tuning set). The
templates are in `h11_*.py`; the report machinery (dates, figures, members in post) is
`../heldout3/h3_model.py`'s, the counted nouns `../heldout3/h3_words.py`'s, the sentences that
carry numbers which are not figures `../heldout8/h8_common.py`'s, the small Word writer
`../heldout7/h7_common.py`'s; this set's titles and decisions are in `h11_common.py`, its
scanner `h11_scan.py` (with the grain and specks of `../heldout3/`).

Regenerate (deterministic: the same bytes every run; needs LibreOffice):

    python benchmarks/corpus/heldout11/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout11/documents` and
`benchmarks/corpus/heldout11/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others (without the importer).

## Truth conventions

Those of `../README.md` and of `../heldout2/` ... `../heldout10/README.md`, and where this set's
documents need a reading:

- `date` is the meeting's: the Cabinet (Executive) meeting the report goes to, however written
  ("Tuesday 10 December 2019", "Tuesday 10th December 2019", "10/12/2019", "10.12.2019", "10/12/19"
  or "10.12.19" in an e-mail's subject). Never it: the e-mail's Date header (when it was sent) or
  its Received line, the scrutiny briefing the e-mail mentions, the web page's 'Last updated'
  date or its copyright year, the accessible version's 'made on' date, the next meetings listed,
  the booklet's 'Printed' date, a report or signature date, the meeting in the background papers.
- The member is the report's own Cabinet (Executive) Member: the 'Report of' line, the e-mail's
  sender (its From header writes 'Surname, First (Cllr)'), the booklet's foreword signatory. A
  predecessor thanked and a colleague named are not.
- Figures are the latest quarter's, as at its end date: the SmartArt graphic's numbers and the
  text boxes' 'Key fact' numbers (the same figures the paragraphs tell; the box's 'Previous
  quarter' is not one), with the rate a box gives ('That is 58.1 per 10,000 ...'); the linearised
  table's last quarter column ('*' dropped) with its 'Rate per ...' row; the e-mail's bullets
  ('... at 30 September 2019 (last quarter 540; 58.1 per 10,000)': the first number, with the
  rate); the web page's table, last quarter column (the superscript note number is not part of
  the figure) with the rate row; the landscape appendix's last quarter column ('(p)' dropped)
  with the rate row; the booklet's 'At a glance' numbers with 'that is ... per ...' as the rate
  (the table on page 5 repeats them); the ODT table's last quarter column under the merged year
  heading ('(p)' dropped) with the rate row, and the key facts frame repeating them. A later
  count in the text with its own date ('on 2 December 2019 there were ...') is a figure as at
  that date. Earlier quarters, targets, RAG, trends, look-alike rows, the alt text's earlier
  values, sub-counts, other councils, other portfolios, money and percentages of counts are not.
- Commitments are the decisions the report asks for, in their printed words, without the
  standing one (noting the performance): '(b) (c)' after 'That Cabinet:'; '(ii) (iii)' after 'It
  is recommended that Cabinet:' (typed in the text version, from the list style in the ODT);
  the e-mail's numbered '2. 3.' after 'I'll be asking Cabinet colleagues to:'; the web page's
  ordered list after 'That Cabinet:'; the PDF's '2.2 That Cabinet approves ...' (the whole
  sentence as printed); the booklet's '2. 3.' on page 7.
- The e-mail is read decoded: quoted-printable soft line breaks joined, '=20' a space,
  '=E2=80=99' an apostrophe; the HTML alternative says the same as the plain part.
- The booklet's pages are read in page order (1 to 8), not in the order the sheets hold them;
  a landscape page stored portrait with /Rotate 90 is read as displayed.
- A scanned copy is read as the paper: the page fed upside down turned back, the pages out of
  order put back in order; the black 'REDACTED' bar covers only the contact officer's name and
  telephone number (no figure, date, member or commitment).

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
    "smartart-textbox-report": "A Cabinet report in Word whose key figures sit in a SmartArt graphic ('Basic Block List': the words in word/diagrams/data1.xml with its layout, quick style, colours and drawing parts, related from the document as Word relates them) and in 'Key fact' text boxes (wps shapes in mc:AlternateContent with their VML v:textbox fallback) floating beside the text, with the rate and the previous quarter; the rest ordinary paragraphs: cover lines, 'That Cabinet:' with typed '(a) (b) (c)', a later figure, a sub-count, another council and portfolio, money, background papers",
    "accessible-text-version": "The accessible plain-text version of a Cabinet report for screen readers: 'About this version', numbered sections, '(i) (ii) (iii)' recommendations, the performance table linearised with markers ('[Table 1 begins: 5 columns, 7 rows]', 'Row 2: Children looked after; Q4 2018/19: 540; ...', '[Table 1 ends]'), '*' provisional, a rate row, a look-alike row, '[Image: Bar chart ...]' alt text with earlier values, next meetings listed, 'This version was made on ...'",
    "raw-email-qp": "A Cabinet Member's portfolio update e-mailed to the committee clerk and saved as .txt with its MIME headers (Received, From 'Surname, First (Cllr)', To, CC, Subject with the meeting's date, Thread-Index, Date, Message-ID, multipart/alternative): the plain part quoted-printable with '=20', soft line breaks '=' at line ends and '=E2=80=99' apostrophes, bullets with the latest figure, the last quarter and the rate, a look-alike line, 'At the meeting I'll be asking Cabinet colleagues to:' with numbered items, a signature with a mobile number, a disclaimer; the HTML alternative quoted-printable with its lines broken anywhere",
    "localgov-drupal-page": "The report published as a LocalGov Drupal page: skip link, header with search and main navigation, breadcrumbs, title and summary, 'On this page' contents, accordion panes (buttons with aria-expanded, hidden contents) for recommendations (an ordered list after 'That Cabinet:'), background, performance (a table with a superscript note and a rate row), financial implications and background papers, 'Last updated', a 'Was this page helpful?' form, footer with telephone and copyright year",
    "rotated-appendix-pdf": "A Cabinet report exported to PDF whose performance appendix is a landscape page stored portrait with /Rotate 90 (as Word's PDF export and printers write it): portrait cover lines and numbered paragraphs '2.1 That Cabinet notes ...', '2.2 That Cabinet approves ...', then Appendix A turned a quarter turn: quarter columns, target, RAG letter, trend, '(p)' provisional figures, rate rows, a look-alike row, RAG key",
    "booklet-pdf": "The report printed as an A5 booklet for the public gallery: eight A5 pages imposed two to a landscape A4 sheet in printing order (8|1, 2|7, 6|3, 4|5), so the file's reading order is not the booklet's: cover with the meeting's date, contents with dot leaders, the Cabinet Member's signed foreword, 'At a glance' big numbers with 'that is ... per ...', a table of quarters and targets, 'More about the quarter', 'What Cabinet is asked to do' with typed numbers, back cover with contacts and the printed date",
    "lo-outline-report": "A report written in LibreOffice Writer and saved as .odt (and .docx by LibreOffice): headings numbered by the outline numbering of the heading styles (1, 2, 4.1, 4.2 never typed), a frame holding the key facts anchored to the summary, sections (one in two columns), recommendations in a list whose style numbers them '(i) (ii) (iii)', a table with merged cells (the indicator and target headings spanning two rows, the financial year spanning its quarters, a source line across the table), '(p)' provisional, rate rows",
}
LOOKS = {
    "g4": "the usual office multifunction scan: bilevel black and white at 300 dpi, each page stored as CCITT Group 4, a slight skew and toner specks (SmartArt reports, printed by LibreOffice)",
    "coloured": "a report printed on coloured paper (pink or yellow, as exempt or late items are) and scanned in colour (LibreOffice reports)",
    "outoforder": "the pages fed out of order (page 2 before page 1) and a thick black 'REDACTED' bar over the contact officer's name and telephone number (rotated-appendix reports)",
    "upside": "one page fed upside down, the rest upright, in grey (the accessible text version printed in Courier)",
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

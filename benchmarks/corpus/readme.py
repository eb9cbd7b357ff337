"""README.md for the corpus, written by make.py from the families and the truth it just
wrote, so its tables cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# A corpus of council reports with truth

Documents laid out the way English councils' reports come out of Word, LibreOffice, agenda-pack
PDFs, committee-system web pages, `pdftotext` and office scanners, for a fictional council
(Hollinsfield Borough Council, `site_config/`), each with the truth a careful reader extracts
(`truth.json`). They were written from knowledge of real councils' templates, without reading
the importer's code or documentation and without running it: a measure of `council-archive
import` on documents it was not written from.

- `documents/` + `truth.json`: the tuning set ({n_tuning} documents, {f_tuning} families).
- `heldout/documents/` + `heldout/truth.json`: {n_heldout} documents in {f_heldout} families whose
  house styles appear nowhere in the tuning set (templates in `heldout_layouts.py`). Score on them,
  never tune on them.
- `heldout2/documents/` + `heldout2/truth.json`: a second held-out set in house styles that appear
  in neither set above, with its own generator (`heldout2/make.py`) and `heldout2/README.md`.
- `site_config/`: the council's portfolios, members with dated roles (Executive Members until May
  2017, Cabinet Members after), {n_metrics} indicators ({n_percent} in `percent`), populations.

Regenerate everything (deterministic: the same bytes every run):

    python benchmarks/corpus/make.py        # from the project root; needs LibreOffice
                                            # (libreoffice-writer-nogui) and poppler-utils

`tests/test_corpus_truth.py` checks the corpus against itself without the importer: site_config
loads cleanly, every truth metric belongs to the document's portfolio, every member held the
portfolio on the date, every rate is what the population estimate gives, every document opens
and states each value, rate, commitment and the member's name (scans: image only).

Score an import (the steps of `../shared/import-samples/run.sh`, pointed at this folder):

    w=$(mktemp -d)
    git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -C "$w" -xf -
    rm -rf "$w/content/reports" && mkdir -p "$w/content/reports"
    cp benchmarks/corpus/site_config/*.yml "$w/site_config/"
    (cd "$w" && "$OLDPWD/.venv/bin/council-archive" import "$OLDPWD/benchmarks/corpus/documents")
    .venv/bin/python ../shared/import-samples/score.py benchmarks/corpus/truth.json "$w"
    # the held-out sets: the same with heldout/documents and heldout/truth.json,
    # and with heldout2/documents and heldout2/truth.json

## Truth conventions

As `../shared/import-samples/truth.json` (plus `family`, which repeats `style`): `date` is the
meeting's; `member` the report's own executive/cabinet member however written ("Cllr B. Cooper"),
never a predecessor thanked or a councillor named in passing; `metrics` every figure stated for an
indicator of the report's own portfolio, as of the date the document gives (a table's latest
period, its end date or the date above the table; earlier periods, targets, outturns, RAG, other
councils, national averages, sub-counts, percentages of counts, money and look-alike rows are not
figures); `rate` only where printed; `commitments` the numbered or lettered recommendations or
priorities in their own words (a trailing "; and", ";" or ":" read as "."), never a lead-in, a
standing resolution ("notes the contents of this report") or anything in the implications.

## Tuning families

| family | imitates | formats | documents | traits |
|---|---|---|---|---|
{tuning_rows}

## Held-out families

Names, formats and counts only: their layouts are in `heldout_layouts.py`.

| family | formats | documents |
|---|---|---|
{heldout_rows}

## Traits

Each document's `traits` in the truth say what it exercises. Across the tuning set:

{trait_counts}
"""


def write_readme(path: Path, families, heldout_families, tuning: dict, heldout: dict, n_metrics: int,
                 n_percent: int) -> None:
    def by_family(truth: dict):
        out: dict[str, list[dict]] = {}
        for t in truth.values():
            out.setdefault(t["family"], []).append(t)
        return out

    t_by, h_by = by_family(tuning), by_family(heldout)
    rows = []
    for fam in families:
        names = [n for n in t_by if n == fam.name or (fam.name == "scanned" and n.startswith("scanned-"))]
        docs = [t for n in names for t in t_by[n]]
        formats = ", ".join(sorted({t["format"] for t in docs}))
        traits = sorted({x for t in docs for x in t["traits"]})
        rows.append(f"| {fam.name if fam.name != 'scanned' else ', '.join(sorted(names))} | {fam.imitates} | "
                    f"{formats} | {len(docs)} | {', '.join(traits)} |")
    hrows = []
    for name, docs in sorted(h_by.items()):
        hrows.append(f"| {name} | {', '.join(sorted({t['format'] for t in docs}))} | {len(docs)} |")
    counts = Counter(x for t in tuning.values() for x in t["traits"])
    trait_counts = ", ".join(f"`{k}` {v}" for k, v in sorted(counts.items()))
    path.write_text(INTRO.format(
        n_tuning=len(tuning), f_tuning=len(t_by), n_heldout=len(heldout), f_heldout=len(h_by),
        n_metrics=n_metrics, n_percent=n_percent, tuning_rows="\n".join(rows), heldout_rows="\n".join(hrows),
        trait_counts=trait_counts), encoding="utf-8")

"""heldout2/README.md, written by make.py from the families and the truth it just wrote, so the
counts cannot drift from the documents."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

INTRO = """# Held-out set 2

{n} documents in {f} families whose house styles appear in neither the tuning set
(`../documents/`) nor the first held-out set (`../heldout/`), for the same council and
`../site_config/`, with the truth a careful reader extracts (`truth.json`, the same format as
`../truth.json`). Written without reading the importer's code or documentation and without
running it. Score on it; never tune on it. The templates are in `h2_*_families.py`.

Regenerate (deterministic: the same bytes every run; needs LibreOffice and poppler-utils):

    python benchmarks/corpus/heldout2/make.py        # from the project root

Score an import: as `../README.md` says, with `benchmarks/corpus/heldout2/documents` and
`benchmarks/corpus/heldout2/truth.json`. `tests/test_corpus_truth.py` checks this set against
itself as it checks the others.

## Truth conventions

Those of `../README.md` (the corpus brief's), and where this set's documents need a reading:
a Word file's tracked changes are read as accepted (deleted words are not in the report,
inserted ones are) and its reviewers' comments are not part of it; where a table gives several
councils' columns and a combined one, the figure is Hollinsfield's; a decision session's
'Decision date' is its meeting; 'Same period last year', outturn and target columns, months not
yet reported and rows that merely contain an indicator's name are not figures; a figure marked
p, (p), r or with a footnote number is the number without its marker.

## Families

| family | formats | documents |
|---|---|---|
{rows}

Formats: {formats}.

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
    path.write_text(INTRO.format(n=len(truth), f=len(by_family), rows="\n".join(rows), formats=formats,
                                 traits=", ".join(f"`{k}` {v}" for k, v in sorted(traits.items()))),
                    encoding="utf-8")

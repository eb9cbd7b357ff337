"""The end of a batch: a table for the officer and a JSON or CSV file to sort."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections import Counter
from pathlib import Path

from .batch import Outcome

COLUMNS = ("source", "status", "draft", "suggestions", "unmatched", "reason")


def summary_table(outcomes: list[Outcome]) -> str:
    rows = [("document", "result", "draft", "suggestions", "unmatched", "reason")]
    rows += [(o.source, o.status, o.draft, str(o.suggestions), str(o.unmatched), o.reason) for o in outcomes]
    widths = [min(60, max(len(r[i]) for r in rows)) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths)) + "  " + row[5] for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def tally(outcomes: list[Outcome]) -> str:
    counts = Counter(o.status for o in outcomes)
    parts = [f"{counts[s]} {s}" for s in ("imported", "needs review", "skipped", "failed")]
    unmatched = sum(o.unmatched for o in outcomes)
    return f"{len(outcomes)} documents: " + ", ".join(parts) + f"; {unmatched} unmatched figures"


def write_summary(outcomes: list[Outcome], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    records = [dataclasses.asdict(o) for o in outcomes]
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(records)
        path.write_text(buffer.getvalue(), "utf-8")
    else:
        path.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", "utf-8")

"""Read what an officer plainly meant where YAML reads it otherwise, and say so in a note.

A figure copied from a report keeps its thousands separators ('value: 1,846'), which
YAML reads as the text '1,846'. Its meaning is clear, so it is read as 1846 and a note
names the file, line and field. Anything less clear stays an error (models.py says
which form to write)."""
from __future__ import annotations

import re

from . import catalogue as checks
from .problems import Problems, field_path
from .yamlsource import YamlDoc

# The fields that hold figures, in reports (metrics[].value, .rate) and site_config/
# (populations' estimates[].value, metrics' rate.per).
FIGURE_FIELDS = frozenset({"value", "rate", "per"})
_SEPARATED = re.compile(r"^([-+]?\d{1,3}(?:,\d{3})+)(\.\d+)?$")


def read_forgivingly(doc: YamlDoc, path: str, problems: Problems) -> None:
    """Replace each '1,846' written in a figure field by its number, with a note."""
    for loc, parent, key, text in list(_figure_texts(doc.data, ())):
        number = _separated_number(text)
        if number is None:
            continue
        parent[key] = number
        problems.report(checks.THOUSANDS_SEPARATOR,
                        path, doc.line(loc), field_path(loc), f"read '{text}' as the number {number}; "
                        f"figures are written without thousands separators, so write {number}")


def _figure_texts(data: object, loc: tuple):
    """(loc, mapping, key, text) of every text value under a figure field's name."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FIGURE_FIELDS and isinstance(value, str):
                yield loc + (key,), data, key, value
            else:
                yield from _figure_texts(value, loc + (key,))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _figure_texts(item, loc + (i,))


def _separated_number(text: str) -> int | float | None:
    match = _SEPARATED.match(text.strip())
    if match is None:
        return None
    whole, fraction = match.group(1).replace(",", ""), match.group(2)
    return float(whole + fraction) if fraction else int(whole)

"""Fields left empty in a report: what `council-archive new` leaves for the officer to
fill in, or an unfinished line. Each is an error that says what to write there."""
from __future__ import annotations

from . import catalogue as checks
from .problems import Problems, field_path
from .yamlsource import Invalid, YamlDoc

# What to write in each field a draft leaves empty, by the field's name.
WHAT_TO_WRITE = {
    "value": "write the figure as the report states it, e.g. 1846",
    "as_of": "write the date the figure speaks of, as YYYY-MM-DD",
    "update": "write what this report says of the commitment's progress, or delete the "
              "update line if the report says nothing of it",
    "member": "write the key of the member who presents the report, as in site_config/members.yml",
}


def report_empty_fields(doc: YamlDoc, path: str, problems: Problems) -> None:
    """One error per field written with nothing after it; the field is then marked as
    already reported, so the model check does not report it a second time."""
    for loc, parent, key in list(_empty_fields(doc.data, ())):
        what = WHAT_TO_WRITE.get(key, "fill it in, or delete the line")
        problems.report(checks.STILL_EMPTY, path, doc.line(loc), field_path(loc), f"still empty: {what}")
        parent[key] = Invalid("")


def _empty_fields(data: object, loc: tuple):
    if isinstance(data, dict):
        for key, value in data.items():
            if value is None:
                yield loc + (key,), data, key
            else:
                yield from _empty_fields(value, loc + (key,))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _empty_fields(item, loc + (i,))

"""Every YAML syntax error of a file in one run, as linters report them.

YAML stops at its first syntax error. To find the next, the failing line is set aside
and the text read again, up to MAX_SYNTAX_ERRORS times:

- a `field: value` line keeps its field, and its value becomes SET_ASIDE, which the
  reader turns into a value already reported (yamlsource.Invalid): the field is
  neither 'missing' nor checked again, and the fields around it are checked as usual;
- any other line (a list item in the wrong place, a tab-indented line) is blanked with
  what is indented under it. The top-level field it belongs to is then set aside as a
  whole, since what is left of it would give misleading errors of its own.

Lines are replaced in place, by text of the same number of lines, so every line number
after a set-aside line is still the file's. Each error is said once, with its hint
(an unquoted colon in text, a tab, a list item under a field that has a value)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

import yaml

from . import catalogue as checks
from .problems import Problems

MAX_SYNTAX_ERRORS = 20
SET_ASIDE = "council-archive-set-aside-after-a-syntax-error"
_FIELD_LINE = re.compile(r"^(\s*(?:-\s+)?)([^\s#'\"\-\[\]{}][^:#]*?)(:\s+|:$)(.*)$")
_TOP_KEY = re.compile(r"^([^\s#'\"\-\[\]{}][^:#]*?)\s*:(\s|$)")
_TEXT_WITH_COLON = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"]+[^:]*:\s+[^'\"\s].*:(\s|$)")


@dataclass
class Read:
    node: yaml.Node | None
    text: str  # the text read in the end: the file's, with the failing lines set aside
    damaged: set[str] = field(default_factory=set)  # top-level fields set aside as a whole
    recovered: bool = False  # lines were set aside: the text read is not the file's


def compose_recovering(text: str, path: str, problems: Problems, line_offset: int,
                       compose: Callable[[str], yaml.Node | None]) -> Read | None:
    """The node tree, every syntax error reported; None if the text cannot be read at all."""
    source = text.split("\n")
    current = list(source)
    damaged: set[str] = set()
    edited: set[int] = set()
    reported: set[int] = set()
    for _ in range(MAX_SYNTAX_ERRORS + 1):
        joined = "\n".join(current)
        try:
            return Read(compose(joined), joined, damaged, bool(edited))
        except yaml.MarkedYAMLError as exc:
            at = _line_of(exc, joined)
            if at not in reported:
                reported.add(at)
                check, message = describe_syntax_error(exc, source, at)
                problems.report(check, path, at + 1 + line_offset, "(front matter)", message)
            if len(reported) > MAX_SYNTAX_ERRORS or not _set_aside_one(exc, at, current, edited, damaged):
                return None
    return None


def _line_of(exc: yaml.MarkedYAMLError, text: str) -> int:
    """The line (from 0, counting '\\n' only) an error is said on: where YAML found it,
    or, for text left open to the end, where the open quote or bracket began."""
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and (mark is None or exc.problem == "found unexpected end of stream"):
        mark = exc.context_mark
    return text.count("\n", 0, mark.index) if mark is not None else 0


def _set_aside_one(exc: yaml.MarkedYAMLError, at: int, current: list[str], edited: set[int],
                   damaged: set[str]) -> bool:
    """Set aside the first of the lines the error names that is not set aside yet."""
    candidates = [at]
    if exc.context_mark is not None:
        opened = "\n".join(current).count("\n", 0, exc.context_mark.index)
        # an unclosed bracket or quote: the line that opened it is the one to set aside
        first = any(word in (exc.context or "") for word in ("flow", "quoted"))
        candidates = [opened, at] if first else [at, opened]
    for line in candidates:
        if 0 <= line < len(current) and line not in edited and current[line].strip():
            _set_aside_line(line, exc, current, edited, damaged)
            return True
    return False


def _set_aside_line(line: int, exc: yaml.MarkedYAMLError, current: list[str], edited: set[int],
                    damaged: set[str]) -> None:
    text = current[line]
    match = _FIELD_LINE.match(text)
    keep_field = match and match.group(4).strip() and not _indented_by_tab(text) \
        and not _is_list_item_error(exc, text)
    if keep_field:
        current[line] = f"{match.group(1)}{match.group(2)}: {SET_ASIDE}"
        edited.add(line)
        for below in _indented_under(line, current):  # a value running over several lines
            _blank(below, current, edited)
        return
    owner = _owner_line(line, current) if _is_list_item_error(exc, text) else None
    for each in [line, *_indented_under(line, current)]:
        _blank(each, current, edited)
    if _is_list_item_error(exc, text):
        # the field above it, which has a value, was meant to hold the list: its value is set
        # aside too, or it would be 'expected a list' of the same mistake
        if owner is not None and owner not in edited:
            match = _FIELD_LINE.match(current[owner])
            current[owner] = f"{match.group(1)}{match.group(2)}: {SET_ASIDE}"
            edited.add(owner)
        return
    key = _top_key_above(line, current)
    if key is not None:
        damaged.add(key)


def _blank(line: int, current: list[str], edited: set[int]) -> None:
    current[line] = ""
    edited.add(line)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def _indented_under(line: int, current: list[str]) -> list[int]:
    found, own = [], _indent(current[line])
    for below in range(line + 1, len(current)):
        text = current[below]
        if text.strip() and _indent(text) <= own:
            break
        found.append(below)
    while found and not current[found[-1]].strip():
        found.pop()
    return found


def _top_key_above(line: int, current: list[str]) -> str | None:
    for above in range(line, -1, -1):
        match = _TOP_KEY.match(current[above])
        if match:
            return match.group(1).strip()
    return None


def _indented_by_tab(text: str) -> bool:
    return "\t" in text[:_indent(text)]


def _is_list_item_error(exc: yaml.MarkedYAMLError, text: str) -> bool:
    return exc.problem == "did not find expected key" and text.lstrip().startswith("- ")


def describe_syntax_error(exc: yaml.MarkedYAMLError, source: list[str], at: int) -> tuple[checks.Check, str]:
    """The check and message of a syntax error, with the hint that fits its line."""
    what = exc.problem or exc.context or "unreadable"
    text = source[at] if at < len(source) else ""
    if "\t" in text[:_indent(text)] or (text.strip() and "\t" in text and "token" in what):
        return checks.TAB_INDENT, f"malformed YAML: {what} (a tab character: indent YAML with spaces, not tabs)"
    if what == "mapping values are not allowed in this context" and _TEXT_WITH_COLON.match(text):
        return checks.COLON_IN_TEXT, (f"malformed YAML: {what} (a colon followed by a space inside text: "
                                      "put the text in quotes)")
    if _is_list_item_error(exc, text):
        owner = _field_above(at, source)
        if owner is not None:
            return checks.LIST_ITEM_UNDER_WRONG_KEY, (
                f"malformed YAML: {what} (a list item '- ...' under '{owner}', which already has a value: "
                "indent it under the list's own field, or give the list a field of its own)")
    return checks.MALFORMED_YAML, f"malformed YAML: {what}"


def _field_above(at: int, source: list[str]) -> str | None:
    """The field of the nearest line above, at the item's indentation or less, if it has a value."""
    owner = _owner_line(at, source)
    return _FIELD_LINE.match(source[owner]).group(2).strip() if owner is not None else None


def _owner_line(at: int, lines: list[str]) -> int | None:
    """The nearest line above, at the item's indentation or less, if it is a field with a value."""
    own = _indent(lines[at])
    for above in range(at - 1, -1, -1):
        text = lines[above]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if _indent(text) <= own:
            match = _FIELD_LINE.match(text)
            return above if match and match.group(4).strip() else None
    return None

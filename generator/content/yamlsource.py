"""YAML with line numbers: every value keeps the line it was written on.

We compose YAML into nodes and build plain Python values ourselves, so that
each field's line is known, duplicate keys are caught instead of silently
overwritten, and anchors/aliases (the 'billion laughs' bomb) are refused.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from . import catalogue as checks
from .problems import Problems, field_path
from .recover import SET_ASIDE, Read, compose_recovering

# Front matter is a handful of fields; anything deeper is a mistake or an attack,
# and refusing it early keeps the recursive composer away from stack overflows.
MAX_DEPTH = 32
MAX_COMPOSE_DEPTH = 1000  # refused before composing at all (see _too_deep); libyaml crashed at ~30,000
MAX_BYTES = 256 * 1024

try:  # libyaml is ~10x faster and front matter is parsed for every report
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


YAML_TAG_PREFIX = "tag:yaml.org,2002:"
# The tags plain YAML values resolve to; any other tag was written out explicitly.
PLAIN_TAGS = frozenset(YAML_TAG_PREFIX + t for t in ("str", "int", "float", "bool", "null", "timestamp"))

_STR = "tag:yaml.org,2002:str"
ALIAS_MESSAGE = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"


@dataclass
class YamlDoc:
    """Parsed YAML plus where each value came from."""

    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)
    raw: dict[tuple, str] = field(default_factory=dict)  # scalar text as written
    first_line: int = 1
    recovered: bool = False  # read after setting aside lines with syntax errors (recover.py)

    def line(self, loc: tuple) -> int:
        """Line of the value at loc, or of its nearest ancestor that has one."""
        loc = tuple(loc)
        while loc and loc not in self.lines:
            loc = loc[:-1]
        return self.lines.get(loc, self.first_line)


class _Builder:
    def __init__(self, path: str, line_offset: int, problems: Problems, lines: "_FileLines"):
        self.path, self.offset, self.problems, self.lines = path, line_offset, problems, lines
        self.doc = YamlDoc(data=None, first_line=line_offset + 1)
        self._constructor = yaml.constructor.SafeConstructor()
        self.seen: set[int] = set()
        self.alias_reported = False

    def line_of(self, node: yaml.Node) -> int:
        return self.lines.at(node.start_mark.index) + self.offset

    def fail(self, check: checks.Check, node: yaml.Node, loc: tuple, message: str) -> None:
        self.problems.report(check, self.path, self.line_of(node), field_path(loc), message)

    def build(self, node: yaml.Node, loc: tuple, depth: int = 0) -> Any:
        if id(node) not in self.seen:
            self.doc.lines.setdefault(loc, self.line_of(node))
        if depth > MAX_DEPTH:
            self.fail(checks.TOO_DEEP, node, loc, f"nested more than {MAX_DEPTH} levels deep")
            return None
        if id(node) in self.seen:  # the composer shares one node between an anchor and its aliases
            if not self.alias_reported:  # once a file: a bomb repeats its alias thousands of times
                self.alias_reported = True
                line = self.doc.line(loc)  # the shared node's own line is the anchor's, not the alias's
                self.problems.report(checks.YAML_ALIAS, self.path, line, field_path(loc), ALIAS_MESSAGE)
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, loc, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, loc + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, loc)

    def mapping(self, node: yaml.MappingNode, loc: tuple, depth: int) -> dict:
        out: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                self.fail(checks.FIELD_NAME_NOT_PLAIN, key_node, loc, "field names must be plain words")
                continue
            key = str(key_node.value)
            if key in out:
                self.fail(checks.DUPLICATE_FIELD, key_node, loc + (key,), f"field '{key}' is given twice")
                continue
            self.doc.lines[loc + (key,)] = self.line_of(key_node)
            out[key] = self.build(value_node, loc + (key,), depth + 1)
        return out

    def scalar(self, node: yaml.ScalarNode, loc: tuple) -> Any:
        self.doc.raw[loc] = node.value
        if node.tag not in PLAIN_TAGS:  # !!binary, !!python/..., !custom: nothing an officer needs
            shown = node.tag.replace(YAML_TAG_PREFIX, "!!")
            self.fail(checks.YAML_TAG, node, loc, f"YAML tag '{shown}' is not allowed; write the plain value")
            return Invalid(node.value)
        if node.tag == _STR:  # most scalars are text: no need for the constructor
            return Invalid("") if node.value == SET_ASIDE else node.value
        try:
            value = self._constructor.construct_object(node, deep=True)
        # PyYAML's constructors fail in many ways on an explicit tag that does not
        # fit its value ('!!timestamp x' is an AttributeError, '!!bool x' a KeyError)
        except (ValueError, OverflowError, TypeError, AttributeError, KeyError, yaml.YAMLError) as exc:
            date = node.tag.endswith(":timestamp")
            self.fail(checks.IMPOSSIBLE_DATE if date else checks.IMPOSSIBLE_VALUE, node, loc,
                      f"impossible {'date' if date else 'value'} '{node.value}' ({exc})")
            return Invalid(node.value)
        if isinstance(value, float) and not math.isfinite(value):
            return value  # kept: validation says which fields need finite numbers
        return value


@dataclass(frozen=True)
class Invalid:
    """A scalar that could not be read; already reported, never published."""

    text: str


class _FileLines:
    """File line numbers by character index, counting only '\n' as an editor does.

    YAML also breaks lines at U+0085, U+2028 and U+2029 (pasted from word
    processors), so its own mark.line would drift from the line the officer sees.
    """

    def __init__(self, text: str):
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def at(self, index: int) -> int:
        return bisect.bisect_left(self.newlines, index) + 1


def _may_nest_deeper_than(text: str, depth: int) -> bool:
    """A cheap, safe bound: each nesting level opens at a '[', '{', '-', ':' or '?'
    of its own, so fewer of those than `depth` means it cannot nest that deep.
    A report has a few hundred, so the slower event scan below rarely runs."""
    return sum(text.count(ch) for ch in "[{-:?") > depth


def _too_deep(text: str) -> int | None:
    """Character index where nesting first passes MAX_COMPOSE_DEPTH, or None.

    libyaml composes nodes by recursing in C: a few thousand levels ("- - - - ...")
    overflow the C stack and kill the whole build with a segfault. Its event
    parser is not recursive, so depth is counted on the events first.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_COMPOSE_DEPTH:
                    return event.start_mark.index
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError:  # not too deep before it: composing stops at the same error
        return None
    return None


class _TooDeep(Exception):
    def __init__(self, index: int):
        self.index = index


def _compose_guarded(text: str) -> yaml.Node | None:
    """Compose, having made sure first that the C composer cannot overflow its stack."""
    if _may_nest_deeper_than(text, MAX_COMPOSE_DEPTH) and (deep_at := _too_deep(text)) is not None:
        raise _TooDeep(deep_at)
    return _compose(text)


def parse_yaml(text: str, path: str, problems: Problems, line_offset: int = 0) -> YamlDoc | None:
    """Parse one YAML document; report problems and return None when unreadable.

    After a syntax error the reading goes on, as linters do: the failing line is set
    aside (its value, or the line with what is indented under it) and the rest is read
    again, so every syntax error of the file is reported in one run (recover.py).
    line_offset is the number of file lines before `text` starts.
    """
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        problems.report(checks.FRONT_MATTER_TOO_LONG, path, line_offset + 1, "(front matter)",
                        f"longer than {MAX_BYTES // 1024} KB")
        return None
    lines = _FileLines(text)
    try:
        read = compose_recovering(text, path, problems, line_offset, _compose_guarded)
    except _TooDeep as deep:
        problems.report(checks.TOO_DEEP, path, lines.at(deep.index) + line_offset, "(front matter)",
                        f"nested more than {MAX_DEPTH} levels deep")
        return None
    except yaml.reader.ReaderError as exc:  # a control character: name its line
        line = lines.at(exc.position) + line_offset
        problems.report(checks.CONTROL_CHARACTER, path, line, "(front matter)", f"malformed YAML: {exc.reason} "
                        f"(character #x{exc.character:04x}); delete it")
        return None
    except (yaml.YAMLError, RecursionError) as exc:
        problems.report(checks.MALFORMED_YAML, path, line_offset + 1, "(front matter)", f"malformed YAML: {exc}")
        return None
    if read is None:
        return None
    builder = _Builder(path, line_offset, problems, _FileLines(read.text))
    builder.doc.data = None if read.node is None else builder.build(read.node, ())
    set_aside(builder.doc, read)
    builder.doc.recovered = read.recovered
    return builder.doc


def set_aside(doc: YamlDoc, read: Read) -> None:
    """Top-level fields set aside as a whole after a syntax error are values already
    reported (never 'missing')."""
    if read.damaged and isinstance(doc.data, dict):
        for key in read.damaged:
            doc.data[key] = Invalid("")


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()

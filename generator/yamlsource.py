"""YAML with line numbers: every value keeps the line it was written on.

We compose YAML into nodes and build plain Python values ourselves, so that
each field's line is known, duplicate keys are caught instead of silently
overwritten, and anchors/aliases (the 'billion laughs' bomb) are refused.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problems, field_path

# Front matter is a handful of fields; anything deeper is a mistake or an attack,
# and refusing it early keeps the recursive composer away from stack overflows.
MAX_DEPTH = 32
MAX_BYTES = 256 * 1024

try:  # libyaml is ~10x faster and front matter is parsed for every report
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


_STR = "tag:yaml.org,2002:str"
ALIAS_MESSAGE = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"


@dataclass
class YamlDoc:
    """Parsed YAML plus where each value came from."""

    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)
    raw: dict[tuple, str] = field(default_factory=dict)  # scalar text as written
    first_line: int = 1

    def line(self, loc: tuple) -> int:
        """Line of the value at loc, or of its nearest ancestor that has one."""
        loc = tuple(loc)
        while loc and loc not in self.lines:
            loc = loc[:-1]
        return self.lines.get(loc, self.first_line)


class _Builder:
    def __init__(self, path: str, line_offset: int, problems: Problems):
        self.path, self.offset, self.problems = path, line_offset, problems
        self.doc = YamlDoc(data=None, first_line=line_offset + 1)
        self._constructor = yaml.constructor.SafeConstructor()
        self.seen: set[int] = set()
        self.alias_reported = False

    def line_of(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.offset

    def fail(self, node: yaml.Node, loc: tuple, message: str) -> None:
        self.problems.error(self.path, self.line_of(node), field_path(loc), message)

    def build(self, node: yaml.Node, loc: tuple, depth: int = 0) -> Any:
        if id(node) not in self.seen:
            self.doc.lines.setdefault(loc, self.line_of(node))
        if depth > MAX_DEPTH:
            self.fail(node, loc, f"nested more than {MAX_DEPTH} levels deep")
            return None
        if id(node) in self.seen:  # the composer shares one node between an anchor and its aliases
            if not self.alias_reported:  # once a file: a bomb repeats its alias thousands of times
                self.alias_reported = True
                line = self.doc.lines.get(loc, self.line_of(node))
                self.problems.error(self.path, line, field_path(loc), ALIAS_MESSAGE)
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
                self.fail(key_node, loc, "field names must be plain words")
                continue
            key = str(key_node.value)
            if key in out:
                self.fail(key_node, loc + (key,), f"field '{key}' is given twice")
                continue
            self.doc.lines[loc + (key,)] = self.line_of(key_node)
            out[key] = self.build(value_node, loc + (key,), depth + 1)
        return out

    def scalar(self, node: yaml.ScalarNode, loc: tuple) -> Any:
        self.doc.raw[loc] = node.value
        if node.tag == _STR:  # most scalars are text: no need for the constructor
            return node.value
        try:
            value = self._constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError, yaml.YAMLError) as exc:
            what = "date" if node.tag.endswith(":timestamp") else "value"
            self.fail(node, loc, f"impossible {what} '{node.value}' ({exc})")
            return Invalid(node.value)
        if isinstance(value, float) and not math.isfinite(value):
            return value  # kept: validation says which fields need finite numbers
        return value


@dataclass(frozen=True)
class Invalid:
    """A scalar that could not be read; already reported, never published."""

    text: str


_BRACKET = re.compile(r"[\[\]{}]")


def _max_flow_depth(text: str) -> int:
    depth = best = 0
    for match in _BRACKET.finditer(text):  # only the brackets: this runs for every report
        ch = match.group()
        if ch in "[{":
            depth += 1
            best = max(best, depth)
        elif ch in "]}":
            depth -= 1
    return best


def parse_yaml(text: str, path: str, problems: Problems, line_offset: int = 0) -> YamlDoc | None:
    """Parse one YAML document; report problems and return None when unreadable.

    line_offset is the number of file lines before `text` starts.
    """
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        problems.error(path, line_offset + 1, "(front matter)", f"longer than {MAX_BYTES // 1024} KB")
        return None
    if _max_flow_depth(text) > MAX_DEPTH:
        problems.error(path, line_offset + 1, "(front matter)", f"nested more than {MAX_DEPTH} levels deep")
        return None
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problems.error(path, line, "(front matter)", f"malformed YAML: {_explain(exc, text, mark)}")
        return None
    except (yaml.YAMLError, RecursionError) as exc:
        problems.error(path, line_offset + 1, "(front matter)", f"malformed YAML: {exc}")
        return None
    builder = _Builder(path, line_offset, problems)
    builder.doc.data = None if node is None else builder.build(node, ())
    return builder.doc


def _explain(exc: yaml.MarkedYAMLError, text: str, mark) -> str:
    what = exc.problem or exc.context or "unreadable"
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]:
        return f"{what} (a tab character: indent YAML with spaces, not tabs)"
    return what


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()

"""Problems an officer can cause, reported like a compiler: path:line: field: message."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # worth an officer's look, never a failure (a check set to 'info')


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        label = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{self.path}:{self.line}: {self.field}: {label}{self.message}"


@dataclass
class Problems:
    """Collects every problem of a run so they are all reported at once."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int, field_: str, message: str) -> None:
        self.items.append(Problem(path, line, field_, message, Severity.ERROR))

    def warning(self, path: str, line: int, field_: str, message: str) -> None:
        self.items.append(Problem(path, line, field_, message, Severity.WARNING))

    def note(self, path: str, line: int, field_: str, message: str) -> None:
        self.items.append(Problem(path, line, field_, message, Severity.NOTE))

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.NOTE]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items), key=lambda p: (p.path, p.line, p.field, p.message))

    def __bool__(self) -> bool:
        return bool(self.items)


def suggest(name: str, known: list[str] | set[str] | dict) -> str:
    """' (did you mean 'x'?)' for the nearest known key, or ''."""
    matches = difflib.get_close_matches(str(name), sorted(known), n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


def field_path(loc: tuple) -> str:
    """('metrics', 2, 'metric') -> 'metrics[2].metric'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(front matter)"

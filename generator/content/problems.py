"""Problems an officer can cause, reported like a compiler: path:line: field: message."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
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
    code: str = ""  # its check in the catalogue (catalogue.py), e.g. CA104

    def __str__(self) -> str:
        label = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{self.path}:{self.line}: {self.field}: {label}{self.coded}"

    @property
    def coded(self) -> str:
        """'CA104 unknown metric ...': the message with its code, as every output prints it."""
        return f"{self.code} {self.message}" if self.code else self.message


@dataclass
class Problems:
    """Collects every problem of a run so they are all reported at once."""

    items: list[Problem] = field(default_factory=list)

    def report(self, check, path: str, line: int, field_: str, message: str,
               severity: Severity | None = None) -> None:
        """One problem of a check in the catalogue (catalogue.Check), at the check's severity (or
        the one given: a setting such as publish_unconfirmed_imports that says how serious it is here)."""
        self.items.append(Problem(path, line, field_, message, severity or check.severity, check.code))

    def apply_levels(self, levels: dict[str, Severity | None]) -> None:
        """site.yml `checks:` (SiteConfig.severities): each check's problems at the severity
        set for it, by code; None: off, dropped. The levels were checked against the
        catalogue when site.yml was read."""
        if not levels:
            return
        kept = []
        for problem in self.items:
            if problem.code not in levels:
                kept.append(problem)
            elif levels[problem.code] is not None:
                kept.append(replace(problem, severity=levels[problem.code]))
        self.items[:] = kept

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

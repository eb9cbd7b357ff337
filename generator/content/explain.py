"""The catalogue's entries as people read them: `council-archive explain CA104` in a terminal,
and the section of docs/officers.md made from the catalogue.

    python -m generator.content.explain docs/officers.md   # rewrite the section after a change

tests/test_catalogue.py fails when docs/officers.md differs from what this makes."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .catalogue import CHECKS, SECTIONS, Check, Level
from .problems import Severity

BEGIN = "<!-- catalogue: made by `python -m generator.content.explain docs/officers.md`; do not edit by hand -->"
END = "<!-- end of catalogue -->"
_WORDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def level_words(check: Check) -> str:
    """'error; site.yml cannot lower it' and the like."""
    own = _WORDS[check.severity]
    if not check.settable:
        return f"{own}; said once a run, not set in site.yml"
    others = [level.value for level in Level if level is not check.default_level and check.allows(level)]
    if not others:
        return f"{own}; site.yml cannot lower it"
    return f"{own}; site.yml may set it to {_or(others)}"


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _code_span(text: str) -> str:
    return f"`` {text} ``" if "`" in text else f"`{text}`"


_YAML_LINE = re.compile(r"^\s*(-\s+)?[A-Za-z_\[][\w\-\[\], ]*:(\s|$)")


def _block(text: str) -> str:
    """A fenced example: YAML where it is written as YAML, else plain text (a file's name)."""
    language = "yaml" if any(_YAML_LINE.match(line) for line in text.split("\n")) else "text"
    return f"```{language}\n{text}\n```"


def entry_markdown(check: Check) -> str:
    parts = [f"#### {check.title}", "", f"*{level_words(check)}*", "", _code_span(check.message), "",
             check.fix]
    if check.mistake:
        parts += ["", "Mistake:", "", _block(check.mistake), "", "Fix:", "", _block(check.fixed)]
    return "\n".join(parts)


def catalogue_markdown() -> str:
    out = [BEGIN, ""]
    for title, about in SECTIONS.items():
        out += [f"### {title}", "", about[0].upper() + about[1:] + ".", ""]
        for check in (c for c in CHECKS.values() if c.section == title):
            out += [entry_markdown(check), ""]
    return "\n".join(out + [END])


def entry_text(check: Check) -> str:
    """An entry for a terminal: no Markdown to read past."""
    fix = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (docs/\2)", check.fix).replace("`", "")
    parts = [f"{check.title} ({level_words(check)})", "", f"    {check.message}", "", f"What to do: {fix}"]
    if check.mistake:
        parts += ["", "Mistake:", _indent(check.mistake), "Fix:", _indent(check.fixed)]
    return "\n".join(parts)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.split("\n"))


def listing() -> str:
    """Every check, one a line: code, name, level."""
    return "\n".join(f"{c.code}  {c.name:<28} {_WORDS[c.severity]}" for c in CHECKS.values())


def with_catalogue(page: str) -> str:
    """docs/officers.md with its catalogue section made anew."""
    start, end = page.index(BEGIN), page.index(END) + len(END)
    return page[:start] + catalogue_markdown() + page[end:]


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.write_text(with_catalogue(target.read_text("utf-8")), "utf-8")
    print(f"wrote the catalogue's {len(CHECKS)} entries into {target}")

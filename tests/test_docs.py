"""Docs that cannot drift: every front-matter field and site_config/ key is in the
reference, every message an officer can meet is in the officers' guide, and every
relative link in the README and docs/ leads somewhere."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.content.config import DEFINITION_FILES
from generator.content.models import CommitmentStatement, FrontMatter, MetricReading, SiteSettings
from generator.hub.project import Council, SharedMetric

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = (DOCS / "reference.md").read_text("utf-8")
# The officers' guide, and its chapters on importing documents and on corrections
OFFICERS = "\n".join((DOCS / name).read_text("utf-8") for name in ("officers.md", "importing.md", "corrections.md",
                                                                    "hub.md"))
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def field_names(model) -> list[str]:
    names = []
    for name, info in model.model_fields.items():
        names.append(info.alias or name)
        sub = getattr(info.annotation, "__args__", (info.annotation,))
        for arg in sub:
            if isinstance(arg, type) and hasattr(arg, "model_fields") and arg not in (model,):
                names += field_names(arg)
    return names


@pytest.mark.parametrize("model", [FrontMatter, MetricReading, CommitmentStatement, SiteSettings,
                                   *DEFINITION_FILES.values()])
def test_every_field_is_documented(model):
    undocumented = [n for n in field_names(model) if not re.search(rf"`{re.escape(n)}`", REFERENCE)]
    assert undocumented == [], f"{model.__name__}: document {undocumented} in docs/reference.md"


def test_every_hub_field_is_documented():
    hub = (DOCS / "hub.md").read_text("utf-8")
    undocumented = [n for model in (Council, SharedMetric) for n in field_names(model)
                    if not re.search(rf"`{re.escape(n)}`", hub)]
    assert undocumented == [], f"document {undocumented} in docs/hub.md"


# --- messages --------------------------------------------------------------------

# Calls that make a message an officer reads: Problems.report, the YAML reader's fail(),
# and the exceptions that become messages (catalogue.Refused names its check).
MESSAGE_CALLS = {"report", "fail", "ValueError", "Refused", "PluginError"}
MESSAGE_SOURCES = ("content", "model", "mkdocs_plugin", "drafts", "importers", "hub")
SHORTEST_PIECE = 15  # shorter literal pieces ('expected', ', got ') say nothing on their own


def literal_pieces(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.split(r"\{[a-z_]*\}", node.value)  # a template for str.format: '{where} is ...'
    if isinstance(node, ast.Tuple):  # a message split over lines in brackets
        return [piece for item in node.elts for piece in literal_pieces(item)]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return literal_pieces(node.left) + literal_pieces(node.right)
    return []


def message_pieces(path: Path) -> list[tuple[int, str]]:
    """(line, the longest literal piece) of each message made in one source file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        message = None
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in MESSAGE_CALLS:
                message = node.args[0] if name.endswith("Error") and name[0].isupper() else node.args[-1]
        elif isinstance(node, ast.Assign) and any(_names_a_message(getattr(t, "id", ""), node.value)
                                                  for t in node.targets):
            message = node.value
        pieces = [p.strip(" '\"(),;:.") for p in literal_pieces(message)] if message is not None else []
        longest = max(pieces, key=len, default="")
        if len(longest) >= SHORTEST_PIECE:
            found.append((node.lineno, longest))
    return found


def _names_a_message(name: str, value: ast.AST) -> bool:
    """message = f"...", ALIAS_MESSAGE = "...", or a sentence kept in capitals (SHALLOW = "...")."""
    sentence = " ".join(literal_pieces(value)).count(" ") >= 6
    return name.lower().endswith("message") or (name.isupper() and sentence)


def all_messages() -> list[tuple[str, str]]:
    return [(f"{path.relative_to(ROOT).as_posix()}:{line}", piece)
            for wing in MESSAGE_SOURCES for path in sorted((ROOT / "generator" / wing).rglob("*.py"))
            for line, piece in message_pieces(path)]


def test_the_message_scan_finds_the_messages():
    pieces = [piece for _, piece in all_messages()]
    assert "YAML anchors and aliases (&name, *name) are not allowed; write the value out" in pieces
    assert "if this report says what became of it, add it to commitments" in pieces
    assert ("is not an ONS area code: expected a letter and eight digits, e.g. E06000002 for Middlesbrough "
            "(see the ONS Open Geography Portal") in pieces  # Refused
    assert len(pieces) >= 35


def test_every_message_is_in_the_officers_guide():
    missing = [f"{where}: {piece!r}" for where, piece in all_messages() if piece not in OFFICERS]
    assert missing == [], "list these messages, with what to do, in docs/officers.md:\n" + "\n".join(missing)


# --- links -----------------------------------------------------------------------

LINK = re.compile(r"\]\(([^)\s]+)\)|<img [^>]*src=\"([^\"]+)\"")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    return {slug(line.lstrip("#")) for line in page.read_text("utf-8").splitlines() if line.startswith("#")}


def relative_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text("utf-8"), flags=re.S)
    links = [a or b for a, b in LINK.findall(text)]
    return [link for link in links if not re.match(r"[a-z]+:", link)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(page):
    broken = []
    for link in relative_links(page):
        target, _, anchor = link.partition("#")
        path = (page.parent / target).resolve() if target else page
        if not path.exists():
            broken.append(f"{link}: no file {path.relative_to(ROOT)}")
        elif anchor and path.suffix == ".md" and anchor not in anchors(path):
            broken.append(f"{link}: no heading #{anchor} in {path.relative_to(ROOT)}")
    assert broken == []


def test_the_readme_is_a_front_door():
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    assert len(lines) < 200, f"README.md has {len(lines)} lines: keep depth in docs/"
    linked = {Path(link.partition("#")[0]).name for link in relative_links(ROOT / "README.md")}
    assert {p.name for p in DOCS.glob("*.md")} <= linked, "link every docs/ page from the README"


def test_broken_links_and_anchors_are_found(tmp_path):
    (tmp_path / "a.md").write_text("# Adding a report\n[x](b.md) [y](a.md#adding-a-report) [z](a.md#nope)\n")
    assert relative_links(tmp_path / "a.md") == ["b.md", "a.md#adding-a-report", "a.md#nope"]
    assert anchors(tmp_path / "a.md") == {"adding-a-report"}

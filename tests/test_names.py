"""Names that say where things are: every module a comment or docstring names (a path such
as `site/parts/listing.py`, or a dotted name such as `render.rate_text` or
`generator.site.render`) exists, so a comment cannot point at a module that moved; and two
modules never share a name that leaves a reader guessing which is which."""
from __future__ import annotations

import ast
import importlib
import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"
EXTENSIONS = ("py", "yml", "yaml", "md", "json", "csv", "xml", "svg", "html", "js", "css", "txt", "ics", "sha256", "png",
              "toml", "lock", "sh", "in", "pickle", "gz", "mjs")
PATH = re.compile(r"(?<![\w./-])((?:[\w-]+/)*[\w-]+\.py)\b")
DOTTED = re.compile(r"(?<![\w./-])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?:\(\))?(?![\w/-])")


def texts(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every comment and docstring in a file."""
    source = path.read_text("utf-8")
    found = [(tok.start[0], tok.string) for tok in tokenize.generate_tokens(io.StringIO(source).readline)
             if tok.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                found.append((node.body[0].lineno, doc))
    return found


def modules(package: Path) -> dict[str, list[str]]:
    """Module base name -> dotted names of the package's modules with it ('render' -> ['generator.site.render'])."""
    found: dict[str, list[str]] = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.setdefault(parts[-1], []).append(".".join(parts))
    return found


def path_exists(name: str, package: Path) -> bool:
    """A file path as comments write it: from the repository, the package or a wing, or a bare file name."""
    root = package.parent
    if "/" not in name:
        return any(package.rglob(name)) or (root / name).exists()
    return any((base / name).exists() for base in (root, package, *[p for p in package.iterdir() if p.is_dir()]))


def dotted_resolves(name: str, known: dict[str, list[str]]) -> bool:
    """A module and what it holds ('render.rate_text'), or an object named as its module's
    class is ('archive.readings': an Archive's readings, in model/archive.py)."""
    first, *rest = name.split(".")
    if first == "generator":
        return _resolves(name)
    for module in known.get(first, []):
        if _resolves(f"{module}.{'.'.join(rest)}") or _on_its_class(module, first, rest):
            return True
    return False


def _on_its_class(module: str, first: str, rest: list[str]) -> bool:
    cls = getattr(importlib.import_module(module), first.title().replace("_", ""), None)
    return isinstance(cls, type) and (hasattr(cls, rest[0]) or rest[0] in getattr(cls, "__annotations__", {}))


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            if not hasattr(obj, attr):
                return False
            obj = getattr(obj, attr)
        return True
    return False


def unresolved(package: Path) -> list[str]:
    known = modules(package)
    missing = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).as_posix()
        for line, text in texts(path):
            for name in PATH.findall(text):
                if not path_exists(name, package):
                    missing.append(f"{rel}:{line}: names {name}, which is not there")
            for name in DOTTED.findall(text):
                if name.rsplit(".", 1)[-1] in EXTENSIONS or name.split(".")[0] not in known | {"generator": []}:
                    continue
                if not dotted_resolves(name, known):
                    missing.append(f"{rel}:{line}: names {name}, which is not there")
    return missing


def test_every_module_a_comment_or_docstring_names_is_there():
    assert unresolved(PACKAGE) == []


def test_a_module_named_in_a_comment_that_moved_is_named(tmp_path, monkeypatch):
    package = tmp_path / "generator"
    (package / "site").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "site" / "__init__.py").write_text("")
    (package / "site" / "render.py").write_text('"""Rates come from render.rate_cells; see site/render.py."""\n'
                                                "# work on the other core: site/meanwhile.py\n"
                                                "def rate_text():\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in [n for n in list(__import__("sys").modules) if n == "generator" or n.startswith("generator.")]:
        monkeypatch.delitem(__import__("sys").modules, name)
    assert unresolved(package) == ["generator/site/render.py:2: names site/meanwhile.py, which is not there",
                                   "generator/site/render.py:1: names render.rate_cells, which is not there"]


def test_no_two_modules_share_a_name_that_says_nothing_of_which_is_which():
    """importers/draft.py writes an imported document's draft; the next report's drafter
    is drafts/next_report.py: a name for each, not `draft` twice."""
    shared = {name: found for name, found in modules(PACKAGE).items() if len(found) > 1}
    assert "draft" not in shared, shared["draft"]

"""The package's folders are the pipeline, and imports run one way down it:

    mkdocs_plugin -> (cli, pipeline) -> hub -> importers -> drafts -> search -> site -> model -> content

Every import counts, at module level or inside a function, so a late import cannot
hide a circle. A failure names the two modules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Highest first: a module may import its own wing and any wing below it.
ORDER = ("mkdocs_plugin", "", "hub", "importers", "drafts", "search", "site", "model", "content")  # "" is the top: cli.py, pipeline.py
WINGS = tuple(w for w in ORDER if w)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(root: Path) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def imports_of(name: str, path: Path, known: dict[str, Path]) -> list[tuple[str, int]]:
    """(module imported, line) for every import of the package's own modules in one file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:  # `from .kinds import metrics` imports the module kinds.metrics
                target = f"{base}.{alias.name}"
                found.append((target if target in known else base, node.lineno))
    root = next(iter(known)).split(".")[0]
    return [(m, line) for m, line in found if m == root or m.startswith(root + ".")]


def wing(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in WINGS) else ""


def rank(module: str) -> int:
    return len(ORDER) - ORDER.index(wing(module))


def order_problems(root: Path) -> list[str]:
    known = modules(root)
    problems = []
    for name, path in known.items():
        for target, line in imports_of(name, path, known):
            if rank(target) > rank(name):
                problems.append(f"{_where(known, name)}:{line}: {name} imports {target}: "
                                f"{wing(name) or 'the top'} may not import {wing(target) or 'the top'} "
                                f"(imports run {' -> '.join(w or 'cli/pipeline' for w in ORDER)})")
    return problems


def circles(root: Path) -> list[list[str]]:
    """Each set of modules that import one another, in a loop (Tarjan's strongly connected parts)."""
    known = modules(root)
    graph = {n: sorted({t for t, _ in imports_of(n, p, known) if t in known and t != n}) for n, p in known.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                part.append(top)
                if top == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def circle_message(part: list[str], root: Path) -> str:
    known = modules(root)
    first = part[0]
    inside = [t for t, _ in imports_of(first, known[first], known) if t in part]
    return f"import circle of {len(part)} modules: {first} imports {inside[0]}; all: {', '.join(part)}"


def _where(known: dict[str, Path], name: str) -> str:
    return known[name].relative_to(PACKAGE.parent).as_posix() if PACKAGE in known[name].parents else known[name].name


def test_imports_run_one_way_down_the_wings():
    assert order_problems(PACKAGE) == []


def test_no_import_circle():
    assert [circle_message(c, PACKAGE) for c in circles(PACKAGE)] == []


def test_only_the_adapter_imports_mkdocs():
    outside = []
    for name, path in modules(PACKAGE).items():
        if wing(name) == "mkdocs_plugin":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            outside += [f"{name} imports {n}" for n in names if n == "mkdocs" or n.startswith("mkdocs.")]
    assert outside == []


def test_the_adapter_stays_thin():
    """mkdocs_plugin/ only turns MkDocs' events into the pipeline's calls: under 300 lines in
    all (issue 25); what grows it belongs in the core."""
    lines = {p.name: len(p.read_text("utf-8").splitlines()) for p in (PACKAGE / "mkdocs_plugin").glob("*.py")}
    assert sum(lines.values()) < 300, f"mkdocs_plugin/ has {sum(lines.values())} lines: {lines}"


@pytest.mark.parametrize("folder", WINGS)
def test_every_wing_says_what_it_holds_and_may_import(folder):
    doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text("utf-8")))
    assert doc and "\n" not in doc.strip(), f"generator/{folder}/__init__.py: a one-line docstring"
    assert "import" in doc.lower(), f"generator/{folder}/__init__.py: say what the wing may import"


# --- the checks themselves catch what they are for ---------------------------------

def tiny_package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "generator"
    for rel, text in {"__init__.py": "", **{f"{w}/__init__.py": "" for w in WINGS}, **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_an_upward_import_is_named(tmp_path):
    root = tiny_package(tmp_path, {"model/series.py": "def f():\n    from ..site.render import x\n",
                                   "site/render.py": "x = 1\n"})
    assert order_problems(root) == [
        "series.py:2: generator.model.series imports generator.site.render: model may not import site "
        "(imports run mkdocs_plugin -> cli/pipeline -> hub -> importers -> drafts -> search -> site -> model -> content)"]


def test_a_circle_is_named(tmp_path):
    root = tiny_package(tmp_path, {"site/pages.py": "from . import kinds\n",
                                   "site/kinds/__init__.py": "from . import metrics\n",
                                   "site/kinds/metrics.py": "from ..pages import page_kind\n"})
    assert [circle_message(c, root) for c in circles(root)] == [
        "import circle of 3 modules: generator.site.kinds imports generator.site.kinds.metrics; "
        "all: generator.site.kinds, generator.site.kinds.metrics, generator.site.pages"]


# --- one Jinja environment, one cache, no module-level state in site/ and model/ ----------

ONE_ENVIRONMENT = "site/render.py"  # the one place a Jinja Environment is made
ONE_CACHE = "content/cache.py"  # the one cache mechanism, its store on disk included
TRANSPORT = "content/meanwhile.py"  # pickles a forked copy's result through a pipe: no store
REGISTRIES = {"site/pages.py": {"KINDS", "BLOCKS", "HEAD_STARTS"}}  # filled as kinds import, never by a build
MUTABLE_CALLS = {"dict", "list", "set", "defaultdict", "deque", "OrderedDict", "Counter", "StringIO", "BytesIO",
                 "bytearray"}
CACHING = {"lru_cache", "cache", "cached_property"}


def _files(root: Path):
    for path in sorted(root.rglob("*.py")):
        yield path.relative_to(root).as_posix(), ast.parse(path.read_text("utf-8"), str(path))


def _called(node: ast.AST) -> str | None:
    func = node.func if isinstance(node, ast.Call) else None
    return getattr(func, "id", None) or getattr(func, "attr", None)


def jinja_environments(root: Path) -> list[str]:
    return [f"{rel}:{node.lineno}" for rel, tree in _files(root) for node in ast.walk(tree)
            if _called(node) == "Environment" and rel != ONE_ENVIRONMENT]


def cache_mechanisms(root: Path) -> list[str]:
    """Anything that keeps values from one call or build to the next besides the one cache:
    functools' caches, a class named as a cache, a store pickled to disk."""
    found = []
    for rel, tree in _files(root):
        for node in ast.walk(tree):
            names = [ast.unparse(d).split("(")[0].rsplit(".", 1)[-1] for d in getattr(node, "decorator_list", [])]
            if any(name in CACHING for name in names):
                found.append(f"{rel}:{node.lineno}: {node.name} is cached by functools")
            if isinstance(node, ast.ClassDef) and "cache" in node.name.lower() and rel != ONE_CACHE:
                found.append(f"{rel}:{node.lineno}: class {node.name}")
            if _called(node) in ("dump", "dumps") and "pickle" in ast.unparse(node.func) \
                    and rel not in (ONE_CACHE, TRANSPORT):
                found.append(f"{rel}:{node.lineno}: pickles a store of its own")
    return found


def module_state(root: Path, wings=("site", "model")) -> list[str]:
    """Mutable containers held by a module (or a class body) of these wings, and `global`:
    state that would outlive one build. Constants are tuples or read-only mappings."""
    found = []
    for rel, tree in _files(root):
        if rel.split("/")[0] not in wings:
            continue
        bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        for node in (n for body in bodies for n in body):
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            value = getattr(node, "value", None)
            if target is None or value is None or not isinstance(node, (ast.Assign, ast.AnnAssign)):
                continue
            mutable = isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)) \
                or _called(value) in MUTABLE_CALLS
            if mutable and ast.unparse(target) not in REGISTRIES.get(rel, ()):
                found.append(f"{rel}:{node.lineno}: {ast.unparse(target)} is a mutable {type(value).__name__.lower()}")
        found += [f"{rel}:{n.lineno}: global {', '.join(n.names)}" for n in ast.walk(tree) if isinstance(n, ast.Global)]
    return found


def test_one_jinja_environment():
    assert jinja_environments(PACKAGE) == []


def test_one_cache_mechanism():
    assert cache_mechanisms(PACKAGE) == []


def test_no_module_level_mutable_state_in_site_or_model():
    assert module_state(PACKAGE) == []


def test_a_second_environment_cache_or_module_state_is_named(tmp_path):
    root = tiny_package(tmp_path, {
        "hub/assemble.py": "from jinja2 import Environment\nenv = Environment()\n",
        "content/load.py": "import functools\n@functools.lru_cache(maxsize=8)\ndef resolved(p):\n    return p\n",
        "site/kinds/charts.py": "import pickle\nclass ChartCache:\n    pass\ndef save(x, f):\n    pickle.dump(x, f)\n",
        "site/kinds/metrics.py": "_BUILT: dict[str, object] = {}\nclass K:\n    SEEN = []\n",
        "model/tracker.py": "def f():\n    global _LAST\n"})
    assert jinja_environments(root) == ["hub/assemble.py:2"]
    assert cache_mechanisms(root) == ["content/load.py:3: resolved is cached by functools",
                                      "site/kinds/charts.py:2: class ChartCache",
                                      "site/kinds/charts.py:5: pickles a store of its own"]
    assert module_state(root) == ["model/tracker.py:2: global _LAST",
                                  "site/kinds/metrics.py:1: _BUILT is a mutable dict",
                                  "site/kinds/metrics.py:3: SEEN is a mutable list"]

"""The house shows the flow: stages import only downwards, no cycles, small modules, public names
(the stage order is the one in the README's Layout section)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import ROOT

PKG = ROOT / "lib" / "plancompare"

#: stage of each top-level module or sub-package, lowest first (README, "Layout")
STAGES = [
    {"errors", "config", "schema", "files", "cache"},  # base: any stage may use these
    {"read"},
    {"structure"},
    {"indicators", "topics"},  # siblings: neither imports the other
    {"pipeline"},
    {"dataset"},
    {"tables"},  # notebook tables: format what the dataset holds
    {"plots"},
    {"export"},
    {"api", "notebooks", "cli", "interactive", "__main__", "__init__"},  # entry points (``__init__`` imports lazily)
]
RANK = {name: i for i, names in enumerate(STAGES) for name in names}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).with_suffix("")
        parts = ["plancompare", *rel.parts]
        if parts[-1] == "__init__" and len(parts) > 2:
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(path: Path, module: str) -> set[str]:
    """Every plancompare module ``path`` imports, at any depth (function-level imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
                   for n in ast.walk(block)}  # imports for type names only are not run
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("plancompare")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.startswith("plancompare"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_module_belongs_to_a_stage():
    assert {_stage(m) for m in _modules()} <= set(RANK)


def test_no_module_imports_from_a_higher_stage_or_a_sibling():
    modules = _modules()
    bad = []
    for module, path in modules.items():
        for target in _imports(path, module):
            if target not in modules:
                continue  # a name imported from a module, not a module
            a, b = _stage(module), _stage(target)
            if RANK[b] > RANK[a] or (RANK[b] == RANK[a] and a != b and STAGES[RANK[a]] == {"indicators", "topics"}):
                bad.append(f"{module} imports {target}")
    assert not bad, bad


def test_no_import_cycle():
    modules = _modules()
    graph = {m: {t for t in _imports(p, m) if t in modules and t != m} for m, p in modules.items()}
    # a package's __init__ re-exporting its own modules is not a cycle of the code
    for m in graph:
        graph[m] = {t for t in graph[m] if not (m.startswith(t + ".") and modules[t].name == "__init__.py")}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not cycles, cycles


def test_dataset_and_plots_never_build_or_load():
    for module, path in _modules().items():
        if _stage(module) in ("dataset", "plots"):
            imported = _imports(path, module)
            assert not {t for t in imported if t.startswith(("plancompare.api", "plancompare.pipeline.run",
                                                              "plancompare.pipeline.corpus"))}, module


def test_modules_and_functions_are_small():
    """No module over ~400 lines and no function over ~60, except where a comment says why."""
    long = []
    for path in sorted(PKG.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > 420 and "# long module:" not in text:
            long.append(f"{path.relative_to(PKG)}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                lines = text.splitlines()[node.lineno - 1:node.end_lineno]
                if n > 65 and not any("# long function:" in ln for ln in lines):
                    long.append(f"{path.relative_to(PKG)}:{node.lineno} {node.name}: {n} lines")
    assert not long, long


def test_each_sub_package_declares_its_public_names():
    for init in sorted(PKG.glob("*/__init__.py")):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        names = [t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)]
        assert "__all__" in names, init


def test_notebooks_use_only_public_names():
    private = re.compile(r"\b(?:pc|plots|ind|plancompare(?:\.\w+)*)\._\w+|from plancompare[\w.]* import [^\n]*\b_\w+")
    for nb in sorted((ROOT / "notebooks").glob("*.py")):
        text = nb.read_text(encoding="utf-8")
        assert not private.search(text), f"{nb.name}: {private.search(text).group(0)}"
        for m in re.finditer(r"from (plancompare[\w.]*) import", text):
            assert m.group(1).count(".") <= 1, f"{nb.name}: import from a stage's package, not {m.group(1)}"

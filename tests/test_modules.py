"""The package's own code, read as code."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import citekit

PACKAGE = Path(citekit.__file__).resolve().parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    """A second constant of the same name, further down a long module, silently replaces the first for every
    function that reads it: a rule's volume words ('Bd', 'Band', 'Tome') were once replaced so by another rule's.
    ruff reports a function defined twice, not a constant."""
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        if repeated := sorted(name for name, count in counts.items() if count > 1):
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}

"""Each module-level name of the kit is defined once, and the parser's modules import in order."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analyst_kit"


def _defined_names(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _reads(node: ast.stmt, name: str) -> bool:
    return any(
        isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
        for n in ast.walk(node)
    )


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_defined_twice(path):
    """A second ``_X = ...`` silently replaces the first for every function of the module (a
    bridge rule once searched with the control rules' pattern this way). Rebinding a name from
    itself (``_X = literal_starts(_X)``) is allowed."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        for name in _defined_names(node):
            if name in seen and not _reads(node, name):
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    assert not twice, f"{path.name} defines again: {', '.join(twice)}"


def test_parser_modules_import_alone():
    """Each rule module imports on its own (no import cycle between the parser's modules)."""
    from analyst_kit import _speedups

    for name in _speedups.MODULES:
        assert importlib.import_module(f"analyst_kit.{name}") is not None

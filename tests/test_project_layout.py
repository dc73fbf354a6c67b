"""The facade's parts leave SQL to storage and never import the facade that composes them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1] / "app" / "project"
PARTS = sorted(p for p in PROJECT.glob("*.py") if p.name not in {"__init__.py", "facade.py", "demo.py"})


def imported_modules(path: Path) -> set[str]:
    """Return every module a source file imports, at any level (function-level imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(PROJECT.glob("*.py")), ids=lambda p: p.name)
def test_no_sqlalchemy_in_the_facade(path):
    """Statements and row classes belong to app/storage; the facade only calls its functions."""
    bad = {m for m in imported_modules(path) if m.split(".")[0] == "sqlalchemy" or m == "app.storage.schema"}
    assert bad == set()


@pytest.mark.parametrize("path", PARTS, ids=lambda p: p.name)
def test_parts_do_not_import_the_facade(path):
    """A part reaches the whole project only through ProjectBase, so facade.py and the parts form no cycle."""
    assert {"app.project", "app.project.facade"} & imported_modules(path) == set()

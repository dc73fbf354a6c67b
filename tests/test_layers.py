"""The layers point down only: core imports neither Qt nor SQLAlchemy; storage and project import no Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app
import app.core

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {blocked!r}:
            raise ImportError('layer violation: ' + name)
sys.meta_path.insert(0, Block())
import importlib
for module in {modules!r}:
    importlib.import_module(module)
"""


def _modules(package) -> list[str]:
    """List the importable modules of a package."""
    return [
        m.name
        for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
        if "migrations" not in m.name and not m.name.endswith("__main__")
    ]


def _imports_without(modules: list[str], blocked: set[str]) -> subprocess.CompletedProcess:
    """Import modules in a fresh interpreter where the blocked packages cannot be imported."""
    code = BLOCKER.format(blocked=sorted(blocked), modules=modules)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(app.__file__).parent.parent
    )


def test_core_imports_no_qt_and_no_sqlalchemy():
    """Every app.core module imports with PySide6, SQLAlchemy and Alembic unavailable."""
    result = _imports_without(_modules(app.core), {"PySide6", "sqlalchemy", "alembic", "app.gui"})
    assert result.returncode == 0, result.stderr[-2000:]


def test_storage_project_and_cli_import_no_qt():
    """Storage, the project facade and the command line import with PySide6 unavailable."""
    modules = [m for m in _modules(app) if not m.startswith("app.gui")]
    result = _imports_without(modules, {"PySide6"})
    assert result.returncode == 0, result.stderr[-2000:]


def test_core_does_not_import_upper_layers():
    """No core module names app.storage, app.project, app.gui or app.cli in its source."""
    offenders = []
    for path in Path(app.core.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if any(
            f"from app.{layer}" in text or f"import app.{layer}" in text
            for layer in ("storage", "project", "gui", "cli")
        ):
            offenders.append(path.name)
    assert offenders == []

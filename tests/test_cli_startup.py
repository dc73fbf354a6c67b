"""The command line starts light: parsing arguments loads none of the heavy libraries."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "numpy", "openpyxl", "reportlab", "PySide6", "rapidfuzz", "yaml")

PROBE = """
import sys
from app.cli.entry import build_parser
build_parser().format_help()
print(",".join(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def test_building_the_parser_imports_no_heavy_library():
    """`thematic --help` and `--version` only need argparse: the facade loads in the commands that use it."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_version_and_help_exit_zero():
    """Both print and exit 0 without touching any project."""
    version = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("thematic ")
    helptext = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True)
    assert helptext.returncode == 0 and "import" in helptext.stdout and "report" in helptext.stdout

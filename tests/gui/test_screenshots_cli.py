"""The screenshot command reads its options with argparse: --help and mistakes write nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app.gui.screenshots", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_prints_usage_and_writes_nothing(tmp_path: Path) -> None:
    done = _run(["--help"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: python -m app.gui.screenshots")
    for option in ("OUTDIR", "--screens", "--lang", "{en,kk,ru}", "1366x768 at 200%"):
        assert option in done.stdout
    assert "--one-screen" not in done.stdout  # internal: one screen size in a child process
    assert list(tmp_path.iterdir()) == []  # no folder named --help, no PNG


def test_mistakes_are_one_usage_error_and_write_nothing(tmp_path: Path) -> None:
    missing = _run([], tmp_path)
    assert missing.returncode == 2
    assert "the following arguments are required: OUTDIR" in missing.stderr
    wrong = _run(["--lang", "de", "shots"], tmp_path)
    assert wrong.returncode == 2
    assert "invalid choice: 'de'" in wrong.stderr
    assert "Traceback" not in missing.stderr + wrong.stderr
    assert list(tmp_path.iterdir()) == []


def test_parser_reads_folder_screens_and_language(tmp_path: Path) -> None:
    from app.gui.screenshots import _parser

    args = _parser().parse_args(["--lang", "kk", "--screens", str(tmp_path / "shots")])
    assert (args.lang, args.outdir, args.screens, args.one_screen) == ("kk", tmp_path / "shots", True, False)
    assert _parser().parse_args([str(tmp_path)]).lang is None  # THEMATIC_LANG, else English

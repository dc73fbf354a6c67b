"""Without a display the window is not attempted: one line, exit code 1, never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.gui.main import NO_DISPLAY, display_available

ROOT = Path(__file__).resolve().parent.parent


def _headless_env(tmp_path) -> dict[str, str]:
    """The environment of an SSH session or a container: no X11, no Wayland, no Qt platform chosen."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["HOME"] = str(tmp_path)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


@pytest.mark.parametrize("argv", [[], ["demo"], ["project.thematic"]])
def test_the_window_without_a_display_says_one_line_and_exits_1(tmp_path, argv):
    if argv == ["project.thematic"]:
        (tmp_path / "project.thematic").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "app", *argv],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**_headless_env(tmp_path), "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 1  # SIGABRT would be -6
    assert result.stderr == NO_DISPLAY + "\n"
    assert result.stdout == ""


def test_a_display_or_an_explicit_qt_platform_counts_as_available():
    assert not display_available({}, "linux")
    assert display_available({"DISPLAY": ":0"}, "linux")
    assert display_available({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert display_available({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_available({"DISPLAY": ""}, "freebsd14")
    assert display_available({}, "win32") and display_available({}, "darwin")

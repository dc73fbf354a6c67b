"""Background tasks: results arrive on the GUI thread, progress is polled, Cancel stops the work."""

from __future__ import annotations

import threading
import time

from app.core.progress import Cancelled
from app.gui.settings import AppSettings
from app.gui.tasks import TaskRunner


def test_result_is_delivered_on_the_gui_thread(qtbot):
    """A finished task calls on_done with its result on the thread that owns the window."""
    runner = TaskRunner()
    got = []
    runner.run(
        "sum",
        lambda progress: (progress(0.5, "half"), threading.get_ident())[1],
        on_done=lambda worker: got.append((worker, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    worker, gui = got[0]
    assert worker != gui == threading.get_ident()
    runner.shutdown()


def test_cancel_stops_at_the_next_progress_report(qtbot):
    """Cancel makes the progress callback raise Cancelled; on_error receives it and the work stops early."""
    runner = TaskRunner()
    steps, errors = [], []

    def work(progress):
        for i in range(200):
            progress(i / 200, f"step {i}")
            steps.append(i)
            time.sleep(0.005)

    runner.run("long", work, on_error=errors.append)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=3000)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert isinstance(errors[0], Cancelled)
    assert len(steps) < 200
    runner.shutdown()


def test_settings_remember_recent_projects_and_coders(tmp_path):
    """Recent projects are newest first without duplicates; the coder is remembered per project."""
    a, b = tmp_path / "a.thematic", tmp_path / "b.thematic"
    a.write_bytes(b"x")
    b.write_bytes(b"x")
    settings = AppSettings(tmp_path / "s.ini")
    settings.add_recent(str(a))
    settings.add_recent(str(b))
    settings.add_recent(str(a))
    settings.set_coder_for(str(b), "Daniyar")
    again = AppSettings(tmp_path / "s.ini")
    assert again.recent_projects() == [str(a), str(b)]
    assert again.last_project() == str(a)
    assert again.coder_for(str(b)) == "Daniyar" and again.coder_for(str(a)) is None


def test_demo_flag_builds_and_opens_the_seed_demo(qtbot, tmp_path, monkeypatch):
    """`thematic demo` opens a window that builds the seed study's demo project and opens it."""
    from app.gui import demo_project
    from app.gui.main import build_window
    from app.gui.settings import AppSettings

    target = tmp_path / "demo.thematic"
    monkeypatch.setattr(demo_project, "demo_target", lambda: str(target))
    monkeypatch.setattr("app.gui.window.MainWindow._choose_coder", lambda self, *a, **k: "Aigerim")
    window = build_window(["--demo"], AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.project is not None, timeout=20_000)
    assert target.exists()
    assert len(window.project.responses()) == 108

"""Desktop responsiveness at 100,000 answers: theme key to stored-and-next-shown, and open to first paint.

Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/gui_bench.py [--answers 100000]
Each figure is compared with a naive way of doing the same in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from app.core.models import Codebook, Theme  # noqa: E402
from app.gui.responses_model import ResponsesModel  # noqa: E402
from app.gui.settings import AppSettings  # noqa: E402
from app.gui.style import apply_style  # noqa: E402
from app.gui.window import MainWindow  # noqa: E402
from app.project import Project  # noqa: E402
from app.storage.survey_store import WaveRows, insert_wave  # noqa: E402

WORDS = (
    "more advertising",
    "simpler site",
    "answer faster",
    "нужно больше рекламы",
    "жарнама керек",
    "publish the budget",
    "не знаю",
    "login is confusing for older people",
)


def build(path: str, answers: int) -> None:
    """Create a project with `answers` answers to one question, three attributes each."""
    codebook = Codebook(
        name="bench", themes=tuple(Theme(id=f"t{i}", name=f"theme {i}", position=i) for i in range(1, 10))
    )
    project = Project.create(path, title="Bench 100k", codebook=codebook)
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                file_name="bench.csv",
                checksum="bench",
                questions=[("Q1", "What do you recommend?")],
                respondents=[
                    (
                        f"r{i:06d}",
                        {
                            "age": str(18 + i % 60),
                            "sector": ["public", "private"][i % 2],
                            "district": f"d{i % 9}",
                        },
                    )
                    for i in range(answers)
                ],
                answers=[(f"r{i:06d}", "Q1", f"{WORDS[i % len(WORDS)]} #{i}") for i in range(answers)],
                blank_answers=0,
            ),
        )
    project.close()


def time_open(path: str, settings: AppSettings) -> tuple[float, MainWindow]:
    """Seconds from opening the project to the table painted once."""
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    start = time.perf_counter()
    window.open_project(path, coder="bench")
    window.workspace.table.viewport().repaint()
    window.grab()
    return time.perf_counter() - start, window


def time_naive_open(path: str) -> float:
    """Baseline: the generic facade reads (every Response record, every respondent) into the same table."""
    start = time.perf_counter()
    project = Project.open(path)
    responses = project.responses()
    decisions = project.coder_codings("bench")
    project.respondents()
    external = {r.id: r.external_id for r in responses}
    model = ResponsesModel()
    model.load([(r.id, r.respondent_id, external[r.id], r.text) for r in responses], decisions)
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    view.grab()
    elapsed = time.perf_counter() - start
    project.close()
    return elapsed


def time_key_loop(window: MainWindow, presses: int) -> list[float]:
    """Milliseconds from a theme key press to the coding stored, then J showing the next answer painted."""
    times = []
    for i in range(presses):
        start = time.perf_counter()
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{i % 9 + 1}"))
        QTest.keyClick(window, Qt.Key.Key_J)
        window.workspace.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def time_naive_key_loop(window: MainWindow, presses: int) -> list[float]:
    """Baseline: after each key, reload the whole question's answers and decisions into the table."""
    ws = window.workspace
    times = []
    for i in range(presses):
        start = time.perf_counter()
        rid = ws.current_response()[0]
        window.project.toggle(rid, f"t{i % 9 + 1}", window.coder)
        listing = window.project.response_listing(ws.question_id, window.coder)
        ws.model.load(listing.lines, listing.decisions)
        ws.move(1)
        ws.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    """Build the project, run each measurement and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--presses", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["gui-bench"])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.thematic")
        t0 = time.perf_counter()
        build(path, args.answers)
        print(f"built a {args.answers:,}-answer project in {time.perf_counter() - t0:.2f} s")
        settings = AppSettings(Path(tmp) / "settings.ini")
        open_s, window = time_open(path, settings)
        print(f"open project to first painted table: {open_s * 1000:.0f} ms (aim < 1000 ms)")
        print(
            f"  generic facade reads (responses(), respondents(), coder_codings()): {time_naive_open(path) * 1000:.0f} ms"
        )
        loop = time_key_loop(window, args.presses)
        print(
            f"theme key -> stored -> next answer shown (key + J, {args.presses} presses): "
            f"median {statistics.median(loop):.1f} ms, p90 {sorted(loop)[int(0.9 * len(loop))]:.1f} ms "
            f"(aim < 16 ms)"
        )
        stored = len(window.project.coder_codings("bench"))
        print(f"  codings stored: {stored}")
        naive = time_naive_key_loop(window, min(20, args.presses))
        print(f"  naive reload-the-table after each key: median {statistics.median(naive):.1f} ms")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

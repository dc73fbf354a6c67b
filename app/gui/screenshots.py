"""`python -m app.gui.screenshots [--screens] [--lang LANG] OUTDIR`: render the main screens of the demo project to PNG files."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.gui.settings import AppSettings  # noqa: E402
from app.gui.style import apply_style  # noqa: E402
from app.gui.window import MainWindow  # noqa: E402
from app.project.demo import build_demo_project  # noqa: E402

SIZE = (1280, 800)


def _application() -> QApplication:
    """The application, styled, in THEMATIC_LANG's language (English, with its plural forms, otherwise)."""
    from app.gui.translation import chosen_language, install_translator

    app = QApplication.instance() or QApplication(["thematic-screenshots"])
    apply_style(app)
    install_translator(app, chosen_language() if os.environ.get("THEMATIC_LANG") else "en")
    return app  # type: ignore[return-value]


def _save(widget: QWidget, path: Path) -> Path:
    """Paint a widget now and write it as PNG."""
    QApplication.processEvents()
    widget.grab().save(str(path), "PNG")
    return path


def take_screenshots(outdir: str | Path) -> list[Path]:
    """Open the demo project offscreen and write PNGs of the start, coding, codebook, review, report and import screens."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    _application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "demo-survey.thematic")
        build_demo_project(target).close()
        settings = AppSettings(Path(tmp) / "settings.ini")
        settings.add_recent(target)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        window.show_start()
        written.append(_save(window, outdir / "start.png"))
        window.open_project(target, coder="aigerim")
        ws = window.workspace
        ws.filters.question.setCurrentIndex(1)
        for row, keys in enumerate([(1,), (2,), (1, 4), (3,), (0,), (2,), (1,), (4,), (5, 3)]):
            ws.select_row(row)
            for key in keys:
                ws.mark_none() if key == 0 else ws.toggle_key(key)
        ws.select_row(10)
        ws.suggester.wait_idle()
        QApplication.processEvents()
        written.append(_save(window, outdir / "coding.png"))
        window.tabs.setCurrentWidget(window.codebook)
        window.codebook.select("demo-awareness")
        written.append(_save(window, outdir / "codebook.png"))
        written += _review_and_report(window, outdir)
        wizard = _import_wizard(window, Path(tmp))
        if wizard is not None:
            written.append(_save(wizard, outdir / "import.png"))
            wizard.close()
        window.close()
    return written


def _review_and_report(window: MainWindow, outdir: Path) -> list[Path]:
    """Open the agreement review (two disagreements settled) and the export report dialog."""
    window.open_review()
    review = window.review
    review.resize(1240, 800)
    if len(review.compared()) > 2 and window.coder in review.coder_boxes:  # the two demo coders only
        review.coder_boxes[window.coder].setChecked(False)
    deadline = time.monotonic() + 60
    while review.agreement_model.rowCount() == 0 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    review.decide(review.compared()[0])
    review.decide("union")
    review.table.setFocus()
    written = [_save(review, outdir / "review.png")]
    review.close()
    window.opener = lambda _path: None
    window.open_report_dialog()
    dialog = window.report_dialog
    for i in range(min(2, dialog.attributes.count())):
        dialog.attributes.item(i).setCheckState(Qt.CheckState.Checked)
    written.append(_save(dialog, outdir / "report.png"))
    dialog.close()
    return written


def _import_wizard(window: MainWindow, tmp: Path) -> QWidget | None:
    """Open the import wizard on a Windows-1251 semicolon file, if the survey reader is installed."""
    import importlib.util

    if importlib.util.find_spec("app.core.survey_file") is None:
        return None
    from app.gui.import_wizard import ImportWizard, sample_survey_bytes

    path = tmp / "astana-survey-wave2.csv"
    path.write_bytes(sample_survey_bytes())
    wizard = ImportWizard(window.project, window.runner, window)
    wizard.resize(980, 680)
    wizard.show()
    wizard.load_file(str(path))
    return wizard


SCREENS = ((1366, 768, 1), (1366, 768, 2), (1920, 1080, 1), (1920, 1080, 2))


def take_screen_sizes(outdir: str | Path) -> list[Path]:
    """Render the coding, codebook and suggestion review screens filling each screen of SCREENS.

    Each screen runs in its own process, because the screen size and scale are fixed when Qt starts.
    """
    import json
    import subprocess

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for width, height, scale in SCREENS:
            config = Path(tmp) / f"screen-{width}x{height}.json"
            screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96}]}))
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "QT_SCALE_FACTOR": str(scale),
            }
            out = subprocess.run(
                [sys.executable, "-m", "app.gui.screenshots", "--one-screen", str(outdir)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            written += [Path(line) for line in out.splitlines() if line.endswith(".png")]
    return written


def _one_screen(outdir: Path) -> list[Path]:
    """In a process started by take_screen_sizes: fill the screen with the window and its review dialog."""
    from app.gui.suggestion_review import open_suggestion_review

    outdir.mkdir(parents=True, exist_ok=True)
    app = _application()
    screen = app.primaryScreen()
    scale = round(screen.devicePixelRatio())
    size = screen.geometry().size()
    name = f"{size.width() * scale}x{size.height() * scale}" + (f"-{scale}x" if scale > 1 else "")
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "demo-survey.thematic")
        build_demo_project(target).close()
        window = MainWindow(AppSettings(Path(tmp) / "settings.ini"))
        window.show()
        window.setGeometry(screen.availableGeometry())
        window.open_project(target, coder="aigerim")
        ws = window.workspace
        ws.filters.question.setCurrentIndex(1)
        ws.select_row(3)
        _code_words(ws, "participate", 9)
        ws.toggle_key(1)
        ws.suggester.wait_idle()
        QApplication.processEvents()
        written.append(_save(window, outdir / f"coding-{name}.png"))
        window.tabs.setCurrentWidget(window.codebook)
        written.append(_save(window, outdir / f"codebook-{name}.png"))
        window.tabs.setCurrentWidget(ws)
        window.project.queue_suggestions("aigerim", threshold=0.4)
        review = open_suggestion_review(window, window.project, "aigerim", window.runner, lambda _c: None)
        written.append(_save(review, outdir / f"suggestion-review-{name}.png"))
        review.close()
        window.close()
    return written


def _code_words(ws, words: str, key: int) -> None:
    """Select words of the shown answer and code them with a theme key (coding stripes appear)."""
    text = ws.current_response()[3]
    start = text.find(words)
    if start >= 0:
        ws.answer.select_span(start, start + len(words))
        ws.toggle_key(key)


def _parser() -> argparse.ArgumentParser:
    """The command line: the output folder, which screens, and the interface language."""
    from app.gui.translation import LANGUAGES

    parser = argparse.ArgumentParser(
        prog="python -m app.gui.screenshots",
        description="Render the main screens of the demo project to PNG files in OUTDIR (created if missing).",
    )
    parser.add_argument("outdir", metavar="OUTDIR", type=Path, help="folder the PNG files are written to")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--screens",
        action="store_true",
        help="render the coding, codebook and suggestion review screens at "
        + ", ".join(f"{w}x{h}" + (f" at {s * 100}%%" if s > 1 else "") for w, h, s in SCREENS),
    )
    hidden = argparse.SUPPRESS  # --one-screen: one screen size, in a child process of --screens
    which.add_argument("--one-screen", action="store_true", help=hidden)
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="interface language (default: THEMATIC_LANG, else English)",
    )
    return parser


def main(argv: list[str]) -> int:
    """Write the screenshots to the folder given (--screens: at each screen size) and print their paths."""
    args = _parser().parse_args(argv)
    if args.lang:
        os.environ["THEMATIC_LANG"] = args.lang  # child processes of --screens inherit it
    if args.screens:
        paths = take_screen_sizes(args.outdir)
    elif args.one_screen:
        paths = _one_screen(args.outdir)
    else:
        paths = take_screenshots(args.outdir)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The export dialogs on the real window: a PDF report, Cancel writing nothing, coded data, the codebook."""

from __future__ import annotations

import csv
import time

from PySide6.QtCore import Qt

from app.gui import report_dialog
from app.gui.report_dialog import ReportDialog, coding_choices


def _code_some(window, coder: str, count: int) -> None:
    """Give the first `count` answers theme t1 (and every third one t2) for a coder."""
    ids = [r.id for r in window.project.responses()][:count]
    for i, rid in enumerate(ids):
        window.project.set_themes(rid, {"t1", "t2"} if i % 3 == 0 else {"t1"}, coder)


def _open_report_dialog(window, opened: list) -> ReportDialog:
    window.opener = opened.append
    window.report_action.trigger()
    return window.report_dialog


def test_report_dialog_writes_a_pdf_and_opens_it(qtbot, window, tmp_path):
    """Export with an attribute table and quotes writes a PDF at the chosen path and hands it to the viewer."""
    _code_some(window, "ann", 12)
    _code_some(window, "ben", 9)
    opened: list = []
    dialog = _open_report_dialog(window, opened)
    assert [dialog.coding.itemData(i) for i in range(dialog.coding.count())] == ["any", "ann", "ben"]
    assert [dialog.attributes.item(i).text() for i in range(dialog.attributes.count())] == ["age"]
    dialog.attributes.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.coding.setCurrentIndex(1)
    target = tmp_path / "out" / "summary"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    written = tmp_path / "out" / "summary.pdf"
    assert opened == [written]
    assert written.read_bytes()[:5] == b"%PDF-"
    assert dialog.chosen_attributes() == ["age"]


def test_cancel_while_writing_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    """Cancel during layout stops the report at its next progress step and nothing is written."""
    _code_some(window, "ann", 20)
    original = window.project.report

    def slow_report(path, *, progress, **options):
        def slowed(fraction: float, step: str) -> None:
            time.sleep(0.02)  # make the small report long enough to cancel midway
            progress(fraction, step)

        return original(path, progress=slowed, **options)

    monkeypatch.setattr(window.project, "report", slow_report)
    opened: list = []
    dialog = _open_report_dialog(window, opened)
    folder = tmp_path / "cancelled"
    folder.mkdir()
    dialog.path.setText(str(folder / "summary.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=5000)
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert list(folder.iterdir()) == [] and opened == []
    assert dialog.isVisible()  # the dialog stays for another try


def test_export_coded_data_as_long_csv(qtbot, window, tmp_path):
    """Export coded data writes one row per coding of the chosen coder in the long layout."""
    _code_some(window, "ann", 6)  # 6 answers, t1 each, t2 on answers 0 and 3 -> 8 codings
    _code_some(window, "ben", 2)
    opened: list = []
    window.opener = opened.append
    window.data_action.trigger()
    dialog = window.data_dialog
    dialog.coding.setCurrentIndex(
        [dialog.coding.itemData(i) for i in range(dialog.coding.count())].index("ann")
    )
    dialog.path.setText(str(tmp_path / "coded.csv"))
    assert dialog.long.isEnabled()
    dialog.long.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    with open(tmp_path / "coded.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 8


def test_export_codebook_pdf_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    """File ▸ Export codebook PDF writes the codebook to the chosen path."""
    target = tmp_path / "codebook"
    monkeypatch.setattr(report_dialog, "choose_save_path", lambda *_args: str(target))
    opened: list = []
    window.opener = opened.append
    window.codebook_pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened == [tmp_path / "codebook.pdf"]
    assert opened[0].read_bytes()[:5] == b"%PDF-"


def test_consensus_is_offered_once_it_exists(window):
    """The coding choices list the consensus only after a disagreement was settled."""
    rid = window.project.responses()[0].id
    window.project.set_themes(rid, {"t1"}, "ann")
    window.project.set_themes(rid, {"t2"}, "ben")
    assert "consensus" not in [v for _label, v in coding_choices(window.project)]
    window.project.adopt(rid, "ann", decided_by="ann")
    assert [v for _label, v in coding_choices(window.project)] == ["any", "ann", "ben", "consensus"]


def test_export_dialog_shows_where_the_file_went_as_links(qtbot, window, tmp_path):
    """After writing, the dialog stays and names the file as a link (and its folder), also when no viewer opened it."""
    _code_some(window, "ann", 4)
    window.opener = lambda _path: False
    window.data_action.trigger()
    dialog = window.data_dialog
    target = tmp_path / "coded.csv"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written_path is not None, timeout=20000)
    assert target.exists() and dialog.isVisible()
    text = dialog.status.text()
    assert "no viewer opened it" in text
    assert f'href="file://{target}"' in text and f'href="file://{tmp_path}"' in text
    assert dialog.status.textFormat() == Qt.TextFormat.RichText and dialog.status.openExternalLinks()
    assert dialog.cancel_button.text() == "Close"

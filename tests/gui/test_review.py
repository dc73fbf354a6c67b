"""Agreement review and merging on the real window: decisions and merged codings land in the stored project."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.gui import merge_dialog
from app.gui.review import CustomThemesDialog
from app.gui.review_models import DASH, AgreementModel
from app.gui.window import MainWindow
from app.project import Project
from app.project.agreement import CONSENSUS_CODER

# (ann's themes, ben's themes) on the first ten answers; three answers differ
CODINGS = [
    ({"t1"}, {"t1"}),
    ({"t1"}, {"t1"}),
    ({"t2"}, {"t2"}),
    ({"t1", "t2"}, {"t1"}),
    ({"t2"}, {"t2"}),
    ({"t1"}, {"t3"}),
    ({"t3"}, {"t3"}),
    ({"t2"}, {"t2"}),
    (set(), {"t2"}),
    ({"t1"}, {"t1"}),
]


def code_two_coders(path: str) -> list[str]:
    """Store CODINGS for coders ann and ben; return the response ids in order."""
    with Project.open(path) as p:
        ids = [r.id for r in p.responses()]
        for rid, (ann, ben) in zip(ids, CODINGS):
            for coder, themes in (("ann", ann), ("ben", ben)):
                p.set_themes(rid, themes, coder)
    return ids


@pytest.fixture
def coded(project_path) -> tuple[str, list[str]]:
    """The conftest project with two coders who disagree on answers 3, 5 and 8."""
    return project_path, code_two_coders(project_path)


@pytest.fixture
def review_window(qtbot, settings, coded) -> MainWindow:
    """The window open as ann (blind mode on) on the coded project."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(coded[0], coder="ann")
    return win


def _open_review(qtbot, window: MainWindow):
    window.review_action.trigger()
    dialog = window.review
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: dialog.agreement_model.rowCount() > 0, timeout=5000)
    return dialog


def test_settle_two_disagreements_by_key_and_button(qtbot, review_window, coded):
    """Key 1 adopts ann, the Union button takes both coders' themes; the consensus and progress are stored."""
    _path, ids = coded
    assert review_window.workspace.blind  # the review shows everyone even so
    dialog = _open_review(qtbot, review_window)
    assert "blind mode" in dialog.findChild(type(dialog.summary), "reviewHeader").text()
    assert dialog.model.coders == ["ann", "ben"]
    assert [r["response_id"] for r in dialog.model.rows] == [ids[3], ids[5], ids[8]]
    assert dialog.progress.text() == "0 of 3 disagreements settled"
    assert dialog.model.response_id(dialog.current_row()) == ids[3]
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    assert dialog.model.response_id(dialog.current_row()) == ids[5]  # moved to the next unsettled one
    qtbot.mouseClick(dialog.buttons_by_rule["union"], Qt.MouseButton.LeftButton)
    project = review_window.project
    assert project.coder_codings(CONSENSUS_CODER) == {
        ids[3]: frozenset({"t1", "t2"}),
        ids[5]: frozenset({"t1", "t3"}),
    }
    assert dialog.progress.text() == "2 of 3 disagreements settled"
    assert dialog.model.response_id(dialog.current_row()) == ids[8]
    settled = dialog.model.index(0, dialog.model.columnCount() - 1).data()
    assert settled == "✓ awareness, usability"
    assert project.history(1)[0].coder == "ann"  # decided by the coder at the window
    assert review_window.undo_action.text().startswith("Undo Settle answer")


def test_keys_move_and_custom_themes(qtbot, review_window, coded, monkeypatch):
    """J/K move through the list; Custom… settles with exactly the ticked themes; U settles by union."""
    _path, ids = coded
    dialog = _open_review(qtbot, review_window)
    qtbot.keyClick(dialog.table, Qt.Key.Key_J)
    qtbot.keyClick(dialog.table, Qt.Key.Key_J)
    assert dialog.current_row() == 2
    qtbot.keyClick(dialog.table, Qt.Key.Key_K)
    assert dialog.current_row() == 1

    def tick_offline(custom: CustomThemesDialog) -> int:
        for i in range(custom.list.count()):
            item = custom.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() == "offline" else Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CustomThemesDialog, "exec", tick_offline)
    qtbot.mouseClick(dialog.buttons_by_rule["custom"], Qt.MouseButton.LeftButton)
    assert review_window.project.coder_codings(CONSENSUS_CODER) == {ids[5]: frozenset({"t8"})}
    assert dialog.model.response_id(dialog.current_row()) == ids[8]
    qtbot.keyClick(dialog.table, Qt.Key.Key_U)  # ann: none applies, ben: usability
    assert review_window.project.coder_codings(CONSENSUS_CODER)[ids[8]] == frozenset({"t2"})


def test_agreement_table_values_and_undefined_statistics(qtbot, review_window, qtmodeltester):
    """Rows show the hand-counted agreement; a theme nobody used shows a dash with the reason as tooltip."""
    dialog = _open_review(qtbot, review_window)
    model: AgreementModel = dialog.agreement_model
    qtmodeltester.check(model)
    headers = model.headers()
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels[:2] == ["All themes (pooled)", "Theme sets (MASI-weighted α)"]
    row = labels.index("awareness")  # ann: answers 0,1,3,5,9; ben: 0,1,3,9 -> 9 of 10 agree
    cell = {h: model.index(row, c).data() for c, h in enumerate(headers)}
    assert cell["n"] == "10" and cell["ann"] == "5" and cell["ben"] == "4"
    assert cell["% agreement"] == "90.0%"
    # Cohen's kappa by hand: po = .9, pe = .5*.4 + .5*.6 = .5 -> .8
    assert cell["κ (Cohen)"] == "0.800"
    assert cell["α  [95% CI]"].startswith("0.8") and "[" in cell["α  [95% CI]"]
    # 10 answers are fewer than the 30 needed to judge (docs/agreement.md, "Too few to judge")
    assert cell["Interpretation"] == "κ too few to judge · α too few to judge" and cell["Warnings"] == ""
    unused = labels.index("privacy")
    kappa = model.index(unused, headers.index("κ (Cohen)"))
    assert kappa.data() == DASH
    assert kappa.data(Qt.ItemDataRole.ToolTipRole)  # the reason it is undefined
    masi = model.index(1, headers.index("α  [95% CI]")).data()
    assert masi != DASH and "[" in masi


def test_unticking_a_coder_leaves_nothing_to_compare(qtbot, review_window):
    """With one coder ticked the review says so instead of computing."""
    dialog = _open_review(qtbot, review_window)
    dialog.coder_boxes["ben"].setChecked(False)
    assert dialog.agreement_model.rowCount() == 0 and dialog.model.rowCount() == 0
    assert "two coders" in dialog.summary.text()


def test_merge_action_brings_in_a_coders_work(qtbot, review_window, coded, tmp_path, monkeypatch):
    """File ▸ Merge: cem's codings from a copy of the project arrive, and the summary counts them."""
    path, ids = coded
    other = tmp_path / "cem.thematic"
    shutil.copy(path, other)
    with Project.open(other) as p:
        p.set_themes(ids[0], {"t4"}, "cem")
        p.set_themes(ids[1], set(), "cem")
        p.set_memo(ids[0], "cem", "mentions the app by name")
    monkeypatch.setattr(merge_dialog, "choose_project_file", lambda _parent, _start: str(other))
    review_window.merge_action.trigger()
    qtbot.waitUntil(lambda: getattr(review_window, "merge_summary", None) is not None, timeout=5000)
    assert review_window.project.coder_codings("cem") == {ids[0]: frozenset({"t4"}), ids[1]: frozenset()}
    assert [m.text for m in review_window.project.memos(ids[0]) if m.coder == "cem"] == [
        "mentions the app by name"
    ]
    summary = review_window.merge_summary.summary.text()
    assert "1 codings" in summary and "1 “no theme applies”" in summary and "1 memos" in summary

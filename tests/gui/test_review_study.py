"""The agreement review as a study reports it: categorical row, coders apart, level of themes, diagnosis."""

from __future__ import annotations

import os

import pytest

from app.gui.diagnosis_dialog import DiagnosisDialog
from app.gui.review_models import AgreementModel
from app.gui.window import MainWindow
from app.project import Project


@pytest.fixture
def single_theme_window(qtbot, settings, project_path) -> MainWindow:
    """ann and ben give each of 30 answers one theme (3 differ); cem coded 2 answers."""
    with Project.open(project_path) as p:
        ids = [r.id for r in p.responses()]
        for i, rid in enumerate(ids):
            theme = "t1" if i % 2 else "t2"
            p.set_themes(rid, [theme], "ann")
            p.set_themes(rid, ["t3"] if i < 3 else [theme], "ben")
            if i < 2:
                p.set_themes(rid, [theme], "cem")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(project_path, coder="ann")
    return win


def test_review_shows_categorical_row_and_leaves_a_sparse_coder_apart(qtbot, single_theme_window, tmp_path):
    """cem (2 answers) starts unticked with a warning colour; the first row is the categorical agreement."""
    single_theme_window.review_action.trigger()
    dialog = single_theme_window.review
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.agreement_model.rowCount() > 0, timeout=10000)
    assert dialog.coder_boxes["cem"].text() == "cem (2)" and not dialog.coder_boxes["cem"].isChecked()
    assert dialog.coder_boxes["ann"].isChecked() and dialog.compared() == ["ann", "ben"]
    model: AgreementModel = dialog.agreement_model
    headers = model.headers()
    assert model.index(0, 0).data() == "One category per answer (single-choice)"
    assert model.index(0, headers.index("n")).data() == "30"
    assert model.index(0, headers.index("% agreement")).data() == "90.0%"  # 27 of 30 by hand
    summary = dialog.summary.text()
    assert "30 answers decided by two or more of ann, ben" in summary
    assert "unit: answer" in summary and "Not ticked, far fewer answers: cem." in summary
    assert dialog.progress.text() == "0 of 3 disagreements settled"
    if os.environ.get("THEMATIC_SHOTS"):
        dialog.grab().save(str(tmp_path / "review.png"))
    dialog.level.setCurrentIndex(dialog.level.findData("top"))
    qtbot.waitUntil(lambda: dialog.study is not None and dialog.study.level == "top", timeout=10000)
    dialog.coder_boxes["cem"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.study is not None and "cem" in dialog.study.coders, timeout=10000)
    assert "far fewer than ann (30); included as chosen" in dialog.summary.text()


def test_diagnosis_window_lists_confusions(qtbot, single_theme_window):
    """Codebook diagnosis… opens a window with the confusions between ann and ben."""
    single_theme_window.review_action.trigger()
    dialog = single_theme_window.review
    qtbot.waitUntil(lambda: dialog.agreement_model.rowCount() > 0, timeout=10000)
    dialog.confusions_button.click()
    qtbot.waitUntil(lambda: isinstance(dialog.diagnosis, DiagnosisDialog), timeout=10000)
    data = dialog.diagnosis.data
    assert data["coders"] == ["ann", "ben"]
    assert {(c["theme"], c["partner"], c["count"]) for c in data["confusions"]} >= {
        ("responsiveness", "usability", 2)
    }
    text = dialog.diagnosis.view.toPlainText()
    assert "Most frequent confusions" in text and "Agreement over the coding order" in text


def test_report_dialog_chooses_coders_and_level(qtbot, single_theme_window, tmp_path, monkeypatch):
    """The report dialog ticks ann and ben (cem apart); ticking cem and choosing top level reach the report."""
    window = single_theme_window
    window.opener = lambda _path: None
    window.report_action.trigger()
    dialog = window.report_dialog
    assert {n: b.isChecked() for n, b in dialog.agreement_coders.items()} == {
        "ann": True,
        "ben": True,
        "cem": False,
    }
    assert dialog.agreement_coders["cem"].text() == "cem (2)"
    assert dialog.chosen_coders() is None  # the default set: the report shows cem apart
    seen: dict = {}
    original = window.project.report_content

    def spy(**options):
        seen.update(options)
        return original(**options)

    monkeypatch.setattr(window.project, "report_content", spy)
    dialog.agreement_coders["cem"].setChecked(True)
    dialog.level.setCurrentIndex(dialog.level.findData("top"))
    dialog.path.setText(str(tmp_path / "r.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: (tmp_path / "r.pdf").exists(), timeout=20000)
    assert seen["coders"] == ["ann", "ben", "cem"] and seen["level"] == "top"
    dialog.agreement_coders["ben"].setChecked(False)
    dialog.agreement_coders["cem"].setChecked(False)
    dialog.task = None
    dialog.start()
    assert "Tick at least two coders" in dialog.status.text()

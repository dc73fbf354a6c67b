"""The import wizard: a Windows-1251 semicolon file previews decoded and imports; Cancel leaves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.models import ColumnRole
from app.gui.import_wizard import ImportWizard, sample_survey_bytes, table_headers, table_rows


def _wizard(qtbot, window, path) -> ImportWizard:
    window.open_import_wizard()
    wizard = window.import_wizard
    qtbot.addWidget(wizard)
    wizard.load_file(str(path))
    return wizard


def test_cp1251_semicolon_file_previews_decoded_and_imports(qtbot, window, tmp_path):
    """Cyrillic headers and answers are decoded, roles can be changed, and the import lands in the project."""
    path = tmp_path / "wave2.csv"
    path.write_bytes(sample_survey_bytes())
    wizard = _wizard(qtbot, window, path)
    assert wizard.error.text() == ""
    headers = table_headers(wizard.table)
    assert headers == ["ID", "Возраст", "Сектор", "Как вы участвуете в работе акимата?", "Ваши рекомендации"]
    assert table_rows(wizard.table)[0][3] == "Пишу в блог акима"
    assert wizard.preview_model.item(4, 4).text() == "Нужна реклама, люди не знают о порталах"
    wizard.set_role("ID", ColumnRole.RESPONDENT_ID)
    wizard.set_role("Возраст", ColumnRole.ATTRIBUTE)
    wizard.set_role("Сектор", ColumnRole.ATTRIBUTE)
    wizard.set_role("Как вы участвуете в работе акимата?", ColumnRole.OPEN)
    wizard.set_role("Ваши рекомендации", ColumnRole.OPEN)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert wizard.error.text() == ""
    keys = [q.key for q in window.project.questions()]
    assert "Ваши рекомендации" in keys and "Как вы участвуете в работе акимата?" in keys
    texts = {r.text for r in window.project.responses()}
    assert {"Больше рекламы порталов", "Нужна реклама, люди не знают о порталах"} <= texts
    assert window.workspace.filters.question.count() == len(keys)


def test_cancel_mid_import_leaves_the_project_unchanged(qtbot, window, tmp_path):
    """Cancelling while a large file imports keeps the project exactly as it was."""
    before = len(window.project.responses())
    lines = ["id;age;answer"] + [f"x{i};{20 + i % 50};ответ номер {i} про рекламу" for i in range(60_000)]
    path = tmp_path / "big.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1251"))
    wizard = _wizard(qtbot, window, path)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert "cancelled" in wizard.error.text()
    assert len(window.project.responses()) == before
    assert [q.key for q in window.project.questions()] == ["Q1"]


def test_long_file_with_codes_is_proposed_long_and_imports_codes(qtbot, window, tmp_path):
    """Repeated ids switch the wizard to the long layout; a code column, its coder and separators import codes."""
    path = tmp_path / "long.csv"
    path.write_text(
        "participant,age,answer,codes\nP1,30,my mother and father,family\nP1,30,my job at the school,work->teaching\n"
        "P2,41,caring for patients,work->care|family\n",
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, window, path)
    assert wizard.import_options.layout_name() == "long" and "repeat" in wizard.import_options.note.text()
    wizard.set_role("answer", ColumnRole.OPEN)
    wizard.set_role("codes", "codes")
    wizard.import_options.coder.setText("ann")
    wizard.import_options.hierarchy_separator.setText("->")
    wizard.import_options.create_themes.setChecked(True)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert wizard.error.text() == ""
    project = window.project
    mine = [r for r in project.responses() if r.external_id in ("P1", "P2")]
    assert [r.text for r in mine] == ["my mother and father", "my job at the school", "caring for patients"]
    names = {t.id: t.name for t in project.themes()}
    coded = project.coder_codings("ann")
    assert [sorted(names[t] for t in coded[r.id]) for r in mine] == [
        ["family"],
        ["teaching"],
        ["care", "family"],
    ]

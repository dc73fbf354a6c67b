"""The import wizard's fields: role boxes never cut, a typable path, a sheet picker, settings per file kind, tr()."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pandas as pd
import pyreadstat
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.core.models import ColumnRole
from app.gui.import_wizard import ROLE_NAMES, ImportWizard, sample_survey_bytes

ROOT = Path(__file__).resolve().parents[2]


def _open(qtbot, window) -> ImportWizard:
    window.open_import_wizard()
    wizard = window.import_wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def _workbook(path: Path) -> Path:
    """A workbook whose first sheet is a note and whose answers are on two later sheets."""
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["This workbook holds two waves"])
    for title, rows in (
        ("Wave 1", [["ID", "What would you change?"], ["A1", "More ads for the portals please"]]),
        ("Wave 2", [["ID", "What would you change?"], ["B1", "A simpler website"], ["B2", "Faster replies"]]),
    ):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.active = 2
    book.save(path)
    return path


def test_role_boxes_are_as_wide_as_their_longest_choice(qtbot, window, tmp_path):
    """Every 'Use as' box is at least its size hint, so 'Codes (by the coder named above)' is never cut."""
    path = tmp_path / "wave.csv"
    path.write_bytes(sample_survey_bytes())
    wizard = _open(qtbot, window)
    wizard.load_file(str(path))
    qtbot.wait(50)
    combos = [wizard.roles.cellWidget(i, 1) for i in range(wizard.roles.rowCount())]
    assert len(combos) == 5
    longest = max(combos[0].fontMetrics().horizontalAdvance(combos[0].itemText(i)) for i in range(6))
    for combo in combos:
        assert combo.width() >= combo.sizeHint().width()
        assert combo.width() > longest  # the text plus the arrow fit
    assert wizard.roles.columnWidth(1) >= combos[0].sizeHint().width()


def test_typed_path_and_enter_load_the_preview_without_importing(qtbot, window, tmp_path):
    """Typing a path and pressing Enter previews it; the dialog's Import button is not pressed."""
    path = tmp_path / "typed.csv"
    path.write_bytes(sample_survey_bytes())
    before = len(window.project.responses())
    codings = window.project.coder_codings("ann")
    wizard = _open(qtbot, window)
    assert not wizard.file.isReadOnly()
    wizard.file.setFocus()
    qtbot.keyClicks(wizard.file, str(path))
    qtbot.keyClick(wizard.file, Qt.Key.Key_Return)
    assert wizard.path == str(path) and wizard.error.text() == ""
    assert wizard.preview_model.item(0, 3).text() == "Пишу в блог акима"
    assert wizard.import_button.isEnabled()
    qtbot.wait(100)
    assert not window.runner.busy and len(window.project.responses()) == before
    assert window.project.coder_codings("ann") == codings  # nor the workspace's Enter (accept a suggestion)
    wizard.file.clear()
    qtbot.keyClicks(wizard.file, str(tmp_path / "missing.csv"))
    qtbot.keyClick(wizard.file, Qt.Key.Key_Enter)
    assert "missing.csv" in wizard.error.text() and not wizard.import_button.isEnabled()


def test_sheet_picker_reads_and_imports_the_chosen_sheet(qtbot, window, tmp_path):
    """A workbook with several sheets offers them all; the chosen one is previewed and imported."""
    wizard = _open(qtbot, window)
    wizard.load_file(str(_workbook(tmp_path / "waves.xlsx")))
    sheet = wizard.reader.sheet
    assert sheet.isVisible() and sheet.isEnabled()
    assert [sheet.itemText(i) for i in range(sheet.count())] == ["Read me", "Wave 1", "Wave 2"]
    assert sheet.currentText() == "Wave 2" and wizard.preview_model.item(1, 0).text() == "B2"
    sheet.setCurrentIndex(1)
    assert wizard.preview_model.rowCount() == 1 and wizard.preview_model.item(0, 0).text() == "A1"
    assert wizard.detected.text() == "Read with sheet “Wave 1”, header rows 1"
    wizard.set_role("ID", ColumnRole.RESPONDENT_ID)
    wizard.set_role("What would you change?", ColumnRole.OPEN)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert wizard.error.text() == ""
    texts = {r.external_id: r.text for r in window.project.responses() if r.external_id in ("A1", "B1")}
    assert texts == {"A1": "More ads for the portals please"}


def test_settings_shown_follow_the_file_kind(qtbot, window, tmp_path):
    """Text files show encoding and delimiter; workbooks never say 'encoding xlsx'; SPSS shows the encoding."""
    csv_path = tmp_path / "wave.csv"
    csv_path.write_bytes(sample_survey_bytes())
    wizard = _open(qtbot, window)
    reader = wizard.reader
    wizard.load_file(str(csv_path))
    assert reader.encoding.isVisible() and reader.delimiter.isVisible() and not reader.sheet.isVisible()
    assert wizard.detected.text() == "Read with encoding cp1251, delimiter “;”, header rows 1"
    one_sheet = tmp_path / "one.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["ID", "Why?"])
    book.active.append(["A1", "because it is slow to load"])
    book.save(one_sheet)
    wizard.load_file(str(one_sheet))
    assert "encoding" not in wizard.detected.text() and "xlsx" not in wizard.detected.text()
    assert not reader.encoding.isVisible() and not reader.delimiter.isVisible()
    assert reader.sheet.isVisible() and not reader.sheet.isEnabled()  # one sheet: nothing to pick
    sav = tmp_path / "survey.sav"
    frame = pd.DataFrame({"resp": ["r1", "r2"], "why": ["Нет времени ходить", "Не знаю о порталах"]})
    pyreadstat.write_sav(frame, str(sav), column_labels={"why": "Почему вы не участвуете?"})
    wizard.load_file(str(sav))
    assert reader.encoding.isVisible() and not reader.delimiter.isVisible()
    assert not reader.header_rows.isVisible() and not reader.sheet.isVisible()
    assert wizard.detected.text() == "Read as an SPSS data file, encoding utf-8"


def test_spss_file_previews_labels_and_imports(qtbot, window, tmp_path):
    """An SPSS file in the wizard: variable labels beside names, value labels as values, answers imported."""
    sav = tmp_path / "labelled.sav"
    frame = pd.DataFrame(
        {"resp": ["r1", "r2"], "sex": [1.0, 2.0], "why": ["Нет времени ходить", "Не знаю о порталах"]}
    )
    pyreadstat.write_sav(
        frame,
        str(sav),
        column_labels={"why": "Почему вы не участвуете?", "sex": "Ваш пол"},
        variable_value_labels={"sex": {1.0: "Мужской", 2.0: "Женский"}},
    )
    wizard = _open(qtbot, window)
    wizard.load_file(str(sav))
    assert wizard.roles.item(2, 0).text() == "why — Почему вы не участвуете?"
    assert wizard.preview_model.item(1, 1).text() == "Женский"
    assert wizard.chosen_roles() == {
        "resp": ColumnRole.RESPONDENT_ID,
        "sex": ColumnRole.ATTRIBUTE,
        "why": ColumnRole.OPEN,
    }
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert wizard.error.text() == ""
    question = next(q for q in window.project.questions() if q.key == "why")
    assert question.text == "Почему вы не участвуете?"
    people = {r.external_id: r.attributes for r in window.project.respondents()}
    assert people["r2"] == {"sex": "Женский"}


def test_role_choices_and_setting_labels_go_through_translation(qtbot, window, tmp_path):
    """lupdate finds the role choices and setting labels, and an installed translation changes them."""
    sources = [
        str(ROOT / "app" / "gui" / "import_wizard.py"),
        str(ROOT / "app" / "gui" / "import_options.py"),
    ]
    ts = tmp_path / "test_xx.ts"
    tools = Path(sys.executable).parent
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    tree = ET.parse(ts)
    wizard_context = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "ImportWizard")
    found = {m.findtext("source") for m in wizard_context.iter("message")}
    wanted = {*ROLE_NAMES.values(), "Sheet", "Encoding", "Tab", "sheet %1", "encoding %1", "header rows %1"}
    assert wanted <= found
    for message in wizard_context.iter("message"):
        translation = message.find("translation")
        translation.text = "XX " + message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    qm = tmp_path / "test_xx.qm"
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        path = tmp_path / "wave.csv"
        path.write_bytes(sample_survey_bytes())
        wizard = _open(qtbot, window)
        wizard.load_file(str(path))
        combo = wizard.roles.cellWidget(0, 1)
        assert [combo.itemText(i) for i in range(combo.count())] == ["XX " + t for t in ROLE_NAMES.values()]
        assert wizard.reader.fields["encoding"][0].text() == "XX Encoding"
        assert wizard.detected.text().startswith("XX Read with XX encoding cp1251")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_roles_chosen_in_the_boxes_are_the_ones_imported(qtbot, window, tmp_path):
    """Changing a column's role in its box changes what is imported (not only the proposal)."""
    path = tmp_path / "wave.csv"
    path.write_bytes(sample_survey_bytes())
    wizard = _open(qtbot, window)
    wizard.load_file(str(path))
    assert wizard.chosen_roles()["Ваши рекомендации"] is ColumnRole.OPEN
    wizard.set_role("Ваши рекомендации", ColumnRole.IGNORE)
    wizard.set_role("Сектор", ColumnRole.IGNORE)
    assert wizard.chosen_roles()["Сектор"] is ColumnRole.IGNORE
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert wizard.error.text() == ""
    keys = [q.key for q in window.project.questions()]
    assert "Как вы участвуете в работе акимата?" in keys and "Ваши рекомендации" not in keys
    person = next(r for r in window.project.respondents() if r.external_id == "A001")
    assert person.attributes == {"Возраст": "18-24"}


def test_a_readme_sheet_without_a_choice_offers_the_sheets(qtbot, window, tmp_path):
    """A note sheet first and two tables after it: the wizard says so and lists the sheets to pick from."""
    path = _workbook(tmp_path / "waves.xlsx")
    book = openpyxl.load_workbook(path)
    book.active = 0  # Excel opens on the note
    book.save(path)
    wizard = _open(qtbot, window)
    wizard.load_file(str(path))
    sheet = wizard.reader.sheet
    assert wizard.error.text() == "Sheet “Read me” holds no table of answers; choose the sheet to read above."
    assert sheet.isVisible() and sheet.isEnabled() and not wizard.import_button.isEnabled()
    assert [sheet.itemText(i) for i in range(sheet.count())] == ["Read me", "Wave 1", "Wave 2"]
    sheet.setCurrentIndex(2)
    assert wizard.error.text() == "" and wizard.preview_model.item(1, 0).text() == "B2"
    assert wizard.import_button.isEnabled()


def test_a_title_row_is_not_counted_as_a_header_row(qtbot, window, tmp_path):
    """A workbook with a title in A1 above the header previews the header as columns, one header row."""
    book = openpyxl.Workbook()
    book.active.append(["Customer survey 2024"])
    book.active.append(["ID", "What would you change?"])
    book.active.append(["C1", "Open on Sundays"])
    book.active.append(["C2", "Shorter queues"])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    wizard = _open(qtbot, window)
    wizard.load_file(str(path))
    assert wizard.detected.text() == "Read with sheet “Sheet”, header rows 1"
    assert [wizard.preview_model.horizontalHeaderItem(i).text() for i in range(2)] == [
        "ID",
        "What would you change?",
    ]
    assert wizard.preview_model.rowCount() == 2

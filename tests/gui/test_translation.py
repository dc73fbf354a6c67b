"""The interface can be translated: the shipped Russian and Kazakh translations load and change the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.gui.translation import chosen_language, install_translator
from app.gui.window import MainWindow


def _remove(translator) -> None:
    """Uninstall a language's translators (ours and Qt's own, which hangs under ours)."""
    from PySide6.QtCore import QTranslator

    for each in [translator, *translator.findChildren(QTranslator)]:
        QCoreApplication.removeTranslator(each)


@pytest.mark.parametrize("language, file_menu", [("ru", "Файл"), ("kk", "Файл")])
def test_translation_changes_the_menus(qtbot, qapp, settings, language, file_menu):
    """With a translator installed, the main window's menus are in that language."""
    translator = install_translator(qapp, language)
    assert translator is not None
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert titles[0] == file_menu
        assert "Edit" not in titles
    finally:
        _remove(translator)


def test_language_comes_from_the_environment(monkeypatch):
    """THEMATIC_LANG picks the language; an unknown one falls back to English."""
    monkeypatch.setenv("THEMATIC_LANG", "kk_KZ")
    assert chosen_language() == "kk"
    monkeypatch.setenv("THEMATIC_LANG", "fr")
    assert chosen_language() == "en"


def test_every_interface_string_is_translated_in_russian_and_kazakh(tmp_path):
    """lupdate over app/gui finds no unfinished, empty or one/many-only Russian plural entry in ru and kk."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (root / "app" / "gui").glob("*.py"))
    problems = []
    for language, forms in (("ru", 3), ("kk", 2)):
        ts = tmp_path / f"thematic_{language}.ts"
        shutil.copy(root / "app" / "gui" / "translations" / f"thematic_{language}.ts", ts)
        subprocess.run(
            [str(lupdate), "-no-obsolete", *sources, "-ts", str(ts)], check=True, capture_output=True
        )
        for message in ET.parse(ts).getroot().iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if translation.get("type") == "unfinished":
                problems.append(f"{language}: unfinished {source!r}")
            elif message.get("numerus") == "yes":
                texts = [f.text for f in translation.findall("numerusform")]
                if len(texts) != forms or not all(texts):
                    problems.append(f"{language}: plural forms of {source!r}")
            elif not (translation.text or "").strip():
                problems.append(f"{language}: empty {source!r}")
    assert problems == []


def test_standard_buttons_and_the_shortcut_table_are_translated(qtbot, qapp):
    """Qt's own buttons and the in-app shortcut help follow the interface language."""
    from PySide6.QtWidgets import QDialogButtonBox

    from app.gui.dialogs import ShortcutsDialog

    translator = install_translator(qapp, "ru")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "Закрыть"
        dialog = ShortcutsDialog()
        qtbot.addWidget(dialog)
        actions = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        assert "Следующий ответ" in actions and "Next answer" not in actions
    finally:
        _remove(translator)


def test_english_plural_forms_cover_every_counted_string(tmp_path, qapp):
    """English carries one/many forms for every %n string lupdate finds, so no "(s)" reaches the screen."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (root / "app" / "gui").glob("*.py"))
    ts = tmp_path / "thematic_en.ts"
    shutil.copy(root / "app" / "gui" / "translations" / "thematic_en.ts", ts)
    subprocess.run(
        [str(lupdate), "-pluralonly", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) >= 14
    for message in messages:
        one, many = (f.text for f in message.find("translation").findall("numerusform"))
        assert one and many and "(s)" not in one + many, message.findtext("source")

    translator = install_translator(qapp, "en")
    try:

        def counted(n: int) -> str:
            return QCoreApplication.translate("HistoryDialog", "%n step(s) shown", "", n)

        assert (counted(1), counted(3)) == ("1 step shown", "3 steps shown")
    finally:
        _remove(translator)

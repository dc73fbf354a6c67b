"""The interface can be translated: the shipped Russian and Kazakh translations load and change the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.gui.translation import chosen_language, install_translator
from app.gui.window import MainWindow


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
        QCoreApplication.removeTranslator(translator)


def test_language_comes_from_the_environment(monkeypatch):
    """THEMATIC_LANG picks the language; an unknown one falls back to English."""
    monkeypatch.setenv("THEMATIC_LANG", "kk_KZ")
    assert chosen_language() == "kk"
    monkeypatch.setenv("THEMATIC_LANG", "fr")
    assert chosen_language() == "en"

"""The start screen's buttons are as wide as their words in every language (Russian's demo button was cut)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from app.gui.start_screen import BUTTON_AIR, StartScreen
from app.gui.translation import install_translator


@pytest.mark.parametrize(
    "language, demo", [("en", "Open the demo survey"), ("ru", "Открыть демонстрационный опрос"), ("kk", None)]
)
def test_start_buttons_fit_their_words(qtbot, qapp, language, demo):
    """In a small window every start button is wider than its text plus the air on both sides."""
    translator = install_translator(qapp, language)
    try:
        screen = StartScreen()
        qtbot.addWidget(screen)
        screen.resize(760, 480)
        screen.show()
        qtbot.waitExposed(screen)
        buttons = screen.findChildren(QPushButton)
        texts = [b.text() for b in buttons]
        if demo is not None:
            assert demo in texts
        assert len(buttons) == 3
        if language != "en":
            assert "Open the demo survey" not in texts  # translated, so the long words are measured
        subtitle = screen.findChild(QLabel, "startSubtitle")
        card = screen.findChild(QFrame, "startCard")
        assert subtitle.wordWrap() and subtitle.geometry().right() < card.width()  # wrapped inside the card
        for button in buttons:
            needed = button.fontMetrics().horizontalAdvance(button.text()) + 2 * BUTTON_AIR
            assert button.width() >= needed, (button.text(), button.width(), needed)
    finally:
        if translator is not None:
            for each in [translator, *translator.findChildren(QTranslator)]:
                QCoreApplication.removeTranslator(each)

"""Words are never cut: start screen buttons and the filter bar's first entries fit in every language."""

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


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_filter_bar_shows_its_first_entries_whole(qtbot, qapp, language):
    """'All answers', 'Any theme' and 'Any respondent' are not cut in the filter bar, in every language."""
    from app.gui.filter_bar import FilterBar

    translator = install_translator(qapp, language)
    try:
        bar = FilterBar()
        qtbot.addWidget(bar)
        bar.set_themes([])
        bar.set_attributes(["age"])
        bar.resize(1300, 40)
        bar.show()
        qtbot.waitExposed(bar)
        for combo in (bar.status, bar.theme, bar.attribute):
            text = combo.itemText(0)
            assert _text_room(combo) >= combo.fontMetrics().horizontalAdvance(text), (text, combo.width())
        longest = max((bar.status.itemText(i) for i in range(bar.status.count())), key=len)
        assert _text_room(bar.status) >= bar.status.fontMetrics().horizontalAdvance(longest)
    finally:
        if translator is not None:
            for each in [translator, *translator.findChildren(QTranslator)]:
                QCoreApplication.removeTranslator(each)


def _text_room(combo) -> int:
    """Return the width a combo box's style leaves for the shown text (its edit field)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()

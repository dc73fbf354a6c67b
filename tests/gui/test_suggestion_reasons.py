"""The suggestions panel phrases reasons itself, through tr(), from the engine's structured reasons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.core.models import Theme
from app.core.suggest import Reason, Suggestion, SuggestionEngine
from app.gui.suggestions import SuggestionsPanel

THEME = Theme(id="aware", name="awareness", keywords={"en": ("advertising",)})


@pytest.fixture
def panel(qtbot):
    widget = SuggestionsPanel()
    qtbot.addWidget(widget)
    yield widget
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_reasons_are_phrased_from_their_data_not_the_core_sentence(panel):
    """Each kind is rebuilt from keyword, items, scores and counts; the English core text is not used."""
    keyword = Reason(
        "keyword", "core text", ((0, 3),), keyword="реклам", items=("рекламы", "Рекламу"), score=0.95
    )
    example = Reason(
        "example", "core text", (), ("a1", "a2"), items=("no", "nothing"), scores=(1.0, 0.8), score=1.0
    )
    prior = Reason("prior", "core text", score=0.3, count=3, total=10)
    assert panel.reason_text(keyword) == "Keyword “реклам” matches “рекламы”, “Рекламу” (0.95)"
    assert panel.reason_text(example) == "Like coded answers: “no” (1.00); “nothing” (0.80)"
    assert panel.reason_text(prior) == "Given to 3 of 10 coded answer(s) (30%)"
    assert (
        panel.reason_text(Reason("prior", "", score=1.0, count=1, total=1))
        == "Given to 1 of 1 coded answer(s) (100%)"
    )


def test_numbers_follow_the_locale_and_quoted_percent_signs_stay(panel):
    """A Russian locale writes 0,95; an answer holding “%2” is quoted as written."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    example = Reason("example", "", (), ("a1",), items=("100%2 sure",), scores=(0.95,), score=0.95)
    assert panel.reason_text(example) == "Like coded answers: “100%2 sure” (0,95)"


def test_the_panel_shows_the_engines_reasons_each_once(panel):
    """A real suggestion's first two reasons are shown under the theme, the keyword cited once."""
    engine = SuggestionEngine([THEME])
    engine.add_example("a1", "more advertising on tv", ("aware",), "q")
    found = engine.suggest("Advertising, more advertising", question_id="q")
    assert isinstance(found[0], Suggestion)
    panel.show_suggestions(found, {"aware": THEME})
    text = panel.list.item(0).text()
    assert text.splitlines()[1].count("Keyword “advertising”") == 1
    assert "Like coded answers: “more advertising on tv”" in text
    assert "Given to 1 of 1 coded answer(s) (100%)" in panel.list.item(0).toolTip()

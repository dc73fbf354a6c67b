"""The table model passes Qt's model checks and filters, sorts and refreshes rows correctly."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.answer_view import AnswerView, utf16_offset, utf16_spans
from app.gui.responses_model import CODED, UNCODED, ResponseFilter, ResponsesModel
from app.gui.theme_panel import ThemePanel

LINES = [
    (f"id{i}", f"p{i}", str(i + 1), text)
    for i, text in enumerate(
        [
            "More advertising",
            "Simpler site",
            "Нужно больше рекламы",
            "Жарнама керек",
            "no",
            "advertising 😀 please",
        ]
    )
]


def _model(qtmodeltester) -> ResponsesModel:
    model = ResponsesModel()
    model.load(list(LINES), {"id0": frozenset({"a"}), "id4": frozenset()})
    model.set_attribute_columns([("age", {f"p{i}": ["18-24", "25-34"][i % 2] for i in range(6)})])
    qtmodeltester.check(model, force_py=True)
    return model


def test_responses_model_passes_the_model_tester(qtmodeltester):
    """The response table model satisfies every QAbstractItemModel rule, also while filtering, sorting, updating."""
    model = _model(qtmodeltester)  # the tester stays connected and checks every signal below
    model.apply_filter(ResponseFilter(status=UNCODED))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.update_decisions({"id2": frozenset({"b"})})
    model.set_others({"id2": {"ben": frozenset({"a"})}})
    assert model.rowCount() == 4 and model.response_at(0)[3] == "Нужно больше рекламы"


def test_filters_by_status_theme_text_and_attribute(qtmodeltester):
    """Each filter keeps exactly the matching answers."""
    model = _model(qtmodeltester)
    model.apply_filter(ResponseFilter(status=UNCODED))
    assert [model.response_at(r)[0] for r in range(model.rowCount())] == ["id1", "id2", "id3", "id5"]
    model.apply_filter(ResponseFilter(status=CODED))
    assert [model.response_at(r)[0] for r in range(model.rowCount())] == ["id0"]
    model.apply_filter(ResponseFilter(theme_id="a"))
    assert model.rowCount() == 1
    model.apply_filter(ResponseFilter(text="РЕКЛАМ"))
    assert [model.response_at(r)[0] for r in range(model.rowCount())] == ["id2"]
    model.apply_filter(ResponseFilter(attribute="age", attribute_value="25-34"))
    assert [model.response_at(r)[0] for r in range(model.rowCount())] == ["id1", "id3", "id5"]


def test_update_decisions_repaints_and_counts(qtmodeltester, qtbot):
    """A changed decision updates the status column and the coded count, with one dataChanged signal."""
    model = _model(qtmodeltester)
    assert model.coded_count == 2
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_decisions({"id1": frozenset({"a"})})
    assert blocker.args[0].row() == 1
    assert model.data(model.index(1, model.status_column)) == CODED
    model.update_decisions({"id0": None})
    assert model.coded_count == 2
    assert model.data(model.index(0, model.status_column)) == UNCODED


def test_sort_by_answer_text_keeps_next_uncoded_working(qtmodeltester):
    """After sorting, next-uncoded walks the sorted order."""
    model = _model(qtmodeltester)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    texts = [model.response_at(r)[3] for r in range(model.rowCount())]
    assert texts == sorted(texts, key=str.casefold)
    row = model.next_uncoded(-1)
    assert model.response_at(row)[0] not in model.decisions


def test_utf16_offsets_count_astral_characters_twice():
    """Spans after an emoji move by one UTF-16 unit per astral character."""
    text = "😀 реклама"
    assert utf16_offset(text, 2) == 3
    assert utf16_spans(text, [(2, 9), (50, 60)]) == [(3, 10)]


def test_answer_view_highlights_keywords_after_an_emoji(qtbot):
    """The highlighted fragment is exactly the matched word, even after a character outside the BMP."""
    view = AnswerView()
    qtbot.addWidget(view)
    text = "😀 Нужно больше рекламы"
    view.show_answer("R1", text)
    start = text.index("рекламы")
    view.highlight([(start, start + len("рекламы"))])
    assert view.highlighted_text() == ["рекламы"]


def test_theme_panel_binds_number_keys_in_tree_order(qtbot):
    """Keys 1–9 map to the first nine themes; tooltips carry the definition."""
    from app.core.models import Theme

    panel = ThemePanel()
    qtbot.addWidget(panel)
    themes = [Theme(id=f"t{i}", name=f"theme {i}", definition=f"about {i}") for i in range(1, 12)]
    panel.set_themes(themes, {"t1": 4})
    assert (
        panel.theme_for_key(1) == "t1" and panel.theme_for_key(9) == "t9" and panel.theme_for_key(10) is None
    )
    assert "about 3" in panel.list.item(2).toolTip()
    assert panel.list.item(0).text().endswith("(4)")

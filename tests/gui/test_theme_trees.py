"""Theme choices outside the theme panel are trees too: the filter, the merge target and the review's filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.theme_panel import DEPTH_ROLE


def _entries(combo) -> list[tuple[str, int, str]]:
    """Return (shown text, depth, hover path) of every theme entry (the 'any theme' entry left out)."""
    return [
        (combo.itemText(i), combo.itemData(i, DEPTH_ROLE), combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
        for i in range(combo.count())
        if combo.itemData(i)
    ]


def _nest(window) -> None:
    """Make 'no participation' (t9) a sub-theme of 'awareness' (t1) and tell the views."""
    changes = window.project.move_theme("t9", "t1", coder="ann")
    window.workspace.apply_changes(changes)
    window.codebook.reload()


def test_theme_filter_lists_sub_themes_indented_under_their_parent(qtbot, window):
    """The Show ▸ theme filter puts 'no participation' right under 'awareness', indented, with its path on hover."""
    _nest(window)
    entries = _entries(window.workspace.filters.theme)
    names = [text.strip().lstrip("└ ") for text, _d, _p in entries]
    assert names[:2] == ["awareness", "no participation"]
    assert entries[0][1] == 0 and entries[1][1] == 1
    assert entries[1][0].startswith("    └ ")
    assert entries[1][2] == "awareness ▸ no participation"
    combo = window.workspace.filters.theme
    combo.setCurrentIndex(combo.findData("t9"))
    assert window.workspace.filters.current_filter().theme_id == "t9"


def test_merge_target_is_a_tree_without_the_theme_itself(qtbot, window):
    """Merge into… offers every other theme in tree order, sub-themes indented."""
    _nest(window)
    editor = window.codebook
    window.tabs.setCurrentWidget(editor)
    editor.select("t2")
    editor.ask_merge()
    entries = _entries(editor.merge_target)
    ids = [editor.merge_target.itemData(i) for i in range(editor.merge_target.count())]
    assert "t2" not in ids
    assert ids[:2] == ["t1", "t9"] and [d for _t, d, _p in entries[:3]] == [0, 1, 0]


def test_review_theme_filter_is_a_tree(qtbot, window):
    """The agreement review's theme filter is shaped like the codebook too."""
    from app.gui.review import ReviewDialog

    _nest(window)
    review = ReviewDialog(window.project, "ann", window.runner, window)
    qtbot.addWidget(review)
    depths = [(t.strip().lstrip("└ "), d) for t, d, _p in _entries(review.theme_filter)]
    assert depths[:3] == [("awareness", 0), ("no participation", 1), ("usability", 0)]


def test_suggestion_review_theme_filter_is_the_workspace_tree(qtbot, window):
    """The suggestion review's theme filter lists sub-themes under their parent, as the workspace's does."""
    from app.gui.suggestion_review import SuggestionReviewDialog

    _nest(window)
    review = SuggestionReviewDialog(window.project, "ann", window.runner, lambda _c: None, parent=window)
    qtbot.addWidget(review)
    assert review.theme.itemData(0) is None  # "All themes" first
    assert _entries(review.theme) == _entries(window.workspace.filters.theme)
    depths = [(t.strip().lstrip("└ "), d) for t, d, _p in _entries(review.theme)]
    assert depths[:3] == [("awareness", 0), ("no participation", 1), ("usability", 0)]
    review.theme.setCurrentIndex(review.theme.findData("t9"))
    assert review.theme_id() == "t9"
    window.project.rename_theme("t9", "non-participation", coder="ann")
    review.reload()  # a codebook change reaches the filter, the choice kept
    assert review.theme_id() == "t9" and "non-participation" in review.theme.currentText()

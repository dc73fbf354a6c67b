"""The progress line under the list tells the truth after every search, and the # column fits 10000."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _search(qtbot, ws, text: str, rows: int) -> str:
    ws.filters.search.setText(text)
    qtbot.waitUntil(lambda: ws.model.rowCount() == rows, timeout=2000)
    qtbot.wait(10)
    return ws.progress.text()


def test_progress_line_follows_each_search(qtbot, window):
    """No '· 0 shown' left behind: the line says how many of how many the filter shows, or nothing extra."""
    ws = window.workspace
    assert ws.progress.text() == "coded 0 of 30, 0%"
    assert _search(qtbot, ws, "answer 1", 11) == "coded 0 of 30, 0% · the filter shows 11 of 30 answers"
    assert _search(qtbot, ws, "nothing like this", 0).endswith("shows 0 of 30 answers")
    assert _search(qtbot, ws, "", 30) == "coded 0 of 30, 0%"
    qtbot.keyClick(ws.table, Qt.Key.Key_2)
    assert _search(qtbot, ws, "advertising", 30) == "coded 1 of 30, 3%"


def test_number_column_fits_ten_thousand(qtbot, window):
    """With 10,000 answers the # column is wide enough for '10000' with the cell's padding."""
    ws = window.workspace
    lines = [(f"id{i}", f"p{i}", f"R{i:05d}", f"text {i}") for i in range(10000)]
    ws.model.load(lines, {})
    fm = ws.table.fontMetrics()
    assert ws.table.columnWidth(0) >= fm.horizontalAdvance("10000") + 24
    assert ws.model.data(ws.model.index(9999, 0)) == "10000"

"""Any screen: the window fits 1366×768 and a 200% 1920×1080 screen; remembered geometry is clamped."""

from __future__ import annotations

from PySide6.QtCore import QRect

from app.gui.style import clamp_to_screen
from app.gui.window import MainWindow


def test_minimum_size_fits_small_and_scaled_screens(qtbot, window):
    """With a project open, on either tab, the window needs less than 960×500 logical pixels (1920×1080 at 2×)."""
    for tab in (window.workspace, window.codebook):
        window.tabs.setCurrentWidget(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= 960 and hint.height() <= 500, (tab, hint)
    window.tabs.setCurrentWidget(window.workspace)
    window.resize(960, 500)
    qtbot.waitUntil(lambda: window.height() == 500, timeout=2000)
    qtbot.wait(50)
    assert window.workspace.progress.isVisible()
    bottom = window.workspace.progress.mapTo(window, window.workspace.progress.rect().bottomLeft()).y()
    assert bottom < window.height()


def test_remembered_geometry_is_clamped_to_the_screen(qtbot, settings):
    """A window remembered on a big monitor comes back inside the (smaller) screen."""
    settings.set_window_rect((1500, 900, 2400, 1400))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert available.contains(win.geometry())
    win.close()
    assert settings.window_rect() is not None
    assert clamp_to_screen(QRect(-50, 700, 1280, 800), QRect(0, 0, 1366, 768)) == QRect(0, 0, 1280, 768)


def test_answers_keep_most_of_a_narrow_list(qtbot, window):
    """On a 960-pixel-wide window (1920×1080 at 2×) with a coded answer, Respondent and Themes leave room for answers."""
    workspace = window.workspace
    workspace.table.selectRow(0)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, "1")
    qtbot.keyClick(workspace.table, "2")
    window.resize(960, 500)
    qtbot.waitUntil(lambda: window.width() == 960, timeout=2000)
    qtbot.wait(50)
    table = workspace.table
    width = table.viewport().width()
    assert table.columnWidth(workspace.model.themes_column) <= max(48, width * 0.2) + 40
    assert table.columnWidth(2) >= width * 0.3, (table.columnWidth(2), width)

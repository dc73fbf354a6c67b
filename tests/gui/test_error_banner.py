"""A refused step while a project is open stays on screen in a banner until dismissed (not 8 s in the status bar)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_refused_coding_shows_a_banner_until_dismissed(qtbot, window):
    """A theme deleted by another program: its key is refused, the banner says why and stays; ✕ hides it."""
    window.project.delete_theme("t3", coder="ben")  # the window has not heard of it yet
    banner = window.error_banner
    assert banner.isHidden()
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_3)
    assert window.project.coder_codings("ann") == {}
    assert banner.isVisible()
    first = banner.message.text()
    assert first and "theme" in first.lower()
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_J)  # going on does not hide it
    assert banner.isVisible()
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_3)
    assert banner.message.text().startswith(first) and "2" in banner.message.text()
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_closing_the_project_drops_the_banner(qtbot, window):
    """The banner belongs to the open project: closing it hides the message."""
    window.show_error("could not write")
    assert window.error_banner.isVisible()
    window.close_project()
    assert window.error_banner.isHidden()

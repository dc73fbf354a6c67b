"""The coding workspace's keys: the loop's fixed keys and each theme's quick key, as actions of the workspace.

They work while the focus is anywhere inside the workspace except text fields (WidgetWithChildrenShortcut).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from app.gui.workspace import CodingWorkspace


def make_actions(ws: CodingWorkspace) -> None:
    """Bind the coding keys; they work while focus is anywhere inside the workspace except text fields."""

    def add(name: str, keys: list[str], slot: Callable[[], None], text: str) -> None:
        action = QAction(text, ws)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        ws.addAction(action)
        ws.actions_by_name[name] = action

    add("none", ["0"], ws.mark_none, QCoreApplication.translate("CodingWorkspace", "No theme applies"))
    add("next", ["J"], lambda: ws.move(1), QCoreApplication.translate("CodingWorkspace", "Next answer"))
    add(
        "previous",
        ["K"],
        lambda: ws.move(-1),
        QCoreApplication.translate("CodingWorkspace", "Previous answer"),
    )
    add(
        "next_uncoded",
        ["N"],
        ws.next_uncoded,
        QCoreApplication.translate("CodingWorkspace", "Next uncoded answer"),
    )
    add(
        "accept",
        ["Return", "Enter"],
        ws.accept_or_move_on,
        QCoreApplication.translate(
            "CodingWorkspace", "Accept the top suggestion (move on when it is applied)"
        ),
    )
    for n in (1, 2, 3):
        add(
            f"accept{n}",
            [f"Alt+{n}"],
            lambda n=n: ws.accept_suggestion(n - 1),
            QCoreApplication.translate("CodingWorkspace", "Accept suggestion %1").replace("%1", str(n)),
        )
    add(
        "pick",
        ["Ctrl+T"],
        ws.focus_pick,
        QCoreApplication.translate("CodingWorkspace", "Pick a theme by typing"),
    )
    add(
        "search",
        ["Ctrl+F"],
        ws.filters.search.setFocus,
        QCoreApplication.translate("CodingWorkspace", "Search answers"),
    )
    add(
        "table",
        ["Escape"],
        ws.table.setFocus,
        QCoreApplication.translate("CodingWorkspace", "Back to the answers"),
    )
    add(
        "memo",
        ["Ctrl+M"],
        ws.focus_memo,
        QCoreApplication.translate("CodingWorkspace", "Write a memo on this answer"),
    )


def bind_theme_keys(ws: CodingWorkspace) -> None:
    """Give every theme its quick key as an action of the workspace (rebuilt when the codebook changes)."""
    for name in [n for n in ws.actions_by_name if n.startswith("theme:")]:
        action = ws.actions_by_name.pop(name)
        ws.removeAction(action)
        action.deleteLater()
    for theme_id, key in ws.quick_keys.items():
        theme = ws.theme_by_id[theme_id]
        action = QAction(
            QCoreApplication.translate("CodingWorkspace", "Code as %1").replace("%1", theme.name), ws
        )
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, t=theme_id: ws.theme_key(t))
        ws.addAction(action)
        ws.actions_by_name[f"theme:{theme_id}"] = action

"""Small dialogs: choosing the coder name, and the list of keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS = [
    (
        "1 – 9, Ctrl+1 – 9",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "Toggle that theme (keys shown in the theme panel; set them in the Codebook tab)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "select words + key"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Code the selected words of the answer (a span) with that theme"
        ),
    ),
    ("0", QT_TRANSLATE_NOOP("ShortcutsDialog", "No theme applies to the current answer")),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Accept the top suggestion; when it is applied, go to the next answer"
        ),
    ),
    (
        "Alt+1  /  Alt+2  /  Alt+3",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Accept the first / second / third suggestion"),
    ),
    ("J  /  ↓", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next answer")),
    ("K  /  ↑", QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous answer")),
    ("N", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next uncoded answer")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("ShortcutsDialog", "Pick a theme by typing its name")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the answers")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the answer list")),
    (
        "Ctrl+M",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "Write a memo on the current answer (answers with one carry a yellow note mark)",
        ),
    ),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo (the Edit menu names the action)")),
    ("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "Redo")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("ShortcutsDialog", "History: who did what, when; undo your own last steps")),
    (
        "Ctrl+S  /  Enter  (codebook)",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the theme being edited (leaving a field saves too)"),
    ),
    ("Ctrl+I", QT_TRANSLATE_NOOP("ShortcutsDialog", "Import a survey")),
    ("Ctrl+O  /  Ctrl+N", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open  /  create a project")),
    (
        "Ctrl+R",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Agreement review: compare coders and settle disagreements"),
    ),
    (
        "1 – 9  /  U  (review)",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Adopt that coder's themes  /  the union of all coders' themes"),
    ),
    ("J  /  K  (review)", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next  /  previous disagreement")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("ShortcutsDialog", "Export the PDF report")),
    (
        "A  /  R  /  Shift+A  (suggestion review)",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Accept  /  reject the selected suggestions  /  accept all shown"
        ),
    ),
    (
        "1 – 9  /  0  (near-duplicate groups)",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Code the whole group with a theme  /  as no theme applies"),
    ),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "This list")),
]


class CoderDialog(QDialog):
    """Asks who is coding: pick a known coder or type a new name."""

    def __init__(
        self, known: list[str], suggested: str | None, project_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is coding?"))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(known)
        self.name.setCurrentText(suggested or (known[0] if known else ""))
        self.name.setMinimumWidth(260)
        intro = QLabel(
            self.tr(
                "Your codings in “%1” are saved under this name. Other coders' codings "
                "stay hidden while blind mode is on."
            ).replace("%1", project_title)
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(buttons)

    def coder(self) -> str:
        """Return the chosen name."""
        return self.name.currentText().strip()

    def _accept_if_named(self) -> None:
        if self.coder():
            self.accept()


class ShortcutsDialog(QDialog):
    """Lists every keyboard shortcut of the coding loop and the menus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, action) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(self.tr(keys)))
            table.setItem(row, 1, QTableWidgetItem(self.tr(action)))
        table.setMinimumSize(520, 420)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)

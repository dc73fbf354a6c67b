"""Small dialogs: choosing the coder name, and the list of keyboard shortcuts."""

from __future__ import annotations

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
    ("1 – 9, Ctrl+1 – 9", "Toggle that theme (keys shown in the theme panel; set them in the Codebook tab)"),
    ("select words + key", "Code the selected words of the answer (a span) with that theme"),
    ("0", "No theme applies to the current answer"),
    ("Enter", "Accept the top suggestion; when it is applied, go to the next answer"),
    ("Alt+1  /  Alt+2  /  Alt+3", "Accept the first / second / third suggestion"),
    ("J  /  ↓", "Next answer"),
    ("K  /  ↑", "Previous answer"),
    ("N", "Next uncoded answer"),
    ("Ctrl+T", "Pick a theme by typing its name"),
    ("Ctrl+F", "Search the answers"),
    ("Esc", "Back to the answer list"),
    ("Ctrl+Z", "Undo (the Edit menu names the action)"),
    ("Ctrl+Shift+Z", "Redo"),
    ("Ctrl+H", "History: who did what, when; undo your own last steps"),
    ("Ctrl+S  /  Enter  (codebook)", "Save the theme being edited (leaving a field saves too)"),
    ("Ctrl+I", "Import a survey"),
    ("Ctrl+O  /  Ctrl+N", "Open  /  create a project"),
    ("Ctrl+R", "Agreement review: compare coders and settle disagreements"),
    ("1 – 9  /  U  (review)", "Adopt that coder's themes  /  the union of all coders' themes"),
    ("J  /  K  (review)", "Next  /  previous disagreement"),
    ("Ctrl+E", "Export the PDF report"),
    (
        "A  /  R  /  Shift+A  (suggestion review)",
        "Accept  /  reject the selected suggestions  /  accept all shown",
    ),
    ("1 – 9  /  0  (near-duplicate groups)", "Code the whole group with a theme  /  as no theme applies"),
    ("F1", "This list"),
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
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(self.tr(action)))
        table.setMinimumSize(520, 420)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)

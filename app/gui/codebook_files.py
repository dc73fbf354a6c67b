"""Codebook ▸ New empty / Import / Export, and the choice of a starting codebook for a new project."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.codebook_io import CodebookError, load_codebook
from app.core.models import Codebook
from app.project.outcomes import ProjectError

CODEBOOK_FILTER = "Codebooks (*.yaml *.yml *.json);;YAML (*.yaml *.yml);;JSON (*.json)"


def seed_codebook_path() -> str | None:
    """Return the installed seed study's codebook file, if the package ships one."""
    files = sorted(p for p in importlib.resources.files("codebook").iterdir() if p.name.endswith(".yaml"))
    return str(files[0]) if files else None


class CodebookChoiceDialog(QDialog):
    """Asks which codebook a new project starts from: none, the seed study's, or a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Starting codebook"))
        self.empty = QRadioButton(self.tr("An empty codebook (add themes as you read)"))
        self.seed = QRadioButton(self.tr("The seed study's codebook (open government, Astana)"))
        self.from_file = QRadioButton(self.tr("A codebook file (YAML or JSON):"))
        self.group = QButtonGroup(self)
        for button in (self.empty, self.seed, self.from_file):
            self.group.addButton(button)
        self.seed.setEnabled(seed_codebook_path() is not None)
        self.empty.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path of a .yaml or .json codebook"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.path.textEdited.connect(lambda _t: self.from_file.setChecked(True))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create project"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which codebook should the new project start from?")))
        layout.addWidget(self.empty)
        layout.addWidget(self.seed)
        layout.addWidget(self.from_file)
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.chosen: Codebook | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a codebook"), str(Path.home()), CODEBOOK_FILTER
        )
        if path:
            self.path.setText(path)
            self.from_file.setChecked(True)

    def _accept(self) -> None:
        """Read the chosen codebook; a bad file is named in one line and the dialog stays open."""
        try:
            if self.seed.isChecked():
                self.chosen = load_codebook(seed_codebook_path() or "")
            elif self.from_file.isChecked():
                if not self.path.text().strip():
                    raise CodebookError(self.tr("choose a codebook file first"))
                self.chosen = load_codebook(self.path.text().strip())
            else:
                self.chosen = None
        except (CodebookError, OSError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


def ask_starting_codebook(parent: QWidget) -> tuple[bool, Codebook | None]:
    """Ask for the new project's codebook; return (accepted, codebook or None for empty)."""
    dialog = CodebookChoiceDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.chosen


def import_codebook_file(window, path: str | None = None) -> None:
    """Codebook ▸ Import: merge a YAML/JSON codebook into the open project as one undoable step."""
    if window.project is None:
        return
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("CodebookFiles", "Import codebook"),
            _folder(window.project.target),
            CODEBOOK_FILTER,
        )
    if not path:
        return
    try:
        changes = window.project.import_codebook(path, coder=window.coder)
    except (CodebookError, ProjectError, OSError) as exc:
        window.show_error(str(exc))
        return
    window._replayed(changes)
    added, updated = changes.detail.get("added", 0), changes.detail.get("updated", 0)
    window.statusBar().showMessage(
        QCoreApplication.translate("CodebookFiles", "Codebook imported: %1 themes added, %2 updated")
        .replace("%1", str(added))
        .replace("%2", str(updated)),
        8000,
    )


def export_codebook_file(window, path: str | None = None) -> None:
    """Codebook ▸ Export: write the project's codebook as YAML or JSON (chosen by the file name)."""
    if window.project is None:
        return
    if path is None:
        start = str(
            Path(_folder(window.project.target)) / f"{window.project.title or 'codebook'}-codebook.yaml"
        )
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("CodebookFiles", "Export codebook"), start, CODEBOOK_FILTER
        )
    if not path:
        return
    if Path(path).suffix.lower() not in (".yaml", ".yml", ".json"):
        path += ".yaml"
    try:
        written = window.project.export_codebook(path)
    except (CodebookError, ProjectError, OSError) as exc:
        window.show_error(str(exc))
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("CodebookFiles", "Codebook written to %1").replace("%1", str(written)),
        8000,
    )


def empty_codebook(window, confirm: bool = True) -> None:
    """Codebook ▸ New empty: after saying how many themes and codings go, remove them all (undoable)."""
    if window.project is None:
        return
    themes = window.project.themes()
    codings = sum(window.project.theme_usage(t.id) for t in themes)
    if confirm:
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("CodebookFiles", "New empty codebook"),
            QCoreApplication.translate(
                "CodebookFiles",
                "Remove all %1 themes and %2 codings (all coders)? Edit ▸ Undo brings them back.",
            )
            .replace("%1", str(len(themes)))
            .replace("%2", str(codings)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    window._replayed(window.project.clear_codebook(coder=window.coder))


def _folder(target: str) -> str:
    """Return the folder beside a project file (the home folder for a database URL)."""
    return str(Path(target).parent) if "://" not in target else str(Path.home())

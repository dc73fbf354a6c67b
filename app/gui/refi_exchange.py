"""File ▸ REFI-QDA import/export and Codebook ▸ .qdc import/export, run on the window's task runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.project import Project

QDPX_FILTER = "REFI-QDA projects (*.qdpx);;All files (*)"
QDC_FILTER = "REFI-QDA codebooks (*.qdc);;All files (*)"
PROJECT_FILTER = "Thematic projects (*.thematic);;All files (*)"


def import_summary(detail: dict) -> tuple[str, list[str]]:
    """Return the summary paragraph of a REFI-QDA import and the lines worth reading."""
    if "answers" in detail:
        summary = (
            f"{detail['answers']:,} answers of {detail['respondents']:,} respondents, {detail['themes']:,} themes, "
            f"{detail['coders']:,} coders, {detail['codings']:,} codings and {detail['memos']:,} memos imported."
        )
    elif "sources_matched" in detail:
        summary = (
            f"{detail['themes_added']:,} themes added, {detail['themes_updated']:,} updated; "
            f"{detail['codings_added']:,} codings and {detail.get('spans_added', 0):,} spans on "
            f"{detail['sources_matched']:,} matched answers ({detail['sources_unmatched']:,} sources matched "
            f"no answer); {detail.get('memos_added', 0):,} memos added."
        )
    else:
        summary = f"{detail['added']:,} themes added, {detail['updated']:,} updated."
    lines = [f"Read: {detail['read']}"] if detail.get("read") else []
    if detail.get("spans"):
        lines.append(f"{detail['spans']:,} selections over part of a source are kept as coded spans.")
    if detail.get("spans_dropped"):
        lines.append(
            f"{detail['spans_dropped']:,} spans were left out: their source's text differs from the "
            "matched answer (the codings were kept)."
        )
    lines += [f"Note: {p}" for p in detail.get("problems", [])]
    return summary, lines


class ImportSummaryDialog(QDialog):
    """Shows what a REFI-QDA import brought in, how positions were read and what was left out."""

    def __init__(self, file_name: str, detail: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Imported %1").replace("%1", file_name))
        summary, lines = import_summary(detail)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(lines))
        self.details.setReadOnly(True)
        self.details.setVisible(bool(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 360 if lines else 140)


class RefiExchange(QObject):
    """The REFI-QDA menu entries of the main window; file choosers are attributes so tests can answer them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open_path: Callable[[str, str], str] = self._ask_open
        self.save_path: Callable[[str, str, str], str] = self._ask_save
        self.project_actions: list[QAction] = []
        self.summary: ImportSummaryDialog | None = None

    # ----- menus ---------------------------------------------------------------------------------
    def add_file_entries(self, menu: QMenu) -> None:
        """File ▸ Import REFI-QDA project… / Add codings from REFI-QDA… / Export REFI-QDA project…"""
        self.import_new_action = self._entry(
            menu, self.tr("Import REFI-QDA project (.qdpx)…"), self.ask_import_new
        )
        self.import_into_action = self._entry(
            menu, self.tr("Add codes and codings from REFI-QDA (.qdpx)…"), self.ask_import_into, True
        )
        self.export_qdpx_action = self._entry(
            menu, self.tr("Export REFI-QDA project (.qdpx)…"), self.ask_export_qdpx, True
        )
        menu.aboutToShow.connect(self.update_actions)

    def add_codebook_menu(self, bar: QMenuBar) -> QMenu:
        """Codebook ▸ Import REFI-QDA codebook (.qdc)… / Export REFI-QDA codebook (.qdc)…"""
        menu = bar.addMenu(self.tr("Code&book"))
        self.import_qdc_action = self._entry(
            menu, self.tr("Import REFI-QDA codebook (.qdc)…"), self.ask_import_qdc, True
        )
        self.export_qdc_action = self._entry(
            menu, self.tr("Export REFI-QDA codebook (.qdc)…"), self.ask_export_qdc, True
        )
        menu.aboutToShow.connect(self.update_actions)
        return menu

    def _entry(self, menu: QMenu, text: str, slot, needs_project: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        menu.addAction(action)
        if needs_project:
            self.project_actions.append(action)
        return action

    def update_actions(self) -> None:
        """Entries that work on the open project are enabled only while one is open."""
        for action in self.project_actions:
            action.setEnabled(self.window.project is not None)

    # ----- file choosers -------------------------------------------------------------------------
    def _folder(self) -> str:
        project = self.window.project
        return (
            str(Path(project.target).parent) if project and "://" not in project.target else str(Path.home())
        )

    def _ask_open(self, title: str, filter_: str) -> str:
        return QFileDialog.getOpenFileName(self.window, title, self._folder(), filter_)[0]

    def _ask_save(self, title: str, suggested: str, filter_: str) -> str:
        return QFileDialog.getSaveFileName(
            self.window, title, str(Path(self._folder()) / suggested), filter_
        )[0]

    @staticmethod
    def _with_suffix(path: str, suffix: str) -> str:
        return path if path.lower().endswith(suffix) else path + suffix

    # ----- use cases -----------------------------------------------------------------------------
    def _run(self, label: str, work, on_done) -> None:
        self.window.runner.run(
            label, work, on_done=on_done, on_error=lambda exc: self.window.show_error(str(exc))
        )

    def ask_import_new(self) -> None:
        """Make a new project from a .qdpx, then open it and show what came in."""
        source = self.open_path(self.tr("Import a REFI-QDA project"), QDPX_FILTER)
        if not source:
            return
        target = self.save_path(
            self.tr("New project from %1").replace("%1", Path(source).name),
            Path(source).stem + ".thematic",
            PROJECT_FILTER,
        )
        if not target:
            return
        target = self._with_suffix(target, ".thematic")

        def done(result) -> None:
            project, changes = result
            project.close()
            if self.window.open_project(target, self.window.coder or None):
                self._show_summary(Path(source).name, changes.detail)

        self._run(
            self.tr("Importing %1").replace("%1", Path(source).name),
            lambda progress: Project.create_from_qdpx(source, target, progress),
            done,
        )

    def ask_import_into(self) -> None:
        """Add a .qdpx's codes and codings to the open project as one undoable step."""
        project, coder = self.window.project, self.window.coder
        source = self.open_path(self.tr("Add codes and codings from a REFI-QDA project"), QDPX_FILTER)
        if project is None or not source:
            return
        self._run(
            self.tr("Importing %1").replace("%1", Path(source).name),
            lambda progress: project.import_qdpx_into(source, coder=coder, progress=progress),
            lambda changes: self._applied(Path(source).name, changes),
        )

    def ask_import_qdc(self) -> None:
        """Merge a .qdc codebook into the project's codebook."""
        project, coder = self.window.project, self.window.coder
        source = self.open_path(self.tr("Import a REFI-QDA codebook"), QDC_FILTER)
        if project is None or not source:
            return
        self._run(
            self.tr("Importing %1").replace("%1", Path(source).name),
            lambda _progress: project.import_qdc(source, coder=coder),
            lambda changes: self._applied(Path(source).name, changes),
        )

    def ask_export_qdpx(self) -> None:
        """Write the project as a .qdpx archive for NVivo, MAXQDA, ATLAS.ti or QualCoder."""
        self._export(
            ".qdpx",
            QDPX_FILTER,
            self.tr("Export REFI-QDA project"),
            lambda p, path, progress: p.export_qdpx(path, progress),
        )

    def ask_export_qdc(self) -> None:
        """Write the codebook as a .qdc file."""
        self._export(
            ".qdc",
            QDC_FILTER,
            self.tr("Export REFI-QDA codebook"),
            lambda p, path, _progress: p.export_qdc(path),
        )

    def _export(self, suffix: str, filter_: str, title: str, use_case) -> None:
        project = self.window.project
        if project is None:
            return
        target = self.save_path(title, (project.title or "project") + suffix, filter_)
        if not target:
            return
        target = self._with_suffix(target, suffix)
        self._run(
            self.tr("Writing %1").replace("%1", Path(target).name),
            lambda progress: use_case(project, target, progress),
            lambda _changes: self.window.statusBar().showMessage(
                self.tr("Wrote %1").replace("%1", target), 8000
            ),
        )

    def _applied(self, file_name: str, changes) -> None:
        if self.window.project is None:
            return
        self.window._on_changed(changes)  # the window's refresh after any change to the project
        self._show_summary(file_name, changes.detail)

    def _show_summary(self, file_name: str, detail: dict) -> None:
        self.summary = ImportSummaryDialog(file_name, detail, self.window)
        self.summary.open()

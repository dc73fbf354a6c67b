"""Export dialogs: the PDF report, the coded data (CSV/TSV/XLSX) and the codebook PDF, written off the GUI thread."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.agreement_study import split_sparse
from app.core.progress import Cancelled
from app.gui.file_dialogs import ask_save_path
from app.gui.style import fit_to_screen
from app.gui.tasks import TaskRunner
from app.project.agreement import CONSENSUS_CODER
from app.project.reports import ANY_CODER

Opener = Callable[[Path], object]  # returns False when no viewer opened the file
DATA_FILTER = "Excel workbook (*.xlsx);;CSV (*.csv);;Tab-separated (*.tsv)"


def open_in_viewer(path: Path) -> bool:
    """Open a written file with the system's viewer (not when running offscreen); False when none opened it."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def written_link(path: Path) -> str:
    """Return rich text naming a written file as a link to it and a link to its folder."""
    path = Path(path).resolve()
    file_url = QUrl.fromLocalFile(str(path)).toString()
    folder_url = QUrl.fromLocalFile(str(path.parent)).toString()
    name = html.escape(str(path))
    return f'<a href="{file_url}">{name}</a> &nbsp;·&nbsp; <a href="{folder_url}">%FOLDER%</a>'


def choose_save_path(parent: QWidget, title: str, start: str, file_filter: str) -> str:
    """Ask where to write a file; empty when the user cancelled."""
    return ask_save_path(parent, title, start, file_filter)


def coding_choices(project) -> list[tuple[str, str]]:
    """Return (label, value) pairs: any coder, each coder, and the consensus once it exists."""
    names = [c.name for c in project.coders()]
    choices = [("Any coder (union of all coders' themes)", ANY_CODER)]
    choices += [(f"Coder {name}", name) for name in names if name != CONSENSUS_CODER]
    if CONSENSUS_CODER in names:
        choices.append(("The consensus coding", CONSENSUS_CODER))
    return choices


class _ExportDialog(QDialog):
    """The common part: an output path, a coding choice, a progress bar, Export and Cancel."""

    written = Signal(object)  # Path of the finished file

    def __init__(
        self,
        project,
        runner: TaskRunner,
        title: str,
        suffix: str,
        file_filter: str,
        opener: Opener = open_in_viewer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.runner, self.opener = project, runner, opener
        self.file_filter = file_filter
        self.task = None
        self.setWindowTitle(title)
        self.coding = QComboBox()
        for label, value in coding_choices(project):
            self.coding.addItem(self.tr(label), value)
        target = Path(project.target)
        self.path = QLineEdit(
            str(target.parent / f"{target.stem}{suffix}")
            if "://" not in project.target
            else str(Path.home() / f"thematic{suffix}")
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.ask_path)
        self.path_row = QHBoxLayout()
        self.path_row.addWidget(self.path, 1)
        self.path_row.addWidget(browse)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.addRow(self.tr("Coding"), self.coding)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.status.setOpenExternalLinks(True)
        self.written_path: Path | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        runner.progressed.connect(self._on_progress)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.bar)
        self.layout_.addWidget(self.buttons)

    def add_path_row(self) -> None:
        """Put the output path as the last row of the form (after the subclass's own rows)."""
        self.form.addRow(self.tr("Save as"), self.path_row)

    def ask_path(self) -> None:
        """Choose where to write."""
        path = choose_save_path(self, self.windowTitle(), self.path.text(), self.file_filter)
        if path:
            self.path.setText(path)

    def work(self) -> Callable:
        """Return `fn(progress) -> Path` writing the file with the current choices; each dialog defines it."""
        raise TypeError(f"{type(self).__name__} defines no work() to run")

    def start(self) -> None:
        """Write the file on the task runner; the dialog shows progress and Cancel stops it."""
        if self.task is not None or not self.path.text().strip():
            return
        try:
            fn = self.work()
        except ValueError as exc:
            self._set_status(str(exc), error=True)
            return
        self._set_status(self.tr("Writing %1…").replace("%1", Path(self.path.text()).name))
        self.bar.setValue(0)
        self.bar.show()
        self.export_button.setEnabled(False)
        self.task = self.runner.run(self.windowTitle(), fn, on_done=self._on_done, on_error=self._on_error)

    def cancel_or_close(self) -> None:
        """Cancel the running export, or close the dialog when nothing runs."""
        if self.task is not None:
            self.runner.cancel()
        else:
            self.reject()

    def _on_progress(self, fraction: float, step: str) -> None:
        if self.task is not None:
            self.bar.setValue(int(fraction * 1000))
            self.status.setText(step)

    def _finish(self) -> None:
        self.task = None
        self.bar.hide()
        self.export_button.setEnabled(True)

    def _on_done(self, path: Path) -> None:
        """Say where the file went (a link to it and to its folder) and open it; the dialog stays to show it."""
        self._finish()
        self.written_path = Path(path)
        self.written.emit(Path(path))
        opened = self.opener(Path(path))
        link = written_link(Path(path)).replace("%FOLDER%", html.escape(self.tr("open the folder")))
        message = (
            self.tr("Written: %1") if opened is not False else self.tr("Written, but no viewer opened it: %1")
        )
        self.status.setStyleSheet("color: #5f6368;")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setText(html.escape(message).replace("%1", link))
        self.cancel_button.setText(self.tr("Close"))

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        self._set_status(
            self.tr("Cancelled: nothing was written.") if isinstance(exc, Cancelled) else str(exc),
            error=not isinstance(exc, Cancelled),
        )

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #b3261e;" if error else "color: #5f6368;")
        self.status.setText(text)


class ReportDialog(_ExportDialog):
    """File ▸ Export report: the PDF summary with the CLI's choices (coding, attribute tables, quotes)."""

    def __init__(
        self, project, runner: TaskRunner, opener: Opener = open_in_viewer, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, runner, "Export report", "-report.pdf", "PDF (*.pdf)", opener, parent)
        self.attributes = QListWidget()
        for name in project.attribute_names():
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attributes.addItem(item)
        self.attributes.setMinimumHeight(180)
        self.attributes.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.attributes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attributes.setEnabled(self.attributes.count() > 0)
        self.quotes = QCheckBox(self.tr("Include the quotes appendix (every coded answer, by theme)"))
        self.quotes.setChecked(True)
        self.form.addRow(self.tr("Theme × attribute tables"), self.attributes)
        self.form.addRow("", self.quotes)
        self.agreement_coders: dict[str, QCheckBox] = {}
        coder_row = QHBoxLayout()
        decided = {name: len(d) for name, d in project.all_decisions().items() if d}
        names = [n for n in project.compared_coders() if n in decided]
        _main, apart = split_sparse(decided, names)
        self.apart_coders = set(apart)
        for name in names:
            box = QCheckBox(f"{name} ({decided[name]:,})")
            box.setChecked(name not in apart)
            if name in apart:
                box.setToolTip(
                    self.tr("Decided far fewer answers than the others: reported apart unless ticked.")
                )
            self.agreement_coders[name] = box
            coder_row.addWidget(box)
        coder_row.addStretch(1)
        self.form.addRow(self.tr("Agreement between"), coder_row)
        self.level = QComboBox()
        self.level.addItem(self.tr("Every theme (parents include sub-themes)"), "all")
        self.level.addItem(self.tr("Top-level themes (sub-themes rolled up)"), "top")
        self.level.addItem(self.tr("Most specific themes only"), "leaf")
        self.form.addRow(self.tr("Agreement on"), self.level)
        note = QLabel(
            self.tr(
                "Agreement between coders is included when two or more coders coded "
                "(1,000 bootstrap draws for the intervals). A coder left unticked is still listed pair by pair."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        self.form.addRow("", note)
        self.add_path_row()
        fit_to_screen(self, 720, 420)

    def chosen_attributes(self) -> list[str]:
        """Return the ticked attribute names."""
        items = (self.attributes.item(i) for i in range(self.attributes.count()))
        return [it.text() for it in items if it.checkState() == Qt.CheckState.Checked]

    def set_attributes(self, names: list[str]) -> None:
        """Tick exactly these attributes."""
        for i in range(self.attributes.count()):
            item = self.attributes.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> list[str] | None:
        """Return the ticked coders for agreement, or None when the default set is ticked (sparse ones apart)."""
        ticked = [name for name, box in self.agreement_coders.items() if box.isChecked()]
        default = [name for name in self.agreement_coders if name not in self.apart_coders]
        return None if ticked == default else ticked

    def work(self) -> Callable:
        """Return the report writer with the chosen options."""
        project, path = self.project, _with_suffix(self.path.text(), (".pdf",), ".pdf")
        coding, by, quotes = self.coding.currentData(), self.chosen_attributes(), self.quotes.isChecked()
        coders, level = self.chosen_coders(), self.level.currentData()
        self.path.setText(path)
        if coders is not None and len(coders) < 2:
            raise ValueError(self.tr("Tick at least two coders to measure agreement."))
        return lambda progress: project.report(
            path,
            coding=coding,
            by=by,
            include_quotes=quotes,
            bootstrap=1000,
            progress=progress,
            coders=coders,
            level=level,
        )


class DataExportDialog(_ExportDialog):
    """File ▸ Export coded data: CSV/TSV (wide or long) or XLSX (both layouts as sheets)."""

    def __init__(
        self, project, runner: TaskRunner, opener: Opener = open_in_viewer, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, runner, "Export coded data", "-coded.xlsx", DATA_FILTER, opener, parent)
        self.wide = QRadioButton(self.tr("Wide: one row per answer, one 0/1 column per theme"))
        self.long = QRadioButton(self.tr("Long: one row per coding"))
        self.wide.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.wide)
        group.addButton(self.long)
        layouts = QVBoxLayout()
        layouts.addWidget(self.wide)
        layouts.addWidget(self.long)
        self.layout_hint = QLabel()
        self.layout_hint.setStyleSheet("color: #5f6368;")
        layouts.addWidget(self.layout_hint)
        self.form.addRow(self.tr("Layout"), layouts)
        self.add_path_row()
        self.path.textChanged.connect(self._on_path)
        self._on_path(self.path.text())
        fit_to_screen(self, 640, 280)

    def _on_path(self, text: str) -> None:
        xlsx = text.lower().endswith(".xlsx")
        self.wide.setEnabled(not xlsx)
        self.long.setEnabled(not xlsx)
        self.layout_hint.setText(self.tr("An Excel workbook holds both layouts as sheets.") if xlsx else "")

    def work(self) -> Callable:
        """Return the data writer with the chosen options."""
        project = self.project
        path = _with_suffix(self.path.text(), (".csv", ".tsv", ".xlsx"), ".xlsx")
        coding, layout = self.coding.currentData(), "long" if self.long.isChecked() else "wide"
        self.path.setText(path)
        return lambda _progress: project.export(path, coding=coding, layout=layout)


def export_codebook(
    parent: QWidget,
    project,
    runner: TaskRunner,
    path: str,
    opener: Opener = open_in_viewer,
    on_error: Callable[[str], None] | None = None,
) -> None:
    """Write the codebook PDF on the task runner, then open it."""
    path = _with_suffix(path, (".pdf",), ".pdf")
    runner.run(
        parent.tr("Writing the codebook PDF"),
        lambda _progress: project.codebook_pdf(path),
        on_done=lambda written: opener(Path(written)),
        on_error=lambda exc: on_error(str(exc)) if on_error else None,
    )


def _with_suffix(path: str, allowed: tuple[str, ...], default: str) -> str:
    """Add the default extension when the name has none of the allowed ones."""
    path = path.strip()
    return path if path.lower().endswith(allowed) else path + default

"""The survey import wizard: preview as decoded, adjust encoding/delimiter/header rows and roles, import off-thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import ColumnRole
from app.core.survey_file import SurveyTable
from app.gui.file_dialogs import ask_open_path
from app.gui.import_options import CODES, QUESTION, ImportOptionsBox
from app.gui.tasks import Cancelled, TaskRunner
from app.project.outcomes import ProjectError

ENCODINGS = [
    ("Detect", None),
    ("UTF-8", "utf-8"),
    ("UTF-8 with BOM", "utf-8-sig"),
    ("Windows-1251 (Cyrillic)", "cp1251"),
    ("Windows-1252 (Western)", "cp1252"),
    ("KOI8-R", "koi8-r"),
    ("UTF-16", "utf-16"),
]
DELIMITERS = [("Detect", None), ("Semicolon ;", ";"), ("Comma ,", ","), ("Tab", "\t"), ("Pipe |", "|")]
ROLE_NAMES = {
    ColumnRole.RESPONDENT_ID: "Respondent id",
    ColumnRole.OPEN: "Open question (code it)",
    ColumnRole.ATTRIBUTE: "Attribute (age, sector…)",
    ColumnRole.IGNORE: "Ignore",
    CODES: "Codes (by the coder named above)",
    QUESTION: "Question name (long layout)",
}
PREVIEW_ROWS = 20


def sample_survey_bytes() -> bytes:
    """A small survey as exported by Excel in Russian locale: Windows-1251 with semicolons."""
    rows = [
        "ID;Возраст;Сектор;Как вы участвуете в работе акимата?;Ваши рекомендации",
        "A001;18-24;студент;Пишу в блог акима;Больше рекламы порталов",
        "A002;25-34;частный;Не участвую, нет времени;Сделать сайт проще",
        "A003;35-44;государственный;Публичные слушания;Отвечать быстрее на обращения",
        "A004;45-54;частный;Через eOtinish;Публиковать расходы бюджета",
        "A005;55+;пенсионер;Никак;Нужна реклама, люди не знают о порталах",
        "A006;25-34;студент;Голосую на выборах;не знаю",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("cp1251")


def table_headers(table: SurveyTable) -> list[str]:
    """Return the column names of a previewed survey table."""
    return list(table.headers)


def table_rows(table: SurveyTable) -> list[list[str]]:
    """Return the decoded data rows of a previewed survey table."""
    return [list(r) for r in table.rows]


class ImportWizard(QDialog):
    """Imports one survey file into the project, all or nothing, without blocking the window."""

    imported = Signal(object)  # Changes

    def __init__(self, project, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.runner = project, runner
        self.setWindowTitle(self.tr("Import survey"))
        self.path = ""
        self.table: Any = None
        self.task = None
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Choose a CSV, TSV or Excel file"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.ask_file)
        self.encoding = QComboBox()
        for text, value in ENCODINGS:
            self.encoding.addItem(self.tr(text), value)
        self.delimiter = QComboBox()
        for text, value in DELIMITERS:
            self.delimiter.addItem(self.tr(text), value)
        self.header_rows = QSpinBox()
        self.header_rows.setRange(-1, 5)
        self.header_rows.setSpecialValueText(self.tr("Detect"))
        self.header_rows.setValue(-1)
        self.detected = QLabel()
        self.detected.setStyleSheet("color: #5f6368;")
        self.import_options = ImportOptionsBox(self)
        self.preview = QTableView()
        self.preview_model = QStandardItemModel(self)
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)
        self.roles = QTableWidget(0, 3)
        self.roles.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Use as"), self.tr("First value")])
        self.roles.verticalHeader().hide()
        self.roles.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.roles.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.roles.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.roles.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #b3261e;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.cancel_button.hide()
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button.clicked.connect(self.reject)
        for combo in (self.encoding, self.delimiter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.header_rows.valueChanged.connect(lambda _v: self.refresh_preview())
        runner.progressed.connect(self._on_progress)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        options = QGridLayout()
        options.setHorizontalSpacing(8)
        for col, (label, widget) in enumerate(
            (
                (self.tr("Encoding"), self.encoding),
                (self.tr("Delimiter"), self.delimiter),
                (self.tr("Header rows"), self.header_rows),
            )
        ):
            options.addWidget(QLabel(label), 0, col * 2)
            options.addWidget(widget, 0, col * 2 + 1)
        options.setColumnStretch(6, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.import_options)
        layout.addWidget(self.detected)
        layout.addWidget(_title(self.tr("Preview (first rows as decoded)")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(_title(self.tr("Columns")))
        layout.addWidget(self.roles, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    # ----- preview -----------------------------------------------------------------------------------
    def ask_file(self) -> None:
        """Let the user choose the survey file."""
        path = ask_open_path(
            self,
            self.tr("Choose a survey file"),
            str(Path.home()),
            "Surveys (*.csv *.tsv *.txt *.xlsx);;All files (*)",
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Preview a file with detected settings."""
        self.path = path
        self.file.setText(path)
        for widget, value in ((self.encoding, 0), (self.delimiter, 0)):
            widget.blockSignals(True)
            widget.setCurrentIndex(value)
            widget.blockSignals(False)
        self.header_rows.blockSignals(True)
        self.header_rows.setValue(-1)
        self.header_rows.blockSignals(False)
        self.refresh_preview()

    def options(self) -> dict:
        """Return the reader settings chosen in the form (None = detect)."""
        rows = self.header_rows.value()
        return {
            "encoding": self.encoding.currentData(),
            "delimiter": self.delimiter.currentData(),
            "header_rows": None if rows < 0 else rows,
        }

    def refresh_preview(self) -> None:
        """Read the first rows again with the current settings and propose column roles."""
        if not self.path:
            return
        self.error.clear()
        try:
            table, roles = self._preview(self.path, **self.options())
        except (ProjectError, OSError, ValueError) as exc:  # a bad file: one line naming file and row
            self.table = None
            self.preview_model.clear()
            self.roles.setRowCount(0)
            self.error.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        self.table = table
        headers, rows = table_headers(table), table_rows(table)
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(headers)
        for row in rows[:PREVIEW_ROWS]:
            self.preview_model.appendRow([QStandardItem(str(v)) for v in row])
        for column in range(len(headers)):
            self.preview.setColumnWidth(column, 150)
        self._fill_roles(headers, rows, dict(roles))
        from app.core.survey_reading import ids_repeat

        self.import_options.propose_long(ids_repeat(table, dict(roles)))
        parts = []
        settings = (
            (("sheet", table.sheet), ("header rows", table.header_rows))
            if table.delimiter is None  # a workbook: no encoding or delimiter to speak of
            else (
                ("encoding", table.encoding),
                ("delimiter", table.delimiter),
                ("header rows", table.header_rows),
            )
        )
        for label, value in settings:
            if value is not None:
                parts.append(f"{label} {_show(value)}")
        self.detected.setText(self.tr("Read with ") + ", ".join(parts) if parts else "")
        self.import_button.setEnabled(bool(headers))

    def _preview(self, path: str, **options):
        """Ask the project for a preview and the roles the import would propose (the same rules)."""
        return self.project.preview_survey(path, max_rows=PREVIEW_ROWS, **options)

    def _fill_roles(self, headers: list[str], rows: list[list[str]], proposed: dict) -> None:
        self.roles.setRowCount(len(headers))
        for i, name in enumerate(headers):
            self.roles.setItem(i, 0, QTableWidgetItem(name))
            combo = QComboBox()
            for role, text in ROLE_NAMES.items():
                combo.addItem(self.tr(text), role)
            role = proposed.get(name, ColumnRole.IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(role)))
            combo.currentIndexChanged.connect(lambda _i: self._check_repeats())
            self.roles.setCellWidget(i, 1, combo)
            first = next((r[i] for r in rows if i < len(r) and str(r[i]).strip()), "")
            self.roles.setItem(i, 2, QTableWidgetItem(str(first)))

    def _check_repeats(self) -> None:
        """Propose the long layout when the chosen id column repeats."""
        from app.core.survey_reading import ids_repeat

        if self.table is not None:
            self.import_options.propose_long(ids_repeat(self.table, self.chosen_roles()))

    def chosen_roles(self) -> dict[str, ColumnRole]:
        """Return the role the user chose for each column (code and question columns aside)."""
        return {name: use for name, use in self.chosen_uses().items() if isinstance(use, ColumnRole)}

    def chosen_uses(self) -> dict[str, object]:
        """Return each column's use: a ColumnRole, 'codes' or 'question'."""
        return {
            self.roles.item(i, 0).text(): self.roles.cellWidget(i, 1).currentData()
            for i in range(self.roles.rowCount())
        }

    def set_role(self, column: str, role: object) -> None:
        """Choose a column's role (what the combo box does)."""
        for i in range(self.roles.rowCount()):
            if self.roles.item(i, 0).text() == column:
                combo = self.roles.cellWidget(i, 1)
                combo.setCurrentIndex(combo.findData(role))

    # ----- importing ---------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import on the background worker; the window stays usable and Cancel stops it."""
        if not self.path or self.runner.busy:
            return
        path = self.path
        options = self.import_options.survey_options(self.chosen_uses(), self.options())
        flags = self.import_options.import_flags()
        project = self.project
        self.error.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        self.task = self.runner.run(
            self.tr("Importing %1").replace("%1", Path(path).name),
            lambda progress: project.import_surveys([path], options=options, progress=progress, **flags),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def cancel_import(self) -> None:
        """Stop the import; the database transaction is rolled back, so nothing is half imported."""
        self.runner.cancel()

    def _on_progress(self, fraction: float, _label: str) -> None:
        if self.task is not None:
            self.progress.setValue(int(fraction * 1000))

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(True)

    def _on_done(self, changes) -> None:
        self._finish()
        d = changes.detail
        self.detected.setText(
            self.tr("Imported %1 answers from %2 respondents (%3 blank).")
            .replace("%1", str(d.get("new_answers", changes.affected)))
            .replace("%2", str(d.get("new_respondents", "?")))
            .replace("%3", str(d.get("blank_answers", 0)))
        )
        self.import_button.setEnabled(False)
        self.imported.emit(changes)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        self.error.setText(
            self.tr("Import cancelled: nothing was imported.") if isinstance(exc, Cancelled) else str(exc)
        )


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelTitle")
    return label


def _show(value: Any) -> str:
    """Show a detected setting readably (a tab as 'Tab')."""
    return (
        {"\t": "Tab", ";": "“;”", ",": "“,”"}.get(value, str(value)) if isinstance(value, str) else str(value)
    )

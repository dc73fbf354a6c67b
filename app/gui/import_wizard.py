"""The survey import wizard: preview as decoded, adjust encoding/delimiter/header rows and roles, import off-thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import ColumnRole
from app.core.survey_file import SurveyTable
from app.core.survey_table import SheetChoiceError
from app.gui.file_dialogs import ask_open_path
from app.gui.import_options import CODES, QUESTION, ImportOptionsBox, ReaderSettings
from app.gui.style import fit_to_screen
from app.gui.tasks import Cancelled, TaskRunner
from app.project.outcomes import ProjectError

ROLE_NAMES = {
    ColumnRole.RESPONDENT_ID: QT_TRANSLATE_NOOP("ImportWizard", "Respondent id"),
    ColumnRole.OPEN: QT_TRANSLATE_NOOP("ImportWizard", "Open question (code it)"),
    ColumnRole.ATTRIBUTE: QT_TRANSLATE_NOOP("ImportWizard", "Attribute (age, sector…)"),
    ColumnRole.IGNORE: QT_TRANSLATE_NOOP("ImportWizard", "Ignore"),
    CODES: QT_TRANSLATE_NOOP("ImportWizard", "Codes (by the coder named above)"),
    QUESTION: QT_TRANSLATE_NOOP("ImportWizard", "Question name (long layout)"),
}
PREVIEW_ROWS = 20


class PathField(QLineEdit):
    """The file path, typed or chosen: Enter loads it (and never presses the dialog's Import button)."""

    submitted = Signal(str)

    def event(self, event: QEvent) -> bool:
        """Claim Enter before any window's shortcut (the workspace's Enter accepts a suggestion)."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit(self.text().strip())
            return
        super().keyPressEvent(event)


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


def table_question(table: SurveyTable | None, header: str) -> str:
    """Return a column's full question text (an SPSS variable label, a Qualtrics second row), else its name."""
    text = table.question_texts.get(header, header) if table is not None else header
    return " ".join(text.split()) or header


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
        self.file = PathField()
        self.file.setPlaceholderText(
            self.tr("Type a path and press Enter, or choose a CSV, Excel or SPSS file")
        )
        self.file.submitted.connect(self.load_file)
        browse = QPushButton(self.tr("Choose file…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.ask_file)
        self.reader = ReaderSettings(self)
        self.reader.changed.connect(self.refresh_preview)
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
        self.roles.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
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
        runner.progressed.connect(self._on_progress)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(file_row)
        layout.addWidget(self.reader)
        layout.addWidget(self.import_options)
        layout.addWidget(self.detected)
        layout.addWidget(_title(self.tr("Preview (first rows as decoded)")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(_title(self.tr("Columns")))
        layout.addWidget(self.roles, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 640)

    # ----- preview -----------------------------------------------------------------------------------
    def ask_file(self) -> None:
        """Let the user choose the survey file."""
        path = ask_open_path(
            self,
            self.tr("Choose a survey file"),
            str(Path(self.path).parent) if self.path else str(Path.home()),
            self.tr("Surveys (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav *.por);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Preview a file with detected settings (a typed path as well as a chosen one)."""
        path = str(Path(path).expanduser()) if path else ""
        if not path:
            return
        self.path = path
        if self.file.text() != path:
            self.file.setText(path)
        self.reader.reset()
        self.refresh_preview()

    def options(self) -> dict:
        """Return the reader settings chosen in the form (None = detect)."""
        return self.reader.settings()

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
            self.detected.clear()
            self.error.setText(str(exc))
            if isinstance(exc, SheetChoiceError):  # a README sheet first: let the researcher pick the data
                self.reader.offer_sheets(exc.sheets, exc.sheet)
                self.error.setText(
                    self.tr("Sheet %1 holds no table of answers; choose the sheet to read above.").replace(
                        "%1", f"“{exc.sheet}”"
                    )
                )
            self.import_button.setEnabled(False)
            return
        self.table = table
        headers, rows = table_headers(table), table_rows(table)
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(headers)
        for row in rows[:PREVIEW_ROWS]:
            self.preview_model.appendRow([QStandardItem(str(v)) for v in row])
        self.preview.resizeColumnsToContents()  # as wide as the text, within limits
        for column in range(len(headers)):
            self.preview.setColumnWidth(column, min(max(self.preview.columnWidth(column), 80), 320))
        self._fill_roles(headers, rows, dict(roles))
        from app.core.survey_reading import ids_repeat

        self.import_options.propose_long(ids_repeat(table, dict(roles)))
        self.reader.show_for(table)
        self.detected.setText(self.reader.describe(table))
        self.import_button.setEnabled(bool(headers))

    def _preview(self, path: str, **options):
        """Ask the project for a preview and the roles the import would propose (the same rules)."""
        return self.project.preview_survey(path, max_rows=PREVIEW_ROWS, **options)

    def _fill_roles(self, headers: list[str], rows: list[list[str]], proposed: dict) -> None:
        self.roles.setRowCount(len(headers))
        width = 0
        for i, name in enumerate(headers):
            text = table_question(self.table, name)
            item = QTableWidgetItem(name if text == name else f"{name} — {text}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(text)
            self.roles.setItem(i, 0, item)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for role, text in ROLE_NAMES.items():
                combo.addItem(self.tr(text), role)
            role = proposed.get(name, ColumnRole.IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(role)))
            combo.currentIndexChanged.connect(lambda _i: self._check_repeats())
            self.roles.setCellWidget(i, 1, combo)
            width = max(width, combo.sizeHint().width())
            first = next((r[i] for r in rows if i < len(r) and str(r[i]).strip()), "")
            self.roles.setItem(i, 2, QTableWidgetItem(str(first)))
        if headers:  # the combo boxes set the column's width: their longest choice is never cut
            self.roles.setColumnWidth(1, width + 8)
            self.roles.verticalHeader().setDefaultSectionSize(
                max(
                    self.roles.verticalHeader().defaultSectionSize(),
                    self.roles.cellWidget(0, 1).sizeHint().height() + 4,
                )
            )

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
            self.roles.item(i, 0).data(Qt.ItemDataRole.UserRole): _use(
                self.roles.cellWidget(i, 1).currentData()
            )
            for i in range(self.roles.rowCount())
        }

    def set_role(self, column: str, role: object) -> None:
        """Choose a column's role (what the combo box does)."""
        for i in range(self.roles.rowCount()):
            if self.roles.item(i, 0).data(Qt.ItemDataRole.UserRole) == column:
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


_ROLES = {role.value: role for role in ColumnRole}


def _use(data: object) -> object:
    """Turn a combo box's data back into a ColumnRole (Qt hands a str-based enum back as a plain str)."""
    return _ROLES.get(data, data) if isinstance(data, str) else data

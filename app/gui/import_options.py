"""The import wizard's reading settings and its layout and code options: the choices `thematic import` offers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.core.models import ColumnRole
from app.core.survey_file import SurveyTable
from app.core.survey_reading import LONG, WIDE, SurveyOptions

CODES, QUESTION = "codes", "question"  # column uses beyond ColumnRole, offered in the roles table
ENCODINGS = [
    (QT_TRANSLATE_NOOP("ImportWizard", "Detect"), None),
    ("UTF-8", "utf-8"),
    (QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 with BOM"), "utf-8-sig"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Windows-1251 (Cyrillic)"), "cp1251"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Windows-1252 (Western)"), "cp1252"),
    ("KOI8-R", "koi8-r"),
    ("UTF-16", "utf-16"),
]
DELIMITERS = [
    (QT_TRANSLATE_NOOP("ImportWizard", "Detect"), None),
    (QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ;"), ";"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Comma ,"), ","),
    (QT_TRANSLATE_NOOP("ImportWizard", "Tab"), "\t"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Pipe |"), "|"),
]


def _translate(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP in the wizard's context."""
    return QCoreApplication.translate("ImportWizard", text)


class ReaderSettings(QWidget):
    """Encoding, delimiter, header rows and sheet: only those that apply to the file's kind are shown.

    Its strings are in the ImportWizard translation context, where they have always been.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoding = QComboBox()
        for text, value in ENCODINGS:
            self.encoding.addItem(_translate(text), value)
        self.delimiter = QComboBox()
        for text, value in DELIMITERS:
            self.delimiter.addItem(_translate(text), value)
        self.header_rows = QSpinBox()
        self.header_rows.setRange(-1, 5)
        self.header_rows.setSpecialValueText(QCoreApplication.translate("ImportWizard", "Detect"))
        self.header_rows.setValue(-1)
        self.sheet = QComboBox()
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.fields: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget in (
            ("sheet", QCoreApplication.translate("ImportWizard", "Sheet"), self.sheet),
            ("encoding", QCoreApplication.translate("ImportWizard", "Encoding"), self.encoding),
            ("delimiter", QCoreApplication.translate("ImportWizard", "Delimiter"), self.delimiter),
            ("header_rows", QCoreApplication.translate("ImportWizard", "Header rows"), self.header_rows),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            self.fields[key] = (caption, widget)
        row.addStretch(1)
        self.encoding.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.delimiter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.header_rows.valueChanged.connect(lambda _v: self.changed.emit())
        self.sheet.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.show_for(None)

    def reset(self) -> None:
        """Go back to detecting everything (a new file)."""
        for widget in (self.encoding, self.delimiter, self.header_rows, self.sheet):
            widget.blockSignals(True)
        self.encoding.setCurrentIndex(0)
        self.delimiter.setCurrentIndex(0)
        self.header_rows.setValue(-1)
        self.sheet.clear()
        for widget in (self.encoding, self.delimiter, self.header_rows, self.sheet):
            widget.blockSignals(False)

    def settings(self) -> dict:
        """Return the reader settings chosen (None = detect)."""
        rows = self.header_rows.value()
        return {
            "encoding": self.encoding.currentData(),
            "delimiter": self.delimiter.currentData(),
            "header_rows": None if rows < 0 else rows,
            "sheet": self.sheet.currentText() or None if self.sheet.count() > 1 else None,
        }

    def show_for(self, table: SurveyTable | None, kind: str | None = None) -> None:
        """Show the settings that apply: text files all but the sheet, workbooks the sheet, SPSS the encoding."""
        kind = kind or (table.kind if table is not None else "text")
        shown = {
            "text": {"encoding", "delimiter", "header_rows"},
            "workbook": {"sheet", "header_rows"},
            "spss": {"encoding"},
        }[kind]
        if kind == "workbook" and table is not None:
            self._fill_sheets(table)
        for visible in (False, True):  # hide first, so the row is never momentarily wider than either
            for key, (caption, widget) in self.fields.items():
                if (key in shown) == visible:
                    caption.setVisible(visible)
                    widget.setVisible(visible)
        self.sheet.setEnabled(self.sheet.count() > 1)

    def offer_sheets(self, names: tuple[str, ...], current: str) -> None:
        """Show a workbook's sheets when the one read holds no table, so the researcher picks one."""
        self._fill_sheet_names(list(names), current)
        self.show_for(None, kind="workbook")

    def _fill_sheets(self, table: SurveyTable) -> None:
        """List the workbook's sheets once, with the one read selected."""
        self._fill_sheet_names(list(table.sheets) or [table.sheet or ""], table.sheet)

    def _fill_sheet_names(self, names: list[str], current: str | None) -> None:
        """Put the sheet names in the picker (if they changed) and select the current one."""
        if [self.sheet.itemText(i) for i in range(self.sheet.count())] != names:
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItems(names)
            self.sheet.blockSignals(False)
        if current in names:
            self.sheet.blockSignals(True)
            self.sheet.setCurrentIndex(names.index(current))
            self.sheet.blockSignals(False)

    def describe(self, table: SurveyTable) -> str:
        """Say how the file was read, naming only what applies to its kind."""
        rows = QCoreApplication.translate("ImportWizard", "header rows %1").replace(
            "%1", str(table.header_rows - table.title_rows)
        )
        if table.kind == "spss":
            return QCoreApplication.translate(
                "ImportWizard", "Read as an SPSS data file, encoding %1"
            ).replace("%1", table.encoding)
        if table.kind == "workbook":
            parts = [
                QCoreApplication.translate("ImportWizard", "sheet %1").replace("%1", f"“{table.sheet}”"),
                rows,
            ]
        else:
            shown = {"\t": QCoreApplication.translate("ImportWizard", "Tab"), ";": "“;”", ",": "“,”"}.get(
                table.delimiter or "", f"“{table.delimiter}”"
            )
            parts = [
                QCoreApplication.translate("ImportWizard", "encoding %1").replace("%1", table.encoding),
                QCoreApplication.translate("ImportWizard", "delimiter %1").replace("%1", shown),
                rows,
            ]
        return QCoreApplication.translate("ImportWizard", "Read with ") + ", ".join(parts)


def _fit_placeholder(field: QLineEdit) -> None:
    """Make a short field wide enough for its hint in any language (a cut hint says nothing)."""
    margins = field.textMargins()
    width = field.fontMetrics().horizontalAdvance(field.placeholderText()) + margins.left() + margins.right()
    field.setMinimumWidth(width + 16)
    field.setMaximumWidth(max(width + 16, 90) + 40)


class ImportOptionsBox(QWidget):
    """Layout (wide/long), the coder of code columns, code and hierarchy separators, theme creation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("One row per respondent (wide)"), WIDE)
        self.layout_choice.addItem(self.tr("One row per answer (long)"), LONG)
        self.coder = QLineEdit()
        self.coder.setPlaceholderText(self.tr("coder of the code columns"))
        self.code_separator = QLineEdit()
        self.code_separator.setPlaceholderText(self.tr("; | or new line"))
        self.hierarchy_separator = QLineEdit()
        self.hierarchy_separator.setPlaceholderText(self.tr("e.g. -> or /"))
        for field in (self.coder, self.code_separator, self.hierarchy_separator):
            _fit_placeholder(field)
        self.create_themes = QCheckBox(self.tr("Add unknown codes to the codebook"))
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6368;")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        placed = (  # short rows, so the box fits a 960-pixel-wide screen in Russian too
            (0, 0, self.tr("Layout"), self.layout_choice),
            (0, 2, self.tr("Codes by"), self.coder),
            (1, 0, self.tr("Code separator"), self.code_separator),
            (1, 2, self.tr("Hierarchy separator"), self.hierarchy_separator),
        )
        for row, col, label, widget in placed:
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, col)
            grid.addWidget(widget, row, col + 1)
        grid.addWidget(self.create_themes, 2, 0, 1, 2)
        grid.addWidget(self.note, 2, 2, 1, 3)
        grid.setColumnStretch(4, 1)

    def layout_name(self) -> str:
        """Return the chosen layout, 'wide' or 'long'."""
        return self.layout_choice.currentData()

    def propose_long(self, repeated: bool) -> None:
        """Switch to the long layout when respondent ids repeat, and say why."""
        if repeated:
            self.layout_choice.setCurrentIndex(self.layout_choice.findData(LONG))
            self.note.setText(self.tr("Respondent ids repeat: one row per answer."))
        else:
            self.note.clear()

    def survey_options(self, uses: dict[str, object], reader: dict) -> SurveyOptions:
        """Build the import options from each column's use and the reader settings."""
        roles = {name: use for name, use in uses.items() if isinstance(use, ColumnRole)}
        opens = [name for name, use in uses.items() if use is ColumnRole.OPEN]
        questions = [name for name, use in uses.items() if use == QUESTION]
        coder = self.coder.text().strip() or "imported"
        long = self.layout_name() == LONG
        return SurveyOptions(
            **reader,
            layout=self.layout_name(),
            roles=roles,
            answer_column=opens[0] if long and opens else None,
            question_column=questions[0] if long and questions else None,
            coder_columns={name: coder for name, use in uses.items() if use == CODES},
            code_separator=self.code_separator.text() or None,
        )

    def import_flags(self) -> dict:
        """Return the facade's code-matching arguments."""
        return {
            "hierarchy_separator": self.hierarchy_separator.text().strip() or None,
            "create_themes": self.create_themes.isChecked(),
        }

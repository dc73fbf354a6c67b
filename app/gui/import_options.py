"""The import wizard's layout and code options: the same choices as `thematic import` offers."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.core.models import ColumnRole
from app.core.survey_reading import LONG, WIDE, SurveyOptions

CODES, QUESTION = "codes", "question"  # column uses beyond ColumnRole, offered in the roles table


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
        self.code_separator.setMaximumWidth(90)
        self.hierarchy_separator = QLineEdit()
        self.hierarchy_separator.setPlaceholderText(self.tr("e.g. -> or /"))
        self.hierarchy_separator.setMaximumWidth(90)
        self.create_themes = QCheckBox(self.tr("Add unknown codes to the codebook"))
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6368;")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for col, (label, widget) in enumerate(
            (
                (self.tr("Layout"), self.layout_choice),
                (self.tr("Codes by"), self.coder),
                (self.tr("Code separator"), self.code_separator),
                (self.tr("Hierarchy separator"), self.hierarchy_separator),
            )
        ):
            grid.addWidget(QLabel(label), 0, col * 2)
            grid.addWidget(widget, 0, col * 2 + 1)
        grid.addWidget(self.create_themes, 1, 0, 1, 4)
        grid.addWidget(self.note, 1, 4, 1, 4)
        grid.setColumnStretch(8, 1)

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

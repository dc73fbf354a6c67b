"""What the agreement review compares: the coders (sparse ones left out until ticked), the level of themes, the question."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.core.agreement_study import split_sparse
from app.project.agreement import CONSENSUS_CODER


class ReviewChoices(QWidget):
    """The row of coder boxes, level of themes and question above the review; emits `changed` on any change."""

    changed = Signal()

    def __init__(self, project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coder_boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Coders")))
        decided = {name: len(d) for name, d in project.all_decisions().items()}
        names = [c.name for c in project.coders()]
        _main, self.apart = split_sparse(
            decided, [n for n in names if n != CONSENSUS_CODER and decided.get(n)]
        )
        for name in names:
            box = QCheckBox(f"{name} ({decided.get(name, 0):,})")
            box.setChecked(name != CONSENSUS_CODER and name not in self.apart)
            if name in self.apart:
                box.setToolTip(
                    self.tr(
                        "Decided far fewer answers than the others: left out of the comparison until ticked."
                    )
                )
                box.setStyleSheet("color: #a15c00;")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.coder_boxes[name] = box
            row.addWidget(box)
        self.coders_row, row = row, QHBoxLayout()
        row.addWidget(QLabel(self.tr("Themes")))
        self.level = QComboBox()
        self.level.addItem(self.tr("Every theme (parents include sub-themes)"), "all")
        self.level.addItem(self.tr("Top-level themes (sub-themes rolled up)"), "top")
        self.level.addItem(self.tr("Most specific themes only"), "leaf")
        # whole entries where there is room; at 200% on 1920×1080 it may shrink to 22 characters
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level.setMinimumWidth(self.level.fontMetrics().horizontalAdvance("0" * 22) + 30)
        self.level.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.addWidget(self.level)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Question")))
        self.question = QComboBox()
        self.question.addItem(self.tr("All questions"), None)
        for q in project.questions():
            self.question.addItem(f"{q.key}: {q.text}" if q.text and q.text != q.key else q.key, q.id)
        self.question.setMinimumContentsLength(12)  # at 200% the dialog must fit a 960-point-wide screen
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.addWidget(self.question, 1)
        self.scope_row = row
        # one row where it fits; on a narrow screen the level and question go under the coders
        self.rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(16)
        self.rows.addLayout(self.coders_row)
        self.rows.addLayout(self.scope_row, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the wider of the two rows: below one row's width the choices fold in two."""
        width = max(self.coders_row.minimumSize().width(), self.scope_row.minimumSize().width())
        return QSize(width, self.rows.minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        one_row = self.coders_row.minimumSize().width() + 16 + self.scope_row.minimumSize().width()
        wanted = (
            QBoxLayout.Direction.TopToBottom if self.width() < one_row else QBoxLayout.Direction.LeftToRight
        )
        if self.rows.direction() != wanted:
            self.rows.setDirection(wanted)
            self.rows.setSpacing(4 if wanted == QBoxLayout.Direction.TopToBottom else 16)
            self.updateGeometry()

    def compared(self) -> list[str]:
        """Return the ticked coders."""
        return [name for name, box in self.coder_boxes.items() if box.isChecked()]

    def level_of_themes(self) -> str:
        """Return the chosen level of themes: all, top or leaf."""
        return self.level.currentData()

    def question_id(self) -> str | None:
        """Return the chosen question (None = all questions)."""
        return self.question.currentData()

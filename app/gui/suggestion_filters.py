"""The strip above the suggestion review queue: the theme (a tree, as in the workspace), the minimum score, Find."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QWidget,
)

from app.core.models import Theme
from app.gui.theme_panel import fill_theme_combo


class SuggestionFilters(QWidget):
    """Emits `changed` when the theme or the minimum score changes and `find` when Find suggestions is pressed."""

    changed = Signal()
    find = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = QComboBox()
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(12)  # longer names are cut on a narrow screen
        self.theme.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.theme.currentIndexChanged.connect(lambda _i: self._changed())
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setMinimumWidth(48)
        self.slider.setMaximumWidth(160)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.slider.valueChanged.connect(lambda v: self.threshold.setValue(v / 100))
        self.threshold.setValue(0.5)
        self.slider.setValue(50)
        self.threshold.valueChanged.connect(self._on_threshold)
        self.find_button = QPushButton(self.tr("Find suggestions"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(lambda _checked=False: self.find.emit())
        self._filling = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Theme")))
        layout.addWidget(self.theme, 2)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Minimum score")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.threshold)
        layout.addSpacing(12)
        layout.addWidget(self.find_button)

    def set_themes(self, themes: list[Theme]) -> None:
        """Offer every theme as a tree under "All themes", keeping the chosen one while it exists."""
        current = self.theme.currentData()
        self._filling = True
        self.theme.clear()
        self.theme.addItem(self.tr("All themes"), None)
        fill_theme_combo(self.theme, themes)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)) if current else 0)
        self._filling = False
        if self.theme.currentData() != current:
            self.changed.emit()

    def theme_id(self) -> str | None:
        """Return the chosen theme (None = all themes)."""
        return self.theme.currentData()

    def minimum(self) -> float:
        """Return the minimum score, rounded as the queue stores scores."""
        return round(self.threshold.value(), 4)

    def _changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _on_threshold(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.slider.blockSignals(False)
        self.changed.emit()

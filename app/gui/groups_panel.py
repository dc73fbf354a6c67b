"""The two panes of the near-duplicate groups dialog: the list of groups and the answers of the one shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Theme
from app.core.near_duplicates import DuplicateGroup
from app.gui.theme_panel import color_icon, fill_theme_combo

SAMPLES = 3
DONE_COLOR = QColor("#80868b")


def group_title(group: DuplicateGroup, texts: dict[str, str]) -> str:
    """Return the two-line list entry of a group: its label and size, then a few of its distinct answers."""
    samples: list[str] = []
    for rid in group.response_ids:
        text = " ".join(texts.get(rid, "").split())
        if text and text not in samples:
            samples.append(text)
        if len(samples) == SAMPLES:
            break
    shown = " · ".join(f"“{clip(s, 40)}”" for s in samples)
    return f"{group.label}   ({len(group.response_ids)})\n{shown}"


def decision_name(decisions: list[frozenset[str] | None], names: dict[str, str]) -> str | None:
    """Name the coder's shared decision on a group's answers, in the interface language; None while any is uncoded."""
    if not decisions or any(d is None for d in decisions):
        return None
    if len(set(decisions)) > 1:
        return QCoreApplication.translate("GroupsDialog", "mixed")
    first = decisions[0]
    if not first:
        return QCoreApplication.translate("GroupsDialog", "no theme applies")
    return ", ".join(sorted(names.get(t, t) for t in first))


def clip(text: str, limit: int) -> str:
    """Cut a text to `limit` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class GroupsPanel(QSplitter):
    """Shows the groups (done ones greyed with their decision) and the ticked answers of the current group."""

    group_shown = Signal(int)  # the index of the group now shown (-1 when none)

    def __init__(self, themes: list[Theme], keys: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.groups: list[DuplicateGroup] = []
        self.texts: dict[str, str] = {}
        self.done_labels: dict[int, str] = {}
        self.group_list = QListWidget()
        self.group_list.setIconSize(QSize(14, 14))
        self.group_list.setSpacing(2)
        self.group_list.currentRowChanged.connect(lambda _row: self._show_group())
        self.answers = QListWidget()
        self.answers.setWordWrap(True)
        self.answers.setSpacing(1)
        self.answers.setStyleSheet("QListWidget::item:selected { background: #e8f0fe; color: #202124; }")
        self.answers_title = _title(self.tr("Answers in this group"))
        self.theme = QComboBox()
        fill_theme_combo(self.theme, themes, keys=keys)
        self.theme.setMinimumContentsLength(10)
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code_button = _button(self.tr("Code group"))
        self.none_button = _button(self.tr("No theme applies  (0)"))
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Theme")))
        choose.addWidget(self.theme, 1)
        buttons = QHBoxLayout()  # under the theme: the pane stays narrow enough for the group list beside it
        buttons.addWidget(self.code_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        keys_help = QLabel(
            self.tr(
                "Keys: 1–9 code the group with that theme · 0 no theme applies · Enter confirms, Esc cancels · "
                "J / K next / previous group"
            )
        )
        keys_help.setWordWrap(True)
        keys_help.setStyleSheet("color: #80868b;")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_title(self.tr("Groups")))
        left_layout.addWidget(self.group_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.answers_title)
        right_layout.addWidget(self.answers, 1)
        right_layout.addLayout(choose)
        right_layout.addLayout(buttons)
        right_layout.addWidget(keys_help)
        left.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)

    def show_groups(
        self, groups: list[DuplicateGroup], texts: dict[str, str], done_labels: dict[int, str]
    ) -> None:
        """List the groups, those with a decision marked done, and show the first one not coded yet."""
        self.groups, self.texts, self.done_labels = groups, texts, done_labels
        self.group_list.clear()
        for index, group in enumerate(groups):
            item = QListWidgetItem(group_title(group, texts))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip("\n".join(texts.get(rid, "") for rid in group.response_ids[:20]))
            self.group_list.addItem(item)
            self.paint_group(index)
        if not groups:
            self.answers.clear()
        else:
            following = self.next_open(-1)
            self.group_list.setCurrentRow(following if following is not None else 0)

    def current_index(self) -> int:
        """Return the index of the shown group (-1 when none)."""
        return self.group_list.currentRow()

    def checked_ids(self) -> list[str]:
        """Return the ticked answers of the shown group (the ones a decision will code)."""
        items = (self.answers.item(i) for i in range(self.answers.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def move(self, step: int) -> None:
        """Show the next (1) or previous (-1) group."""
        if self.groups:
            self.group_list.setCurrentRow(max(0, min(len(self.groups) - 1, self.current_index() + step)))

    def mark_done(self, index: int, label: str) -> None:
        """Grey a group out with the decision it was coded with."""
        self.done_labels[index] = label
        self.paint_group(index)

    def next_open(self, after: int) -> int | None:
        """Return the first group after `after` not coded yet (wrapping round), or None."""
        count = len(self.groups)
        for step in range(1, count + 1):
            index = (after + step) % count
            if index not in self.done_labels:
                return index
        return None

    def paint_group(self, index: int) -> None:
        """Draw a group's entry: bold with a yellow dot while open, grey with a green dot and its decision when done."""
        item = self.group_list.item(index)
        label = self.done_labels.get(index)
        font = item.font()
        font.setBold(label is None)
        item.setFont(font)
        title = group_title(self.groups[index], self.texts)
        if label is None:
            item.setIcon(color_icon("#fbbc04"))
            item.setForeground(QColor("#202124"))
            item.setText(title)
        else:
            item.setIcon(color_icon("#34a853"))
            item.setForeground(DONE_COLOR)
            item.setText(title + "\n✓ " + self.tr("coded: %1").replace("%1", label))

    def _show_group(self) -> None:
        self.answers.clear()
        index = self.current_index()
        if 0 <= index < len(self.groups):
            group = self.groups[index]
            self.answers_title.setText(
                self.tr("Answers in “%1”  (%2)")
                .replace("%1", clip(group.label, 50))
                .replace("%2", str(len(group.response_ids)))
            )
            for rid in group.response_ids:
                item = QListWidgetItem(self.texts.get(rid, ""))
                item.setData(Qt.ItemDataRole.UserRole, rid)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked)
                self.answers.addItem(item)
            self.answers.setCurrentRow(0)
        self.group_shown.emit(index)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelTitle")
    return label


def _button(text: str) -> QPushButton:
    """A button that never takes the focus nor becomes the default: keys stay with the group list."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button

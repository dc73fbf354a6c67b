"""The theme panel of the coding loop: each theme's quick key, 0 for none applies, quick-pick by typing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Theme
from app.core.report_counts import theme_tree_order
from app.gui.style import ElidedLabel

NONE_ITEM = "__none__"
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 7  # a theme's depth in the tree, kept on combo entries


def color_icon(color: str, size: int = 14) -> QIcon:
    """Return a round swatch of a theme colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def theme_tooltip(theme: Theme) -> str:
    """Return the hover text of a theme: its definition and criteria."""
    parts = [f"<b>{_escape(theme.name)}</b>"]
    if theme.definition:
        parts.append(_escape(theme.definition))
    if theme.inclusion:
        parts.append(_criterion(QCoreApplication.translate("ThemePanel", "Include: %1"), theme.inclusion))
    if theme.exclusion:
        parts.append(_criterion(QCoreApplication.translate("ThemePanel", "Exclude: %1"), theme.exclusion))
    return "<p style='white-space:pre-wrap; max-width:360px'>" + "<br>".join(parts) + "</p>"


def _criterion(words: str, text: str) -> str:
    """Return 'Include: …' with its label in italics, whatever the language puts around %1."""
    label, _sep, rest = _escape(words).partition("%1")
    return f"<i>{label.rstrip()}</i> {_escape(text)}{rest}" if _sep else f"{_escape(words)} {_escape(text)}"


def tree_label(name: str, depth: int) -> str:
    """Return a theme's name indented under its parent (as in the codebook tree)."""
    return name if depth == 0 else "    " * depth + "└ " + name


def fill_theme_combo(
    combo: QComboBox,
    themes: list[Theme],
    *,
    keys: dict[str, str] | None = None,
    skip: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Add themes to a combo box as a tree: parents first, sub-themes indented under them, the path on hover."""
    names = {t.id: t for t in themes}
    width = max((len(k) for k in (keys or {}).values()), default=0)
    for theme, depth in theme_tree_order(themes):
        if theme.id in skip:
            continue
        key = f"{(keys or {}).get(theme.id, ''):<{width}}   " if keys is not None else ""
        combo.addItem(color_icon(theme.color), key + tree_label(theme.name, depth), theme.id)
        path, parent = [theme.name], names.get(theme.parent_id or "")
        while parent is not None and len(path) < 20:
            path.insert(0, parent.name)
            parent = names.get(parent.parent_id or "")
        combo.setItemData(combo.count() - 1, " ▸ ".join(path), Qt.ItemDataRole.ToolTipRole)
        combo.setItemData(combo.count() - 1, depth, DEPTH_ROLE)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ThemePanel(QWidget):
    """Lists the codebook with key numbers and counts; ticks the current answer's themes."""

    toggled = Signal(str)  # theme id
    none_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.themes: list[Theme] = []
        self.counts: dict[str, int] = {}
        self.keys: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setIconSize(QSize(14, 14))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.list.itemClicked.connect(self._on_clicked)
        self.pick = QLineEdit()
        self.pick.setPlaceholderText(self.tr("Type a theme name, Enter to toggle  (Ctrl+T)"))
        self.pick.setClearButtonEnabled(True)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.pick.setCompleter(self.completer)
        self.pick.returnPressed.connect(self.pick_typed)
        title = ElidedLabel(self.tr("Themes"))
        title.setObjectName("panelTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.pick)

    def set_themes(
        self, themes: list[Theme], counts: dict[str, int], keys: dict[str, str] | None = None
    ) -> None:
        """Rebuild the list after the codebook changed; `keys` are the quick keys (default 1–9 in order)."""
        self.themes, self.counts = themes, counts
        self.keys = keys if keys is not None else {t.id: str(i + 1) for i, t in enumerate(themes[:9])}
        width = max((len(k) for k in self.keys.values()), default=1)
        depth = _depths(themes)
        self.list.clear()
        for theme in themes:
            key = self.keys.get(theme.id, "").ljust(width)
            item = QListWidgetItem(color_icon(theme.color), "")
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{key}   {'    ' * depth[theme.id]}{theme.name}")
            item.setToolTip(theme_tooltip(theme))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        none = QListWidgetItem(color_icon("#bdbdbd"), "")
        none.setData(Qt.ItemDataRole.UserRole, NONE_ITEM)
        none.setData(Qt.ItemDataRole.UserRole + 1, "0".ljust(width) + "   " + self.tr("No theme applies"))
        none.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        none.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(none)
        self.completer.model().setStringList([t.name for t in themes])  # type: ignore[attr-defined]
        self._relabel()

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show new per-theme counts."""
        self.counts = counts
        self._relabel()

    def adjust_counts(self, model, fresh: dict[str, frozenset[str] | None]) -> None:
        """Move the counts (the dict given to set_counts, in place) from the model's old decisions to `fresh`."""
        for rid, themes in fresh.items():
            for tid in model.decision(rid) or ():
                self.counts[tid] = self.counts.get(tid, 0) - 1
            for tid in themes or ():
                self.counts[tid] = self.counts.get(tid, 0) + 1
        self._relabel()

    def show_decision(self, decision: frozenset[str] | None) -> None:
        """Tick the themes of the current answer (None = not yet coded)."""
        chosen = decision or frozenset()
        for row in range(self.list.count()):
            item = self.list.item(row)
            tid = item.data(Qt.ItemDataRole.UserRole)
            on = (decision == frozenset()) if tid == NONE_ITEM else tid in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def theme_for_key(self, key: int | str) -> str | None:
        """Return the theme id bound to a quick key (a number 1–9 means that digit's key)."""
        wanted = str(key)
        return next((tid for tid, k in self.keys.items() if k == wanted), None)

    def _relabel(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            tid = item.data(Qt.ItemDataRole.UserRole)
            base = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setText(base if tid == NONE_ITEM else f"{base}   ({self.counts.get(tid, 0)})")

    def _on_clicked(self, item: QListWidgetItem) -> None:
        tid = item.data(Qt.ItemDataRole.UserRole)
        if tid == NONE_ITEM:
            self.none_requested.emit()
        else:
            self.toggled.emit(tid)

    def pick_typed(self) -> None:
        """Toggle the theme whose name was typed (exact match first, else the first containing it)."""
        self.completer.popup().hide()
        text = self.pick.text().strip().casefold()
        if not text:
            return
        exact = [t for t in self.themes if t.name.casefold() == text]
        partial = [t for t in self.themes if text in t.name.casefold()]
        chosen = exact or partial
        if chosen:
            self.pick.clear()
            self.toggled.emit(chosen[0].id)


def _depths(themes: list[Theme]) -> dict[str, int]:
    """Return each theme's depth in the tree (0 for top level)."""
    parents = {t.id: t.parent_id for t in themes}
    depth: dict[str, int] = {}
    for t in themes:
        d, p = 0, t.parent_id
        while p is not None and d < 20:
            d, p = d + 1, parents.get(p)
        depth[t.id] = d
    return depth

"""The codebook editor: a theme tree with colours and counts, a form for each theme, add/move/merge/delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Theme
from app.gui.theme_panel import color_icon, fill_theme_combo, theme_tooltip
from app.project.outcomes import Changes, ProjectError, StaleTheme

ID_ROLE = Qt.ItemDataRole.UserRole


def format_keywords(keywords: dict[str, tuple[str, ...]]) -> str:
    """Show keywords one language per line: 'ru: реклама, объявление'."""
    return "\n".join(f"{lang}: {', '.join(words)}" for lang, words in keywords.items())


def parse_keywords(text: str) -> dict[str, tuple[str, ...]]:
    """Read the keyword lines back; a line without 'lang:' counts as language 'any'."""
    result: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        lang, sep, words = line.partition(":")
        if not sep or " " in lang.strip():
            lang, words = "any", line
        items = [w.strip() for w in words.split(",") if w.strip()]
        result.setdefault(lang.strip() or "any", []).extend(items)
    return {k: tuple(v) for k, v in result.items() if v}


class ThemeTree(QTreeWidget):
    """The theme tree; a drop asks the project to move the theme instead of moving the item itself."""

    move_requested = Signal(str, object, int)  # theme id, new parent id or None, position among siblings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Theme"), self.tr("Coded")])
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setUniformRowHeights(True)
        self.setIndentation(18)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        indicator = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is None:
            return
        theme_id = dragged.data(0, ID_ROLE)
        if target is None or indicator == QAbstractItemView.DropIndicatorPosition.OnViewport:
            self.move_requested.emit(theme_id, None, self.topLevelItemCount())
            return
        if indicator == QAbstractItemView.DropIndicatorPosition.OnItem:
            self.move_requested.emit(theme_id, target.data(0, ID_ROLE), target.childCount())
            return
        parent = target.parent()
        siblings = [
            parent.child(i) if parent else self.topLevelItem(i)
            for i in range(parent.childCount() if parent else self.topLevelItemCount())
        ]
        siblings = [s for s in siblings if s is not dragged]
        index = siblings.index(target) if target in siblings else len(siblings)
        if indicator == QAbstractItemView.DropIndicatorPosition.BelowItem:
            index += 1
        self.move_requested.emit(theme_id, parent.data(0, ID_ROLE) if parent else None, index)


class CodebookEditor(QWidget):
    """Edits the project's codebook through the facade; every change is one undoable step."""

    changed = Signal(object)  # Changes
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = None
        self.coder = ""
        self.themes: dict[str, Theme] = {}
        self.keys: dict[str, str] = {}
        self.tree = ThemeTree()
        self._form_id: str | None = None  # the theme whose fields the form shows
        self._saving = False
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._on_current_changed())
        self.tree.move_requested.connect(self.move_theme)
        add = QPushButton(self.tr("Add theme"))
        add.clicked.connect(lambda: self.add_theme(self.tr("New theme"), None))
        add_child = QPushButton(self.tr("Add sub-theme"))
        add_child.clicked.connect(lambda: self.add_theme(self.tr("New sub-theme"), self.selected_id()))
        tree_buttons = QHBoxLayout()
        tree_buttons.addWidget(add)
        tree_buttons.addWidget(add_child)
        tree_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)
        hint = QLabel(
            self.tr("Drag a theme onto another to make it a sub-theme, or between themes to reorder.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #80868b;")
        left_layout.addWidget(hint)

        self.name = QLineEdit()
        self.color = QLineEdit()
        self.color.setMaximumWidth(100)
        self.color_button = QPushButton()
        self.color_button.setFixedWidth(36)
        self.color_button.clicked.connect(self._pick_color)
        self.definition = QPlainTextEdit()
        self.inclusion = QPlainTextEdit()
        self.exclusion = QPlainTextEdit()
        self.examples = QPlainTextEdit()
        self.examples.setPlaceholderText(self.tr("One example quote per line"))
        self.quick_key = QLineEdit()
        self.quick_key.setMaximumWidth(120)
        self.quick_key.setPlaceholderText(self.tr("none"))
        self.quick_key.setToolTip(
            self.tr("A letter, digit or F-key, optionally with Ctrl+ or Shift+; empty gives the default key")
        )
        self.quick_key.editingFinished.connect(self.save_form)
        self.keywords = QPlainTextEdit()
        self.keywords.setPlaceholderText(self.tr("One language per line, e.g.  ru: реклама, объявление"))
        for box, lines in (
            (self.definition, 3),
            (self.inclusion, 2),
            (self.exclusion, 2),
            (self.examples, 3),
            (self.keywords, 3),
        ):
            box.setFixedHeight(
                box.fontMetrics().lineSpacing() * lines + 16
            )  # the form scrolls on small screens
        color_row = QHBoxLayout()
        color_row.addWidget(self.color_button)
        color_row.addWidget(self.color)
        color_row.addStretch(1)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Colour"), color_row)
        form.addRow(self.tr("Quick key"), self.quick_key)
        form.addRow(self.tr("Definition"), self.definition)
        form.addRow(self.tr("Include when"), self.inclusion)
        form.addRow(self.tr("Exclude when"), self.exclusion)
        form.addRow(self.tr("Examples"), self.examples)
        form.addRow(self.tr("Keywords"), self.keywords)
        self.name.editingFinished.connect(self.save_form)
        self.color.editingFinished.connect(self.save_form)
        for box in (self.definition, self.inclusion, self.exclusion, self.examples, self.keywords):
            box.installEventFilter(self)
        self.save_button = QPushButton(self.tr("Save theme"))
        self.save_button.setToolTip(
            self.tr("Edits are also saved on Enter, Ctrl+S and when you leave a field")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_form)
        save_action = QAction(self.tr("Save theme"), self)
        save_action.setShortcuts([QKeySequence("Ctrl+S"), QKeySequence("Ctrl+Return")])
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(lambda _checked=False: self.save_form())
        self.addAction(save_action)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.delete_button)

        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirmBar")
        self.confirm_bar.setStyleSheet(
            "#confirmBar { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"
        )
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.merge_target = QComboBox()
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.confirm_bar.hide)
        bar = QHBoxLayout(self.confirm_bar)
        bar.addWidget(self.confirm_text, 1)
        bar.addWidget(self.merge_target)
        bar.addWidget(self.confirm_button)
        bar.addWidget(cancel)
        self.confirm_bar.hide()
        self._pending = ""

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 4, 4, 0)
        right_layout.setSpacing(10)
        title = QLabel(self.tr("Theme"))
        title.setObjectName("panelTitle")
        right_layout.addWidget(title)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.confirm_bar)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(split)

    # ----- loading -----------------------------------------------------------------------------------
    def open(self, project, coder: str) -> None:
        """Show a project's codebook for a coder (counts are this coder's, so blind coding stays blind)."""
        self.project, self.coder = project, coder
        self.reload()

    def reload(self) -> None:
        """Rebuild the tree from the project, keeping the selection."""
        selected = self.selected_id()
        themes = self.project.themes()
        counts = self.project.theme_counts(self.coder)
        self.themes = {t.id: t for t in themes}
        self.keys = self.project.quick_keys()
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for theme in themes:
            parent = items.get(theme.parent_id) if theme.parent_id else None
            item = QTreeWidgetItem([theme.name, str(counts.get(theme.id, 0))])
            item.setIcon(0, color_icon(theme.color))
            item.setData(0, ID_ROLE, theme.id)
            item.setToolTip(0, theme_tooltip(theme))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[theme.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        target = items.get(selected or "") or (
            self.tree.topLevelItem(0) if self.tree.topLevelItemCount() else None
        )
        saving, self._saving = self._saving, True  # the form is re-read from the project, not saved
        try:
            if target is not None:
                self.tree.setCurrentItem(target)
        finally:
            self._saving = saving
        self._load_form()

    def selected_id(self) -> str | None:
        """Return the id of the selected theme."""
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def select(self, theme_id: str) -> None:
        """Select a theme in the tree."""
        for item in self._items():
            if item.data(0, ID_ROLE) == theme_id:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Save the form when a multi-line field loses focus."""
        if event.type() == QEvent.Type.FocusOut and self.project is not None:
            self.save_form()
        return super().eventFilter(watched, event)

    def _on_current_changed(self) -> None:
        """Keep the edits of the theme being left, then show the newly selected one."""
        if not self._saving:
            self.save_form()
            self._load_form()

    def _load_form(self) -> None:
        theme = self.themes.get(self.selected_id() or "")
        self._form_id = theme.id if theme else None
        self.confirm_bar.hide()
        for widget in (
            self.name,
            self.color,
            self.quick_key,
            self.definition,
            self.inclusion,
            self.exclusion,
            self.examples,
            self.keywords,
            self.save_button,
            self.merge_button,
            self.delete_button,
            self.color_button,
        ):
            widget.setEnabled(theme is not None)
        if theme is None:
            return
        self.name.setText(theme.name)
        self.color.setText(theme.color)
        self.quick_key.setText(self.keys.get(theme.id, ""))
        self.color_button.setIcon(color_icon(theme.color, 16))
        self.definition.setPlainText(theme.definition)
        self.inclusion.setPlainText(theme.inclusion)
        self.exclusion.setPlainText(theme.exclusion)
        self.examples.setPlainText("\n".join(theme.examples))
        self.keywords.setPlainText(format_keywords(theme.keywords))

    # ----- use cases ---------------------------------------------------------------------------------
    def form_fields(self) -> dict:
        """Return the form's fields that differ from the stored theme the form shows."""
        theme = self.themes[self._form_id]
        wanted = {
            "name": self.name.text().strip(),
            "color": self.color.text().strip() or theme.color,
            "definition": self.definition.toPlainText().strip(),
            "inclusion": self.inclusion.toPlainText().strip(),
            "exclusion": self.exclusion.toPlainText().strip(),
            "examples": tuple(x.strip() for x in self.examples.toPlainText().splitlines() if x.strip()),
            "keywords": parse_keywords(self.keywords.toPlainText()),
        }
        return {k: v for k, v in wanted.items() if getattr(theme, k) != v}

    def save_form(self) -> None:
        """Store the edited fields of the theme in the form as one undoable step (no step when unchanged)."""
        theme_id = self._form_id
        if self._saving or self.project is None or theme_id not in self.themes:
            return
        fields = self.form_fields()
        typed_key = self.quick_key.text().strip()
        key_changed = typed_key.casefold() != self.keys.get(theme_id, "").casefold()
        if fields.get("color") and not QColor(fields["color"]).isValid():
            self.failed.emit(self.tr("%1 is not a colour (use #rrggbb)").replace("%1", fields["color"]))
            return
        self._saving = True
        try:
            if fields:
                seen = self.themes[theme_id].version  # the version the form shows: refused if changed since
                self._run(
                    lambda: self.project.update_theme(theme_id, coder=self.coder, version=seen, **fields)
                )
            if key_changed and theme_id in self.themes:
                self._run(lambda: self.project.set_quick_key(theme_id, typed_key, coder=self.coder))
                if self._form_id == theme_id:
                    self.quick_key.setText(self.keys.get(theme_id, ""))
        finally:
            self._saving = False

    def add_theme(self, name: str, parent_id: str | None) -> None:
        """Add a theme with a unique placeholder name and select it for editing."""
        taken = {t.name.casefold() for t in self.themes.values() if t.parent_id == parent_id}
        unique, n = name, 2
        while unique.casefold() in taken:
            unique, n = f"{name} {n}", n + 1
        try:
            theme = self.project.add_theme(unique, coder=self.coder, parent_id=parent_id)
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return
        self.reload()
        self.select(theme.id)
        self.name.setFocus()
        self.name.selectAll()
        self.changed.emit(Changes(label=f"Add theme {unique}", codebook=True))

    def move_theme(self, theme_id: str, parent_id: str | None, position: int) -> None:
        """Move a theme (drag and drop) under a parent at a position."""
        seen = self.themes[theme_id].version if theme_id in self.themes else None
        self._run(
            lambda: self.project.move_theme(theme_id, parent_id, position, coder=self.coder, version=seen)
        )

    def ask_delete(self) -> None:
        """Show how many codings a delete would remove, and ask to confirm."""
        theme_id = self.selected_id()
        if theme_id is None:
            return
        used = self.project.theme_usage(theme_id)
        self._pending = "delete"
        self.merge_target.hide()
        self.confirm_text.setText(
            self.tr("Delete “%1”? %2 codings (all coders) will be removed; sub-themes move up.")
            .replace("%1", self.themes[theme_id].name)
            .replace("%2", str(used))
        )
        self.confirm_button.setText(self.tr("Delete"))
        self.confirm_bar.show()

    def ask_merge(self) -> None:
        """Show how many codings a merge would move, choose the target, and ask to confirm."""
        theme_id = self.selected_id()
        if theme_id is None:
            return
        used = self.project.theme_usage(theme_id)
        self._pending = "merge"
        self.merge_target.clear()
        fill_theme_combo(self.merge_target, list(self.themes.values()), skip={theme_id})
        self.merge_target.show()
        self.confirm_text.setText(
            self.tr("Merge “%1” (%2 codings) into:")
            .replace("%1", self.themes[theme_id].name)
            .replace("%2", str(used))
        )
        self.confirm_button.setText(self.tr("Merge"))
        self.confirm_bar.show()

    def _confirm(self) -> None:
        theme_id = self.selected_id()
        self.confirm_bar.hide()
        if theme_id is None:
            return
        seen = self.themes[theme_id].version
        if self._pending == "delete":
            self._run(lambda: self.project.delete_theme(theme_id, coder=self.coder, version=seen))
        elif self._pending == "merge" and self.merge_target.currentData():
            target = self.merge_target.currentData()
            target_seen = self.themes[target].version if target in self.themes else None
            self._run(
                lambda: self.project.merge_themes(
                    theme_id, target, coder=self.coder, version=seen, target_version=target_seen
                )
            )
            self.select(target)

    def _run(self, use_case) -> None:
        try:
            changes = use_case()
        except StaleTheme as exc:  # another coder changed the theme since it was shown: show theirs
            self.reload()
            self.changed.emit(Changes(label="", codebook=True))
            self.failed.emit(self.tr("%1; refreshed").replace("%1", str(exc)))
            return
        except ProjectError as exc:  # refused use cases become a one-line message
            self.failed.emit(str(exc))
            return
        self.reload()
        self.changed.emit(changes)

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color.text() or "#4e79a7"), self, self.tr("Theme colour"))
        if color.isValid():
            self.color.setText(color.name())
            self.color_button.setIcon(color_icon(color.name(), 16))

"""Ranked theme suggestions for the current answer, computed off the GUI thread so keys never wait."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.models import Theme
from app.gui.style import ElidedLabel
from app.gui.theme_panel import color_icon

Example = tuple[str, str, frozenset[str], str]  # (response id, text, theme ids, question id)


def load_engine_class() -> type | None:
    """Return app.core.suggest.SuggestionEngine when that module is installed."""
    try:
        return importlib.import_module("app.core.suggest").SuggestionEngine
    except (ImportError, AttributeError):
        return None


def _number(value: float, decimals: int = 2) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _fill(template: str, *values: str) -> str:
    """Put values in for %1, %2... in one pass (a quoted answer may itself contain "%2")."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(),
        template,
    )


class SuggestionService(QObject):
    """Owns one suggestion engine on its own worker thread; every call to it is queued there."""

    ready = Signal(str, list)  # response id, suggestions (best first)

    def __init__(self, parent: QObject | None = None, top_k: int = 5) -> None:
        super().__init__(parent)
        self.top_k = top_k
        self.engine_class = load_engine_class()
        self._engine: Any = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thematic-suggest")
        self._generation = 0
        self._closed = False
        self._meaning: Any = None  # answer vectors (app.core.semantic.MeaningIndex) when embedded

    def _submit(self, work) -> None:
        """Queue work on the engine thread, unless the service has been shut down (late timers)."""
        if not self._closed:
            self._executor.submit(work)

    @property
    def available(self) -> bool:
        """True when the suggestion engine is installed."""
        return self.engine_class is not None

    def rebuild_for(self, project, coder: str, themes: list[Theme]) -> None:
        """Teach a fresh engine this coder's codings of every question."""
        decisions = project.coder_codings(coder)
        examples = (
            [
                (r.id, r.text, decisions[r.id], r.question_id)
                for r in project.responses()
                if decisions.get(r.id)
            ]
            if decisions
            else []
        )
        self.rebuild(themes, examples)

    def rebuild(self, themes: list[Theme], examples: Iterable[Example]) -> None:
        """Start a fresh engine from the codebook and this coder's codings (after open or codebook edits)."""
        if not self.available:
            return
        self._generation += 1
        generation, examples = self._generation, list(examples)

        def build() -> None:
            engine = self.engine_class(themes)
            engine.semantic = self._meaning
            engine.load_examples((rid, text, tuple(ids), qid) for rid, text, ids, qid in examples if ids)
            if generation == self._generation:
                self._engine = engine

        self._submit(build)

    def set_meaning(self, index: Any) -> None:
        """Let the engine compare answers by meaning too (None: fuzzy likeness only), now and after rebuilds."""
        self._meaning = index

        def attach() -> None:
            if self._engine is not None:
                self._engine.semantic = index

        self._submit(attach)

    def add_example(self, example: Example) -> None:
        """Teach the engine one new coding (queued behind any running suggestion)."""
        if self.available:
            rid, text, theme_ids, qid = example
            self._submit(
                lambda: (
                    self._engine is not None and self._engine.add_example(rid, text, tuple(theme_ids), qid)
                )
            )

    def request(self, response_id: str, text: str, question_id: str) -> None:
        """Compute suggestions for an answer; `ready` fires on the GUI thread when they are known."""
        if not self.available:
            return

        def compute() -> None:
            if self._engine is None:
                return
            try:
                found = list(
                    self._engine.suggest(
                        text, top_k=self.top_k, question_id=question_id, exclude_response_id=response_id
                    )
                )
            except Exception:  # a failing suggestion must never break the coding loop
                found = []
            self.ready.emit(response_id, found)

        self._submit(compute)

    def wait_idle(self) -> None:
        """Block until queued engine work is done (tests and benchmarks)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Stop the worker thread."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


class SuggestionsPanel(QWidget):
    """Shows suggested themes with their score and the reason; Enter accepts the top one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = ElidedLabel(self.tr("Suggestions  (Enter or Alt+1 accepts the first, Alt+2, Alt+3 the next)"))
        title.setObjectName("panelTitle")
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setIconSize(self.list.iconSize())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #80868b;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        self.suggestions: list[Any] = []

    def show_unavailable(self) -> None:
        """Say that no suggestion engine is installed."""
        self.list.clear()
        self.suggestions = []
        self.note.setText(self.tr("Suggestions are not available in this installation."))

    def show_pending(self) -> None:
        """Empty the list while the next answer's suggestions are computed."""
        self.list.clear()
        self.suggestions = []
        self.note.setText("")

    def show_suggestions(self, suggestions: list[Any], themes: dict[str, Theme]) -> None:
        """List suggestions best first, each with score and reasons."""
        self.list.clear()
        self.suggestions = [s for s in suggestions if s.theme_id in themes]
        for place, s in enumerate(self.suggestions):
            theme = themes[s.theme_id]
            key = f"Alt+{place + 1}   " if place < 3 else ""
            reasons = "  ·  ".join(self.reason_text(r) for r in getattr(s, "reasons", ())[:2])
            item = QListWidgetItem(
                color_icon(theme.color), f"{key}{theme.name}   {s.score:.2f}\n{reasons}".rstrip()
            )
            item.setToolTip("\n".join(self.reason_text(r) for r in getattr(s, "reasons", ())))
            self.list.addItem(item)
        self.note.setText("" if self.suggestions else self.tr("No suggestion for this answer yet."))

    def reason_text(self, reason: Any) -> str:
        """Phrase a suggestion reason in the interface language from its data (kind, quoted items, score)."""
        kind = getattr(reason, "kind", "")
        if kind == "keyword":
            words = self.tr("”, “").join(reason.items)
            return _fill(
                self.tr("Keyword “%1” matches “%2” (%3)"), reason.keyword, words, _number(reason.score)
            )
        if kind == "example":
            quotes = [
                _fill(self.tr("“%1” (%2)"), item, _number(score))
                for item, score in zip(reason.items, reason.scores)
            ]
            return _fill(self.tr("Like coded answers: %1"), self.tr("; ").join(quotes))
        if kind == "prior":
            template = self.tr("Given to %1 of %n coded answer(s) (%2%)", "", int(reason.total))
            locale = QLocale()
            return _fill(
                template, locale.toString(int(reason.count)), locale.toString(round(reason.score * 100))
            )
        return str(getattr(reason, "text", ""))

    def top(self) -> Any | None:
        """Return the best suggestion shown, if any."""
        return self.at(0)

    def at(self, index: int) -> Any | None:
        """Return the suggestion shown at a place (0 = best), if there is one."""
        return self.suggestions[index] if 0 <= index < len(self.suggestions) else None

    def spans(self) -> list[tuple[int, int]]:
        """Return the answer spans that the shown suggestions matched."""
        return [
            tuple(span)
            for s in self.suggestions[:3]
            for r in getattr(s, "reasons", ())
            for span in (getattr(r, "spans", ()) or ())
        ]

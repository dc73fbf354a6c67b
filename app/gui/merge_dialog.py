"""File ▸ Merge coder's project: choose another .thematic file and show what the merge brought in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.file_dialogs import ask_open_path

PROJECT_FILTER = "Thematic projects (*.thematic);;All files (*)"


def choose_project_file(parent: QWidget, start: str) -> str:
    """Ask for the coder's project file to merge; empty when the user cancelled."""
    return ask_open_path(parent, parent.tr("Merge a coder's project"), start, PROJECT_FILTER)


def merge_summary(detail: dict) -> tuple[str, list[str]]:
    """Return a one-paragraph summary of a merge and the lines worth reading (conflicts, unmatched answers)."""
    coders = ", ".join(detail.get("coders", [])) or "no coder"
    parts = [
        f"{detail.get('codings_added', 0):,} codings",
        f"{detail.get('none_applies_added', 0):,} “no theme applies” decisions",
        f"{detail.get('memos_added', 0):,} memos",
        f"{detail.get('themes_added', 0):,} new themes",
    ]
    summary = f"Merged the work of {coders}: {', '.join(parts)} added."
    lines: list[str] = []
    if detail.get("renamed_themes"):
        lines += ["Themes matched under another name:", *(f"  • {r}" for r in detail["renamed_themes"]), ""]
    if detail.get("conflicts"):
        lines += [
            f"Conflicts ({len(detail['conflicts']):,}; this project's codings were kept):",
            *(f"  • {c}" for c in detail["conflicts"]),
            "",
        ]
    if detail.get("unmatched"):
        lines += [
            f"Could not be matched ({len(detail['unmatched']):,}; not brought in):",
            *(f"  • {u}" for u in detail["unmatched"]),
        ]
    if (
        not detail.get("codings_added")
        and not detail.get("none_applies_added")
        and not detail.get("memos_added")
    ):
        summary += " Nothing new: this file was merged before, or holds no work of its own."
    return summary, lines


class MergeSummaryDialog(QDialog):
    """Shows the counts of a merge, the conflicts kept and what could not be matched."""

    def __init__(self, file_name: str, detail: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merged %1").replace("%1", file_name))
        summary, lines = merge_summary(detail)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(lines).strip())
        self.details.setReadOnly(True)
        self.details.setVisible(bool(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(620, 380 if lines else 140)

"""Codebook diagnosis window: theme-pair confusions, weak themes with example answers, agreement per block."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.agreement_diagnosis import NOTHING_INSTEAD
from app.gui import agreement_words
from app.gui.style import fit_to_screen

MAX_CONFUSIONS = 20


def _stat(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{100 * value:.1f}%" if percent else f"{value:.2f}"


class DiagnosisDialog(QDialog):
    """Shows `project.agreement_diagnosis()`: what a team reads between coding rounds to sharpen definitions."""

    def __init__(self, data: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Codebook diagnosis"))
        self.view = QTextBrowser()
        self.view.setObjectName("diagnosisView")
        self.view.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)

    def html(self) -> str:
        """Render the three parts as simple HTML tables (the words translated first, then escaped)."""
        d = self.data
        words = self._words()
        out = [
            f"<p style='color:#5f6368'>{words['coders']}</p>",
            f"<h3>{words['confusions']}</h3>",
            f"<p style='color:#5f6368'>{words['confusions_note']}</p>",
            "<table cellpadding='3'>",
            f"<tr><th align='left'>{words['given']}</th><th align='left'>{words['instead']}</th>"
            f"<th align='right'>{words['answers']}</th></tr>",
        ]
        for c in d["confusions"][:MAX_CONFUSIONS]:
            out.append(
                f"<tr><td>{escape(c['theme'])}</td><td>{self._partner(c['partner'])}</td><td align='right'>{c['count']:,}</td></tr>"
            )
        out.append("</table>")
        if not d["confusions"]:
            out.append(f"<p>{words['same']}</p>")
        out.append(f"<h3>{words['weak']}</h3>")
        for w in d["weak_themes"]:
            out.append(f"<p><b>{escape(w['theme'])}</b> (α = {_stat(w['alpha'])})</p><ul>")
            for p in w["partners"]:
                examples = "".join(f"<br><i>“{escape(e['text'][:200])}”</i>" for e in p["examples"])
                out.append(f"<li>{self._partner(p['partner'])}: {p['count']:,}{examples}</li>")
            out.append("</ul>")
        if not d["weak_themes"]:
            out.append(f"<p>{words['none']}</p>")
        out += [
            f"<h3>{words['order']}</h3>",
            f"<p style='color:#5f6368'>{words['blocks']}</p>",
            "<table cellpadding='3'>",
            f"<tr><th align='left'>{words['answers']}</th><th align='right'>n</th>"
            f"<th align='right'>{words['identical']}</th><th align='right'>α</th></tr>",
        ]
        for b in d["blocks"]:
            out.append(
                f"<tr><td>{b['first']:,}–{b['last']:,}</td><td align='right'>{b['units']:,}</td>"
                f"<td align='right'>{_stat(b['exact'], True)}</td><td align='right'>{_stat(b['alpha'])}</td></tr>"
            )
        out.append("</table>")
        return "".join(out)

    def _partner(self, name: str) -> str:
        """A confused theme's name, escaped; core's "(nothing instead)" in the interface language."""
        return escape(self.tr("(nothing instead)") if name == NOTHING_INSTEAD else name)

    def _words(self) -> dict[str, str]:
        """Return the window's headings and notes in the interface language, HTML-escaped."""
        d = self.data
        words = {
            "coders": self.tr("Coders: %1 · level of themes: %2")
            .replace("%1", ", ".join(d["coders"]))
            .replace("%2", agreement_words.level(d["level_of_themes"])),
            "confusions": self.tr("Most frequent confusions"),
            "confusions_note": self.tr(
                "Answers on which one coder gave the first theme and another coder gave the second instead."
            ),
            "given": self.tr("Theme given"),
            "instead": self.tr("Other coder gave instead"),
            "answers": self.tr("Answers"),
            "same": self.tr("The coders gave the same themes on every answer."),
            "weak": self.tr("Themes with low agreement (α below .667)"),
            "none": self.tr("None."),
            "order": self.tr("Agreement over the coding order"),
            "blocks": self.tr("Blocks of %1 answers in the order of the coding loop.").replace(
                "%1", str(d["block_size"])
            ),
            "identical": self.tr("Identical sets"),
        }
        return {key: escape(text) for key, text in words.items()}

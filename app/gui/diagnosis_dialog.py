"""Codebook diagnosis window: theme-pair confusions, weak themes with example answers, agreement per block."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

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
        self.resize(760, 640)

    def html(self) -> str:
        """Render the three parts as simple HTML tables."""
        d = self.data
        out = [
            f"<p style='color:#5f6368'>{escape(self.tr('Coders'))}: {escape(', '.join(d['coders']))} · "
            f"{escape(self.tr('level of themes'))}: {escape(d['level_of_themes'])}</p>",
            f"<h3>{escape(self.tr('Most frequent confusions'))}</h3>",
            f"<p style='color:#5f6368'>{escape(self.tr('Answers on which one coder gave the first theme and another coder gave the second instead.'))}</p>",
            "<table cellpadding='3'>",
            f"<tr><th align='left'>{escape(self.tr('Theme given'))}</th>"
            f"<th align='left'>{escape(self.tr('Other coder gave instead'))}</th>"
            f"<th align='right'>{escape(self.tr('Answers'))}</th></tr>",
        ]
        for c in d["confusions"][:MAX_CONFUSIONS]:
            out.append(
                f"<tr><td>{escape(c['theme'])}</td><td>{escape(c['partner'])}</td><td align='right'>{c['count']:,}</td></tr>"
            )
        out.append("</table>")
        if not d["confusions"]:
            out.append(f"<p>{escape(self.tr('The coders gave the same themes on every answer.'))}</p>")
        out.append(f"<h3>{escape(self.tr('Themes with low agreement (α below .667)'))}</h3>")
        for w in d["weak_themes"]:
            out.append(f"<p><b>{escape(w['theme'])}</b> (α = {_stat(w['alpha'])})</p><ul>")
            for p in w["partners"]:
                examples = "".join(f"<br><i>“{escape(e['text'][:200])}”</i>" for e in p["examples"])
                out.append(f"<li>{escape(p['partner'])}: {p['count']:,}{examples}</li>")
            out.append("</ul>")
        if not d["weak_themes"]:
            out.append(f"<p>{escape(self.tr('None.'))}</p>")
        out += [
            f"<h3>{escape(self.tr('Agreement over the coding order'))}</h3>",
            f"<p style='color:#5f6368'>{escape(self.tr('Blocks of %1 answers in the order of the coding loop.').replace('%1', str(d['block_size'])))}</p>",
            "<table cellpadding='3'>",
            f"<tr><th align='left'>{escape(self.tr('Answers'))}</th><th align='right'>n</th>"
            f"<th align='right'>{escape(self.tr('Identical sets'))}</th><th align='right'>α</th></tr>",
        ]
        for b in d["blocks"]:
            out.append(
                f"<tr><td>{b['first']:,}–{b['last']:,}</td><td align='right'>{b['units']:,}</td>"
                f"<td align='right'>{_stat(b['exact'], True)}</td><td align='right'>{_stat(b['alpha'])}</td></tr>"
            )
        out.append("</table>")
        return "".join(out)

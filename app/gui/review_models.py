"""Table models of the agreement review: agreement per theme, and the answers the coders disagree on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.core.agreement_categorical import CategoricalAgreement
from app.core.agreement_interpret import prevalence_facts
from app.core.agreement_units import AgreementReport, ThemeAgreement
from app.gui import agreement_words
from app.gui.table_model import RowTableModel

DASH = "—"
SETTLED_BACKGROUND = QColor("#eef7ee")
SUMMARY_BACKGROUND = QColor("#f1f3f4")
WARNING_COLOR = QColor("#a15c00")
Index = QModelIndex | QPersistentModelIndex


def format_value(value: float | None, digits: int = 3) -> str:
    """Show a statistic with fixed digits, or a dash when it is undefined."""
    return DASH if value is None else f"{value:.{digits}f}"


def format_interval(value: float | None, ci: Sequence[float] | None) -> str:
    """Show a value with its 95% interval: 0.812  [0.70, 0.90]."""
    if value is None:
        return DASH
    return format_value(value) + (f"  [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "")


def kappa_name(coders: Sequence[str]) -> str:
    """Cohen's kappa compares two coders; Fleiss' kappa three or more."""
    return "cohen_kappa" if len(coders) == 2 else "fleiss_kappa"


class AgreementModel(RowTableModel):
    """Summary rows first (categorical when single-choice, pooled, MASI), then one row per theme; read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.coders: list[str] = []
        self.rows: list[tuple[str, Any]] = []  # (label, statistics); the first `summaries` are summaries
        self.report: AgreementReport | None = None
        self.categorical: CategoricalAgreement | None = None
        self.summaries = 0

    # ----- filling ---------------------------------------------------------------------------------------
    def set_report(
        self,
        report: AgreementReport | None,
        theme_names: Mapping[str, str],
        categorical: CategoricalAgreement | None = None,
    ) -> None:
        """Show a fresh report (None empties the table); `categorical` adds the one-category-per-answer row."""
        self.beginResetModel()
        self.report, self.categorical = report, categorical
        self.coders = list(report.coders) if report else []
        self.rows = []
        if report is not None:
            if categorical is not None:
                self.rows.append((self.tr("One category per answer (single-choice)"), categorical))
            self.rows += [
                (self.tr("All themes (pooled)"), report.overall),
                (self.tr("Theme sets (MASI-weighted α)"), report.overall),
            ]
            self.summaries = len(self.rows)
            self.rows += [(theme_names.get(t.theme_id, t.theme_id), t) for t in report.themes]
        self.endResetModel()

    def headers(self) -> list[str]:
        """Return the column titles."""
        kappa = self.tr("κ (Cohen)") if len(self.coders) == 2 else self.tr("κ (Fleiss)")
        return [
            self.tr("Theme"),
            "n",
            *self.coders,
            self.tr("% agreement"),
            kappa,
            self.tr("α  [95% CI]"),
            self.tr("Interpretation"),
            self.tr("Warnings"),
        ]

    # ----- Qt model interface ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        label, item = self.rows[index.row()]
        masi = index.row() == self.summaries - 1
        summary = index.row() < self.summaries
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and summary:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and summary:
            return SUMMARY_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column < self._label_column()
                else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self._label_column() + 1:
            return WARNING_COLOR
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(label, item, column, masi)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column, masi)
        return None

    # ----- cells -----------------------------------------------------------------------------------------
    def _label_column(self) -> int:
        return 5 + len(self.coders)

    def _stat_for(self, column: int, masi: bool) -> str | None:
        """Return the statistic a column shows (None for non-statistic columns)."""
        first = 2 + len(self.coders)
        if masi:
            return "krippendorff_alpha_masi" if column == first + 2 else None
        return {
            first: "percent_agreement",
            first + 1: kappa_name(self.coders),
            first + 2: "krippendorff_alpha",
        }.get(column)

    def _text(self, label: str, item: ThemeAgreement, column: int, masi: bool) -> str:
        if column == 0:
            return label
        if column == 1:
            return "" if masi else f"{self.report.units if item is self.report.overall else item.units:,}"
        if column < 2 + len(self.coders):
            if isinstance(item, CategoricalAgreement):
                return f"{item.values.get(self.coders[column - 2], 0):,}"
            return (
                ""
                if masi or item is self.report.overall
                else f"{item.present.get(self.coders[column - 2], 0):,}"
            )
        stat = self._stat_for(column, masi)
        if stat == "percent_agreement":
            value = item.statistics.get(stat)
            return DASH if value is None else f"{100 * value:.1f}%"
        if stat in ("krippendorff_alpha", "krippendorff_alpha_masi"):
            return format_interval(item.statistics.get(stat), item.ci.get(stat))
        if stat is not None:
            return format_value(item.statistics.get(stat))
        labels: Mapping[str, str] = item.interpretation.get("labels", {})  # type: ignore[assignment]
        if column == self._label_column():
            word = agreement_words.label
            if masi:
                label = labels.get("krippendorff_alpha_masi")
                return f"α {word(label)}" if label else ""
            parts = [f"κ {word(labels[k])}" for k in (kappa_name(self.coders),) if k in labels]
            parts += [f"α {word(labels['krippendorff_alpha'])}"] if "krippendorff_alpha" in labels else []
            return " · ".join(parts)
        warnings = [] if masi else item.interpretation.get("warnings", [])
        return "⚠ " + self.tr("prevalence") if warnings else ""

    def _tooltip(self, item: ThemeAgreement, column: int, masi: bool) -> str | None:
        stat = self._stat_for(column, masi)
        if stat is not None and item.statistics.get(stat) is None:
            why = item.undefined.get(stat)
            return agreement_words.reason(why) if why else self.tr("not defined for these codings")
        if isinstance(item, CategoricalAgreement):
            others = ", ".join(f"{k} {format_value(v)}" for k, v in item.statistics.items() if v is not None)
            return self.tr(
                "each answer is one category (a theme, or no theme); answers two or more coders decided; %1"
            ).replace("%1", others)
        if column == 1 and not masi and item is self.report.overall:
            return self.tr(
                "answers two or more compared coders decided; pooled over %1 answer × theme pairs"
            ).replace("%1", f"{item.units:,}")
        if column == 1 and not masi:
            return self.tr("answers two or more compared coders decided")
        if column == self._label_column() + 1 and not masi:
            if not item.interpretation.get("warnings"):
                return None
            facts = prevalence_facts(item.statistics)
            english = "\n".join(item.interpretation.get("warnings", []))  # type: ignore[arg-type]
            return agreement_words.prevalence_warning(facts) if facts is not None else english
        if masi and column == 0:
            return self.tr(
                "Krippendorff's α over whole theme sets, with the MASI distance (partial credit for overlap)"
            )
        return None


class DisagreementsModel(RowTableModel):
    """Answers whose coders chose different theme sets, with each coder's themes and the consensus so far."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.coders: list[str] = []
        self.rows: list[dict] = []
        self.texts: dict[str, tuple[str, str]] = {}  # response id -> (respondent, answer text)
        self.theme_names: dict[str, str] = {}

    def set_rows(
        self,
        rows: list[dict],
        coders: Sequence[str],
        texts: Mapping[str, tuple[str, str]],
        theme_names: Mapping[str, str],
    ) -> None:
        """Show a fresh list from project.disagreements()."""
        self.beginResetModel()
        self.rows, self.coders = list(rows), list(coders)
        self.texts, self.theme_names = dict(texts), dict(theme_names)
        self.endResetModel()

    def names(self, theme_ids: Sequence[str] | None) -> str:
        """Show theme ids as names; an empty set means no theme applies; None means not decided."""
        if theme_ids is None:
            return ""
        if not theme_ids:
            return self.tr("(no theme applies)")
        return ", ".join(self.theme_names.get(t, t) for t in theme_ids)

    def set_consensus(self, response_id: str, consensus: Sequence[str] | None) -> None:
        """Update one row after a decision."""
        for row, item in enumerate(self.rows):
            if item["response_id"] == response_id:
                item["consensus"] = sorted(consensus) if consensus is not None else None
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def next_unsettled(self, after: int) -> int | None:
        """Return the first unsettled row after `after`, wrapping around; None when all are settled."""
        n = len(self.rows)
        for step in range(1, n + 1):
            row = (after + step) % n
            if self.rows[row]["consensus"] is None:
                return row
        return None

    def response_id(self, row: int) -> str | None:
        """Return the answer shown on a row."""
        return self.rows[row]["response_id"] if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        """Return the column titles: respondent, answer, one per coder, consensus."""
        return [self.tr("Respondent"), self.tr("Answer"), *self.coders, self.tr("Consensus")]

    # ----- Qt model interface ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        item = self.rows[index.row()]
        column = index.column()
        respondent, text = self.texts.get(item["response_id"], ("", ""))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return respondent
            if column == 1:
                return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
            if column < 2 + len(self.coders):
                return self.names(item["themes"].get(self.coders[column - 2], []))
            if item["consensus"] is None:
                return "" if role == Qt.ItemDataRole.ToolTipRole else self.tr("not settled")
            return "✓ " + self.names(item["consensus"])
        if role == Qt.ItemDataRole.BackgroundRole and item["consensus"] is not None:
            return SETTLED_BACKGROUND
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 2 + len(self.coders)
            and item["consensus"] is None
        ):
            return QColor("#80868b")
        return None


def study_summary(study, apart: Sequence[str]) -> str:
    """The line under the agreement table: what was compared, on which answers and units, pairs, warnings."""
    report = study.binary
    left_out = (
        QCoreApplication.translate(
            "ReviewDialog", " (%1 answers decided by one coder only are left out)"
        ).replace("%1", f"{report.excluded_units:,}")
        if report.excluded_units
        else ""
    )
    pairs = "; ".join(
        f"{p.coders[0]}–{p.coders[1]} n = {p.units:,}, κ {format_value(p.statistics.get('cohen_kappa'), 2)}"
        for p in study.pairs
    )
    text = (
        QCoreApplication.translate(
            "ReviewDialog",
            "%1 answers decided by two or more of %2%3; themes: %5; unit: %6. Pairs: %7. α intervals: "
            "percentile bootstrap over answers, %4 draws. Hover a dash for why a statistic is undefined.",
        )
        .replace("%1", f"{report.units:,}")
        .replace("%2", ", ".join(report.coders))
        .replace("%3", left_out)
        .replace("%4", f"{report.bootstrap:,}")
        .replace("%5", agreement_words.level(study.level))
        .replace("%6", agreement_words.unit(study.unit))
        .replace("%7", pairs)
    )
    if apart and not set(apart) & set(report.coders):
        text += " " + QCoreApplication.translate(
            "ReviewDialog", "Not ticked, far fewer answers: %1."
        ).replace("%1", ", ".join(apart))
    return text + "".join(f"\n⚠ {w}" for w in agreement_words.study_warnings(study))

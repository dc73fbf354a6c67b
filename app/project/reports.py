"""Report and export use cases of the project facade: fill the core's plain inputs from storage."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.core.agreement_bootstrap import capped_draws
from app.core.export import ExportData, write_csv, write_xlsx
from app.core.pdf import render_codebook_pdf, render_pdf
from app.core.progress import Progress
from app.core.references import UnknownReference, resolve_attribute
from app.core.report import build_report
from app.core.report_agreement import UNUSED_REASON, AgreementSummary, summarise_study
from app.core.report_records import AgreementRow, ReportContent, ReportData
from app.core.spans import span_positions
from app.project.agreement import CONSENSUS_CODER, AnalysisUseCases
from app.project.outcomes import ProjectError
from app.storage import spans_store

ANY_CODER = "any"


def _names(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    names = list(names)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


class ReportUseCases(AnalysisUseCases):
    """Mixin of the Project facade that writes the PDF summary and the coded-data exports."""

    def reported_decisions(
        self, coding: str, question_id: str | None = None
    ) -> tuple[str, dict[str, frozenset[str]]]:
        """Return a label and the decisions to report: one coder's, the consensus, or a union of coders'.

        `coding` is ANY_CODER (every coder but the consensus, the default), a coder's name, the
        consensus coder's name, or several coder names joined by commas (their union).
        """
        names = {c.name for c in self.coders()}
        decided = self.all_decisions(question_id)
        if coding == ANY_CODER or (coding not in names and "," in coding):
            chosen = (
                [n for n in decided if n != CONSENSUS_CODER]
                if coding == ANY_CODER
                else list(dict.fromkeys(n.strip() for n in coding.split(",") if n.strip()))
            )
            unknown = [n for n in chosen if n not in names]
            if unknown:
                raise ProjectError(f"no coder named {unknown[0]!r}")
            merged: dict[str, frozenset[str]] = {}
            for name in chosen:
                for response_id, themes in decided.get(name, {}).items():
                    merged[response_id] = merged.get(response_id, frozenset()) | themes
            if coding == ANY_CODER:
                return "the union of all coders' codings (any coder)", merged
            return f"the union of the codings of {_names(chosen)}", merged
        if coding not in names:
            raise ProjectError(
                f"no coder named {coding!r}"
                if coding != CONSENSUS_CODER
                else "there is no consensus coding yet (settle disagreements first)"
            )
        label = "the consensus coding" if coding == CONSENSUS_CODER else f"coder {coding}'s coding"
        return label, self.coder_codings(coding, question_id)

    def _coding_names(self, coding: str, decided: dict) -> list[str]:
        """The coders whose codings make up a reported coding (checked by `reported_decisions`)."""
        if coding == ANY_CODER:
            return [n for n in decided if n != CONSENSUS_CODER]
        if coding in {c.name for c in self.coders()}:
            return [coding]
        return list(dict.fromkeys(n.strip() for n in coding.split(",") if n.strip()))

    def coding_statement(self, coding: str) -> str:
        """Say on the title page which coding is reported, that it is a choice, and what the default is."""
        coders = [c.name for c in self.coders() if c.name != CONSENSUS_CODER]
        if coding == ANY_CODER:
            who = (
                " or ".join([", ".join(coders[:-1]), coders[-1]]) if len(coders) > 1 else "".join(coders)
            ) or "any coder"
            return (
                f"An answer carries a theme when {who} gave it. This is the default; one coder, named "
                "coders or the consensus can be chosen instead (report --coder NAME[,NAME…], --consensus)."
            )
        extra = (
            " Answers without a consensus decision count as not yet coded."
            if coding == CONSENSUS_CODER
            else ""
        )
        return (
            "Chosen for this report instead of the default, the union of all coders' codings "
            f"(any coder).{extra}"
        )

    def _agreement_rows(
        self, bootstrap: int, coders: Sequence[str] | None = None, level: str = "all"
    ) -> tuple[list[AgreementRow] | None, AgreementRow | None, AgreementSummary | None, dict | None]:
        """Compute agreement for the report when two or more coders coded; else nothing."""
        compared = self.compared_coders(coders)
        decisions = self.all_decisions()
        compared = [c for c in compared if decisions.get(c)]
        if len(compared) < 2:
            return None, None, None, None
        bootstrap = capped_draws(bootstrap)[0]
        study = self.agreement_study(compared if coders else None, level=level, bootstrap=bootstrap)
        names = {t.id: t.name for t in self.themes()}
        kappa_name = "cohen_kappa" if len(study.coders) == 2 else "fleiss_kappa"
        unused = set(study.unused_theme_ids)

        def row(item, label: str) -> AgreementRow:
            stats, ci = item.statistics, item.ci
            alpha_ci = tuple(ci["krippendorff_alpha"]) if "krippendorff_alpha" in ci else None
            labels = item.interpretation.get("labels", {})
            reason = item.undefined.get("krippendorff_alpha", "")
            if item.theme_id in unused:
                reason = UNUSED_REASON
            percent = stats.get("percent_agreement")
            return AgreementRow(
                label,
                study.binary.units,
                None if percent is None else 100.0 * percent,
                stats.get(kappa_name),
                stats.get("krippendorff_alpha"),
                alpha_ci,
                labels.get("krippendorff_alpha", ""),
                reason,
            )

        rows = [row(t, names.get(t.theme_id, t.theme_id)) for t in study.binary.themes]
        method = f"percentile bootstrap over answers, {bootstrap:,} draws" if bootstrap else ""
        themes = self.themes()
        summary = summarise_study(study, names, method, any(t.parent_id for t in themes))
        diagnosis = self.agreement_diagnosis(list(study.coders), level=level)
        return rows, row(study.binary.overall, "All themes (pooled)"), summary, diagnosis

    def report_content(
        self,
        *,
        coding: str = ANY_CODER,
        by: Sequence[str] = (),
        include_quotes: bool = True,
        bootstrap: int = 1000,
        coders: Sequence[str] | None = None,
        level: str = "all",
        progress: Progress | None = None,
    ) -> ReportContent:
        """Count and word everything the PDF prints (the methods paragraph included), without drawing."""
        report_progress = progress or (lambda fraction, label: None)
        report_progress(0.0, "Collecting data")
        label, coded = self.reported_decisions(coding)
        respondents = self.respondents()
        try:
            by = [resolve_attribute(name, self.attribute_names()) for name in by]
        except UnknownReference as exc:
            raise ProjectError(str(exc)) from None
        report_progress(0.05, "Measuring agreement")
        agreement, overall, summary, diagnosis = self._agreement_rows(bootstrap, coders, level)
        data = ReportData(
            title=self.title,
            generated=date.today(),
            reported_coding=label,
            coding_statement=self.coding_statement(coding),
            coders=[c.name for c in self.coders() if c.name != CONSENSUS_CODER],
            questions=self.questions(),
            themes=self.themes(),
            respondents=respondents,
            responses=self.responses(),
            coded=coded,
            attributes_by=list(by),
            agreement=agreement,
            agreement_overall=overall,
            include_quotes=include_quotes,
            agreement_summary=summary,
            diagnosis=diagnosis,
            single_choice=self.is_single_choice(),
            spans=self._reported_spans(coded),
        )
        report_progress(0.15, "Building report")
        return build_report(data)

    def report(
        self,
        path: str | Path,
        *,
        coding: str = ANY_CODER,
        by: Sequence[str] = (),
        include_quotes: bool = True,
        bootstrap: int = 1000,
        progress: Progress | None = None,
        coders: Sequence[str] | None = None,
        level: str = "all",
    ) -> Path:
        """Write the PDF codebook summary of the chosen coding; agreement over `coders` at `level`."""
        report_progress = progress or (lambda fraction, label: None)
        content = self.report_content(
            coding=coding,
            by=by,
            include_quotes=include_quotes,
            bootstrap=bootstrap,
            coders=coders,
            level=level,
            progress=report_progress,
        )

        def scaled(fraction: float, text: str) -> None:
            report_progress(0.2 + 0.8 * fraction, text)

        render_pdf(content, path, scaled)
        return Path(path)

    def _reported_spans(self, coded) -> dict[tuple[str, str], list[tuple[int, int]]]:
        """Return the coded spans of the reported themes, any coder's, keyed by (response, theme)."""
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for (response_id, theme_id, _coder), ranges in self._span_positions().items():
            if theme_id in coded.get(response_id, ()):
                spans.setdefault((response_id, theme_id), []).extend(ranges)
        return spans

    def _span_positions(self) -> dict[tuple[str, str, str], list[tuple[int, int]]]:
        """Return every standing span as (response, theme, coder) -> [(start, end)]."""
        with self._session() as s:
            return span_positions(spans_store.spans_of(s))

    def codebook_pdf(self, path: str | Path) -> Path:
        """Write the codebook alone as a PDF."""
        render_codebook_pdf(self.themes(), f"{self.title}: codebook", path)
        return Path(path)

    def export(self, path: str | Path, *, coding: str = ANY_CODER, layout: str = "wide") -> Path:
        """Write the coded data as CSV (wide or long), XLSX (both layouts as sheets) or SPSS .sav/.zsav."""
        path = Path(path)
        _, coded = self.reported_decisions(coding)
        decided = self.all_decisions()
        names = self._coding_names(coding, decided)
        ids = {c.id for c in self.coders() if c.name in names}
        codings = [c for c in self.codings() if c.coder_id in ids]
        data = ExportData(
            questions=self.questions(),
            themes=self.themes(),
            respondents=self.respondents(),
            responses=self.responses(),
            coded=coded,
            codings=codings,
            coder_names={c.id: c.name for c in self.coders()},
            spans=self._span_positions(),
            none_decisions=[
                (rid, name) for name in names for rid, themes in decided.get(name, {}).items() if not themes
            ],
        )
        suffix = path.suffix.lower()
        if suffix == ".xlsx":
            write_xlsx(data, path)
        elif suffix in (".csv", ".tsv", ".txt"):
            write_csv(data, path, layout=layout, delimiter="\t" if suffix == ".tsv" else ",")
        elif suffix in (".sav", ".zsav"):
            from app.core.spss_export import write_sav

            write_sav(data, path, title=self.title, coders=names)
        else:
            raise ProjectError(f"{path}: export to .csv, .tsv, .xlsx, .sav or .zsav")
        return path

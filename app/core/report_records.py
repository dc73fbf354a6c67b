"""The report's records: what the project layer hands in and what the PDF prints, already counted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.core.models import Question, Respondent, Response, Theme
from app.core.report_agreement import AgreementSummary
from app.core.report_counts import AttributeTable, CountTable

PERCENT_BASE_NOTE = (
    "Percentages of answers are of all answers in scope, including answers not yet coded; "
    "percentages of respondents are of respondents who gave at least one answer in scope. "
    "A parent theme counts answers coded with it or with any of its sub-themes. An answer may "
    "carry several themes, so theme percentages do not sum to 100; the status lines "
    "(at least one theme, no theme applies, not yet coded) do."
)


@dataclass(frozen=True)
class AgreementRow:
    """Agreement statistics for one theme (or overall), as computed by the agreement module."""

    theme: str
    n: int
    percent: float | None
    kappa: float | None
    alpha: float | None
    alpha_ci: tuple[float, float] | None
    interpretation: str
    undefined_reason: str = ""


@dataclass(frozen=True)
class ReportData:
    """Everything a report needs, filled by the project layer from storage."""

    title: str
    generated: date | str
    reported_coding: str
    coders: Sequence[str]
    questions: Sequence[Question]
    themes: Sequence[Theme]
    respondents: Sequence[Respondent]
    responses: Sequence[Response]
    coded: Mapping[str, frozenset[str]]
    attributes_by: Sequence[str] = ()
    agreement: Sequence[AgreementRow] | None = None
    agreement_overall: AgreementRow | None = None
    methods_extra: Mapping[str, object] = field(default_factory=dict)
    include_quotes: bool = False
    agreement_summary: AgreementSummary | None = None
    diagnosis: Mapping[str, object] | None = None
    single_choice: bool = False
    spans: Mapping[tuple[str, str], Sequence[tuple[int, int]]] = field(default_factory=dict)
    """(response id, theme id) -> coded spans (code points); a quote then shows just those words."""
    coding_statement: str = ""
    """Why this coding: the default, or the choice made instead of it (printed on the title page)."""


@dataclass(frozen=True)
class CodebookEntry:
    """A theme as printed in the codebook, with its example quotes."""

    theme_id: str
    name: str
    path: str
    depth: int
    color: str
    definition: str
    inclusion: str
    exclusion: str
    keywords: tuple[tuple[str, tuple[str, ...]], ...]
    examples: tuple[str, ...]
    examples_source: str
    n_answers: int = 0


@dataclass(frozen=True)
class Quote:
    """One coded answer quoted in the appendix."""

    respondent: str
    question: str
    text: str


@dataclass(frozen=True)
class QuoteGroup:
    """All answers coded with one theme."""

    theme: str
    path: str
    depth: int
    color: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class ReportContent:
    """Everything the PDF prints, already counted and worded."""

    title: str
    generated: str
    reported_coding: str
    coders: tuple[str, ...]
    questions: tuple[Question, ...]
    n_respondents: int
    n_answers: int
    n_themed: int
    n_none: int
    n_uncoded: int
    methods: str
    methods_details: tuple[tuple[str, str], ...]
    codebook: tuple[CodebookEntry, ...]
    counts: tuple[CountTable, ...]
    attribute_tables: tuple[AttributeTable, ...]
    agreement: tuple[AgreementRow, ...] | None
    agreement_overall: AgreementRow | None
    appendix: tuple[QuoteGroup, ...] | None
    percent_base_note: str = PERCENT_BASE_NOTE
    agreement_summary: AgreementSummary | None = None
    diagnosis: Mapping[str, object] | None = None
    single_choice: bool = False
    coding_statement: str = ""

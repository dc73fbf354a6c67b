"""The agreement part of the report as plain records: who, what unit, what level, n per statistic.

Built from an `AgreementStudy` with theme names filled in, so the methods paragraph
(`report_methods`) and the PDF (`pdf_sections`) word and print the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.agreement_categorical import NO_THEME
from app.core.agreement_interpret import TOO_FEW
from app.core.agreement_levels import LEVEL_WORDS
from app.core.agreement_study import AgreementStudy

STAT_NAMES = {
    "percent_agreement": "percent agreement",
    "cohen_kappa": "Cohen's κ",
    "scott_pi": "Scott's π",
    "fleiss_kappa": "Fleiss' κ",
    "krippendorff_alpha": "Krippendorff's α",
    "gwet_ac1": "Gwet's AC1",
}


@dataclass(frozen=True)
class HeadlineStat:
    """One statistic of the headline table with its interval, its n and its label."""

    key: str
    name: str
    value: float | None
    ci: tuple[float, float] | None
    n: int
    label: str
    reason: str = ""


@dataclass(frozen=True)
class PairRow:
    """Two coders on the answers both decided."""

    coders: tuple[str, str]
    n: int
    percent: float | None
    kappa: float | None
    alpha: float | None
    label: str


@dataclass(frozen=True)
class Confusions:
    """A coder × coder confusion matrix with category names (rows: first coder)."""

    coders: tuple[str, str]
    categories: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class AgreementSummary:
    """Everything the report says about agreement, already named and counted."""

    coders: tuple[str, ...]
    apart: tuple[str, ...]
    decided: Mapping[str, int]
    level: str
    unit: str
    answers: int
    cells: int
    n_themes: int
    single_choice_reason: str
    headline: tuple[HeadlineStat, ...]
    pairs: tuple[PairRow, ...]
    confusion: tuple[Confusions, ...]
    warnings: tuple[str, ...]
    ci_method: str
    has_subthemes: bool = True
    unused_themes: tuple[str, ...] = ()  # names of compared themes no coder used

    @property
    def level_words(self) -> str:
        """The level of themes in words."""
        return LEVEL_WORDS[self.level]

    @property
    def categorical(self) -> bool:
        """True when the headline statistics are categorical (unit: the answer)."""
        return self.unit == "answer"


def _label(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key, "")


def summarise_study(
    study: AgreementStudy, names: Mapping[str, str], ci_method: str, has_subthemes: bool = True
) -> AgreementSummary:
    """Name the themes and pick the headline statistics of a study for the report."""
    multi = len(study.coders) > 2
    keys = ["percent_agreement", "fleiss_kappa" if multi else "cohen_kappa", "krippendorff_alpha"]
    if study.categorical is not None:
        result = study.categorical
        keys = (
            list(STAT_NAMES)
            if not multi
            else ["percent_agreement", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1"]
        )
        stats, ci, undefined = result.statistics, result.ci, result.undefined
        labels = result.interpretation.get("labels", {})
        n = result.units
    else:
        overall = study.binary.overall
        stats, ci, undefined = overall.statistics, overall.ci, overall.undefined
        labels = overall.interpretation.get("labels", {})
        n = overall.units
    headline = tuple(
        HeadlineStat(
            k,
            STAT_NAMES[k],
            stats.get(k),
            tuple(ci[k]) if k in ci else None,  # type: ignore[arg-type]
            n,
            _label(labels, k),  # type: ignore[arg-type]
            undefined.get(k, ""),
        )
        for k in keys
    )
    pairs = tuple(
        PairRow(
            p.coders,
            p.units,
            p.statistics.get("percent_agreement"),
            p.statistics.get("cohen_kappa"),
            p.statistics.get("krippendorff_alpha"),
            p.labels.get("krippendorff_alpha", ""),
        )
        for p in study.pairs
    )

    def named(category: str) -> str:
        if category == NO_THEME:
            return "no theme"
        return " + ".join(names.get(part, part) for part in category.split(" + "))

    confusion = ()
    if study.categorical is not None:
        confusion = tuple(
            Confusions(m.coders, tuple(named(c) for c in m.categories), m.counts)
            for m in study.categorical.confusion
        )
    return AgreementSummary(
        coders=study.coders,
        apart=study.apart,
        decided=dict(study.decided),
        level=study.level,
        unit=study.unit,
        answers=study.categorical.units if study.categorical is not None else study.binary.units,
        cells=study.binary.units * len(study.theme_ids),
        n_themes=len(study.theme_ids),
        single_choice_reason=study.single_choice_reason,
        headline=headline,
        pairs=pairs,
        confusion=confusion,
        warnings=study.warnings,
        ci_method=ci_method,
        has_subthemes=has_subthemes,
        unused_themes=tuple(names.get(t, t) for t in study.unused_theme_ids),
    )


UNUSED_REASON = "used by no coder, so there is no variation"


def pooled_note(n_themes: int, unused: Sequence[str], answers: int) -> str:
    """Say what the pooled statistics rest on when some compared themes were used by no coder ('' if none).

    Pooled over answer × theme decisions, a theme nobody gave is a column of agreed absences: it counts,
    as every other decision does; on its own it has no variation, so its κ and α are undefined.
    """
    if not unused:
        return ""
    k = len(unused)
    shown = "; ".join(unused[:5]) + (f"; and {k - 5} more" if k > 5 else "")
    its = "its" if k == 1 else "their"
    return (
        f"Pooled over {n_themes:,} themes, {k:,} of them used by no coder ({shown}): {its} "
        f"{answers * k:,} answer × theme decisions count as agreed absences in the pooled statistics; "
        f"on {its} own {its} κ and α are undefined."
    )


def is_too_few(label: str) -> bool:
    """True for the 'too few to judge' label."""
    return label == TOO_FEW

"""Verbal labels for agreement values and the warning for the prevalence paradox."""

from __future__ import annotations

from collections.abc import Mapping

KAPPA_LIKE = (
    "cohen_kappa",
    "scott_pi",
    "fleiss_kappa",
    "brennan_prediger",
    "gwet_ac1",
    "cohen_weighted_kappa",
)
ALPHA_LIKE = ("krippendorff_alpha", "krippendorff_alpha_masi")
CHANCE_CORRECTED = ("cohen_kappa", "scott_pi", "fleiss_kappa", "krippendorff_alpha")
HIGH_AGREEMENT = 0.90
LOW_KAPPA = 0.40


def krippendorff_label(alpha: float) -> str:
    """Krippendorff (2004): >= .800 reliable, >= .667 tentative conclusions only, else unreliable."""
    if alpha >= 0.800:
        return "reliable"
    if alpha >= 0.667:
        return "tentative"
    return "unreliable"


def landis_koch_label(kappa: float) -> str:
    """Landis & Koch (1977) benchmark for kappa-type coefficients."""
    if kappa < 0.0:
        return "poor"
    for bound, label in ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial")):
        if kappa <= bound:
            return label
    return "almost perfect"


def prevalence_facts(statistics: Mapping[str, float | None]) -> tuple[float, list[tuple[str, float]]] | None:
    """Return (percent agreement, [(statistic, value)...] below LOW_KAPPA) when the prevalence paradox shows.

    The structured form of `prevalence_warnings`, for interfaces that word the warning in their own language.
    """
    agreement = statistics.get("percent_agreement")
    if agreement is None or agreement < HIGH_AGREEMENT:
        return None
    low = [
        (name, float(statistics[name]))  # type: ignore[arg-type]
        for name in CHANCE_CORRECTED
        if statistics.get(name) is not None and statistics[name] < LOW_KAPPA  # type: ignore[operator]
    ]
    return (agreement, low) if low else None


def prevalence_warnings(statistics: Mapping[str, float | None]) -> list[str]:
    """Warn where high percent agreement (>= .90) sits beside a low chance-corrected value (< .40)."""
    facts = prevalence_facts(statistics)
    if facts is None:
        return []
    agreement, values = facts
    low = [f"{name} = {value:.3f}" for name, value in values]
    return [
        f"percent agreement is {agreement:.3f} but {', '.join(low)}: when a category is rare (or nearly "
        "universal) chance agreement is high, so raw agreement overstates reliability (prevalence "
        "paradox); report the chance-corrected value together with the prevalence."
    ]


def interpret_statistics(statistics: Mapping[str, float | None]) -> dict[str, object]:
    """Return {"labels": {statistic: label}, "warnings": [...]} for the defined statistics."""
    labels: dict[str, str] = {}
    for name, value in statistics.items():
        if value is None:
            continue
        if name in ALPHA_LIKE:
            labels[name] = krippendorff_label(value)
        elif name in KAPPA_LIKE:
            labels[name] = landis_koch_label(value)
    return {"labels": labels, "warnings": prevalence_warnings(statistics)}


# A statistic on too little data is labelled "too few to judge" instead of reliable/unreliable.
# Thresholds (docs/agreement.md, "Too few to judge"): fewer than MIN_ANSWERS compared answers, or a
# theme that no coder gave at least MIN_POSITIVES times. Krippendorff (2013, Content Analysis, 3rd
# ed., sec. 12.7) shows that the sample must hold enough values of the rarest category for alpha to
# be tested at all; Bujang & Baharum (2017, Archives of Orofacial Sciences 12(1)) tabulate minimum
# samples for Cohen's kappa, none below 30 units for the usual kappa ranges.
MIN_ANSWERS = 30
MIN_POSITIVES = 5
TOO_FEW = "too few to judge"


def too_few(units: int, positives: int | None = None) -> bool:
    """True when a statistic rests on fewer than MIN_ANSWERS answers or MIN_POSITIVES positives."""
    return units < MIN_ANSWERS or (positives is not None and positives < MIN_POSITIVES)


def judged(interpretation: dict[str, object], units: int, positives: int | None = None) -> dict[str, object]:
    """Return the interpretation with every label replaced by TOO_FEW when the data are too few."""
    if not too_few(units, positives):
        return interpretation
    labels = interpretation.get("labels", {})
    return {**interpretation, "labels": {k: TOO_FEW for k in labels}}  # type: ignore[union-attr]

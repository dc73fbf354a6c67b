"""Project-level agreement: per theme, pooled over themes, MASI over theme sets, and disagreements.

Input is the coders' decisions: coder -> unit (answer) id -> the set of theme ids that coder
assigned. A unit present with an empty set means "decided: no theme applies"; a unit absent
means the coder has not coded it. Every unit decided by at least two compared coders is used;
a coder who has not decided a unit is a missing value there (Fleiss' kappa in Gwet's form and
Krippendorff's alpha handle missing values; Cohen's kappa and Scott's pi, defined for two
coders, then use exactly the units both decided).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from app.core.agreement import MISSING, Estimator, StatResult, nominal_estimators
from app.core.agreement_alpha import alpha_estimator
from app.core.agreement_bootstrap import (
    Interval,
    bootstrap_intervals,
    estimate_with_intervals,
    pattern_index,
    point_from_sums,
)
from app.core.agreement_interpret import interpret_statistics
from app.core.agreement_masi import masi_alpha_estimator

Decisions = Mapping[str, Mapping[str, frozenset[str]]]
POOLED = "(all themes)"


@dataclass(frozen=True)
class ThemeAgreement:
    """Agreement statistics for one theme (or pooled over all themes), ready for JSON."""

    theme_id: str
    units: int
    present: dict[str, int]
    statistics: dict[str, float | None]
    undefined: dict[str, str]
    ci: dict[str, list[float]] = field(default_factory=dict)
    interpretation: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "theme_id": self.theme_id,
            "units": self.units,
            "present": dict(self.present),
            "statistics": dict(self.statistics),
            "undefined": dict(self.undefined),
            "ci": {k: list(v) for k, v in self.ci.items()},
            "interpretation": self.interpretation,
        }


@dataclass(frozen=True)
class AgreementReport:
    """Per-theme and overall agreement between the compared coders on their shared units."""

    coders: tuple[str, ...]
    units: int
    excluded_units: int
    themes: tuple[ThemeAgreement, ...]
    overall: ThemeAgreement
    bootstrap: int = 0
    seed: int = 0

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "coders": list(self.coders),
            "units": self.units,
            "excluded_units": self.excluded_units,
            "themes": [t.to_dict() for t in self.themes],
            "overall": self.overall.to_dict(),
            "bootstrap": self.bootstrap,
            "seed": self.seed,
        }


@dataclass(frozen=True)
class Disagreement:
    """A unit on which the compared coders assigned different theme sets."""

    unit_id: str
    themes: dict[str, frozenset[str]]

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data (theme sets as sorted lists)."""
        return {"unit_id": self.unit_id, "themes": {c: sorted(s) for c, s in self.themes.items()}}


def pairable_units(decisions: Decisions, coders: Sequence[str]) -> list[str]:
    """Return, sorted, the unit ids decided by at least two of `coders`."""
    seen: dict[str, int] = {}
    for coder in coders:
        for unit in decisions.get(coder, {}):
            seen[unit] = seen.get(unit, 0) + 1
    return sorted(u for u, n in seen.items() if n >= 2)


def shared_units(decisions: Decisions, coders: Sequence[str]) -> list[str]:
    """Return, sorted, the unit ids every one of `coders` has decided."""
    if not coders:
        return []
    common = set(decisions.get(coders[0], {}))
    for coder in coders[1:]:
        common &= set(decisions.get(coder, {}))
    return sorted(common)


def _binary_estimators(n_coders: int) -> list[Estimator]:
    return nominal_estimators((0, n_coders), 2) + [alpha_estimator("nominal", [0.0, 1.0])]


def _summarise(
    theme_id: str,
    units: int,
    present: dict[str, int],
    points: Mapping[str, StatResult],
    intervals: Mapping[str, Interval | None],
) -> ThemeAgreement:
    statistics = {name: r.value for name, r in points.items()}
    undefined = {name: r.reason for name, r in points.items() if r.reason is not None}
    ci = {name: iv.to_list() for name, iv in intervals.items() if iv is not None}
    return ThemeAgreement(
        theme_id, units, present, statistics, undefined, ci, interpret_statistics(statistics)
    )


def _pooled(
    presence: np.ndarray,
    coders: Sequence[str],
    masi: tuple[StatResult, Interval | None],
    bootstrap: int,
    seed: int,
) -> ThemeAgreement:
    """Stack answer x theme binary units; the bootstrap resamples whole answers (clusters)."""
    n_units, n_themes, n_coders = presence.shape
    stacked = presence.reshape(n_units * n_themes, n_coders)
    estimators = _binary_estimators(n_coders)
    patterns, inverse = pattern_index(stacked)
    answer = np.repeat(np.arange(n_units), n_themes)
    k = patterns.shape[0]
    per_answer_patterns = np.bincount(answer * k + inverse, minlength=n_units * k).reshape(n_units, k)
    per_answer = [per_answer_patterns @ e.features(patterns) for e in estimators]
    points = {e.name: point_from_sums(e, f.sum(axis=0)) for e, f in zip(estimators, per_answer)}
    intervals = bootstrap_intervals(estimators, per_answer, bootstrap, seed) if bootstrap > 0 else {}
    points["krippendorff_alpha_masi"] = masi[0]
    intervals = {k: v for k, v in intervals.items() if points[k].value is not None}
    if masi[1] is not None:
        intervals["krippendorff_alpha_masi"] = masi[1]
    present = {c: int((presence[:, :, i] == 1).sum()) for i, c in enumerate(coders)}
    return _summarise(POOLED, n_units * n_themes, present, points, intervals)


def _masi(
    decisions: Decisions,
    coders: Sequence[str],
    units: Sequence[str],
    themes: frozenset[str],
    bootstrap: int,
    seed: int,
) -> tuple[StatResult, Interval | None]:
    sets = [
        [frozenset(decisions[c][u] & themes) if u in decisions.get(c, {}) else None for c in coders]
        for u in units
    ]
    distinct = sorted({s for row in sets for s in row if s is not None}, key=lambda s: (len(s), sorted(s)))
    index = {s: i for i, s in enumerate(distinct)}
    codes = np.array(
        [[MISSING if s is None else index[s] for s in row] for row in sets], dtype=np.int64
    ).reshape(len(units), len(coders))
    estimator = masi_alpha_estimator(distinct, codes)
    points, intervals = estimate_with_intervals([estimator], codes, bootstrap, seed)
    return points[estimator.name], intervals.get(estimator.name)


def compute_project_agreement(
    decisions: Decisions,
    theme_ids: Sequence[str],
    coders: Sequence[str] | None = None,
    bootstrap: int = 0,
    seed: int = 0,
    pooled_only: bool = False,
) -> AgreementReport:
    """Agreement per theme, pooled over themes and as MASI alpha on theme sets, on pairable units.

    `pooled_only` skips the per-theme rows and MASI (a pair table needs only the pooled row)."""
    compared = tuple(coders) if coders is not None else tuple(sorted(decisions))
    units = pairable_units(decisions, compared)
    all_units = set().union(*(decisions.get(c, {}).keys() for c in compared)) if compared else set()
    theme_index = {t: i for i, t in enumerate(theme_ids)}
    presence = np.zeros((len(units), len(theme_ids), len(compared)), dtype=np.int64)
    for j, coder in enumerate(compared):
        coded = decisions.get(coder, {})
        for u, unit in enumerate(units):
            if unit not in coded:
                presence[u, :, j] = MISSING
                continue
            for theme in coded[unit]:
                if theme in theme_index:
                    presence[u, theme_index[theme], j] = 1
    themes = []
    for t, theme_id in enumerate(() if pooled_only else theme_ids):
        estimators = _binary_estimators(len(compared))
        points, intervals = estimate_with_intervals(estimators, presence[:, t, :], bootstrap, seed)
        present = {c: int((presence[:, t, j] == 1).sum()) for j, c in enumerate(compared)}
        themes.append(_summarise(theme_id, len(units), present, points, intervals))
    masi = (
        (StatResult(None, "not computed for a pair table"), None)
        if pooled_only
        else _masi(decisions, compared, units, frozenset(theme_ids), bootstrap, seed)
    )
    overall = _pooled(presence, compared, masi, bootstrap, seed)
    return AgreementReport(
        compared, len(units), len(all_units) - len(units), tuple(themes), overall, bootstrap, seed
    )


def list_disagreements(
    decisions: Decisions,
    coders: Sequence[str] | None = None,
    theme_ids: Sequence[str] | None = None,
) -> list[Disagreement]:
    """Units decided by two or more compared coders whose theme sets differ, sorted by unit id.

    Each disagreement lists the sets of the coders who decided the unit."""
    compared = tuple(coders) if coders is not None else tuple(sorted(decisions))
    keep = frozenset(theme_ids) if theme_ids is not None else None
    found = []
    for unit in pairable_units(decisions, compared):
        sets = {c: frozenset(decisions[c][unit]) for c in compared if unit in decisions.get(c, {})}
        if keep is not None:
            sets = {c: s & keep for c, s in sets.items()}
        if len(set(sets.values())) > 1:
            found.append(Disagreement(unit, sets))
    return found

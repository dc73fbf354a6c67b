"""Categorical agreement over themes: each decision is one category (single-choice coding).

A coder's decision on an answer becomes one category: its theme, "(no theme)" for "no theme
applies", or, should a decision carry several themes although the question is single-choice,
the themes joined with " + " (a category of its own, counted and warned about, never dropped).
The statistics are the ones the standalone CSV mode computes on the same labels, so a project's
categorical kappa equals `thematic agreement --codings` on its export.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from app.core.agreement import MISSING, nominal_estimators
from app.core.agreement_alpha import alpha_estimator
from app.core.agreement_bootstrap import estimate_with_intervals
from app.core.agreement_interpret import interpret_statistics

NO_THEME = "(no theme)"
CATEGORICAL_STATISTICS = (
    "percent_agreement",
    "cohen_kappa",
    "scott_pi",
    "fleiss_kappa",
    "krippendorff_alpha",
    "gwet_ac1",
)
Decisions = Mapping[str, Mapping[str, frozenset[str]]]


@dataclass(frozen=True)
class ConfusionMatrix:
    """Counts of (category by coder A, category by coder B) over the answers both decided."""

    coders: tuple[str, str]
    categories: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    @property
    def n(self) -> int:
        """Answers both coders decided."""
        return sum(sum(row) for row in self.counts)

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "coders": list(self.coders),
            "categories": list(self.categories),
            "counts": [list(r) for r in self.counts],
            "n": self.n,
        }


@dataclass(frozen=True)
class CategoricalAgreement:
    """Agreement over answers with one category per decision, with intervals and confusion matrices."""

    coders: tuple[str, ...]
    units: int
    categories: tuple[str, ...]
    statistics: dict[str, float | None]
    undefined: dict[str, str]
    ci: dict[str, list[float]]
    interpretation: dict[str, object]
    confusion: tuple[ConfusionMatrix, ...]
    multi_theme_decisions: int = 0
    values: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "coders": list(self.coders),
            "units": self.units,
            "categories": list(self.categories),
            "statistics": dict(self.statistics),
            "undefined": dict(self.undefined),
            "ci": {k: list(v) for k, v in self.ci.items()},
            "interpretation": self.interpretation,
            "confusion": [m.to_dict() for m in self.confusion],
            "multi_theme_decisions": self.multi_theme_decisions,
            "values": dict(self.values),
        }


def is_single_choice(decisions: Decisions, coders: Sequence[str]) -> bool:
    """True when every decision of the compared coders has at most one theme (and there is one)."""
    found = False
    for coder in coders:
        for chosen in decisions.get(coder, {}).values():
            if len(chosen) > 1:
                return False
            found = True
    return found


def category_of(chosen: frozenset[str], order: Mapping[str, int]) -> str:
    """Return the category label of one decision (theme id, NO_THEME, or joined theme ids)."""
    if not chosen:
        return NO_THEME
    return " + ".join(sorted(chosen, key=lambda t: (order.get(t, len(order)), t)))


def categorical_agreement(
    decisions: Decisions,
    theme_ids: Sequence[str],
    coders: Sequence[str],
    bootstrap: int = 0,
    seed: int = 0,
) -> CategoricalAgreement:
    """Percent, Cohen, Scott, Fleiss, nominal alpha and AC1; `units` counts answers two or more coders decided.

    Answers only one coder decided are kept in the matrix (they count towards the category shares of
    Fleiss' kappa and AC1 in Gwet's formulation, like the standalone CSV mode); they add nothing to
    percent agreement, Cohen's kappa or alpha."""
    order = {t: i for i, t in enumerate(theme_ids)}
    seen: dict[str, int] = {}
    for coder in coders:
        for unit in decisions.get(coder, {}):
            seen[unit] = seen.get(unit, 0) + 1
    units = sorted(seen)  # units with one value add to Gwet's category shares, as in the standalone mode
    pairable = sum(1 for n in seen.values() if n >= 2)
    labels = [
        [
            category_of(decisions[c][u] & set(order), order) if u in decisions.get(c, {}) else None
            for c in coders
        ]
        for u in units
    ]
    used = {label for row in labels for label in row if label is not None}
    categories = [t for t in theme_ids if t in used]
    categories += sorted(u for u in used if u not in order and u != NO_THEME)
    categories += [NO_THEME] if NO_THEME in used else []
    index = {c: i for i, c in enumerate(categories)}
    codes = np.array(
        [[MISSING if x is None else index[x] for x in row] for row in labels], dtype=np.int64
    ).reshape(len(units), len(coders))
    q = len(categories)
    estimators = nominal_estimators(codes.shape, q) + [
        alpha_estimator("nominal", [float(i) for i in range(q)])
    ]
    estimators = [e for e in estimators if e.name in CATEGORICAL_STATISTICS]
    points, intervals = estimate_with_intervals(estimators, codes, bootstrap, seed)
    statistics = {name: points[name].value for name in CATEGORICAL_STATISTICS}
    multi = sum(1 for row in labels for x in row if x is not None and " + " in x and x not in order)
    values = {c: int((codes[:, j] >= 0).sum()) for j, c in enumerate(coders)}
    return CategoricalAgreement(
        coders=tuple(coders),
        units=pairable,
        categories=tuple(categories),
        statistics=statistics,
        undefined={n: points[n].reason for n in CATEGORICAL_STATISTICS if points[n].reason is not None},
        ci={n: iv.to_list() for n in CATEGORICAL_STATISTICS if (iv := intervals.get(n)) is not None},
        interpretation=interpret_statistics(statistics),
        confusion=tuple(
            confusion_matrix(codes, categories, coders, a, b) for a, b in combinations(range(len(coders)), 2)
        ),
        multi_theme_decisions=multi,
        values=values,
    )


def confusion_matrix(
    codes: np.ndarray, categories: Sequence[str], coders: Sequence[str], a: int, b: int
) -> ConfusionMatrix:
    """Count category pairs of coders `a` (rows) and `b` (columns) over the units both decided."""
    q = len(categories)
    both = (codes[:, a] >= 0) & (codes[:, b] >= 0)
    flat = np.bincount(codes[both, a] * q + codes[both, b], minlength=q * q).reshape(q, q)
    return ConfusionMatrix(
        (coders[a], coders[b]), tuple(categories), tuple(tuple(int(x) for x in row) for row in flat)
    )

"""Krippendorff's alpha from coincidences: nominal, ordinal, interval and ratio (MASI: agreement_masi).

The implementation follows Krippendorff (2011), "Computing Krippendorff's alpha-reliability":
every unit with two or more values contributes its pairable values to the coincidence
matrix, weighted 1/(m_u - 1). Written as per-unit features so that the bootstrap can
reweight units (the `krippendorff` package is used in tests and the benchmark as a check).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.core.agreement import Estimator, _safe_div, category_counts, undefined_estimator

LEVELS = ("nominal", "ordinal", "interval", "ratio")


def metric_matrix(level: str, values: Sequence[float]) -> np.ndarray:
    """Return Krippendorff's squared difference function between category values (not ordinal)."""
    v = np.asarray(values, dtype=np.float64)
    diff = v[:, None] - v[None, :]
    if level == "nominal":
        return (diff != 0).astype(np.float64)
    if level == "interval":
        return diff**2
    if level == "ratio":
        total = v[:, None] + v[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(total != 0, (diff / np.where(total != 0, total, 1.0)) ** 2, 0.0)
    raise ValueError(f"unknown level {level!r}: use one of {', '.join(LEVELS)}")


def pairable_counts(codes: np.ndarray, q: int) -> tuple[np.ndarray, np.ndarray]:
    counts = category_counts(codes, q)
    m = counts.sum(axis=1)
    pairable = m >= 2
    counts[~pairable] = 0.0
    return counts, np.where(pairable, m - 1.0, 1.0)


def explain_alpha(sums: np.ndarray) -> str:
    if sums[1:].sum() <= 0:
        return "no pairable values: no unit was coded by two or more coders"
    return "no variation: every pairable value is the same, so expected disagreement is 0"


def fixed_metric_estimator(name: str, q: int, delta: np.ndarray) -> Estimator:
    def features(codes: np.ndarray) -> np.ndarray:
        counts, m1 = pairable_counts(codes, q)
        observed = ((counts @ delta) * counts).sum(axis=1) / m1
        return np.column_stack([observed, counts])

    def finish(sums: np.ndarray) -> np.ndarray:
        n_c = sums[:, 1:]
        n = n_c.sum(axis=1)
        do = _safe_div(sums[:, 0], n)
        de = _safe_div(((n_c @ delta) * n_c).sum(axis=1), n * (n - 1.0))
        return 1.0 - _safe_div(do, de)

    return Estimator(name, features, finish, explain_alpha)


def _ordinal_delta(n_c: np.ndarray) -> np.ndarray:
    """Krippendorff's ordinal metric for each row of marginal counts (B x q -> B x q x q)."""
    cum = np.cumsum(n_c, axis=1)
    before = cum - n_c
    lo = np.minimum.outer(np.arange(n_c.shape[1]), np.arange(n_c.shape[1]))
    hi = np.maximum.outer(np.arange(n_c.shape[1]), np.arange(n_c.shape[1]))
    between = cum[:, hi] - before[:, lo]
    half = (n_c[:, :, None] + n_c[:, None, :]) / 2.0
    return (between - half) ** 2


def _ordinal_estimator(name: str, q: int) -> Estimator:
    def features(codes: np.ndarray) -> np.ndarray:
        counts, m1 = pairable_counts(codes, q)
        outer = counts[:, :, None] * counts[:, None, :]
        outer[:, np.arange(q), np.arange(q)] -= counts
        return (outer / m1[:, None, None]).reshape(codes.shape[0], q * q)

    def finish(sums: np.ndarray) -> np.ndarray:
        coincidences = sums.reshape(-1, q, q)
        n_c = coincidences.sum(axis=2)
        n = n_c.sum(axis=1)
        delta = _ordinal_delta(n_c)
        do = _safe_div((coincidences * delta).sum(axis=(1, 2)), n)
        de = _safe_div(np.einsum("bi,bij,bj->b", n_c, delta, n_c), n * (n - 1.0))
        return 1.0 - _safe_div(do, de)

    def explain(sums: np.ndarray) -> str:
        return explain_alpha(np.concatenate([[0.0], sums]))

    return Estimator(name, features, finish, explain)


def alpha_estimator(
    level: str, category_values: Sequence[float], name: str = "krippendorff_alpha"
) -> Estimator:
    """Krippendorff's alpha at `level` for categories whose numeric values (or ranks) are given."""
    q = len(category_values)
    if q == 0:
        return undefined_estimator(name, "no values were coded")
    if level == "ordinal":
        return _ordinal_estimator(name, q)
    return fixed_metric_estimator(name, q, metric_matrix(level, category_values))

"""Bootstrap confidence intervals resampling units."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.agreement import cohen_kappa_estimator, encode_codes, nominal_estimators
from app.core.agreement_alpha import alpha_estimator
from app.core.agreement_bootstrap import bootstrap_sums, collapse_rows, estimate_with_intervals


def binary_codes(n: int, seed: int) -> np.ndarray:
    """Two coders on a rare binary theme who agree 90% of the time."""
    rng = np.random.default_rng(seed)
    first = (rng.random(n) < 0.15).astype(int)
    second = np.where(rng.random(n) < 0.9, first, 1 - first)
    return np.column_stack([first, second])


def naive_kappa(codes: np.ndarray) -> float:
    """Cohen's kappa written out directly, as a baseline for the bootstrap."""
    a, b = codes[:, 0], codes[:, 1]
    po = np.mean(a == b)
    pe = a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean())
    return (po - pe) / (1 - pe)


def test_bootstrap_is_seeded() -> None:
    """The same seed gives the same interval; another seed gives a different one."""
    codes = binary_codes(500, 1)
    estimators = nominal_estimators(codes.shape, 2)
    _, first = estimate_with_intervals(estimators, codes, draws=200, seed=5)
    _, again = estimate_with_intervals(estimators, codes, draws=200, seed=5)
    _, other = estimate_with_intervals(estimators, codes, draws=200, seed=6)
    assert first["cohen_kappa"] == again["cohen_kappa"]
    assert first["cohen_kappa"] != other["cohen_kappa"]


def test_bootstrap_matches_naive_resampling_of_units() -> None:
    """Vectorised multinomial draws give the same spread as resampling units one draw at a time."""
    codes = binary_codes(2000, 2)
    points, intervals = estimate_with_intervals([cohen_kappa_estimator(codes.shape, 2)], codes, 2000, 1)
    rng = np.random.default_rng(99)
    naive = [naive_kappa(codes[rng.integers(0, len(codes), len(codes))]) for _ in range(2000)]
    low, high = np.percentile(naive, [2.5, 97.5])
    interval = intervals["cohen_kappa"]
    assert interval is not None
    assert interval.low < points["cohen_kappa"].value < interval.high
    assert interval.low == pytest.approx(low, abs=0.012)
    assert interval.high == pytest.approx(high, abs=0.012)


def test_every_draw_resamples_all_units() -> None:
    """Each draw's weights add up to the number of units, on both the multinomial and index paths."""
    few_rows = np.array([[1.0], [1.0], [1.0]])
    for counts in (np.array([500, 300, 200]), np.array([1, 1, 1])):
        rows, _ = collapse_rows(few_rows[: len(counts)])
        sums = bootstrap_sums(few_rows[: len(counts)], counts, draws=50, seed=0)
        assert np.all(sums[:, 0] == counts.sum())
        assert rows.shape[0] == 1


def test_undefined_statistic_has_no_interval() -> None:
    """A statistic undefined on the data gets no confidence interval."""
    codes = encode_codes([(1, 1)] * 20, [0, 1])
    estimators = nominal_estimators(codes.shape, 2) + [alpha_estimator("nominal", [0.0, 1.0])]
    points, intervals = estimate_with_intervals(estimators, codes, draws=100, seed=0)
    assert points["cohen_kappa"].value is None
    assert intervals["cohen_kappa"] is None
    assert intervals["krippendorff_alpha"] is None
    assert intervals["percent_agreement"] is not None

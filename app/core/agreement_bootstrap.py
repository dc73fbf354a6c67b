"""Percentile bootstrap confidence intervals by resampling units, vectorised over draws.

Every agreement statistic is a function of per-unit feature sums, and units with the
same features are interchangeable. So the units are first collapsed into distinct
feature rows with counts; one bootstrap draw is then a multinomial count vector over
those rows (exactly what resampling n units with replacement gives), and all draws are
finished at once with matrix products. Binary theme data collapse to a handful of rows,
which makes 1,000 draws on 100,000 units take milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.core.agreement import Estimator, StatResult

DEFAULT_DRAWS = 1000
MAX_DRAWS = 20_000  # percentile limits settle long before this; more only costs memory and time


def capped_draws(draws: int) -> tuple[int, str | None]:
    """Return the draws to use and, when `draws` was over MAX_DRAWS or negative, a message saying so."""
    if draws < 0:
        raise ValueError(f"--bootstrap {draws}: the number of draws cannot be negative")
    if draws > MAX_DRAWS:
        return MAX_DRAWS, f"--bootstrap {draws:,} is more than {MAX_DRAWS:,} draws; using {MAX_DRAWS:,}"
    return draws, None


_CHUNK_CELLS = 4_000_000


@dataclass(frozen=True)
class Interval:
    """A percentile confidence interval, with how many draws gave a defined value."""

    low: float
    high: float
    level: float
    defined_draws: int
    draws: int

    def to_list(self) -> list[float]:
        """Return [low, high] for JSON output."""
        return [self.low, self.high]


def _row_keys(rows: np.ndarray) -> np.ndarray | None:
    """One int64 key per row of a small-integer matrix (None when keys would overflow)."""
    if not np.issubdtype(rows.dtype, np.integer) or rows.shape[1] == 0:
        return None
    low = int(rows.min())
    base = int(rows.max()) - low + 1
    if base ** rows.shape[1] >= 2**62:
        return None
    return ((rows - low) * (base ** np.arange(rows.shape[1], dtype=np.int64))).sum(axis=1)


def collapse_rows(features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct feature rows and how many units have each."""
    if features.shape[0] == 0:
        return features, np.zeros(0, dtype=np.int64)
    keys = _row_keys(features)
    if keys is not None:
        _, first, counts = np.unique(keys, return_index=True, return_counts=True)
        return features[first], counts
    rows, counts = np.unique(features, axis=0, return_counts=True)
    return rows, counts


def pattern_index(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct rows of an integer codes matrix and, per unit, the index of its row."""
    if codes.shape[0] == 0:
        return codes, np.zeros(0, dtype=np.int64)
    keys = _row_keys(codes)
    if keys is None:
        patterns, inverse = np.unique(codes, axis=0, return_inverse=True)
        return patterns, inverse.reshape(-1)
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    return codes[first], inverse.reshape(-1)


def _draw_weights(rng: np.random.Generator, counts: np.ndarray, draws: int) -> Callable[[int], np.ndarray]:
    n = int(counts.sum())
    k = counts.shape[0]
    if k * 8 < n:
        return lambda size: rng.multinomial(n, counts / n, size=size).astype(np.float64)
    owner = np.repeat(np.arange(k), counts)

    def by_index(size: int) -> np.ndarray:
        picks = owner[rng.integers(0, n, size=(size, n))]
        offsets = (np.arange(size) * k)[:, None]
        return np.bincount((picks + offsets).ravel(), minlength=size * k).reshape(size, k).astype(float)

    return by_index


def bootstrap_sums(features: np.ndarray, counts: np.ndarray, draws: int, seed: int) -> np.ndarray:
    """Return feature sums for `draws` resamples of the units (draws x features)."""
    rng = np.random.default_rng(seed)
    weights_for = _draw_weights(rng, counts, draws)
    chunk = max(1, min(draws, _CHUNK_CELLS // max(int(counts.sum()), features.shape[0], 1)))
    parts = []
    done = 0
    while done < draws:
        size = min(chunk, draws - done)
        parts.append(weights_for(size) @ features)
        done += size
    return np.vstack(parts) if parts else np.zeros((0, features.shape[1]))


def percentile_interval(values: np.ndarray, level: float = 0.95) -> Interval | None:
    """Percentile interval of the defined (finite) bootstrap values, or None if there are none."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(finite, [tail, 100.0 - tail])
    return Interval(float(low), float(high), level, int(finite.size), int(values.size))


def bootstrap_intervals(
    estimators: Sequence[Estimator],
    unit_features: Sequence[np.ndarray],
    draws: int = DEFAULT_DRAWS,
    seed: int = 0,
    level: float = 0.95,
    weights: np.ndarray | None = None,
) -> dict[str, Interval | None]:
    """Bootstrap every estimator on the same resamples; `unit_features[i]` is rows x F_i.

    Each row stands for `weights[row]` identical units (1 each when `weights` is None).
    """
    live = [(e, f) for e, f in zip(estimators, unit_features) if e.undefined is None]
    result: dict[str, Interval | None] = {e.name: None for e in estimators}
    if draws <= 0 or not live:
        return result
    widths = [f.shape[1] for _, f in live]
    stacked = np.hstack([f for _, f in live])
    if stacked.shape[0] == 0:
        return result
    if weights is None:
        rows, counts = collapse_rows(stacked)
    else:
        rows, counts = stacked, np.asarray(weights, dtype=np.int64)
    sums = bootstrap_sums(rows, counts, draws, seed)
    start = 0
    for (estimator, _), width in zip(live, widths):
        values = estimator.finish(sums[:, start : start + width])
        result[estimator.name] = percentile_interval(values, level)
        start += width
    return result


def estimate_with_intervals(
    estimators: Sequence[Estimator],
    codes: np.ndarray,
    draws: int = 0,
    seed: int = 0,
) -> tuple[dict[str, StatResult], dict[str, Interval | None]]:
    """Point estimates on `codes` plus, if `draws` > 0, bootstrap intervals over its units."""
    patterns, counts = collapse_rows(codes)
    features = [e.features(patterns) for e in estimators]
    points: dict[str, StatResult] = {}
    for estimator, feats in zip(estimators, features):
        points[estimator.name] = _point_from_features(estimator, counts @ feats)
    intervals: dict[str, Interval | None] = {}
    if draws > 0:
        intervals = bootstrap_intervals(estimators, features, draws, seed, weights=counts)
    for name, point in points.items():
        if point.value is None:
            intervals[name] = None
    return points, intervals


def _point_from_features(estimator: Estimator, sums: np.ndarray) -> StatResult:
    if estimator.undefined is not None:
        return StatResult(None, estimator.undefined)
    value = float(estimator.finish(sums[None, :])[0])
    if not np.isfinite(value):
        return StatResult(None, estimator.explain(sums))
    return StatResult(value)


def point_from_sums(estimator: Estimator, sums: np.ndarray) -> StatResult:
    """Finish an estimator on already summed features (used for pooled, clustered units)."""
    return _point_from_features(estimator, sums)

"""Krippendorff's alpha over label sets with the MASI distance (Passonneau 2006).

MASI = 1 - Jaccard x monotonicity, where monotonicity is 1 for identical sets, 2/3 when
one set contains the other, 1/3 when they overlap otherwise and 0 when they are disjoint.
Distances are computed from set-indicator matrix products, so thousands of distinct theme
sets are fine. Expected disagreement needs every pair of distinct sets; with more than
`EXACT_SET_LIMIT` distinct sets the bootstrap uses its first-order (linear) expansion in
the unit weights, while the point estimate stays exact (see docs/agreement.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from math import comb

import numpy as np

from app.core.agreement import Estimator, _safe_div, undefined_estimator
from app.core.agreement_alpha import explain_alpha, fixed_metric_estimator

EXACT_SET_LIMIT = 1500
SUBSET_LABEL_LIMIT = 20
_BLOCK = 512


def masi_distance(a: frozenset[str], b: frozenset[str]) -> float:
    """MASI distance (Passonneau 2006): 1 - Jaccard x monotonicity (1, 2/3 subset, 1/3 overlap, 0)."""
    if a == b:
        return 0.0
    common = len(a & b)
    jaccard = common / len(a | b)
    if a <= b or b <= a:
        monotonicity = 2.0 / 3.0
    elif common:
        monotonicity = 1.0 / 3.0
    else:
        monotonicity = 0.0
    return 1.0 - jaccard * monotonicity


def indicator_matrix(label_sets: Sequence[frozenset[str]]) -> np.ndarray:
    """Return a sets x labels 0/1 matrix for the given label sets."""
    labels = sorted({label for s in label_sets for label in s})
    column = {label: j for j, label in enumerate(labels)}
    matrix = np.zeros((len(label_sets), len(labels)), dtype=np.float64)
    for i, s in enumerate(label_sets):
        for label in s:
            matrix[i, column[label]] = 1.0
    return matrix


def masi_from_indicators(left: np.ndarray, right: np.ndarray, pairwise: bool = True) -> np.ndarray:
    """MASI distances between indicator rows: all pairs (r x s) or, if not pairwise, row by row."""
    if pairwise:
        common = left @ right.T
        size_l, size_r = left.sum(axis=1)[:, None], right.sum(axis=1)[None, :]
    else:
        common = (left * right).sum(axis=1)
        size_l, size_r = left.sum(axis=1), right.sum(axis=1)
    union = size_l + size_r - common
    identical = (common == size_l) & (common == size_r)
    subset = (common == size_l) | (common == size_r)
    monotonicity = np.where(subset, 2.0 / 3.0, np.where(common > 0, 1.0 / 3.0, 0.0))
    jaccard = common / np.where(union > 0, union, 1.0)
    return np.where(identical, 0.0, 1.0 - jaccard * monotonicity)


def masi_distance_matrix(label_sets: Sequence[frozenset[str]]) -> np.ndarray:
    """Return the MASI distance between every pair of the given label sets."""
    indicators = indicator_matrix(label_sets)
    return masi_from_indicators(indicators, indicators)


def _unit_terms(codes: np.ndarray, indicators: np.ndarray, pull: np.ndarray) -> np.ndarray:
    """Per unit: observed disagreement term, pairable value count, and sum of pulls of its values."""
    present = codes >= 0
    m = present.sum(axis=1).astype(np.float64)
    pairable = m >= 2
    observed = np.zeros(codes.shape[0])
    for i in range(codes.shape[1]):
        for j in range(i + 1, codes.shape[1]):
            both = present[:, i] & present[:, j] & pairable
            rows = np.nonzero(both)[0]
            left, right = indicators[codes[rows, i]], indicators[codes[rows, j]]
            observed[rows] += 2.0 * masi_from_indicators(left, right, pairwise=False)
    observed = np.where(pairable, observed / np.where(pairable, m - 1.0, 1.0), 0.0)
    pulled = np.where(present & pairable[:, None], pull[np.where(present, codes, 0)], 0.0).sum(axis=1)
    return np.column_stack([observed, np.where(pairable, m, 0.0), pulled])


def masi_pull_by_blocks(label_sets: Sequence[frozenset[str]], weights: np.ndarray) -> np.ndarray:
    """For every set c, sum over sets k of weights[k] x MASI(c, k), by blocks of the distance matrix."""
    indicators = indicator_matrix(label_sets)
    pull = np.zeros(len(label_sets))
    for start in range(0, len(label_sets), _BLOCK):
        block = masi_from_indicators(indicators[start : start + _BLOCK], indicators)
        pull[start : start + _BLOCK] = block @ weights
    return pull


def _masi_by_sizes(common: np.ndarray, size_c: np.ndarray, size_k: np.ndarray) -> np.ndarray:
    union = size_c + size_k - common
    identical = (common == size_c) & (common == size_k)
    subset = (common == size_c) | (common == size_k)
    monotonicity = np.where(subset, 2.0 / 3.0, np.where(common > 0, 1.0 / 3.0, 0.0))
    jaccard = common / np.where(union > 0, union, 1)
    return np.where(identical, 0.0, 1.0 - jaccard * monotonicity)


def masi_pull(label_sets: Sequence[frozenset[str]], weights: np.ndarray) -> np.ndarray:
    """Same as `masi_pull_by_blocks`, in near-linear time through superset sums over label bitmasks.

    MASI(c, k) depends only on |c|, |k| and |c & k|. Superset sums G[A, s] (weighted count of sets
    of size s containing A), summed over the subsets A of c with |A| = j, give the binomial moments
    of |c & k|; inverting them gives, for each c, the weighted count of sets k by |k| and |c & k|.
    """
    labels = sorted({label for s in label_sets for label in s})
    t = len(labels)
    if t > SUBSET_LABEL_LIMIT:
        return masi_pull_by_blocks(label_sets, weights)
    bit = {label: 1 << j for j, label in enumerate(labels)}
    masks = np.array([sum(bit[label] for label in s) for s in label_sets], dtype=np.int64)
    sizes = np.array([len(s) for s in label_sets], dtype=np.int64)
    grid = np.zeros((1 << t, t + 1))
    np.add.at(grid, (masks, sizes), weights)
    for b in range(t):
        view = grid.reshape(1 << (t - b - 1), 2, 1 << b, t + 1)
        view[:, 0] += view[:, 1]
    pull = np.zeros(len(label_sets))
    binom = np.array([[float(comb(j, i)) for i in range(t + 1)] for j in range(t + 1)])
    size_k = np.arange(t + 1, dtype=np.float64)
    for a in np.unique(sizes):
        rows = np.nonzero(sizes == a)[0]
        positions = np.array([[j for j in range(t) if m >> j & 1] for m in masks[rows]], dtype=np.int64)
        moments = np.zeros((rows.size, a + 1, t + 1))
        for pattern in range(1 << a):
            chosen = [p for p in range(a) if pattern >> p & 1]
            sub = np.zeros(rows.size, dtype=np.int64)
            for p in chosen:
                sub |= np.int64(1) << positions[:, p]
            moments[:, len(chosen)] += grid[sub]
        signs = np.array([[(-1.0) ** (j - i) if j >= i else 0.0 for j in range(a + 1)] for i in range(a + 1)])
        inversion = signs * binom[: a + 1, : a + 1].T
        by_common = np.einsum("ij,rjs->ris", inversion, moments)
        common = np.arange(a + 1, dtype=np.float64)[:, None]
        delta = _masi_by_sizes(common, np.float64(a), size_k[None, :])
        pull[rows] = (by_common * delta[None, :, :]).sum(axis=(1, 2))
    return pull


def _linearised_estimator(name: str, label_sets: Sequence[frozenset[str]], codes: np.ndarray) -> Estimator:
    indicators = indicator_matrix(label_sets)
    q = len(label_sets)
    present = codes >= 0
    pairable = present.sum(axis=1) >= 2
    n_c = np.bincount(codes[present & pairable[:, None]], minlength=q).astype(np.float64)
    pull = masi_pull(label_sets, n_c)
    total = float(n_c @ pull)

    def features(patterns: np.ndarray) -> np.ndarray:
        return _unit_terms(patterns, indicators, pull)

    def finish(sums: np.ndarray) -> np.ndarray:
        n = sums[:, 1]
        do = _safe_div(sums[:, 0], n)
        de = _safe_div(2.0 * sums[:, 2] - total, n * (n - 1.0))
        return 1.0 - _safe_div(do, de)

    def explain(sums: np.ndarray) -> str:
        return explain_alpha(np.array([0.0, sums[1]]))

    return Estimator(name, features, finish, explain)


def masi_alpha_estimator(
    label_sets: Sequence[frozenset[str]],
    codes: np.ndarray | None = None,
    name: str = "krippendorff_alpha_masi",
) -> Estimator:
    """Krippendorff's alpha with MASI distance; `codes` (units x coders) index `label_sets`.

    `codes` is needed only when there are more than EXACT_SET_LIMIT distinct sets.
    """
    if not label_sets:
        return undefined_estimator(name, "no values were coded")
    if len(label_sets) <= EXACT_SET_LIMIT or codes is None:
        return fixed_metric_estimator(name, len(label_sets), masi_distance_matrix(label_sets))
    return _linearised_estimator(name, label_sets, codes)

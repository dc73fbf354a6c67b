"""Inter-coder agreement statistics computed from a units x coders matrix of category codes.

Every statistic here is a ratio of sums over units. Each one is therefore split into
per-unit *features* (summed over units) and a vectorised *finish* step that turns the
sums into the statistic; the same pair gives the point estimate and, by reweighting
units, the bootstrap (see `agreement_bootstrap`). Undefined results are `None` plus a
reason, never a made-up 0 or 1. The exact definitions are written down in docs/agreement.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

MISSING = -1
_EPS = 1e-12


@dataclass(frozen=True)
class StatResult:
    """One statistic's value, or `None` with the reason it is undefined."""

    value: float | None
    reason: str | None = None

    def to_dict(self) -> dict[str, float | str | None]:
        """Return a JSON-ready dict with the value and the reason."""
        return {"value": self.value, "reason": self.reason}


@dataclass(frozen=True)
class Estimator:
    """A statistic split into per-unit features and a vectorised finish over feature sums."""

    name: str
    features: Callable[[np.ndarray], np.ndarray]
    finish: Callable[[np.ndarray], np.ndarray]
    explain: Callable[[np.ndarray], str]
    undefined: str | None = None

    def result(self, codes: np.ndarray) -> StatResult:
        """Compute the point estimate on all units of `codes`."""
        if self.undefined is not None:
            return StatResult(None, self.undefined)
        sums = self.features(codes).sum(axis=0)
        value = float(self.finish(sums[None, :])[0])
        if not np.isfinite(value):
            return StatResult(None, self.explain(sums))
        return StatResult(value)


def undefined_estimator(name: str, reason: str) -> Estimator:
    """Return an estimator that is undefined for structural reasons (e.g. wrong coder count)."""

    def nothing(codes: np.ndarray) -> np.ndarray:
        return np.zeros((codes.shape[0], 0))

    def nan(sums: np.ndarray) -> np.ndarray:
        return np.full(sums.shape[0], np.nan)

    return Estimator(name, nothing, nan, lambda _s: reason, undefined=reason)


def encode_codes(rows: Sequence[Sequence[object | None]], categories: Sequence[object]) -> np.ndarray:
    """Turn a units x coders table of labels (None = not coded) into category indices (-1 = missing)."""
    index = {c: i for i, c in enumerate(categories)}
    n_coders = max((len(r) for r in rows), default=0)
    codes = np.full((len(rows), n_coders), MISSING, dtype=np.int64)
    for u, row in enumerate(rows):
        for c, label in enumerate(row):
            if label is not None:
                codes[u, c] = index[label]
    return codes


def category_counts(codes: np.ndarray, q: int) -> np.ndarray:
    """Count, for every unit, how many coders chose each category (units x q)."""
    present = codes >= 0
    rows = np.broadcast_to(np.arange(codes.shape[0])[:, None], codes.shape)[present]
    flat = np.bincount(rows * q + codes[present], minlength=codes.shape[0] * q)
    return flat.reshape(codes.shape[0], q).astype(np.float64)


def _safe_div(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.abs(den) > _EPS, num / np.where(np.abs(den) > _EPS, den, 1.0), np.nan)


def _chance_corrected(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    return _safe_div(observed - expected, 1.0 - expected)


# --- Percent agreement, Fleiss, Brennan-Prediger, Gwet's AC1 (Gwet's multi-coder framework) ----------


def _gwet_features(q: int) -> Callable[[np.ndarray], np.ndarray]:
    def features(codes: np.ndarray) -> np.ndarray:
        counts = category_counts(codes, q)
        r = counts.sum(axis=1)
        has1 = r >= 1
        has2 = r >= 2
        pairs = np.where(has2, r * (r - 1), 1.0)
        agree = np.where(has2, (counts * (counts - 1)).sum(axis=1) / pairs, 0.0)
        share = np.where(has1[:, None], counts / np.where(has1, r, 1.0)[:, None], 0.0)
        return np.column_stack([has1, has2, agree, share])

    return features


def _gwet_explain(sums: np.ndarray) -> str:
    if sums[1] <= 0:
        return "no unit was coded by two or more coders"
    return "expected agreement is 1: every value falls in the same category"


def _observed(sums: np.ndarray) -> np.ndarray:
    return _safe_div(sums[:, 2], sums[:, 1])


def _shares(sums: np.ndarray) -> np.ndarray:
    return sums[:, 3:] / np.where(sums[:, :1] > 0, sums[:, :1], 1.0)


def percent_agreement_estimator(q: int) -> Estimator:
    """Mean share of agreeing coder pairs over units with two or more values."""
    return Estimator("percent_agreement", _gwet_features(q), _observed, _gwet_explain)


def fleiss_kappa_estimator(q: int) -> Estimator:
    """Fleiss' kappa (Gwet's handling of missing values; Fleiss 1971 when data are complete)."""

    def finish(sums: np.ndarray) -> np.ndarray:
        pe = (_shares(sums) ** 2).sum(axis=1)
        return _chance_corrected(_observed(sums), pe)

    return Estimator("fleiss_kappa", _gwet_features(q), finish, _gwet_explain)


def brennan_prediger_estimator(q: int) -> Estimator:
    """Brennan-Prediger free-marginal kappa with chance agreement 1/q."""
    if q < 2:
        return undefined_estimator("brennan_prediger", "fewer than two categories")

    def finish(sums: np.ndarray) -> np.ndarray:
        return _chance_corrected(_observed(sums), np.full(sums.shape[0], 1.0 / q))

    return Estimator("brennan_prediger", _gwet_features(q), finish, _gwet_explain)


def gwet_ac1_estimator(q: int) -> Estimator:
    """Gwet's AC1 with chance agreement sum(pi_k (1 - pi_k)) / (q - 1)."""
    if q < 2:
        return undefined_estimator("gwet_ac1", "fewer than two categories")

    def finish(sums: np.ndarray) -> np.ndarray:
        pi = _shares(sums)
        pe = (pi * (1.0 - pi)).sum(axis=1) / (q - 1)
        return _chance_corrected(_observed(sums), pe)

    return Estimator("gwet_ac1", _gwet_features(q), finish, _gwet_explain)


# --- Two-coder statistics: Cohen's kappa, Scott's pi, Cohen's weighted kappa --------------------------


def agreement_weights(q: int, kind: str) -> np.ndarray:
    """Return Cohen's agreement weights (1 on the diagonal) for categories at positions 0..q-1."""
    pos = np.arange(q, dtype=np.float64)
    gap = np.abs(pos[:, None] - pos[None, :]) / max(q - 1, 1)
    if kind == "linear":
        return 1.0 - gap
    if kind == "quadratic":
        return 1.0 - gap**2
    if kind == "identity":
        return np.eye(q)
    raise ValueError(f"unknown weights {kind!r}: use linear or quadratic")


def _pair_features(q: int, weights: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    def features(codes: np.ndarray) -> np.ndarray:
        a, b = codes[:, 0], codes[:, 1]
        both = (a >= 0) & (b >= 0)
        a0, b0 = np.where(both, a, 0), np.where(both, b, 0)
        agree = np.where(both, weights[a0, b0], 0.0)
        onehot_a = np.zeros((codes.shape[0], q))
        onehot_b = np.zeros((codes.shape[0], q))
        rows = np.nonzero(both)[0]
        onehot_a[rows, a[both]] = 1.0
        onehot_b[rows, b[both]] = 1.0
        return np.column_stack([both, agree, onehot_a, onehot_b])

    return features


def _pair_explain(sums: np.ndarray) -> str:
    if sums[0] <= 0:
        return "no unit was coded by both coders"
    return "expected agreement is 1: both coders used one and the same category only"


def _two_coder_estimator(
    name: str, codes_shape: tuple[int, int], q: int, weights: np.ndarray, scott: bool
) -> Estimator:
    if codes_shape[1] != 2:
        return undefined_estimator(
            name, f"defined for exactly two coders, got {codes_shape[1]} (see fleiss_kappa)"
        )

    def finish(sums: np.ndarray) -> np.ndarray:
        n = np.where(sums[:, 0] > 0, sums[:, 0], np.nan)[:, None]
        pa, pb = sums[:, 2 : 2 + q] / n, sums[:, 2 + q :] / n
        if scott:
            mean = (pa + pb) / 2.0
            pa = pb = mean
        pe = np.einsum("bi,ij,bj->b", pa, weights, pb)
        return _chance_corrected(sums[:, 1] / n[:, 0], pe)

    return Estimator(name, _pair_features(q, weights), finish, _pair_explain)


def cohen_kappa_estimator(codes_shape: tuple[int, int], q: int) -> Estimator:
    """Cohen's kappa for two coders over the units both coded."""
    return _two_coder_estimator("cohen_kappa", codes_shape, q, np.eye(q), scott=False)


def scott_pi_estimator(codes_shape: tuple[int, int], q: int) -> Estimator:
    """Scott's pi for two coders over the units both coded (pooled marginals)."""
    return _two_coder_estimator("scott_pi", codes_shape, q, np.eye(q), scott=True)


def cohen_weighted_kappa_estimator(codes_shape: tuple[int, int], q: int, kind: str) -> Estimator:
    """Cohen's weighted kappa (linear or quadratic weights on category positions)."""
    if q < 2:
        return undefined_estimator("cohen_weighted_kappa", "fewer than two categories")
    return _two_coder_estimator(
        "cohen_weighted_kappa", codes_shape, q, agreement_weights(q, kind), scott=False
    )


def nominal_estimators(codes_shape: tuple[int, int], q: int) -> list[Estimator]:
    """Return the unweighted kappa family for a codes matrix of this shape and q categories."""
    if codes_shape[1] < 2:
        reason = "fewer than two coders"
        names = ["percent_agreement", "cohen_kappa", "scott_pi", "fleiss_kappa"]
        names += ["brennan_prediger", "gwet_ac1"]
        return [undefined_estimator(n, reason) for n in names]
    return [
        percent_agreement_estimator(q),
        cohen_kappa_estimator(codes_shape, q),
        scott_pi_estimator(codes_shape, q),
        fleiss_kappa_estimator(q),
        brennan_prediger_estimator(q),
        gwet_ac1_estimator(q),
    ]


def point_estimates(estimators: Sequence[Estimator], codes: np.ndarray) -> dict[str, StatResult]:
    """Compute every estimator's point estimate on `codes`."""
    return {e.name: e.result(codes) for e in estimators}

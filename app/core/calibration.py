"""Turning suggestion evidence into probabilities: the logistic model, its fit and live refitting.

A score is 1 / (1 + exp(-(bias + k*keyword + v*vote + p*log(prior + PRIOR_FLOOR)))), so it reads as the
probability that the coder gives the theme. The prior enters on a log scale (odds grow as a power of the
theme's share in the question, as Bayes' rule combines a base rate with evidence): on a linear scale one
slope cannot fit both a question's common and its rare themes, so rare themes with a lucky neighbour were
scored too high and the second and third most common too low.
`LiveCalibration` records, for every coding, the evidence each theme had just before it was coded and
whether the coder gave it, and refits the model on those decisions every `every` codings once it has
`minimum` of them; before that the defaults hold.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import asdict, dataclass

import numpy as np

PRIOR_FLOOR = 0.01  # a theme never given in the question counts as given once in a hundred answers


def prior_term(prior: np.ndarray) -> np.ndarray:
    """Return the prior's term in the model: its log, floored so a theme the question never used stays finite."""
    return np.log(prior + PRIOR_FLOOR)


@dataclass(frozen=True)
class Calibration:
    """Coefficients of the logistic model that turns evidence into a probability."""

    bias: float
    keyword: float
    vote: float
    prior: float

    def probability(self, keyword: float, vote: float, prior: float) -> float:
        """Return the calibrated confidence for one theme's evidence."""
        z = self.bias + self.keyword * keyword + self.vote * vote + self.prior * math.log(prior + PRIOR_FLOOR)
        return 1.0 / (1.0 + math.exp(-min(max(z, -500.0), 500.0)))  # math.exp overflows past ~709

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Return the confidences for rows of (keyword, vote, prior) evidence."""
        z = (
            self.bias
            + features[:, :2] @ np.array([self.keyword, self.vote])
            + self.prior * prior_term(features[:, 2])
        )
        return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))  # exp(500) is finite: no overflow

    def to_dict(self) -> dict[str, float]:
        """Return the coefficients as JSON-ready data."""
        return asdict(self)


# Used until the coder's own decisions are enough to refit (fitted on held-back synthetic codings with
# the prior linear, -4.2 + 2.5 * prior; bias and prior slope here give the same scores at shares 0 and 1).
DEFAULT_CALIBRATION = Calibration(bias=-1.7, keyword=4.6, vote=7.0, prior=0.54)
FEATURES = 3  # keyword, vote, prior


def fit_calibration(
    features: np.ndarray,
    targets: np.ndarray,
    weights: np.ndarray | None = None,
    l2: float = 1e-3,
    iterations: int = 50,
) -> Calibration:
    """Fit logistic coefficients (keyword, vote, prior slopes kept >= 0) by projected Newton steps.

    Each step is halved until it lowers the penalised loss, so decisions that the evidence separates
    almost perfectly, or nearly collinear evidence, cannot make the fit diverge.
    """
    if len(targets) == 0 or targets.min() == targets.max():
        raise ValueError("calibration needs codings where some themes apply and some do not")
    weights = np.ones(len(targets)) if weights is None else weights
    x = np.column_stack([np.ones(len(features)), features[:, :2], prior_term(features[:, 2])])
    w = np.zeros(x.shape[1])
    penalty = l2 * weights.sum() / max(1, len(weights)) * np.eye(x.shape[1])
    penalty[0, 0] = 0.0

    def loss(v: np.ndarray) -> float:
        z = x @ v
        return float(weights @ (np.logaddexp(0.0, z) - targets * z) + 0.5 * v @ penalty @ v)

    current = loss(w)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50.0, 50.0)))
        gradient = x.T @ (weights * (p - targets)) + penalty @ w
        hessian = (x * (weights * p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        for _ in range(30):  # halve the step until the projected point lowers the loss (no divergence)
            candidate = w - step
            candidate[1:] = np.maximum(candidate[1:], 0.0)
            found = loss(candidate)
            if found <= current:
                break
            step = step / 2.0
        else:
            break
        moved = np.abs(candidate - w).max()
        w, current = candidate, found
        if moved < 1e-6:
            break
    return Calibration(*(round(float(v), 4) for v in w))


class LiveCalibration:
    """The coder's own decisions as calibration data, refitted every `every` codings from `minimum` on.

    Themes without any evidence are kept as one weighted row per coding (how many, how many given), so a
    codebook of 500 themes costs a few rows per coding, not 500.
    """

    def __init__(
        self,
        default: Calibration = DEFAULT_CALIBRATION,
        minimum: int = 30,
        every: int = 25,
        window: int = 3000,
    ) -> None:
        self.default = default
        self.current = default
        self.minimum, self.every = minimum, every
        self._codings: deque[tuple[np.ndarray, np.ndarray, np.ndarray]] = deque(maxlen=window)
        self._since_fit = 0
        self.fitted = False

    def __len__(self) -> int:
        return len(self._codings)

    def record(self, features: np.ndarray, given: np.ndarray) -> bool:
        """Record one coding: each theme's evidence before it (rows) and whether it was given; True if refitted."""
        some = features.any(axis=1)
        rows = features[some]
        targets = given[some].astype(float)
        weights = np.ones(len(rows))
        rest = int((~some).sum())
        if rest:
            positives = float(given[~some].sum())
            rows = np.vstack([rows, np.zeros((2, features.shape[1]))])
            targets = np.concatenate([targets, [1.0, 0.0]])
            weights = np.concatenate([weights, [positives, rest - positives]])
        self._codings.append((rows, targets, weights))
        self._since_fit += 1
        if len(self._codings) >= self.minimum and self._since_fit >= self.every:
            return self.refit()
        return False

    def data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return the recorded (features, targets, weights)."""
        if not self._codings:
            return np.zeros((0, FEATURES)), np.zeros(0), np.zeros(0)
        rows, targets, weights = zip(*self._codings)
        return np.vstack(rows), np.concatenate(targets), np.concatenate(weights)

    def refit(self) -> bool:
        """Refit on the recorded decisions; keep the current model when they cannot be fitted."""
        self._since_fit = 0
        features, targets, weights = self.data()
        keep = weights > 0
        try:
            self.current = fit_calibration(features[keep], targets[keep], weights[keep])
        except (ValueError, np.linalg.LinAlgError):
            return False
        self.fitted = True
        return True

    def reliability(self) -> list[dict[str, float]]:
        """Return the reliability table of the current model on the recorded decisions."""
        features, targets, weights = self.data()
        return reliability_table(self.current.probabilities(features), targets, weights)


def reliability_table(
    predicted: np.ndarray, observed: np.ndarray, weights: np.ndarray | None = None, bins: int = 10
) -> list[dict[str, float]]:
    """Return, per score bin, the mean score, the share that was right and the number of (answer, theme) pairs."""
    weights = np.ones(len(predicted)) if weights is None else weights
    index = np.minimum((predicted * bins).astype(int), bins - 1)
    table = []
    for b in range(bins):
        mask = (index == b) & (weights > 0)
        total = float(weights[mask].sum())
        if total > 0:
            table.append(
                {
                    "from": b / bins,
                    "to": (b + 1) / bins,
                    "mean_score": round(float((predicted[mask] * weights[mask]).sum() / total), 4),
                    "observed": round(float((observed[mask] * weights[mask]).sum() / total), 4),
                    "pairs": int(round(total)),
                }
            )
    return table

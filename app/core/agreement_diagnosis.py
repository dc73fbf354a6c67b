"""Codebook diagnosis between coding rounds: which themes coders confuse, and agreement over time.

- Theme-pair confusions: on every answer two coders both decided, each theme one coder gave
  and the other did not is paired with each theme the other gave instead (or with
  "(nothing instead)" when the other gave no other theme). Counts add both directions and
  every pair of coders, so A↔B is how often one coder saw A where the other saw B.
- For each theme with low agreement (alpha below .667, Krippendorff's lowest bound for even
  tentative conclusions, or undefined), its most confused partners with example answers.
- Agreement per block of answers in coding order (the order the coding loop presents them),
  so training effects or drift show as a trend.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from app.core.agreement import MISSING
from app.core.agreement_alpha import alpha_estimator

NOTHING_INSTEAD = "(nothing instead)"
LOW_ALPHA = 0.667
MIN_BLOCK = 20
Decisions = Mapping[str, Mapping[str, frozenset[str]]]


@dataclass(frozen=True)
class Confusion:
    """How often one coder gave `theme` where another gave `partner` (both directions summed)."""

    theme: str
    partner: str
    count: int
    examples: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "theme": self.theme,
            "partner": self.partner,
            "count": self.count,
            "examples": list(self.examples),
        }


@dataclass(frozen=True)
class WeakTheme:
    """A theme with low agreement and the themes it is most often confused with."""

    theme: str
    alpha: float | None
    partners: tuple[Confusion, ...]

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {"theme": self.theme, "alpha": self.alpha, "partners": [p.to_dict() for p in self.partners]}


@dataclass(frozen=True)
class Block:
    """Agreement on one block of answers in coding order (positions are 1-based, inclusive)."""

    first: int
    last: int
    units: int
    exact: float | None
    alpha: float | None

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "first": self.first,
            "last": self.last,
            "units": self.units,
            "exact": self.exact,
            "alpha": self.alpha,
        }


@dataclass(frozen=True)
class Diagnosis:
    """Everything the codebook diagnosis shows, theme ids as given (the caller names them)."""

    coders: tuple[str, ...]
    confusions: tuple[Confusion, ...]
    weak_themes: tuple[WeakTheme, ...]
    blocks: tuple[Block, ...]
    block_size: int

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "coders": list(self.coders),
            "confusions": [c.to_dict() for c in self.confusions],
            "weak_themes": [w.to_dict() for w in self.weak_themes],
            "blocks": [b.to_dict() for b in self.blocks],
            "block_size": self.block_size,
        }


def theme_confusions(decisions: Decisions, coders: Sequence[str], examples: int = 2) -> tuple[Confusion, ...]:
    """Count theme-pair confusions over every pair of coders, most frequent first."""
    counts: Counter = Counter()
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a, b in combinations(coders, 2):
        da, db = decisions.get(a, {}), decisions.get(b, {})
        for unit in sorted(set(da) & set(db)):
            only_a, only_b = da[unit] - db[unit], db[unit] - da[unit]
            for mine, theirs in ((only_a, only_b), (only_b, only_a)):
                for theme in mine:
                    for partner in sorted(theirs) or [NOTHING_INSTEAD]:
                        key = (theme, partner)
                        counts[key] += 1
                        if len(seen[key]) < examples and unit not in seen[key]:
                            seen[key].append(unit)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(Confusion(t, p, n, tuple(seen[(t, p)])) for (t, p), n in ranked)


def weak_themes(
    confusions: Sequence[Confusion], alphas: Mapping[str, float | None], top: int = 3
) -> tuple[WeakTheme, ...]:
    """Themes with alpha below LOW_ALPHA (or undefined, when confused at all) and their top partners."""
    out = []
    for theme, alpha in alphas.items():
        if alpha is not None and alpha >= LOW_ALPHA:
            continue
        partners = [c for c in confusions if c.theme == theme][:top]
        if partners:
            out.append(WeakTheme(theme, alpha, tuple(partners)))
    out.sort(key=lambda w: (w.alpha if w.alpha is not None else -2.0, w.theme))
    return tuple(out)


def default_block_size(units: int) -> int:
    """About ten blocks, none smaller than MIN_BLOCK answers."""
    return max(MIN_BLOCK, math.ceil(units / 10)) if units else MIN_BLOCK


def agreement_by_block(
    decisions: Decisions,
    theme_ids: Sequence[str],
    coders: Sequence[str],
    order: Sequence[str],
    block: int | None = None,
) -> tuple[tuple[Block, ...], int]:
    """Exact-set agreement and pooled answer × theme alpha per block of answers in coding order."""
    index = {t: i for i, t in enumerate(theme_ids)}
    units = [u for u in order if sum(u in decisions.get(c, {}) for c in coders) >= 2]
    size = block if block and block > 0 else default_block_size(len(units))
    alpha = alpha_estimator("nominal", [0.0, 1.0])
    blocks = []
    for start in range(0, len(units), size):
        chunk = units[start : start + size]
        presence = np.full((len(chunk), len(theme_ids), len(coders)), MISSING, dtype=np.int64)
        exact = 0
        for u, unit in enumerate(chunk):
            sets = []
            for j, coder in enumerate(coders):
                chosen = decisions.get(coder, {}).get(unit)
                if chosen is None:
                    continue
                sets.append(chosen)
                presence[u, :, j] = 0
                for theme in chosen:
                    if theme in index:
                        presence[u, index[theme], j] = 1
            exact += len(set(sets)) == 1
        stacked = presence.reshape(len(chunk) * len(theme_ids), len(coders))
        value = alpha.result(stacked).value if len(theme_ids) else None
        blocks.append(Block(start + 1, start + len(chunk), len(chunk), exact / len(chunk), value))
    return tuple(blocks), size


def diagnose(
    decisions: Decisions,
    theme_ids: Sequence[str],
    coders: Sequence[str],
    order: Sequence[str],
    alphas: Mapping[str, float | None],
    block: int | None = None,
) -> Diagnosis:
    """Confusions, weak themes with partners, and agreement per block of answers in coding order."""
    confusions = theme_confusions(decisions, coders)
    blocks, size = agreement_by_block(decisions, theme_ids, coders, order, block)
    return Diagnosis(tuple(coders), confusions, weak_themes(confusions, alphas), blocks, size)

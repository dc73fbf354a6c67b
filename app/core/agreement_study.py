"""Agreement as a study reports it: the coder set, the level of themes, the unit, pairs with their own n.

`agreement_study` decides, from plain decisions and the theme tree:
- which coders are compared: all given; by default a coder who decided fewer than SPARSE_SHARE
  of the answers the busiest coder decided is shown apart (their pairs are listed, with a
  warning), so one partial coder never shrinks the main comparison;
- the level of themes (`agreement_levels`) with the counts' roll-up rule;
- the unit: the answer (categorical statistics, when the codebook or question is single-choice
  or every compared decision has exactly one theme) and always answer × theme (per theme);
- a table for every pair of coders, each on the answers both decided.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from app.core.agreement_categorical import CategoricalAgreement, categorical_agreement, is_single_choice
from app.core.agreement_interpret import judged
from app.core.agreement_levels import (
    LEVEL_WORDS,
    chosen_at_level,
    compared_theme_ids,
    decisions_at_level,
)
from app.core.agreement_units import AgreementReport, ThemeAgreement, compute_project_agreement
from app.core.models import Theme

SPARSE_SHARE = 0.5
Decisions = Mapping[str, Mapping[str, frozenset[str]]]


@dataclass(frozen=True)
class PairAgreement:
    """Two coders on the answers both decided: percent agreement, Cohen's kappa, alpha."""

    coders: tuple[str, str]
    units: int
    unit: str
    statistics: dict[str, float | None]
    ci: dict[str, list[float]]
    labels: dict[str, str]

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data."""
        return {
            "coders": list(self.coders),
            "units": self.units,
            "unit": self.unit,
            "statistics": dict(self.statistics),
            "ci": {k: list(v) for k, v in self.ci.items()},
            "labels": dict(self.labels),
        }


@dataclass(frozen=True)
class AgreementStudy:
    """The whole agreement result a report, the review window and the CLI show."""

    coders: tuple[str, ...]
    apart: tuple[str, ...]
    decided: dict[str, int]
    level: str
    theme_ids: tuple[str, ...]
    binary: AgreementReport
    categorical: CategoricalAgreement | None
    single_choice_reason: str
    pairs: tuple[PairAgreement, ...]
    warnings: tuple[str, ...] = ()
    bootstrap: int = 0
    seed: int = 0
    extra: dict[str, object] = field(default_factory=dict)
    # the warnings as (kind, facts), for interfaces that word them in their own language:
    # ("sparse_coder", {coder, decided, busiest, busiest_decided, apart}), ("multi_theme", {count})
    notes: tuple[tuple[str, dict[str, object]], ...] = ()

    @property
    def unused_theme_ids(self) -> tuple[str, ...]:
        """Compared themes no compared coder gave any answer (agreed absences in the pooled statistics)."""
        return tuple(t.theme_id for t in self.binary.themes if not any(t.present.values()))

    @property
    def unit(self) -> str:
        """The unit of the headline statistics."""
        return "answer" if self.categorical is not None else "answer × theme"

    def to_dict(self) -> dict[str, object]:
        """Return plain JSON-serialisable data (the binary report's keys stay at the top level)."""
        data = self.binary.to_dict()
        data.update(
            {
                "coders": list(self.coders),
                "apart": list(self.apart),
                "decided": dict(self.decided),
                "level_of_themes": self.level,
                "level_words": LEVEL_WORDS[self.level],
                "unit": self.unit,
                "single_choice": self.single_choice_reason or None,
                "categorical": self.categorical.to_dict() if self.categorical else None,
                "pairs": [p.to_dict() for p in self.pairs],
                "unused_themes": list(self.unused_theme_ids),
                "warnings": list(self.warnings),
            }
        )
        return data


def split_sparse(decided: Mapping[str, int], coders: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split coders into main and apart: apart decided fewer than SPARSE_SHARE of the busiest coder."""
    busiest = max((decided.get(c, 0) for c in coders), default=0)
    main = [c for c in coders if decided.get(c, 0) >= SPARSE_SHARE * busiest]
    if len(main) < 2:
        return list(coders), []
    return main, [c for c in coders if c not in main]


def _judged_theme(theme: ThemeAgreement) -> ThemeAgreement:
    """Label a theme's statistics 'too few to judge' when its answers or positives are too few."""
    positives = max(theme.present.values(), default=0)
    return replace(theme, interpretation=judged(theme.interpretation, theme.units, positives))


def _pair(
    decisions: Decisions,
    cat_decisions: Decisions | None,
    theme_ids: Sequence[str],
    pair: tuple[str, str],
    bootstrap: int,
    seed: int,
) -> PairAgreement:
    """Agreement of one pair on the answers both decided (categorical when the study is)."""
    names = ("percent_agreement", "cohen_kappa", "krippendorff_alpha")
    if cat_decisions is not None:
        result = categorical_agreement(cat_decisions, theme_ids, pair, bootstrap, seed)
        stats, ci, units, unit = result.statistics, result.ci, result.units, "answer"
        labels = judged(result.interpretation, units).get("labels", {})
    else:
        overall = compute_project_agreement(decisions, theme_ids, pair, bootstrap, seed, pooled_only=True)
        stats, ci, units, unit = (
            overall.overall.statistics,
            overall.overall.ci,
            overall.units,
            "answer × theme",
        )
        labels = judged(overall.overall.interpretation, units).get("labels", {})
    return PairAgreement(
        pair,
        units,
        unit,
        {n: stats.get(n) for n in names},
        {n: ci[n] for n in names if n in ci},
        {n: labels[n] for n in names if n in labels},  # type: ignore[index]
    )


def _reuse_main(
    binary: AgreementReport, categorical: CategoricalAgreement | None, pair: tuple[str, str]
) -> PairAgreement:
    """The pair table row of a two-coder study's main pair, taken from the headline statistics."""
    names = ("percent_agreement", "cohen_kappa", "krippendorff_alpha")
    if categorical is not None:
        stats, ci, units, unit = categorical.statistics, categorical.ci, categorical.units, "answer"
        labels = categorical.interpretation.get("labels", {})
    else:
        overall = binary.overall
        stats, ci, units, unit = overall.statistics, overall.ci, binary.units, "answer × theme"
        labels = overall.interpretation.get("labels", {})
    return PairAgreement(
        pair,
        units,
        unit,
        {n: stats.get(n) for n in names},
        {n: ci[n] for n in names if n in ci},
        {n: labels[n] for n in names if n in labels},  # type: ignore[index]
    )


def agreement_study(
    decisions: Decisions,
    themes: Sequence[Theme],
    coders: Sequence[str],
    *,
    chosen: bool = False,
    level: str = "all",
    single_choice: bool = False,
    bootstrap: int = 0,
    seed: int = 0,
) -> AgreementStudy:
    """Measure agreement for a study; `chosen` = the user named the coders (nobody is set apart)."""
    decided = {c: len(decisions.get(c, {})) for c in coders}
    main, apart = (list(coders), []) if chosen else split_sparse(decided, coders)
    warnings = []
    notes: list[tuple[str, dict[str, object]]] = []
    busiest = max(decided, key=lambda c: decided[c]) if decided else ""
    for c in coders:
        if decided[c] < SPARSE_SHARE * decided.get(busiest, 0):
            where = "shown apart: only their pairs include them" if c in apart else "included as chosen"
            warnings.append(
                f"coder {c} decided {decided[c]:,} answers, far fewer than {busiest} ({decided[busiest]:,}); {where}"
            )
            notes.append(
                (
                    "sparse_coder",
                    {
                        "coder": c,
                        "decided": decided[c],
                        "busiest": busiest,
                        "busiest_decided": decided[busiest],
                        "apart": c in apart,
                    },
                )
            )
    theme_ids = compared_theme_ids(themes, level)
    rolled = decisions_at_level(decisions, themes, level)
    binary = compute_project_agreement(rolled, theme_ids, main, bootstrap, seed)
    binary = replace(binary, themes=tuple(_judged_theme(t) for t in binary.themes))
    binary = replace(
        binary,
        overall=replace(binary.overall, interpretation=judged(binary.overall.interpretation, binary.units)),
    )
    picked = chosen_at_level(decisions, themes, level)
    cat_ids = [t.id for t in themes] if level == "all" else theme_ids
    reason = "the codebook or question is marked single-choice" if single_choice else ""
    if not reason and is_single_choice(picked, main):
        reason = "every compared decision has exactly one theme"
    categorical = None
    if reason:
        categorical = categorical_agreement(picked, cat_ids, main, bootstrap, seed)
        categorical = replace(
            categorical, interpretation=judged(categorical.interpretation, categorical.units)
        )
        if categorical.multi_theme_decisions:
            notes.append(("multi_theme", {"count": categorical.multi_theme_decisions}))
            warnings.append(
                f"{categorical.multi_theme_decisions:,} decisions carry several themes although the coding is "
                "single-choice; each such set is a category of its own"
            )
    # pairs: point estimates only (the headline statistics carry the intervals); the main pair of a
    # two-coder study is the headline itself
    pairs = tuple(
        _reuse_main(binary, categorical, (a, b))
        if (a, b) == tuple(main) and len(main) == 2
        else _pair(rolled, picked if reason else None, cat_ids if reason else theme_ids, (a, b), 0, seed)
        for a, b in combinations(coders, 2)
    )
    return AgreementStudy(
        tuple(main),
        tuple(apart),
        decided,
        level,
        tuple(theme_ids),
        binary,
        categorical,
        reason,
        pairs,
        tuple(warnings),
        bootstrap,
        seed,
        notes=tuple(notes),
    )

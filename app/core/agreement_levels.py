"""Which themes agreement compares in a theme tree: top-level themes, leaves, or every theme.

The roll-up rule is the one the report's counts and the wide export use (`theme_rollup`): a parent
theme counts an answer when the answer is coded with the parent or with any of its sub-themes. So
- `top`: every decision is mapped to its top-level themes (a sub-theme counts for its root);
- `leaf`: only themes without sub-themes are compared; a coding on a parent itself is dropped
  (a decision left with no leaf theme counts as "no theme applies" at this level);
- `all`: every theme is compared, each parent including its sub-themes (as in the counts).
The categorical (single-choice) statistics at `all` use the theme each coder chose itself,
since a rolled-up decision carries the parent beside the child.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.core.models import Theme
from app.core.report_counts import theme_tree_order
from app.core.theme_rollup import RollUp, theme_chains

LEVELS_OF_THEMES = ("top", "leaf", "all")
LEVEL_WORDS = {
    "top": "top-level themes, each including its sub-themes",
    "leaf": "the most specific themes (themes without sub-themes); codings on parent themes left out",
    "all": "every theme, each parent including its sub-themes",
}
Decisions = Mapping[str, Mapping[str, frozenset[str]]]


def check_level(level: str) -> str:
    """Return the level, or raise ValueError naming the choices."""
    if level not in LEVELS_OF_THEMES:
        raise ValueError(f"unknown level of themes {level!r}: use one of {', '.join(LEVELS_OF_THEMES)}")
    return level


def compared_theme_ids(themes: Sequence[Theme], level: str) -> list[str]:
    """Return the ids of the themes compared at this level, in codebook tree order."""
    check_level(level)
    order = [t for t, _ in theme_tree_order(themes)]
    known = {t.id for t in order}
    parents = {t.parent_id for t in order if t.parent_id in known and t.parent_id != t.id}
    chains = theme_chains(list(themes))
    if level == "top":
        return [t.id for t in order if len(chains[t.id]) == 1]
    if level == "leaf":
        return [t.id for t in order if t.id not in parents]
    return [t.id for t in order]


def theme_map(themes: Sequence[Theme], level: str) -> dict[str, frozenset[str]]:
    """Map each theme id to the compared theme ids an answer coded with it counts for."""
    check_level(level)
    rollup = RollUp(themes)
    keep = set(compared_theme_ids(themes, level))
    if level == "top":
        return {tid: rollup.top_level((tid,)) for tid in rollup.chains}
    if level == "leaf":
        return {tid: frozenset({tid}) if tid in keep else frozenset() for tid in rollup.chains}
    return {tid: rollup.implied((tid,)) for tid in rollup.chains}


def decisions_at_level(decisions: Decisions, themes: Sequence[Theme], level: str) -> dict:
    """Return the decisions with every theme set rolled up (or cut down) to the level."""
    check_level(level)
    rollup = RollUp(themes)
    if level == "all":
        roll = rollup.implied
    elif level == "top":
        roll = rollup.top_level
    else:
        keep = frozenset(compared_theme_ids(themes, level))
        cache: dict[frozenset[str], frozenset[str]] = {}

        def roll(chosen: frozenset[str]) -> frozenset[str]:
            found = cache.get(chosen)
            if found is None:
                found = cache[chosen] = frozenset(chosen) & keep
            return found

    return {
        coder: {unit: roll(chosen) for unit, chosen in coded.items()} for coder, coded in decisions.items()
    }


def chosen_at_level(decisions: Decisions, themes: Sequence[Theme], level: str) -> dict:
    """Decisions for the categorical statistics: at `all` the themes chosen, else as `decisions_at_level`."""
    if level != "all":
        return decisions_at_level(decisions, themes, level)
    known = {t.id for t in themes}
    return {c: {u: frozenset(s & known) for u, s in coded.items()} for c, coded in decisions.items()}

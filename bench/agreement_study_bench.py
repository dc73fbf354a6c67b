"""Benchmark: a whole agreement study (levels, categorical, pairs, diagnosis) against the per-theme baseline.

N answers, 20 themes (4 parents with 4 sub-themes each, 4 flat themes), 3 coders: two coded every
answer, the third a tenth of them. Prints medians and the ratio to `compute_project_agreement`
on the same decisions (the per-theme and pooled statistics alone).

    .venv/bin/python bench/agreement_study_bench.py [--answers 100000] [--draws 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.agreement_diagnosis import diagnose  # noqa: E402
from app.core.agreement_levels import compared_theme_ids, decisions_at_level  # noqa: E402
from app.core.agreement_study import agreement_study  # noqa: E402
from app.core.agreement_units import compute_project_agreement  # noqa: E402
from app.core.models import Theme  # noqa: E402


def codebook() -> list[Theme]:
    """4 parents with 4 sub-themes each and 4 flat themes: 24 themes, 20 leaves."""
    themes = []
    for p in range(4):
        themes.append(Theme(id=f"p{p}", name=f"parent {p}", position=p))
        themes += [
            Theme(id=f"p{p}c{c}", name=f"child {p}.{c}", parent_id=f"p{p}", position=c) for c in range(4)
        ]
    themes += [Theme(id=f"f{i}", name=f"flat {i}", position=10 + i) for i in range(4)]
    return themes


def decisions(answers: int, single: bool, seed: int = 1) -> dict[str, dict[str, frozenset[str]]]:
    """Leaf codings; the second coder changes about 15 % of them, the third coded every tenth answer."""
    rng = np.random.default_rng(seed)
    leaves = [t.id for t in codebook() if t.id.startswith("f") or "c" in t.id]
    pick = rng.integers(0, len(leaves), size=(answers, 2))
    change = rng.random(answers) < 0.15
    a, b = {}, {}
    for u in range(answers):
        first = {leaves[pick[u, 0]]} if single else {leaves[pick[u, 0]], leaves[pick[u, 1]]}
        a[f"u{u:06d}"] = frozenset(first)
        b[f"u{u:06d}"] = (
            frozenset({leaves[(pick[u, 0] + 1) % len(leaves)]}) if change[u] else frozenset(first)
        )
    c = {u: s for i, (u, s) in enumerate(a.items()) if i % 10 == 0}
    return {"A": a, "B": b, "C": c}


def median_time(fn, repeat: int) -> float:
    """Median wall time of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_one(single: bool, answers: int, draws: int, repeat: int) -> None:
    """Time the baseline, the study at two levels and the diagnosis on one kind of coding."""
    themes = codebook()
    data = decisions(answers, single)
    rolled = decisions_at_level(data, themes, "all")
    ids = compared_theme_ids(themes, "all")
    order = sorted(data["A"])
    base = median_time(lambda: compute_project_agreement(rolled, ids, ["A", "B"], draws, 0), repeat)
    study = median_time(lambda: agreement_study(data, themes, ["A", "B", "C"], bootstrap=draws), repeat)
    top = median_time(
        lambda: agreement_study(data, themes, ["A", "B", "C"], level="top", bootstrap=draws), repeat
    )
    diag = median_time(lambda: diagnose(rolled, ids, ["A", "B"], order, {}, None), repeat)
    kind = "single-theme" if single else "two themes per answer"
    print(f"{kind}: {answers:,} answers, {draws:,} draws, median of {repeat}")
    print(f"  baseline compute_project_agreement (A, B):    {base:7.2f} s")
    print(f"  agreement_study level all (A, B, C apart):    {study:7.2f} s  ({study / base:.1f}x)")
    print(f"  agreement_study level top:                    {top:7.2f} s  ({top / base:.1f}x)")
    print(f"  diagnosis (confusions, blocks):               {diag:7.2f} s  ({diag / base:.1f}x)")


def main() -> None:
    """Time multi- and single-theme codings."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for single in (False, True):
        bench_one(single, args.answers, args.draws, args.repeat)


if __name__ == "__main__":
    main()

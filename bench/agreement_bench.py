"""Benchmark: agreement on N answers x 20 themes x 2 coders with a 1,000-draw bootstrap.

Compares, on the same synthetic data, our values and times with the `krippendorff`
package (per-theme nominal alpha, pooled alpha, MASI alpha through a custom metric) and,
on a subset, with NLTK's AnnotationTask (MASI alpha), when NLTK is installed.

    /work/venv/bin/python bench/agreement_bench.py [--answers 100000] [--draws 1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import krippendorff
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.agreement_alpha import alpha_estimator  # noqa: E402
from app.core.agreement_masi import masi_distance, masi_distance_matrix  # noqa: E402
from app.core.agreement_units import compute_project_agreement  # noqa: E402

THEMES = 20


def synthetic_presence(answers: int, seed: int) -> np.ndarray:
    """Presence (answers x themes x 2 coders): varied prevalence, the second coder flips some codes."""
    rng = np.random.default_rng(seed)
    prevalence = np.linspace(0.01, 0.30, THEMES)
    first = rng.random((answers, THEMES)) < prevalence
    flip = rng.random((answers, THEMES)) < np.linspace(0.02, 0.15, THEMES)
    second = first ^ flip
    return np.stack([first, second], axis=2)


def to_decisions(presence: np.ndarray) -> dict[str, dict[str, frozenset[str]]]:
    """Turn the presence array into the coder -> unit -> theme set mapping."""
    names = [f"t{t:02d}" for t in range(THEMES)]
    decisions: dict[str, dict[str, frozenset[str]]] = {}
    for c, coder in enumerate(("A", "B")):
        rows = presence[:, :, c]
        decisions[coder] = {
            f"r{u}": frozenset(names[t] for t in np.flatnonzero(rows[u])) for u in range(rows.shape[0])
        }
    return decisions


def timed(fn, repeat: int = 1):
    """Run fn `repeat` times; return (last result, median seconds)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def package_alphas(presence: np.ndarray) -> tuple[list[float], float]:
    """Per-theme and pooled nominal alpha with the krippendorff package."""
    per_theme = [
        krippendorff.alpha(reliability_data=presence[:, t, :].T.astype(float), level_of_measurement="nominal")
        for t in range(THEMES)
    ]
    stacked = presence.reshape(-1, 2).T.astype(float)
    pooled = krippendorff.alpha(reliability_data=stacked, level_of_measurement="nominal")
    return per_theme, pooled


def subset(
    decisions: dict[str, dict[str, frozenset[str]]], answers: int
) -> dict[str, dict[str, frozenset[str]]]:
    """The first `answers` units of every coder."""
    return {c: {u: decisions[c][u] for u in sorted(decisions[c])[:answers]} for c in decisions}


def our_alphas(presence: np.ndarray) -> tuple[list[float], float]:
    """Per-theme and pooled nominal alpha with our estimator alone (like-for-like with the package)."""
    estimator = alpha_estimator("nominal", [0.0, 1.0])
    per_theme = [estimator.result(presence[:, t, :].astype(np.int64)).value for t in range(THEMES)]
    return per_theme, estimator.result(presence.reshape(-1, 2).astype(np.int64)).value


def package_masi(decisions: dict[str, dict[str, frozenset[str]]]) -> float:
    """MASI alpha with the krippendorff package, sets mapped to indices with a lookup metric.

    The package builds a units x sets x sets array, so it only fits on a subset.
    """
    units = sorted(decisions["A"])
    distinct = sorted({decisions[c][u] for c in "AB" for u in units}, key=lambda s: (len(s), sorted(s)))
    index = {s: i for i, s in enumerate(distinct)}
    matrix = masi_distance_matrix(distinct)
    data = np.array([[index[decisions[c][u]] for u in units] for c in "AB"], dtype=float)

    def metric(v1, v2, i1, i2, n_v, dtype=np.float64):
        return matrix[i1, i2].astype(dtype)

    return krippendorff.alpha(
        reliability_data=data,
        value_domain=np.arange(len(distinct), dtype=float),
        level_of_measurement=metric,
    )


def nltk_masi(decisions: dict[str, dict[str, frozenset[str]]], answers: int) -> tuple[float, float] | None:
    """MASI alpha with NLTK's AnnotationTask on the first `answers` units: (value, seconds)."""
    try:
        from nltk.metrics.agreement import AnnotationTask
    except ImportError:
        return None
    units = sorted(decisions["A"])[:answers]
    triples = [(c, u, decisions[c][u]) for u in units for c in "AB"]
    start = time.perf_counter()
    value = AnnotationTask(data=triples, distance=masi_distance).alpha()
    return value, time.perf_counter() - start


def main() -> None:
    """Run the benchmark and print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--subset", type=int, default=300, help="answers for the package MASI and NLTK")
    args = parser.parse_args()

    presence = synthetic_presence(args.answers, seed=42)
    decisions, build_s = timed(lambda: to_decisions(presence))
    themes = [f"t{t:02d}" for t in range(THEMES)]
    print(f"data: {args.answers:,} answers x {THEMES} themes x 2 coders (built in {build_s:.2f} s)")

    point, point_s = timed(lambda: compute_project_agreement(decisions, themes), args.repeat)
    boot, boot_s = timed(
        lambda: compute_project_agreement(decisions, themes, bootstrap=args.draws, seed=1), args.repeat
    )
    print(f"ours, all statistics, point estimates:         {point_s:7.2f} s (median of {args.repeat})")
    print(f"ours, all statistics + {args.draws}-draw bootstrap:  {boot_s:7.2f} s (median of {args.repeat})")

    (theirs_theme, theirs_pooled), pkg_s = timed(lambda: package_alphas(presence), args.repeat)
    _, alone_s = timed(lambda: our_alphas(presence), args.repeat)
    print(
        f"ours, the same 21 alphas alone:                {alone_s:7.2f} s (package time / ours = {pkg_s / alone_s:.1f})"
    )
    ours_theme = [t.statistics["krippendorff_alpha"] for t in point.themes]
    diff = max(abs(a - b) for a, b in zip(ours_theme, theirs_theme))
    print(f"krippendorff pkg, 20 per-theme + pooled alpha: {pkg_s:7.2f} s (point estimates only)")
    print(
        f"  max |ours - pkg| per-theme alpha: {diff:.2e}; pooled: ours "
        f"{point.overall.statistics['krippendorff_alpha']:.6f} pkg {theirs_pooled:.6f}"
    )
    print(
        f"  a pkg bootstrap would take ~{pkg_s * args.draws:,.0f} s ({args.draws} x its time): "
        f"ours with bootstrap is {pkg_s * args.draws / boot_s:,.0f}x faster"
    )

    ours_masi = point.overall.statistics["krippendorff_alpha_masi"]
    masi_ci = boot.overall.ci.get("krippendorff_alpha_masi")
    print(f"MASI alpha (all answers): ours {ours_masi:.6f}, 95% CI ({args.draws} draws) {masi_ci}")
    small = subset(decisions, args.subset)
    (sub_report, sub_s) = timed(lambda: compute_project_agreement(small, themes), args.repeat)
    sub_masi = sub_report.overall.statistics["krippendorff_alpha_masi"]
    masi_pkg, masi_s = timed(lambda: package_masi(small))
    print(
        f"subset of {args.subset:,} answers: ours (all statistics) {sub_masi:.6f} in {sub_s:.3f} s; "
        f"krippendorff pkg MASI (lookup metric) {masi_pkg:.6f} in {masi_s:.3f} s"
    )
    nltk = nltk_masi(small, args.subset)
    if nltk is None:
        print("NLTK not installed: AnnotationTask comparison skipped")
    else:
        print(f"  NLTK AnnotationTask MASI alpha {nltk[0]:.6f} in {nltk[1]:.2f} s")


if __name__ == "__main__":
    main()

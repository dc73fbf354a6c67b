"""MASI distance and Krippendorff's alpha over label sets."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.agreement import encode_codes
from app.core.agreement_alpha import alpha_estimator
from app.core.agreement_masi import masi_alpha_estimator, masi_distance


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"x", "y"}, {"x", "y"}, 0.0),  # identical: J = 1, M = 1
        ({"x"}, {"x", "y"}, 1 - 0.5 * 2 / 3),  # subset: J = 1/2, M = 2/3
        ({"x", "y"}, {"y", "z"}, 1 - (1 / 3) * (1 / 3)),  # overlap: J = 1/3, M = 1/3
        ({"x"}, {"y"}, 1.0),  # disjoint: M = 0
        (set(), {"x"}, 1.0),  # "none applies" against a label shares nothing
        (set(), set(), 0.0),  # both decided that nothing applies
    ],
)
def test_masi_distance_follows_passonneau_2006(a: set[str], b: set[str], expected: float) -> None:
    """MASI = 1 - Jaccard x monotonicity (1 identical, 2/3 subset, 1/3 overlap, 0 disjoint), Passonneau 2006."""
    assert masi_distance(frozenset(a), frozenset(b)) == pytest.approx(expected)
    assert masi_distance(frozenset(b), frozenset(a)) == pytest.approx(expected)


def test_masi_alpha_equals_nominal_alpha_for_single_labels() -> None:
    """With one label per unit and coder, MASI distance is 0/1, so MASI alpha equals nominal alpha."""
    rng = np.random.default_rng(3)
    labels = rng.integers(0, 4, size=(50, 3))
    sets = [frozenset({str(v)}) for v in range(4)]
    codes = encode_codes([tuple(row) for row in labels], [0, 1, 2, 3])
    masi = masi_alpha_estimator(sets).result(codes).value
    nominal = alpha_estimator("nominal", [0.0, 1.0, 2.0, 3.0]).result(codes).value
    assert masi == pytest.approx(nominal)


def test_masi_alpha_matches_nltk_annotation_task() -> None:
    """NLTK's AnnotationTask alpha with the same MASI distance gives the same value on random label sets."""
    agreement = pytest.importorskip("nltk.metrics.agreement")
    rng = np.random.default_rng(11)
    themes = ["a", "b", "c", "d"]
    rows = []
    for _ in range(40):
        first = frozenset(t for t in themes if rng.random() < 0.35)
        second = first if rng.random() < 0.6 else frozenset(t for t in themes if rng.random() < 0.35)
        rows.append((first, second))
    distinct = sorted({s for row in rows for s in row}, key=lambda s: (len(s), sorted(s)))
    codes = encode_codes(rows, distinct)
    ours = masi_alpha_estimator(distinct).result(codes).value
    triples = [(coder, str(u), row[c]) for u, row in enumerate(rows) for c, coder in enumerate(("A", "B"))]
    task = agreement.AnnotationTask(data=triples, distance=masi_distance)
    assert ours == pytest.approx(task.alpha(), abs=1e-9)


def test_masi_alpha_undefined_without_variation() -> None:
    """All coders giving the same set everywhere leaves alpha undefined, not 1."""
    sets = [frozenset({"a", "b"})]
    result = masi_alpha_estimator(sets).result(encode_codes([(sets[0], sets[0])] * 4, sets))
    assert result.value is None
    assert "no variation" in result.reason


def test_many_sets_use_exact_point_and_linearised_bootstrap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the exact-set limit the point estimate is unchanged and the interval stays close."""
    from app.core import agreement_masi
    from app.core.agreement_bootstrap import estimate_with_intervals

    rng = np.random.default_rng(5)
    themes = list("abcdefgh")
    rows = []
    for _ in range(3000):
        first = frozenset(t for t in themes if rng.random() < 0.3)
        second = first if rng.random() < 0.7 else frozenset(t for t in themes if rng.random() < 0.3)
        rows.append((first, second))
    distinct = sorted({s for row in rows for s in row}, key=lambda s: (len(s), sorted(s)))
    codes = encode_codes(rows, distinct)
    exact_point, exact_ci = estimate_with_intervals([masi_alpha_estimator(distinct, codes)], codes, 400, 2)
    monkeypatch.setattr(agreement_masi, "EXACT_SET_LIMIT", 10)
    linear_point, linear_ci = estimate_with_intervals([masi_alpha_estimator(distinct, codes)], codes, 400, 2)
    name = "krippendorff_alpha_masi"
    assert linear_point[name].value == pytest.approx(exact_point[name].value, abs=1e-12)
    assert linear_ci[name].low == pytest.approx(exact_ci[name].low, abs=0.005)
    assert linear_ci[name].high == pytest.approx(exact_ci[name].high, abs=0.005)


def test_masi_pull_by_superset_sums_equals_distance_matrix() -> None:
    """The near-linear superset-sum computation equals the full distance matrix times the weights."""
    from app.core.agreement_masi import masi_pull, masi_pull_by_blocks

    rng = np.random.default_rng(0)
    themes = [f"t{i}" for i in range(10)]
    sets = sorted({frozenset(t for t in themes if rng.random() < 0.3) for _ in range(800)}, key=sorted)
    weights = rng.integers(1, 5, len(sets)).astype(float)
    assert np.allclose(masi_pull(sets, weights), masi_pull_by_blocks(sets, weights), atol=1e-9)

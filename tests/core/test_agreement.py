"""Agreement statistics against published worked examples."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest

from app.core.agreement import (
    cohen_weighted_kappa_estimator,
    encode_codes,
    nominal_estimators,
    point_estimates,
)
from app.core.agreement_alpha import LEVELS, alpha_estimator

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 coders x 12 units.
KRIPP_4x12 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
# Krippendorff (2011), section A: binary data, two observers, no missing data.
KRIPP_BINARY = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]
# Fleiss (1971) psychiatric diagnoses, 30 subjects x 6 raters (R package irr, dataset `diagnoses`).
DIAGNOSES = [
    "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
    "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
    "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555",
]  # fmt: skip


def units_from_coders(by_coder: list[list[object | None]]) -> list[tuple[object | None, ...]]:
    """Transpose a coders x units table into units x coders rows."""
    return list(zip(*by_coder))


def units_from_table(table: list[list[int]]) -> list[tuple[int, int]]:
    """Expand a two-coder contingency table into one (row, column) unit per count."""
    return [(i, j) for i, row in enumerate(table) for j, n in enumerate(row) for _ in range(n)]


def units_from_distribution(table: list[list[int]]) -> list[list[int]]:
    """Expand a subjects x categories count table into raw ratings (one column per rater)."""
    return [[k for k, n in enumerate(row) for _ in range(n)] for row in table]


def stats(rows: list, categories: list) -> dict[str, float | None]:
    """Point estimates of the nominal family plus nominal alpha, as plain values."""
    codes = encode_codes(rows, categories)
    estimators = nominal_estimators(codes.shape, len(categories))
    estimators.append(alpha_estimator("nominal", [float(i) for i in range(len(categories))]))
    return {name: r.value for name, r in point_estimates(estimators, codes).items()}


@pytest.mark.parametrize(
    ("level", "published"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)]
)
def test_krippendorff_2011_four_coders(level: str, published: float) -> None:
    """Krippendorff (2011) 4 coders x 12 units: alpha = .743/.815/.849/.797 and equal to the package."""
    codes = encode_codes(units_from_coders(KRIPP_4x12), [1, 2, 3, 4, 5])
    value = alpha_estimator(level, [1, 2, 3, 4, 5]).result(codes).value
    assert value == pytest.approx(published, abs=5e-4)
    data = np.array([[np.nan if v is None else v for v in row] for row in KRIPP_4x12], dtype=float)
    assert value == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement=level))


def test_krippendorff_2011_binary_two_coders() -> None:
    """Krippendorff (2011) binary example: alpha = 0.095; Scott's pi = 1 - (1 - alpha) * 2n / (2n - 1)."""
    result = stats(units_from_coders(KRIPP_BINARY), [0, 1])
    assert result["krippendorff_alpha"] == pytest.approx(0.095, abs=5e-4)
    n_values = 20
    expected_pi = 1 - (1 - result["krippendorff_alpha"]) * n_values / (n_values - 1)
    assert result["scott_pi"] == pytest.approx(expected_pi)
    assert result["fleiss_kappa"] == pytest.approx(result["scott_pi"])


def test_irrcac_raw4raters_with_missing_values() -> None:
    """Gwet's irrCAC README, cac.raw4raters (same data): pa .8181818, AC1 .77544, Fleiss .76117, BP .77273."""
    result = stats(units_from_coders(KRIPP_4x12), [1, 2, 3, 4, 5])
    assert result["percent_agreement"] == pytest.approx(0.8181818, abs=1e-7)
    assert result["gwet_ac1"] == pytest.approx(0.77544, abs=1e-5)
    assert result["fleiss_kappa"] == pytest.approx(0.76117, abs=1e-5)
    assert result["brennan_prediger"] == pytest.approx(0.77273, abs=1e-5)
    assert result["krippendorff_alpha"] == pytest.approx(0.74342, abs=1e-5)
    assert result["cohen_kappa"] is None


def test_irrcac_cont3x3abstractors_two_coders() -> None:
    """Gwet's irrCAC README, cont3x3abstractors: kappa .7964094, pi .7962397, AC1 .8493305, BP .835."""
    result = stats(units_from_table([[13, 0, 0], [0, 20, 7], [0, 4, 56]]), [0, 1, 2])
    assert result["cohen_kappa"] == pytest.approx(0.7964094, abs=1e-7)
    assert result["scott_pi"] == pytest.approx(0.7962397, abs=1e-7)
    assert result["gwet_ac1"] == pytest.approx(0.8493305, abs=1e-7)
    assert result["brennan_prediger"] == pytest.approx(0.835, abs=1e-7)
    assert result["krippendorff_alpha"] == pytest.approx(0.7972585, abs=1e-7)
    assert result["percent_agreement"] == pytest.approx(0.89, abs=1e-9)


def test_irrcac_distrib_6raters() -> None:
    """Gwet's irrCAC README, distrib.6raters: pa .5511111, Fleiss .4139265, AC1 .4448007, BP .4388889."""
    table = [
        [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
        [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
        [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
    ]  # fmt: skip
    result = stats(units_from_distribution(table), [0, 1, 2, 3, 4])
    assert result["percent_agreement"] == pytest.approx(0.5511111, abs=1e-7)
    assert result["fleiss_kappa"] == pytest.approx(0.4139265, abs=1e-7)
    assert result["gwet_ac1"] == pytest.approx(0.4448007, abs=1e-7)
    assert result["brennan_prediger"] == pytest.approx(0.4388889, abs=1e-7)
    assert result["krippendorff_alpha"] == pytest.approx(0.4204384, abs=1e-7)


def test_fleiss_1971_diagnoses() -> None:
    """Fleiss (1971) 30 subjects x 6 raters x 5 categories: kappa = 0.430 (irr::kappam.fleiss .4302445)."""
    rows = [[int(c) for c in row] for row in DIAGNOSES]
    assert stats(rows, [1, 2, 3, 4, 5])["fleiss_kappa"] == pytest.approx(0.4302445, abs=1e-7)


def test_fleiss_wikipedia_fourteen_raters() -> None:
    """Wikipedia "Fleiss' kappa" worked example (10 subjects, 14 raters, 5 categories): kappa = 0.210."""
    table = [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]  # fmt: skip
    result = stats(units_from_distribution(table), [0, 1, 2, 3, 4])
    assert result["fleiss_kappa"] == pytest.approx(0.210, abs=5e-4)
    assert result["percent_agreement"] == pytest.approx(0.378, abs=5e-4)


@pytest.mark.parametrize(
    ("table", "published"),
    [
        ([[20, 5], [10, 15]], 0.40),
        ([[45, 15], [25, 15]], 0.1304),
        ([[25, 35], [5, 35]], 0.2593),
    ],
)
def test_cohen_kappa_wikipedia(table: list[list[int]], published: float) -> None:
    """Wikipedia "Cohen's kappa": 20/5/10/15 gives 0.40; 45/15/25/15 gives 0.1304; 25/35/5/35 gives 0.2593."""
    assert stats(units_from_table(table), [0, 1])["cohen_kappa"] == pytest.approx(published, abs=5e-5)


def test_cohen_kappa_sas_table() -> None:
    """SAS PROC FREQ agreement example (3x3 table 0/4/1, 0/8/0, 0/1/5): simple kappa 0.4842."""
    result = stats(units_from_table([[0, 4, 1], [0, 8, 0], [0, 1, 5]]), [0, 1, 2])
    assert result["cohen_kappa"] == pytest.approx(0.4842, abs=5e-5)


def test_weighted_kappa_sas_linear() -> None:
    """SAS PROC FREQ agreement example: weighted kappa with Cicchetti-Allison (linear) weights 0.4701."""
    codes = encode_codes(units_from_table([[0, 4, 1], [0, 8, 0], [0, 1, 5]]), [0, 1, 2])
    value = cohen_weighted_kappa_estimator(codes.shape, 3, "linear").result(codes).value
    assert value == pytest.approx(0.4701, abs=5e-5)


@pytest.mark.parametrize(("kind", "published"), [("linear", 0.1459075), ("quadratic", 0.2520325)])
def test_weighted_kappa_irr_anxiety(kind: str, published: float) -> None:
    """R irr::kappa2(anxiety[,2:3], "equal" / "squared") = 0.1459075 / 0.2520325 (irr documentation data)."""
    rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4]
    rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]
    categories = sorted(set(rater2) | set(rater3))
    codes = encode_codes(list(zip(rater2, rater3)), categories)
    estimator = cohen_weighted_kappa_estimator(codes.shape, len(categories), kind)
    assert estimator.result(codes).value == pytest.approx(published, abs=1e-7)
    unweighted = stats(list(zip(rater2, rater3)), categories)["cohen_kappa"]
    assert unweighted == pytest.approx(-0.006289308, abs=1e-9)


def test_single_category_is_undefined_not_one() -> None:
    """When every value is the same category, kappa, pi and alpha are None with a reason."""
    codes = encode_codes([(1, 1)] * 5, [0, 1])
    estimators = nominal_estimators(codes.shape, 2) + [alpha_estimator("nominal", [0.0, 1.0])]
    results = point_estimates(estimators, codes)
    assert results["percent_agreement"].value == 1.0
    for name in ("cohen_kappa", "scott_pi", "fleiss_kappa", "krippendorff_alpha"):
        assert results[name].value is None
        assert results[name].reason
    assert results["brennan_prediger"].value == 1.0


def test_no_pairable_units_and_one_coder_are_undefined() -> None:
    """Units coded by one coder only give no pairable values; a single coder gives nothing at all."""
    codes = encode_codes([(0, None), (None, 1)], [0, 1])
    estimators = nominal_estimators(codes.shape, 2) + [alpha_estimator("nominal", [0.0, 1.0])]
    results = point_estimates(estimators, codes)
    assert all(r.value is None and r.reason for r in results.values())
    single = point_estimates(nominal_estimators((3, 1), 2), encode_codes([(0,), (1,), (1,)], [0, 1]))
    assert all(r.value is None and "fewer than two coders" in r.reason for r in single.values())


def test_one_category_makes_bp_and_ac1_undefined() -> None:
    """Brennan-Prediger and AC1 need q >= 2 categories."""
    results = point_estimates(nominal_estimators((2, 2), 1), encode_codes([(0, 0), (0, 0)], [0]))
    assert results["brennan_prediger"].value is None
    assert results["gwet_ac1"].value is None


def test_alpha_levels_match_package_on_random_data_with_gaps() -> None:
    """Own coincidence implementation equals the krippendorff package on random data with missing values."""
    rng = np.random.default_rng(7)
    data = rng.integers(1, 6, size=(3, 60)).astype(float)
    data[rng.random(data.shape) < 0.2] = np.nan
    rows = [tuple(None if np.isnan(v) else int(v) for v in unit) for unit in data.T]
    codes = encode_codes(rows, [1, 2, 3, 4, 5])
    for level in LEVELS:
        ours = alpha_estimator(level, [1, 2, 3, 4, 5]).result(codes).value
        theirs = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
        assert ours == pytest.approx(theirs, abs=1e-12)

"""Project-level agreement per theme, pooled, MASI, and the disagreement list."""

from __future__ import annotations

import json

import pytest

from app.core.agreement_units import compute_project_agreement, list_disagreements


def wikipedia_decisions() -> dict[str, dict[str, frozenset[str]]]:
    """Theme "t" coded like Wikipedia's Cohen's kappa example (20 both, 5 A only, 10 B only, 15 neither)."""
    a: dict[str, frozenset[str]] = {}
    b: dict[str, frozenset[str]] = {}
    for i in range(50):
        unit = f"u{i:02d}"
        a[unit] = frozenset({"t"}) if i < 25 else frozenset()
        b[unit] = frozenset({"t"}) if i < 20 or 25 <= i < 35 else frozenset()
    return {"A": a, "B": b}


def test_per_theme_kappa_reproduces_wikipedia_example() -> None:
    """Presence/absence of a theme over answers gives Cohen's kappa 0.40 for the Wikipedia table."""
    report = compute_project_agreement(wikipedia_decisions(), ["t"])
    theme = report.themes[0]
    assert theme.units == 50
    assert theme.present == {"A": 25, "B": 30}
    assert theme.statistics["cohen_kappa"] == pytest.approx(0.40)
    assert theme.statistics["percent_agreement"] == pytest.approx(0.70)
    assert theme.statistics["brennan_prediger"] == pytest.approx(0.40)  # q = 2: (0.7 - 0.5) / 0.5


def test_only_units_decided_by_every_coder_count() -> None:
    """A unit one coder has not decided is excluded; an empty set is a decision that no theme applies."""
    decisions = wikipedia_decisions()
    decisions["A"]["extra"] = frozenset({"t"})
    report = compute_project_agreement(decisions, ["t"])
    assert report.units == 50
    assert report.excluded_units == 1
    assert report.themes[0].statistics["cohen_kappa"] == pytest.approx(0.40)


def test_pooled_stacks_answer_theme_units() -> None:
    """Adding a theme nobody used pools into one 2x2 table: 20/5/10/65 gives kappa 0.625."""
    report = compute_project_agreement(wikipedia_decisions(), ["t", "unused"])
    unused = report.themes[1]
    assert unused.statistics["cohen_kappa"] is None
    assert "expected agreement is 1" in unused.undefined["cohen_kappa"]
    assert unused.statistics["percent_agreement"] == 1.0
    pooled = report.overall
    assert pooled.units == 100
    po, pe = 0.85, 0.25 * 0.30 + 0.75 * 0.70
    assert pooled.statistics["cohen_kappa"] == pytest.approx((po - pe) / (1 - pe))


def test_masi_alpha_over_theme_sets_and_json() -> None:
    """The overall row carries MASI alpha over whole theme sets, and the report serialises to JSON."""
    decisions = {
        "A": {"1": frozenset({"x"}), "2": frozenset({"x", "y"}), "3": frozenset(), "4": frozenset({"y"})},
        "B": {"1": frozenset({"x"}), "2": frozenset({"x"}), "3": frozenset(), "4": frozenset({"y"})},
    }
    report = compute_project_agreement(decisions, ["x", "y"], bootstrap=200, seed=1)
    masi = report.overall.statistics["krippendorff_alpha_masi"]
    assert masi is not None and 0.0 < masi < 1.0
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overall"]["theme_id"] == "(all themes)"
    assert data["themes"][0]["theme_id"] == "x"
    assert set(data["overall"]["ci"]) >= {"percent_agreement", "krippendorff_alpha_masi"}


def test_three_coders_use_fleiss_and_leave_cohen_undefined() -> None:
    """With three coders Cohen's kappa and Scott's pi are undefined with a reason; Fleiss is reported."""
    decisions = wikipedia_decisions()
    decisions["C"] = dict(decisions["A"])
    theme = compute_project_agreement(decisions, ["t"]).themes[0]
    assert theme.statistics["cohen_kappa"] is None
    assert "exactly two coders" in theme.undefined["cohen_kappa"]
    assert theme.statistics["fleiss_kappa"] is not None


def test_no_shared_units_is_undefined() -> None:
    """Coders who decided disjoint units give only undefined statistics, each with a reason."""
    decisions = {"A": {"1": frozenset({"x"})}, "B": {"2": frozenset({"x"})}}
    report = compute_project_agreement(decisions, ["x"])
    assert report.units == 0
    assert all(v is None for v in report.themes[0].statistics.values())
    assert set(report.themes[0].undefined) == set(report.themes[0].statistics)


def test_prevalence_paradox_warning() -> None:
    """A rare theme with 96% raw agreement but low kappa gets a prevalence warning."""
    a = {f"u{i}": frozenset({"rare"}) if i < 2 else frozenset() for i in range(100)}
    b = {f"u{i}": frozenset({"rare"}) if 1 <= i < 4 else frozenset() for i in range(100)}
    theme = compute_project_agreement({"A": a, "B": b}, ["rare"]).themes[0]
    assert theme.statistics["percent_agreement"] == pytest.approx(0.97)
    assert theme.statistics["cohen_kappa"] < 0.40
    assert any("prevalence" in w for w in theme.interpretation["warnings"])


def test_list_disagreements() -> None:
    """Disagreements are shared units whose theme sets differ, with every coder's set."""
    decisions = {
        "A": {"1": frozenset({"x"}), "2": frozenset({"x", "y"}), "3": frozenset()},
        "B": {"1": frozenset({"x"}), "2": frozenset({"x"}), "3": frozenset({"z"}), "4": frozenset()},
    }
    found = list_disagreements(decisions)
    assert [d.unit_id for d in found] == ["2", "3"]
    assert found[0].themes == {"A": frozenset({"x", "y"}), "B": frozenset({"x"})}
    assert found[1].to_dict() == {"unit_id": "3", "themes": {"A": [], "B": ["z"]}}
    assert [d.unit_id for d in list_disagreements(decisions, theme_ids=["x"])] == []

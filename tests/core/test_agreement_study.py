"""Agreement as studies report it: levels of themes, categorical statistics, coder sets, diagnosis."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.agreement_categorical import NO_THEME, categorical_agreement
from app.core.agreement_csv import agreement_from_codings_csv
from app.core.agreement_diagnosis import NOTHING_INSTEAD, agreement_by_block, diagnose, theme_confusions
from app.core.agreement_interpret import TOO_FEW
from app.core.agreement_levels import compared_theme_ids, decisions_at_level
from app.core.agreement_study import agreement_study
from app.core.models import Theme

TREE = [
    Theme(id="p", name="problems"),
    Theme(id="p1", name="no issues", parent_id="p", position=0),
    Theme(id="p2", name="slow", parent_id="p", position=1),
    Theme(id="q", name="praise", position=1),
]
# Cohen (1960), Table 2.b: 200 units, rows judge A, columns judge B; p_o = .70, p_c = .41, kappa = .492
COHEN_1960 = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]


def cohen_decisions() -> dict[str, dict[str, frozenset[str]]]:
    """Cohen's table as single-theme decisions over three themes x, y, z."""
    a: dict[str, frozenset[str]] = {}
    b: dict[str, frozenset[str]] = {}
    cats = ["x", "y", "z"]
    u = 0
    for i, row in enumerate(COHEN_1960):
        for j, n in enumerate(row):
            for _ in range(n):
                a[f"u{u:03d}"] = frozenset({cats[i]})
                b[f"u{u:03d}"] = frozenset({cats[j]})
                u += 1
    return {"A": a, "B": b}


def test_levels_roll_up_like_the_counts() -> None:
    """top maps sub-themes to their root; leaf drops the parent itself; all keeps parents with sub-themes."""
    decisions = {"A": {"1": frozenset({"p1"}), "2": frozenset({"p"}), "3": frozenset({"q", "p2"})}}
    assert compared_theme_ids(TREE, "top") == ["p", "q"]
    assert compared_theme_ids(TREE, "leaf") == ["p1", "p2", "q"]
    assert compared_theme_ids(TREE, "all") == ["p", "p1", "p2", "q"]
    assert decisions_at_level(decisions, TREE, "top")["A"] == {
        "1": frozenset({"p"}), "2": frozenset({"p"}), "3": frozenset({"p", "q"}),
    }  # fmt: skip
    assert decisions_at_level(decisions, TREE, "leaf")["A"]["2"] == frozenset()
    assert decisions_at_level(decisions, TREE, "all")["A"]["1"] == frozenset({"p", "p1"})


def test_parent_agreement_includes_its_sub_themes() -> None:
    """Coders who chose different sub-themes of one parent agree on the parent at the top level."""
    decisions = {
        "A": {
            f"u{i}": frozenset({"p1" if i % 2 else "p2"}) if i < 20 else frozenset({"q"}) for i in range(40)
        },
        "B": {
            f"u{i}": frozenset({"p2" if i % 2 else "p1"}) if i < 20 else frozenset({"q"}) for i in range(40)
        },
    }
    top = agreement_study(decisions, TREE, ["A", "B"], level="top")
    assert top.categorical is not None and top.categorical.statistics["cohen_kappa"] == pytest.approx(1.0)
    leaf = agreement_study(decisions, TREE, ["A", "B"], level="leaf")
    assert leaf.categorical.statistics["percent_agreement"] == pytest.approx(0.5)
    by_theme = {
        t.theme_id: t for t in agreement_study(decisions, TREE, ["A", "B"], level="all").binary.themes
    }
    assert by_theme["p"].statistics["percent_agreement"] == pytest.approx(1.0)  # parent counts sub-themes
    assert by_theme["p1"].statistics["percent_agreement"] == pytest.approx(0.5)


def test_cohen_1960_categorical_kappa() -> None:
    """Cohen (1960) Table 2.b as single-theme decisions: p_o = .70, kappa = .492; confusion matrix kept."""
    result = categorical_agreement(cohen_decisions(), ["x", "y", "z"], ["A", "B"], bootstrap=200, seed=1)
    assert result.units == 200
    assert result.statistics["percent_agreement"] == pytest.approx(0.70)
    assert result.statistics["cohen_kappa"] == pytest.approx((0.70 - 0.41) / 0.59)
    assert round(result.statistics["cohen_kappa"], 3) == 0.492
    assert result.confusion[0].counts == tuple(tuple(r) for r in COHEN_1960)
    low, high = result.ci["cohen_kappa"]
    assert low < result.statistics["cohen_kappa"] < high


def test_categorical_equals_standalone_csv(tmp_path: Path) -> None:
    """The project's categorical statistics equal the standalone CSV mode's on the same labels."""
    decisions = cohen_decisions()
    decisions["A"]["extra"] = frozenset()  # a "no theme applies" decision is a category of its own
    decisions["B"]["extra"] = frozenset({"x"})
    lines = ["unit,coder,label"] + [
        f"{u},{c},{next(iter(s)) if s else ''}" for c, coded in decisions.items() for u, s in coded.items()
    ]
    path = tmp_path / "c.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    standalone = agreement_from_codings_csv(path)
    study = agreement_study(decisions, [Theme(id=t, name=t) for t in "xyz"], ["A", "B"])
    assert study.single_choice_reason == "every compared decision has exactly one theme"
    assert NO_THEME in study.categorical.categories
    for name, value in study.categorical.statistics.items():
        assert value == pytest.approx(standalone["statistics"][name]), name


def test_partial_third_coder_is_shown_apart_and_main_pair_keeps_its_answers() -> None:
    """A coder who decided 5 of 108 answers does not shrink ann-ben to 5 answers; they are listed apart."""
    ann = {f"u{i:03d}": frozenset({"x"} if i % 3 else {"y"}) for i in range(108)}
    ben = {u: (s if i % 10 else frozenset({"z"})) for i, (u, s) in enumerate(ann.items())}
    cem = {u: ann[u] for u in list(ann)[:5]}
    themes = [Theme(id=t, name=t) for t in "xyz"]
    study = agreement_study({"ann": ann, "ben": ben, "cem": cem}, themes, ["ann", "ben", "cem"])
    assert study.coders == ("ann", "ben") and study.apart == ("cem",)
    assert study.binary.units == 108 and study.categorical.units == 108
    assert {p.coders: p.units for p in study.pairs} == {
        ("ann", "ben"): 108,
        ("ann", "cem"): 5,
        ("ben", "cem"): 5,
    }
    assert {p.coders: p.labels.get("krippendorff_alpha") for p in study.pairs}[("ann", "cem")] == TOO_FEW
    assert study.warnings == (
        "coder cem decided 5 answers, far fewer than ann (108); shown apart: only their pairs include them",
    )
    chosen = agreement_study({"ann": ann, "ben": ben, "cem": cem}, themes, ["ann", "ben", "cem"], chosen=True)
    assert chosen.coders == ("ann", "ben", "cem") and chosen.binary.units == 108  # every answer two decided
    assert chosen.categorical.statistics["cohen_kappa"] is None  # three coders: Fleiss and alpha
    assert chosen.categorical.statistics["fleiss_kappa"] is not None
    assert "included as chosen" in chosen.warnings[0]


def test_too_few_answers_or_positives_are_not_judged() -> None:
    """Under 30 answers every label is 'too few to judge'; a theme nobody gave 5 times too."""
    small = {c: {f"u{i}": frozenset({"x"} if i < 5 else set()) for i in range(10)} for c in "AB"}
    study = agreement_study(small, [Theme(id="x", name="x"), Theme(id="y", name="y")], ["A", "B"])
    assert set(study.categorical.interpretation["labels"].values()) == {TOO_FEW}
    big = {
        c: {f"u{i}": frozenset({"x"} if i < 20 else ({"y"} if i < 23 else set())) for i in range(60)}
        for c in "AB"
    }
    themes = {
        t.theme_id: t
        for t in agreement_study(
            big, [Theme(id="x", name="x"), Theme(id="y", name="y")], ["A", "B"]
        ).binary.themes
    }
    assert themes["x"].interpretation["labels"]["krippendorff_alpha"] == "reliable"
    assert themes["y"].interpretation["labels"]["krippendorff_alpha"] == TOO_FEW  # given 3 times


def test_theme_confusions_and_weak_themes() -> None:
    """Each unit's differing themes are paired across coders; weak themes list partners with examples."""
    decisions = {
        "A": {
            "1": frozenset({"x"}),
            "2": frozenset({"x"}),
            "3": frozenset({"x", "y"}),
            "4": frozenset({"z"}),
        },
        "B": {"1": frozenset({"y"}), "2": frozenset({"y"}), "3": frozenset({"y"}), "4": frozenset()},
    }
    found = {(c.theme, c.partner): c for c in theme_confusions(decisions, ["A", "B"])}
    assert found[("x", "y")].count == 2 and found[("y", "x")].count == 2
    assert found[("x", "y")].examples == ("1", "2")
    assert found[("x", NOTHING_INSTEAD)].count == 1  # answer 3: A adds x beside the shared y
    assert found[("z", NOTHING_INSTEAD)].count == 1
    result = diagnose(
        decisions, ["x", "y", "z"], ["A", "B"], ["1", "2", "3", "4"], {"x": 0.1, "y": 0.9, "z": None}
    )
    assert [w.theme for w in result.weak_themes] == ["z", "x"]
    assert result.weak_themes[1].partners[0].partner == "y"


def test_agreement_per_block_in_coding_order() -> None:
    """Coders who disagree early and agree later show it block by block."""
    order = [f"u{i:02d}" for i in range(40)]
    a = {u: frozenset({"x"}) for u in order}
    b = {u: frozenset({"y"} if i < 20 else {"x"}) for i, u in enumerate(order)}
    blocks, size = agreement_by_block({"A": a, "B": b}, ["x", "y"], ["A", "B"], order, 20)
    assert size == 20 and [(x.first, x.last, x.units) for x in blocks] == [(1, 20, 20), (21, 40, 20)]
    assert [x.exact for x in blocks] == [0.0, 1.0]
    assert blocks[0].alpha < 0 and blocks[1].alpha == pytest.approx(1.0)  # pooled answer x theme alpha

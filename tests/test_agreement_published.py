"""Published worked examples built as projects reproduce their values in project mode, with the report's words."""

from __future__ import annotations

import pytest

from app.core.models import Codebook, Theme
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

# Cohen (1960), Table 2.b: 200 units, rows judge A, columns judge B: p_o = .70, p_c = .41, kappa = .492
COHEN_1960 = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]
# Fleiss (1971) psychiatric diagnoses, 30 subjects x 6 raters, 5 categories (irr's `diagnoses`)
DIAGNOSES = [
    "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
    "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
    "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555",
]  # fmt: skip
# Krippendorff (2011), section C: 4 coders x 12 units with missing values; nominal alpha = .743
KRIPP_4x12 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


# The methods paragraph of each case, sentence by sentence (bootstrap: 200 draws, seed 0).
COHEN_METHODS = (
    "The analysis covers 200 answers from 200 respondents to one open-ended question.",
    "Answers were coded by two coders (judge A and judge B) with a codebook of three themes.",
    "The unit of coding was the individual answer: each answer received exactly one theme, or was marked as having no applicable theme.",
    "The counts report the union of all coders' codings (any coder), in which 200 answers (100.0%) were coded: 200 with at least one theme and 0 with no applicable theme.",
    "Inter-coder agreement was assessed between judge A and judge B on 200 answers that both coded independently, on all three themes (the codebook has no sub-themes).",
    "The coding was single-choice (the codebook or question is marked single-choice), so each answer is one category (a theme, or no theme) and the unit of analysis was the answer.",
    "On these 200 answers (n = 200 for every statistic), percent agreement was 70.0% (95% CI 64.0% to 75.0%), Cohen's κ = 0.49 (95% CI 0.39 to 0.58), Scott's π = 0.49 (95% CI 0.38 to 0.57), Fleiss' κ = 0.49 (95% CI 0.38 to 0.57), Krippendorff's α = 0.49 (95% CI 0.38 to 0.57) and Gwet's AC1 = 0.58 (95% CI 0.49 to 0.65).",
    "By Krippendorff's (2004) standard (α ≥ .800 reliable, α ≥ .667 for tentative conclusions only) the agreement is unreliable.",
    "Confidence intervals: percentile bootstrap over answers, 200 draws.",
    "Per theme as a present/absent decision (n = 200 answers each), κ ranged from 0.31 (category 3) to 0.56 (category 1).",
)

FLEISS_METHODS = (
    "The analysis covers 30 answers from 30 respondents to one open-ended question.",
    "Answers were coded by six coders (rater 1, rater 2, rater 3, rater 4, rater 5 and rater 6) with a codebook of five themes.",
    "The unit of coding was the individual answer: each answer received exactly one theme, or was marked as having no applicable theme.",
    "The counts report the union of all coders' codings (any coder), in which 30 answers (100.0%) were coded: 30 with at least one theme and 0 with no applicable theme.",
    "Inter-coder agreement was assessed between rater 1, rater 2, rater 3, rater 4, rater 5 and rater 6 on 30 answers that at least two of them coded independently, on all five themes (the codebook has no sub-themes).",
    "The coding was single-choice (the codebook or question is marked single-choice), so each answer is one category (a theme, or no theme) and the unit of analysis was the answer.",
    "On these 30 answers (n = 30 for every statistic), percent agreement was 55.6% (95% CI 47.8% to 64.9%), Fleiss' κ = 0.43 (95% CI 0.32 to 0.53), Krippendorff's α = 0.43 (95% CI 0.33 to 0.53) and Gwet's AC1 = 0.45 (95% CI 0.35 to 0.57).",
    "By Krippendorff's (2004) standard (α ≥ .800 reliable, α ≥ .667 for tentative conclusions only) the agreement is unreliable.",
    "Confidence intervals: percentile bootstrap over answers, 200 draws.",
    "Pairwise, Cohen's κ ranged from 0.08 (rater 1 and rater 6, n = 30 answers) to 0.86 (rater 4 and rater 5, n = 30 answers).",
    "Per theme as a present/absent decision (n = 30 answers each), Fleiss' κ ranged from 0.24 (category 1) to 0.57 (category 5).",
)

KRIPPENDORFF_METHODS = (
    "The analysis covers 12 answers from 12 respondents to one open-ended question.",
    "Answers were coded by four coders (A, B, C and D) with a codebook of five themes.",
    "The unit of coding was the individual answer: each answer could receive any number of themes, or be marked as having no applicable theme.",
    "The counts report the union of all coders' codings (any coder), in which 12 answers (100.0%) were coded: 12 with at least one theme and 0 with no applicable theme.",
    "Inter-coder agreement was assessed between A, B, C and D on 11 answers that at least two of them coded independently, on all five themes (the codebook has no sub-themes).",
    "The coding was single-choice (every compared decision has exactly one theme), so each answer is one category (a theme, or no theme) and the unit of analysis was the answer.",
    "On these 11 answers (n = 11 for every statistic), percent agreement was 81.8% (95% CI 58.3% to 95.8%), Fleiss' κ = 0.76 (95% CI 0.41 to 0.94), Krippendorff's α = 0.74 (95% CI 0.38 to 0.94) and Gwet's AC1 = 0.78 (95% CI 0.49 to 0.95).",
    "With fewer than 30 answers compared, these values are too few to judge (thresholds in the agreement documentation).",
    "Confidence intervals: percentile bootstrap over answers, 200 draws.",
    "Pairwise, Cohen's κ ranged from 0.48 (A and C, n = 8 answers) to 0.87 (B and D, n = 10 answers).",
    "Per theme as a present/absent decision (n = 11 answers each), Fleiss' κ ranged from 0.67 (category 2) to 1.00 (category 5).",
)

PARTIAL_METHODS = (
    "The analysis covers 108 answers from 108 respondents to one open-ended question.",
    "Answers were coded by three coders (ann, ben and cem) with a codebook of three themes.",
    "The unit of coding was the individual answer: each answer could receive any number of themes, or be marked as having no applicable theme.",
    "The counts report the union of all coders' codings (any coder), in which 108 answers (100.0%) were coded: 108 with at least one theme and 0 with no applicable theme.",
    "Inter-coder agreement was assessed between ann and ben on 108 answers that both coded independently, on all three themes (the codebook has no sub-themes).",
    "The unit of analysis was the answer × theme decision (theme present or absent): 324 decisions over three themes.",
    "On these 324 decisions (n = 324 for every statistic), percent agreement was 94.4% (95% CI 91.7% to 96.6%), Cohen's κ = 0.89 (95% CI 0.83 to 0.93) and Krippendorff's α = 0.89 (95% CI 0.83 to 0.93).",
    "By Krippendorff's (2004) standard (α ≥ .800 reliable, α ≥ .667 for tentative conclusions only) the agreement is reliable.",
    "Confidence intervals: percentile bootstrap over answers, 200 draws.",
    "Coder cem decided only 5 answers (ann 108, ben 108) and is reported apart, pair by pair (ann and cem: n = 15 decisions on 5 answers, κ = 1.00, too few to judge; ben and cem: n = 15 decisions on 5 answers, κ = 0.86, too few to judge).",
    "Per theme as a present/absent decision (n = 108 answers each), κ ranged from 0.56 (quality) to 1.00 (price).",
)


def build(target: str, categories: list[str], by_coder: dict[str, list[str | None]], single: bool = True):
    """A project whose answers are coded with one theme each (None = not coded by that coder)."""
    themes = tuple(Theme(id=f"t{c}", name=f"category {c}", position=i) for i, c in enumerate(categories))
    project = Project.create(target, codebook=Codebook(name="cb", themes=themes, single_choice=single))
    n = len(next(iter(by_coder.values())))
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i:03d}", {}) for i in range(n)],
                [(f"r{i:03d}", "Q", f"answer {i}") for i in range(n)],
                0,
            ),
        )
    ids = [r.id for r in project.responses()]
    for coder, labels in by_coder.items():
        for rid, label in zip(ids, labels):
            if label is not None:
                project.set_themes(rid, [f"t{label}"], coder)
    return project


def cohen_project(target: str):
    """Cohen's Table 2.b as a two-coder project."""
    a: list[str | None] = []
    b: list[str | None] = []
    for i, row in enumerate(COHEN_1960):
        for j, n in enumerate(row):
            a += [str(i + 1)] * n
            b += [str(j + 1)] * n
    return build(target, ["1", "2", "3"], {"judge A": a, "judge B": b})


def test_cohen_1960_in_project_mode(project_target):
    """Cohen (1960): kappa = .492 on 200 answers; the confusion matrix is Cohen's table."""
    with cohen_project(project_target) as project:
        study = project.agreement_study(bootstrap=0)
        assert study.single_choice_reason == "the codebook or question is marked single-choice"
        stats = study.categorical.statistics
        assert study.categorical.units == 200
        assert stats["percent_agreement"] == pytest.approx(0.70)
        assert round(stats["cohen_kappa"], 3) == 0.492
        assert study.categorical.confusion[0].counts == tuple(tuple(r) for r in COHEN_1960)
        content = project.report_content(bootstrap=200, include_quotes=False)
    assert content.methods == " ".join(COHEN_METHODS)


def fleiss_project(target: str):
    """Fleiss' 30 patients x 6 psychiatrists as a six-coder project."""
    by_coder = {f"rater {k + 1}": [row[k] for row in DIAGNOSES] for k in range(6)}
    return build(target, ["1", "2", "3", "4", "5"], by_coder)


def krippendorff_project(target: str):
    """Krippendorff's 4 coders x 12 units with gaps (a gap is an answer that coder has not coded)."""
    by_coder = {name: [None if v is None else str(v) for v in row] for name, row in zip("ABCD", KRIPP_4x12)}
    return build(target, ["1", "2", "3", "4", "5"], by_coder, single=False)


def partial_project(target: str):
    """ann and ben coded 108 answers with several themes each; cem coded the first 5 only."""
    themes = (Theme(id="x", name="price"), Theme(id="y", name="quality"), Theme(id="z", name="service"))
    project = Project.create(target, codebook=Codebook(name="cb", themes=themes))
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i:03d}", {}) for i in range(108)],
                [(f"r{i:03d}", "Q", f"answer {i}") for i in range(108)],
                0,
            ),
        )
    ids = [r.id for r in project.responses()]
    for i, rid in enumerate(ids):
        ann = {"x", "y"} if i % 4 == 0 else ({"x"} if i % 2 else {"z"})
        ben = ann if i % 6 else (ann ^ {"y"})
        project.set_themes(rid, ann, "ann")
        project.set_themes(rid, ben, "ben")
        if i < 5:
            project.set_themes(rid, ann, "cem")
    return project


def test_fleiss_1971_in_project_mode(project_target):
    """Fleiss (1971): kappa = .430 over six coders; every pair has its own table on 30 answers."""
    with fleiss_project(project_target) as project:
        study = project.agreement_study()
        assert study.categorical.statistics["fleiss_kappa"] == pytest.approx(0.4302445, abs=1e-7)
        assert study.categorical.statistics["cohen_kappa"] is None
        assert len(study.pairs) == 15 and {p.units for p in study.pairs} == {30}
        assert len(study.categorical.confusion) == 15
        content = project.report_content(bootstrap=200, include_quotes=False)
    assert content.methods == " ".join(FLEISS_METHODS)


def test_krippendorff_2011_in_project_mode(project_target):
    """Krippendorff (2011): alpha = .743 with missing values; the 11 pairable answers are too few to judge."""
    with krippendorff_project(project_target) as project:
        study = project.agreement_study()
        assert study.single_choice_reason == "every compared decision has exactly one theme"
        assert study.categorical.units == 11  # unit 12 has one value only
        assert study.categorical.statistics["krippendorff_alpha"] == pytest.approx(0.743, abs=5e-4)
        assert study.categorical.statistics["fleiss_kappa"] == pytest.approx(0.76117, abs=1e-5)  # irrCAC
        assert study.categorical.interpretation["labels"]["krippendorff_alpha"] == "too few to judge"
        content = project.report_content(bootstrap=200, include_quotes=False)
    assert content.methods == " ".join(KRIPPENDORFF_METHODS)


def test_partial_third_coder_keeps_the_main_pair_at_108(project_target):
    """cem coded 5 answers: ann and ben are compared on all 108, cem is reported apart pair by pair."""
    with partial_project(project_target) as project:
        study = project.agreement_study()
        assert study.coders == ("ann", "ben") and study.apart == ("cem",)
        assert study.binary.units == 108
        assert {p.coders: p.units for p in study.pairs}[("ann", "ben")] == 108
        assert project.consensus_progress() == (0, 18)  # every disagreement of the main pair is listed
        chosen = project.agreement_study(["ann", "ben", "cem"])
        assert chosen.binary.units == 108  # every answer two of them decided, cem missing elsewhere
        content = project.report_content(bootstrap=200, include_quotes=False)
        chosen_content = project.report_content(bootstrap=0, include_quotes=False, coders=["ann", "cem"])
    assert content.methods == " ".join(PARTIAL_METHODS)
    assert "between ann and cem on 5 answers that both coded independently" in chosen_content.methods
    assert "With fewer than 30 answers compared, these values are too few to judge" in chosen_content.methods

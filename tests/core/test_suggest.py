"""Tests for the suggestion engine: keyword and example evidence, calibration, bulk and cancel."""

from __future__ import annotations

import json

import numpy as np
import pytest
from rapidfuzz import fuzz

from app.core.calibration import DEFAULT_CALIBRATION, LiveCalibration
from app.core.models import Theme
from app.core.progress import Cancelled
from app.core.suggest import Calibration, Evidence, Suggestion, SuggestionEngine, fit_calibration
from app.core.text_match import tokenise

THEMES = [
    Theme(id="transp", name="transparency", keywords={"ru": ("прозрачность", "отчет"), "kk": ("ашықтық",)}),
    Theme(id="aware", name="awareness", keywords={"en": ("advertis", "social media"), "ru": ("реклам",)}),
    Theme(id="resp", name="responsiveness", keywords={"en": ("responsiveness",)}),
    Theme(id="trust", name="trust"),
]
CODED = [
    ("e1", "officials never reply to complaints", ("resp",)),
    ("e2", "nobody replied to my complaint for months", ("resp",)),
    ("e3", "I do not believe anything will change here", ("trust",)),
    ("e4", "they never reply to complaints at all", ("resp",)),
    ("e5", "nothing will change, it is all for show", ("trust",)),
]


def _engine(**options) -> SuggestionEngine:
    engine = SuggestionEngine(THEMES, **options)
    for rid, text, themes in CODED:
        engine.add_example(rid, text, themes, "q1")
    return engine


def test_keyword_reason_names_keyword_and_spans_the_answer_word():
    """An inflected keyword makes its theme the top suggestion, with the matched word's span."""
    text = "Нужно больше прозрачности!"
    top = SuggestionEngine(THEMES).suggest(text)[0]
    keyword = next(r for r in top.reasons if r.kind == "keyword")
    assert top.theme_id == "transp"
    assert "прозрачность" in keyword.text
    assert [text[s:e] for s, e in keyword.spans] == ["прозрачности"]


def test_examples_teach_a_theme_without_keywords():
    """After coded examples, a similar new answer gets their theme first and cites them."""
    assert SuggestionEngine(THEMES).suggest("officials never reply to my complaints") == []
    top = _engine().suggest("officials never reply to my complaints")[0]
    example = next(r for r in top.reasons if r.kind == "example")
    assert top.theme_id == "resp"
    assert set(example.example_ids) <= {"e1", "e2", "e4"} and example.example_ids


def test_remove_example_undoes_its_vote():
    """Removing the coded examples of a theme removes that theme's example evidence."""
    engine = _engine()
    before = engine.evidence("nothing will change, all for show", "q1")["trust"].vote
    engine.remove_example("e3")
    engine.remove_example("e5")
    after = engine.evidence("nothing will change, all for show", "q1")["trust"]
    assert before > 0.5 and after.vote == 0.0 and after.prior == 0.0
    assert len(engine) == 3


def test_add_example_again_replaces_the_coding():
    """Recoding an answer replaces its themes instead of adding a second copy."""
    engine = _engine()
    engine.add_example("e3", "I do not believe anything will change here", ("resp",), "q1")
    assert len(engine) == 5
    evidence = engine.evidence("I do not believe anything will change", "q1")
    assert evidence["resp"].vote > 0.4 and evidence["trust"].vote < 0.1


def test_exclude_response_id_leaves_the_answer_out():
    """Suggesting for a coded answer with exclude_response_id ignores its own coding."""
    engine = SuggestionEngine(THEMES)
    engine.add_example("only", "unique words here", ("trust",))
    assert engine.evidence("unique words here")["trust"].vote == 0.5  # one exact neighbour: 1 / (1 + 1)
    assert engine.evidence("unique words here", exclude_response_id="only")["trust"].vote == 0.0


def test_scores_in_unit_interval_and_monotone_in_evidence():
    """Scores stay in [0, 1] and never fall when keyword, vote or prior evidence grows."""
    engine = SuggestionEngine(THEMES)
    grid = np.linspace(0, 1, 6)
    for field in ("keyword", "vote", "prior"):
        scores = [engine.score(Evidence(**{field: float(v)})) for v in grid]
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert scores == sorted(scores) and scores[-1] > scores[0]


def test_threshold_filters_and_top_k_limits():
    """Themes below the threshold are not shown; at most top_k are returned, best first."""
    engine = _engine()
    text = "реклама и прозрачность, officials never reply"
    everything = engine.suggest(text, top_k=10, threshold=0.0)
    assert len(everything) == len(THEMES)
    assert [s.score for s in everything] == sorted((s.score for s in everything), reverse=True)
    shown = engine.suggest(text, top_k=10)
    assert shown and all(s.score >= engine.threshold for s in shown)
    assert len(shown) < len(everything)
    assert len(engine.suggest(text, top_k=1)) == 1
    with pytest.raises(ValueError, match="threshold"):
        SuggestionEngine(THEMES, threshold=1.5)


def test_to_dict_is_json_ready():
    """Suggestions and reasons serialise to JSON with spans as lists."""
    suggestion = SuggestionEngine(THEMES).suggest("Ашықтығы жоқ")[0]
    data = json.loads(json.dumps(suggestion.to_dict()))
    assert isinstance(suggestion, Suggestion)
    assert data["theme_id"] == "transp" and data["reasons"][0]["spans"] == [[0, 8]]


def test_suggest_many_matches_suggest_and_skips_own_coding():
    """Bulk suggestions equal one-by-one suggestions (own coding left out)."""
    engine = _engine()
    items = [
        ("n1", "they never reply to complaints", "q1"),
        ("e1", "officials never reply to complaints", "q1"),
        ("n2", "больше рекламы в соцсетях"),
    ]
    bulk = engine.suggest_many(items, top_k=3)
    for rid, text, *rest in items:
        single = engine.suggest(text, question_id=rest[0] if rest else None, exclude_response_id=rid)
        assert [s.theme_id for s in bulk[rid]] == [s.theme_id for s in single]
        assert [s.score for s in bulk[rid]] == pytest.approx([s.score for s in single], abs=1e-3)
    assert bulk["e1"] and bulk["e1"][0].theme_id == "resp"
    assert "e1" not in {rid for s in bulk["e1"] for r in s.reasons for rid in r.example_ids}


def test_progress_raising_cancelled_stops_suggest_many():
    """A progress callback that raises Cancelled stops bulk suggestion before all blocks are done."""
    engine = _engine()
    items = [(f"r{i}", f"answer number {i} about complaints") for i in range(50)]
    calls = []

    def progress(fraction: float, label: str) -> None:
        calls.append(fraction)
        if fraction > 0.2:
            raise Cancelled

    with pytest.raises(Cancelled):
        engine.suggest_many(items, block=10, progress=progress)
    assert calls[-1] < 1.0


def test_fit_calibration_recovers_known_coefficients():
    """Logistic fitting recovers the coefficients that generated the labels."""
    rng = np.random.default_rng(0)
    features = rng.random((20000, 3))
    truth = Calibration(bias=-3.0, keyword=4.0, vote=2.0, prior=1.0)
    p = [truth.probability(*row) for row in features]
    targets = (rng.random(len(p)) < np.array(p)).astype(float)
    fitted = fit_calibration(features, targets)
    assert fitted.bias == pytest.approx(-3.0, abs=0.3)
    assert fitted.keyword == pytest.approx(4.0, abs=0.3)
    assert fitted.vote == pytest.approx(2.0, abs=0.3)


def test_fit_on_priors_alone_scores_each_theme_at_its_share():
    """With only the question's shares as evidence, the fit gives common and rare themes their own rates.

    A skewed single-label question (shares .55, .14, .13, .10, .04, .02, .01, .01): a linear prior term
    cannot fit both ends, which put the rare themes above their rate and the second to fourth below theirs.
    """
    shares = np.array([0.55, 0.14, 0.13, 0.10, 0.04, 0.02, 0.01, 0.01])
    features = np.zeros((len(shares), 3))
    features[:, 2] = shares
    answers = 1000
    rows = np.vstack([features, features])
    targets = np.concatenate([np.ones(len(shares)), np.zeros(len(shares))])
    weights = np.concatenate([shares * answers, (1 - shares) * answers])
    fitted = fit_calibration(rows, targets, weights)
    assert fitted.probabilities(features) == pytest.approx(shares, abs=0.02)


def test_calibrate_on_own_examples_keeps_slopes_non_negative():
    """calibrate() refits on the engine's codings (leave-one-out) with non-negative slopes."""
    engine = _engine()
    fitted = engine.calibrate()
    assert engine.calibration == fitted
    assert min(fitted.keyword, fitted.vote, fitted.prior) >= 0.0


def test_votes_and_priors_come_from_the_answers_question():
    """Codings of another question never vote for or raise the prior of a theme on this question."""
    engine = _engine()  # every coding is on q1
    assert engine.evidence("officials never reply to complaints", "q1")["resp"].vote > 0.5
    other = engine.evidence("officials never reply to complaints", "q2")["resp"]
    assert other.vote == 0.0 and other.prior == 0.0
    assert engine.suggest("officials never reply to complaints", question_id="q2") == []


def test_a_coded_answer_is_never_its_own_evidence():
    """Suggesting for an answer that is already coded leaves its own coding out of votes, priors and reasons."""
    engine = _engine()
    text = "nothing will change, it is all for show"
    found = engine.suggest(text, top_k=4, question_id="q1", exclude_response_id="e5", threshold=0.0)
    cited = {rid for s in found for r in s.reasons for rid in r.example_ids}
    assert "e5" not in cited and "e3" in cited
    assert engine.evidence("x", "q1", exclude_response_id="e5")["trust"].prior == pytest.approx(1 / 4)


def test_likeness_that_rests_on_stop_words_alone_is_damped():
    """With a stop-word likeness below 1, sharing only stop-words counts as less alike than the scorer says."""
    engine = SuggestionEngine(THEMES, stop_word_likeness=0.85)
    engine.add_example("a", "issues so far", ("trust",), "q1")
    engine.add_example("b", "participation so far", ("resp",), "q1")
    query = tokenise("participation at all so far")
    near = dict(engine._neighbours(query, engine._bucket("q1"), None))
    key = " ".join(sorted(t.key for t in query))
    raw = {rid: fuzz.token_set_ratio(key, engine._examples[rid].key) / 100 for rid in ("a", "b")}
    assert near["a"] == pytest.approx(engine.stop_word_likeness * raw["a"])
    assert near["b"] == pytest.approx(raw["b"])


def test_live_calibration_refits_on_the_coders_decisions():
    """After the minimum number of codings the model is refitted every N codings, from the defaults on."""
    engine = SuggestionEngine(THEMES, live=LiveCalibration(minimum=10, every=5))
    texts = {
        "resp": ["they never reply", "no reply to complaints", "nobody answers letters", "never replied"],
        "trust": ["nothing will change", "it is all for show", "i do not believe them", "all for show"],
    }
    for n in range(24):
        theme = "resp" if n % 2 else "trust"
        engine.add_example(f"r{n}", f"{texts[theme][n % 4]} {n}", (theme,), "q1")
    assert engine.live.fitted and engine.calibration != DEFAULT_CALIBRATION
    table = engine.live.reliability()
    assert sum(row["pairs"] for row in table) == 24 * len(THEMES)
    assert all(0.0 <= row["observed"] <= 1.0 for row in table)


def test_load_examples_does_not_record_but_fits_once():
    """Bulk loading of earlier codings records no live decisions; calibrate() runs when there are enough."""
    engine = SuggestionEngine(THEMES, live=LiveCalibration(minimum=3))
    engine.load_examples([(rid, text, themes, "q1") for rid, text, themes in CODED])
    assert len(engine) == 5 and len(engine.live) == 0
    assert engine.calibration != DEFAULT_CALIBRATION


def _coder(words_tell_the_theme: bool) -> SuggestionEngine:
    """A coder's 120 codings of one question, 70 % "a" and 30 % "b"; the words tell the theme or do not."""
    rng = np.random.default_rng(7)
    themes = [Theme(id="a", name="a"), Theme(id="b", name="b")]
    engine = SuggestionEngine(themes, live=LiveCalibration(minimum=30, every=10))
    vocabulary = [f"w{n}" for n in range(12)]
    for n in range(120):
        theme = "a" if rng.random() < 0.7 else "b"
        if words_tell_the_theme:
            words = [f"{theme}{k}" for k in rng.choice(4, 2)] + list(rng.choice(vocabulary, 2))
        else:
            words = list(rng.choice(vocabulary, 4))
        engine.add_example(f"r{n}", " ".join(words), (theme,), "q")
    return engine


def test_weak_neighbours_back_off_to_the_prior_and_telling_ones_are_followed():
    """Where neighbours never predicted the coder's themes the prior ranks; where they did, they rank."""
    noisy = _coder(words_tell_the_theme=False)
    noisy.add_example("lone-b", "w1 w2 w3 w4", ("b",), "q")  # the one exact neighbour says "b"
    ranked = noisy.suggest("w1 w2 w3 w4", question_id="q", threshold=0.0, top_k=2)
    assert [s.theme_id for s in ranked] == ["a", "b"]
    assert noisy.live.fitted and 0.55 < ranked[0].score < 0.85  # about the prior's 70 %, not certainty
    telling = _coder(words_tell_the_theme=True)
    ranked = telling.suggest("b1 b2 w3 w4", question_id="q", threshold=0.0, top_k=2)
    assert ranked[0].theme_id == "b" and ranked[0].score > 0.5

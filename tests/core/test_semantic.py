"""Meaning blended into neighbour likeness: re-centred cosines, fallbacks, and the engine's hook."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.models import Theme
from app.core.semantic import MeaningIndex, median_pairwise_cosine
from app.core.suggest import SuggestionEngine


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_median_pairwise_cosine_of_known_vectors():
    """Three vectors with pairwise cosines 1, 0 and 0 have median 0; a single vector has no pairs."""
    vectors = np.vstack([_unit(1, 0), _unit(1, 0), _unit(0, 1)])
    assert median_pairwise_cosine(vectors) == pytest.approx(0.0)
    assert median_pairwise_cosine(np.vstack([_unit(1, 0), _unit(1, 0.1), _unit(1, 0.2)])) > 0.98
    assert median_pairwise_cosine(vectors[:1]) == 0.0


def test_blend_recentres_cosine_on_the_question_median():
    """Blended = .5 fuzzy + .5 x (cos - median) / (1 - median), 0 below the median; missing vectors keep fuzzy."""
    vectors = {"a": _unit(1, 0), "b": _unit(1, 0), "c": _unit(0, 1), "d": _unit(1, 1)}
    index = MeaningIndex(vectors, dict.fromkeys(vectors, "q"))
    centre = index.centre("q")
    cos_ad = float(_unit(1, 0) @ _unit(1, 1))
    assert centre == pytest.approx(
        float(np.median([1.0, 0.0, cos_ad, 0.0, cos_ad, float(_unit(0, 1) @ _unit(1, 1))]))
    )
    blended = index.blend("a", ["b", "c", "d", "unknown"], np.array([40.0, 40.0, 40.0, 40.0]))
    assert blended[0] == pytest.approx(0.5 * 40 + 0.5 * 100)  # same meaning
    assert blended[1] == pytest.approx(0.5 * 40)  # below the median: meaning adds nothing
    assert blended[2] == pytest.approx(0.5 * 40 + 50 * (cos_ad - centre) / (1 - centre), rel=1e-5)
    assert blended[3] == pytest.approx(40.0)  # no vector: fuzzy alone
    assert index.blend("unknown", ["a"], np.array([70.0]))[0] == pytest.approx(70.0)
    assert not index.has(None) and index.has("a") and len(index) == 4


def test_weight_outside_zero_to_one_is_refused():
    """A weight outside [0, 1] is a programming error, named."""
    with pytest.raises(ValueError, match="meaning weight"):
        MeaningIndex({}, {}, weight=1.5)


def _engine() -> SuggestionEngine:
    themes = [Theme(id="worry", name="worry"), Theme(id="praise", name="praise")]
    engine = SuggestionEngine(themes)
    engine.add_example("e1", "I am worried about my family", ["worry"], "q", record=False)
    engine.add_example("e2", "great app, works well", ["praise"], "q", record=False)
    return engine


def test_engine_learns_across_languages_through_the_meaning_hook():
    """With vectors, a Russian answer sharing no word with the English one borrows its theme; without, not."""
    engine = _engine()
    text = "беспокоюсь о семье"
    plain = engine.evidence(text, "q", exclude_response_id="new")
    assert plain["worry"].vote < 0.01 and plain["praise"].vote < 0.01  # fuzzy is blind across scripts
    engine.semantic = MeaningIndex(
        {"e1": _unit(1, 0.05, 0), "e2": _unit(0, 0.1, 1), "new": _unit(1, 0, 0), "x": _unit(0, 1, 0)},
        dict.fromkeys(["e1", "e2", "new", "x"], "q"),
    )
    meant = engine.evidence(text, "q", exclude_response_id="new")
    # the vote is shrunk towards the prior by the engine's pseudo-weight: with one alike neighbour it is small
    assert meant["worry"].vote > 0.03 and meant["worry"].vote > 5 * meant["praise"].vote
    found = engine.suggest(text, question_id="q", exclude_response_id="new", threshold=0.0)
    assert found[0].theme_id == "worry"
    example = next(r for r in found[0].reasons if r.kind == "example")
    assert example.example_ids == ("e1",)
    many = engine.suggest_many([("new", text, "q")], threshold=0.0)
    assert many["new"][0].theme_id == "worry"


def test_engine_without_vectors_for_the_answer_uses_fuzzy_likeness():
    """An answer the index does not know is ranked exactly as without the index."""
    engine = _engine()
    before = engine.scores("worried about family", "q", exclude_response_id="new")
    engine.semantic = MeaningIndex({"e1": _unit(1, 0), "e2": _unit(0, 1)}, {"e1": "q", "e2": "q"})
    assert engine.scores("worried about family", "q", exclude_response_id="new") == before

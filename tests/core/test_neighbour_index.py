"""The pruned neighbour search finds exactly what scoring every coded answer finds, at a fraction of the work."""

from __future__ import annotations

import random

import numpy as np
from rapidfuzz import fuzz

from app.core.neighbour_index import NeighbourIndex, Query, key_likeness
from app.core.suggest import SuggestionEngine, example_key
from app.core.text_match import tokenise

_VOCABULARY = (
    "the portal is slow and nobody answers complaints officials should reply faster more advertising "
    "on tv please make registration simpler сайт неудобный никто не отвечает на жалобы больше рекламы "
    "әкімдік жауап бермейді жарнама керек no нет жоқ"
)
WORDS = _VOCABULARY.split()


def _answers(count: int, seed: int) -> list[str]:
    """Short answers drawn from a small vocabulary, with typos and exact repeats, like survey answers."""
    rng = random.Random(seed)
    answers = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 7))]
        if rng.random() < 0.3:
            i = rng.randrange(len(words))
            word = words[i]
            cut = rng.randrange(len(word))
            words[i] = word[:cut] + word[cut + 1 :]
        answers.append(" ".join(words))
    return answers + answers[: count // 5]  # repeats


def _keys(texts: list[str]) -> list[str]:
    return [example_key(tokenise(t)) for t in texts]


def test_the_bound_never_falls_below_the_exact_likeness():
    """For every pair, the numpy bound is at least rapidfuzz's token_set_ratio."""
    index = NeighbourIndex()
    for n, key in enumerate(_keys(_answers(400, seed=1))):
        index.add(f"r{n}", key)
    for key in _keys(_answers(60, seed=2)):
        bound = index.bounds(Query(key))
        exact = key_likeness(key, index.keys)
        assert np.all(bound >= exact)
        assert np.all(bound[exact == 100.0] >= 100.0)


def test_likeness_decided_by_lengths_is_the_exact_likeness():
    """Where lengths decide token_set_ratio (one key holds the other, or r0 cannot win), it is rapidfuzz's value."""
    index = NeighbourIndex()
    for n, key in enumerate(_keys(_answers(400, seed=1))):
        index.add(f"r{n}", key)
    decided = 0
    for key in _keys(_answers(60, seed=2)):
        _, known = index.bounds_and_known(Query(key))
        exact = key_likeness(key, index.keys)
        some = ~np.isnan(known)
        assert known[some].tolist() == exact[some].tolist()
        decided += int(some.sum())
    assert decided > 60 * len(index) // 10


def test_pruned_search_returns_the_exact_neighbours_and_scores_few_keys():
    """Top 21 of the pruned search equal those of scoring every key, ties in order of arrival."""
    index = NeighbourIndex()
    keys = _keys(_answers(600, seed=3))
    for n, key in enumerate(keys):
        index.add(f"r{n}", key)
    assert len(index) == len(set(keys)) < len(keys)  # each distinct answer stored once
    scored = []
    for key in _keys(_answers(80, seed=4)):
        assert index.nearest(key, 21) == index.nearest(key, 21, exact=True)
        scored.append(index.search(Query(key), 21)[2])  # keys the exact scorer ran on
    assert np.mean(scored) < len(index) / 2


def test_the_search_follows_removals_and_re_additions():
    """After removing and re-adding answers, the search still equals the exact one and never names a removed one."""
    index = NeighbourIndex()
    keys = _keys(_answers(300, seed=5))
    for n, key in enumerate(keys):
        index.add(f"r{n}", key)
    for n in range(0, len(keys), 3):
        index.remove(f"r{n}", keys[n])
    for n in range(0, len(keys), 9):
        index.add(f"r{n}", keys[n])
    present = {f"r{n}" for n in range(len(keys)) if n % 3 or n % 9 == 0}
    for key in _keys(_answers(40, seed=6)):
        found = index.nearest(key, 21)
        assert found == index.nearest(key, 21, exact=True)
        assert {rid for rid, _ in found} <= present


def test_likeness_is_token_set_ratio():
    """The neighbour similarity is rapidfuzz's token_set_ratio of the keys."""
    key, others = "complaint nobody repl", ["complaint repl", "advertis more"]
    assert key_likeness(key, others).tolist() == [fuzz.token_set_ratio(key, o) for o in others]


def test_suggest_many_ranks_as_suggest_does_on_a_sample():
    """The bulk path (each distinct answer searched once) gives every answer the ranking suggest() gives."""
    from app.core.models import Theme

    themes = [Theme(id=f"t{i}", name=f"theme {i}", keywords={"en": (WORDS[i * 3],)}) for i in range(8)]
    rng = random.Random(7)
    engine = SuggestionEngine(themes)
    for n, text in enumerate(_answers(300, seed=8)):
        engine.add_example(f"e{n}", text, (f"t{rng.randrange(8)}",), "q", record=False)
    items = [(f"n{n}", text, "q") for n, text in enumerate(_answers(60, seed=9))]
    items += [("e3", engine._examples["e3"].text, "q")]  # a coded answer: its own coding is left out
    bulk = engine.suggest_many(items, top_k=5)
    for rid, text, qid in items:
        one = engine.suggest(text, top_k=5, question_id=qid, exclude_response_id=rid)
        assert [(s.theme_id, s.score) for s in bulk[rid]] == [(s.theme_id, s.score) for s in one]
        assert [r.to_dict() for s in bulk[rid] for r in s.reasons] == [
            r.to_dict() for s in one for r in s.reasons
        ]


def test_the_engine_ranks_alike_with_the_pruned_and_the_exhaustive_search(monkeypatch):
    """On a sample, every suggestion list (themes, scores, reasons) is the same as when all keys are scored."""
    from app.core.models import Theme

    themes = [Theme(id=f"t{i}", name=f"theme {i}") for i in range(6)]
    rng = random.Random(11)
    engine = SuggestionEngine(themes)
    for n, text in enumerate(_answers(400, seed=12)):
        engine.add_example(f"e{n}", text, (f"t{rng.randrange(6)}",), f"q{n % 2}", record=False)
    sample = [(text, f"q{n % 2}") for n, text in enumerate(_answers(50, seed=13))]
    pruned = [[s.to_dict() for s in engine.suggest(t, top_k=6, question_id=q)] for t, q in sample]
    exhaustive = NeighbourIndex.nearest
    monkeypatch.setattr(
        NeighbourIndex, "nearest", lambda self, key, count: exhaustive(self, key, count, exact=True)
    )
    engine._searches.clear()
    assert [[s.to_dict() for s in engine.suggest(t, top_k=6, question_id=q)] for t, q in sample] == pruned
    assert any(pruned)

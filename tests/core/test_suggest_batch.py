"""Bulk suggestions (batched search, each distinct answer ranked once) equal one-by-one suggest()."""

from __future__ import annotations

import random

from app.core.models import Theme
from app.core.neighbour_batch import nearest_many
from app.core.neighbour_index import NeighbourIndex
from app.core.suggest import SuggestionEngine, example_key
from app.core.text_match import tokenise

_PHRASES = (
    "the portal is slow",
    "nobody answers complaints",
    "officials should reply faster",
    "more advertising on tv",
    "make registration simpler",
    "сайт неудобный",
    "никто не отвечает на жалобы",
    "больше рекламы",
    "әкімдік жауап бермейді",
    "жарнама керек",
    "no",
    "нет",
    "жоқ",
)


def _answer(rng: random.Random) -> str:
    """One or two phrases, sometimes with a typo, a filler or other case and punctuation."""
    words = " ".join(rng.sample(_PHRASES, rng.choice((1, 1, 2)))).split()
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        cut = rng.randrange(len(words[i]))
        words[i] = words[i][:cut] + words[i][cut + 1 :]
    if rng.random() < 0.2:
        words.insert(0, rng.choice(("honestly,", "well", "I think")))
    text = " ".join(words)
    return text.capitalize() + "." if rng.random() < 0.3 else text


def _engine(rng: random.Random) -> SuggestionEngine:
    themes = [
        Theme(id="slow", name="speed", keywords={"en": ("slow",)}),
        Theme(id="reply", name="replies", keywords={"en": ("reply", "answer"), "ru": ("отвеча",)}),
        Theme(id="ads", name="awareness", keywords={"en": ("advertis",), "kk": ("жарнама",)}),
        Theme(id="none", name="nothing"),
    ] + [Theme(id=f"g{i:02d}", name=f"topic {i}", keywords={"en": (f"topic{i}",)}) for i in range(40)]
    engine = SuggestionEngine(themes)
    for n in range(900):
        coded = {rng.choice(("slow", "reply", "ads", "none"))}
        if rng.random() < 0.5:
            coded.add(f"g{rng.randrange(40):02d}")
        engine.add_example(f"e{n}", _answer(rng), tuple(coded), f"q{n % 3}", record=False)
    return engine


def _items(rng: random.Random) -> list[tuple[str, ...]]:
    items: list[tuple[str, ...]] = [
        (f"n{n}", _answer(rng), f"q{n % 4}") for n in range(500)
    ]  # q3: no codings
    items += [(f"e{n}", _answer(rng), f"q{n % 3}") for n in range(0, 300, 3)]  # coded answers, new texts
    items += [(f"x{n}", _answer(rng)) for n in range(60)]  # no question: every coding is evidence
    items += [(f"d{n}", text, qid) for n, (_, text, qid) in enumerate(items[:80])]  # repeated answers
    return items + [("blank", "!!!", "q0"), ("topic", "topic7 topic12 and more", "q1")]


def _same(bulk: dict, items: list[tuple[str, ...]], engine: SuggestionEngine, top_k: int, threshold) -> int:
    """Assert every answer's bulk suggestions equal suggest()'s (themes, scores to 1e-9, reasons)."""
    shown = 0
    for rid, text, *rest in items:
        one = engine.suggest(text, top_k, rest[0] if rest else None, rid, threshold)
        got = bulk[rid]
        assert [s.theme_id for s in got] == [s.theme_id for s in one], (rid, text)
        assert all(abs(a.score - b.score) <= 1e-9 for a, b in zip(got, one))
        assert [s.reasons for s in got] == [s.reasons for s in one], (rid, text)
        shown += bool(got)
    return shown


def test_suggest_many_equals_suggest_for_every_answer():
    """New, coded, repeated and question-less answers: the same themes, scores and reasons as suggest()."""
    rng = random.Random(3)
    engine = _engine(rng)
    items = _items(rng)
    shown = _same(engine.suggest_many(items, top_k=3), items, engine, 3, None)
    assert shown > len(items) // 2
    assert engine.suggest_many(items, top_k=0) == {rid: [] for rid, *_ in items}


def test_with_every_theme_shown_ties_at_the_last_place_go_by_theme_id():
    """Threshold 0, long top: suggest()'s scores, and of themes tied at the last place the first by id.

    suggest() may keep any of several themes tied at the last place shown (numpy's partition); the bulk
    path ranks every theme by (score, theme id), so the same scores come with the first ids of a tie.
    """
    rng = random.Random(4)
    engine = _engine(rng)
    items = _items(rng)[::3]
    bulk = engine.suggest_many(items, top_k=12, threshold=0.0)
    tied = 0
    for rid, text, *rest in items:
        question = rest[0] if rest else None
        one = engine.suggest(text, 12, question, rid, 0.0)
        every = engine.scores(text, question, rid)
        ranking = sorted(every, key=lambda t: (-every[t], t))[:12]
        assert [s.theme_id for s in bulk[rid]] == ranking
        assert [s.score for s in bulk[rid]] == [s.score for s in one]
        tied += [s.theme_id for s in bulk[rid]] != [s.theme_id for s in one]
    assert tied  # the case this test is about occurs


def test_batched_search_equals_the_single_search_after_changes():
    """nearest_many gives each key what nearest gives, also after removals, on keys alike and not."""
    rng = random.Random(5)
    index = NeighbourIndex()
    keys = [example_key(tokenise(_answer(rng))) for _ in range(700)]
    for n, key in enumerate(keys):
        index.add(f"r{n}", key)
    for n in range(0, 700, 4):
        index.remove(f"r{n}", keys[n])
    queries = [example_key(tokenise(_answer(rng))) for _ in range(300)] + ["", "zzz qqq"]
    for count in (1, 5, 21):
        many = nearest_many(index, queries, count)
        assert all(many[key] == index.nearest(key, count) for key in queries if key)
        assert set(many) == {key for key in queries if key}  # each distinct key once, the empty one left out

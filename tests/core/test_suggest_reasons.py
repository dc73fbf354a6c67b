"""Suggestion reasons: each item cited once, and structured data a front end can phrase itself."""

from __future__ import annotations

import json

from app.core.models import Theme
from app.core.suggest import SuggestionEngine

THEMES = [
    Theme(id="aware", name="awareness", keywords={"en": ("advertis", "advertising")}),
    Theme(id="none", name="nothing to add"),
]


def test_a_keyword_found_in_several_places_is_one_reason_listing_each_word_once():
    """Three places of one keyword make one reason; the other keyword on the same words adds none."""
    text = "Advertising, more advertising and adverts"
    top = SuggestionEngine(THEMES).suggest(text)[0]
    keywords = [r for r in top.reasons if r.kind == "keyword"]
    assert len(keywords) == 1
    reason = keywords[0]
    assert reason.keyword == "advertising" and reason.items == ("Advertising", "adverts")
    assert reason.score == 1.0
    assert [text[s:e] for s, e in reason.spans] == ["Advertising", "advertising", "adverts"]
    assert reason.text == "Keyword “advertising” matches “Advertising”, “adverts” (1.00)"


def test_coded_answers_that_say_the_same_are_quoted_once_but_all_cited():
    """“no” and “No.” coded alike are one quote; the reason still names both coded answers."""
    engine = SuggestionEngine(THEMES)
    for rid, text, theme in (
        ("a1", "no", "none"),
        ("a2", "No.", "none"),
        ("a3", "more advertising", "aware"),
    ):
        engine.add_example(rid, text, (theme,), "q")
    top = engine.suggest("no", question_id="q")[0]
    example = next(r for r in top.reasons if r.kind == "example")
    assert example.items == ("no",)
    assert example.scores == (1.0,) and example.score == 1.0
    assert example.example_ids == ("a1", "a2")
    assert example.text == "Like coded answers: “no” (1.00)"


def test_the_prior_reason_carries_its_counts():
    """The prior reason says how many of the question's coded answers have the theme, as numbers."""
    engine = SuggestionEngine(THEMES)
    engine.add_example("a1", "no", ("none",), "q")
    engine.add_example("a2", "more advertising", ("aware",), "q")
    top = engine.suggest("no", question_id="q")[0]
    prior = next(r for r in top.reasons if r.kind == "prior")
    assert (prior.count, prior.total, prior.score) == (1, 2, 0.5)
    assert prior.text == "Given to 1 of 2 coded answers (50%)"


def test_structured_reasons_serialise_to_json():
    """to_dict carries the kind, the quoted items, their scores and the counts."""
    top = SuggestionEngine(THEMES).suggest("more advertising please")[0]
    data = json.loads(json.dumps(top.to_dict()))["reasons"][0]
    assert data["kind"] == "keyword" and data["keyword"] == "advertising"
    assert data["items"] == ["advertising"] and data["score"] == 1.0 and data["spans"] == [[5, 16]]

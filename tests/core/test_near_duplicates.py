"""Tests for grouping answers that say the same thing."""

from __future__ import annotations

import pytest

from app.core.near_duplicates import NO_TEXT, near_duplicate_groups, non_answer_label


def _groups(texts: list[str], **options) -> dict[str, set[str]]:
    items = [(f"r{i}", t) for i, t in enumerate(texts)]
    return {g.label: set(g.response_ids) for g in near_duplicate_groups(items, **options)}


def test_non_answers_in_three_languages_form_one_group():
    """'no', 'нет', 'жоқ', 'Nothing.', 'N/A' land in one 'no / nothing' group."""
    groups = _groups(["no", "Нет!", "жоқ", "Nothing.", "N/A", "More advertising please"])
    assert groups == {"no / nothing": {"r0", "r1", "r2", "r3", "r4"}}


def test_dont_know_group_separate_from_no():
    """'не знаю', 'білмеймін' and "I don't know" group apart from 'нет'."""
    groups = _groups(["не знаю", "Білмеймін", "I don't know", "нет", "no"])
    assert groups["don't know"] == {"r0", "r1", "r2"}
    assert groups["no / nothing"] == {"r3", "r4"}


def test_same_sentence_with_typos_case_and_punctuation_groups():
    """The same sentence with a typo, other case and punctuation is one group labelled by its common form."""
    texts = [
        "Make the site easier to use",
        "make the site easier to use!",
        "Make the sitte easier to use",
        "Publish the budget reports online",
    ]
    groups = _groups(texts)
    assert groups == {"Make the site easier to use": {"r0", "r1", "r2"}}


def test_threshold_controls_fuzzy_grouping():
    """A strict threshold keeps sentences that differ by a typo apart."""
    texts = ["Make the site easier to use", "Make the sitte easier to use"]
    assert _groups(texts, threshold=100) == {}
    assert _groups(texts, threshold=90) == {"Make the site easier to use": {"r0", "r1"}}
    with pytest.raises(ValueError, match="threshold"):
        near_duplicate_groups([], threshold=0)


def test_singletons_are_not_groups_and_blank_answers_group():
    """Distinct answers give no group; answers without words ('-', '...') form their own group."""
    assert _groups(["alpha beta gamma", "delta epsilon"]) == {}
    assert _groups(["-", "...", "ok fine"]) == {NO_TEXT: {"r0", "r1"}}


def test_non_answer_label_tolerates_typos():
    """A misspelled non-answer ('nothin') still gets a category; a real answer does not."""
    assert non_answer_label("nothin") == "no / nothing"
    assert non_answer_label("Затрудняюсь ответить.") == "don't know"
    assert non_answer_label("more meetings") is None

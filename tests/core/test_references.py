"""Naming a question or an attribute: one rule, ambiguity refused with the matches listed."""

from __future__ import annotations

import pytest

from app.core.models import Question
from app.core.references import UnknownReference, resolve_attribute, resolve_question

NUMBERED = [
    Question(id="q-a", key="3. Other (please specify)", text="3. Other (please specify)"),
    Question(id="q-b", key="5. In what ways do you participate?", text="5. In what ways do you participate?"),
    Question(id="q-c", key="9. What recommendations?", text="9. What recommendations?"),
]
UNNUMBERED = [
    Question(id="u-a", key="why", text="Why did you ultimately choose not to use it?"),
    Question(id="u-b", key="how", text="How would you improve it?"),
]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("q-b", "q-b"),
        ("9", "q-c"),
        ("09", "q-c"),
        ("3", "q-a"),
        ("9. what recommendations?", "q-c"),
        ("ways", "q-b"),
    ],
)
def test_numbered_questions_are_found_by_the_surveys_own_number(ref, expected):
    """With numbered questions, '9' is question 9 of the survey, not the ninth open question."""
    assert resolve_question(ref, NUMBERED).id == expected


def test_a_number_the_survey_does_not_use_is_refused_with_the_rule_and_the_list():
    """'2' names nothing in a numbered survey; the message says the rule and lists each question."""
    with pytest.raises(UnknownReference) as caught:
        resolve_question("2", NUMBERED)
    message = str(caught.value)
    assert "survey's own number" in message
    assert message.splitlines()[1:] == [f"  {q.key}" for q in NUMBERED]


def test_unnumbered_questions_are_found_by_position():
    """Without survey numbers, a number is the position among the open questions."""
    assert resolve_question("2", UNNUMBERED).id == "u-b"
    with pytest.raises(UnknownReference):
        resolve_question("3", UNNUMBERED)


def test_an_ambiguous_part_lists_every_match():
    """'What' is part of two questions: refused, both listed on their own lines."""
    with pytest.raises(UnknownReference) as caught:
        resolve_question("what", NUMBERED)
    assert "ambiguous" in str(caught.value)
    assert str(caught.value).splitlines()[1:] == [f"  {NUMBERED[1].key}", f"  {NUMBERED[2].key}"]


def test_attributes_by_header_survey_number_or_position():
    """`--by` takes the header, the survey's number when attributes are numbered, or the position."""
    numbered = ["10. What is your current status?", "12. What is your age?"]
    assert resolve_attribute("12", numbered) == "12. What is your age?"
    assert resolve_attribute("12. what is your age?", numbered) == "12. What is your age?"
    assert resolve_attribute("2", ["sector", "age group"]) == "age group"
    with pytest.raises(UnknownReference) as caught:
        resolve_attribute("1", numbered)
    assert caught.value.args[0].splitlines()[1:] == [f"  {n}" for n in numbered]

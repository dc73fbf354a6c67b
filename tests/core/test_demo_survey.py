"""The demo survey: the seed study's shape, published percentages and counts, two realistic coders."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

import pytest

from app.core.codebook_io import load_codebook
from app.core.demo_survey import (
    MULTI_SEPARATOR,
    NONE_APPLIES,
    OPTION_COUNTS,
    PUBLISHED_ANSWERED,
    PUBLISHED_CATEGORIES,
    PUBLISHED_COUNTS,
    PUBLISHED_PERCENTAGES,
    Q1,
    Q2,
    Q3,
    Q3_OTHER,
    Q5,
    Q8,
    Q8_OTHER,
    Q9,
    QUESTIONS,
    REFERENCE_CODER,
    RESPONDENT,
    SECOND_CODER,
    build_demo_survey,
    demo_codings_csv_text,
    demo_survey_csv_text,
    reference_counts,
)
from codebook import default_codebook_path

N = 213


@pytest.fixture(scope="module")
def survey():
    return build_demo_survey()


def labels(survey, coder):
    """Map (respondent, question) to the set of themes a coder gave (empty set: none applies)."""
    result: dict[tuple[str, str], set[str]] = {}
    for respondent, question, theme, who in survey.codings:
        if who == coder:
            result.setdefault((respondent, question), set())
            if theme != NONE_APPLIES:
                result[(respondent, question)].add(theme)
    return result


def test_shape_is_the_seed_questionnaire(survey):
    """213 respondents, an id column first, all 12 questions, 4 open columns incl. the two Other texts."""
    assert len(survey.rows) == N
    assert survey.headers[0] == RESPONDENT
    assert all(len(row) == len(survey.headers) for row in survey.rows)
    numbers = sorted(int(h.split(".")[0]) for h in survey.headers[1:] if "Other (please specify)" not in h)
    assert numbers == list(range(1, 13)) and set(QUESTIONS) <= set(survey.headers)
    assert set(survey.open_questions) == {Q5, Q9, Q3_OTHER, Q8_OTHER}
    assert not set(survey.open_questions) & set(survey.attribute_questions)
    ids = survey.column(RESPONDENT)
    assert len(set(ids)) == N and ids[0] == "R001"


def test_demographics_match_published_percentages(survey):
    """Every published percentage is reproduced to within rounding of whole respondents of 213."""
    for question, published in PUBLISHED_PERCENTAGES.items():
        tally = Counter(
            option for cell in survey.column(question) if cell for option in cell.split(MULTI_SEPARATOR)
        )
        for options, percent in published.items():
            count = sum(tally[option] for option in options.split("|"))
            assert abs(100 * count / N - percent) <= 50 / N + 0.05, (question, options, count)


def test_closed_answers_have_the_planned_counts(survey):
    """Closed answers, including Table 1 (73 answered question 3) and question 8, have exact counts."""
    for question, counts in OPTION_COUNTS.items():
        tally = Counter(
            option for cell in survey.column(question) if cell for option in cell.split(MULTI_SEPARATOR)
        )
        assert dict(tally) == {k: v for k, v in counts.items() if v}, question
    assert sum(1 for cell in survey.column(Q3) if cell) == 73
    assert (
        Counter(c for cell in survey.column(Q8) for c in cell.split(MULTI_SEPARATOR))[
            "Technical challenges, difficulties in using the digital platforms"
        ]
        == 114
    )
    heard = survey.column(Q1)
    assert all(cell == "None of the above" or "None" not in cell for cell in heard)


def test_other_texts_belong_to_respondents_who_chose_other(survey):
    """An 'Other' text appears exactly for respondents who ticked Other, and not-participants said No."""
    for question, other in ((Q3, Q3_OTHER), (Q8, Q8_OTHER)):
        for choice, text in zip(survey.column(question), survey.column(other)):
            assert bool(text) == ("Other (please specify)" in choice)
        assert sum(1 for text in survey.column(other) if text) == PUBLISHED_ANSWERED[other]
    coded = labels(survey, REFERENCE_CODER)
    status = dict(zip(survey.column(RESPONDENT), survey.column(Q2)))
    for (respondent, question), themes in coded.items():
        if question == Q5 and "no participation" in themes:
            assert status[respondent] == "No"


@pytest.mark.parametrize("question", [Q9, Q5, Q3_OTHER, Q8_OTHER])
def test_reference_coder_reproduces_published_counts(survey, question):
    """The reference coder's answers per theme equal the counts published in section 4.1."""
    counts = reference_counts(survey, question)
    for theme, published in PUBLISHED_COUNTS[question].items():
        assert counts.get(theme, 0) == published, theme
    if question in (Q9, Q5):
        assert counts == PUBLISHED_COUNTS[question]


def test_joined_category_counts_answers_with_any_theme(survey):
    """'Incentives and offline participation (3)' is three answers with either theme."""
    coded = labels(survey, REFERENCE_CODER)
    for question, categories in PUBLISHED_CATEGORIES.items():
        for count, themes in categories.values():
            assert sum(1 for (_, q), got in coded.items() if q == question and got & set(themes)) == count


def test_every_answer_is_coded_by_both_coders_with_codebook_themes(survey):
    """Each non-blank open answer has a decision from each coder, using only the shipped codebook's themes."""
    names = {t.name for t in load_codebook(default_codebook_path()).themes}
    answered = {
        (rid, q)
        for q in survey.open_questions
        for rid, text in zip(survey.column(RESPONDENT), survey.column(q))
        if text.strip()
    }
    for coder in (REFERENCE_CODER, SECOND_CODER):
        coded = labels(survey, coder)
        assert set(coded) == answered
        assert set().union(*coded.values()) <= names
    assert {coder for *_, coder in survey.codings} == {REFERENCE_CODER, SECOND_CODER}


def test_coders_agree_on_most_and_disagree_on_some(survey):
    """Per-theme agreement is high but not perfect; each kind of disagreement occurs."""
    first, second = labels(survey, REFERENCE_CODER), labels(survey, SECOND_CODER)
    units = sorted(first)
    themes = sorted(set().union(*first.values(), *second.values()))
    agreement = {
        theme: sum((theme in first[u]) == (theme in second[u]) for u in units) / len(units)
        for theme in themes
    }
    assert min(agreement.values()) >= 0.95
    assert sum(value < 1 for value in agreement.values()) >= 8
    assert sum(first[u] == second[u] for u in units) / len(units) >= 0.8
    extra = [u for u in units if first[u] < second[u] and first[u]]
    different = [u for u in units if first[u] and second[u] and not first[u] & second[u]]
    marked_none = [u for u in units if bool(first[u]) != bool(second[u])]
    assert extra and different and marked_none


def test_kappa_of_the_seed_themes_is_substantial_not_perfect(survey):
    """Cohen's kappa per seed theme on question 9 lies between .6 and .95, as for trained coders."""
    first, second = labels(survey, REFERENCE_CODER), labels(survey, SECOND_CODER)
    units = [u for u in first if u[1] == Q9]
    for theme in ("awareness", "usability", "responsiveness", "transparency", "incentives"):
        a = [theme in first[u] for u in units]
        b = [theme in second[u] for u in units]
        observed = sum(x == y for x, y in zip(a, b)) / len(units)
        pa, pb = sum(a) / len(units), sum(b) / len(units)
        expected = pa * pb + (1 - pa) * (1 - pb)
        kappa = (observed - expected) / (1 - expected)
        assert 0.6 <= kappa <= 0.95, (theme, kappa)


def test_build_is_deterministic():
    """Two builds give identical tables and codings."""
    one, two = build_demo_survey(), build_demo_survey()
    assert one.rows == two.rows and one.codings == two.codings and one.headers == two.headers


def test_answers_mix_languages_and_leave_blanks(survey):
    """Open answers include English, Russian (Cyrillic) and Kazakh letters, and most respondents skipped them."""
    texts = [text for q in survey.open_questions for text in survey.column(q) if text]
    assert any(re.search("[әғқңөұүі]", t) for t in texts)
    assert any(re.search("[ыэё]", t) for t in texts)
    assert any(re.fullmatch(r"[A-Za-z0-9 ,.'+!?/-]+", t) for t in texts)
    assert sum(1 for text in survey.column(Q9) if not text) > N / 2
    assert len(set(texts)) > 0.9 * len(texts)


def test_csv_texts_round_trip(survey):
    """The survey CSV and the long codings CSV parse back to the same table and codings."""
    table = list(csv.reader(io.StringIO(demo_survey_csv_text(), newline="")))
    assert table[0] == survey.headers and table[1:] == survey.rows
    codings = list(csv.reader(io.StringIO(demo_codings_csv_text(), newline="")))
    assert codings[0] == ["respondent", "question", "theme", "coder"]
    assert [tuple(row) for row in codings[1:]] == survey.codings
    demo_survey_csv_text().encode("utf-8")

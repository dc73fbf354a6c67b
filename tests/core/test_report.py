"""Report content: counts, percentage bases, ordering, attribute tables, examples and methods text."""

from __future__ import annotations

import pytest
from report_sample import sample_report_data

from app.core.models import Question, Respondent, Response, Theme
from app.core.report import build_report
from app.core.report_counts import theme_tree_order
from app.core.report_records import AgreementRow, ReportData

THEMES = (
    Theme("a", "Access", position=1, examples=("Own example for access.",)),
    Theme("a1", "Access on mobile", parent_id="a", position=1),
    Theme("b", "Budget", position=2),
    Theme("c", "Culture", position=3, examples=("Codebook example for culture.",)),
)


def tiny(**overrides: object) -> ReportData:
    """Six answers by four respondents, hand-countable."""
    questions = [Question("q1", "Q1", "First?", 1), Question("q2", "Q2", "Second?", 2)]
    people = [
        Respondent("p1", "R1", {"sex": "f"}),
        Respondent("p2", "R2", {"sex": "m"}),
        Respondent("p3", "R3", {"sex": "f"}),
        Respondent("p4", "R4", {}),
    ]
    responses = [
        Response("x1", "p1", "q1", "The mobile site never loads on my phone at all"),
        Response("x2", "p1", "q2", "Budget and access both matter to me a lot"),
        Response("x3", "p2", "q1", "Nothing"),
        Response("x4", "p2", "q2", "Budget reports should be public every year"),
        Response("x5", "p3", "q1", "Hard to reach the office"),
        Response("x6", "p4", "q1", "Later"),
    ]
    coded = {
        "x1": frozenset({"a1"}),
        "x2": frozenset({"a", "b"}),
        "x3": frozenset(),
        "x4": frozenset({"b"}),
        "x5": frozenset({"a", "a1"}),
    }
    fields = dict(
        title="T",
        generated="2024-01-02",
        reported_coding="consensus",
        coders=["A", "B"],
        questions=questions,
        themes=THEMES,
        respondents=people,
        responses=responses,
        coded=coded,
        attributes_by=["sex"],
    )
    fields.update(overrides)
    return ReportData(**fields)


def rows_by_label(table):
    """Index a count table's rows by label."""
    return {r.label: r for r in (*table.theme_rows, *table.status_rows)}


def test_status_lines_add_up_to_all_answers_and_respondents():
    """Themed + no theme + not yet coded equals all answers (and all respondents) in every table."""
    content = build_report(sample_report_data())
    for table in content.counts:
        status = {r.kind: r for r in table.status_rows}
        assert (
            status["any"].answers + status["none"].answers + status["uncoded"].answers == table.answers_total
        )
        assert status["any"].respondents + status["none"].respondents + status["uncoded"].respondents == (
            table.respondents_total
        )
        assert status["total"].answers == table.answers_total
    assert content.n_answers == 200
    assert content.n_themed + content.n_none + content.n_uncoded == 200


def test_overall_counts_and_percentages_match_hand_counts():
    """Parent themes count each answer once including sub-themes; bases are all answers/respondents."""
    rows = rows_by_label(build_report(tiny()).counts[0])
    assert (rows["Access"].answers, rows["Access"].respondents) == (3, 2)
    assert rows["Access"].answers_pct == pytest.approx(50.0)
    assert rows["Access"].respondents_pct == pytest.approx(50.0)
    assert (rows["Access on mobile"].answers, rows["Budget"].answers, rows["Culture"].answers) == (2, 2, 0)
    assert rows["No theme applies"].answers == 1 and rows["No theme applies"].respondents == 0
    assert rows["Not yet coded"].answers == 1 and rows["Not yet coded"].respondents == 1
    assert rows["At least one theme"].respondents == 3


def test_per_question_tables_use_their_own_bases():
    """Each question's table counts only its answers and respondents."""
    q1 = rows_by_label(build_report(tiny()).counts[1])
    assert build_report(tiny()).counts[1].answers_total == 4
    assert q1["Access"].answers == 2
    assert q1["Access"].answers_pct == pytest.approx(50.0)
    assert q1["No theme applies"].respondents == 1


def test_themes_sorted_by_frequency_with_children_under_parent():
    """Siblings are ordered by answers (ties by codebook order) and sub-themes follow their parent."""
    labels = [r.label for r in build_report(tiny()).counts[0].theme_rows]
    assert labels == ["Access", "Access on mobile", "Budget", "Culture"]
    coded = dict(tiny().coded, x3=frozenset({"b"}), x6=frozenset({"b"}))
    labels = [r.label for r in build_report(tiny(coded=coded)).counts[0].theme_rows]
    assert labels == ["Budget", "Access", "Access on mobile", "Culture"]


def test_attribute_table_counts_and_column_percentages():
    """Respondents with a theme are counted per attribute value; percentages are of the column."""
    table = build_report(tiny()).attribute_tables[0]
    assert table.values == ("f", "m", "(no value)")
    assert table.column_totals == (2, 1, 1, 4)
    access = next(r for r in table.rows if r.label == "Access")
    assert access.counts == (2, 0, 0, 2)
    assert access.percents[0] == pytest.approx(100.0) and access.percents[3] == pytest.approx(50.0)
    budget = next(r for r in table.rows if r.label == "Budget")
    assert budget.counts == (1, 1, 0, 2)
    uncoded = next(r for r in table.rows if r.kind == "uncoded")
    assert uncoded.counts == (0, 0, 1, 1)


def test_examples_come_from_coded_answers_else_codebook():
    """Codebook entries quote answers coded with the theme, else the theme's own examples."""
    entries = {e.theme_id: e for e in build_report(tiny()).codebook}
    assert entries["b"].examples_source == "answers"
    assert set(entries["b"].examples) == {
        "Budget reports should be public every year",
        "Budget and access both matter to me a lot",
    }
    assert entries["b"].examples[0] == "Budget reports should be public every year"  # single-theme first
    assert entries["c"].examples == ("Codebook example for culture.",)
    assert entries["c"].examples_source == "codebook"
    assert [e.theme_id for e in build_report(tiny()).codebook] == ["a", "a1", "b", "c"]


def test_examples_are_distinct_texts():
    """Repeated identical answers are quoted once."""
    entries = {e.theme_id: e for e in build_report(sample_report_data()).codebook}
    for e in entries.values():
        assert len({x.casefold() for x in e.examples}) == len(e.examples)
    assert len(entries["t-aw"].examples) == 3


def test_methods_paragraph_reports_data_and_agreement():
    """The methods text states answers, respondents, coders, completeness and agreement values."""
    text = build_report(sample_report_data()).methods
    assert "200 answers from 100 respondents to two open-ended questions" in text
    assert "two coders (Aigerim and Daniyar)" in text
    assert "five themes and one sub-theme" in text
    assert "Cohen's κ = 0.78" in text and "95% CI 0.71 to 0.84" in text
    assert "κ ranged from 0.64 (Transparency) to 0.86 (Responsiveness)" in text
    assert "unit of coding was the individual answer" in text


def test_methods_without_agreement_or_uncoded():
    """Without agreement rows no agreement sentence is written; a complete coding has no 'not yet' clause."""
    data = tiny(
        coded=dict(tiny().coded, x6=frozenset()),
        agreement=None,
        agreement_overall=None,
        methods_extra={"notes": "Coding took two weeks.", "software": "Thematic 0.1"},
    )
    content = build_report(data)
    assert "inter-coder agreement" not in content.methods.casefold() and "κ" not in content.methods
    assert "not yet coded" not in content.methods
    assert content.methods.endswith("Coding took two weeks.")
    assert content.methods_details == (("software", "Thematic 0.1"),)


def test_appendix_lists_directly_coded_answers_grouped_by_question():
    """With quotes on, each theme lists the answers coded with it, question by question."""
    content = build_report(tiny(include_quotes=True))
    groups = {g.theme: g for g in content.appendix}
    assert [q.text for q in groups["Access"].quotes] == [
        "Hard to reach the office",
        "Budget and access both matter to me a lot",
    ]
    assert [q.respondent for q in groups["Access on mobile"].quotes] == ["R1", "R3"]
    assert build_report(tiny()).appendix is None


def test_unknown_ids_and_cycles_are_tolerated():
    """Codes for unknown themes are ignored and a parent cycle still yields every theme once."""
    cyc = (Theme("x", "X", parent_id="y"), Theme("y", "Y", parent_id="x"), Theme("z", "Z"))
    assert sorted(t.id for t, _ in theme_tree_order(cyc)) == ["x", "y", "z"]
    data = tiny(coded=dict(tiny().coded, x6=frozenset({"ghost"})))
    rows = rows_by_label(build_report(data).counts[0])
    assert rows["No theme applies"].answers == 2


def test_agreement_rows_pass_through():
    """Agreement rows given in the data are kept for the agreement section."""
    row = AgreementRow("Access", 10, 90.0, 0.7, 0.69, (0.4, 0.9), "substantial")
    content = build_report(tiny(agreement=[row], agreement_overall=row))
    assert content.agreement == (row,) and content.agreement_overall == row


def test_quotes_show_the_coded_spans_of_an_answer():
    """An answer coded by span is quoted by those words, marked as cut with '…'."""
    content = build_report(tiny(include_quotes=True, spans={("x2", "a"): [(11, 17), (0, 6)]}))
    groups = {g.theme: g for g in content.appendix}
    assert [q.text for q in groups["Access"].quotes] == ["Hard to reach the office", "Budget … access …"]

"""Planned codings and notes turned into stored rows: spans, origins, 'no theme applies', memos."""

from __future__ import annotations

from app.core.refi.mapping import ImportPlan, PlannedAnswer, PlannedCoding
from app.core.refi.rows import coding_rows, memo_texts, origin_of

TEXT = "one two three four"


def _plan(codings, memos=(), nones=()) -> ImportPlan:
    plan = ImportPlan(title="t", themes=[])
    plan.answers = [PlannedAnswer("s1", "r1", "q", TEXT), PlannedAnswer("s2", "r2", "q", "other")]
    plan.codings = list(codings)
    plan.memos = list(memos)
    plan.none_applies = list(nones)
    return plan


def _coding(start, end, whole=False, origin="", code="c1", when="2024-01-02T00:00:00Z", source="s1"):
    return PlannedCoding(source, code, "ann", when, (start, end), whole, origin)


MAPS = ({"s1": "a1", "s2": "a2"}, {"c1": "t1", "c2": "t2"}, {"ann": "u1", "bo": "u2"})


def test_partial_selections_are_spans_of_one_coding_and_whole_ones_are_not():
    """Two partial selections of one code: one coding with two spans; a whole one adds no span."""
    rows = coding_rows(
        _plan([_coding(0, 3), _coding(8, 13, when="2024-01-01T00:00:00Z"), _coding(0, 18, True, code="c2")]),
        *MAPS,
    )
    assert rows.codings == {
        ("a1", "t1", "u1"): ("2024-01-01T00:00:00Z", ""),
        ("a1", "t2", "u1"): ("2024-01-02T00:00:00Z", ""),
    }
    assert rows.span_rows() == [
        ("a1", "t1", "u1", 0, 3, "2024-01-02T00:00:00Z"),
        ("a1", "t1", "u1", 8, 13, "2024-01-01T00:00:00Z"),
    ]
    assert origin_of("") == "import" and origin_of("suggestion") == "suggestion"


def test_same_start_keeps_the_longer_span_and_empty_or_outside_spans_are_left_out():
    """A span is keyed by its start; an empty or out-of-text selection still gives the coding."""
    rows = coding_rows(_plan([_coding(4, 7), _coding(4, 13), _coding(5, 5), _coding(10, 99)]), *MAPS)
    assert [(a, b) for *_, a, b, _ in rows.span_rows()] == [(4, 13)]
    assert list(rows.codings) == [("a1", "t1", "u1")]


def test_spans_of_an_answer_whose_text_differs_are_dropped_and_counted():
    """Positions fit only their own text: the coding stays, the span is counted as dropped."""
    rows = coding_rows(_plan([_coding(0, 3), _coding(0, 2, source="s2")]), *MAPS, {"s1": False, "s2": True})
    assert rows.spans_dropped == 1
    assert [(r, a, b) for r, _, _, a, b, _ in rows.span_rows()] == [("a2", 0, 2)]
    assert set(rows.codings) == {("a1", "t1", "u1"), ("a2", "t1", "u1")}


def test_origin_noted_by_thematic_is_kept_and_none_applies_yields_to_codings():
    """The first noted origin wins; 'no theme applies' of a coder with codings on the answer is dropped."""
    rows = coding_rows(
        _plan(
            [_coding(0, 18, True, origin="consensus")],
            nones=[("s1", "ann", "t"), ("s2", "ann", "2024-02-02T00:00:00Z")],
        ),
        *MAPS,
    )
    assert rows.codings[("a1", "t1", "u1")][1] == "consensus"
    assert rows.nones == {("a2", "u1"): "2024-02-02T00:00:00Z"}


def test_notes_become_one_memo_per_coder_and_answer():
    """Two notes of one user on one source: one memo with both texts; unmatched sources are left out."""
    memos = [
        ("s1", "ann", "first", "2024-01-03T00:00:00Z"),
        ("s1", "ann", "second", "2024-01-01T00:00:00Z"),
        ("s1", "ann", "first", ""),
        (None, "bo", "project", ""),
        ("gone", "ann", "lost", ""),
    ]
    grouped = memo_texts(_plan([], memos), *MAPS[:1], MAPS[2])
    assert grouped == {
        ("a1", "u1"): (["first", "second"], "2024-01-01T00:00:00Z"),
        (None, "u2"): (["project"], ""),
    }

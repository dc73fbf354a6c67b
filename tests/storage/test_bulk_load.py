"""The fast survey load: ids, chunked inserts, indexes rebuilt after an empty load, all or nothing."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.models import ColumnRole, new_ids
from app.project import Project
from app.project.outcomes import ProjectError
from app.storage.survey_store import WaveRows, bulk_insert, insert_wave


def _fields(compact: str) -> tuple[int, int, int]:
    """Read an id back as (mark, milliseconds, counter): the reference the fast formatting must match."""
    value = int(compact, 32)  # the digits 0-9a-v are Python's own base-32 digits
    return value >> 98, value >> 55 & (1 << 43) - 1, value & (1 << 55) - 1


@pytest.mark.parametrize("counter", [0, (1 << 15) - 3, (1 << 40) - 2, (1 << 55) - 4])
def test_new_ids_are_compact_increasing_and_carry_correctly(counter):
    """20 characters, a leading letter, increasing, and each one its counter, where the 3 or more last digits wrap."""
    millis = 1_764_637_000_000
    ids = new_ids(8, _start=(millis, counter))
    assert ids == sorted(ids) and len(set(ids)) == 8
    assert {len(i) for i in ids} == {20} and all(i[0] in "ghijklmn" for i in ids)
    expected = [(millis + (c >> 55), c & (1 << 55) - 1) for c in range(counter, counter + 8)]
    assert [_fields(i)[1:] for i in ids] == expected and {_fields(i)[0] for i in ids} == {0b10}


def test_new_ids_of_two_batches_differ_and_follow_each_other():
    """Batches made one after the other never share an id, and a later batch sorts after the earlier one."""
    first, second = new_ids(40_000), new_ids(40_000)
    assert len(set(first) | set(second)) == 80_000
    assert max(first) < min(second) or _fields(max(first))[1] == _fields(min(second))[1]


def test_rows_from_a_generator_are_sent_in_chunks(project_target):
    """A generator of more rows than one chunk is inserted whole, on both databases."""
    with Project.create(project_target, title="chunks") as project:
        with project._session() as s:
            rows = ((f"c{i:02d}", f"coder {i}") for i in range(10))
            bulk_insert(s, "coders", ("id", "name"), rows, chunk=3)
        assert sorted(c.name for c in project.coders()) == sorted(f"coder {i}" for i in range(10))


def _indexes(path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_an_empty_table_is_loaded_without_its_index_which_comes_back(tmp_path):
    """The answers' secondary index is dropped for the first load and rebuilt in the same transaction."""
    path = tmp_path / "p.thematic"
    Project.create(path, title="p").close()
    before = _indexes(path)
    assert "ix_responses_question_seq" in before
    with Project.open(path) as project:
        with project._session() as s:
            answers = [(f"r{i}", "Q1", f"answer {i}") for i in range(50)]
            insert_wave(
                s, WaveRows("w.csv", "w", [("Q1", "q")], [(f"r{i}", {}) for i in range(50)], answers, 0)
            )
            dropped = s.connection().exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'ix_responses_question_seq'"
            )
            assert dropped.scalar() == 1  # already rebuilt before the transaction ends
        assert [r.text for r in project.responses()] == [f"answer {i}" for i in range(50)]
    assert _indexes(path) == before
    with sqlite3.connect(path) as con:
        plan = con.execute("EXPLAIN QUERY PLAN SELECT id FROM responses WHERE question_id = 'x' ORDER BY seq")
        assert "ix_responses_question_seq" in " ".join(str(row) for row in plan)


def test_a_refused_import_leaves_no_rows_and_every_index(tmp_path):
    """All or nothing: when the second file fails, the first one's rows and the index drop are undone."""
    path = tmp_path / "p.thematic"
    good, bad = tmp_path / "a.csv", tmp_path / "b.csv"
    good.write_text("id,answer\nr1,first answer here\nr2,second answer here\n", encoding="utf-8")
    bad.write_text("id,answer\nr3,a third answer\nr1,not what r1 said in the first file\n", encoding="utf-8")
    roles = {"id": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN}
    with Project.create(path, title="p") as project:
        before = _indexes(path)
        with pytest.raises(ProjectError, match="r1 already has a different answer"):
            project.import_surveys([good, bad], options=_options(roles))  # fails after both loads
        assert project.responses() == [] and project.respondents() == []
    assert _indexes(path) == before


def _options(roles):
    from app.core.survey_reading import SurveyOptions

    return SurveyOptions(roles=roles)

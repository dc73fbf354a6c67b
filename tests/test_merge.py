"""Merging a second coder's copy of a project: ids and text matching, no overwrites, idempotence."""

from __future__ import annotations

import shutil

import pytest

from app.core.models import Codebook, Theme
from app.project import Project, ProjectError
from app.storage.survey_store import WaveRows, insert_wave


@pytest.fixture
def pair(tmp_path):
    """Two copies of one project, as when a file is handed to a second coder."""
    first = tmp_path / "ann.thematic"
    p = Project.create(
        first,
        title="Merge study",
        codebook=Codebook(
            name="cb", themes=(Theme(id="t1", name="awareness"), Theme(id="t2", name="usability"))
        ),
    )
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q1", "Why?")],
                [(f"r{i}", {}) for i in range(4)],
                [(f"r{i}", "Q1", f"answer {i}") for i in range(4)],
                0,
            ),
        )
    p.close()
    second = tmp_path / "ben.thematic"
    shutil.copy(first, second)
    a, b = Project.open(first), Project.open(second)
    yield a, b, second
    a.close()
    b.close()


def test_merge_brings_other_coder_and_new_theme(pair):
    """Ben's codings, his new theme and his memo arrive; Ann's codings are untouched."""
    a, b, second = pair
    ids = [r.id for r in a.responses()]
    a.assign(ids[0], "t1", "ann")
    new = b.add_theme("trust", coder="ben")
    b.assign(ids[0], "t2", "ben")
    b.assign(ids[1], new.id, "ben")
    b.mark_none(ids[2], "ben")
    b.set_memo(ids[1], "ben", "ironic tone")
    changes = a.merge_from(second)
    assert changes.detail["codings_added"] == 2 and changes.detail["none_applies_added"] == 1
    assert a.coder_codings("ann") == {ids[0]: frozenset({"t1"})}
    assert a.coder_codings("ben") == {
        ids[0]: frozenset({"t2"}),
        ids[1]: frozenset({new.id}),
        ids[2]: frozenset(),
    }
    assert [m.text for m in a.memos(ids[1])] == ["ironic tone"]
    assert a.theme("trust").id == new.id


def test_merging_twice_changes_nothing(pair):
    """A second merge of the same file adds nothing and logs no change."""
    a, b, second = pair
    b.assign(a.responses()[0].id, "t2", "ben")
    a.merge_from(second)
    before = (a.codings(), len(a.history()))
    again = a.merge_from(second)
    assert again.affected == 0
    assert (a.codings(), len(a.history())) == before


def test_conflicting_and_unmatched_work_is_reported(pair):
    """The same coder's different coding is kept and reported; a changed answer text is not matched."""
    a, b, second = pair
    ids = [r.id for r in a.responses()]
    a.assign(ids[0], "t1", "ann")
    b.assign(ids[0], "t2", "ann")
    b.assign(ids[3], "t2", "ben")
    with b._session() as s:
        from sqlalchemy import update

        from app.storage.schema import ResponseRow

        s.execute(update(ResponseRow).where(ResponseRow.id == ids[3]).values(text="edited"))
    changes = a.merge_from(second)
    assert a.coder_codings("ann") == {ids[0]: frozenset({"t1"})}
    assert len(changes.detail["conflicts"]) == 1
    assert any("text differs" in u for u in changes.detail["unmatched"])
    assert a.coder_codings("ben") == {}


def test_merge_matches_renamed_theme_by_id(pair):
    """A theme renamed in the other file is matched by its stable id and the rename is reported."""
    a, b, second = pair
    b.rename_theme("t1", "public awareness")
    b.assign(a.responses()[0].id, "t1", "ben")
    changes = a.merge_from(second)
    assert a.coder_codings("ben") == {a.responses()[0].id: frozenset({"t1"})}
    assert changes.detail["renamed_themes"]


def test_merge_into_itself_is_refused(pair):
    """Merging a file into itself is refused."""
    a, _, _ = pair
    with pytest.raises(ProjectError):
        a.merge_from(a.target)

"""Following a shared project: every committed event is read once, also when commits come out of id order."""

from __future__ import annotations

import time
from contextlib import ExitStack

import pytest

from app.core.models import ColumnRole
from app.project import Project
from app.storage.changes import record_event
from app.storage.sessions import transaction

ROLES = {"id": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN}


def _two_programs(target: str, tmp_path) -> tuple[Project, Project]:
    survey = tmp_path / "wave.csv"
    survey.write_text("id,answer\nA1,too expensive\nA2,slow delivery\n", encoding="utf-8")
    watcher = Project.create(target, title="Team")
    watcher.import_survey(survey, roles=ROLES)
    watcher.add_theme("Price", coder="owner")
    return watcher, Project.open(target)


def test_the_feed_says_who_changed_which_answers(project_target, tmp_path):
    watcher, other = _two_programs(project_target, tmp_path)
    cursor = watcher.feed_cursor()
    assert watcher.follow(cursor).empty
    first, second = (r.id for r in other.responses())
    price = other.theme("Price")
    other.assign(first, price.id, "bob")
    other.set_memo(second, "bob", "ask again")
    batch = watcher.follow(cursor)
    assert batch.events == 2
    assert batch.touched == {"bob": frozenset({first})}
    assert batch.memos == {second}
    assert not batch.codebook and not batch.survey
    assert watcher.follow(batch.cursor).empty

    other.undo("bob")  # the memo
    other.undo("bob")  # the coding: an undo writes a step that names the event it replayed
    undone = watcher.follow(batch.cursor)
    assert undone.events == 2
    assert undone.touched == {"bob": frozenset({first})} and undone.memos == {second}
    assert watcher.coder_codings("bob") == {}

    other.rename_theme(price.id, "Cost", coder="owner")
    renamed = watcher.follow(undone.cursor)
    assert renamed.codebook and renamed.events == 1
    assert [e.action for e in watcher.history(10)][:1] == ["theme-edit"]  # replay steps stay out of the list
    other.close()
    watcher.close()


@pytest.mark.postgres
def test_an_event_that_commits_after_a_larger_id_is_still_read(pg_url, tmp_path):
    """PostgreSQL gives event ids at insert: a slow transaction's smaller id becomes visible later."""
    watcher, other = _two_programs(pg_url, tmp_path)
    first = other.responses()[0].id
    price = other.theme("Price")
    cursor = watcher.feed_cursor()
    with ExitStack() as slow:
        s = slow.enter_context(transaction(other.engine))
        slow_id = record_event(s, coder_id=None, action="memo", label="Slow step", changes=[])
        other.assign(first, price.id, "bob")  # a second connection commits a larger id first
        batch = watcher.follow(cursor)
        assert batch.touched == {"bob": frozenset({first})}
        assert slow_id in batch.cursor.holes and batch.cursor.high > slow_id
    late = watcher.follow(batch.cursor)  # the slow transaction committed now
    assert late.events == 1
    assert late.cursor.holes == {}
    assert watcher.follow(late.cursor).empty

    with pytest.raises(RuntimeError), ExitStack() as failed:
        s = failed.enter_context(transaction(other.engine))
        record_event(s, coder_id=None, action="memo", label="Rolled back", changes=[])
        other.mark_none(other.responses()[1].id, "bob")
        gap = watcher.follow(late.cursor)
        assert len(gap.cursor.holes) == 1
        raise RuntimeError("roll back")
    # the hole goes once every transaction older than its deadline has ended; transaction ids are
    # server-wide, so other databases' work on the same server can keep it a little longer
    after = watcher.follow(gap.cursor)
    deadline = time.monotonic() + 60
    while after.cursor.holes and time.monotonic() < deadline:
        assert after.empty
        time.sleep(0.2)
        after = watcher.follow(after.cursor)
    assert after.empty and after.cursor.holes == {}
    other.close()
    watcher.close()

"""Team mode: a program follows the events other programs write to the same project."""

from __future__ import annotations

from app.core.models import ColumnRole
from app.project import Project

ROLES = {"id": ColumnRole.RESPONDENT_ID, "age": ColumnRole.ATTRIBUTE, "answer": ColumnRole.OPEN}


def test_events_after_shows_what_another_program_coded(project_target, tmp_path):
    """A second connection codes an answer; the first sees exactly that event after its last one."""
    survey = tmp_path / "wave.csv"
    survey.write_text("id,age,answer\nA1,18,too expensive\nA2,30,slow delivery\n", encoding="utf-8")
    watcher = Project.create(project_target, title="Team")
    watcher.import_survey(survey, roles=ROLES)
    price = watcher.add_theme("Price", coder="owner")
    seen = watcher.last_event_id()
    assert seen > 0
    assert watcher.events_after(seen) == []

    other = Project.open(project_target)
    first = other.responses()[0]
    other.assign(first.id, price.id, "bob")
    other.mark_none(other.responses()[1].id, "bob")

    events = watcher.events_after(seen)
    assert [(e.coder, e.action) for e in events] == [("bob", "assign"), ("bob", "none")]
    assert events[0].label == "Code as Price"
    assert events[0].id > seen and events[1].id > events[0].id
    assert watcher.events_after(events[-1].id) == []
    assert [e.id for e in watcher.events_after(seen, limit=1)] == [events[0].id]

"""Blind mode and the live feed: a coder hears of their own work and of codebook edits, not of others' codings."""

from __future__ import annotations

from app.project import Project
from tests.team_setup import team as team  # the fixture, shared


def test_a_blind_coder_is_not_told_of_other_coders_work(team):
    """Carl's and the owner's codings and memos stay out of Bob's feed; the owner's rename is in it."""
    admin, n = team
    bob, carl, olga = n["bob"], n["carl"], n["olga"]
    admin.set_blind(True, by=olga)
    a1, a2 = (r.id for r in admin.responses())
    price, speed = admin.theme("Price").id, admin.theme("Speed").id
    watcher = Project.open(admin.target)
    try:
        watcher.user = bob
        cursor, seen = watcher.feed_cursor(), watcher.last_event_id()
        admin.assign(a1, price, bob)
        admin.assign([a1, a2], speed, carl)
        admin.set_memo(a2, carl, "carl's note")
        admin.assign(a2, price, olga)  # an owner codes too: still another coder's coding
        admin.undo(carl)  # the memo: an undo names the event it replayed, Carl's
        admin.rename_theme(speed, "Slow", coder=olga)

        batch = watcher.follow(cursor)
        assert batch.touched == {bob: frozenset({a1})}
        assert batch.memos == frozenset()
        assert batch.codebook and batch.responses_of_others(bob) == frozenset()
        assert [(e.coder, e.action) for e in watcher.events_after(seen)] == [
            (bob, "assign"),
            (olga, "theme-edit"),
        ]

        watcher.user = olga  # an owner sees everyone's work
        batch = watcher.follow(cursor)
        assert batch.touched == {bob: frozenset({a1}), carl: frozenset({a1, a2}), olga: frozenset({a2})}
        assert batch.memos == frozenset({a2})
        assert len(watcher.events_after(seen)) == 6

        watcher.user = bob
        admin.set_blind(False, by=olga)  # blind off: Bob may read the others' codings again
        assert watcher.follow(cursor).touched[carl] == frozenset({a1, a2})
    finally:
        watcher.close()

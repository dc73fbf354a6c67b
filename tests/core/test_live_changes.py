"""The feed cursor: ids that commit late are read again until they show up or their transaction ended."""

from __future__ import annotations

from app.core.live_changes import MAX_HOLES, FeedCursor, LiveBatch


def test_skipped_ids_become_holes_until_they_show_up():
    cursor = FeedCursor(high=10).advance([11, 14], horizon=100, deadline=120)
    assert cursor.high == 14
    assert cursor.holes == {12: 120, 13: 120}
    cursor = cursor.advance([13, 15], horizon=110, deadline=125)
    assert cursor.high == 15
    assert cursor.holes == {12: 120}


def test_a_hole_is_dropped_once_every_transaction_older_than_its_deadline_ended():
    cursor = FeedCursor(high=5, holes={3: 120, 4: 130})
    assert cursor.advance([], horizon=125, deadline=140).holes == {4: 130}
    assert cursor.advance([], horizon=130, deadline=140).holes == {}


def test_without_a_deadline_no_hole_is_kept():
    cursor = FeedCursor(high=2).advance([3, 7], horizon=None, deadline=None)
    assert cursor == FeedCursor(high=7, holes={})


def test_holes_are_capped_keeping_the_newest():
    cursor = FeedCursor(high=0).advance([MAX_HOLES + 10], horizon=1, deadline=5)
    assert len(cursor.holes) == MAX_HOLES
    assert min(cursor.holes) == 10 and max(cursor.holes) == MAX_HOLES + 9


def test_a_batch_splits_my_answers_from_others():
    batch = LiveBatch(
        cursor=FeedCursor(),
        events=2,
        touched={"ann": frozenset({"r1"}), "bob": frozenset({"r2"}), "cy": frozenset({"r3"})},
    )
    assert batch.responses_of("ann") == {"r1"}
    assert batch.responses_of_others("ann") == {"r2", "r3"}
    assert not batch.empty and LiveBatch(cursor=FeedCursor()).empty

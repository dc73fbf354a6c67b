"""Following a shared project: which events a window has read, and what the new ones touched.

PostgreSQL hands out event ids when a transaction inserts its event, not when it commits, so an
event with a smaller id can become visible after a larger one. A cursor therefore remembers the ids
it skipped ("holes") below the newest id it read, with the transaction-id horizon after which the
transaction holding that id must have ended; a hole is read again on every poll until it shows up
or that horizon has passed (the transaction rolled back). SQLite writers hold the write lock from
the id to the commit, so there ids appear in commit order and a cursor keeps no holes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_HOLES = 1000  # a cursor never re-reads more ids than this (the newest are kept)


@dataclass(frozen=True)
class FeedCursor:
    """The newest event id read and the smaller ids not yet seen that may still commit."""

    high: int = 0
    holes: dict[int, int] = field(default_factory=dict)  # event id -> transaction-id deadline

    def advance(self, seen: Iterable[int], *, horizon: int | None, deadline: int | None) -> FeedCursor:
        """Return the cursor after a poll that read `seen` (new ids and filled holes).

        `horizon`: the oldest transaction still running when the poll began (PostgreSQL), so holes
        whose deadline is at or below it were rolled back; None on SQLite. `deadline`: the next
        transaction id after the poll read, given to the holes found now; None keeps no holes.
        """
        ids = sorted(set(seen))
        high = max([self.high, *ids])
        holes = {
            hole: due
            for hole, due in self.holes.items()
            if hole not in ids and (horizon is None or due > horizon)
        }
        if deadline is not None:
            present = set(ids)
            previous = self.high
            for event_id in ids:
                if event_id > previous:
                    for missing in range(previous + 1, event_id):
                        if missing not in present:
                            holes[missing] = deadline
                    previous = event_id
        if len(holes) > MAX_HOLES:
            holes = dict(sorted(holes.items())[-MAX_HOLES:])
        return FeedCursor(high=high, holes=holes)


@dataclass(frozen=True)
class LiveBatch:
    """What the events read in one poll changed, so a window refreshes only that."""

    cursor: FeedCursor
    events: int = 0
    touched: dict[str, frozenset[str]] = field(default_factory=dict)  # coder name -> response ids
    codebook: bool = False
    survey: bool = False
    memos: frozenset[str] = frozenset()  # response ids whose memos changed

    @property
    def empty(self) -> bool:
        """True when nothing new was read."""
        return self.events == 0

    def responses_of(self, coder: str) -> frozenset[str]:
        """Return the answers whose decisions `coder` changed."""
        return self.touched.get(coder, frozenset())

    def responses_of_others(self, coder: str) -> frozenset[str]:
        """Return the answers whose decisions any other coder changed."""
        return frozenset().union(*(ids for name, ids in self.touched.items() if name != coder))

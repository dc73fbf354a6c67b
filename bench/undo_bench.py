"""Undo/redo of a big step: one bulk coding over 20,000 answers, undone and redone.

Run: python bench/undo_bench.py [--answers 20000] [--repeat 3]

Prints the median wall time of `Project.assign` over every answer, of `Project.undo` and of
`Project.redo` (replay in chunks: one conflict check, one delete with an IN list and one executemany
insert per chunk of rows), and as the baseline the same undo with the previous replay, which read,
checked and wrote one row at a time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, insert, select, update

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.project import Project  # noqa: E402
from app.storage.changes import ReplayConflict, _key_clause, _same, _table  # noqa: E402
from app.storage.schema import EventRow  # noqa: E402
from bench.crash_test import make_start  # noqa: E402


def row_by_row_undo(project: Project, coder: str) -> None:
    """The previous replay: one select and one statement per recorded row."""
    coder_id = project.known_coder_id(coder)
    with project._session() as s:
        event = s.scalars(
            select(EventRow)
            .where(EventRow.coder_id == coder_id, EventRow.undone.is_(False), EventRow.undoable.is_(True))
            .order_by(EventRow.id.desc())
            .limit(1)
        ).first()
        for change in reversed(json.loads(event.changes)):
            table = _table(change["t"])
            state, other = change["b"], change["a"]
            clause = _key_clause(table, state if state is not None else other)
            found = s.execute(select(table).where(clause)).first()
            if not _same(dict(found._mapping) if found is not None else None, other):
                raise ReplayConflict("changed since")
            if state is None:
                s.execute(delete(table).where(clause))
            elif found is not None:
                s.execute(update(table).where(clause).values(**state))
            else:
                s.execute(insert(table).values(**state))
        s.execute(update(EventRow).where(EventRow.id == event.id).values(undone=True))


def timed(call) -> float:
    """Seconds one call takes."""
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def main() -> int:
    """Time assign, undo, redo and the row-by-row undo; print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"assign": [], "undo": [], "redo": [], "row-by-row undo": []}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.thematic"
        make_start(path, answers=args.answers)
        with Project.open(path) as project:
            ids = [r.id for r in project.responses()]
            for _ in range(args.repeat):
                times["assign"].append(timed(lambda: project.assign(ids, "t-language", "cleo")))
                times["undo"].append(timed(lambda: project.undo("cleo")))
                times["redo"].append(timed(lambda: project.redo("cleo")))
                assert len(project.codings("cleo")) == args.answers
                project.undo("cleo")
                project.assign(ids, "t-language", "cleo")
                times["row-by-row undo"].append(timed(lambda: row_by_row_undo(project, "cleo")))
                assert project.codings("cleo") == []
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:16s} {args.answers:,} answers: median {value:.2f} s")
    print(f"undo in chunks is {medians['row-by-row undo'] / medians['undo']:.0f}x faster than row by row")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Concurrent writers: 2 and 3 processes coding one SQLite project at once (and coders beside an import).

Run: python bench/concurrent_writers.py [--codings 30] [--import-rows 20000] [--repeat 3]

Each coder process opens the project and makes --codings codings, each a read-then-write use case
(toggle) followed by a memo, as fast as it can, all processes released together. Prints, per
scenario, the failed writes, the codings missing afterwards, and the median wall time. The baseline
is the same run with every transaction started as a plain deferred BEGIN (how Thematic used to
start write use cases), where SQLite refuses a read transaction's upgrade at once.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.crash_test import make_start, write_survey  # noqa: E402


def _deferred() -> None:
    """Start every transaction deferred, as before write use cases took the lock first."""
    from contextlib import contextmanager

    import app.project.facade as facade
    from app.storage.transactions import use_case

    @contextmanager
    def deferred(engine, *, write: bool = True):
        with use_case(engine, write=False) as session:
            yield session

    facade.use_case = deferred


def coder(path: str, name: str, first: int, count: int, deferred: bool, go, results) -> None:
    """Make `count` codings and memos; report how many of those writes failed."""
    if deferred:
        _deferred()
    from app.project import Project, ProjectError

    done = 0
    try:
        with Project.open(path) as project:
            ids = [r.id for r in project.responses()][first : first + count]
            go.wait()
            for rid in ids:
                for call in (
                    lambda r=rid: project.toggle(r, "t-language", name),
                    lambda r=rid: project.set_memo(r, name, "seen"),
                ):
                    try:
                        call()
                        done += 1
                    except ProjectError:
                        pass
    except ProjectError:
        pass  # the project did not even open: every write of this coder failed
    finally:
        results.put((name, 2 * count - done))


def importer(path: str, survey: str, deferred: bool, go, results) -> None:
    """Import a survey beside the coders; report 1 failure if it was refused."""
    if deferred:
        _deferred()
    from app.core.models import ColumnRole
    from app.project import Project, ProjectError

    roles = {"respondent": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN, "age": ColumnRole.ATTRIBUTE}
    failed = 1
    try:
        with Project.open(path) as project:
            go.wait()
            project.import_survey(survey, roles=roles)
            failed = 0
    except ProjectError:
        pass
    finally:
        results.put(("import", failed))


def run(folder: Path, coders: int, count: int, survey: Path | None, deferred: bool) -> tuple[int, int, float]:
    """Run one scenario; return (failed calls, lost codings, seconds)."""
    context = multiprocessing.get_context("forkserver")
    path = folder / f"shared-{coders}-{survey is not None}-{deferred}.thematic"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    make_start(path, answers=coders * count)
    go, results = context.Event(), context.Queue()
    processes = [
        context.Process(target=coder, args=(str(path), f"c{n}", n * count, count, deferred, go, results))
        for n in range(coders)
    ]
    if survey is not None:
        processes.append(
            context.Process(target=importer, args=(str(path), str(survey), deferred, go, results))
        )
    for process in processes:
        process.start()
    time.sleep(1.5)  # every process has opened the project
    began = time.monotonic()
    go.set()
    for process in processes:
        process.join()
    seconds = time.monotonic() - began
    reports = [results.get() for _ in processes]
    failed = sum(n for _name, n in reports)
    coder_failed = sum(n for name, n in reports if name != "import")
    with sqlite3.connect(path) as con:
        stored = con.execute(
            "SELECT count(*) FROM codings k JOIN coders c ON c.id = k.coder_id WHERE k.theme_id = 't-language'"
        ).fetchone()[0]
        memos = con.execute("SELECT count(*) FROM memos").fetchone()[0]
        imported = con.execute("SELECT count(*) FROM respondents WHERE external_id GLOB 'R*'").fetchone()[0]
    lost = (coders * count - stored) + (coders * count - memos) - coder_failed
    if survey is not None and failed == coder_failed and imported != rows_in(survey):
        lost += 1  # the import said it succeeded but its rows are not all there
    return failed, lost, seconds


def rows_in(survey: Path) -> int:
    """Count the respondents of a survey CSV written by write_survey."""
    return sum(1 for _ in survey.open(encoding="utf-8")) - 1


def main() -> int:
    """Run every scenario --repeat times and print failures, losses and median times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=30)
    parser.add_argument("--import-rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    multiprocessing.get_context("forkserver").set_forkserver_preload(["app.project"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        survey = folder / "survey.csv"
        write_survey(survey, args.import_rows)
        scenarios = [(2, None), (3, None), (2, survey)]
        for coders, with_import in scenarios:
            what = f"{coders} coders" + (f" + a {args.import_rows:,}-row import" if with_import else "")
            calls = coders * args.codings * 2 + (1 if with_import else 0)
            for deferred in (True, False):
                runs = [run(folder, coders, args.codings, with_import, deferred) for _ in range(args.repeat)]
                failed = statistics.median(r[0] for r in runs)
                lost = max(r[1] for r in runs)
                seconds = statistics.median(r[2] for r in runs)
                mode = "baseline (deferred BEGIN)" if deferred else "BEGIN IMMEDIATE        "
                print(
                    f"{what:34s} {mode}: median {failed:.0f} of {calls} writes failed, "
                    f"{lost} lost, median {seconds:.2f} s"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Kill test: SIGKILL a process that codes (and one that imports) at random moments; nothing may be lost.

Run: python bench/crash_test.py [--kills 100] [--import-kills 10] [--import-rows 50000] [--seed 1]

A child process opens a project and runs a fixed, seeded sequence of use cases (code, toggle, no theme
applies, bulk code, undo, redo, rename, add and merge themes, memos, settle disagreements), sending an
acknowledgement after each call returns. The parent SIGKILLs it 5-300 ms after it is ready. Then:
`PRAGMA integrity_check` must say ok, the file must open as a project, and its state must be exactly the
state after the acknowledged operations, or after one more (the call in flight may have committed) --
never an older state (lost) nor any other (half applied). The expected states come from running the
same sequence once in this process on a copy of the same starting file. Then the child imports a
survey of --import-rows rows and is killed during the import: the import must be all or nothing.
The last line is `kills N, corrupt C, lost L`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.core.models import Codebook, ColumnRole, Theme  # noqa: E402
from app.project import Project, ProjectError  # noqa: E402

THEMES = ("awareness", "usability", "trust", "privacy", "language")
CODERS = ("ann", "ben")
OPERATIONS = 400  # more than any child gets through before its kill


def make_start(path: Path, answers: int = 120) -> None:
    """Create the starting project: five themes, `answers` answers, a few codings by both coders."""
    from app.storage.survey_store import WaveRows, insert_wave

    codebook = Codebook(
        name="crash", themes=tuple(Theme(id=f"t-{n}", name=n, position=i) for i, n in enumerate(THEMES))
    )
    with Project.create(path, title="Crash test", codebook=codebook) as project:
        with project._session() as s:
            insert_wave(
                s,
                WaveRows(
                    file_name="start.csv",
                    checksum="crash-start",
                    questions=[("Q1", "What would you change?")],
                    respondents=[(f"r{i:04d}", {}) for i in range(answers)],
                    answers=[(f"r{i:04d}", "Q1", f"answer {i}") for i in range(answers)],
                    blank_answers=0,
                ),
            )
        ids = [r.id for r in project.responses()]
        project.assign(ids[:20], "t-trust", "ann")
        project.assign(ids[10:30], "t-usability", "ben")


def run_operation(project: Project, rng: random.Random, step: int, ids: list[str]) -> None:
    """Run the step-th use case of the seeded sequence (refusals are part of the sequence)."""
    coder = rng.choice(CODERS)
    themes = sorted(project.themes(), key=lambda t: t.name)
    theme = rng.choice(themes)
    rid = rng.choice(ids)
    kind = rng.choice(
        ["toggle"] * 6 + ["none", "bulk", "undo", "undo", "redo", "rename", "add", "merge", "memo", "settle"]
    )
    try:
        if kind == "toggle":
            project.toggle(rid, theme.id, coder)
        elif kind == "none":
            project.mark_none(rid, coder)
        elif kind == "bulk":
            project.assign(rng.sample(ids, 15), theme.id, coder)
        elif kind == "undo":
            project.undo(coder)
        elif kind == "redo":
            project.redo(coder)
        elif kind == "rename":
            project.rename_theme(theme.id, f"{theme.name.split(' #')[0]} #{step}", coder=coder)
        elif kind == "add":
            project.add_theme(f"extra {step}", coder=coder)
        elif kind == "merge":
            extras = [t for t in themes if t.name.startswith("extra")]
            others = [t for t in themes if not t.name.startswith("extra")]
            if extras and others:
                project.merge_themes(rng.choice(extras).id, rng.choice(others).id, coder=coder)
        elif kind == "memo":
            project.set_memo(rid, coder, f"memo {step} by {coder}")
        elif kind == "settle":
            chosen = rng.sample([t.id for t in themes], rng.randint(0, 2))
            project.settle(rid, chosen, decided_by=coder, coders=list(CODERS))
    except ProjectError:
        pass


def fingerprint(path: Path) -> str:
    """Summarise everything a user could see, by names rather than generated ids, as one hash."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        queries = [
            "SELECT r.external_id, t.name, c.name, k.origin FROM codings k JOIN responses p ON p.id = k.response_id"
            " JOIN respondents r ON r.id = p.respondent_id JOIN themes t ON t.id = k.theme_id"
            " JOIN coders c ON c.id = k.coder_id",
            "SELECT r.external_id, c.name FROM none_applies n JOIN responses p ON p.id = n.response_id"
            " JOIN respondents r ON r.id = p.respondent_id JOIN coders c ON c.id = n.coder_id",
            "SELECT t.name, coalesce(p.name, '') FROM themes t LEFT JOIN themes p ON p.id = t.parent_id",
            "SELECT coalesce(r.external_id, ''), c.name, m.text FROM memos m JOIN coders c ON c.id = m.coder_id"
            " LEFT JOIN responses p ON p.id = m.response_id LEFT JOIN respondents r ON r.id = p.respondent_id",
            "SELECT name FROM coders",
        ]
        parts = [sorted(map(repr, con.execute(q).fetchall())) for q in queries]
        parts.append(
            [
                repr(row)
                for row in con.execute(
                    "SELECT action, label, undone, undoable FROM events ORDER BY id"
                ).fetchall()
            ]
        )
    return hashlib.sha1(repr(parts).encode()).hexdigest()


class Reference:
    """The states after 0, 1, 2, ... operations, computed on a copy of the starting file."""

    def __init__(self, start: Path, folder: Path, seed: int) -> None:
        self.path = folder / "reference.thematic"
        shutil.copy(start, self.path)
        self.project = Project.open(self.path)
        self.ids = [r.id for r in self.project.responses()]
        self.rng = random.Random(seed)
        self.states = [fingerprint(self.path)]

    def state(self, n: int) -> str:
        """Return the fingerprint after n operations."""
        while len(self.states) <= n:
            run_operation(self.project, self.rng, len(self.states), self.ids)
            self.states.append(fingerprint(self.path))
        return self.states[n]

    def close(self) -> None:
        """Release the reference project."""
        self.project.close()


def coding_child(path: str, seed: int, conn) -> None:
    """The killed process: run the seeded sequence, acknowledging each returned call."""
    project = Project.open(path)
    ids = [r.id for r in project.responses()]
    rng = random.Random(seed)
    conn.send(("ready", 0))
    for step in range(1, OPERATIONS + 1):
        run_operation(project, rng, step, ids)
        conn.send(("ack", step))
    conn.send(("done", OPERATIONS))
    time.sleep(60)


def import_child(path: str, survey: str, conn) -> None:
    """The process killed during an import."""
    project = Project.open(path)
    roles = {"respondent": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN, "age": ColumnRole.ATTRIBUTE}
    conn.send(("ready", 0))
    project.import_survey(survey, roles=roles)
    conn.send(("ack", 1))
    time.sleep(60)


def _drain(conn) -> tuple[float | None, int]:
    """Read every message the child sent: when it was ready, and the last acknowledged step."""
    ready, acked = None, 0
    while conn.poll():
        try:
            kind, step = conn.recv()
        except EOFError:
            break
        if kind == "ready":
            ready = time.monotonic()
        elif kind == "ack":
            acked = step
    return ready, acked


def _kill_after(context, target, args, delay: float) -> int:
    """Start a child, SIGKILL it `delay` seconds after it is ready; return its last acknowledgement."""
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(*args, child))
    process.start()
    child.close()
    if not parent.poll(30):
        process.kill()
        raise RuntimeError("the child never became ready")
    parent.recv()
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.join()
    return _drain(parent)[1]


def check_file(path: Path) -> str | None:
    """Return what is wrong with a project file after a kill, or None."""
    try:
        with sqlite3.connect(path) as con:
            result = con.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return f"integrity_check: {result}"
        Project.open(path).close()
    except (sqlite3.Error, ProjectError) as exc:
        return f"does not open: {exc}"
    return None


def write_survey(path: Path, rows: int) -> None:
    """Write a survey CSV of `rows` respondents."""
    words = ("portal", "сайт", "жарнама", "удобный", "transparency", "не знаю", "қызмет", "feedback")
    rng = random.Random(7)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["respondent", "answer", "age"])
        for i in range(rows):
            writer.writerow(
                [f"R{i:06d}", " ".join(rng.choices(words, k=6)), rng.choice(["18-24", "25-34", "35+"])]
            )


def run_kills(folder: Path, kills: int, import_kills: int, import_rows: int, seed: int, log=print) -> dict:
    """Run the kill test in `folder`; return the counts (kills, corrupt, lost, half, acknowledged)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["app.project", "bench.crash_test"])
    start = folder / "start.thematic"
    make_start(start)
    reference = Reference(start, folder, seed)
    rng = random.Random(seed + 1)
    counts = {"kills": 0, "corrupt": 0, "lost": 0, "half": 0, "acknowledged": 0, "imports_whole": 0}
    try:
        for n in range(kills):
            path = folder / f"kill{n}.thematic"
            shutil.copy(start, path)
            acked = _kill_after(context, coding_child, (str(path), seed), rng.uniform(0.005, 0.300))
            counts["kills"] += 1
            counts["acknowledged"] += acked
            problem = check_file(path)
            state = None if problem else fingerprint(path)
            if problem:
                counts["corrupt"] += 1
                log(f"kill {n}: {problem}")
            elif state not in (reference.state(acked), reference.state(acked + 1)):
                older = state in reference.states[:acked]
                counts["lost" if older else "half"] += 1
                what = "older (lost work)" if older else "none of the expected ones (half applied)"
                log(f"kill {n}: after {acked} acknowledged operations the state is {what}")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if import_kills:
            survey = folder / "survey.csv"
            write_survey(survey, import_rows)
            began = time.monotonic()
            whole = folder / "whole.thematic"
            shutil.copy(start, whole)
            with Project.open(whole) as project:
                project.import_survey(
                    survey,
                    roles={
                        "respondent": ColumnRole.RESPONDENT_ID,
                        "answer": ColumnRole.OPEN,
                        "age": ColumnRole.ATTRIBUTE,
                    },
                )
            duration = time.monotonic() - began
            log(f"a whole import of {import_rows:,} rows takes {duration:.2f} s; killing inside that window")
        for n in range(import_kills):
            path = folder / f"import{n}.thematic"
            shutil.copy(start, path)
            acked = _kill_after(
                context, import_child, (str(path), str(survey)), rng.uniform(0.05, 0.95) * duration
            )
            counts["kills"] += 1
            problem = check_file(path)
            if problem is None:
                with sqlite3.connect(path) as con:
                    imported = con.execute(
                        "SELECT count(*) FROM respondents WHERE external_id GLOB 'R*'"
                    ).fetchone()[0]
                    answers = con.execute(
                        "SELECT count(*) FROM responses p JOIN respondents r ON r.id = p.respondent_id"
                        " WHERE r.external_id GLOB 'R*'"
                    ).fetchone()[0]
                if (imported, answers) == (import_rows, import_rows):
                    counts["imports_whole"] += 1
                elif (imported, answers) != (0, 0) or acked:
                    problem = (
                        f"half an import: {imported} respondents, {answers} answers (acknowledged {acked})"
                    )
                if fingerprint_without_import(path) != reference.state(0):
                    problem = problem or "the import changed the work that was there"
            if problem:
                counts["corrupt"] += 1
                log(f"import kill {n}: {problem}")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    finally:
        reference.close()
    return counts


def fingerprint_without_import(path: Path) -> str:
    """The fingerprint of a file once an imported survey is taken out again (in a scratch copy)."""
    scratch = path.with_name(path.name + ".scratch")
    with sqlite3.connect(path) as source, sqlite3.connect(scratch) as target:
        source.backup(target)
    with sqlite3.connect(scratch) as con:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(
            "DELETE FROM responses WHERE respondent_id IN (SELECT id FROM respondents WHERE external_id GLOB 'R*')"
        )
        con.execute("DELETE FROM respondents WHERE external_id GLOB 'R*'")
        con.execute("DELETE FROM events WHERE action LIKE 'import%'")
    try:
        return fingerprint(scratch)
    finally:
        scratch.unlink(missing_ok=True)


def main() -> int:
    """Run the kill test and print the counts; exit code 1 when anything was lost or corrupt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--import-kills", type=int, default=10)
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        counts = run_kills(Path(folder), args.kills, args.import_kills, args.import_rows, args.seed)
    print(
        f"{counts['acknowledged']} acknowledged operations in {args.kills} coding kills; "
        f"{counts['imports_whole']} of {args.import_kills} killed imports had finished, the rest left nothing; "
        f"{counts['half']} half applied; {time.monotonic() - began:.0f} s"
    )
    print(f"kills {counts['kills']}, corrupt {counts['corrupt'] + counts['half']}, lost {counts['lost']}")
    return 1 if counts["corrupt"] or counts["lost"] or counts["half"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

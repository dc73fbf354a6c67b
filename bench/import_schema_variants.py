"""What storing 100,000 prepared answers costs in other table designs, against the sqlite3 shell's .import.

Run: python bench/import_schema_variants.py [--answers 100000] [--repeat 5]
The import target (3x the shell's .import of the same CSV) is weighed here against its floor: the rows
are prepared in advance and only inserted and committed, with the project's pragmas (WAL,
synchronous=FULL, foreign keys, 32 MiB cache) and a final checkpoint. Variants: the current design
(20-character text keys, secondary indexes built after the load), integer row keys, the same without
foreign-key checks, WITHOUT ROWID tables, and one plain table of the CSV's columns (the shell's work
done from Python). Prints medians and ratios to the shell, so the gap that no import code can close
is visible; the last line adds the least reading (decode and split with the C csv module) to the
fastest storing: no import that reads with Python's csv module and checks nothing can go below it.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import run_sqlite_shell_once, write_survey  # noqa: E402

from app.core.models import new_ids  # noqa: E402

VARIANTS = {
    "current design (text keys, indexes after)": dict(key="VARCHAR(36)", fk=True, rowid=True),
    "integer row keys": dict(key="INTEGER", fk=True, rowid=True),
    "integer row keys, no foreign keys": dict(key="INTEGER", fk=False, rowid=True),
    "text keys, WITHOUT ROWID": dict(key="VARCHAR(36)", fk=True, rowid=False),
}


def _tables(key: str, rowid: bool) -> str:
    """The two tables an import fills, in one design (indexes are created after the load)."""
    tail = "" if rowid else " WITHOUT ROWID"
    return f"""
    CREATE TABLE sources (id VARCHAR(36) PRIMARY KEY, file_name TEXT);
    CREATE TABLE questions (id VARCHAR(36) PRIMARY KEY, key TEXT UNIQUE, text TEXT, position INT);
    CREATE TABLE respondents (id {key} NOT NULL PRIMARY KEY, external_id TEXT NOT NULL, seq INTEGER NOT NULL,
      attributes TEXT NOT NULL, source_id VARCHAR(36) REFERENCES sources (id)){tail};
    CREATE TABLE responses (id {key} NOT NULL PRIMARY KEY,
      respondent_id {key} NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
      question_id VARCHAR(36) NOT NULL REFERENCES questions (id) ON DELETE CASCADE, text TEXT NOT NULL,
      seq INTEGER NOT NULL, source_id VARCHAR(36) REFERENCES sources (id), part INTEGER NOT NULL){tail};
    """


INDEXES = (
    "CREATE UNIQUE INDEX uq_external ON respondents (external_id)",
    "CREATE UNIQUE INDEX uq_answer ON responses (respondent_id, question_id, part)",
    "CREATE INDEX ix_question_seq ON responses (question_id, seq)",
)


def _connect(path: Path, fk: bool) -> sqlite3.Connection:
    """Open a new database file with the project's pragmas."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in (f"foreign_keys={int(fk)}", "journal_mode=WAL", "synchronous=FULL", "cache_size=-32768"):
        con.execute("PRAGMA " + pragma)
    return con


def store_once(rows: list[list[str]], path: Path, key: str, fk: bool, rowid: bool) -> float:
    """Insert prepared respondents and answers in one transaction, build indexes, commit, checkpoint."""
    con = _connect(path, fk)
    con.executescript(_tables(key, rowid))
    count = len(rows)
    ids = list(range(1, count + 1)) if key == "INTEGER" else new_ids(count)
    answer_ids = ids if key == "INTEGER" else new_ids(count)
    people = [
        (i, r[0], n, f'{{"Age group":"{r[1]}","Status":"{r[2]}","Sector":"{r[3]}"}}', "s")
        for n, (i, r) in enumerate(zip(ids, rows), 1)
    ]
    answers = [(a, i, "q", r[4], n, "s", 1) for n, (a, i, r) in enumerate(zip(answer_ids, ids, rows), 1)]
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO sources VALUES ('s', 'survey.csv')")
    con.execute("INSERT INTO questions VALUES ('q', 'Q', 'q', 1)")
    con.executemany("INSERT INTO respondents VALUES (?, ?, ?, ?, ?)", people)
    con.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)", answers)
    for sql in INDEXES:
        con.execute(sql)
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def plain_table_once(rows: list[list[str]], path: Path) -> float:
    """The shell's work from Python: the CSV's rows into one table of text columns, nothing else."""
    con = _connect(path, False)
    con.execute("CREATE TABLE answers (c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT)")
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", rows)
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def read_once(csv_path: Path) -> float:
    """The least reading an import can do: decode the file and split it with the C csv module."""
    start = time.perf_counter()
    text = csv_path.read_bytes().decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    elapsed = time.perf_counter() - start
    del rows, text
    return elapsed


def main() -> None:
    """Generate the survey, time every variant and the shell interleaved, print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        sys.exit("the sqlite3 command-line shell is needed for the floor (apt-get install sqlite3)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "survey.csv"
        write_survey(csv_path, args.answers)
        with csv_path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        times: dict[str, list[float]] = {
            name: [] for name in (*VARIANTS, "plain table from Python", "reading alone (C csv)", "shell")
        }
        for _ in range(args.repeat):  # interleaved, so a change in the machine's load hits all alike
            for name, variant in VARIANTS.items():
                times[name].append(store_once(rows, folder / "v.db", **variant))
            times["plain table from Python"].append(plain_table_once(rows, folder / "p.db"))
            times["reading alone (C csv)"].append(read_once(csv_path))
            times["shell"].append(run_sqlite_shell_once(csv_path, folder)[0])
    floor = statistics.median(times["shell"])
    lower = statistics.median(times["reading alone (C csv)"]) + min(
        statistics.median(times[name]) for name in VARIANTS
    )
    print(f"{args.answers:,} answers, {args.repeat} runs each, medians; ratio to the sqlite3 shell's .import")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:45} {median:7.3f} s  {median / floor:5.1f} x")
    print(f"{'least import (reading + fastest storing)':45} {lower:7.3f} s  {lower / floor:5.1f} x")


if __name__ == "__main__":
    main()

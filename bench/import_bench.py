"""Import benchmark: a generated survey of N answers into a new project, against the sqlite3 shell's .import.

Run: python bench/import_bench.py [--answers 100000] [--repeat 3] [--baseline CHECKOUT]
Prints the median wall time of `Project.import_survey` (file reading, decoding, role proposal, checks,
and the transaction that stores respondents, attributes and answers), the peak memory of that process,
and, as the floor, the `sqlite3` command-line shell importing the same CSV into one plain table. The
CPU seconds of both are printed too: on a shared, loaded machine wall times mostly measure waiting for
a core, and the CPU ratio says more about the code. `--baseline` times another checkout's import too
(its own `.venv`), interleaved run by run with this one, so before and after share the same minutes.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "portal",
    "egov",
    "сайт",
    "жарнама",
    "ақпарат",
    "удобный",
    "response",
    "transparency",
    "прозрачность",
    "мобильное",
    "приложение",
    "не знаю",
    "нет",
    "қызмет",
    "akimat",
    "feedback",
)


def write_survey(path: Path, answers: int, seed: int = 1) -> None:
    """Write a survey CSV with one open question, three attributes and `answers` respondents."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Respondent ID", "Age group", "Status", "Sector", "What recommendations can you provide?"]
        )
        for i in range(answers):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 25)))
            writer.writerow(
                [
                    f"R{i:07d}",
                    rng.choice(["18-24", "25-34", "35-44", "45+"]),
                    rng.choice(["student", "employed", "part-time"]),
                    rng.choice(["private", "public"]),
                    text,
                ]
            )


def run_import_once(csv_path: Path, folder: Path, checkout: Path | None = None) -> tuple[float, float, float]:
    """Import in a child process; return (seconds, peak MiB of that process, CPU seconds of the import).

    `checkout` runs another copy of the code (its own virtual environment) instead of this one.
    """
    code = f"""
import resource, sys, time
from app.project import Project
from app.core.models import ColumnRole
p = Project.create({str(folder / "bench.thematic")!r}, title='bench')
t = time.perf_counter()
c = time.process_time()
p.import_survey({str(csv_path)!r}, roles={{'Respondent ID': ColumnRole.RESPONDENT_ID,
    'What recommendations can you provide?': ColumnRole.OPEN, 'Age group': ColumnRole.ATTRIBUTE,
    'Status': ColumnRole.ATTRIBUTE, 'Sector': ColumnRole.ATTRIBUTE}})
elapsed = time.perf_counter() - t
cpu = time.process_time() - c
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, cpu)
"""
    python = sys.executable if checkout is None else str(checkout / ".venv" / "bin" / "python")
    out = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True, cwd=checkout or Path.cwd()
    )
    seconds, peak, cpu = out.stdout.split()
    for f in folder.glob("bench.thematic*"):
        f.unlink()
    return float(seconds), float(peak), float(cpu)


def run_sqlite_shell_once(csv_path: Path, folder: Path) -> tuple[float, float]:
    """Time the sqlite3 shell importing the same CSV into a plain table (the floor): (wall, CPU seconds)."""
    db = folder / "floor.db"
    db.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["sqlite3", str(db), ".mode csv", f".import {csv_path} answers"], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def run_schema_floor_once(csv_path: Path, folder: Path) -> tuple[float, float]:
    """Time only the database part: rows prepared in advance, inserted into the project's own schema.

    The same tables, indexes, foreign keys, WAL, synchronous=FULL and checkpoint as an import, with no
    reading, checking or Python per row while timed: what storing these rows costs at the least.
    """
    code = f"""
import csv, json, sqlite3, time
from app.core.models import new_ids
from app.project import Project
path = {str(folder / "schema.thematic")!r}
Project.create(path, title='floor').close()
rows = list(csv.reader(open({str(csv_path)!r}, encoding='utf-8', newline='')))[1:]
rids, aids = new_ids(len(rows)), new_ids(len(rows))
heads = ('Age group', 'Status', 'Sector')
people = [(rid, r[0], i, json.dumps(dict(zip(heads, r[1:4])), ensure_ascii=False), 's')
          for i, (rid, r) in enumerate(zip(rids, rows), 1)]
answers = [(aid, rid, 'q', r[4], i, 's', 1) for i, (aid, rid, r) in enumerate(zip(aids, rids, rows), 1)]
con = sqlite3.connect(path, isolation_level=None)
for pragma in ('foreign_keys=ON', 'journal_mode=WAL', 'synchronous=FULL', 'cache_size=-32768'):
    con.execute('PRAGMA ' + pragma)
t, c = time.perf_counter(), time.process_time()
con.execute('BEGIN IMMEDIATE')
con.execute("INSERT INTO sources VALUES ('s', 'f', 'x', 'now', 0, 0, 0)")
con.execute("INSERT INTO questions (id, key, text, position) VALUES ('q', 'Q', 'q', 1)")
con.executemany('INSERT INTO respondents (id, external_id, seq, attributes, source_id) VALUES (?,?,?,?,?)', people)
con.executemany('INSERT INTO responses (id, respondent_id, question_id, text, seq, source_id, part) '
                'VALUES (?,?,?,?,?,?,?)', answers)
con.execute('COMMIT')
con.execute('PRAGMA wal_checkpoint(TRUNCATE)')
print(time.perf_counter() - t, time.process_time() - c)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, cpu = out.stdout.split()
    for f in folder.glob("schema.thematic*"):
        f.unlink()
    return float(wall), float(cpu)


def main() -> None:
    """Generate the survey, time the import and both floors, print medians and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout (with .venv) to time the same way")
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        sys.exit("the sqlite3 command-line shell is needed for the floor (apt-get install sqlite3)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "survey.csv"
        write_survey(csv_path, args.answers)
        size = csv_path.stat().st_size / 1e6
        ours, base, floor, schema = [], [], [], []
        for _ in range(args.repeat):  # interleaved: a change in the machine's load hits every row alike
            ours.append(run_import_once(csv_path, folder))
            if args.baseline is not None:
                base.append(run_import_once(csv_path, folder, args.baseline.resolve()))
            floor.append(run_sqlite_shell_once(csv_path, folder))
            schema.append(run_schema_floor_once(csv_path, folder))
    t_ours = statistics.median(s for s, _, _ in ours)
    cpu_ours = statistics.median(c for _, _, c in ours)
    peak = max(p for _, p, _ in ours)
    t_floor = statistics.median(w for w, _ in floor)
    cpu_floor = statistics.median(c for _, c in floor)
    print(f"survey: {args.answers:,} answers, {size:.1f} MB CSV, {args.repeat} runs each (medians)")
    print(f"thematic import_survey : {t_ours:7.3f} s   CPU {cpu_ours:6.3f} s   peak RSS {peak:6.0f} MiB")
    print(
        f"sqlite3 shell .import  : {t_floor:7.3f} s   CPU {cpu_floor:6.3f} s   (floor: one plain table, no checks)"
    )
    t_schema = statistics.median(w for w, _ in schema)
    cpu_schema = statistics.median(c for _, c in schema)
    print(
        f"same rows, own schema  : {t_schema:7.3f} s   CPU {cpu_schema:6.3f} s   "
        f"({t_schema / t_floor:.1f} x the floor: storing alone, rows prepared in advance)"
    )
    print(f"ratio                  : {t_ours / t_floor:7.1f} x the floor (CPU {cpu_ours / cpu_floor:.1f} x)")
    if base:
        t_base = statistics.median(s for s, _, _ in base)
        cpu_base = statistics.median(c for _, _, c in base)
        print(
            f"baseline import_survey : {t_base:7.3f} s   CPU {cpu_base:6.3f} s   peak RSS "
            f"{max(p for _, p, _ in base):6.0f} MiB   ({t_base / t_floor:.1f} x the floor, CPU "
            f"{cpu_base / cpu_floor:.1f} x; {args.baseline})"
        )


if __name__ == "__main__":
    main()

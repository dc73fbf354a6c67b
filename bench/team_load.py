"""Team load: coders coding at once on one PostgreSQL project, with codebook edits, reads and SIGKILLs.

Runs against a throw-away database on 127.0.0.1 that it creates and drops. Prints lost and
duplicated codings, unhandled deadlocks, per-coding latency percentiles and the kill check.
    python bench/team_load.py [--coders 8] [--codings 1000] [--kills 50]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import signal
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy.exc import OperationalError

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.project import Project, ProjectError  # noqa: E402

SERVER = "postgresql://postgres@127.0.0.1:5432"
THEMES = ["price", "quality", "service", "delivery", "other"]


def _admin(sql: str) -> None:
    """Run one statement on the server's maintenance database (autocommit)."""
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=5) as con:
        con.execute(sql)


def _coder(url: str, name: str, codings: int, seed: int, barrier, results) -> None:
    """Code `codings` answers one call each, timing every call; count deadlocks that reach us."""
    project = Project.open(url)
    themes = {t.name: t.id for t in project.themes()}
    responses = [r.id for r in project.responses()][:codings]
    rng = random.Random(seed)
    barrier.wait(timeout=120)
    latencies, deadlocks, expected = [], 0, {}
    for rid in responses:
        theme = rng.choice(THEMES)
        start = time.perf_counter()
        try:
            project.assign(rid, themes[theme], name)
        except OperationalError as exc:
            deadlocks += "deadlock" in str(exc).lower()
            continue
        latencies.append(time.perf_counter() - start)
        expected[rid] = themes[theme]
    results.put((name, latencies, deadlocks, expected))


def _owner(url: str, stop, results) -> None:
    """Edit the codebook while the coders work: add, rename and delete a scratch theme."""
    project, edits, n = Project.open(url), 0, 0
    while not stop.is_set():
        n += 1
        theme = project.add_theme(f"scratch {n}", coder="owner")
        project.rename_theme(theme.id, f"scratch {n} renamed", coder="owner")
        project.delete_theme(theme.id, coder="owner")
        edits += 3
        time.sleep(0.2)
    results.put(("owner", edits))


def _reader(url: str, stop, results) -> None:
    """Read statistics and agreement while the coders work."""
    project, reads = Project.open(url), 0
    while not stop.is_set():
        project.stats()
        with contextlib.suppress(ProjectError):  # fewer than two coders with codings at the start
            project.agreement()
        reads += 2
        time.sleep(0.2)
    results.put(("reader", reads))


def _victim(url: str, name: str, ids: list[str], theme_id: str, ready) -> None:
    """Code a batch in one transaction; the parent kills this process somewhere along the way."""
    project = Project.open(url)
    project.engine.connect().close()
    ready.send(1)
    project.assign(ids, theme_id, name)
    ready.send(2)
    time.sleep(60)


def _percentile(values: list[float], p: float) -> float:
    """Return the p-th percentile in milliseconds."""
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _load(url: str, coders: int, codings: int) -> None:
    """Run the coders, the owner and the reader together and check every coding afterwards."""
    ctx = multiprocessing.get_context("fork")
    barrier, stop, results = ctx.Barrier(coders), ctx.Event(), ctx.Queue()
    names = [f"coder{i}" for i in range(coders)]
    procs = [
        ctx.Process(target=_coder, args=(url, n, codings, i, barrier, results)) for i, n in enumerate(names)
    ]
    helpers = [ctx.Process(target=f, args=(url, stop, results)) for f in (_owner, _reader)]
    started = time.perf_counter()
    for p in procs + helpers:
        p.start()
    got = {}
    while len(got) < coders:
        item = results.get(timeout=1800)
        got[item[0]] = item
    stop.set()
    others = dict(results.get(timeout=120) for _ in helpers)
    for p in procs + helpers:
        p.join(timeout=60)
    wall = time.perf_counter() - started
    project = Project.open(url)
    latencies = [x for _, lat, _, _ in got.values() for x in lat]
    lost = duplicated = deadlocks = 0
    for name, _, dl, expected in got.values():
        deadlocks += dl
        stored = project.coder_codings(name)
        lost += sum(1 for rid, tid in expected.items() if tid not in stored.get(rid, frozenset()))
        duplicated += sum(max(0, len(stored.get(rid, ())) - 1) for rid in expected)
    print(
        f"load: {coders} coders x {codings} codings in {wall:.1f} s, owner edits {others['owner']}, reads {others['reader']}"
    )
    print(f"lost {lost}, duplicated {duplicated}, unhandled deadlocks {deadlocks}")
    print(
        f"latency per coding: p50 {_percentile(latencies, 50):.0f} ms, p95 {_percentile(latencies, 95):.0f} ms, "
        f"p99 {_percentile(latencies, 99):.0f} ms (median {1000 * statistics.median(latencies):.0f} ms)"
    )


def _kills(url: str, kills: int, batch: int) -> None:
    """SIGKILL a coder inside a batch transaction `kills` times; each batch is stored whole or not at all."""
    project = Project.open(url)
    ids = [r.id for r in project.responses()][:batch]
    theme_id = project.theme("price").id
    ctx = multiprocessing.get_context("fork")
    rng, half, committed, mid = random.Random(7), 0, 0, 0
    for k in range(kills):
        name = f"victim{k}"
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_victim, args=(url, name, ids, theme_id, child))
        p.start()
        parent.recv()
        time.sleep(rng.uniform(0, 0.15))
        os.kill(p.pid, signal.SIGKILL)
        p.join()
        stored = len(project.coder_codings(name))
        committed += stored == batch
        mid += stored == 0
        half += stored not in (0, batch)
    print(f"kills: {kills} (batch of {batch}): {mid} before commit, {committed} after, {half} half written")


def main() -> None:
    """Create the database, run the load and the kill check, drop the database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coders", type=int, default=8)
    parser.add_argument("--codings", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    name = f"thematic_team_load_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE DATABASE "{name}"')
    url = f"{SERVER}/{name}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            survey = Path(tmp) / "survey.csv"
            rows = max(args.codings, args.batch)
            survey.write_text(
                "id,age,answer\n" + "".join(f"R{i},{18 + i % 50},answer {i}\n" for i in range(rows)),
                encoding="utf-8",
            )
            project = Project.create(url, title="Team load")
            project.import_survey(survey)
            for theme in THEMES:
                project.add_theme(theme, coder="owner")
            project.engine.dispose()
        _load(url, args.coders, args.codings)
        _kills(url, args.kills, args.batch)
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()

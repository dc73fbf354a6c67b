"""Team load: coders coding at once on one PostgreSQL project, with codebook edits, reads and SIGKILLs.

Runs against a throw-away database on 127.0.0.1 that it creates and drops. Prints lost and
duplicated codings, unhandled deadlocks, per-coding latency percentiles, the theme edits two owners
made with version checks (accepted, refused as stale, lost) and the kill check.
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
from app.project.outcomes import StaleTheme  # noqa: E402

SERVER = "postgresql://postgres@127.0.0.1:5432"
THEMES = ["price", "quality", "service", "delivery", "other"]
OWNERS = ["owner", "owner2"]


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


def _owner(url: str, name: str, seed: int, stop, results) -> None:
    """Edit the codebook while the coders work, always passing the version last seen.

    Each round adds, renames and deletes a scratch theme, and rewrites the definition of a theme the
    coders are using (the other owner does the same at the same time). A refused stale edit re-reads
    the theme and tries again; the versions each accepted edit was based on are reported, so the
    parent can prove no accepted edit overwrote another one unseen.
    """
    project, edits, stale, n = Project.open(url), 0, 0, 0
    rng = random.Random(seed)
    based_on: dict[str, list[int]] = {t: [] for t in THEMES}
    while not stop.is_set():
        n += 1
        theme = project.add_theme(f"{name} scratch {n}", coder=name)
        project.rename_theme(theme.id, f"{name} scratch {n} renamed", coder=name, version=theme.version)
        project.delete_theme(theme.id, coder=name, version=theme.version + 1)
        edits += 3
        target = rng.choice(THEMES)
        seen = project.theme(target)
        while True:
            try:
                project.update_theme(seen.id, coder=name, version=seen.version, definition=f"{name} {n}")
            except StaleTheme:
                stale += 1
                seen = project.theme(target)  # refresh, as the window does, and try again
                continue
            based_on[target].append(seen.version)
            edits += 1
            break
        time.sleep(0.1)
    results.put((name, edits, stale, based_on))


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
    helpers = [ctx.Process(target=_owner, args=(url, o, i, stop, results)) for i, o in enumerate(OWNERS)]
    helpers.append(ctx.Process(target=_reader, args=(url, stop, results)))
    started = time.perf_counter()
    for p in procs + helpers:
        p.start()
    got = {}
    while len(got) < coders:
        item = results.get(timeout=1800)
        got[item[0]] = item
    stop.set()
    others = {item[0]: item for item in (results.get(timeout=120) for _ in helpers)}
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
    edits = sum(others[o][1] for o in OWNERS)
    stale = sum(others[o][2] for o in OWNERS)
    lost_edits = 0
    for theme in THEMES:
        accepted = [v for o in OWNERS for v in others[o][3][theme]]
        final = project.theme(theme).version
        # every accepted edit was based on a different version, and each made exactly one new version
        lost_edits += (len(accepted) - len(set(accepted))) + abs(final - 1 - len(accepted))
    print(
        f"load: {coders} coders x {codings} codings in {wall:.1f} s, owner edits {edits} "
        f"({len(OWNERS)} owners, version-checked), reads {others['reader'][1]}"
    )
    print(f"theme edits refused as stale and retried {stale}, lost theme edits {lost_edits}")
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

"""Benchmark: suggestion latency with 500 themes and 10,000 coded examples, and bulk suggestions for 100,000.

The synthetic survey's 8 themes are padded with generated ones (each with a keyword) up to --themes,
and half of the coded answers also carry one of the generated themes, so votes and priors spread over
the whole codebook as in a large real one.

Bulk suggestions (batched searches, one thread) are compared in the same run with suggest() one by
one on the first --baseline answers (also checking that both give the same), and with a naive per-pair
Python loop over the examples, timed on a subsample and extrapolated. Also times embedding 1,000
answers when the semantic extra is installed, and grouping the answers into near-duplicate groups.
CPU is thread time; peak memory is the process's maximum resident size.

    .venv/bin/python bench/suggest_speed.py [--themes 500] [--examples 10000] [--answers 100000] [--naive 200]
        [--repeats 3] [--baseline 10000]
"""

from __future__ import annotations

import argparse
import heapq
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz  # noqa: E402
from synthetic_survey import synthetic_survey  # noqa: E402

from app.core.models import Theme  # noqa: E402
from app.core.near_duplicates import near_duplicate_groups  # noqa: E402
from app.core.suggest import SuggestionEngine, example_key  # noqa: E402
from app.core.text_match import tokenise  # noqa: E402


def peak_mib() -> float:
    """Return the process's peak resident memory in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def naive_neighbours(engine: SuggestionEngine, texts: list[str]) -> float:
    """Time a per-pair Python loop that scores every example for each text; return seconds per text."""
    keys = [e.key for e in engine._examples.values()]  # the same comparison strings the engine uses
    started = time.perf_counter()
    for text in texts:
        key = example_key(tokenise(text))
        heapq.nlargest(
            engine.neighbours, ((fuzz.token_set_ratio(key, other), i) for i, other in enumerate(keys))
        )
        engine.matcher.match(text)
    return (time.perf_counter() - started) / len(texts)


def percentile(values: list[float], share: int) -> float:
    """Return the value below which `share` % of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, int(share / 100 * len(ordered)) - 1)]


def embedding_cost(texts: list[str]) -> None:
    """Print the time to embed 1,000 answers with the semantic extra's model, when it is installed."""
    from app.core.embeddings import load_embedder

    embedder = load_embedder()
    if embedder is None:
        print("embedding: not measured (the semantic extra is not installed)")
        return
    embedder.embed(texts[:10])  # the model is loaded and warm
    t0, c0 = time.perf_counter(), time.process_time()
    embedder.embed(texts)
    print(
        f"embedding {len(texts)} answers ({embedder.name}): {time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU"
    )


def padded(themes: list[Theme], coded: list, total: int, seed: int = 5) -> tuple[list[Theme], list]:
    """Add generated themes up to `total`; give half of the coded answers one of them too."""
    rng = random.Random(seed)
    extra = [
        Theme(id=f"g{i}", name=f"topic {i}", keywords={"en": (f"topic{i}",)})
        for i in range(total - len(themes))
    ]
    if not extra:
        return themes, coded
    recoded = [
        (rid, qid, text, truth | {rng.choice(extra).id}) if rng.random() < 0.5 else (rid, qid, text, truth)
        for rid, qid, text, truth in coded
    ]
    return themes + extra, recoded


def main() -> None:
    """Build the engine, time single and bulk suggestions, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--themes", type=int, default=500)
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--naive", type=int, default=200, help="answers timed with the naive loop")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3, help="passes of the single-suggestion timing")
    parser.add_argument(
        "--baseline", type=int, default=10_000, help="answers also ranked one by one (0: none)"
    )
    args = parser.parse_args()

    themes, coded = padded(*synthetic_survey(args.examples, seed=1), args.themes)
    started = time.perf_counter()
    engine = SuggestionEngine(themes)
    engine.load_examples((rid, text, tuple(truth), qid) for rid, qid, text, truth in coded)
    build = time.perf_counter() - started
    print(f"engine: {len(themes)} themes, {len(engine)} examples loaded (and calibrated) in {build:.2f} s")

    _, fresh = synthetic_survey(max(args.queries, args.answers), seed=2)
    runs = []
    for _ in range(args.repeats):  # medians of repeated passes: the machine is shared
        latencies, cpu = [], []
        for _rid, qid, text, _ in fresh[: args.queries]:
            t0, c0 = time.perf_counter(), time.thread_time()
            engine.suggest(text, top_k=3, question_id=qid)
            latencies.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
        runs.append(
            (percentile(latencies, 50), percentile(latencies, 95), percentile(cpu, 50), percentile(cpu, 95))
        )
    wall50, wall95, cpu50, cpu95 = (statistics.median(r[i] for r in runs) for i in range(4))
    print(
        f"suggest(): {args.queries} answers x {args.repeats} passes (medians of the passes), wall p50 {wall50:.2f} ms, "
        f"p95 {wall95:.2f} ms; CPU time (thread, less affected by other processes) p50 {cpu50:.2f} ms, p95 {cpu95:.2f} ms"
    )
    adds = []
    for rid, qid, text, truth in coded[:200]:
        t0 = time.perf_counter()
        engine.add_example(rid, text, tuple(truth), qid)  # a live coding: records, refits every 25
        adds.append((time.perf_counter() - t0) * 1000)
    print(
        f"add_example (live coding, calibration recorded): median {statistics.median(adds):.2f} ms, max {max(adds):.1f} ms"
    )

    items = [(rid, text, qid) for rid, qid, text, _ in fresh[: args.answers]]
    if args.baseline:
        sample = items[: args.baseline]
        t0, c0 = time.perf_counter(), time.thread_time()
        one = {rid: engine.suggest(text, 3, qid, rid) for rid, text, qid in sample}
        one_wall, one_cpu = time.perf_counter() - t0, time.thread_time() - c0
        t0, c0 = time.perf_counter(), time.thread_time()
        many = engine.suggest_many(sample, top_k=3)
        many_wall, many_cpu = time.perf_counter() - t0, time.thread_time() - c0
        same = sum(
            [(s.theme_id, s.score, s.reasons) for s in one[rid]]
            == [(s.theme_id, s.score, s.reasons) for s in many[rid]]
            for rid, _, _ in sample
        )
        print(
            f"baseline, first {len(sample)} answers: suggest() one by one {one_wall:.1f} s wall / {one_cpu:.1f} s CPU, "
            f"suggest_many {many_wall:.1f} s / {many_cpu:.1f} s ({one_cpu / many_cpu:.1f}x less CPU); "
            f"{same} of {len(sample)} answers get the same suggestions and reasons"
        )
    before = peak_mib()
    t0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
    results = engine.suggest_many(items, top_k=3)
    bulk, bulk_cpu, bulk_process = time.perf_counter() - t0, time.thread_time() - c0, time.process_time() - p0
    shown = sum(1 for r in results.values() if r)
    print(
        f"suggest_many(): {len(items)} answers in {bulk:.1f} s (CPU {bulk_cpu:.1f} s thread, {bulk_process:.1f} s process; "
        f"{len(items) / bulk:.0f} answers/s), {shown} with a suggestion; peak RSS {before:.0f} -> {peak_mib():.0f} MiB"
    )
    embedding_cost([text for _, text, _ in items[:1000]])
    per_text = naive_neighbours(engine, [text for _, text, _ in items[: args.naive]])
    print(
        f"naive per-pair loop: {per_text * 1e3:.1f} ms per answer on {args.naive} answers -> "
        f"{per_text * len(items):.0f} s extrapolated for {len(items)} ({per_text * len(items) / bulk:.1f}x slower)"
    )

    t0 = time.perf_counter()
    groups = near_duplicate_groups([(rid, text) for rid, text, _ in items])
    grouped = sum(len(g.response_ids) for g in groups)
    print(
        f"near_duplicate_groups(): {len(items)} answers in {time.perf_counter() - t0:.1f} s, "
        f"{len(groups)} groups holding {grouped} answers; peak RSS {peak_mib():.0f} MiB"
    )


if __name__ == "__main__":
    main()

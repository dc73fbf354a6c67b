"""Meaning use cases of the project facade: embed answers once into the project's cache, read them back.

The vectors are a cache, not project data: embedding records no undo step and no history event, and a
cancelled run keeps the chunks it finished (each chunk is written in its own short transaction, so the
coder's codings never wait behind minutes of embedding). Without the semantic extra there is no
embedder: `embed_answers` embeds nothing and `meaning_index` is None, so suggestions use fuzzy likeness.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import embeddings
from app.core.embeddings import Embedder, embed_in_chunks, from_bytes, to_bytes
from app.core.progress import Progress, no_progress
from app.core.semantic import MeaningIndex
from app.core.suggest import SuggestionEngine
from app.project.base import ProjectBase
from app.project.outcomes import ProjectError
from app.storage.vectors_store import missing_vectors, read_vectors, text_digest, vector_counts, write_vectors

VECTORS_TABLE = "answer_vectors"  # the cache table a person needs the right to write


@dataclass(frozen=True)
class MeaningStatus:
    """Whether meaning is available here, under which model, how many answers have a vector, and who may add some."""

    available: bool
    model: str = ""
    embedded: int = 0
    total: int = 0
    writable: bool = True  # False: this person (a reader, say) only reads the vectors others embedded

    @property
    def remaining(self) -> int:
        """Answers still to embed."""
        return self.total - self.embedded


@dataclass(frozen=True)
class EmbedOutcome:
    """What one embedding run did: answers embedded now, answers still missing, and the model."""

    embedded: int
    remaining: int
    model: str = ""


class MeaningUseCases(ProjectBase):
    """Mixin of the Project facade that keeps every answer's sentence embedding in the project."""

    embedder_loader = staticmethod(embeddings.load_embedder)  # tests swap in a small stand-in

    def _embedder(self, embedder: Embedder | None) -> Embedder | None:
        return embedder if embedder is not None else self.embedder_loader()

    def meaning_status(self, embedder: Embedder | None = None) -> MeaningStatus:
        """Tell whether answers can be compared by meaning here and how many are embedded."""
        model = self._embedder(embedder)
        if model is None:
            return MeaningStatus(False)
        with self._session(write=False) as s:
            done, total = vector_counts(s, model.name, model.version)
            writable = self._cache_refusal(s, VECTORS_TABLE) is None
        return MeaningStatus(True, f"{model.name} {model.version}", done, total, writable)

    def embed_answers(
        self,
        progress: Progress | None = None,
        *,
        limit: int | None = None,
        chunk: int = embeddings.CHUNK,
        embedder: Embedder | None = None,
    ) -> EmbedOutcome:
        """Embed the answers that have no current vector (at most `limit`), a chunk at a time.

        `progress` may raise Cancelled between chunks; the chunks written so far stay in the cache. Refused
        in one line, before any embedding, for a person who may not write the vectors (a reader).
        """
        model = self._embedder(embedder)
        if model is None:
            return EmbedOutcome(0, 0)
        with self._session(write=False) as s:
            refusal = self._cache_refusal(s, VECTORS_TABLE)
            if refusal is not None:
                raise ProjectError(refusal)
            todo = missing_vectors(s, model.name, model.version)
        batch = todo if limit is None else todo[:limit]
        texts = dict(batch)

        def store(rows) -> None:
            with self._session() as s:
                write_vectors(
                    s,
                    model.name,
                    model.version,
                    [(rid, text_digest(texts[rid]), model.dim, to_bytes(v)) for rid, v in rows],
                )

        done = embed_in_chunks(model, batch, store, progress or no_progress, chunk)
        return EmbedOutcome(done, len(todo) - done, f"{model.name} {model.version}")

    def meaning_index(self, embedder: Embedder | None = None) -> MeaningIndex | None:
        """Return the cached vectors of the installed model as a meaning index (None without the extra)."""
        model = self._embedder(embedder)
        if model is None:
            return None
        with self._session(write=False) as s:
            stored = read_vectors(s, model.name, model.version)
        return MeaningIndex(
            {v.response_id: from_bytes(v.data, v.dim) for v in stored if v.dim == model.dim},
            {v.response_id: v.question_id for v in stored},
            model=f"{model.name} {model.version}",
        )

    def attach_meaning(self, engine: SuggestionEngine) -> SuggestionEngine:
        """Give a suggestion engine the cached vectors, when the extra is installed and answers have some."""
        index = self.meaning_index()
        if index is not None and len(index):
            engine.semantic = index
        return engine

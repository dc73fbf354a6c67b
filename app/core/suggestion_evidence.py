"""Gathering a suggestion's evidence: coded answers by question, their neighbours, keyword hits, priors.

For an answer and each theme: keyword (best keyword match), vote (similarity-weighted votes of the most
similar coded answers of the question) and prior (share of the question's coded answers with the theme).
An answer's own coding is never evidence for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from app.core.neighbour_index import LIKENESS, NeighbourIndex
from app.core.semantic import MeaningIndex
from app.core.stop_words import is_stop_word
from app.core.text_match import KeywordHit, KeywordMatcher, Token, tokenise

__all__ = ["Evidence", "EvidenceGathering", "content_keys", "example_key"]


@dataclass(frozen=True)
class Evidence:
    """The raw evidence for one theme and one answer, before calibration."""

    keyword: float = 0.0
    vote: float = 0.0
    prior: float = 0.0

    def as_dict(self) -> dict[str, float]:
        """Return the evidence as a plain dict (benchmarks and calibration)."""
        return asdict(self)


@dataclass(frozen=True)
class CodedExample:
    """One coded answer as the engine keeps it."""

    response_id: str
    text: str
    key: str
    content: frozenset[str]
    themes: frozenset[str]
    columns: np.ndarray  # the themes' positions in the codebook
    question_id: str | None
    words: str = ""  # the answer's normalised words (answers saying the same are quoted once)


class Bucket:
    """Coded answers of one question (or all): their keys in a neighbour index, and theme counts."""

    def __init__(self, themes: int) -> None:
        self.index = NeighbourIndex()
        self.members: set[str] = set()
        self.counts = np.zeros(themes)

    def __len__(self) -> int:
        return len(self.members)

    def add(self, example: CodedExample) -> None:
        self.members.add(example.response_id)
        self.index.add(example.response_id, example.key)
        self.counts[example.columns] += 1

    def remove(self, example: CodedExample) -> None:
        self.members.discard(example.response_id)
        self.index.remove(example.response_id, example.key)
        self.counts[example.columns] -= 1


@dataclass
class Found:
    """Everything known about one answer: keyword hits, neighbours and the evidence matrix (themes x 3)."""

    hits: dict[str, list[KeywordHit]]
    near: list[tuple[str, float]]
    features: np.ndarray
    size: int


def example_key(tokens: Sequence[Token]) -> str:
    """Return the comparison form of an answer: its words' match keys, sorted."""
    return " ".join(sorted(t.key for t in tokens))


def content_keys(tokens: Sequence[Token]) -> frozenset[str]:
    """Return the match keys of an answer's content words (stop-words left out)."""
    return frozenset(t.key for t in tokens if not is_stop_word(t.norm))


class EvidenceGathering:
    """The engine's evidence side: neighbour search per question, keyword matching, vote and prior."""

    theme_ids: tuple[str, ...]
    neighbours: int
    power: float
    pseudo_weight: float
    stop_word_likeness: float
    matcher: KeywordMatcher
    semantic: MeaningIndex | None
    _column: dict[str, int]
    _examples: dict[str, CodedExample]
    _all: Bucket
    _questions: dict[str, Bucket]
    _searches: dict[tuple[int, str], tuple[int, list[tuple[str, float]]]]

    def _bucket(self, question_id: str | None) -> Bucket | None:
        if question_id is None:
            return self._all
        return self._questions.get(question_id)

    def _neighbours(
        self, tokens: Sequence[Token], bucket: Bucket | None, exclude: str | None
    ) -> list[tuple[str, float]]:
        """The neighbour similarity: the coded answers most like this one, likeness in [0, 1], best first.

        Likeness is token_set_ratio of the answers' keys (app.core.neighbour_index), damped when it
        rests on stop-words alone; with a meaning index, blended with the answers' meaning.
        """
        key = example_key(tokens)
        if not key or bucket is None or not len(bucket):
            return []
        if self._meaning_for(exclude):  # meaning hook (app.core.semantic)
            ids, keys = bucket.index.members()
            near = self.semantic.neighbours(exclude, key, ids, keys, LIKENESS, self.neighbours + 1)
            return self._guarded(near, content_keys(tokens), exclude)
        return self._guarded(self._nearest(bucket, key), content_keys(tokens), exclude)

    def _nearest(self, bucket: Bucket, key: str) -> list[tuple[str, float]]:
        """Search the bucket once per key and change (the panel's suggestion and the coding that follows)."""
        cache_key = (id(bucket), key)
        cached = self._searches.get(cache_key)
        if cached is not None and cached[0] == bucket.index.version:
            return cached[1]
        found = bucket.index.nearest(key, self.neighbours + 1)
        if len(self._searches) >= 256:
            self._searches.clear()
        self._searches[cache_key] = (bucket.index.version, found)
        return found

    def _meaning_for(self, response_id: str | None) -> bool:
        """Tell whether meaning is blended into this answer's likeness (it has a vector)."""
        return self.semantic is not None and self.semantic.has(response_id)

    def _guarded(
        self, found: Iterable[tuple[str, float]], content: frozenset[str], exclude: str | None
    ) -> list[tuple[str, float]]:
        """Scale to [0, 1], leave the answer itself out, and damp likeness that rests on stop-words alone."""
        near = []
        for rid, score in found:
            if rid == exclude:
                continue
            other = self._examples[rid].content
            shared = not content or not other or not content.isdisjoint(other)
            near.append((rid, score / 100.0 * (1.0 if shared else self.stop_word_likeness)))
        near.sort(key=lambda rs: -rs[1])
        return near[: self.neighbours]

    def _features(
        self,
        hits: dict[str, list[KeywordHit]],
        near: list[tuple[str, float]],
        bucket: Bucket | None,
        exclude: str | None,
    ) -> tuple[np.ndarray, int]:
        features = np.zeros((len(self.theme_ids), 3))
        for theme_id, found in hits.items():
            features[self._column[theme_id], 0] = found[0].score
        if near:
            columns = [self._examples[rid].columns for rid, _ in near]
            weights = np.array([sim for _, sim in near]) ** self.power
            votes = np.bincount(
                np.concatenate(columns), np.repeat(weights, [len(c) for c in columns]), len(self.theme_ids)
            )
            features[:, 1] = votes / (self.pseudo_weight + weights.sum())
        if bucket is not None and len(bucket):
            counts, size = bucket.counts, len(bucket)
            if exclude is not None and exclude in bucket.members:
                counts = counts.copy()
                counts[self._examples[exclude].columns] -= 1
                size -= 1
            if size > 0:
                features[:, 2] = counts / size
            return features, size
        return features, 0

    def _find(self, text: str, tokens: list[Token], question_id: str | None, exclude: str | None) -> Found:
        bucket = self._bucket(question_id)
        near = self._neighbours(tokens, bucket, exclude)
        hits = self.matcher.match(text, tokens)
        features, size = self._features(hits, near, bucket, exclude)
        return Found(hits, near, features, size)

    def evidence(
        self, text: str, question_id: str | None = None, exclude_response_id: str | None = None
    ) -> dict[str, Evidence]:
        """Return the uncalibrated evidence for every theme (for calibration and benchmarks)."""
        found = self._find(text, tokenise(text), question_id, exclude_response_id)
        return {t: Evidence(*map(float, row)) for t, row in zip(self.theme_ids, found.features)}

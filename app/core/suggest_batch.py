"""Suggestions for many answers at once: each distinct answer ranked once, only themes with evidence scored.

`suggest_many` gives every answer what `SuggestionEngine.suggest` gives it (own coding left out),
with the work shared: the neighbour searches of a question run as one batch (app.core.neighbour_batch),
an answer text is tokenised, matched and ranked once however often it occurs, a neighbour list's votes
and its example reasons are worked out once, and a theme without keyword or vote evidence is not scored
per answer: its score depends on the prior alone, so the themes are ranked by it once per question and
only the first few of them can enter an answer's top. Tied scores are ranked by theme id, as `suggest`
ranks them (`suggest` may keep another of several themes tied at the last place shown).
Answers ranked with meaning vectors go through the engine's own one-by-one path.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.core.neighbour_batch import nearest_many
from app.core.progress import Progress, no_progress
from app.core.suggest import (
    Reason,
    Suggestion,
    SuggestionEngine,
    _Bucket,
    _Found,
    _keyword_reasons,
    content_keys,
    example_key,
)
from app.core.text_match import KeywordHit, Token, tokenise

Hits = dict[str, list[KeywordHit]]


class _Votes:
    """One neighbour list with the themes it votes for and their vote shares."""

    def __init__(self, engine: SuggestionEngine, near: list[tuple[str, float]], shared: bool = True) -> None:
        self.near = near
        self.shared = shared  # kept for the whole question (one answer's own list is not)
        self.columns: list[int] = []
        self.shares = np.zeros(0)
        if near:  # as SuggestionEngine._features counts them
            columns = [engine._examples[rid].columns for rid, _ in near]
            weights = np.array([sim for _, sim in near]) ** engine.power
            votes = np.bincount(
                np.concatenate(columns), np.repeat(weights, [len(c) for c in columns]), len(engine.theme_ids)
            )
            voted = np.flatnonzero(votes)  # a theme without a vote scores as without neighbours
            self.columns = voted.tolist()
            self.shares = (votes / (engine.pseudo_weight + weights.sum()))[voted]


class _Priors:
    """A question's priors (all its codings, or all but one answer's own) and the themes ranked by them."""

    def __init__(self, engine: SuggestionEngine, counts: np.ndarray, size: int, ids: np.ndarray) -> None:
        self.size = size
        self.values = counts / size if size > 0 else np.zeros(len(engine.theme_ids))
        only = np.zeros((len(engine.theme_ids), 3))
        only[:, 2] = self.values
        self.order = np.lexsort((ids, -engine.calibration.probabilities(only)))


class _Question:
    """What every answer of one question shares: priors, vote lists, rankings and example reasons."""

    def __init__(self, engine: SuggestionEngine, bucket: _Bucket | None, ids: np.ndarray) -> None:
        self.engine, self.bucket, self.ids = engine, bucket, ids
        size = len(bucket) if bucket is not None else 0
        counts = bucket.counts if size else np.zeros(len(engine.theme_ids))
        self.priors = _Priors(engine, counts, size, ids)
        self.votes: dict[tuple[str, frozenset[str]], _Votes] = {}
        self.none = _Votes(engine, [])
        self.tops: dict[tuple[int, tuple[tuple[int, float], ...]], list[tuple[int, float, np.ndarray]]] = {}
        self.examples: dict[tuple[int, str, float, int], tuple[Reason, ...]] = {}

    def votes_for(
        self, key: str, content: frozenset[str], found: list[tuple[str, float]], exclude: str | None
    ) -> _Votes:
        """Return the guarded neighbour list of a key (and content words) with its votes, counted once."""
        if not found:
            return self.none
        if exclude is not None and any(rid == exclude for rid, _ in found):
            return _Votes(self.engine, self.engine._guarded(found, content, exclude), shared=False)
        known = self.votes.get((key, content))
        if known is None:
            known = self.votes[(key, content)] = _Votes(
                self.engine, self.engine._guarded(found, content, None)
            )
        return known

    def top(self, hits: Hits, votes: _Votes, priors: _Priors, k: int) -> list[tuple[int, float, np.ndarray]]:
        """Return the k best themes as (column, score, evidence row), best first, ties by theme id."""
        engine = self.engine
        if k <= 0:
            return []
        keywords = sorted((engine._column[t], found[0].score) for t, found in hits.items())
        shared = priors is self.priors and votes.shared
        if shared:
            cached = self.tops.get((id(votes), tuple(keywords)))
            if cached is not None:
                return cached
        evidence = {c for c, _ in keywords}.union(votes.columns)
        # Without keyword or vote evidence a theme scores by its prior: the first of those by prior suffice.
        candidates = sorted(evidence.union(priors.order[: k + len(evidence)].tolist()))
        place = {column: n for n, column in enumerate(candidates)}
        features = np.zeros((len(candidates), 3))
        for column, score in keywords:
            features[place[column], 0] = score
        if votes.columns:
            features[[place[c] for c in votes.columns], 1] = votes.shares
        features[:, 2] = priors.values[candidates]
        scores = engine.calibration.probabilities(features)
        best = np.lexsort((self.ids[candidates], -scores))[:k]
        result = [(candidates[n], float(scores[n]), features[n]) for n in best.tolist()]
        if shared:
            self.tops[(id(votes), tuple(keywords))] = result
        return result

    def suggestions(
        self, hits: Hits, votes: _Votes, priors: _Priors, k: int, limit: float
    ) -> list[Suggestion]:
        """Return the answer's suggestions at or above `limit`, each with its reasons."""
        chosen = []
        for column, score, row in self.top(hits, votes, priors, k):
            if score < limit:
                break
            theme_id = self.engine.theme_ids[column]
            chosen.append(
                Suggestion(theme_id, round(score, 4), self._reasons(theme_id, row, hits, votes, priors))
            )
        return chosen

    def _reasons(
        self, theme_id: str, row: np.ndarray, hits: Hits, votes: _Votes, priors: _Priors
    ) -> tuple[Reason, ...]:
        """The keyword reasons of this answer, then the example and prior reasons of its neighbour list."""
        key = (id(votes), theme_id, float(row[2]), priors.size)
        rest = self.examples.get(key)
        if rest is None:
            rest = self.engine._reasons(theme_id, row, [], _Found({}, votes.near, row, priors.size))
            if votes.shared:
                self.examples[key] = rest
        return tuple(_keyword_reasons(hits.get(theme_id, []))) + rest


def suggest_many(
    engine: SuggestionEngine,
    items: Sequence[tuple[str, ...]],
    top_k: int = 3,
    threshold: float | None = None,
    progress: Progress | None = None,
    block: int = 256,
) -> dict[str, list[Suggestion]]:
    """Suggest for many (response_id, text[, question_id]) answers; `progress` may raise Cancelled."""
    report = progress or no_progress
    groups: dict[str | None, list[int]] = {}
    for index, item in enumerate(items):
        groups.setdefault(item[2] if len(item) > 2 else None, []).append(index)
    names = sorted(range(len(engine.theme_ids)), key=lambda i: engine.theme_ids[i])
    ids = np.empty(len(names), dtype=np.intp)
    ids[names] = np.arange(len(names))  # each theme's place in theme id order (the tie-break)
    limit = engine.threshold if threshold is None else threshold
    results: dict[str, list[Suggestion]] = {}
    total, done = 2 * max(1, len(items)), 0
    report(0.0, "Suggesting themes")
    for question_id, indexes in groups.items():
        bucket = engine._bucket(question_id)
        question = _Question(engine, bucket, ids)
        searchable = bucket is not None and len(bucket) > 0
        words: dict[str, tuple[list[Token], str]] = {}
        for index in indexes:
            text = items[index][1]
            if text not in words:
                tokens = tokenise(text)
                words[text] = (tokens, example_key(tokens))
        searches: dict[str, list[tuple[str, float]]] = {}
        if searchable:
            wanted = [words[items[i][1]][1] for i in indexes if not engine._meaning_for(items[i][0])]

            def searched(count: int, of: int, base: int = done, share: int = len(indexes)) -> None:
                report((base + share * count / max(1, of)) / total, "Searching similar answers")

            searches = nearest_many(bucket.index, wanted, engine.neighbours + 1, progress=searched)
        done += len(indexes)
        hits: dict[str, Hits] = {}
        ranked: dict[str, list[Suggestion]] = {}
        for start in range(0, len(indexes), block):
            for index in indexes[start : start + block]:
                rid, text = items[index][0], items[index][1]
                tokens, key = words[text]
                if searchable and key and engine._meaning_for(rid):  # meaning hook: blended, per answer
                    results[rid] = engine.suggest(text, top_k, question_id, rid, threshold)
                    continue
                member = bucket is not None and rid in bucket.members
                if not member and text in ranked:
                    results[rid] = list(ranked[text])
                    continue
                if text not in hits:
                    hits[text] = engine.matcher.match(text, tokens)
                found = searches.get(key, []) if searchable and key else []
                votes = question.votes_for(key, content_keys(tokens), found, rid if member else None)
                if member:
                    priors = _Priors(engine, _left_out(engine, bucket, rid), len(bucket) - 1, ids)
                    results[rid] = question.suggestions(hits[text], votes, priors, top_k, limit)
                else:
                    ranked[text] = question.suggestions(hits[text], votes, question.priors, top_k, limit)
                    results[rid] = list(ranked[text])
            done += len(indexes[start : start + block])
            report(done / total, f"Suggested themes for {done - len(items)} of {len(items)} answers")
    return results


def _left_out(engine: SuggestionEngine, bucket: _Bucket, rid: str) -> np.ndarray:
    """Return the question's theme counts without this coded answer's own coding."""
    counts = bucket.counts.copy()
    counts[engine._examples[rid].columns] -= 1
    return counts

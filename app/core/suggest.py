"""Offline, explainable theme suggestions: keyword evidence, votes of similar coded answers and theme priors.

Each theme gets three pieces of evidence for an answer, all in [0, 1]:
  keyword  best fuzzy match of one of the theme's keywords (1 = exact word, ~0.8 = typo or other ending);
  vote     share of the weighted votes of the `neighbours` most similar coded answers of the same
           question, each vote weighted by similarity ** `power`, with a pseudo-weight in the denominator
           so one weak neighbour is not 100 %;
  prior    share of the question's coded answers that carry the theme.
Votes and priors come from the answer's own question from its first coding on, so a theme the question
has never used can only be suggested on keyword evidence; an answer's own coding is never evidence for it.
They are combined by a logistic model (app.core.calibration) refitted on the coder's own decisions as
they come in, so the score reads as the probability that the coder gives the theme.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass

import numpy as np
from rapidfuzz import fuzz, process

from app.core.calibration import DEFAULT_CALIBRATION, Calibration, LiveCalibration, fit_calibration
from app.core.models import Theme
from app.core.progress import Progress, no_progress
from app.core.semantic import MeaningIndex
from app.core.stop_words import STOP_WORDS, is_stop_word
from app.core.text_match import KeywordHit, KeywordMatcher, Token, tokenise

__all__ = [
    "DEFAULT_CALIBRATION",
    "DEFAULT_THRESHOLD",
    "STOP_WORDS",
    "Calibration",
    "Evidence",
    "Reason",
    "Suggestion",
    "SuggestionEngine",
    "example_key",
    "fit_calibration",
]

DEFAULT_THRESHOLD = 0.2
Example = tuple[str, str, frozenset[str], str | None]


@dataclass(frozen=True)
class Reason:
    """Why a theme is suggested: a sentence, the answer spans it rests on and the coded answers it cites."""

    kind: str  # "keyword" | "example" | "prior"
    text: str
    spans: tuple[tuple[int, int], ...] = ()
    example_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Return the reason as JSON-ready data."""
        return {
            "kind": self.kind,
            "text": self.text,
            "spans": [list(s) for s in self.spans],
            "example_ids": list(self.example_ids),
        }


@dataclass(frozen=True)
class Suggestion:
    """One suggested theme with its calibrated confidence in [0, 1] and its reasons."""

    theme_id: str
    score: float
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Return the suggestion as JSON-ready data."""
        return {
            "theme_id": self.theme_id,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
        }


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
class _Example:
    response_id: str
    text: str
    key: str
    content: frozenset[str]
    themes: frozenset[str]
    columns: np.ndarray  # the themes' positions in the codebook
    question_id: str | None


class _Bucket:
    """Coded answers of one question (or all): keys in a flat list for rapidfuzz, removal by swap."""

    def __init__(self, themes: int) -> None:
        self.ids: list[str] = []
        self.keys: list[str] = []
        self.position: dict[str, int] = {}
        self.counts = np.zeros(themes)

    def add(self, example: _Example) -> None:
        self.position[example.response_id] = len(self.ids)
        self.ids.append(example.response_id)
        self.keys.append(example.key)
        self.counts[example.columns] += 1

    def remove(self, example: _Example) -> None:
        index = self.position.pop(example.response_id)
        last_id, last_key = self.ids.pop(), self.keys.pop()
        if index < len(self.ids):
            self.ids[index], self.keys[index] = last_id, last_key
            self.position[last_id] = index
        self.counts[example.columns] -= 1


@dataclass
class _Found:
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


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SuggestionEngine:
    """Ranks a codebook's themes for an answer and learns incrementally from the coder's codings."""

    def __init__(
        self,
        themes: Sequence[Theme],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        neighbours: int = 20,
        power: float = 4.0,
        pseudo_weight: float = 0.3,
        scorer: Callable[..., float] = fuzz.token_set_ratio,
        stop_word_likeness: float = 0.85,
        calibration: Calibration = DEFAULT_CALIBRATION,
        live: LiveCalibration | None = None,
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"suggestion threshold must be in [0, 1], got {threshold}")
        self.themes = tuple(themes)
        self.theme_ids = tuple(t.id for t in self.themes)
        self._column = {t: i for i, t in enumerate(self.theme_ids)}
        self.threshold = threshold
        self.neighbours = neighbours
        self.power = power
        self.pseudo_weight = pseudo_weight
        self.scorer = scorer
        self.stop_word_likeness = stop_word_likeness
        self.live = live if live is not None else LiveCalibration(calibration)
        self.matcher = KeywordMatcher(self.themes)
        self._examples: dict[str, _Example] = {}
        self._all = _Bucket(len(self.theme_ids))
        self._questions: dict[str, _Bucket] = {}
        # Meaning hook: answer vectors blended into neighbour likeness (app.core.semantic); None = fuzzy only.
        self.semantic: MeaningIndex | None = None

    def __len__(self) -> int:
        return len(self._examples)

    @property
    def calibration(self) -> Calibration:
        """The logistic model in use (the live fit once there are enough codings, the defaults before)."""
        return self.live.current

    @calibration.setter
    def calibration(self, value: Calibration) -> None:
        self.live.current = value

    @property
    def display_threshold(self) -> float:
        """Lowest calibrated score shown: a suggestion at it is right this share of the time."""
        return self.threshold

    def add_example(
        self,
        response_id: str,
        text: str,
        theme_ids: Sequence[str],
        question_id: str | None = None,
        *,
        record: bool = True,
    ) -> None:
        """Learn one coded answer (replacing its earlier coding); no themes means forget it.

        With `record`, the evidence each theme had just before this coding, and whether the coder gave
        it, go to the live calibration (bulk loading of earlier codings passes record=False).
        """
        themes = frozenset(t for t in theme_ids if t in self._column)
        if record and themes:
            features = self._find(text, tokenise(text), question_id, response_id).features
            given = np.zeros(len(self.theme_ids), dtype=bool)
            given[[self._column[t] for t in themes]] = True
            self.live.record(features, given)
        self.remove_example(response_id)
        if not themes:
            return
        columns = np.array(sorted(self._column[t] for t in themes), dtype=np.intp)
        tokens = tokenise(text)
        example = _Example(
            response_id, text, example_key(tokens), content_keys(tokens), themes, columns, question_id
        )
        self._examples[response_id] = example
        self._all.add(example)
        if question_id is not None:
            self._questions.setdefault(question_id, _Bucket(len(self.theme_ids))).add(example)

    def load_examples(self, examples: Iterable[tuple[str, str, Sequence[str], str | None]]) -> None:
        """Learn earlier codings in bulk, then fit the calibration on them (leave-one-out) when enough."""
        for rid, text, theme_ids, question_id in examples:
            self.add_example(rid, text, theme_ids, question_id, record=False)
        if len(self) >= self.live.minimum:
            with contextlib.suppress(ValueError):  # every coding has the same themes: the defaults stay
                self.calibrate(limit=300)

    def replay(self, examples: Iterable[tuple[str, str, Sequence[str], str | None]]) -> dict[str, object]:
        """Learn codings one by one as the coder made them; return the live calibration and its reliability."""
        for rid, text, theme_ids, question_id in examples:
            self.add_example(rid, text, theme_ids, question_id)
        return {
            "codings": len(self.live),
            "fitted": self.live.fitted,
            "calibration": self.calibration.to_dict(),
            "threshold": self.display_threshold,
            "reliability": self.live.reliability(),
        }

    def remove_example(self, response_id: str) -> None:
        """Forget a coded answer (uncoded or deleted); unknown ids are ignored."""
        example = self._examples.pop(response_id, None)
        if example is None:
            return
        self._all.remove(example)
        if example.question_id is not None:
            self._questions[example.question_id].remove(example)

    def _bucket(self, question_id: str | None) -> _Bucket | None:
        if question_id is None:
            return self._all
        return self._questions.get(question_id)

    def _neighbours(
        self, tokens: Sequence[Token], bucket: _Bucket | None, exclude: str | None
    ) -> list[tuple[str, float]]:
        key = example_key(tokens)
        if not key or bucket is None or not bucket.ids:
            return []
        if self.semantic is not None and self.semantic.has(exclude):  # meaning hook (app.core.semantic)
            near = self.semantic.neighbours(
                exclude, key, bucket.ids, bucket.keys, self.scorer, self.neighbours + 1
            )
            return self._guarded(near, content_keys(tokens), exclude)
        found = process.extract(
            key, bucket.keys, scorer=self.scorer, limit=self.neighbours + 1, processor=None
        )
        return self._guarded([(bucket.ids[i], score) for _, score, i in found], content_keys(tokens), exclude)

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
        bucket: _Bucket | None,
        exclude: str | None,
    ) -> tuple[np.ndarray, int]:
        features = np.zeros((len(self.theme_ids), 3))
        for theme_id, found in hits.items():
            features[self._column[theme_id], 0] = found[0].score
        total = self.pseudo_weight
        for rid, sim in near:
            weight = sim**self.power
            total += weight
            features[self._examples[rid].columns, 1] += weight
        features[:, 1] /= total
        if bucket is not None and bucket.ids:
            counts, size = bucket.counts, len(bucket.ids)
            if exclude is not None and exclude in bucket.position:
                counts = counts.copy()
                counts[self._examples[exclude].columns] -= 1
                size -= 1
            if size > 0:
                features[:, 2] = counts / size
            return features, size
        return features, 0

    def _find(self, text: str, tokens: list[Token], question_id: str | None, exclude: str | None) -> _Found:
        bucket = self._bucket(question_id)
        near = self._neighbours(tokens, bucket, exclude)
        hits = self.matcher.match(text, tokens)
        features, size = self._features(hits, near, bucket, exclude)
        return _Found(hits, near, features, size)

    def evidence(
        self, text: str, question_id: str | None = None, exclude_response_id: str | None = None
    ) -> dict[str, Evidence]:
        """Return the uncalibrated evidence for every theme (for calibration and benchmarks)."""
        found = self._find(text, tokenise(text), question_id, exclude_response_id)
        return {t: Evidence(*map(float, row)) for t, row in zip(self.theme_ids, found.features)}

    def scores(
        self, text: str, question_id: str | None = None, exclude_response_id: str | None = None
    ) -> dict[str, float]:
        """Return every theme's calibrated score for an answer."""
        found = self._find(text, tokenise(text), question_id, exclude_response_id)
        return dict(zip(self.theme_ids, self.calibration.probabilities(found.features).tolist()))

    def score(self, evidence: Evidence) -> float:
        """Turn evidence into a calibrated confidence in [0, 1]."""
        return self.calibration.probability(evidence.keyword, evidence.vote, evidence.prior)

    def suggest(
        self,
        text: str,
        top_k: int = 3,
        question_id: str | None = None,
        exclude_response_id: str | None = None,
        threshold: float | None = None,
    ) -> list[Suggestion]:
        """Return up to `top_k` themes scoring at least the threshold, best first, each with its reasons.

        Pass the answer's own id as `exclude_response_id` when it may be coded already.
        """
        found = self._find(text, tokenise(text), question_id, exclude_response_id)
        return self._rank(found, top_k, threshold)

    def _rank(self, found: _Found, top_k: int, threshold: float | None) -> list[Suggestion]:
        limit = self.threshold if threshold is None else threshold
        scores = self.calibration.probabilities(found.features)
        wanted = min(top_k, len(scores))
        if wanted <= 0:
            return []
        top = (
            np.argpartition(-scores, wanted - 1)[:wanted] if wanted < len(scores) else np.arange(len(scores))
        )
        top = sorted(top.tolist(), key=lambda i: (-scores[i], self.theme_ids[i]))
        chosen = [i for i in top if scores[i] >= limit]
        return [
            Suggestion(
                self.theme_ids[i],
                round(float(scores[i]), 4),
                self._reasons(
                    self.theme_ids[i], found.features[i], found.hits.get(self.theme_ids[i], []), found
                ),
            )
            for i in chosen
        ]

    def _reasons(
        self, theme_id: str, row: np.ndarray, hits: list[KeywordHit], found: _Found
    ) -> tuple[Reason, ...]:
        reasons = [
            Reason("keyword", f"Keyword “{h.keyword}” matches “{' '.join(h.words)}” ({h.score:.2f})", h.spans)
            for h in hits[:3]
        ]
        alike = [(rid, sim) for rid, sim in found.near if theme_id in self._examples[rid].themes][:3]
        if alike:
            quoted = "; ".join(f"“{_shorten(self._examples[rid].text)}” ({sim:.2f})" for rid, sim in alike)
            reasons.append(Reason("example", f"Like coded answers: {quoted}", (), tuple(r for r, _ in alike)))
        if row[2] > 0:
            count, size = round(row[2] * found.size), found.size
            reasons.append(Reason("prior", f"Given to {count} of {size} coded answers ({row[2]:.0%})"))
        return tuple(reasons)

    def suggest_many(
        self,
        items: Sequence[tuple[str, ...]],
        top_k: int = 3,
        threshold: float | None = None,
        progress: Progress | None = None,
        block: int = 256,
    ) -> dict[str, list[Suggestion]]:
        """Suggest for many (response_id, text[, question_id]) answers in blocks with rapidfuzz's cdist.

        Each answer's own coding, if it is an example, is left out. `progress` may raise Cancelled.
        """
        report = progress or no_progress
        groups: dict[str | None, list[int]] = {}
        for index, item in enumerate(items):
            groups.setdefault(item[2] if len(item) > 2 else None, []).append(index)
        results: dict[str, list[Suggestion]] = {}
        done = 0
        report(0.0, "Suggesting themes")
        for question_id, indexes in groups.items():
            bucket = self._bucket(question_id)
            for start in range(0, len(indexes), block):
                chunk = [items[i] for i in indexes[start : start + block]]
                self._suggest_block(chunk, bucket, top_k, threshold, results)
                done += len(chunk)
                report(done / max(1, len(items)), f"Suggested themes for {done} of {len(items)} answers")
        return results

    def _suggest_block(
        self,
        chunk: list[tuple[str, ...]],
        bucket: _Bucket | None,
        top_k: int,
        threshold: float | None,
        results: dict[str, list[Suggestion]],
    ) -> None:
        tokens = [tokenise(item[1]) for item in chunk]
        keys = [example_key(t) for t in tokens]
        unique = list(dict.fromkeys(keys))  # repeated answers ("no", "нет") are compared once
        row_of = {key: n for n, key in enumerate(unique)}
        matrix = None
        if bucket is not None and bucket.ids:
            matrix = process.cdist(
                unique, bucket.keys, scorer=self.scorer, processor=None, dtype=np.float32, workers=-1
            )
        size = len(bucket.ids) if bucket is not None else 0
        wanted = min(self.neighbours + 1, size)
        for item, key, answer_tokens in zip(chunk, keys, tokens):
            rid, text = item[0], item[1]
            near: list[tuple[str, float]] = []
            if matrix is not None and key:
                scores = matrix[row_of[key]]
                if self.semantic is not None:  # meaning hook (app.core.semantic)
                    scores = self.semantic.blend(rid, bucket.ids, scores)
                top = np.argpartition(-scores, wanted - 1)[:wanted] if wanted < size else np.arange(size)
                top = top[np.lexsort((top, -scores[top]))]
                near = self._guarded(
                    [(bucket.ids[i], float(scores[i])) for i in top], content_keys(answer_tokens), rid
                )
            hits = self.matcher.match(text, answer_tokens)
            features, found_size = self._features(hits, near, bucket, rid)
            results[rid] = self._rank(_Found(hits, near, features, found_size), top_k, threshold)

    def calibrate(self, examples: Sequence[Example] | None = None, *, limit: int = 2000) -> Calibration:
        """Refit the score's logistic model on held-back codings (default: own examples, leave-one-out)."""
        if examples is None:
            examples = [(e.response_id, e.text, e.themes, e.question_id) for e in self._examples.values()]
        step = max(1, math.ceil(len(examples) / limit))
        held = LiveCalibration(self.live.default, minimum=10**9, window=limit + 1)
        for rid, text, themes, question_id in list(examples)[::step]:
            features = self._find(text, tokenise(text), question_id, rid).features
            held.record(features, np.array([t in themes for t in self.theme_ids]))
        features, targets, weights = held.data()
        keep = weights > 0
        self.calibration = fit_calibration(features[keep], targets[keep], weights[keep])
        return self.calibration

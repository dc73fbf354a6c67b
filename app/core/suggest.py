"""Offline, explainable theme suggestions: keyword evidence, votes of similar coded answers and theme priors.

Each theme gets three pieces of evidence for an answer, all in [0, 1]:
  keyword  best fuzzy match of one of the theme's keywords (1 = exact word, ~0.8 = typo or other ending);
  vote     share of the weighted votes of the `neighbours` most similar coded answers of the same
           question, each vote weighted by similarity ** `power`, with a pseudo-weight in the denominator
           so one weak neighbour is not 100 % and many weak ones do not outvote the prior;
  prior    share of the question's coded answers that carry the theme.
Votes and priors come from the answer's own question from its first coding on, so a theme the question
has never used can only be suggested on keyword evidence; an answer's own coding is never evidence for it.
They are combined by a logistic model (app.core.calibration) refitted on the coder's own decisions as
they come in, so the score reads as the probability that the coder gives the theme.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from app.core.calibration import DEFAULT_CALIBRATION, Calibration, LiveCalibration, fit_calibration
from app.core.models import Theme
from app.core.neighbour_index import LIKENESS, NeighbourIndex
from app.core.progress import Progress
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
    """Why a theme is suggested, as data a front end can phrase in its language, plus an English sentence.

    keyword: `keyword` matched the answer words in `items` with strength `score`, at `spans`;
    example: the coded answers quoted in `items` (each once) are alike, `scores` their likeness
             (`score` the best), `example_ids` every coded answer behind them;
    prior:   the theme was given to `count` of `total` coded answers of the question (`score` the share).
    """

    kind: str  # "keyword" | "example" | "prior"
    text: str  # the English sentence (command line, review queue)
    spans: tuple[tuple[int, int], ...] = ()
    example_ids: tuple[str, ...] = ()
    keyword: str = ""
    items: tuple[str, ...] = ()
    scores: tuple[float, ...] = ()
    score: float = 0.0
    count: int = 0
    total: int = 0

    def to_dict(self) -> dict[str, object]:
        """Return the reason as JSON-ready data."""
        return {
            "kind": self.kind,
            "text": self.text,
            "spans": [list(s) for s in self.spans],
            "example_ids": list(self.example_ids),
            "keyword": self.keyword,
            "items": list(self.items),
            "scores": list(self.scores),
            "score": self.score,
            "count": self.count,
            "total": self.total,
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
    words: str = ""  # the answer's normalised words (answers saying the same are quoted once)


class _Bucket:
    """Coded answers of one question (or all): their keys in a neighbour index, and theme counts."""

    def __init__(self, themes: int) -> None:
        self.index = NeighbourIndex()
        self.members: set[str] = set()
        self.counts = np.zeros(themes)

    def __len__(self) -> int:
        return len(self.members)

    def add(self, example: _Example) -> None:
        self.members.add(example.response_id)
        self.index.add(example.response_id, example.key)
        self.counts[example.columns] += 1

    def remove(self, example: _Example) -> None:
        self.members.discard(example.response_id)
        self.index.remove(example.response_id, example.key)
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


def _keyword_reasons(hits: Sequence[KeywordHit], limit: int = 3) -> list[Reason]:
    """One reason per keyword (its places merged), and none that only repeats words already cited."""
    merged: dict[str, list[KeywordHit]] = {}
    for hit in hits:  # best first
        merged.setdefault(hit.keyword.casefold(), []).append(hit)
    reasons: list[Reason] = []
    cited: set[tuple[int, int]] = set()
    for same in merged.values():
        spans = sorted({span for hit in same for span in hit.spans})
        if cited.issuperset(spans):
            continue
        placed = sorted((span, word) for hit in same for span, word in zip(hit.spans, hit.words))
        first: dict[str, str] = {}  # each word once (its first spelling), in answer order
        for _, word in placed:
            first.setdefault(word.casefold(), word)
        words = tuple(first.values())
        keyword, score = same[0].keyword, same[0].score
        shown = "”, “".join(words)
        reasons.append(
            Reason(
                "keyword",
                f"Keyword “{keyword}” matches “{shown}” ({score:.2f})",
                tuple(spans),
                keyword=keyword,
                items=words,
                score=score,
            )
        )
        cited.update(spans)
        if len(reasons) == limit:
            break
    return reasons


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
        pseudo_weight: float = 1.0,  # weak neighbours (long, unalike texts) count for less than the priors
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
        self.stop_word_likeness = stop_word_likeness
        self.live = live if live is not None else LiveCalibration(calibration)
        self.matcher = KeywordMatcher(self.themes)
        self._examples: dict[str, _Example] = {}
        self._all = _Bucket(len(self.theme_ids))
        self._questions: dict[str, _Bucket] = {}
        self._searches: dict[tuple[int, str], tuple[int, list[tuple[str, float]]]] = {}
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
            response_id,
            text,
            example_key(tokens),
            content_keys(tokens),
            themes,
            columns,
            question_id,
            " ".join(t.norm for t in tokens),
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
        """The neighbour similarity: the coded answers most like this one, likeness in [0, 1], best first.

        Likeness is token_set_ratio of the answers' keys (app.core.neighbour_index), damped when it
        rests on stop-words alone; a second similarity would be blended in here.
        """
        key = example_key(tokens)
        if not key or bucket is None or not len(bucket):
            return []
        if self._meaning_for(exclude):  # meaning hook (app.core.semantic)
            ids, keys = bucket.index.members()
            near = self.semantic.neighbours(exclude, key, ids, keys, LIKENESS, self.neighbours + 1)
            return self._guarded(near, content_keys(tokens), exclude)
        return self._guarded(self._nearest(bucket, key), content_keys(tokens), exclude)

    def _nearest(self, bucket: _Bucket, key: str) -> list[tuple[str, float]]:
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
        bucket: _Bucket | None,
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
        reasons = _keyword_reasons(hits)
        quotes: dict[str, tuple[str, float, list[str]]] = {}  # one quote per text: answers coded alike
        for rid, sim in found.near:
            example = self._examples[rid]
            if theme_id not in example.themes:
                continue
            same = example.words  # “No.” and “no” are one quote
            if same in quotes:
                quotes[same][2].append(rid)
            elif len(quotes) < 3:
                quotes[same] = (_shorten(example.text), sim, [rid])
        if quotes:
            items = tuple(text for text, _, _ in quotes.values())
            scores = tuple(round(sim, 4) for _, sim, _ in quotes.values())
            quoted = "; ".join(f"“{text}” ({sim:.2f})" for text, sim in zip(items, scores))
            cited = tuple(rid for _, _, rids in quotes.values() for rid in rids)
            reasons.append(
                Reason(
                    "example",
                    f"Like coded answers: {quoted}",
                    (),
                    cited,
                    items=items,
                    scores=scores,
                    score=scores[0],
                )
            )
        if row[2] > 0:
            count, size = round(row[2] * found.size), found.size
            reasons.append(
                Reason(
                    "prior",
                    f"Given to {count} of {size} coded answers ({row[2]:.0%})",
                    score=round(float(row[2]), 4),
                    count=count,
                    total=size,
                )
            )
        return tuple(reasons)

    def suggest_many(
        self,
        items: Sequence[tuple[str, ...]],
        top_k: int = 3,
        threshold: float | None = None,
        progress: Progress | None = None,
        block: int = 256,
    ) -> dict[str, list[Suggestion]]:
        """Suggest for many (response_id, text[, question_id]) answers, each distinct answer searched once.

        Each answer's own coding, if it is an example, is left out. `progress` may raise Cancelled.
        """
        from app.core.suggest_batch import suggest_many  # the batched path (it imports this module)

        return suggest_many(self, items, top_k, threshold, progress, block)

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

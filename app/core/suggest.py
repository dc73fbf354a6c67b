"""Offline, explainable theme suggestions: keyword evidence, votes of similar coded answers and theme priors.

Each theme gets three pieces of evidence for an answer, all in [0, 1]:
  keyword  best fuzzy match of one of the theme's keywords (1 = exact word, ~0.8 = typo or other ending);
  vote     share of the weighted votes of the `neighbours` most similar coded answers, each vote weighted by
           similarity ** `power`, with a pseudo-weight in the denominator so one weak neighbour is not 100 %;
  prior    share of the coded answers (of this question once it has enough) that carry the theme.
They are combined by a logistic model, so the score reads as the probability that the coder gives the
theme: score = 1 / (1 + exp(-(bias + k*keyword + v*vote + p*prior))). The default coefficients were
fitted by bench/suggest_quality.py on held-back codings; `calibrate()` refits them on this coder's own
codings (leave-one-out). Slopes are kept >= 0, so more evidence never lowers a score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import numpy as np
from rapidfuzz import fuzz, process

from app.core.models import Theme
from app.core.progress import Progress, no_progress
from app.core.text_match import KeywordHit, KeywordMatcher, Token, tokenise

DEFAULT_THRESHOLD = 0.2
_STOP_TEXT = """
a an and are as at be by for from i in is it of on or so that the this to we with you they should would
please more very also just
и в во на с со по к о об для это что как а но же бы то у из от до за я мы они вы он она очень надо нужно
чтобы еще ещё все так или ли бы
және мен бен пен да де та те бұл сол керек үшін өте көп болу қажет ғой
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
Example = tuple[str, str, frozenset[str], str | None]


@dataclass(frozen=True)
class Calibration:
    """Coefficients of the logistic model that turns evidence into a probability."""

    bias: float
    keyword: float
    vote: float
    prior: float

    def probability(self, keyword: float, vote: float, prior: float) -> float:
        """Return the calibrated confidence for one theme's evidence."""
        z = self.bias + self.keyword * keyword + self.vote * vote + self.prior * prior
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict[str, float]:
        """Return the coefficients as JSON-ready data."""
        return asdict(self)


def fit_calibration(
    features: np.ndarray, targets: np.ndarray, l2: float = 1e-3, iterations: int = 50
) -> Calibration:
    """Fit logistic coefficients (keyword, vote, prior slopes kept >= 0) by projected Newton steps."""
    if len(targets) == 0 or targets.min() == targets.max():
        raise ValueError("calibration needs codings where some themes apply and some do not")
    x = np.hstack([np.ones((len(features), 1)), features])
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - targets) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w = w - step
        w[1:] = np.maximum(w[1:], 0.0)
        if np.abs(step).max() < 1e-6:
            break
    return Calibration(*(round(float(v), 4) for v in w))


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


DEFAULT_CALIBRATION = Calibration(bias=-4.2, keyword=4.6, vote=7.0, prior=2.5)


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
    themes: frozenset[str]
    question_id: str | None


class _Bucket:
    """Coded answers of one question (or all): keys in a flat list for rapidfuzz, removal by swap."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.keys: list[str] = []
        self.position: dict[str, int] = {}
        self.counts: Counter[str] = Counter()

    def add(self, example: _Example) -> None:
        self.position[example.response_id] = len(self.ids)
        self.ids.append(example.response_id)
        self.keys.append(example.key)
        self.counts.update(example.themes)

    def remove(self, example: _Example) -> None:
        index = self.position.pop(example.response_id)
        last_id, last_key = self.ids.pop(), self.keys.pop()
        if index < len(self.ids):
            self.ids[index], self.keys[index] = last_id, last_key
            self.position[last_id] = index
        self.counts.subtract(example.themes)


def example_key(tokens: Sequence[Token]) -> str:
    """Return the comparison form of an answer: its content words' match keys, sorted."""
    return " ".join(sorted(t.key for t in tokens if t.norm not in STOP_WORDS))


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
        min_question_examples: int = 20,
        scorer: Callable[..., float] = fuzz.ratio,
        calibration: Calibration = DEFAULT_CALIBRATION,
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"suggestion threshold must be in [0, 1], got {threshold}")
        self.themes = tuple(themes)
        self.theme_ids = tuple(t.id for t in self.themes)
        self.threshold = threshold
        self.neighbours = neighbours
        self.power = power
        self.pseudo_weight = pseudo_weight
        self.min_question_examples = min_question_examples
        self.scorer = scorer
        self.calibration = calibration
        self.matcher = KeywordMatcher(self.themes)
        self._examples: dict[str, _Example] = {}
        self._all = _Bucket()
        self._questions: dict[str, _Bucket] = {}

    def __len__(self) -> int:
        return len(self._examples)

    def add_example(
        self, response_id: str, text: str, theme_ids: Sequence[str], question_id: str | None = None
    ) -> None:
        """Learn one coded answer (replacing its earlier coding); no themes means forget it."""
        self.remove_example(response_id)
        themes = frozenset(t for t in theme_ids if t)
        if not themes:
            return
        example = _Example(response_id, text, example_key(tokenise(text)), themes, question_id)
        self._examples[response_id] = example
        self._all.add(example)
        if question_id is not None:
            self._questions.setdefault(question_id, _Bucket()).add(example)

    def remove_example(self, response_id: str) -> None:
        """Forget a coded answer (uncoded or deleted); unknown ids are ignored."""
        example = self._examples.pop(response_id, None)
        if example is None:
            return
        self._all.remove(example)
        if example.question_id is not None:
            self._questions[example.question_id].remove(example)

    def _bucket(self, question_id: str | None) -> _Bucket:
        bucket = self._questions.get(question_id) if question_id is not None else None
        return bucket if bucket is not None and len(bucket.ids) >= self.min_question_examples else self._all

    def _neighbours(self, key: str, bucket: _Bucket, exclude: str | None) -> list[tuple[str, float]]:
        if not key or not bucket.ids:
            return []
        found = process.extract(
            key, bucket.keys, scorer=self.scorer, limit=self.neighbours + 1, processor=None
        )
        near = [(bucket.ids[i], score / 100.0) for _, score, i in found if bucket.ids[i] != exclude]
        return near[: self.neighbours]

    def _evidence(
        self,
        hits: dict[str, list[KeywordHit]],
        near: list[tuple[str, float]],
        bucket: _Bucket,
        exclude: str | None,
    ) -> dict[str, Evidence]:
        weights: Counter[str] = Counter()
        total = self.pseudo_weight
        for rid, sim in near:
            weight = sim**self.power
            total += weight
            for theme_id in self._examples[rid].themes:
                weights[theme_id] += weight
        size = len(bucket.ids)
        counts = bucket.counts
        if exclude is not None and exclude in bucket.position:
            size -= 1
            counts = counts - Counter(self._examples[exclude].themes)
        evidence = {}
        for theme_id in self.theme_ids:
            found = hits.get(theme_id)
            evidence[theme_id] = Evidence(
                found[0].score if found else 0.0,
                weights[theme_id] / total,
                counts[theme_id] / size if size > 0 else 0.0,
            )
        return evidence

    def evidence(
        self, text: str, question_id: str | None = None, exclude_response_id: str | None = None
    ) -> dict[str, Evidence]:
        """Return the uncalibrated evidence for every theme (for calibration and benchmarks)."""
        tokens = tokenise(text)
        bucket = self._bucket(question_id)
        near = self._neighbours(example_key(tokens), bucket, exclude_response_id)
        return self._evidence(self.matcher.match(text, tokens), near, bucket, exclude_response_id)

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
        """Return up to `top_k` themes scoring at least the threshold, best first, each with its reasons."""
        tokens = tokenise(text)
        bucket = self._bucket(question_id)
        near = self._neighbours(example_key(tokens), bucket, exclude_response_id)
        hits = self.matcher.match(text, tokens)
        return self._rank(hits, near, bucket, exclude_response_id, top_k, threshold)

    def _rank(
        self,
        hits: dict[str, list[KeywordHit]],
        near: list[tuple[str, float]],
        bucket: _Bucket,
        exclude: str | None,
        top_k: int,
        threshold: float | None,
    ) -> list[Suggestion]:
        limit = self.threshold if threshold is None else threshold
        evidence = self._evidence(hits, near, bucket, exclude)
        scored = sorted(((self.score(e), t) for t, e in evidence.items()), key=lambda st: (-st[0], st[1]))
        chosen = [(s, t) for s, t in scored if s >= limit][:top_k]
        size = len(bucket.ids) - (1 if exclude in bucket.position else 0)
        return [
            Suggestion(t, round(s, 4), self._reasons(t, evidence[t], hits.get(t, []), near, size))
            for s, t in chosen
        ]

    def _reasons(
        self,
        theme_id: str,
        evidence: Evidence,
        hits: list[KeywordHit],
        near: list[tuple[str, float]],
        size: int,
    ) -> tuple[Reason, ...]:
        reasons = [
            Reason("keyword", f"Keyword “{h.keyword}” matches “{' '.join(h.words)}” ({h.score:.2f})", h.spans)
            for h in hits[:3]
        ]
        alike = [(rid, sim) for rid, sim in near if theme_id in self._examples[rid].themes][:3]
        if alike:
            quoted = "; ".join(f"“{_shorten(self._examples[rid].text)}” ({sim:.2f})" for rid, sim in alike)
            reasons.append(Reason("example", f"Like coded answers: {quoted}", (), tuple(r for r, _ in alike)))
        if evidence.prior > 0:
            count = round(evidence.prior * size)
            reasons.append(
                Reason("prior", f"Given to {count} of {size} coded answers ({evidence.prior:.0%})")
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
        """Suggest for many (response_id, text[, question_id]) answers in blocks with rapidfuzz's cdist.

        Each answer's own coding, if it is an example, is left out. `progress` may raise Cancelled.
        """
        report = progress or no_progress
        groups: dict[int, tuple[_Bucket, list[int]]] = {}
        for index, item in enumerate(items):
            bucket = self._bucket(item[2] if len(item) > 2 else None)
            groups.setdefault(id(bucket), (bucket, []))[1].append(index)
        results: dict[str, list[Suggestion]] = {}
        done = 0
        report(0.0, "Suggesting themes")
        for bucket, indexes in groups.values():
            for start in range(0, len(indexes), block):
                chunk = [items[i] for i in indexes[start : start + block]]
                self._suggest_block(chunk, bucket, top_k, threshold, results)
                done += len(chunk)
                report(done / max(1, len(items)), f"Suggested themes for {done} of {len(items)} answers")
        return results

    def _suggest_block(
        self,
        chunk: list[tuple[str, ...]],
        bucket: _Bucket,
        top_k: int,
        threshold: float | None,
        results: dict[str, list[Suggestion]],
    ) -> None:
        tokens = [tokenise(item[1]) for item in chunk]
        keys = [example_key(t) for t in tokens]
        matrix = None
        if bucket.ids:
            matrix = process.cdist(
                keys, bucket.keys, scorer=self.scorer, processor=None, dtype=np.float32, workers=-1
            )
        wanted = min(self.neighbours + 1, len(bucket.ids))
        for row, item in enumerate(chunk):
            rid, text = item[0], item[1]
            near: list[tuple[str, float]] = []
            if matrix is not None and keys[row]:
                scores = matrix[row]
                top = (
                    np.argpartition(-scores, wanted - 1)[:wanted]
                    if wanted < len(scores)
                    else np.arange(len(scores))
                )
                top = top[np.lexsort((top, -scores[top]))]
                near = [(bucket.ids[i], float(scores[i]) / 100.0) for i in top if bucket.ids[i] != rid]
                near = near[: self.neighbours]
            hits = self.matcher.match(text, tokens[row])
            results[rid] = self._rank(hits, near, bucket, rid, top_k, threshold)

    def calibrate(self, examples: Sequence[Example] | None = None, *, limit: int = 2000) -> Calibration:
        """Refit the score's logistic coefficients on held-back codings (default: own examples, leave-one-out)."""
        if examples is None:
            examples = [(e.response_id, e.text, e.themes, e.question_id) for e in self._examples.values()]
        step = max(1, math.ceil(len(examples) / limit))
        rows, targets = [], []
        for rid, text, themes, question_id in list(examples)[::step]:
            for theme_id, e in self.evidence(text, question_id, exclude_response_id=rid).items():
                rows.append((e.keyword, e.vote, e.prior))
                targets.append(theme_id in themes)
        self.calibration = fit_calibration(
            np.array(rows, dtype=float).reshape(-1, 3), np.array(targets, dtype=float)
        )
        return self.calibration

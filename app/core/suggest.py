"""Offline, explainable theme suggestions: keyword evidence, votes of similar coded answers and theme priors.

Each theme gets three pieces of evidence for an answer, all in [0, 1] (app.core.suggestion_evidence):
  keyword  best fuzzy match of one of the theme's keywords (1 = exact word, ~0.8 = typo or other ending);
  vote     share of the weighted votes of the `neighbours` most similar coded answers of the same
           question, each vote weighted by similarity ** `power`, with a pseudo-weight in the denominator
           so one weak neighbour is not 100 % and many weak ones do not outvote the prior;
  prior    share of the question's coded answers that carry the theme.
Votes and priors come from the answer's own question from its first coding on, so a theme the question
has never used can only be suggested on keyword evidence; an answer's own coding is never evidence for it.
They are combined by a logistic model (app.core.calibration) refitted on the coder's own decisions as
they come in, so the score reads as the probability that the coder gives the theme. Where neighbours are
few or weak, the pseudo-weight shrinks the vote and the prior ranks (the smooth back-off); how much a
vote counts against the prior is what the refit learns from the coder's decisions.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable, Sequence

import numpy as np

from app.core.calibration import DEFAULT_CALIBRATION, Calibration, LiveCalibration, fit_calibration
from app.core.models import Theme
from app.core.progress import Progress
from app.core.semantic import MeaningIndex
from app.core.stop_words import STOP_WORDS
from app.core.suggestion_evidence import (
    Bucket,
    CodedExample,
    Evidence,
    EvidenceGathering,
    Found,
    content_keys,
    example_key,
)
from app.core.suggestion_reasons import (
    Reason,
    Suggestion,
    example_reason,
    keyword_reasons,
    prior_reason,
    shorten,
)
from app.core.text_match import KeywordHit, KeywordMatcher, tokenise

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
# the names app.core.suggest_batch imports from here, from before evidence and reasons had modules
_Bucket, _Found, _keyword_reasons = Bucket, Found, keyword_reasons
Example = tuple[str, str, frozenset[str], str | None]


class SuggestionEngine(EvidenceGathering):
    """Ranks a codebook's themes for an answer and learns incrementally from the coder's codings."""

    def __init__(
        self,
        themes: Sequence[Theme],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        neighbours: int = 20,
        power: float = 4.0,
        pseudo_weight: float = 1.0,  # weak neighbours (long, unalike texts) count for less than the priors
        stop_word_likeness: float = 1.0,  # below 1: answers sharing only stop-words count as less alike
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
        self._examples: dict[str, CodedExample] = {}
        self._all = Bucket(len(self.theme_ids))
        self._questions: dict[str, Bucket] = {}
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
        example = CodedExample(
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
            self._questions.setdefault(question_id, Bucket(len(self.theme_ids))).add(example)

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

    def _rank(self, found: Found, top_k: int, threshold: float | None) -> list[Suggestion]:
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
        self, theme_id: str, row: np.ndarray, hits: list[KeywordHit], found: Found
    ) -> tuple[Reason, ...]:
        reasons = keyword_reasons(hits)
        quotes: dict[str, tuple[str, float, list[str]]] = {}  # one quote per text: answers coded alike
        for rid, sim in found.near:
            example = self._examples[rid]
            if theme_id not in example.themes:
                continue
            same = example.words  # “No.” and “no” are one quote
            if same in quotes:
                quotes[same][2].append(rid)
            elif len(quotes) < 3:
                quotes[same] = (shorten(example.text), sim, [rid])
        if quotes:
            reasons.append(example_reason(quotes))
        if row[2] > 0:
            reasons.append(prior_reason(float(row[2]), found.size))
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

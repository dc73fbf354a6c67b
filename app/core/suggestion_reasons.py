"""Suggestions and why they are made: reasons as data a front end phrases in its language.

A reason also carries an English sentence for the command line. The review queue stores reasons as
JSON (`reasons_to_json`) so that the desktop can phrase a stored reason in the coder's language; rows
stored as an English sentence before that are read back as one reason of kind "text".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.text_match import KeywordHit

__all__ = ["Reason", "Suggestion", "keyword_reasons", "reasons_from_json", "reasons_to_json", "shorten"]


@dataclass(frozen=True)
class Reason:
    """Why a theme is suggested, as data a front end can phrase in its language, plus an English sentence.

    keyword: `keyword` matched the answer words in `items` with strength `score`, at `spans`;
    example: the coded answers quoted in `items` (each once) are alike, `scores` their likeness
             (`score` the best), `example_ids` every coded answer behind them;
    prior:   the theme was given to `count` of `total` coded answers of the question (`score` the share);
    text:    only the English sentence is known (a review-queue row stored before reasons were data).
    """

    kind: str  # "keyword" | "example" | "prior" | "text"
    text: str  # the English sentence (command line)
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

    @classmethod
    def from_dict(cls, data: dict) -> Reason:
        """Rebuild a reason from `to_dict` data (missing fields take their defaults)."""
        return cls(
            kind=str(data.get("kind", "text")),
            text=str(data.get("text", "")),
            spans=tuple((int(a), int(b)) for a, b in data.get("spans", ())),
            example_ids=tuple(str(i) for i in data.get("example_ids", ())),
            keyword=str(data.get("keyword", "")),
            items=tuple(str(i) for i in data.get("items", ())),
            scores=tuple(float(s) for s in data.get("scores", ())),
            score=float(data.get("score", 0.0)),
            count=int(data.get("count", 0)),
            total=int(data.get("total", 0)),
        )


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


def reasons_to_json(reasons: Sequence[Reason | dict]) -> str:
    """Return reasons (or their `to_dict` data) as the JSON text the review queue stores."""
    data = [r.to_dict() if isinstance(r, Reason) else dict(r) for r in reasons]
    return json.dumps({"reasons": data}, ensure_ascii=False, separators=(",", ":"))


def reasons_from_json(stored: str | None) -> tuple[Reason, ...]:
    """Read stored reasons back; an English sentence stored by an earlier version becomes one "text" reason."""
    if not stored:
        return ()
    try:
        data = json.loads(stored)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("reasons"), list):
        try:
            return tuple(Reason.from_dict(r) for r in data["reasons"] if isinstance(r, dict))
        except (TypeError, ValueError):
            pass
    return (Reason("text", stored.strip()),) if stored.strip() else ()


def keyword_reasons(hits: Sequence[KeywordHit], limit: int = 3) -> list[Reason]:
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


def example_reason(quotes: dict[str, tuple[str, float, list[str]]]) -> Reason:
    """The reason citing coded answers alike: quotes maps an answer's words to (text, likeness, ids)."""
    items = tuple(text for text, _, _ in quotes.values())
    scores = tuple(round(sim, 4) for _, sim, _ in quotes.values())
    quoted = "; ".join(f"“{text}” ({sim:.2f})" for text, sim in zip(items, scores))
    cited = tuple(rid for _, _, rids in quotes.values() for rid in rids)
    return Reason(
        "example", f"Like coded answers: {quoted}", (), cited, items=items, scores=scores, score=scores[0]
    )


def prior_reason(share: float, size: int) -> Reason:
    """The reason citing how often the question's coded answers carry the theme."""
    count = round(share * size)
    return Reason(
        "prior",
        f"Given to {count} of {size} coded answers ({share:.0%})",
        score=round(float(share), 4),
        count=count,
        total=size,
    )


def shorten(text: str, limit: int = 60) -> str:
    """Return the text on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

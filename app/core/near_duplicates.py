"""Groups of answers that say the same thing (non-answers, the same sentence with typos) to code in one step."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from app.core.progress import Progress, no_progress
from app.core.text_match import normalise

NO_TEXT = "(no words)"
NON_ANSWERS: dict[str, tuple[str, ...]] = {
    "no / nothing": (
        "no",
        "nope",
        "nah",
        "none",
        "nothing",
        "nothing to add",
        "nothing else",
        "no comment",
        "no comments",
        "n a",
        "na",
        "nil",
        "no answer",
        "not applicable",
        "nothing special",
        "no thanks",
        "нет",
        "неа",
        "нету",
        "ничего",
        "ничего нет",
        "нет ответа",
        "никак",
        "без комментариев",
        "ничего не",
        "жоқ",
        "жок",
        "ештеңе",
        "ештене",
        "ештеңе жоқ",
        "ешнәрсе",
        "ешнарсе",
        "ешқандай",
        "жауап жоқ",
    ),
    "don't know": (
        "dont know",
        "i dont know",
        "idk",
        "no idea",
        "not sure",
        "i have no idea",
        "dunno",
        "не знаю",
        "незнаю",
        "я не знаю",
        "затрудняюсь ответить",
        "затрудняюсь",
        "трудно сказать",
        "білмеймін",
        "билмеймин",
        "білмедім",
        "мен білмеймін",
        "жауап беру қиын",
    ),
}


@dataclass(frozen=True)
class DuplicateGroup:
    """Answers that say the same thing: `key` is their shared normalised form, `label` what to show."""

    key: str
    label: str
    response_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """Return the group as JSON-ready data."""
        return {"key": self.key, "label": self.label, "response_ids": list(self.response_ids)}


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _lexicon() -> dict[str, str]:
    return {normalise(phrase): label for label, phrases in NON_ANSWERS.items() for phrase in phrases}


def non_answer_label(text: str, lexicon: dict[str, str] | None = None) -> str | None:
    """Return the non-answer category of an answer ('no / nothing', "don't know", no words) or None."""
    lexicon = _lexicon() if lexicon is None else lexicon
    key = normalise(text)
    if not key:
        return NO_TEXT
    if key in lexicon:
        return lexicon[key]
    if 4 <= len(key) <= 30:
        found = process.extractOne(key, list(lexicon), scorer=fuzz.ratio, score_cutoff=85)
        if found is not None:
            return lexicon[found[0]]
    return None


def _fuzzy_pairs(keys: list[str], threshold: float, block: int, progress: Progress) -> list[tuple[int, int]]:
    """Pairs (i, j) of keys sorted by length whose similarity reaches the threshold, compared in blocks."""
    lengths = np.array([len(k) for k in keys])
    stretch = (200.0 - threshold) / threshold  # ratio >= t needs longer <= shorter * (2 - t) / t
    pairs: list[tuple[int, int]] = []
    for start in range(0, len(keys), block):
        stop = min(start + block, len(keys))
        limit = int(np.searchsorted(lengths, lengths[stop - 1] * stretch, side="right"))
        for col in range(start, limit, block * 8):
            col_stop = min(col + block * 8, limit)
            scores = process.cdist(
                keys[start:stop],
                keys[col:col_stop],
                scorer=fuzz.ratio,
                score_cutoff=threshold,
                dtype=np.uint8,
                workers=-1,
            )
            rows, cols = np.nonzero(scores)
            pairs.extend((start + int(r), col + int(c)) for r, c in zip(rows, cols) if start + r < col + c)
        progress(0.3 + 0.7 * stop / len(keys), "Comparing similar answers")
    return pairs


def near_duplicate_groups(
    items: Sequence[tuple[str, str]],
    threshold: float = 90.0,
    *,
    max_fuzzy_chars: int = 80,
    block: int = 1000,
    progress: Progress = no_progress,
) -> list[DuplicateGroup]:
    """Group (response_id, text) answers that say the same thing; only groups of two or more, largest first.

    Exact normalised text is bucketed first, non-answers join their lexicon category, and the remaining
    distinct texts up to `max_fuzzy_chars` are compared with rapidfuzz's ratio (0-100) at `threshold`.
    """
    if not 0 < threshold <= 100:
        raise ValueError(f"near-duplicate threshold must be in (0, 100], got {threshold}")
    lexicon = _lexicon()
    buckets: dict[str, list[int]] = {}
    for index, (_rid, text) in enumerate(items):
        key = normalise(text)
        buckets.setdefault(key, []).append(index)
    progress(0.2, "Grouping identical answers")
    category: dict[str, str] = {}
    remaining = []
    for key in buckets:
        label = non_answer_label(key, lexicon) if len(key) <= 30 else None
        if label is not None:
            category[key] = label
        elif len(key) <= max_fuzzy_chars:
            remaining.append(key)
    remaining.sort(key=len)
    finder = _UnionFind(len(remaining))
    for a, b in _fuzzy_pairs(remaining, threshold, block, progress):
        finder.union(a, b)
    members: dict[str, list[str]] = {}
    for key, label in category.items():
        members.setdefault("\0" + label, []).append(key)
    for index, key in enumerate(remaining):
        members.setdefault(remaining[finder.find(index)], []).append(key)
    for key in buckets:
        if key not in category and len(key) > max_fuzzy_chars:
            members[key] = [key]
    groups = [_group(name, keys, buckets, items) for name, keys in members.items()]
    progress(1.0, "Grouped similar answers")
    found = [g for g in groups if len(g.response_ids) >= 2]
    found.sort(key=lambda g: (-len(g.response_ids), g.key))
    return found


def _group(
    name: str, keys: list[str], buckets: dict[str, list[int]], items: Sequence[tuple[str, str]]
) -> DuplicateGroup:
    indexes = sorted(i for key in keys for i in buckets[key])
    ids = tuple(items[i][0] for i in indexes)
    if name.startswith("\0"):
        return DuplicateGroup(name[1:], name[1:], ids)
    key = max(keys, key=lambda k: (len(buckets[k]), -len(k), k))
    label = Counter(items[i][1].strip() for i in buckets[key]).most_common(1)[0][0]
    return DuplicateGroup(key, label, ids)

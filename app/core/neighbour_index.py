"""The coded answers of one question as a search index for the most similar answers (exact, pruned).

Likeness is rapidfuzz's `token_set_ratio` on the answers' comparison keys (sorted word stems). Each
distinct key is stored once with the answers that share it, so "no" coded 300 times is compared once.
A search does not score every key: a cheap upper bound of `token_set_ratio` is computed for all keys
at once with numpy, and the exact scorer runs on keys in decreasing bound order until no remaining
bound can reach the `count`-th best likeness found. The result is the same as scoring every key.

The bound follows rapidfuzz's definition. With token sets A and B, their intersection I and the
differences D_ab, D_ba joined by spaces, token_set_ratio is 100 when I is not empty and one set holds
the other, else the maximum of
  r0 = 100 * (1 - indel(D_ab, D_ba) / (|I + D_ab| + |I + D_ba|))   (joined lengths; I + D = I, space, D)
  r1 = 100 * (1 - (|D_ab| + [I]) / (|I| + |I + D_ab|))   and r2 the same for D_ba,
where r1 and r2 depend on lengths only. An indel distance is at least the L1 distance of the two
strings' character counts, and the counts of D_ab minus those of D_ba are the counts of A minus those
of B (the intersection cancels), so r0 is bounded from per-key character counts and the shared words.
Where that bound of r0 does not exceed the exact max(r1, r2), the likeness is max(r1, r2), computed
with rapidfuzz's arithmetic: such keys (often most of those sharing words) need no scorer call, and
their likeness gives a first count-th best before any key is scored.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

_HASHED = 28
_COLUMNS = (
    26 + 32 + 10 + _HASHED
)  # latin, cyrillic, digits (keys are case- and Kazakh-folded), the rest hashed
_EPSILON = 1e-6  # the bound is compared with rapidfuzz's floating-point scores


@functools.lru_cache(maxsize=4096)
def _column(ch: str) -> int:
    code = ord(ch)
    if 97 <= code <= 122:
        return code - 97
    if 0x430 <= code <= 0x44F:
        return 26 + code - 0x430
    if 48 <= code <= 57:
        return 58 + code - 48
    return 68 + code % _HASHED


def character_counts(words: Sequence[str]) -> np.ndarray:
    """Return the counts of a key's characters by column (spaces left out); merged columns keep it a bound."""
    counts = [0] * _COLUMNS
    for ch, times in Counter("".join(words)).items():
        counts[_column(ch)] += times
    return np.array(
        counts, dtype=np.int16
    )  # int16: numpy's L1 over int16 rows is several times faster than over int32


LIKENESS = fuzz.token_set_ratio  # the neighbour similarity (0-100) between two keys


def key_likeness(key: str, others: Sequence[str]) -> np.ndarray:
    """The neighbour similarity: rapidfuzz token_set_ratio (0-100) of one key against each of `others`."""
    if not others:
        return np.zeros(0)
    return process.cdist([key], others, scorer=LIKENESS, processor=None, dtype=np.float64)[0]


class Query:
    """A key prepared for searching: its distinct words, their total length and character counts."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.words = tuple(sorted(set(key.split())))
        self.chars = sum(len(w) for w in self.words)
        self.counts = character_counts(self.words)
        self.columns = np.flatnonzero(self.counts)  # the columns its characters fall in
        self.values = self.counts[self.columns]


class NeighbourIndex:
    """Distinct keys of coded answers with their answers, character counts and a word -> keys index."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._row: dict[str, int] = {}
        self._members: list[dict[str, int]] = []  # per row: response id -> order of arrival
        self._words: list[tuple[str, ...]] = []
        self._counts = np.zeros((_COLUMNS, 16), dtype=np.int16)  # per column, every row's count
        self._sizes = np.zeros((16, 3), dtype=np.int64)  # per row: distinct words, their length, answers
        self._postings: dict[str, set[int]] = {}
        self._posting_arrays: dict[str, np.ndarray] = {}
        self._arrival = 0
        self.version = 0  # changes with every add or remove (callers cache searches by it)

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, response_id: str, key: str) -> None:
        """Add an answer under its key (a new row for a key not seen yet)."""
        self.version += 1
        self._arrival += 1
        row = self._row.get(key)
        if row is None:
            row = self._new_row(key)
        self._members[row][response_id] = self._arrival
        self._sizes[row, 2] = len(self._members[row])

    def remove(self, response_id: str, key: str) -> None:
        """Remove an answer; a key without answers leaves the index (the last row takes its place)."""
        self.version += 1
        row = self._row[key]
        del self._members[row][response_id]
        self._sizes[row, 2] = len(self._members[row])
        if not self._members[row]:
            self._drop_row(row)

    def members(self) -> tuple[list[str], list[str]]:
        """Return every answer's id and its key, in parallel lists (for a likeness scored per answer)."""
        ids: list[str] = []
        keys: list[str] = []
        for key, members in zip(self.keys, self._members):
            ids.extend(members)
            keys.extend([key] * len(members))
        return ids, keys

    def _new_row(self, key: str) -> int:
        row = len(self.keys)
        if row == self._counts.shape[1]:
            self._counts = np.hstack([self._counts, np.zeros_like(self._counts)])
            self._sizes = np.vstack([self._sizes, np.zeros_like(self._sizes)])
        words = tuple(sorted(set(key.split())))
        self.keys.append(key)
        self._row[key] = row
        self._members.append({})
        self._words.append(words)
        self._counts[:, row] = character_counts(words)
        self._sizes[row] = (len(words), sum(len(w) for w in words), 0)
        for word in words:
            self._postings.setdefault(word, set()).add(row)
            self._posting_arrays.pop(word, None)
        return row

    def _drop_row(self, row: int) -> None:
        last = len(self.keys) - 1
        for word in self._words[row]:
            self._postings[word].discard(row)
            self._posting_arrays.pop(word, None)
            if not self._postings[word]:
                del self._postings[word]
        del self._row[self.keys[row]]
        if row != last:
            for word in self._words[last]:
                self._postings[word].discard(last)
                self._postings[word].add(row)
                self._posting_arrays.pop(word, None)
            self.keys[row], self._members[row], self._words[row] = (
                self.keys[last],
                self._members[last],
                self._words[last],
            )
            self._counts[:, row], self._sizes[row] = self._counts[:, last], self._sizes[last]
            self._row[self.keys[row]] = row
        self.keys.pop()
        self._members.pop()
        self._words.pop()

    def bounds(self, query: Query) -> np.ndarray:
        """Return an upper bound of token_set_ratio(query, key) for every row (exact where it is 100)."""
        return self.bounds_and_known(query)[0]

    def bounds_and_known(self, query: Query) -> tuple[np.ndarray, np.ndarray]:
        """Return the bound for every row and the exact likeness where lengths decide it (NaN elsewhere)."""
        n = len(self.keys)
        shared = np.zeros(n, dtype=np.int64)
        shared_chars = np.zeros(n, dtype=np.int64)
        for word in query.words:
            if word in self._postings:
                rows = self.posting(word)
                shared[rows] += 1
                shared_chars[rows] += len(word)
        return bound_terms(
            shared, shared_chars, self.apart(query), self._sizes[:n, 0], self._sizes[:n, 1], query
        )

    def apart(self, query: Query) -> np.ndarray:
        """Return the L1 distance of the query's character counts to every row's (only its own columns read)."""
        n = len(self.keys)
        common = np.minimum(self._counts[query.columns, :n], query.values[:, None]).sum(
            axis=0, dtype=np.int32
        )
        return self._sizes[:n, 1] + query.chars - 2 * common  # |a - b| = a + b - 2 min(a, b)

    def posting(self, word: str) -> np.ndarray:
        """Return the rows whose key holds `word` (an array cached until those rows change)."""
        found = self._posting_arrays.get(word)
        if found is None:
            found = np.fromiter(self._postings[word], dtype=np.intp, count=len(self._postings[word]))
            self._posting_arrays[word] = found
        return found

    def holds(self, word: str) -> bool:
        """Tell whether some key holds `word`."""
        return word in self._postings

    def sizes(self) -> np.ndarray:
        """Return, per row, its distinct words, their length and its answers (a view)."""
        return self._sizes[: len(self.keys)]

    def nearest(self, key: str, count: int, *, exact: bool = False) -> list[tuple[str, float]]:
        """Return up to `count` (response id, likeness 0-100) with likeness > 0, best first, ties by arrival.

        Only keys whose bound can still reach the count-th likeness are scored; `exact` scores all keys
        (the reference the pruned search must equal).
        """
        if not key or not self.keys or count <= 0:
            return []
        if exact:
            scored, scores = np.arange(len(self.keys)), key_likeness(key, self.keys)
        else:
            scored, scores, _ = self.search(Query(key), count)
        return self.ranked(scored, scores, count)

    def ranked(self, scored: np.ndarray, scores: np.ndarray, count: int) -> list[tuple[str, float]]:
        """Turn scored rows into the `count` best answers (likeness > 0), best first, ties by arrival."""
        kth = max(_kth_best(scores, self._sizes[scored, 2], count), 1e-9)
        keep = scores >= kth
        found = [
            (-score, arrival, rid)
            for row, score in zip(scored[keep].tolist(), scores[keep].tolist())
            for rid, arrival in self._members[row].items()
        ]
        found.sort()
        return [(rid, -negative) for negative, _, rid in found[:count]]

    def search(self, query: Query, count: int) -> tuple[np.ndarray, np.ndarray, int]:
        """Return the rows with a likeness that matters, their likeness, and how many the scorer ran on.

        Likeness decided by lengths (bound_terms) is taken as it is; the scorer runs on the other keys
        whose bound reaches the count-th likeness known, best-bounded first.
        """
        bound, known = self.bounds_and_known(query)
        sizes = self._sizes[: len(self.keys), 2]
        decided = np.flatnonzero(known > 0)
        scored, scores = [decided], [known[decided]]
        kth = _kth_best(scores[0], sizes[decided], count)
        open_ = np.isnan(known)
        ran = 0
        first = 2 * count + 32
        while True:
            rows = np.flatnonzero(open_ & (bound >= max(kth, 2 * _EPSILON)))
            if not len(rows):
                break
            more = len(rows) > first
            if more:
                rows = rows[np.argpartition(-bound[rows], first - 1)[:first]]
            open_[rows] = False
            ran += len(rows)
            scored.append(rows)
            scores.append(key_likeness(query.key, [self.keys[r] for r in rows.tolist()]))
            kth = _kth_best(np.concatenate(scores), sizes[np.concatenate(scored)], count)
            if not more:
                break
        return np.concatenate(scored), np.concatenate(scores), ran


def bound_terms(
    shared: np.ndarray,
    shared_chars: np.ndarray,
    apart: np.ndarray,
    words: np.ndarray,
    chars: np.ndarray,
    query: Query | tuple[np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """Return the bound of token_set_ratio and the exact value where lengths decide it (NaN elsewhere).

    Arrays broadcast (one query against all rows, or a block of queries against all rows); `apart` is
    the L1 distance of the character counts. The exact value is known when one key holds the other
    (100), when the key is empty (0) or when r0's bound cannot pass the exact r1 / r2.
    """
    nq, qchars = (len(query.words), query.chars) if isinstance(query, Query) else query
    has = (shared > 0).astype(np.int64)
    sect = shared_chars + shared - has  # the joined intersection's length
    diff_a = np.maximum(chars + words - shared_chars - shared - 1, 0)  # joined A - B (0 when empty)
    diff_b = np.maximum(qchars + nq - shared_chars - shared - 1, 0)
    sect_a = sect + has + diff_a
    sect_b = sect + has + diff_b
    total = np.maximum(sect_a + sect_b, 1)
    apart = apart + np.abs(words - nq)
    r0 = 100.0 - 100.0 * np.minimum(apart, total) / total
    r1 = has * (100.0 - 100.0 * (has + diff_a) / np.maximum(sect + sect_a, 1))
    r2 = has * (100.0 - 100.0 * (has + diff_b) / np.maximum(sect + sect_b, 1))
    lengths = np.maximum(r1, r2)
    bound = np.maximum(r0, lengths)
    known = np.where(r0 <= lengths, lengths, np.nan)
    whole = (has > 0) & ((shared == words) | (shared == nq))
    bound[whole] = 100.0
    known[whole] = 100.0
    empty = np.broadcast_to(words == 0, bound.shape)
    bound[empty] = 0.0
    known[empty] = 0.0
    return bound + _EPSILON, known


def _kth_best(scores: np.ndarray, sizes: np.ndarray, count: int) -> float:
    """Return the likeness of the count-th best answer among scored keys (0 while fewer are scored)."""
    order = np.argsort(-scores, kind="stable")
    reached = np.searchsorted(np.cumsum(sizes[order]), count)
    return float(scores[order[reached]]) if reached < len(order) else 0.0

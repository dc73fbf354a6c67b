"""The neighbour search for many answers at once: a block of keys bounded against every row in numpy.

`nearest_many` gives, for every key, exactly what `NeighbourIndex.nearest` gives, with the work of
the single search spread over a block of queries. The pairs that share words come from the postings
(one unique over the block) and get the full bound and, where lengths decide it, their exact likeness
(`bound_terms`); that gives each query a first count-th likeness. The other pairs have an empty
intersection, so their likeness is r0 of the whole keys, bounded by their character counts' L1
distance: one comparison over the block's matrix leaves the few that can reach that likeness. The
exact scorer runs on those, best-bounded first, and then on any whose bound reaches the new count-th.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from app.core.neighbour_index import _EPSILON, NeighbourIndex, Query, bound_terms, key_likeness

_CELLS = 250_000  # queries x rows per block (the block's matrices stay in the cache)
_SLACK = 1e-6  # the comparisons in the block's matrix err on the side of scoring


def nearest_many(
    index: NeighbourIndex,
    keys: Iterable[str],
    count: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, list[tuple[str, float]]]:
    """Return, for each distinct key, what `index.nearest(key, count)` returns; `progress(done, of)` per block."""
    queries = [Query(key) for key in dict.fromkeys(keys) if key]
    found: dict[str, list[tuple[str, float]]] = {q.key: [] for q in queries}
    if not queries or not len(index) or count <= 0:
        return found
    block = max(1, _CELLS // len(index))
    for start in range(0, len(queries), block):
        chunk = queries[start : start + block]
        for query, result in zip(chunk, _Block(index, chunk, count).search()):
            found[query.key] = result
        if progress is not None:
            progress(start + len(chunk), len(queries))
    return found


def _kth(who: np.ndarray, values: np.ndarray, answers: np.ndarray, count: int, queries: int) -> np.ndarray:
    """Return per query the likeness of its count-th best answer among (query, likeness, answers) triples."""
    kth = np.zeros(queries)
    if not len(who):
        return kth
    order = np.lexsort((-values, who))
    who, values = who[order], values[order]
    total = np.cumsum(answers[order])
    starts = np.searchsorted(who, np.arange(queries))
    before = np.where(starts > 0, total[np.maximum(starts - 1, 0)], 0)
    reached = np.flatnonzero(total - before[who] >= count)
    first, at = np.unique(who[reached], return_index=True)
    kth[first] = values[reached[at]]
    return np.maximum(kth, 0.0)


class _Block:
    """One block of queries against the index: pairs as flat (query, row) arrays, scored as needed."""

    def __init__(self, index: NeighbourIndex, queries: list[Query], count: int) -> None:
        self.index, self.queries, self.count = index, queries, count
        sizes = index.sizes()
        self.n = len(sizes)
        self.words, self.chars, self.answers = sizes[:, 0], sizes[:, 1], sizes[:, 2]
        self.nq = np.array([len(q.words) for q in queries], dtype=np.int64)
        self.qchars = np.array([q.chars for q in queries], dtype=np.int64)
        self.apart = np.array([index.apart(q) for q in queries]) + np.abs(self.words - self.nq[:, None])

    def search(self) -> list[list[tuple[str, float]]]:
        """Return every query's neighbours (as NeighbourIndex.nearest)."""
        b, first = len(self.queries), 2 * self.count + 32
        places, bound, known = self._sharing()
        decided = known > 0
        done_places, done_scores = [places[decided]], [known[decided]]
        kth = _kth(
            places[decided] // self.n, known[decided], self.answers[places[decided] % self.n], self.count, b
        )
        open_places, open_bound = places[np.isnan(known)], bound[np.isnan(known)]
        disjoint = self._disjoint(kth, places)
        open_places = np.concatenate([open_places, disjoint])
        open_bound = np.concatenate([open_bound, self._disjoint_bound(disjoint)])
        capped = True
        while len(open_places):  # best-bounded first, then every pair whose bound reaches the count-th
            who = open_places // self.n
            wanted = open_bound >= np.maximum(kth[who], 2 * _EPSILON)
            open_places, open_bound, who = open_places[wanted], open_bound[wanted], who[wanted]
            order = np.lexsort((-open_bound, who))
            open_places, open_bound, who = open_places[order], open_bound[order], who[order]
            starts = np.searchsorted(who, np.arange(b))
            rank = np.arange(len(who)) - starts[who]
            now = rank < first if capped else np.ones(len(who), dtype=bool)
            scored, scores = self._score(open_places[now])
            done_places.append(scored)
            done_scores.append(scores)
            if capped:
                many = np.bincount(who, minlength=b) > first
                later = ~now & many[who]
                open_places, open_bound = open_places[later], open_bound[later]
            else:
                open_places = open_places[:0]
            capped = False
            all_places, all_scores = np.concatenate(done_places), np.concatenate(done_scores)
            kth = _kth(all_places // self.n, all_scores, self.answers[all_places % self.n], self.count, b)
        return self._results(np.concatenate(done_places), np.concatenate(done_scores), kth)

    def _sharing(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return the pairs sharing words (query * n + row, in order), their bound and decided likeness."""
        index, n = self.index, self.n
        postings: list[np.ndarray] = []
        lengths: list[int] = []
        owners: list[int] = []
        for number, query in enumerate(self.queries):
            for word in query.words:
                if index.holds(word):
                    postings.append(index.posting(word))
                    lengths.append(len(word))
                    owners.append(number)
        if not postings:
            return np.zeros(0, dtype=np.intp), np.zeros(0), np.zeros(0)
        hits = np.array([len(rows) for rows in postings])
        flat = np.concatenate(postings) + np.repeat(np.array(owners) * n, hits)
        cells = len(self.queries) * n
        counted = np.bincount(flat, minlength=cells)
        unique = np.flatnonzero(counted)
        shared = counted[unique]
        shared_chars = np.bincount(flat, np.repeat(lengths, hits), minlength=cells)[unique].astype(np.int64)
        who, rows = np.divmod(unique, n)
        words = self.words[rows]
        bound, known = bound_terms(
            shared,
            shared_chars,
            self.apart.ravel()[unique] - np.abs(words - self.nq[who]),
            words,
            self.chars[rows],
            (self.nq[who], self.qchars[who]),
        )
        return unique, bound, known

    def _totals(self) -> np.ndarray:
        """Return the joined lengths of query and key summed, for every pair (r0's denominator when disjoint)."""
        return (self.qchars + self.nq - 1)[:, None] + (self.chars + self.words - 1)

    def _disjoint(self, kth: np.ndarray, sharing: np.ndarray) -> np.ndarray:
        """Return the pairs without a shared word whose r0 bound can reach the query's count-th likeness."""
        total = self._totals()
        reach = (self.apart < total) & (self.apart <= total * ((100.0 - kth) / 100.0 + _SLACK)[:, None])
        reach[:, self.words == 0] = False
        reach.ravel()[sharing] = False
        return np.flatnonzero(reach)

    def _disjoint_bound(self, places: np.ndarray) -> np.ndarray:
        """Return r0's bound for pairs without a shared word (as bound_terms gives it)."""
        total = np.maximum(self._totals().ravel()[places], 1)
        apart = self.apart.ravel()[places]
        return 100.0 - 100.0 * np.minimum(apart, total) / total + _EPSILON

    def _score(self, places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Run the exact scorer on pairs (sorted by query), one call per query."""
        who, rows = np.divmod(places, self.n)
        scores = np.zeros(len(places))
        cuts = np.flatnonzero(np.diff(who)) + 1
        keys = self.index.keys
        for start, stop in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(who)].tolist()):
            if stop > start:
                chosen = [keys[r] for r in rows[start:stop].tolist()]
                scores[start:stop] = key_likeness(self.queries[who[start]].key, chosen)
        return places, scores

    def _results(
        self, places: np.ndarray, scores: np.ndarray, kth: np.ndarray
    ) -> list[list[tuple[str, float]]]:
        """Turn the scored pairs into each query's neighbour list."""
        who = places // self.n
        keep = scores >= np.maximum(kth[who], 1e-9)
        places, scores, who = places[keep], scores[keep], who[keep]
        order = np.argsort(who, kind="stable")
        places, scores, who = places[order], scores[order], who[order]
        bounds = np.searchsorted(who, np.arange(len(self.queries) + 1))
        return [
            self.index.ranked(places[a:z] % self.n, scores[a:z], self.count)
            for a, z in zip(bounds[:-1].tolist(), bounds[1:].tolist())
        ]

"""Fuzzy keyword matching with answer spans; the word forms it compares live in app.core.word_forms."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from app.core.models import Theme
from app.core.stop_words import is_stop_word
from app.core.word_forms import (
    Token,
    fold_kazakh,
    match_key,
    normalise,
    normalise_word,
    stem,
    tokenise,
    utf16_offset,
    utf16_spans,
)

__all__ = [
    "KeywordHit",
    "KeywordMatcher",
    "Token",
    "match_key",
    "normalise",
    "normalise_word",
    "stem",
    "tokenise",
    "utf16_offset",
    "utf16_spans",
]


@dataclass(frozen=True)
class KeywordHit:
    """A theme keyword found in an answer, with the answer words (and their spans) that matched it."""

    theme_id: str
    keyword: str
    lang: str
    score: float
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Keyword:
    theme_id: str
    phrase: str
    lang: str
    words: tuple[int, ...]


def is_typo(word: str, other: str) -> bool:
    """Tell whether two stems are one word with a typo, not two words that merely share letters."""
    if word[:2] != other[:2]:
        return False
    short, long = sorted((word, other), key=len)
    if long.startswith(short) and len(short) >= 0.75 * len(long):  # cut short: "advert", "advertis"
        return True
    return OSA.distance(word, other, score_cutoff=2) <= (1 if min(len(word), len(other)) < 8 else 2)


class KeywordMatcher:
    """Finds each theme's keywords in answers, tolerating typos, word endings, case and word order.

    An answer word matches a keyword word with similarity 1.0 when equal, 0.95 when both have the same
    stem or the answer word starts with the keyword as written (keywords may be stems: "advertis"),
    0.85 when its stem starts with the keyword's stem, and 0.95 * rapidfuzz ratio (>= 80) of the stems
    for a typo: the same first two letters and at most one edit (two from 8 letters on), a swap of two
    neighbouring letters counting as one, or the keyword's stem cut by at most a quarter ("собарния" for "собрания", not "игнорировать" for
    "информировать"). A keyword matches only at the start of a word and must cover at least half of it
    ("прав" does not find "правительство"); a keyword that is a stop-word, and a stop-word of the
    answer ("so", "и"), match only the same word. A multi-word keyword needs all its words, in any
    order, within a few words of each other.
    """

    prefix_min = 4
    fuzzy_min = 5
    fuzzy_cutoff = 80.0
    prefix_share = 0.5  # a keyword found at a word's start covers at least this share of the word

    def __init__(self, themes: Sequence[Theme]) -> None:
        self._word_index: dict[str, int] = {}
        self._norms: list[str] = []
        self._stem_index: dict[str, list[int]] = {}
        self._keywords: list[_Keyword] = []
        self._by_word: dict[int, list[int]] = {}
        self._cache: dict[tuple[str, str], tuple[tuple[int, float], ...]] = {}
        for theme in themes:
            for lang, phrases in sorted(theme.keywords.items()):
                for phrase in phrases:
                    self._add_keyword(theme.id, phrase, lang)
        self._stems = list(self._stem_index)
        self._fuzzy_stems = [k if len(k) >= self.fuzzy_min else "" for k in self._stems]
        # keyword words that carry meaning: only they match by prefix or typo
        self._loose = frozenset(n for n, norm in enumerate(self._norms) if not is_stop_word(norm))

    def _word_id(self, norm: str) -> int:
        norm = fold_kazakh(norm)
        if norm not in self._word_index:
            self._word_index[norm] = len(self._norms)
            self._norms.append(norm)
            self._stem_index.setdefault(fold_kazakh(stem(norm)), []).append(self._word_index[norm])
        return self._word_index[norm]

    def _add_keyword(self, theme_id: str, phrase: str, lang: str) -> None:
        norms = [t.norm for t in tokenise(phrase)]
        if not norms:
            return
        for variant in [norms] + ([["".join(norms)]] if len(norms) > 1 else []):
            ids = tuple(dict.fromkeys(self._word_id(n) for n in variant))
            number = len(self._keywords)
            self._keywords.append(_Keyword(theme_id, " ".join(phrase.split()), lang, ids))
            for word_id in ids:
                self._by_word.setdefault(word_id, []).append(number)

    @property
    def keyword_count(self) -> int:
        """Number of keyword variants known (phrases plus their joined spellings)."""
        return len(self._keywords)

    def token_matches(self, token: Token) -> tuple[tuple[int, float], ...]:
        """Return (keyword word id, similarity 0..1) for every keyword word that this answer word matches."""
        cache_key = (token.norm, token.key)
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        best: dict[int, float] = {}

        def offer(word_ids: Iterable[int], sim: float, exact: bool = False) -> None:
            for word_id in word_ids:
                if exact or word_id in self._loose:
                    best[word_id] = max(best.get(word_id, 0.0), sim)

        norm, key = fold_kazakh(token.norm), token.key
        loose = not is_stop_word(token.norm)  # a stop-word matches only the same word
        if loose and len(key) >= self.fuzzy_min:
            for found_stem, score, _ in process.extract(
                key, self._fuzzy_stems, scorer=fuzz.ratio, limit=None, score_cutoff=self.fuzzy_cutoff
            ):
                if is_typo(key, found_stem):
                    offer(self._stem_index[found_stem], 0.95 * score / 100.0)
        for length in range(self._shortest_prefix(key), len(key) if loose else 0):
            offer(self._stem_index.get(key[:length], ()), 0.85)
        for length in range(self._shortest_prefix(norm), len(norm) if loose else 0):
            offer([self._word_index[norm[:length]]] if norm[:length] in self._word_index else [], 0.95)
        offer(self._stem_index.get(key, ()), 0.95, exact=True)
        offer([self._word_index[norm]] if norm in self._word_index else [], 1.0, exact=True)
        if len(self._cache) > 200_000:
            self._cache.clear()
        found = tuple(best.items())
        self._cache[cache_key] = found
        return found

    def _shortest_prefix(self, word: str) -> int:
        """The fewest letters a keyword found at the start of `word` must have."""
        return max(self.prefix_min, math.ceil(len(word) * self.prefix_share))

    def match(self, text: str, tokens: Sequence[Token] | None = None) -> dict[str, list[KeywordHit]]:
        """Return the keyword hits in an answer per theme id, best first (one hit per keyword and place)."""
        tokens = tokenise(text) if tokens is None else tokens
        seen: dict[int, list[tuple[int, float]]] = {}
        for position, token in enumerate(tokens):
            for word_id, sim in self.token_matches(token):
                seen.setdefault(word_id, []).append((position, sim))
        candidates = {n for word_id in seen for n in self._by_word.get(word_id, ())}
        hits: dict[str, dict[tuple[str, tuple[tuple[int, int], ...]], KeywordHit]] = {}
        for number in sorted(candidates):
            keyword = self._keywords[number]
            if len(keyword.words) == 1:
                found = [
                    self._hit(keyword, {keyword.words[0]: [place]}, tokens)
                    for place in seen[keyword.words[0]]
                ]
            else:
                found = [self._hit(keyword, seen, tokens)]
            for hit in found:
                if hit is None:
                    continue
                place = (hit.keyword.casefold(), hit.spans)
                known = hits.setdefault(hit.theme_id, {})
                if place not in known or known[place].score < hit.score:
                    known[place] = hit
        return {
            theme_id: sorted(places.values(), key=lambda h: (-h.score, h.spans))
            for theme_id, places in hits.items()
        }

    def _hit(
        self, keyword: _Keyword, seen: dict[int, list[tuple[int, float]]], tokens: Sequence[Token]
    ) -> KeywordHit | None:
        if any(w not in seen for w in keyword.words):
            return None
        chosen = [max(seen[w], key=lambda ps: (ps[1], -ps[0])) for w in keyword.words]
        positions = sorted({p for p, _ in chosen})
        if len(positions) < len(keyword.words) or positions[-1] - positions[0] > len(keyword.words) + 2:
            return None
        score = sum(s for _, s in chosen) / len(chosen)
        return KeywordHit(
            keyword.theme_id,
            keyword.phrase,
            keyword.lang,
            round(score, 4),
            tuple(tokens[p].text for p in positions),
            tuple((tokens[p].start, tokens[p].end) for p in positions),
        )

"""Fuzzy keyword matching with answer spans; the word forms it compares live in app.core.word_forms."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

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


class KeywordMatcher:
    """Finds each theme's keywords in answers, tolerating typos, word endings, case and word order.

    An answer word matches a keyword word with similarity 1.0 when equal, 0.95 when both have the same
    stem or the answer word starts with the keyword as written (keywords may be stems: "advertis"),
    0.85 when its stem starts with the keyword's stem, and 0.95 * rapidfuzz ratio (>= 80) of the stems
    for typos that keep the first letter (a stem matches at word starts, never inside another word).
    Stop-words of the answer ("so", "и") match only the same word. A multi-word keyword needs all its words, in any order, within a few words of each other.
    """

    prefix_min = 4
    fuzzy_min = 5
    fuzzy_cutoff = 80.0

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

        def offer(word_ids: Iterable[int], sim: float) -> None:
            for word_id in word_ids:
                best[word_id] = max(best.get(word_id, 0.0), sim)

        norm, key = fold_kazakh(token.norm), token.key
        loose = not is_stop_word(token.norm)  # a stop-word matches only the same word
        if loose and len(key) >= self.fuzzy_min:
            for found_stem, score, _ in process.extract(
                key, self._fuzzy_stems, scorer=fuzz.ratio, limit=None, score_cutoff=self.fuzzy_cutoff
            ):
                if found_stem[0] == key[0]:  # a typo, not another word that merely shares letters
                    offer(self._stem_index[found_stem], 0.95 * score / 100.0)
        for length in range(self.prefix_min, len(key) if loose else 0):
            offer(self._stem_index.get(key[:length], ()), 0.85)
        for length in range(self.prefix_min, len(norm) if loose else 0):
            offer([self._word_index[norm[:length]]] if norm[:length] in self._word_index else [], 0.95)
        offer(self._stem_index.get(key, ()), 0.95)
        offer([self._word_index[norm]] if norm in self._word_index else [], 1.0)
        if len(self._cache) > 200_000:
            self._cache.clear()
        found = tuple(best.items())
        self._cache[cache_key] = found
        return found

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

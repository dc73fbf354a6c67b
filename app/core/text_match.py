"""Normalising, tokenising, light stemming (en/ru/kk) and fuzzy keyword matching with answer spans."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from app.core.models import Theme
from app.core.stop_words import is_stop_word

_WORD = re.compile(r"\w+(?:['’ʼ`]\w+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_KAZAKH_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")
_VOICED_FINAL = {"ғ": "қ", "г": "к", "б": "п"}

_EN_ENDINGS = tuple(
    sorted(
        (
            "iveness",
            "fulness",
            "ousness",
            "ational",
            "ations",
            "ation",
            "nesses",
            "ness",
            "ments",
            "ment",
            "ities",
            "ity",
            "ings",
            "ing",
            "edly",
            "ed",
            "ies",
            "es",
            "ly",
            "ive",
            "ers",
            "er",
            "s",
            "e",
            "y",
        ),
        key=len,
        reverse=True,
    )
)
_RU_ENDINGS = tuple(
    sorted(
        (
            "иями",
            "ями",
            "ами",
            "ией",
            "иям",
            "ием",
            "иях",
            "ого",
            "его",
            "ому",
            "ему",
            "ыми",
            "ими",
            "ешь",
            "ете",
            "ите",
            "ают",
            "яют",
            "ует",
            "ать",
            "ять",
            "ить",
            "ыть",
            "еть",
            "ала",
            "яла",
            "ила",
            "ало",
            "или",
            "ее",
            "ие",
            "ые",
            "ое",
            "ей",
            "ий",
            "ый",
            "ой",
            "ем",
            "им",
            "ым",
            "ом",
            "их",
            "ых",
            "ую",
            "юю",
            "ая",
            "яя",
            "ою",
            "ею",
            "ев",
            "ов",
            "ье",
            "еи",
            "ии",
            "ям",
            "ам",
            "ах",
            "ях",
            "ью",
            "ия",
            "ья",
            "ют",
            "ут",
            "ет",
            "ит",
            "ть",
            "ла",
            "ли",
            "ло",
            "ны",
            "на",
            "но",
            "а",
            "е",
            "и",
            "й",
            "о",
            "у",
            "ы",
            "ь",
            "ю",
            "я",
        ),
        key=len,
        reverse=True,
    )
)
_RU_DERIVATIONAL = ("ость", "ост", "ейш")
_RU_NOUN_OST = ("остями", "остям", "остях", "остью", "остей", "ость", "ости")
_KK_SUFFIXES = tuple(
    sorted(
        (
            "лар",
            "лер",
            "дар",
            "дер",
            "тар",
            "тер",
            "ымыз",
            "іміз",
            "мыз",
            "міз",
            "ыңыз",
            "іңіз",
            "ңыз",
            "ңіз",
            "ым",
            "ім",
            "ың",
            "ің",
            "сы",
            "сі",
            "ның",
            "нің",
            "дың",
            "дің",
            "тың",
            "тің",
            "ға",
            "ге",
            "қа",
            "ке",
            "на",
            "не",
            "ны",
            "ні",
            "ды",
            "ді",
            "ты",
            "ті",
            "да",
            "де",
            "та",
            "те",
            "нда",
            "нде",
            "дан",
            "ден",
            "тан",
            "тен",
            "нан",
            "нен",
            "мен",
            "бен",
            "пен",
            "ы",
            "і",
            "а",
            "е",
        ),
        key=len,
        reverse=True,
    )
)


@dataclass(frozen=True)
class Token:
    """One word of an answer: its text, its comparison key and where it stands in the original string."""

    text: str
    norm: str
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class KeywordHit:
    """A theme keyword found in an answer, with the answer words (and their spans) that matched it."""

    theme_id: str
    keyword: str
    lang: str
    score: float
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def normalise_word(word: str) -> str:
    """Fold case, compatibility forms, 'ё' and apostrophes so spelling variants compare equal."""
    return unicodedata.normalize("NFKC", word).casefold().replace("ё", "е").translate(_APOSTROPHES)


def normalise(text: str) -> str:
    """Return the answer as lower-case words separated by single spaces (punctuation dropped)."""
    return " ".join(normalise_word(m.group()) for m in _WORD.finditer(text))


def _strip_one(word: str, endings: Iterable[str], min_stem: int) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= max(min_stem, 4 if len(ending) == 1 else 3):
            return word[: -len(ending)]
    return word


def _stem_en(word: str) -> str:
    return _strip_one(word, _EN_ENDINGS, 3)


def _stem_ru(word: str) -> str:
    for reflexive in ("ся", "сь"):
        if word.endswith(reflexive) and len(word) >= 6:
            word = word[:-2]
            break
    for ending in _RU_NOUN_OST:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    word = _strip_one(word, _RU_ENDINGS, 3)
    return _strip_one(word, _RU_DERIVATIONAL, 4)


def _stem_kk(word: str) -> str:
    for _ in range(3):
        shorter = _strip_one(word, _KK_SUFFIXES, 3)
        if shorter == word:
            break
        word = shorter
    if word and word[-1] in _VOICED_FINAL:
        word = word[:-1] + _VOICED_FINAL[word[-1]]
    return word


@functools.lru_cache(maxsize=100_000)  # answers repeat their words: stem each once
def stem(word: str) -> str:
    """Strip common inflections of a normalised English, Russian or Kazakh word (same stem for its forms)."""
    if len(word) < 4 or not word.isalpha():
        return word
    if word.isascii():
        return _stem_en(word)
    if any(ch in _KAZAKH_LETTERS for ch in word):
        return _stem_kk(word)
    return _stem_ru(word)


def match_key(word: str) -> str:
    """Return the key two word forms share when they are the same word: stem with Kazakh letters folded."""
    return stem(normalise_word(word)).translate(_KAZAKH_FOLD)


def tokenise(text: str) -> list[Token]:
    """Split an answer into words with their normalised form, match key and code-point span."""
    tokens = []
    for m in _WORD.finditer(text):
        norm = normalise_word(m.group())
        tokens.append(Token(m.group(), norm, stem(norm).translate(_KAZAKH_FOLD), m.start(), m.end()))
    return tokens


def utf16_offset(text: str, index: int) -> int:
    """Convert a Python string index to the UTF-16 offset Qt uses (astral characters count twice)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def utf16_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Convert (start, end) code-point spans of `text` to UTF-16 spans for Qt text cursors."""
    return [(utf16_offset(text, start), utf16_offset(text, end)) for start, end in spans]


@dataclass(frozen=True)
class _Keyword:
    theme_id: str
    phrase: str
    lang: str
    words: tuple[int, ...]


def _folded(word: str) -> str:
    return word.translate(_KAZAKH_FOLD)


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
        norm = _folded(norm)
        if norm not in self._word_index:
            self._word_index[norm] = len(self._norms)
            self._norms.append(norm)
            self._stem_index.setdefault(_folded(stem(norm)), []).append(self._word_index[norm])
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

        norm, key = _folded(token.norm), token.key
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

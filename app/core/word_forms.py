"""Word forms of answers: normalising, tokenising and light stemming of English, Russian and Kazakh.

Two forms of one word ("advertising", "advertised"; "рекламы", "реклама"; "жарнамалар", "жарнама") get
the same match key, their stem with Kazakh letters folded, which keyword matching and neighbour
likeness compare.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

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


def fold_kazakh(word: str) -> str:
    """Fold the Kazakh letters to their nearest Russian ones ("қ" to "к"), as match keys do."""
    return word.translate(_KAZAKH_FOLD)


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

"""Stop-words kept out of similarity and keyword evidence: en/ru from stopwords-iso, Kazakh written here.

The English and Russian lists come from the maintained `stopwordsiso` package; no package on PyPI has a
Kazakh list, so a short one of function words is kept below. Words that carry an answer's meaning in a
survey (negations: "no", "нет", "жоқ") stay out of the stop list, because "no" is a common whole answer.
"""

from __future__ import annotations

import unicodedata

import stopwordsiso

_KAZAKH = """
және мен бен пен да де та те бұл сол осы ол олар біз сіз сен мен менің біздің сіздің оның олардың
керек үшін өте көп аз болу болды болады болып қажет ғой ғана әр барлық кейбір тағы енді әлі қазір
сияқты туралы арқылы бойынша дейін кейін сондай сонымен бірақ немесе егер онда мұнда қалай неге не
ма ме ба бе па пе ия иә
"""
_KEPT = """
no not never nothing none nobody nowhere нет не ни ничего никак никогда никто ничто жоқ емес ешқандай ештеңе
ешкім
"""
KEPT = frozenset(_KEPT.split())


def _normalise(word: str) -> str:
    # the same folding as app.core.word_forms.normalise_word (text_match imports this module)
    folded = unicodedata.normalize("NFKC", word).casefold().replace("ё", "е")
    return folded.translate(str.maketrans("", "", "'’ʼ`"))


def _build() -> frozenset[str]:
    words = set(stopwordsiso.stopwords(["en", "ru"])) | set(_KAZAKH.split())
    return frozenset(_normalise(w) for w in words) - KEPT


STOP_WORDS = _build()


def is_stop_word(norm: str) -> bool:
    """Return True for a normalised word that carries no theme on its own ("the", "и", "және")."""
    return norm in STOP_WORDS

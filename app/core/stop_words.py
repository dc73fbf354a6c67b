"""Stop-words kept out of keyword evidence and neighbour damping: English, Russian and Kazakh function words.

Only function words are listed (articles, pronouns, prepositions, conjunctions, particles, auxiliary
verbs): a survey answer's content words ("website", "problem", "работа", "деньги") must stay matchable,
which the long general-purpose lists (stopwords-iso lists "information", "computer", "работа") do not
allow. Words that carry an answer's meaning in a survey (negations: "no", "нет", "жоқ") are kept out of
the stop list, because "no" is a common whole answer.
"""

from __future__ import annotations

import unicodedata

_ENGLISH = """
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself yourselves also yet may might must
shall us im ive id youre dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt
thats theres its lets far now ever even
"""
_RUSSIAN = """
и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было
вот от меня еще ещё о из ему теперь когда даже ну вдруг ли если уже или быть был него до вас нибудь опять
уж вам ведь там потом себя ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто
чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой
тем чтобы нее были куда зачем всех можно при об хоть после над больше тот через эти нас про всего них
какая много разве три эту моя впрочем свою этой перед иногда лучше чуть том такой им более всегда конечно
всю между это эта этих этим которые который которая которое которых очень также либо ко об обо при про
ибо зато пусть лишь именно
"""
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
    words = set(_ENGLISH.split()) | set(_RUSSIAN.split()) | set(_KAZAKH.split())
    return frozenset(_normalise(w) for w in words) - KEPT


STOP_WORDS = _build()


def is_stop_word(norm: str) -> bool:
    """Return True for a normalised word that carries no theme on its own ("the", "и", "және")."""
    return norm in STOP_WORDS

"""Tests for normalising, stemming and fuzzy keyword matching with spans."""

from __future__ import annotations

from app.core.models import Theme
from app.core.stop_words import is_stop_word
from app.core.text_match import KeywordMatcher, match_key, normalise, tokenise, utf16_spans


def _matcher(**keywords: tuple[str, ...]) -> KeywordMatcher:
    return KeywordMatcher([Theme(id="t", name="theme", keywords=keywords)])


def _matched_words(matcher: KeywordMatcher, text: str) -> list[str]:
    return [text[s:e] for hit in matcher.match(text).get("t", []) for s, e in hit.spans]


def test_normalise_folds_case_punctuation_yo_and_apostrophes():
    """Case, punctuation, 'ё' and apostrophes do not change the normalised text."""
    assert normalise("  Don't   KNOW!!! Всё,  ЖОҚ ") == "dont know все жоқ"


def test_russian_inflections_share_a_key():
    """Russian noun and comparative forms of one word get the same match key."""
    keys = {
        match_key(w) for w in ("прозрачность", "прозрачности", "прозрачностью", "прозрачнее", "прозрачный")
    }
    assert len(keys) == 1


def test_kazakh_suffix_with_consonant_alternation_shares_a_key():
    """Kazakh 'ашықтығы' (possessive, қ -> ғ) has the key of 'ашықтық'."""
    assert match_key("ашықтығы") == match_key("ашықтық")
    assert match_key("халыққа") == match_key("халық")


def test_russian_keyword_matches_inflected_forms_with_spans():
    """Keyword 'прозрачность' is found in 'прозрачности' and 'прозрачнее', spans on those words."""
    matcher = _matcher(ru=("прозрачность",))
    assert _matched_words(matcher, "Больше ПРОЗРАЧНОСТИ в бюджете!") == ["ПРОЗРАЧНОСТИ"]
    assert _matched_words(matcher, "Надо сделать всё прозрачнее") == ["прозрачнее"]
    assert matcher.match("Надо больше рекламы") == {}


def test_kazakh_keyword_matches_possessive_form():
    """Keyword 'ашықтық' matches 'ашықтығы' in a Kazakh answer."""
    matcher = _matcher(kk=("ашықтық",))
    assert _matched_words(matcher, "Шешімдердің ашықтығы жоқ") == ["ашықтығы"]


def test_english_keyword_tolerates_typo_and_scores_it_lower():
    """'responsiveness' matches the typo 'responsivness' with a score below an exact match."""
    matcher = _matcher(en=("responsiveness",))
    typo = matcher.match("more responsivness please")["t"][0]
    exact = matcher.match("more responsiveness please")["t"][0]
    assert typo.words == ("responsivness",)
    assert 0.8 <= typo.score < exact.score == 1.0


def test_stem_keyword_matches_longer_words():
    """A keyword written as a stem ('advertis') matches 'Advertising' and 'advertise'."""
    matcher = _matcher(en=("advertis",))
    assert _matched_words(matcher, "Advertising on TV, advertise more") == ["Advertising", "advertise"]


def test_multi_word_keyword_any_order_needs_all_words():
    """'social media' matches 'media, social' and the joined form but not 'social' alone."""
    matcher = _matcher(en=("social media",))
    assert _matched_words(matcher, "Media (social) ads") == ["Media", "social"]
    assert _matched_words(matcher, "socialmedia ads") == ["socialmedia"]
    assert matcher.match("social workers") == {}


def test_short_keywords_need_exact_words():
    """Two-letter keywords like 'tv' match only the word itself, not words starting with it."""
    matcher = _matcher(en=("tv",))
    assert _matched_words(matcher, "TV ads") == ["TV"]
    assert matcher.match("tvs and tvorog") == {}


def test_tokenise_spans_index_the_original_text():
    """Token spans cut the original word out of the answer, including after astral characters."""
    text = "👍 Прозрачность, ok"
    assert [text[t.start : t.end] for t in tokenise(text)] == ["Прозрачность", "ok"]


def test_utf16_spans_count_astral_characters_twice():
    """Qt offsets after an emoji are one larger than Python indices."""
    text = "👍 нет"
    assert utf16_spans(text, [(2, 5)]) == [(3, 6)]
    assert utf16_spans("нет", [(0, 3)]) == [(0, 3)]


def test_a_keyword_stem_matches_at_word_starts_not_inside_other_words():
    """'собрани' finds 'собрания' and a typo of it, never 'обратную' (same letters, another word)."""
    matcher = _matcher(ru=("собрани",))
    assert _matched_words(matcher, "собрания во дворах") == ["собрания"]
    assert _matched_words(matcher, "собарния во дворах") == ["собарния"]
    assert _matched_words(matcher, "нужна обратную связь") == []


def test_answer_stop_words_match_only_the_same_word():
    """A stop-word of the answer ("so") never matches a keyword by prefix or typo; the same word still does."""
    assert _matched_words(_matcher(en=("social",)), "so far so good") == []
    assert _matched_words(_matcher(en=("never",)), "I never go") == ["never"]


def test_words_that_only_share_letters_are_not_typos():
    """'игнорировать' is not 'информировать'; 'ақпан' is not 'ақпарат'; 'confirming' is not 'confusing'."""
    assert matcher_words(ru=("информировать",), text="не надо игнорировать жалобы") == []
    assert matcher_words(kk=("ақпарат",), text="ақпан айында") == []
    assert matcher_words(en=("confusing",), text="confirming the order") == []
    assert matcher_words(en=("support",), text="sport facilities") == []


def test_real_typos_and_other_forms_still_match_in_three_languages():
    """A swapped or dropped letter, another ending and a cut stem match, each scored below an exact word."""
    matcher = _matcher(ru=("информировать",))
    for text in ("инфармировать", "информирование", "информироват"):
        (hit,) = matcher.match(f"надо {text} людей")["t"]
        assert hit.words == (text,) and 0.8 <= hit.score < 1.0
    assert matcher_words(kk=("ақпарат",), text="ақпаратты алу қиын") == ["ақпаратты"]
    assert matcher_words(kk=("ақпарат",), text="акпарат жок") == ["акпарат"]  # typed without Kazakh letters
    assert matcher_words(en=("advertising",), text="more adverts") == ["adverts"]


def test_a_keyword_found_at_a_word_start_must_cover_half_of_it():
    """'прав' (a stem) finds 'права' but not 'правительство'; 'inform' finds 'informed', not 'informationally'."""
    assert matcher_words(ru=("прав",), text="мои права") == ["права"]
    assert matcher_words(ru=("прав",), text="правительство молчит") == []
    assert matcher_words(en=("inform",), text="keep us informed") == ["informed"]
    assert matcher_words(en=("inform",), text="informationally poor") == []


def test_content_words_are_not_stop_words():
    """Survey words that long general lists call stop-words ('website', 'работа') match by stem and typo."""
    assert not is_stop_word("website") and not is_stop_word("работа") and not is_stop_word("problem")
    assert is_stop_word("the") and is_stop_word("и") and is_stop_word("және") and not is_stop_word("жоқ")
    assert matcher_words(en=("website",), text="the websites are slow") == ["websites"]
    assert matcher_words(ru=("работа",), text="нет работы") == ["работы"]


def matcher_words(text: str, **keywords: tuple[str, ...]) -> list[str]:
    """Return the answer words that the keywords of one theme matched."""
    return _matched_words(_matcher(**keywords), text)

"""Selection positions: which counting (code points, UTF-16 units, CR+LF as one) makes selections fit."""

from __future__ import annotations

from app.core.refi.positions import (
    CODE_POINTS,
    CODE_POINTS_CRLF,
    UTF16,
    convert,
    detect_reading,
    unit_map,
)

TEXT = "Привет 👋 друзья!\r\nThe portal 😀😀 is slow\r\nНужно больше рекламы 🙏 везде\r\nend"
WORDS = ["друзья", "portal", "slow", "рекламы", "везде", "end"]


def _utf16_span(text: str, word: str) -> tuple[int, int]:
    """Where a word is in UTF-16 code units, as NVivo and Qt count."""
    start = text.index(word)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(word.encode("utf-16-le")) // 2


def _crlf_one_span(text: str, word: str) -> tuple[int, int]:
    """Where a word is in code points when each CR+LF counts as one."""
    start = text.index(word)
    before = len(text[:start].replace("\r\n", "\n"))
    return before, before + len(word)


def test_utf16_positions_with_emoji_and_crlf_are_detected_and_land_on_the_words():
    """NVivo-style positions: emoji count two; the detector picks UTF-16 and every word comes out right."""
    spans = [_utf16_span(TEXT, w) for w in WORDS]
    reading, scores = detect_reading([(TEXT, spans)])
    assert reading == UTF16
    assert scores[UTF16] == len(WORDS) and scores[CODE_POINTS] < len(WORDS)
    mapping = unit_map(TEXT, reading)
    assert [TEXT[slice(*convert(mapping, *s))] for s in spans] == WORDS


def test_code_point_positions_are_read_as_the_standard_says():
    """Positions per the standard (code points) are detected as such."""
    spans = [(TEXT.index(w), TEXT.index(w) + len(w)) for w in WORDS]
    reading, _ = detect_reading([(TEXT, spans)])
    assert reading == CODE_POINTS
    mapping = unit_map(TEXT, reading)
    assert [TEXT[slice(*convert(mapping, *s))] for s in spans] == WORDS


def test_crlf_counted_as_one_is_detected():
    """A writer that counted each CR+LF as one character is detected, and the words still come out right."""
    spans = [_crlf_one_span(TEXT, w) for w in WORDS]
    reading, _ = detect_reading([(TEXT, spans)])
    assert reading == CODE_POINTS_CRLF
    mapping = unit_map(TEXT, reading)
    assert [TEXT[slice(*convert(mapping, *s))] for s in spans] == WORDS


def test_plain_text_ties_go_to_code_points_and_bad_spans_do_not_convert():
    """Without emoji or CR+LF every reading agrees: the standard's wins; a span inside an emoji is refused."""
    reading, scores = detect_reading([("plain words only", [(0, 5), (6, 11)])])
    assert reading == CODE_POINTS and len(set(scores.values())) == 1
    mapping = unit_map("a😀b", UTF16)
    assert convert(mapping, 0, 2) is None  # ends inside the emoji's surrogate pair
    assert convert(mapping, 1, 3) == (1, 2)
    assert convert(mapping, 0, 9) is None

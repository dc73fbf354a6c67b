"""Selection positions: the standard counts code points, NVivo counts UTF-16 units; find which fits."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

CODE_POINTS = "code points"
UTF16 = "UTF-16 code units"
CODE_POINTS_CRLF = "code points with CR+LF as one"
UTF16_CRLF = "UTF-16 code units with CR+LF as one"
READINGS = (CODE_POINTS, UTF16, CODE_POINTS_CRLF, UTF16_CRLF)  # ties go to the earlier (the standard first)

Span = tuple[int, int]


def unit_map(text: str, reading: str) -> np.ndarray:
    """Return, for each unit position of this reading, the code point offset it stands for (-1: inside one)."""
    if same_for_all_readings(text):
        return np.arange(len(text) + 1, dtype=np.int64)
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    widths = np.ones(len(points), dtype=np.int64)
    if reading in (UTF16, UTF16_CRLF):
        widths += points > 0xFFFF  # a character beyond the BMP is a surrogate pair: two units
    if reading in (CODE_POINTS_CRLF, UTF16_CRLF) and len(points) > 1:
        lf_after_cr = np.zeros(len(points), dtype=bool)
        lf_after_cr[1:] = (points[1:] == 0x0A) & (points[:-1] == 0x0D)
        widths[lf_after_cr] = 0  # the LF of a CR+LF takes no unit of its own
    before = np.concatenate(([0], np.cumsum(widths)))  # unit offset before each code point, and the end
    mapping = np.full(int(before[-1]) + 1, -1, dtype=np.int64)
    keep = np.flatnonzero(np.concatenate((widths > 0, [True])))  # after a CR+LF, never between CR and LF
    mapping[before[keep]] = keep
    return mapping


def same_for_all_readings(text: str) -> bool:
    """True when every reading gives the same positions (no characters beyond the BMP, no CR+LF)."""
    return "\r\n" not in text and all(ord(c) <= 0xFFFF for c in text)


def on_boundary(text: str, offset: int) -> bool:
    """True when a selection may start or end here: not inside a word and not between CR and LF."""
    if offset <= 0 or offset >= len(text):
        return True
    before, after = text[offset - 1], text[offset]
    if before == "\r" and after == "\n":
        return False
    return not (before.isalnum() and after.isalnum())


def convert(mapping: np.ndarray, start: int, end: int) -> Span | None:
    """Turn a unit span into a code point span, or None when it does not fall on characters."""
    if start < 0 or end < start or end >= len(mapping):
        return None
    a, b = int(mapping[start]), int(mapping[end])
    return (a, b) if a >= 0 and b >= 0 else None


INSIDE_WORD = "with an end inside a word, kept as drawn"
PAST_END = "running past the end of the text, cut at its end"
OUTSIDE = "outside the text, left out"
MISFITS = (INSIDE_WORD, PAST_END, OUTSIDE)  # what the reader does with a selection that does not fit


def misfit(text: str, mapping: np.ndarray, start: int, end: int) -> str | None:
    """Why a selection does not fit its text under this reading, as one of MISFITS; None when it fits."""
    span = convert(mapping, start, end)
    if span is None:
        last = len(mapping) - 1
        return PAST_END if end > last and convert(mapping, start, last) is not None else OUTSIDE
    return None if on_boundary(text, span[0]) and on_boundary(text, span[1]) else INSIDE_WORD


def misfits(text: str, mapping: np.ndarray, spans: Sequence[Span]) -> list[str]:
    """Why each selection that does not fit fails to (one of MISFITS per such selection)."""
    return [why for start, end in spans if (why := misfit(text, mapping, start, end)) is not None]


def fit_count(text: str, mapping: np.ndarray, spans: Sequence[Span]) -> int:
    """Count selections that land inside the text with both ends on word boundaries."""
    return sum(misfit(text, mapping, start, end) is None for start, end in spans)


def detect_reading(sources: Sequence[tuple[str, Sequence[Span]]]) -> tuple[str, dict[str, int]]:
    """Choose the reading under which most selections of the whole file fit their texts."""
    scores = dict.fromkeys(READINGS, 0)
    for text, spans in sources:
        if not spans:
            continue
        if same_for_all_readings(text):
            shared = fit_count(text, unit_map(text, CODE_POINTS), spans)
            for reading in READINGS:
                scores[reading] += shared
            continue
        for reading in READINGS:
            scores[reading] += fit_count(text, unit_map(text, reading), spans)
    best = max(READINGS, key=lambda r: (scores[r], -READINGS.index(r)))
    return best, scores

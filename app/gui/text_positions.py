"""Positions in an answer: Python counts code points, Qt's text documents count UTF-16 units."""

from __future__ import annotations

from collections.abc import Iterable


def utf16_offset(text: str, index: int) -> int:
    """Convert a Python string index (code points) to Qt's UTF-16 position."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def utf16_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Convert (start, end) code-point spans to UTF-16 spans, dropping ones outside the text."""
    result = []
    for start, end in spans:
        start, end = max(0, start), min(len(text), end)
        if start < end:
            result.append((utf16_offset(text, start), utf16_offset(text, end)))
    return result


def code_point_offset(text: str, position: int) -> int:
    """Convert Qt's UTF-16 position back to a Python string index (code points)."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)

"""Coded spans (the words of an answer that justify a coding) and the quick keys bound to themes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFAULT_KEYS = tuple(str(n) for n in range(1, 10)) + tuple(f"Ctrl+{n}" for n in range(1, 10))
RESERVED_KEYS = frozenset(
    {"0", "J", "K", "N", "Ctrl+T", "Ctrl+F", "Ctrl+Z", "Ctrl+Y", "Alt+1", "Alt+2", "Alt+3"}
)


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of an answer, counted in code points, coded with a theme by a coder."""

    response_id: str
    theme_id: str
    coder_id: str
    start: int
    end: int


def check_span(text: str, start: int, end: int) -> None:
    """Refuse a span outside the answer or empty, naming the positions (code points)."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"span {start}:{end} is not inside the answer (positions 0 to {len(text)}, start before end)"
        )


def parse_span(value: str) -> tuple[int, int]:
    """Read 'START:END' (code points, end exclusive) as two integers."""
    start, sep, end = value.partition(":")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise ValueError(f"--span {value!r}: expected START:END, two whole numbers (code points)")
    return int(start), int(end)


def normalise_key(key: str) -> str:
    """Return a quick key in its stored spelling ('ctrl+4' -> 'Ctrl+4', 'q' -> 'Q'), or raise for a bad one."""
    parts = [p.strip() for p in key.split("+")]
    if not key.strip():
        return ""
    base = parts[-1].upper() if len(parts[-1]) == 1 else parts[-1].capitalize()
    mods = [m.capitalize() for m in parts[:-1]]
    if mods not in ([], ["Ctrl"], ["Shift"], ["Ctrl", "Shift"]) or not (
        (len(base) == 1 and base.isalnum()) or (base.startswith("F") and base[1:].isdigit())
    ):
        raise ValueError(
            f"{key!r} is not a usable quick key (a letter, digit or F-key, optionally Ctrl+ or Shift+)"
        )
    spelled = "+".join([*mods, base])
    if "Ctrl" in mods and base.isalpha() and len(base) == 1:
        raise ValueError(f"{spelled} belongs to the menus; use a letter, digit, F-key or Ctrl+digit")
    if spelled in RESERVED_KEYS:
        raise ValueError(f"{spelled} is already used by the coding loop")
    return spelled


def effective_keys(theme_ids: Sequence[str], chosen: dict[str, str]) -> dict[str, str]:
    """Keys for themes in tree order: the chosen ones, then 1–9 and Ctrl+1–9 for the rest, in order."""
    keys = dict(chosen)
    free = [k for k in DEFAULT_KEYS if k not in set(chosen.values())]
    for theme_id in theme_ids:
        if theme_id not in keys and free:
            keys[theme_id] = free.pop(0)
    return {t: keys[t] for t in theme_ids if t in keys}


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join overlapping or touching ranges, so highlights never double-paint."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def span_positions(spans: Iterable[Span]) -> dict[tuple[str, str, str], list[tuple[int, int]]]:
    """Group spans as (response, theme, coder) -> [(start, end)], for exports and quotes."""
    positions: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for sp in spans:
        positions.setdefault((sp.response_id, sp.theme_id, sp.coder_id), []).append((sp.start, sp.end))
    return positions

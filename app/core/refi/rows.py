"""Planned codings and notes as the rows a project stores: codings with origin, spans, nones, memos."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.models import Origin
from app.core.refi.mapping import ImportPlan

Key = tuple[str, str, str]  # response id, theme id, coder id


@dataclass
class CodingRows:
    """What an import stores: codings (key -> time, origin), spans (key -> start -> end, time), nones."""

    codings: dict[Key, tuple[str, str]] = field(default_factory=dict)
    spans: dict[Key, dict[int, tuple[int, str]]] = field(default_factory=dict)
    nones: dict[tuple[str, str], str] = field(default_factory=dict)
    spans_dropped: int = 0  # spans of sources matched to an answer whose text differs

    def span_rows(self) -> list[tuple[str, str, str, int, int, str]]:
        """Every span as (response, theme, coder, start, end, time)."""
        return [
            (*key, start, end, stamp)
            for key, starts in self.spans.items()
            for start, (end, stamp) in sorted(starts.items())
        ]


def _earlier(a: str, b: str) -> str:
    """The earlier of two stored times, an empty one counting as unknown."""
    return min(a, b) if a and b else a or b


def coding_rows(
    plan: ImportPlan,
    response_of: Mapping[str, str],
    theme_of: Mapping[str, str],
    coder_of: Mapping[str, str],
    same_text: Mapping[str, bool] | None = None,
) -> CodingRows:
    """Turn planned codings into unique rows; a partial selection becomes a span of its coding.

    `same_text[source]` False says the matched answer's text differs from the source, so its positions
    would land on other words: such codings keep the answer but their spans are dropped and counted.
    Two spans of one coding starting at the same place keep the longer (a span is keyed by its start).
    """
    rows = CodingRows()
    texts = {a.source: len(a.text) for a in plan.answers}
    for coding in plan.codings:
        response, theme = response_of.get(coding.source), theme_of.get(coding.theme_id)
        if not response or not theme:
            continue
        key = (response, theme, coder_of[coding.coder])
        stamp, origin = rows.codings.get(key, ("", ""))
        rows.codings[key] = (_earlier(stamp, coding.created_at), origin or coding.origin)
        start, end = coding.span
        if coding.whole or not 0 <= start < end <= texts.get(coding.source, 0):
            continue
        if same_text is not None and not same_text.get(coding.source, True):
            rows.spans_dropped += 1
            continue
        starts = rows.spans.setdefault(key, {})
        old_end, old_stamp = starts.get(start, (end, coding.created_at))
        starts[start] = (max(end, old_end), _earlier(old_stamp, coding.created_at))
    coded = {(r, c) for r, _, c in rows.codings}
    for source, coder, stamp in plan.none_applies:
        response = response_of.get(source)
        if response and (response, coder_of[coder]) not in coded:
            rows.nones[(response, coder_of[coder])] = stamp
    return rows


def origin_of(origin: str) -> str:
    """The stored origin of an imported coding: the one Thematic noted, else `import`."""
    return origin or Origin.IMPORT.value


def memo_texts(
    plan: ImportPlan, response_of: Mapping[str, str], coder_of: Mapping[str, str]
) -> dict[tuple[str | None, str], tuple[list[str], str]]:
    """Group the file's notes as a coder's memo per answer (or on the project): (texts, earliest time).

    A coder keeps one memo per answer, so several notes of one user on one source become one memo, their
    texts in file order, each once. Notes of sources that matched no answer are left out.
    """
    grouped: dict[tuple[str | None, str], tuple[list[str], str]] = {}
    for source, coder, text, stamp in plan.memos:
        response = response_of.get(source) if source else None
        if source and response is None:
            continue
        key = (response, coder_of[coder])
        texts, first = grouped.get(key, ([], stamp))
        if text not in texts:
            texts.append(text)
        grouped[key] = (texts, _earlier(first, stamp))
    return grouped

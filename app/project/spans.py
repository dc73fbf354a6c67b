"""Span coding and quick keys: use cases of the Project facade (whole-answer codings stay the unit)."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.models import Origin
from app.core.spans import Span, check_span, effective_keys, normalise_key, span_positions
from app.project.base import ProjectBase
from app.project.outcomes import Changes, ProjectError
from app.storage import spans_store
from app.storage.changes import ChangeRecorder, now_iso


class SpanUseCases(ProjectBase):
    """Mixin of the Project facade: code the words of an answer, bind keys to themes."""

    # ----- quick keys ----------------------------------------------------------------------------
    def quick_keys(self) -> dict[str, str]:
        """Return every theme's quick key: chosen ones, then 1–9 and Ctrl+1–9 in tree order."""
        with self._session() as s:
            chosen = spans_store.chosen_keys(s)
        return effective_keys([t.id for t in self.themes()], chosen)

    def set_quick_key(self, theme_id: str, key: str, coder: str | None = None) -> Changes:
        """Bind a key to a theme (taking it from any other theme); an empty key goes back to the default."""
        try:
            key = normalise_key(key)
        except ValueError as exc:
            raise ProjectError(str(exc)) from None
        with self._session() as s:
            coder_id = self._coder_in(s, coder) if coder else None
            name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            rec.delete("theme_keys", theme_id=theme_id)
            if key:
                rec.delete("theme_keys", key=key)
                rec.insert("theme_keys", [{"theme_id": theme_id, "key": key}])
            label = f"Key {key} for {name}" if key else f"Default key for {name}"
            self._log(s, rec, coder_id, "theme-key", label)
        return Changes(label=label, codebook=True)

    # ----- spans ---------------------------------------------------------------------------------
    def spans(self, coder: str | None = None, response_ids: Sequence[str] | None = None) -> list[Span]:
        """Return coded spans (of one coder, of some answers), only where the coding still stands."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
        if own is not None:
            coder = own  # blind: one's own spans only
        coder_id = None
        if coder is not None:
            coder_id = self.known_coder_id(coder)
            if coder_id is None:
                return []
        with self._session(write=False) as s:
            return spans_store.spans_of(s, coder_id, list(response_ids) if response_ids is not None else None)

    def span_positions(self) -> dict[tuple[str, str, str], list[tuple[int, int]]]:
        """Return every standing span as (response, theme, coder) -> [(start, end)], for exports and quotes."""
        return span_positions(self.spans())

    def code_span(self, response_id: str, theme_id: str, start: int, end: int, coder: str) -> Changes:
        """Code the characters [start, end) of an answer with a theme; the answer gets the theme too."""
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            name = self._theme_name(s, theme_id)
            text = spans_store.response_text(s, response_id)
            if text is None:
                raise ProjectError(f"no response with id {response_id}")
            try:
                check_span(text, start, end)
            except ValueError as exc:
                raise ProjectError(str(exc)) from None
            rec = ChangeRecorder(s)
            stamp = now_iso()
            if not spans_store.has_coding(s, response_id, theme_id, coder_id):
                row = {"response_id": response_id, "theme_id": theme_id, "coder_id": coder_id}
                # a decision is themes or "no theme applies", never both (the schema refuses both)
                rec.delete("none_applies", response_id=response_id, coder_id=coder_id)
                rec.insert("codings", [{**row, "origin": Origin.MANUAL.value, "created_at": stamp}])
                # spans left from an earlier coding of this theme went with it
                rec.delete("coding_spans", response_id=response_id, theme_id=theme_id, coder_id=coder_id)
            where = {"response_id": response_id, "theme_id": theme_id, "coder_id": coder_id}
            if spans_store.has_span(s, response_id, theme_id, coder_id, start):
                rec.update("coding_spans", {"end": end}, start=start, **where)
            else:
                rec.insert("coding_spans", [{**where, "start": start, "end": end, "created_at": stamp}])
            label = f"Code “{_excerpt(text[start:end])}” as {name}"
            self._log(s, rec, coder_id, "span", label, {"start": start, "end": end})
        return Changes(label=label, response_ids=frozenset([response_id]), affected=1)

    def remove_span(self, response_id: str, theme_id: str, start: int, coder: str) -> Changes:
        """Take one span off a coding (the answer keeps the theme)."""
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            removed = rec.delete(
                "coding_spans", response_id=response_id, theme_id=theme_id, coder_id=coder_id, start=start
            )
            label = f"Remove a span of {name}"
            self._log(s, rec, coder_id, "span-remove", label)
        return Changes(label=label, response_ids=frozenset([response_id]), affected=removed)


def _excerpt(text: str, limit: int = 40) -> str:
    """Shorten span text for an undo label."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""Coding use cases of the project facade: themes on answers, "no theme applies", and memos."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.models import Origin, new_id
from app.project.base import ProjectBase
from app.project.outcomes import Changes, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import chunks, current_decisions, decisions_for_theme, write_decisions
from app.storage.memos import find_memo


class CodingUseCases(ProjectBase):
    """The coding loop's changes: each one undoable step for the coder who made it."""

    def assign(
        self,
        response_ids: str | Iterable[str],
        theme_id: str,
        coder: str,
        origin: Origin = Origin.MANUAL,
        label: str | None = None,
    ) -> Changes:
        """Give responses a theme (one undo step, however many responses)."""
        ids = [response_ids] if isinstance(response_ids, str) else list(dict.fromkeys(response_ids))
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            theme_name, unknown, current = decisions_for_theme(s, coder_id, theme_id, ids)
            if theme_name is None:
                raise ProjectError(f"no theme with id {theme_id}")
            self._refuse_unknown(unknown)
            rec = ChangeRecorder(s)
            missing = [rid for rid in ids if theme_id not in (current[rid] or ())]
            write_decisions(
                rec,
                coder_id,
                {rid: (theme_id,) for rid in missing},
                {rid: current[rid] for rid in missing},
                origin=Origin(origin).value,
                stamp=now_iso(),
                replace=False,
            )
            label = label or (
                f"Code as {theme_name}" if len(ids) == 1 else f"Code {len(ids)} answers as {theme_name}"
            )
            self._log(s, rec, coder_id, "assign", label)
        return Changes(label=label, response_ids=frozenset(missing), affected=len(missing))

    def remove(self, response_ids: str | Iterable[str], theme_id: str, coder: str) -> Changes:
        """Take a theme off responses."""
        ids = [response_ids] if isinstance(response_ids, str) else list(response_ids)
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            theme_name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            removed = sum(
                rec.delete("codings", response_id=chunk, theme_id=theme_id, coder_id=coder_id)
                for chunk in chunks(ids)
            )
            label = f"Remove {theme_name}"
            self._log(s, rec, coder_id, "remove", label)
        return Changes(label=label, response_ids=frozenset(ids), affected=removed)

    def toggle(self, response_id: str, theme_id: str, coder: str) -> Changes:
        """Switch a theme on or off for one response: the coding loop's key press.

        On a single-choice answer switching a theme on replaces the coder's other themes."""
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            theme_name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            if rec.delete("codings", response_id=response_id, theme_id=theme_id, coder_id=coder_id):
                label = f"Remove {theme_name}"
            else:
                self._check_responses(s, [response_id])
                replaced = repo.response_single_choice(s, response_id) and rec.delete(
                    "codings", response_id=response_id, coder_id=coder_id
                )
                # a decision is themes or "no theme applies", never both (the schema refuses both)
                rec.delete("none_applies", response_id=response_id, coder_id=coder_id)
                rec.insert(
                    "codings",
                    [
                        {
                            "response_id": response_id,
                            "theme_id": theme_id,
                            "coder_id": coder_id,
                            "origin": Origin.MANUAL.value,
                            "created_at": now_iso(),
                        }
                    ],
                )
                label = f"Code as {theme_name}" + (" (replacing)" if replaced else "")
            self._log(s, rec, coder_id, "toggle", label)
        return Changes(label=label, response_ids=frozenset([response_id]), affected=1)

    def mark_none(self, response_ids: str | Iterable[str], coder: str) -> Changes:
        """Record that no theme applies (a decision, unlike an uncoded answer); clears the themes."""
        ids = [response_ids] if isinstance(response_ids, str) else list(dict.fromkeys(response_ids))
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            self._check_responses(s, ids)
            rec = ChangeRecorder(s)
            marked = {
                rid for rid, themes in current_decisions(s, coder_id, ids).items() if themes == frozenset()
            }
            for chunk in chunks(ids):
                rec.delete("codings", response_id=chunk, coder_id=coder_id)
            stamp = now_iso()
            rec.insert(
                "none_applies",
                [
                    {"response_id": rid, "coder_id": coder_id, "created_at": stamp}
                    for rid in ids
                    if rid not in marked
                ],
            )
            label = "Mark as no theme applies"
            self._log(s, rec, coder_id, "none", label)
        return Changes(label=label, response_ids=frozenset(ids), affected=len(ids))

    def clear(self, response_ids: str | Iterable[str], coder: str) -> Changes:
        """Return responses to 'not yet coded' for this coder."""
        ids = [response_ids] if isinstance(response_ids, str) else list(response_ids)
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            rec = ChangeRecorder(s)
            for chunk in chunks(ids):
                rec.delete("codings", response_id=chunk, coder_id=coder_id)
                rec.delete("none_applies", response_id=chunk, coder_id=coder_id)
            label = "Clear coding"
            self._log(s, rec, coder_id, "clear", label)
        return Changes(label=label, response_ids=frozenset(ids))

    def set_themes(
        self,
        response_id: str,
        theme_ids: Iterable[str],
        coder: str,
        origin: Origin = Origin.MANUAL,
        label: str = "Set themes",
    ) -> Changes:
        """Make a response's theme set exactly this (empty = none applies), as one step."""
        wanted = set(theme_ids)
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            self._check_responses(s, [response_id])
            rec = ChangeRecorder(s)
            write_decisions(
                rec,
                coder_id,
                {response_id: wanted},
                current_decisions(s, coder_id, [response_id]),
                origin=Origin(origin).value,
                stamp=now_iso(),
                replace=True,
            )
            self._log(s, rec, coder_id, "set", label)
        return Changes(label=label, response_ids=frozenset([response_id]))

    def set_memo(self, response_id: str | None, coder: str, text: str) -> Changes:
        """Write this coder's memo on a response (empty text deletes it); undoable."""
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            if response_id is not None:
                self._check_responses(s, [response_id])
            rec = ChangeRecorder(s)
            where = {"coder_id": coder_id}
            existing = find_memo(s, coder_id, response_id)
            if existing is not None and text.strip():
                rec.update("memos", {"text": text}, id=existing.id, **where)
            elif existing is not None:
                rec.delete("memos", id=existing.id)
            elif text.strip():
                rec.insert(
                    "memos",
                    [
                        {
                            "id": new_id(),
                            "response_id": response_id,
                            "coder_id": coder_id,
                            "text": text,
                            "created_at": now_iso(),
                        }
                    ],
                )
            self._log(s, rec, coder_id, "memo", "Edit memo")
        return Changes(label="Edit memo", response_ids=frozenset([response_id] if response_id else []))

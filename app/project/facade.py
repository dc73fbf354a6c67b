"""The project facade: one method is one use case in one transaction, returning what changed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.models import Coder, Coding, Origin, Question, Respondent, Response, Theme, new_id
from app.project.agreement import AnalysisUseCases
from app.project.codebook import CodebookUseCases
from app.project.importing import ImportUseCases
from app.project.merge import MergeUseCases
from app.project.outcomes import Changes, ProjectError
from app.project.queries import ViewQueries
from app.project.reports import ReportUseCases
from app.project.spans import SpanUseCases
from app.project.suggestions import SuggestUseCases
from app.storage import repository as repo
from app.storage.changes import (
    ChangeRecorder,
    ReplayConflict,
    last_undoable,
    next_redoable,
    now_iso,
    record_event,
    replay,
)
from app.storage.database import StorageError, open_engine, project_url
from app.storage.schema import CoderRow, EventRow, MemoRow, MetaRow, NoneAppliesRow, ResponseRow


class Project(
    CodebookUseCases,
    ImportUseCases,
    MergeUseCases,
    AnalysisUseCases,
    ReportUseCases,
    SuggestUseCases,
    SpanUseCases,
    ViewQueries,
):
    """An open Thematic project (an SQLite file or a PostgreSQL database)."""

    def __init__(self, engine, target: str) -> None:
        self.engine = engine
        self.target = target
        self._coder_ids: dict[str, str] = {}

    # ----- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, target: str | Path, *, title: str = "", codebook=None) -> Project:
        """Create a new project, optionally seeded with a codebook."""
        try:
            engine = open_engine(target, create=True)
        except StorageError as exc:
            raise ProjectError(str(exc)) from None
        project = cls(engine, str(target))
        with project._session() as s:
            s.merge(MetaRow(key="title", value=title or Path(str(target)).stem))
            s.merge(MetaRow(key="created_at", value=now_iso()))
        if codebook is not None:
            project.import_codebook_data(codebook)
        return project

    @classmethod
    def open(cls, target: str | Path, *, upgrade: bool = False) -> Project:
        """Open an existing project, upgrading an older SQLite file after a backup."""
        try:
            engine = open_engine(target, upgrade=upgrade)
        except StorageError as exc:
            raise ProjectError(str(exc)) from None
        return cls(engine, str(target))

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _session(self):
        """Open a session whose work commits together or not at all."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the project's database."""
        return project_url(self.target)

    # ----- reading -------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        """The project's title, shown in the window and the report."""
        with self._session() as s:
            return repo.get_meta(s, "title")

    def set_title(self, title: str) -> Changes:
        """Rename the project."""
        with self._session() as s:
            s.merge(MetaRow(key="title", value=title))
        return Changes(label="Rename project")

    def questions(self) -> list[Question]:
        """Return the open questions in survey order."""
        with self._session() as s:
            return repo.list_questions(s)

    def question(self, ref: str) -> Question:
        """Find a question by id, key, or 1-based position."""
        questions = self.questions()
        for q in questions:
            if ref in (q.id, q.key):
                return q
        if ref.isdigit() and 1 <= int(ref) <= len(questions):
            return questions[int(ref) - 1]
        matches = [q for q in questions if ref.casefold() in q.key.casefold()]
        if len(matches) == 1:
            return matches[0]
        raise ProjectError(f"no question {ref!r} (known: {', '.join(q.key for q in questions) or 'none'})")

    def themes(self) -> list[Theme]:
        """Return the codebook in tree order."""
        with self._session() as s:
            return repo.list_themes(s)

    def theme(self, ref: str) -> Theme:
        """Find a theme by id or by name (case-insensitive)."""
        themes = self.themes()
        for t in themes:
            if ref == t.id:
                return t
        by_name = [t for t in themes if t.name.casefold() == ref.casefold()]
        if len(by_name) == 1:
            return by_name[0]
        raise ProjectError(
            f"no theme {ref!r} in the codebook" if not by_name else f"theme name {ref!r} is ambiguous"
        )

    def coders(self) -> list[Coder]:
        """Return every coder."""
        with self._session() as s:
            return repo.list_coders(s)

    def respondents(self) -> list[Respondent]:
        """Return respondents with their attributes."""
        with self._session() as s:
            return repo.list_respondents(s)

    def responses(self, question_id: str | None = None) -> list[Response]:
        """Return responses, optionally of one question, in import order."""
        with self._session() as s:
            return repo.list_responses(s, question_id)

    def coder_codings(self, coder: str, question_id: str | None = None) -> dict[str, frozenset[str]]:
        """Return a coder's decisions: response id -> theme ids (empty set = none applies)."""
        with self._session() as s:
            found = repo.find_coder(s, coder)
            return repo.decisions_of(s, found.id, question_id) if found else {}

    def all_decisions(self, question_id: str | None = None) -> dict[str, dict[str, frozenset[str]]]:
        """Return every coder's decisions, keyed by coder name."""
        with self._session() as s:
            return {c.name: repo.decisions_of(s, c.id, question_id) for c in repo.list_coders(s)}

    def codings(self, coder: str | None = None) -> list[Coding]:
        """Return coding rows, optionally of one coder."""
        with self._session() as s:
            coder_id = None
            if coder is not None:
                found = repo.find_coder(s, coder)
                if found is None:
                    return []
                coder_id = found.id
            return repo.list_codings(s, coder_id)

    def stats(self) -> dict:
        """Count answers, decisions and codings per coder, question and theme (for `thematic stats`)."""
        with self._session() as s:
            questions = repo.list_questions(s)
            themes = {t.id: t.name for t in repo.list_themes(s)}
            coders = {c.id: c.name for c in repo.list_coders(s)}
            answers = repo.answers_per_question(s)
            result: dict = {
                "questions": {q.key: {"text": q.text, "answers": answers.get(q.id, 0)} for q in questions},
                "coders": {},
            }
            qkeys = {q.id: q.key for q in questions}
            for name in coders.values():
                result["coders"][name] = {
                    qkeys[q.id]: {
                        "answers": answers.get(q.id, 0),
                        "decided": 0,
                        "none_applies": 0,
                        "themes": {},
                    }
                    for q in questions
                }
            for coder_id, question_id, decided, none in repo.decided_counts(s):
                entry = result["coders"][coders[coder_id]][qkeys[question_id]]
                entry["decided"], entry["none_applies"] = decided, none
            for coder_id, question_id, theme_id, n in repo.coding_counts(s):
                result["coders"][coders[coder_id]][qkeys[question_id]]["themes"][themes[theme_id]] = n
            return result

    def history(self, limit: int = 50) -> list[dict]:
        """Return the newest events of the audit trail."""
        with self._session() as s:
            rows = s.scalars(select(EventRow).order_by(EventRow.id.desc()).limit(limit))
            names = {c.id: c.name for c in repo.list_coders(s)}
            return [
                {
                    "id": e.id,
                    "coder": names.get(e.coder_id or "", ""),
                    "action": e.action,
                    "label": e.label,
                    "at": e.created_at,
                    "undone": e.undone,
                    "detail": json.loads(e.detail or "{}"),
                }
                for e in rows
            ]

    # ----- coders --------------------------------------------------------------------------------
    def coder_id(self, name: str) -> str:
        """Return the id of a coder, adding the coder on first use."""
        name = name.strip()
        if not name:
            raise ProjectError("a coder name is required")
        if name in self._coder_ids:
            return self._coder_ids[name]
        with self._session() as s:
            found = repo.find_coder(s, name)
            if found is None:
                found = Coder(id=new_id(), name=name)
                s.add(CoderRow(id=found.id, name=name))
        self._coder_ids[name] = found.id
        return found.id

    def known_coder_id(self, name: str) -> str | None:
        """Return the id of an existing coder, or None; reading never adds a coder."""
        name = name.strip()
        if name in self._coder_ids:
            return self._coder_ids[name]
        with self._session() as s:
            found = repo.find_coder(s, name)
        if found is not None:
            self._coder_ids[name] = found.id
        return found.id if found else None

    # ----- coding --------------------------------------------------------------------------------
    def _log(
        self,
        s: Session,
        rec: ChangeRecorder,
        coder_id: str | None,
        action: str,
        label: str,
        detail: dict | None = None,
    ) -> None:
        """Record the action's row changes as one undoable event."""
        if rec.changes:
            record_event(s, coder_id=coder_id, action=action, label=label, changes=rec.changes, detail=detail)

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
        coder_id = self.coder_id(coder)
        with self._session() as s:
            theme_name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            have = self._have(s, ids, theme_id, coder_id)
            stamp = now_iso()
            missing = [rid for rid in ids if rid not in have]
            self._check_responses(s, missing)
            rec.insert(
                "codings",
                [
                    {
                        "response_id": rid,
                        "theme_id": theme_id,
                        "coder_id": coder_id,
                        "origin": Origin(origin).value,
                        "created_at": stamp,
                    }
                    for rid in missing
                ],
            )
            for chunk in _chunks(missing):
                rec.delete("none_applies", response_id=chunk, coder_id=coder_id)
            label = label or (
                f"Code as {theme_name}" if len(ids) == 1 else f"Code {len(ids)} answers as {theme_name}"
            )
            self._log(s, rec, coder_id, "assign", label)
        return Changes(label=label, response_ids=frozenset(missing), affected=len(missing))

    def remove(self, response_ids: str | Iterable[str], theme_id: str, coder: str) -> Changes:
        """Take a theme off responses."""
        ids = [response_ids] if isinstance(response_ids, str) else list(response_ids)
        coder_id = self.coder_id(coder)
        with self._session() as s:
            theme_name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            removed = sum(
                rec.delete("codings", response_id=chunk, theme_id=theme_id, coder_id=coder_id)
                for chunk in _chunks(ids)
            )
            label = f"Remove {theme_name}"
            self._log(s, rec, coder_id, "remove", label)
        return Changes(label=label, response_ids=frozenset(ids), affected=removed)

    def toggle(self, response_id: str, theme_id: str, coder: str) -> Changes:
        """Switch a theme on or off for one response: the coding loop's key press."""
        coder_id = self.coder_id(coder)
        with self._session() as s:
            theme_name = self._theme_name(s, theme_id)
            rec = ChangeRecorder(s)
            if rec.delete("codings", response_id=response_id, theme_id=theme_id, coder_id=coder_id):
                label = f"Remove {theme_name}"
            else:
                self._check_responses(s, [response_id])
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
                rec.delete("none_applies", response_id=response_id, coder_id=coder_id)
                label = f"Code as {theme_name}"
            self._log(s, rec, coder_id, "toggle", label)
        return Changes(label=label, response_ids=frozenset([response_id]), affected=1)

    def mark_none(self, response_ids: str | Iterable[str], coder: str) -> Changes:
        """Record that no theme applies (a decision, unlike an uncoded answer); clears the themes."""
        ids = [response_ids] if isinstance(response_ids, str) else list(dict.fromkeys(response_ids))
        coder_id = self.coder_id(coder)
        with self._session() as s:
            self._check_responses(s, ids)
            rec = ChangeRecorder(s)
            marked = set(
                s.scalars(
                    select(NoneAppliesRow.response_id).where(
                        NoneAppliesRow.coder_id == coder_id, NoneAppliesRow.response_id.in_(ids)
                    )
                )
            )
            for chunk in _chunks(ids):
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
        coder_id = self.coder_id(coder)
        with self._session() as s:
            rec = ChangeRecorder(s)
            for chunk in _chunks(ids):
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
        coder_id = self.coder_id(coder)
        with self._session() as s:
            self._check_responses(s, [response_id])
            rec = ChangeRecorder(s)
            current = repo.decisions_of_response(s, coder_id, response_id)
            for theme_id in (current or set()) - wanted:
                rec.delete("codings", response_id=response_id, theme_id=theme_id, coder_id=coder_id)
            stamp = now_iso()
            rec.insert(
                "codings",
                [
                    {
                        "response_id": response_id,
                        "theme_id": t,
                        "coder_id": coder_id,
                        "origin": Origin(origin).value,
                        "created_at": stamp,
                    }
                    for t in sorted(wanted - (current or set()))
                ],
            )
            if wanted:
                rec.delete("none_applies", response_id=response_id, coder_id=coder_id)
            elif current is None or current:
                rec.insert(
                    "none_applies", [{"response_id": response_id, "coder_id": coder_id, "created_at": stamp}]
                )
            self._log(s, rec, coder_id, "set", label)
        return Changes(label=label, response_ids=frozenset([response_id]))

    # ----- memos ---------------------------------------------------------------------------------
    def memos(self, response_id: str | None = None) -> list[dict]:
        """Return memos (of one response, or all) with their coder's name."""
        with self._session() as s:
            query = select(MemoRow, CoderRow.name).join(CoderRow, CoderRow.id == MemoRow.coder_id)
            if response_id is not None:
                query = query.where(MemoRow.response_id == response_id)
            return [
                {
                    "id": m.id,
                    "response_id": m.response_id,
                    "coder": name,
                    "text": m.text,
                    "created_at": m.created_at,
                }
                for m, name in s.execute(query.order_by(MemoRow.created_at))
            ]

    def set_memo(self, response_id: str | None, coder: str, text: str) -> Changes:
        """Write this coder's memo on a response (empty text deletes it); undoable."""
        coder_id = self.coder_id(coder)
        with self._session() as s:
            if response_id is not None:
                self._check_responses(s, [response_id])
            rec = ChangeRecorder(s)
            where = {"coder_id": coder_id}
            existing = s.scalars(
                select(MemoRow).where(
                    MemoRow.coder_id == coder_id,
                    MemoRow.response_id.is_(None)
                    if response_id is None
                    else MemoRow.response_id == response_id,
                )
            ).first()
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

    # ----- undo / redo ---------------------------------------------------------------------------
    def undo_label(self, coder: str) -> str | None:
        """Return the label of the action Undo would revert, or None."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return None
        with self._session() as s:
            event = last_undoable(s, coder_id)
            return event.label if event else None

    def redo_label(self, coder: str) -> str | None:
        """Return the label of the action Redo would repeat, or None."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return None
        with self._session() as s:
            event = next_redoable(s, coder_id)
            return event.label if event else None

    def undo(self, coder: str) -> Changes | None:
        """Revert this coder's last action; None when there is nothing to undo."""
        return self._replay(coder, undo=True)

    def redo(self, coder: str) -> Changes | None:
        """Repeat this coder's last undone action; None when there is nothing to redo."""
        return self._replay(coder, undo=False)

    def _replay(self, coder: str, *, undo: bool) -> Changes | None:
        """Apply an event's recorded row states backwards or forwards, refusing when others changed them since."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return None
        with self._session() as s:
            event = last_undoable(s, coder_id) if undo else next_redoable(s, coder_id)
            if event is None:
                return None
            event_id, label, changes = event.id, event.label, json.loads(event.changes)
        verb = "undo" if undo else "redo"
        try:
            with self._session() as s:
                replay(s, changes, undo=undo)
                s.execute(update(EventRow).where(EventRow.id == event_id).values(undone=undo))
        except (ReplayConflict, IntegrityError) as exc:
            with self._session() as s:  # step past it, so the rest of the history stays usable
                s.execute(update(EventRow).where(EventRow.id == event_id).values(undoable=False))
            reason = str(exc) if isinstance(exc, ReplayConflict) else "other changes depend on it"
            raise ProjectError(
                f"cannot {verb} “{label}”: {reason}; it is skipped, "
                f"the next {verb} goes on from the step before"
            ) from None
        responses = {
            c["b"]["response_id"] if c["b"] else c["a"]["response_id"]
            for c in changes
            if c["t"] in ("codings", "none_applies", "coding_spans")
        }
        codebook = any(c["t"] in ("themes", "theme_keys") for c in changes)
        return Changes(
            label=("Undo " if undo else "Redo ") + label, response_ids=frozenset(responses), codebook=codebook
        )

    # ----- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _theme_name(s: Session, theme_id: str) -> str:
        """Return a theme's name, refusing unknown ids."""
        from app.storage.schema import ThemeRow

        row = s.get(ThemeRow, theme_id)
        if row is None:
            raise ProjectError(f"no theme with id {theme_id}")
        return row.name

    @staticmethod
    def _have(s: Session, ids: Sequence[str], theme_id: str, coder_id: str) -> set[str]:
        """Return which of the responses already carry the theme for this coder."""
        from app.storage.schema import CodingRow

        have: set[str] = set()
        for chunk in _chunks(list(ids)):
            have.update(
                s.scalars(
                    select(CodingRow.response_id).where(
                        CodingRow.coder_id == coder_id,
                        CodingRow.theme_id == theme_id,
                        CodingRow.response_id.in_(chunk),
                    )
                )
            )
        return have

    @staticmethod
    def _check_responses(s: Session, ids: Sequence[str]) -> None:
        """Refuse response ids that are not in the project."""
        found: set[str] = set()
        for chunk in _chunks(list(ids)):
            found.update(s.scalars(select(ResponseRow.id).where(ResponseRow.id.in_(chunk))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise ProjectError(
                f"no response with id {missing[0]}"
                + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            )


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    """Split long id lists so IN clauses stay within database limits."""
    return [items[i : i + size] for i in range(0, len(items), size)] or []

"""What every part of the project facade shares: the database, one session per use case, the coders and reads."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from app.core.memos import Memo
from app.core.models import Coder, Coding, Question, Respondent, Response, Theme
from app.core.references import UnknownReference, resolve_question
from app.project.outcomes import ConnectionLostError, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, record_event
from app.storage.database import project_url
from app.storage.decisions import missing_responses
from app.storage.memos import list_memos
from app.storage.sessions import Engine, Session, transaction
from app.storage.team_writes import insert_coder_once, serialize
from app.storage.transactions import ConnectionLost, NotPermitted, ProjectBusy, ProjectReplaced

CONSENSUS_CODER = "consensus"
ADDED_CODERS = "thematic_added_coders"  # session.info: name -> id of the coders this session added


class ProjectBase:
    """The state and reads the facade's parts build on; each part's cross-calls go only through these."""

    def __init__(self, engine: Engine, target: str) -> None:
        self.engine = engine
        self.target = target
        self._coder_ids: dict[str, str] = {}
        # who acts when a call names no coder (team roles, blind mode); the window sets its coder
        self.user: str | None = os.environ.get("THEMATIC_USER") or None

    @contextmanager
    def _session(self, write: bool = True) -> Iterator[Session]:
        """Open a session whose work commits together or not at all (`write=False` for reads).

        The first session of a guarded use case runs the acting person's role check inside its
        transaction, before it commits (app/project/team.py decides when: at the start, or with the
        statement that inserts the event, which then costs no round trip of its own)."""
        pending = self.__dict__.pop("_pending_check", None)
        finished = False
        try:
            with self._transaction(write) as session:
                if pending is not None:
                    self._start_check(session, *pending)
                yield session
                if pending is not None:
                    finished = True
                    self._finish_check(session, *pending)
            self._coder_ids.update(session.info.get(ADDED_CODERS, {}))  # committed: they exist now
        except ConnectionLostError:
            raise
        except ProjectError:
            if pending is not None and not finished:
                try:
                    self._check_after_failure(*pending)  # a refused role is said before any other problem
                except ProjectError as refusal:
                    raise refusal from None
            raise

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Session]:
        """Run one transaction, turning the storage's refusals into the facade's one-line errors."""
        try:
            with transaction(self.engine, write=write) as session:
                yield session
        except (ProjectBusy, ProjectReplaced, NotPermitted) as exc:
            raise ProjectError(str(exc)) from None
        except ConnectionLost as exc:
            raise ConnectionLostError(str(exc)) from None

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the project's database."""
        return project_url(self.target)

    @property
    def title(self) -> str:
        """The project's title, shown in the window and the report."""
        with self._session(write=False) as s:
            return repo.get_meta(s, "title")

    def questions(self) -> list[Question]:
        """Return the open questions in survey order."""
        with self._session(write=False) as s:
            return repo.list_questions(s)

    def question(self, ref: str) -> Question:
        """Find the question `ref` names (`app.core.references.QUESTION_RULE`), or refuse listing the choices."""
        try:
            return resolve_question(ref, self.questions())
        except UnknownReference as exc:
            raise ProjectError(str(exc)) from None

    def themes(self) -> list[Theme]:
        """Return the codebook in tree order."""
        with self._session(write=False) as s:
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
        with self._session(write=False) as s:
            return repo.list_coders(s)

    def respondents(self) -> list[Respondent]:
        """Return respondents with their attributes."""
        with self._session(write=False) as s:
            return repo.list_respondents(s)

    def responses(self, question_id: str | None = None) -> list[Response]:
        """Return responses, optionally of one question, in import order."""
        with self._session(write=False) as s:
            return repo.list_responses(s, question_id)

    def coder_codings(self, coder: str, question_id: str | None = None) -> dict[str, frozenset[str]]:
        """Return a coder's decisions: response id -> theme ids (empty set = none applies)."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
            if own is not None and coder.strip() != own:
                raise ProjectError(f"blind mode is on: {own or 'a coder'} sees only their own codings")
            found = repo.find_coder(s, coder)
            return repo.decisions_of(s, found.id, question_id) if found else {}

    def all_decisions(self, question_id: str | None = None) -> dict[str, dict[str, frozenset[str]]]:
        """Return every coder's decisions, keyed by coder name."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
            return {
                c.name: repo.decisions_of(s, c.id, question_id)
                for c in repo.list_coders(s)
                if own is None or c.name == own
            }

    def codings(self, coder: str | None = None) -> list[Coding]:
        """Return coding rows, optionally of one coder."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
            if own is not None:
                if coder is not None and coder.strip() != own:
                    raise ProjectError(f"blind mode is on: {own or 'a coder'} sees only their own codings")
                coder = own
            coder_id = None
            if coder is not None:
                found = repo.find_coder(s, coder)
                if found is None:
                    return []
                coder_id = found.id
            return repo.list_codings(s, coder_id)

    def memos(self, response_id: str | None = None) -> list[Memo]:
        """Return memos (of one response, or all) with their coder's name."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
            return [m for m in list_memos(s, response_id) if own is None or m.coder == own]

    def compared_coders(self, coders: Sequence[str] | None = None) -> list[str]:
        """Return the coders to compare: those named, or every coder with decisions but the consensus."""
        known = [c.name for c in self.coders()]
        if coders:
            missing = [c for c in coders if c not in known]
            if missing:
                raise ProjectError(f"no coder named {missing[0]!r} (known: {', '.join(known) or 'none'})")
            return list(coders)
        decided = {name for name, decisions in self.all_decisions().items() if decisions}
        return [c for c in known if c != CONSENSUS_CODER and c in decided]

    # ----- coders --------------------------------------------------------------------------------
    def coder_id(self, name: str) -> str:
        """Return the id of a coder, adding the coder on first use."""
        known = self.known_coder_id(name) if name.strip() else None
        if known is not None:
            return known
        with self._session() as s:
            coder_id = self._coder_in(s, name)
        self._coder_ids[name.strip()] = coder_id
        return coder_id

    def known_coder_id(self, name: str) -> str | None:
        """Return the id of an existing coder, or None; reading never adds a coder."""
        name = name.strip()
        if name in self._coder_ids:
            return self._coder_ids[name]
        with self._session(write=False) as s:
            found = repo.find_coder(s, name)
        if found is not None:
            self._coder_ids[name] = found.id
        return found.id if found else None

    def _coder_in(self, s: Session, name: str) -> str:
        """Return a coder's id inside the use case's session, adding the coder there (so a refusal adds none)."""
        name = name.strip()
        if not name:
            raise ProjectError("a coder name is required")
        if name in self._coder_ids:
            return self._coder_ids[name]
        added_here: dict[str, str] = s.info.setdefault(ADDED_CODERS, {})
        if name in added_here:
            return added_here[name]
        serialize(s, f"coder:{name}")  # the first use of a name by two programs at once adds it once
        found = repo.find_coder(s, name)
        if found is None:
            coder_id, added = insert_coder_once(s, name)  # another program may add the same name now
            if added:
                added_here[name] = coder_id  # known for good once the session commits (`_session`)
            return self._coder_in(s, name)
        self._coder_ids[name] = found.id
        return found.id

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

    def _start_check(self, s: Session, kind: str, coder: str | None) -> None:
        """Begin a use case's role check in its first session (app/project/team.py decides)."""

    def _finish_check(self, s: Session, kind: str, coder: str | None) -> None:
        """End a use case's role check before its first session commits (app/project/team.py)."""

    def _check_after_failure(self, kind: str, coder: str | None) -> None:
        """Refuse by role a use case that failed before its check finished (app/project/team.py)."""

    def _blind_own(self, s: Session) -> str | None:
        """Whose codings alone the caller may read: None for everyone's (app/project/team.py decides)."""
        return None

    def _cache_refusal(self, s: Session, table: str) -> str | None:
        """Why the caller may not fill a cache table (None: they may; app/project/team.py decides)."""
        return None

    def _refuse_when_blind(self, what: str) -> None:
        """Refuse a view comparing coders while blind mode is on for the caller (app/project/team.py)."""

    @staticmethod
    def _theme_name(s: Session, theme_id: str) -> str:
        """Return a theme's name, refusing unknown ids."""
        theme = repo.get_theme(s, theme_id)
        if theme is None:
            raise ProjectError(f"no theme with id {theme_id}")
        return theme.name

    @staticmethod
    def _check_responses(s: Session, ids: Sequence[str]) -> None:
        """Refuse response ids that are not in the project."""
        ProjectBase._refuse_unknown(missing_responses(s, list(ids)))

    @staticmethod
    def _refuse_unknown(missing: Sequence[str]) -> None:
        """Refuse, naming the first, response ids found not to be in the project."""
        if missing:
            raise ProjectError(
                f"no response with id {missing[0]}"
                + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            )

"""Team roles and blind mode in the facade: who may change what, and whose codings a coder may read.

Owner: codebook edits, imports, consensus, roles and blind mode. Coder: their own codings, memos and
suggestions. Reader: views and reports. A project without roles lets everyone do everything (one
researcher, or a team that has not set roles up). Who acts: on PostgreSQL the database user when it
has a role here (the database enforces the same rules with grants and row-level security); else
the coder named in the call, else `Project.user` (`THEMATIC_USER`). A file has no users, so there
the roles guide honest programs and secure nothing.
"""

from __future__ import annotations

import functools
import inspect

from app.project.base import ProjectBase
from app.project.outcomes import Changes, ProjectError
from app.storage import team_roles as store
from app.storage.changes import record_event
from app.storage.sessions import Session

# What each kind of use case needs; "code" also covers memos, suggestions and one's own undo.
ALLOWED = {"codebook": {"owner"}, "import": {"owner"}, "consensus": {"owner"}, "roles": {"owner"}}
ALLOWED["code"] = {"owner", "coder"}
WHAT = {
    "codebook": "edit the codebook",
    "import": "import into the project",
    "consensus": "settle the consensus",
    "roles": "change roles or blind mode",
    "code": "code answers",
}
ADMIN = "the database administrator"
# Kinds checked before the commit with the roles the event insert read (coding: no round trip of its
# own); the others are checked first, before any work. Either way the check is in the use case's
# transaction, so a refused use case writes nothing.
AT_THE_EVENT = {"code"}


class TeamUseCases(ProjectBase):
    """Roles, blind mode and the checks every guarded use case runs first."""

    # ----- reading -------------------------------------------------------------------------------
    def roles(self) -> dict[str, str]:
        """Return name -> role (owner, coder, reader); empty when the project has no roles."""
        with self._session(write=False) as s:
            return store.list_roles(s)

    def blind_mode(self) -> bool:
        """Tell whether the owner turned blind mode on (coders then see only their own codings)."""
        with self._session(write=False) as s:
            return store.blind_mode(s)

    def identity(self, coder: str | None = None) -> tuple[str | None, str]:
        """Return (who acts, their role) for a call naming `coder`; role "" means none here."""
        with self._session(write=False) as s:
            return self._identity_in(s, coder)

    def _identity_in(
        self, s: Session, coder: str | None, roles: dict[str, str] | None = None
    ) -> tuple[str | None, str]:
        roles = store.list_roles(s) if roles is None else roles
        if not roles:
            return (coder or self.user), "owner"
        if "_db_user" not in self.__dict__:
            self._db_user = store.database_user(s)
        db_user = self._db_user
        if db_user is not None and db_user in roles:
            named = (coder or "").strip()
            if named and named != db_user and roles[db_user] != "owner":
                raise ProjectError(f"signed in to the database as {db_user}: cannot act as {named}")
            return db_user, roles[db_user]
        name = (coder or "").strip() or self.user
        if name is None:
            return (ADMIN, "owner") if db_user is not None else (None, "")
        return name, roles.get(name, "")

    # ----- checks --------------------------------------------------------------------------------
    def _start_check(self, s: Session, kind: str, coder: str | None) -> None:
        """Check now, or (coding) have the roles read by the statement that inserts the event."""
        if kind in AT_THE_EVENT:
            store.read_roles_with_event(s)
        else:
            self._check_role(s, kind, coder)

    def _finish_check(self, s: Session, kind: str, coder: str | None) -> None:
        """Check a coding use case before it commits, with the roles its event read (or read now)."""
        if kind in AT_THE_EVENT:
            self._check_role(s, kind, coder, store.roles_in(s))

    def _check_after_failure(self, kind: str, coder: str | None) -> None:
        """Say a coding use case's role refusal rather than the problem it met first (in a new read)."""
        if kind in AT_THE_EVENT:
            with self._session(write=False) as s:
                self._check_role(s, kind, coder)

    def _check_role(
        self, s: Session, kind: str, coder: str | None, roles: dict[str, str] | None = None
    ) -> None:
        """Refuse, in one line, a use case the acting person's role does not allow."""
        name, role = self._identity_in(s, coder, roles)
        if role in ALLOWED[kind]:
            return
        if name is None:
            raise ProjectError(
                "this project has roles: say who you are (--coder NAME, or THEMATIC_USER=NAME)"
            )
        if not role:
            raise ProjectError(
                f"{name!r} has no role in this project; an owner gives one with "
                f"`thematic team PROJECT grant {name} coder`"
            )
        allowed = "an owner" if ALLOWED[kind] == {"owner"} else "an owner or a coder"
        raise ProjectError(f"only {allowed} can {WHAT[kind]}; {name} is a {role} here")

    def _blind_own(self, s: Session) -> str | None:
        """Return whose codings alone the reader may see (None: everyone's; "": nobody's)."""
        if not store.blind_mode(s) or not store.list_roles(s):
            return None
        name, role = self._identity_in(s, None)
        if role in ("owner", "reader"):
            return None
        return name or ""

    def _cache_refusal(self, s: Session, table: str) -> str | None:
        """Say why the caller may not fill a cache table: a reader's role, or a login without its grant."""
        name, role = self._identity_in(s, None)
        if role not in ALLOWED["code"]:
            who = f"{name} is a {role} here" if name and role else "say who you are (THEMATIC_USER=NAME)"
            return f"only an owner or a coder keeps the answers' vectors; {who}"
        if not store.may_insert(s, table):
            return "this database user may not write the answers' vectors; an owner can run `thematic embed`"
        return None

    def _refuse_when_blind(self, what: str) -> None:
        """Refuse a view comparing coders while blind mode keeps a coder to their own codings."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
        if own is not None:
            raise ProjectError(f"blind mode is on: only an owner or a reader sees {what}")

    # ----- changing ------------------------------------------------------------------------------
    def set_role(
        self, name: str, role: str, *, by: str | None = None, login: bool = False, password: str | None = None
    ) -> Changes:
        """Give a person a role; on PostgreSQL also their database login (`login`) and group."""
        name = name.strip()
        if role not in store.ROLES:
            raise ProjectError(f"{role!r} is not a role; choose owner, coder or reader")
        if not name or len(name.encode("utf-8")) > 63:
            raise ProjectError("a name of 1 to 63 bytes is needed (PostgreSQL's limit for user names)")
        with self._session() as s:
            roles = store.list_roles(s)
            if roles:
                self._check_owner(s, by)
            elif role != "owner":
                raise ProjectError("the first role must be an owner, so someone can manage the others")
            if roles.get(name) == "owner" and role != "owner":
                self._keep_an_owner(roles, name)
            created = False
            if store.is_postgres(s):
                if not store.can_administer(s):
                    raise ProjectError(
                        "database roles are given by the database's administrator (the user that owns "
                        "its tables, with CREATEROLE); connect as that user"
                    )
                store.apply_database_grants(s)
                if login:
                    created = store.create_login(s, name, password)
                elif not store.login_exists(s, name):
                    raise ProjectError(
                        f"no database user {name!r}; create it with `thematic team PROJECT add-role`"
                    )
                store.grant_group(s, name, role)
            store.put_role(s, name, role)
            label = f"Give {name} the role {role}"
            record_event(s, coder_id=None, action="team-role", label=label, changes=[], undoable=False)
        return Changes(label=label, detail={"login_created": created})

    def remove_role(self, name: str, *, by: str | None = None) -> Changes:
        """Take a person's role (and database group) away; their codings stay."""
        with self._session() as s:
            roles = store.list_roles(s)
            self._check_owner(s, by)
            if name not in roles:
                raise ProjectError(f"{name!r} has no role in this project")
            if roles[name] == "owner":
                self._keep_an_owner(roles, name)
            if store.is_postgres(s):
                if not store.can_administer(s):
                    raise ProjectError("database roles are taken away by the database's administrator")
                store.revoke_groups(s, name)
            store.drop_role(s, name)
            label = f"Take the role of {name} away"
            record_event(s, coder_id=None, action="team-role", label=label, changes=[], undoable=False)
        return Changes(label=label)

    def set_blind(self, on: bool, *, by: str | None = None) -> Changes:
        """Turn blind mode on or off: while on, a coder reads only their own codings."""
        with self._session() as s:
            if not store.list_roles(s):
                raise ProjectError("blind mode needs roles: give the owner and the coders theirs first")
            self._check_owner(s, by)
            store.set_blind_mode(s, on)  # the row-level security policies read this setting
            label = f"Blind mode {'on' if on else 'off'}"
            record_event(s, coder_id=None, action="team-blind", label=label, changes=[], undoable=False)
        return Changes(label=label, coders=True)

    def _check_owner(self, s: Session, by: str | None) -> None:
        """Refuse role and blind-mode changes by anyone but an owner."""
        name, role = self._identity_in(s, by)
        if role != "owner":
            who = (
                f"{name} is a {role or 'person without a role'} here"
                if name
                else "say who you are (--as NAME)"
            )
            raise ProjectError(f"only an owner can change roles or blind mode; {who}")

    @staticmethod
    def _keep_an_owner(roles: dict[str, str], leaving: str) -> None:
        """Refuse to leave the project without an owner."""
        if [n for n, r in roles.items() if r == "owner"] == [leaving]:
            raise ProjectError(f"{leaving} is the only owner; make someone else an owner first")


# Use case -> (kind of change, the parameter naming who acts or None).
GUARDED = {
    **dict.fromkeys(
        [
            "import_codebook",
            "import_codebook_data",
            "add_theme",
            "update_theme",
            "rename_theme",
            "move_theme",
        ],
        ("codebook", "coder"),
    ),
    **dict.fromkeys(
        [
            "merge_themes",
            "delete_theme",
            "clear_codebook",
            "set_quick_key",
            "set_single_choice",
            "import_qdc",
        ],
        ("codebook", "coder"),
    ),
    "set_title": ("codebook", None),
    **dict.fromkeys(["import_survey", "import_surveys", "merge_from"], ("import", None)),
    **dict.fromkeys(["import_codings", "import_qdpx_into"], ("import", "coder")),
    **dict.fromkeys(["settle", "adopt"], ("consensus", "decided_by")),
    **dict.fromkeys(
        ["assign", "remove", "toggle", "mark_none", "clear", "set_themes", "set_memo", "code_span"],
        ("code", "coder"),
    ),
    **dict.fromkeys(
        ["remove_span", "undo", "redo", "queue_suggestions", "accept_suggestions", "reject_suggestions"],
        ("code", "coder"),
    ),
}


def guard_use_cases(cls: type) -> type:
    """Make each listed use case of the facade check the acting person's role before it runs."""
    for name, (kind, parameter) in GUARDED.items():
        method = getattr(cls, name)
        setattr(cls, name, _guarded(method, kind, parameter))
    return cls


def _guarded(method, kind: str, parameter: str | None):
    """Wrap one use case with its role check (the person is read from the call's arguments)."""
    signature = inspect.signature(method)

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        if self.__dict__.get("_checked_use_case"):  # called by a use case that was checked already
            return method(self, *args, **kwargs)
        actor = signature.bind_partial(self, *args, **kwargs).arguments.get(parameter) if parameter else None
        self._pending_check = (kind, actor)  # checked in the use case's first session (ProjectBase._session)
        self._checked_use_case = True
        try:
            return method(self, *args, **kwargs)
        finally:
            self._checked_use_case = False
            self.__dict__.pop("_pending_check", None)

    return run

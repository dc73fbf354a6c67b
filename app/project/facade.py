"""The project facade: one method is one use case in one transaction, returning what changed.

`Project` is composed of parts, each a `ProjectBase` subclass holding one family of use cases; a
part calls only what `ProjectBase` states (session, coders, reads) or, where it builds on another
part, inherits from that part explicitly (reports build on agreement).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.project.agreement import AnalysisUseCases
from app.project.codebook import CodebookUseCases
from app.project.coding import CodingUseCases
from app.project.exchange_import import QdpxImportUseCases
from app.project.history import HistoryUseCases
from app.project.importing import ImportUseCases
from app.project.live import LiveQueries
from app.project.merge import MergeUseCases
from app.project.outcomes import Changes, ProjectError
from app.project.queries import ViewQueries
from app.project.reports import ReportUseCases
from app.project.spans import SpanUseCases
from app.project.suggestions import SuggestUseCases
from app.project.team import TeamUseCases, guard_use_cases
from app.storage import repository as repo
from app.storage.changes import now_iso
from app.storage.database import (
    StorageError,
    building_database,
    building_file,
    copy_project,
    is_sqlite,
    open_engine,
    project_url,
    sqlite_path,
)


@guard_use_cases
class Project(
    CodingUseCases,
    HistoryUseCases,
    ImportUseCases,
    CodebookUseCases,
    MergeUseCases,
    ReportUseCases,
    AnalysisUseCases,
    SuggestUseCases,
    SpanUseCases,
    ViewQueries,
    LiveQueries,
    QdpxImportUseCases,
    TeamUseCases,
):
    """An open Thematic project (an SQLite file or a PostgreSQL database)."""

    @classmethod
    def create(
        cls,
        target: str | Path,
        *,
        title: str = "",
        codebook=None,
        fill: Callable[[Project], None] | None = None,
    ) -> Project:
        """Create a new project, seeded with a codebook and filled by `fill` before it appears."""
        title = title or Path(str(target)).stem
        try:
            if not is_sqlite(project_url(target)):
                # a database: schema, metadata, codebook and filling are one transaction
                with building_database(target) as connection:
                    cls(connection, str(target))._fill_new(title, codebook, fill)
            else:
                # the file appears only when complete: built under a temporary name, then renamed
                with (
                    building_file(target) as build,
                    cls(open_engine(build, create=True), str(build)) as project,
                ):
                    project._fill_new(title, codebook, fill)
            engine = open_engine(target)
        except StorageError as exc:
            raise ProjectError(str(exc)) from None
        return cls(engine, str(target))

    def _fill_new(self, title: str, codebook, fill: Callable[[Project], None] | None) -> None:
        """Write a new project's title, creation time, starting codebook and any filling."""
        with self._session() as s:
            repo.set_meta(s, "title", title)
            repo.set_meta(s, "created_at", now_iso())
        if codebook is not None:
            self.import_codebook_data(codebook)
        if fill is not None:  # a kill or an error here leaves no project behind
            fill(self)

    @classmethod
    def open(cls, target: str | Path, *, upgrade: bool = False, user: str | None = None) -> Project:
        """Open an existing project, upgrading an older SQLite file after a backup.

        `user` names who acts when a call names no coder (else `THEMATIC_USER`; see app/project/team.py).
        """
        try:
            engine = open_engine(target, upgrade=upgrade)
        except StorageError as exc:
            raise ProjectError(str(exc)) from None
        project = cls(engine, str(target))
        if user:
            project.user = user
        return project

    def save_copy(self, destination: str | Path) -> Path:
        """Write a complete copy of the project file (consistent while coding goes on) to a new file."""
        if sqlite_path(self.url) is None:
            raise ProjectError("only a project file can be copied; copy a PostgreSQL database with pg_dump")
        try:
            with self._session(write=False):
                pass  # the lost-lock guard runs first
            copy_project(self.engine, Path(destination).expanduser().resolve())
        except StorageError as exc:
            raise ProjectError(str(exc)) from None
        return Path(destination)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def set_title(self, title: str) -> Changes:
        """Rename the project."""
        with self._session() as s:
            repo.set_meta(s, "title", title)
        return Changes(label="Rename project")

"""Codebook use cases of the project facade: import/export and editing the theme tree."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.models import Codebook, Theme, new_id
from app.project.base import ProjectBase
from app.project.outcomes import Changes, ProjectError, StaleTheme
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.sessions import Session
from app.storage.team_writes import CODEBOOK_LOCK, serialize
from app.storage.theme_store import (
    codings_of_theme,
    count_codings,
    next_position,
    sibling_has_name,
    spans_of_theme,
    who_removed,
)

EDITABLE_FIELDS = {"name", "color", "definition", "inclusion", "exclusion", "examples", "keywords"}


class CodebookUseCases(ProjectBase):
    """Mixin of the Project facade holding every change to the codebook."""

    def _codebook_single_choice(self) -> bool:
        """Tell whether the codebook is single-choice (written into exported codebooks)."""
        with self._session() as s:
            return repo.codebook_single_choice(s)

    def import_codebook(self, path: str | Path, coder: str | None = None) -> Changes:
        """Read a codebook file and merge it into the project (matching themes by id, then name)."""
        from app.core.codebook_io import load_codebook

        return self.import_codebook_data(load_codebook(Path(path)), coder=coder)

    def import_codebook_data(self, codebook: Codebook, coder: str | None = None) -> Changes:
        """Merge a codebook's themes into the project as one undoable step."""

        added = updated = 0
        with self._session() as s:
            serialize(s, CODEBOOK_LOCK)
            coder_id = self._coder_in(s, coder) if coder else None
            existing = repo.list_themes(s)
            by_id = {t.id: t for t in existing}
            by_name = {(t.parent_id, t.name.casefold()): t for t in existing}
            id_map: dict[str, str] = {}
            rec = ChangeRecorder(s)
            for theme in codebook.themes:
                parent_id = id_map.get(theme.parent_id, theme.parent_id) if theme.parent_id else None
                match = by_id.get(theme.id) or by_name.get((parent_id, theme.name.casefold()))
                target_id = match.id if match else theme.id
                id_map[theme.id] = target_id
                row = repo.theme_to_row(replace(theme, id=target_id, parent_id=parent_id))
                if match is None:
                    rec.insert("themes", [row])
                    added += 1
                else:
                    values = {k: v for k, v in row.items() if k != "id"}
                    if any(repo.theme_to_row(match)[k] != v for k, v in values.items()):
                        updated += rec.update("themes", {**values, **_stamp(match, coder)}, id=target_id)
            if codebook.single_choice:
                repo.record_codebook_single_choice(rec, True)
            label = f"Import codebook {codebook.name}".strip()
            self._log(s, rec, coder_id, "codebook-import", label, {"added": added, "updated": updated})
        return Changes(
            label=label, codebook=True, affected=added + updated, detail={"added": added, "updated": updated}
        )

    def export_codebook(self, path: str | Path) -> Path:
        """Write the project's codebook to a YAML or JSON file."""
        from app.core.codebook_io import dump_codebook

        path = Path(path)
        codebook = Codebook(
            name=self.title, themes=tuple(self.themes()), single_choice=self._codebook_single_choice()
        )
        dump_codebook(codebook, path)
        return path

    def add_theme(self, name: str, coder: str | None = None, parent_id: str | None = None, **fields) -> Theme:
        """Add a theme at the end of its parent's children."""
        with self._session() as s:
            serialize(s, CODEBOOK_LOCK)  # the name check below must see every theme added meanwhile
            coder_id = self._coder_in(s, coder) if coder else None
            rec = ChangeRecorder(s)
            theme = self._add_theme_in(s, rec, name, parent_id, **fields)
            self._log(s, rec, coder_id, "theme-add", f"Add theme {theme.name}")
        return theme

    def _add_theme_in(
        self, s: Session, rec: ChangeRecorder, name: str, parent_id: str | None = None, **fields
    ) -> Theme:
        """Insert a new theme within the caller's session and recorded step (an import can add several)."""
        name = name.strip()
        if not name:
            raise ProjectError("a theme needs a name")
        self._check_unique_name(s, name, parent_id, None)
        theme = Theme(
            id=new_id(),
            name=name,
            parent_id=parent_id,
            position=next_position(s, parent_id),
            version=1,  # as stored: a new theme's first version
            **{k: v for k, v in fields.items() if k in EDITABLE_FIELDS - {"name"}},
        )
        rec.insert("themes", [repo.theme_to_row(theme)])
        return theme

    def update_theme(
        self, theme_id: str, coder: str | None = None, *, version: int | None = None, **fields
    ) -> Changes:
        """Change a theme's name, colour, definition, criteria, examples or keywords.

        `version` is the `Theme.version` the caller showed; the edit is refused (StaleTheme) when the
        theme has changed since, so nobody overwrites an edit they never saw.
        """

        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ProjectError(f"cannot edit theme field(s): {', '.join(sorted(unknown))}")
        with self._session() as s:
            serialize(s, CODEBOOK_LOCK)
            coder_id = self._coder_in(s, coder) if coder else None
            current = _seen_theme(s, theme_id, version)
            if "name" in fields:
                fields["name"] = fields["name"].strip()
                if not fields["name"]:
                    raise ProjectError("a theme needs a name")
                self._check_unique_name(s, fields["name"], current.parent_id, theme_id)
            theme = replace(current, **fields)
            row = {k: v for k, v in repo.theme_to_row(theme).items() if k in fields}
            rec = ChangeRecorder(s)
            if any(repo.theme_to_row(current)[k] != v for k, v in row.items()):
                rec.update("themes", {**row, **_stamp(current, coder)}, id=theme_id)
            label = (
                f"Rename {current.name} to {theme.name}" if "name" in fields else f"Edit theme {theme.name}"
            )
            self._log(s, rec, coder_id, "theme-edit", label)
        return Changes(label=label, codebook=True)

    def rename_theme(
        self, theme_id: str, name: str, coder: str | None = None, *, version: int | None = None
    ) -> Changes:
        """Rename a theme; codings keep pointing at it."""
        return self.update_theme(theme_id, coder=coder, version=version, name=name)

    def theme_usage(self, theme_id: str) -> int:
        """Count the codings of a theme (all coders), shown before a merge or delete."""
        with self._session() as s:
            return count_codings(s, theme_id)

    def move_theme(
        self,
        theme_id: str,
        parent_id: str | None,
        position: int | None = None,
        coder: str | None = None,
        *,
        version: int | None = None,
    ) -> Changes:
        """Move a theme under another parent (or to the top level) at a position among siblings."""

        with self._session() as s:
            serialize(s, CODEBOOK_LOCK)
            coder_id = self._coder_in(s, coder) if coder else None
            _seen_theme(s, theme_id, version)
            themes = {t.id: t for t in repo.list_themes(s)}
            if theme_id not in themes or (parent_id is not None and parent_id not in themes):
                raise ProjectError("no such theme")
            ancestor = parent_id
            while ancestor is not None:
                if ancestor == theme_id:
                    raise ProjectError(f"cannot move {themes[theme_id].name} under itself")
                ancestor = themes[ancestor].parent_id
            self._check_unique_name(s, themes[theme_id].name, parent_id, theme_id)
            siblings = [t for t in themes.values() if t.parent_id == parent_id and t.id != theme_id]
            siblings.sort(key=lambda t: t.position)
            index = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(index, themes[theme_id])
            rec = ChangeRecorder(s)
            rec.update("themes", {"parent_id": parent_id, **_stamp(themes[theme_id], coder)}, id=theme_id)
            for pos, sibling in enumerate(siblings, start=1):
                rec.update("themes", {"position": pos}, id=sibling.id)
            label = f"Move {themes[theme_id].name}"
            self._log(s, rec, coder_id, "theme-move", label)
        return Changes(label=label, codebook=True)

    def merge_themes(
        self,
        source_id: str,
        target_id: str,
        coder: str | None = None,
        *,
        version: int | None = None,
        target_version: int | None = None,
    ) -> Changes:
        """Fold one theme into another: its codings, spans and sub-themes move, then it is removed.

        `version` and `target_version` are the versions the caller showed (see `update_theme`).
        """

        if source_id == target_id:
            raise ProjectError("cannot merge a theme into itself")
        with self._session() as s:
            serialize(s, CODEBOOK_LOCK)
            coder_id = self._coder_in(s, coder) if coder else None
            source, target = _seen_theme(s, source_id, version), _seen_theme(s, target_id, target_version)
            rec = ChangeRecorder(s)
            rows = codings_of_theme(s, source_id)
            target_keys = {(r["response_id"], r["coder_id"]) for r in codings_of_theme(s, target_id)}
            moved = [
                {**r, "theme_id": target_id}
                for r in rows
                if (r["response_id"], r["coder_id"]) not in target_keys
            ]
            moved_keys = {(r["response_id"], r["coder_id"]) for r in moved}
            spans = [
                {**sp, "theme_id": target_id}
                for sp in spans_of_theme(s, source_id)
                if (sp["response_id"], sp["coder_id"]) in moved_keys
            ]
            _drop_dependents(rec, source_id)
            affected = rec.delete("codings", theme_id=source_id)
            rec.insert("codings", moved)
            rec.insert("coding_spans", spans)
            rec.update("themes", {"parent_id": target_id}, parent_id=source_id)
            rec.update("themes", _stamp(target, coder), id=target_id)
            rec.delete("themes", id=source_id)
            label = f"Merge {source.name} into {target.name}"
            self._log(s, rec, coder_id, "theme-merge", label, {"codings": affected})
        return Changes(
            label=label,
            codebook=True,
            affected=affected,
            response_ids=frozenset(r["response_id"] for r in rows),
        )

    def delete_theme(self, theme_id: str, coder: str | None = None, *, version: int | None = None) -> Changes:
        """Delete a theme with its codings, spans and quick key (all undoable); sub-themes move up."""

        with self._session() as s:
            serialize(s, CODEBOOK_LOCK)
            coder_id = self._coder_in(s, coder) if coder else None
            theme = _seen_theme(s, theme_id, version)
            _refuse_name_clash_on_delete(repo.list_themes(s), theme)
            response_ids = {r["response_id"] for r in codings_of_theme(s, theme_id)}
            rec = ChangeRecorder(s)
            _drop_dependents(rec, theme_id)
            affected = rec.delete("codings", theme_id=theme_id)
            rec.update("themes", {"parent_id": theme.parent_id}, parent_id=theme_id)
            rec.delete("themes", id=theme_id)
            label = f"Delete theme {theme.name}"
            self._log(s, rec, coder_id, "theme-delete", label, {"codings": affected})
        return Changes(label=label, codebook=True, affected=affected, response_ids=frozenset(response_ids))

    def clear_codebook(self, coder: str | None = None) -> Changes:
        """Start again from an empty codebook: every theme and coding goes, as one undoable step."""

        with self._session() as s:
            coder_id = self._coder_in(s, coder) if coder else None
            theme_ids = [t.id for t in repo.list_themes(s)]
            response_ids = {r["response_id"] for t in theme_ids for r in codings_of_theme(s, t)}
            rec = ChangeRecorder(s)
            _drop_dependents(rec, theme_ids)
            affected = rec.delete("codings", theme_id=theme_ids)
            rec.update("themes", {"parent_id": None}, id=theme_ids)
            rec.delete("themes", id=theme_ids)
            label = "Empty the codebook"
            self._log(s, rec, coder_id, "codebook-clear", label, {"codings": affected})
        return Changes(label=label, codebook=True, affected=affected, response_ids=frozenset(response_ids))

    @staticmethod
    def _check_unique_name(s: Session, name: str, parent_id: str | None, own_id: str | None) -> None:
        """Refuse two sibling themes with the same name (names are how people and files refer to them)."""
        if sibling_has_name(s, name, parent_id, own_id):
            raise ProjectError(f"a theme named {name!r} already exists there")


def _refuse_name_clash_on_delete(themes: list[Theme], deleted: Theme) -> None:
    """Sub-themes move up on delete; refuse, naming both, when one would sit beside a namesake."""
    siblings = {
        t.name.casefold(): t for t in themes if t.parent_id == deleted.parent_id and t.id != deleted.id
    }
    for child in (t for t in themes if t.parent_id == deleted.id):
        clash = siblings.get(child.name.casefold())
        if clash is not None:
            where = next((t.name for t in themes if t.id == deleted.parent_id), None)
            raise ProjectError(
                f"cannot delete {deleted.name!r}: its sub-theme {child.name!r} would move up beside "
                f"{clash.name!r} {f'under {where!r}' if where else 'at the top level'}; "
                "rename or merge one of them first"
            )


def _seen_theme(s: Session, theme_id: str, version: int | None) -> Theme:
    """Return the stored theme, refusing when it is gone or no longer the version the caller saw."""
    theme = repo.get_theme(s, theme_id)
    if theme is None:
        if version is None:
            raise ProjectError(f"no theme with id {theme_id}")
        removed = who_removed(s, theme_id)
        by = f" by {removed[0] or 'another program'} at {_when(removed[1])}" if removed else ""
        raise StaleTheme(f"the theme was deleted{by} since you saw it")
    if version is not None and theme.version != version:
        raise StaleTheme(
            f"theme {theme.name!r} was changed by {theme.changed_by or 'another program'} "
            f"at {_when(theme.changed_at)}"
        )
    return theme


def _when(iso: str) -> str:
    """Show a stored UTC time as people read it in a message."""
    return iso.replace("T", " ").replace("+00:00", " UTC") if iso else "an unknown time"


def _stamp(theme: Theme, coder: str | None) -> dict:
    """The columns an edit of a theme sets besides its fields: the next version, who and when."""
    return {
        "version": theme.version + 1,
        "changed_by": (coder or "").strip() or None,
        "changed_at": now_iso(),
    }


def _drop_dependents(rec: ChangeRecorder, theme_ids: str | list[str]) -> None:
    """Delete, recording them for undo, the spans, quick keys and suggestions that go with themes."""
    for table in ("coding_spans", "theme_keys", "suggestions"):
        rec.delete(table, theme_id=theme_ids)

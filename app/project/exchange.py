"""REFI-QDA use cases: export the codebook (.qdc) or the coded project (.qdpx); merge a .qdc codebook."""

from __future__ import annotations

from pathlib import Path

from app.core.models import Origin, Theme
from app.core.progress import Progress
from app.core.refi.codebook import pure_folders, read_codebook, write_codebook
from app.core.refi.errors import RefiError
from app.core.refi.mapping import merge_codes
from app.core.refi.writer import ExportCoding, ExportMemo, ProjectExport, write_project
from app.core.spans import span_positions
from app.project.base import ProjectBase
from app.project.outcomes import Changes
from app.storage import exchange_store, spans_store
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder


def store_codebook(rec: ChangeRecorder, themes: list[Theme]) -> tuple[int, int]:
    """Insert new themes and update matched ones inside the caller's transaction; return (added, updated)."""
    existing = {t.id for t in repo.list_themes(rec.session)}
    added = updated = 0
    for theme in themes:
        row = repo.theme_to_row(theme)
        if theme.id in existing:
            updated += rec.update("themes", {k: v for k, v in row.items() if k != "id"}, id=theme.id)
        else:
            rec.insert("themes", [row])
            added += 1
    return added, updated


class ExchangeUseCases(ProjectBase):
    """Part of the Project facade that writes REFI-QDA files and merges .qdc codebooks."""

    def export_qdc(self, path: str | Path) -> Changes:
        """Write the codebook as a REFI-QDA .qdc file, validated against Codebook.xsd."""
        themes = self.themes()
        write_codebook(path, themes, pure_folders(themes, {c.theme_id for c in self.codings()}))
        return Changes(
            label=f"Export {Path(path).name}", affected=len(themes), detail={"themes": len(themes)}
        )

    def refi_export_data(self) -> ProjectExport:
        """Collect what a .qdpx carries: codings with their origin and coded spans, decisions, memos."""
        with self._session() as s:
            none_applies = exchange_store.list_none_applies(s)
            memos = [ExportMemo(*row) for row in exchange_store.list_memos(s)]
            spans = span_positions(spans_store.spans_of(s))
        codings = [
            ExportCoding(
                c.response_id,
                c.theme_id,
                c.coder_id,
                c.created_at,
                tuple(sorted(spans.get((c.response_id, c.theme_id, c.coder_id), ()))),
                Origin(c.origin).value,
            )
            for c in self.codings()
        ]
        themes = self.themes()
        return ProjectExport(
            title=self.title,
            questions=self.questions(),
            respondents=self.respondents(),
            responses=self.responses(),
            themes=themes,
            coders=self.coders(),
            codings=codings,
            none_applies=none_applies,
            memos=memos,
            folders=pure_folders(themes, {c.theme_id for c in codings}),
        )

    def export_qdpx(self, path: str | Path, progress: Progress | None = None) -> Changes:
        """Write the project as a REFI-QDA .qdpx archive (one text source per answer), validated first."""
        report = progress or (lambda fraction, label: None)
        report(0.0, "Collecting the project")
        data = self.refi_export_data()
        write_project(path, data, lambda f, label: report(0.1 + 0.9 * f, label))
        detail = {
            "answers": len(data.responses),
            "respondents": len(data.respondents),
            "themes": len(data.themes),
            "coders": len(data.coders),
            "codings": len(data.codings),
            "memos": len(data.memos),
        }
        return Changes(label=f"Export {Path(path).name}", affected=len(data.responses), detail=detail)

    def export_refi(self, path: str | Path, progress: Progress | None = None) -> Changes:
        """Export by file name: .qdc writes the codebook, .qdpx the whole project."""
        suffix = Path(path).suffix.lower()
        if suffix == ".qdc":
            return self.export_qdc(path)
        if suffix == ".qdpx":
            return self.export_qdpx(path, progress)
        raise RefiError(f"{path}: a REFI-QDA export is a .qdc or .qdpx file")

    def import_qdc(self, path: str | Path, coder: str | None = None) -> Changes:
        """Merge a .qdc codebook: codes match themes by GUID, then by name path; nothing is duplicated."""
        codes, problems = read_codebook(path)
        if not codes:
            raise RefiError(f"{path}: the codebook has no codes")
        with self._session() as s:
            coder_id = self._coder_in(s, coder) if coder else None
            themes, _ = merge_codes(repo.list_themes(s), codes)
            rec = ChangeRecorder(s)
            added, updated = store_codebook(rec, themes)
            label = f"Import codebook {Path(path).name}"
            self._log(s, rec, coder_id, "codebook-import", label, {"added": added, "updated": updated})
        detail = {"added": added, "updated": updated, "codes": len(codes), "problems": problems}
        return Changes(label=label, codebook=True, affected=added + updated, detail=detail)

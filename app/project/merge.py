"""Merging a coder's project file into this one: the use case behind `thematic merge`."""

from __future__ import annotations

from pathlib import Path

from app.core.merge import Side, plan_merge
from app.project.base import ProjectBase
from app.project.outcomes import Changes, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import current_decisions, write_decisions


class MergeUseCases(ProjectBase):
    """Mixin of the Project facade that brings in another project's coders, codings, memos and themes."""

    def _side(self) -> Side:
        """Collect what a merge compares from this project."""
        with self._session() as s:
            coders = repo.list_coders(s)
            origins = {
                (c.response_id, c.theme_id, c.coder_id): (c.origin.value, c.created_at)
                for c in repo.list_codings(s)
            }
            names = {c.id: c.name for c in coders}
            origins = {(r, t, names[c]): v for (r, t, c), v in origins.items()}
            return Side(
                questions=repo.list_questions(s),
                themes=repo.list_themes(s),
                coders=coders,
                respondents=repo.list_respondents(s),
                responses=repo.list_responses(s),
                decisions={c.name: repo.decisions_of(s, c.id) for c in coders},
                origins=origins,
                memos=[m.to_dict() for m in self.memos()],
            )

    def merge_from(self, other_target: str | Path) -> Changes:
        """Bring in another file's work without overwriting anyone's codings; merging twice changes nothing."""
        if Path(str(other_target)).resolve() == Path(str(self.target)).resolve():
            raise ProjectError("cannot merge a project into itself")
        with type(self).open(other_target) as other_project:  # type: ignore[attr-defined]
            other = other_project._side()
        ours = self._side()
        plan = plan_merge(ours, other)
        added_codings = added_none = 0
        with self._session() as s:
            rec = ChangeRecorder(s)
            rec.insert("themes", [repo.theme_to_row(t) for t in plan.new_themes])
            coder_ids = {c.name: c.id for c in repo.list_coders(s)}
            for coder in {*plan.decisions, *(m["coder"] for m in plan.memos)}:
                if coder not in coder_ids:
                    coder_ids[coder] = repo.add_coder(s, coder)
            reverse = {v: k for k, v in plan.response_map.items()}
            inverse_theme = {}
            for theirs, mine in plan.theme_map.items():
                inverse_theme.setdefault(mine, theirs)
            stamp = now_iso()
            for coder, decisions in plan.decisions.items():
                kept = {
                    (response_id, theme_id): other.origins.get(
                        (reverse[response_id], inverse_theme.get(theme_id, theme_id), coder),
                        ("import", stamp),
                    )
                    for response_id, theme_ids in decisions.items()
                    for theme_id in theme_ids
                }
                written = write_decisions(
                    rec,
                    coder_ids[coder],
                    decisions,
                    current_decisions(s, coder_ids[coder], decisions),
                    origin="import",
                    stamp=stamp,
                    replace=False,
                    origins=kept,
                )
                added_codings += written.codings
                added_none += written.none_applies
            rec.insert(
                "memos",
                [
                    {
                        "id": m["id"],
                        "response_id": m["response_id"],
                        "coder_id": coder_ids[m["coder"]],
                        "text": m["text"],
                        "created_at": m["created_at"],
                    }
                    for m in plan.memos
                ],
            )
            detail = {
                "file": str(other_target),
                "themes_added": len(plan.new_themes),
                "codings_added": added_codings,
                "none_applies_added": added_none,
                "memos_added": len(plan.memos),
                "coders": sorted(plan.decisions),
                "conflicts": plan.conflicts,
                "unmatched": plan.unmatched,
                "renamed_themes": plan.renamed_themes,
            }
            label = f"Merge {Path(str(other_target)).name}"
            self._log(s, rec, None, "merge", label, detail)
        return Changes(
            label=label,
            codebook=bool(plan.new_themes),
            coders=True,
            affected=added_codings + added_none,
            detail=detail,
        )

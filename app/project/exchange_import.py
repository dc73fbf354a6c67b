"""REFI-QDA .qdpx import: a new project from another program's archive, or its codes into an open one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.models import Origin, new_id
from app.core.progress import Progress
from app.core.refi.errors import RefiError
from app.core.refi.mapping import ImportPlan, merge_codes, plan_import
from app.core.refi.reader import read_project
from app.core.refi.records import RefiProject
from app.project.exchange import ExchangeUseCases, store_codebook
from app.project.outcomes import Changes, ProjectError
from app.storage import exchange_store
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.survey_store import WaveRows, insert_wave


def _read(path: str | Path, report: Progress) -> tuple[RefiProject, ImportPlan]:
    """Read and plan the whole archive before anything is stored (all or nothing)."""
    report(0.0, "Reading the archive")
    refi = read_project(path)
    report(0.4, "Mapping sources to answers")
    return refi, plan_import(refi)


def _summary(path: str | Path, refi: RefiProject, plan: ImportPlan, **counts) -> dict:
    """What the import did, for the command line and the window."""
    partial = sum(1 for c in plan.codings if not c.whole)
    return {
        "file": str(path),
        "origin": refi.origin,
        "read": refi.summary(problems=False),
        "positions": refi.positions,
        "skipped": dict(refi.skipped),
        "problems": list(refi.problems),
        "blank_sources": list(plan.blank_sources),
        "partial_selections": partial,
        **counts,
    }


def _coding_rows(
    plan: ImportPlan, response_of: dict[str, str], theme_of: dict[str, str], coder_of: dict[str, str]
):
    """Turn planned codings into unique (response, theme, coder) rows; spans are kept as whole answers."""
    rows: dict[tuple[str, str, str], str] = {}
    for coding in plan.codings:
        response, theme = response_of.get(coding.source), theme_of.get(coding.theme_id)
        if response and theme:
            key = (response, theme, coder_of[coding.coder])
            rows[key] = min(rows.get(key, coding.created_at) or coding.created_at, coding.created_at)
    nones: dict[tuple[str, str], str] = {}
    coded = {(r, c) for r, _, c in rows}
    for source, coder, stamp in plan.none_applies:
        response = response_of.get(source)
        if response and (response, coder_of[coder]) not in coded:
            nones[(response, coder_of[coder])] = stamp
    return rows, nones


class QdpxImportUseCases(ExchangeUseCases):
    """Part of the Project facade that brings REFI-QDA projects in."""

    @classmethod
    def create_from_qdpx(cls, path: str | Path, target: str | Path, progress: Progress | None = None):
        """Make a new project from a .qdpx (sources become answers, see app.core.refi.mapping); all or nothing."""
        report = progress or (lambda fraction, label: None)
        refi, plan = _read(path, report)
        if not plan.answers and not plan.themes:
            raise RefiError(f"{path}: nothing to import (no text sources and no codes); {refi.summary()}")
        themes, theme_of = merge_codes([], refi.codes)
        target_path = Path(str(target))
        existed = "://" in str(target) or target_path.exists()
        project = cls.create(target, title=plan.title or Path(path).stem)  # type: ignore[attr-defined]
        try:
            report(0.6, "Storing answers")
            with project._session() as s:
                counts, coder_of, rows, nones = _store_new(s, path, plan, themes, theme_of)
        except BaseException:
            project.close()
            if not existed:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target_path}{suffix}").unlink(missing_ok=True)
            raise
        report(1.0, "Imported")
        detail = _summary(
            path,
            refi,
            plan,
            answers=counts.new_answers,
            respondents=counts.new_respondents,
            questions=counts.new_questions,
            themes=len(themes),
            coders=len(coder_of),
            codings=len(rows),
            none_applies=len(nones),
            memos=len(plan.memos),
        )
        label = f"Import {Path(path).name}"
        return project, Changes(label=label, survey=True, codebook=True, coders=True, detail=detail)

    def import_qdpx_into(
        self, path: str | Path, coder: str | None = None, progress: Progress | None = None
    ) -> Changes:
        """Add a .qdpx's codebook and codings to this project as one undoable step.

        Sources are matched to answers by GUID (the answer id Thematic exported), then by respondent and
        question, then by identical text; unmatched sources are counted, never added as answers.
        """
        report = progress or (lambda fraction, label: None)
        refi, plan = _read(path, report)
        report(0.6, "Matching sources to answers")
        response_of = _match_answers(plan, self.responses(), {q.id: q.key for q in self.questions()})
        if plan.codings and not response_of:
            raise ProjectError(
                f"{path}: none of its {len(plan.answers)} sources matches an answer of this project; "
                "nothing was imported"
            )
        with self._session() as s:
            coder_id = self._coder_in(s, coder) if coder else None
            coder_of = {name: self._coder_in(s, name) for name in plan.coders}
            themes, theme_of = merge_codes(repo.list_themes(s), refi.codes)
            rec = ChangeRecorder(s)
            added, updated = store_codebook(rec, themes)
            rows, nones = _coding_rows(plan, response_of, theme_of, coder_of)
            existing = {(c.response_id, c.theme_id, c.coder_id) for c in repo.list_codings(s)}
            new_rows = [
                {
                    "response_id": r,
                    "theme_id": t,
                    "coder_id": c,
                    "origin": Origin.IMPORT.value,
                    "created_at": stamp or now_iso(),
                }
                for (r, t, c), stamp in rows.items()
                if (r, t, c) not in existing
            ]
            rec.insert("codings", new_rows)
            for r, c in {(row["response_id"], row["coder_id"]) for row in new_rows}:
                rec.delete("none_applies", response_id=r, coder_id=c)
            decided = {(c.response_id, c.coder_id) for c in repo.list_codings(s)}
            decided |= {(r, c) for r, c, _ in exchange_store.list_none_applies(s)}
            new_nones = [
                {"response_id": r, "coder_id": c, "created_at": stamp or now_iso()}
                for (r, c), stamp in nones.items()
                if (r, c) not in decided
            ]
            rec.insert("none_applies", new_nones)
            label = f"Import codings from {Path(path).name}"
            detail = _summary(
                path,
                refi,
                plan,
                themes_added=added,
                themes_updated=updated,
                sources_matched=len(response_of),
                sources_unmatched=len(plan.answers) - len(response_of),
                codings_added=len(new_rows),
                none_applies_added=len(new_nones),
            )
            self._log(s, rec, coder_id, "import-qdpx", label, {"codings": len(new_rows), "themes": added})
        report(1.0, "Imported")
        return Changes(
            label=label,
            codebook=True,
            coders=True,
            affected=len(new_rows),
            response_ids=frozenset(r["response_id"] for r in new_rows),
            detail=detail,
        )


def _match_answers(plan: ImportPlan, responses, keys: dict[str, str]) -> dict[str, str]:
    """Map source GUIDs to this project's answers: by id, then respondent and question, then unique text."""
    by_id = {r.id for r in responses}
    by_pair = {(r.external_id, keys[r.question_id]): r.id for r in responses}
    by_text: dict[str, list[str]] = {}
    for r in responses:
        by_text.setdefault(r.text, []).append(r.id)
    matched: dict[str, str] = {}
    for answer in plan.answers:
        found = answer.source if answer.source in by_id else by_pair.get((answer.respondent, answer.question))
        if found is None and len(by_text.get(answer.text, [])) == 1:
            found = by_text[answer.text][0]
        if found:
            matched[answer.source] = found
    return matched


def _store_new(s, path, plan: ImportPlan, themes, theme_of):
    """Write a whole imported project inside one session: codebook, wave, coders, codings, memos."""
    store_codebook(ChangeRecorder(s), themes)
    wave = WaveRows(
        file_name=Path(path).name,
        checksum=hashlib.sha256(Path(path).read_bytes()).hexdigest(),
        questions=plan.questions,
        respondents=plan.respondents,
        answers=[(a.respondent, a.question, a.text) for a in plan.answers],
        blank_answers=len(plan.blank_sources),
    )
    counts = insert_wave(s, wave)
    keys = {q.id: q.key for q in repo.list_questions(s)}
    pair = {(r.external_id, keys[r.question_id]): r.id for r in repo.list_responses(s)}
    response_of = {a.source: pair[(a.respondent, a.question)] for a in plan.answers}
    coder_of = {name: new_id() for name in plan.coders}
    exchange_store.insert_coders(s, [(cid, name) for name, cid in coder_of.items()])
    rows, nones = _coding_rows(plan, response_of, theme_of, coder_of)
    exchange_store.insert_codings(
        s, [(r, t, c, Origin.IMPORT.value, stamp) for (r, t, c), stamp in rows.items()]
    )
    exchange_store.insert_none_applies(s, [(r, c, stamp) for (r, c), stamp in nones.items()])
    exchange_store.insert_memos(
        s,
        [
            (new_id(), response_of.get(source) if source else None, coder_of[coder], text, stamp or now_iso())
            for source, coder, text, stamp in plan.memos
        ],
    )
    return counts, coder_of, rows, nones

"""REFI-QDA .qdpx import: a new project from another program's archive, or its codes into an open one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.models import new_id
from app.core.progress import Progress
from app.core.refi.elements import guid_for
from app.core.refi.errors import RefiError
from app.core.refi.mapping import ImportPlan, merge_codes, plan_import
from app.core.refi.reader import read_project
from app.core.refi.records import RefiProject
from app.core.refi.rows import CodingRows, coding_rows, memo_texts, origin_of
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


def _summary(path: str | Path, refi: RefiProject, plan: ImportPlan, rows: CodingRows, **counts) -> dict:
    """What the import did, for the command line and the window."""
    return {
        "file": str(path),
        "origin": refi.origin,
        "read": refi.summary(problems=False),
        "positions": refi.positions,
        "positions_unfit": dict(refi.unfit),
        "skipped": dict(refi.skipped),
        "problems": list(refi.problems),
        "blank_sources": list(plan.blank_sources),
        "split_sources": [list(pair) for pair in plan.split_sources],
        "spans": sum(len(starts) for starts in rows.spans.values()),
        "spans_dropped": rows.spans_dropped,
        **counts,
    }


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
                counts, coder_of, rows, memos = _store_new(s, path, plan, themes, theme_of)
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
            rows,
            answers=counts.new_answers,
            respondents=counts.new_respondents,
            questions=counts.new_questions,
            themes=len(themes),
            coders=len(coder_of),
            codings=len(rows.codings),
            none_applies=len(rows.nones),
            memos=memos,
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
        responses = self.responses()
        response_of = _match_answers(plan, responses, {q.id: q.key for q in self.questions()})
        texts = {r.id: r.text for r in responses}
        same_text = {a.source: texts.get(response_of.get(a.source, "")) == a.text for a in plan.answers}
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
            rows = coding_rows(plan, response_of, theme_of, coder_of, same_text)
            new_rows, new_spans, new_nones = _new_decisions(s, rec, rows)
            memos_added, memos_extended = _merge_memos(s, rec, plan, response_of, coder_of)
            label = f"Import codings from {Path(path).name}"
            detail = _summary(
                path,
                refi,
                plan,
                rows,
                themes_added=added,
                themes_updated=updated,
                sources_matched=len(response_of),
                sources_unmatched=len(plan.answers) - len(response_of),
                codings_added=len(new_rows),
                spans_added=len(new_spans),
                none_applies_added=len(new_nones),
                memos_added=memos_added,
                memos_extended=memos_extended,
            )
            counted = {
                "codings": len(new_rows),
                "spans": len(new_spans),
                "themes": added,
                "memos": memos_added,
            }
            self._log(s, rec, coder_id, "import-qdpx", label, counted)
        report(1.0, "Imported")
        return Changes(
            label=label,
            codebook=True,
            coders=True,
            affected=len(new_rows) + len(new_spans),
            response_ids=frozenset(r["response_id"] for r in [*new_rows, *new_spans]),
            detail=detail,
        )


def _match_answers(plan: ImportPlan, responses, keys: dict[str, str]) -> dict[str, str]:
    """Map source GUIDs to this project's answers: by id, then respondent and question, then unique text."""
    # the GUID an export wrote for each answer: its id when that is a UUID, else one derived from it
    by_guid = {guid_for(r.id, "response"): r.id for r in responses}
    by_pair = {(r.external_id, keys[r.question_id]): r.id for r in responses}
    by_text: dict[str, list[str]] = {}
    for r in responses:
        by_text.setdefault(r.text, []).append(r.id)
    matched: dict[str, str] = {}
    for answer in plan.answers:
        found = by_guid.get(answer.source) or by_pair.get((answer.respondent, answer.question))
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
    rows = coding_rows(plan, response_of, theme_of, coder_of)
    exchange_store.insert_codings(
        s, [(r, t, c, origin_of(origin), stamp) for (r, t, c), (stamp, origin) in rows.codings.items()]
    )
    exchange_store.insert_spans(s, rows.span_rows())
    exchange_store.insert_none_applies(s, [(r, c, stamp) for (r, c), stamp in rows.nones.items()])
    memos = memo_texts(plan, response_of, coder_of)
    exchange_store.insert_memos(
        s,
        [
            (new_id(), response, coder_id, "\n\n".join(texts), stamp or now_iso())
            for (response, coder_id), (texts, stamp) in memos.items()
        ],
    )
    return counts, coder_of, rows, len(memos)


def _new_decisions(s, rec: ChangeRecorder, rows: CodingRows) -> tuple[list[dict], list[dict], list[dict]]:
    """Record the codings, spans and 'no theme applies' this project lacks; return what was added."""
    existing = {(c.response_id, c.theme_id, c.coder_id) for c in repo.list_codings(s)}
    new_rows = [
        {
            "response_id": r,
            "theme_id": t,
            "coder_id": c,
            "origin": origin_of(origin),
            "created_at": stamp or now_iso(),
        }
        for (r, t, c), (stamp, origin) in rows.codings.items()
        if (r, t, c) not in existing
    ]
    rec.insert("codings", new_rows)
    for r, c in {(row["response_id"], row["coder_id"]) for row in new_rows}:
        rec.delete("none_applies", response_id=r, coder_id=c)
    had = exchange_store.span_starts(s)
    new_spans = [
        {
            "response_id": r,
            "theme_id": t,
            "coder_id": c,
            "start": a,
            "end": b,
            "created_at": stamp or now_iso(),
        }
        for r, t, c, a, b, stamp in rows.span_rows()
        if (r, t, c, a) not in had
    ]
    rec.insert("coding_spans", new_spans)
    decided = {(c.response_id, c.coder_id) for c in repo.list_codings(s)}
    decided |= {(r, c) for r, c, _ in exchange_store.list_none_applies(s)}
    new_nones = [
        {"response_id": r, "coder_id": c, "created_at": stamp or now_iso()}
        for (r, c), stamp in rows.nones.items()
        if (r, c) not in decided
    ]
    rec.insert("none_applies", new_nones)
    return new_rows, new_spans, new_nones


def _merge_memos(s, rec: ChangeRecorder, plan: ImportPlan, response_of, coder_of) -> tuple[int, int]:
    """Bring the file's notes in as memos: new ones added, a coder's differing memo extended, never lost.

    A coder has one memo per answer (and one on the project); a note whose text that memo already holds
    adds nothing, another text is appended after a blank line. Notes of unmatched sources are left out.
    Returns (memos added, memos extended).
    """
    incoming = memo_texts(plan, response_of, coder_of)
    stored = {(m[1], m[2]): m for m in exchange_store.list_memos(s)}
    added = extended = 0
    for (response, coder_id), (texts, stamp) in incoming.items():
        memo = stored.get((response, coder_id))
        if memo is None:
            row = {"id": new_id(), "response_id": response, "coder_id": coder_id}
            rec.insert("memos", [{**row, "text": "\n\n".join(texts), "created_at": stamp or now_iso()}])
            added += 1
            continue
        missing = [t for t in texts if t.strip() not in memo[3]]
        if missing:
            rec.update("memos", {"text": "\n\n".join([memo[3], *missing])}, id=memo[0])
            extended += 1
    return added, extended

"""Suggestion use cases of the project facade: ranked themes, near-duplicate groups, and the review queue."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select

from app.core.models import Origin
from app.core.near_duplicates import DuplicateGroup, near_duplicate_groups
from app.core.progress import Progress, no_progress
from app.core.suggest import SuggestionEngine
from app.project.outcomes import Changes, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.schema import CodingRow, SuggestionRow


class SuggestUseCases:
    """Mixin of the Project facade that turns a coder's codings into explained suggestions."""

    def suggestion_engine(self, coder: str) -> SuggestionEngine:
        """Build an engine that has learned from this coder's codings so far (the GUI then updates it)."""
        engine = SuggestionEngine(self.themes())
        decisions = self.coder_codings(coder)
        engine.load_examples(
            (r.id, r.text, decisions[r.id], r.question_id) for r in self.responses() if decisions.get(r.id)
        )
        return engine

    def suggestion_calibration(self, coder: str) -> dict:
        """Replay this coder's codings question by question to fit and check the live calibration."""
        engine = SuggestionEngine(self.themes())
        decisions = self.coder_codings(coder)
        return engine.replay(
            (r.id, r.text, decisions[r.id], r.question_id)
            for q in self.questions()
            for r in self.responses(q.id)
            if decisions.get(r.id)
        )

    def suggest(
        self,
        coder: str,
        *,
        question_id: str | None = None,
        response_ids: Sequence[str] | None = None,
        top_k: int = 3,
        threshold: float | None = None,
        progress: Progress | None = None,
    ) -> list[dict]:
        """Rank themes for each answer this coder has not decided yet, with scores and reasons."""
        engine = self.suggestion_engine(coder)
        decided = self.coder_codings(coder)
        wanted = set(response_ids) if response_ids else None
        items = [
            (r.id, r.text, r.question_id)
            for r in self.responses(question_id)
            if (r.id in wanted if wanted is not None else r.id not in decided)
        ]
        if wanted is not None and len(items) < len(wanted):
            missing = wanted - {i[0] for i in items}
            raise ProjectError(f"no response with id {sorted(missing)[0]}")
        results = engine.suggest_many(items, top_k=top_k, threshold=threshold, progress=progress)
        return [
            {"response_id": rid, "suggestions": [s.to_dict() for s in results.get(rid, [])]}
            for rid, _, _ in items
        ]

    def duplicate_groups(
        self, question_id: str | None = None, progress: Progress | None = None
    ) -> list[DuplicateGroup]:
        """Group answers that say the same thing ("no", "нет", "жоқ"...) so a group is coded in one step."""
        items = [(r.id, r.text) for r in self.responses(question_id)]
        return near_duplicate_groups(items, progress=progress or no_progress)

    def queue_suggestions(
        self,
        coder: str,
        *,
        theme_id: str | None = None,
        question_id: str | None = None,
        threshold: float = 0.5,
        progress: Progress | None = None,
    ) -> int:
        """Put suggestions at or above the threshold into the coder's review queue; return how many are new."""
        rows = self.suggest(
            coder,
            question_id=question_id,
            top_k=len(self.themes()) or 1,
            threshold=threshold,
            progress=progress,
        )
        coder_id = self.coder_id(coder)
        added = 0
        with self._session() as s:
            known = set(
                s.execute(
                    select(SuggestionRow.response_id, SuggestionRow.theme_id).where(
                        SuggestionRow.coder_id == coder_id
                    )
                ).all()
            )
            stamp = now_iso()
            for row in rows:
                for suggestion in row["suggestions"]:
                    key = (row["response_id"], suggestion["theme_id"])
                    if (theme_id and suggestion["theme_id"] != theme_id) or key in known:
                        continue
                    reason = "; ".join(r["text"] for r in suggestion["reasons"])
                    s.add(
                        SuggestionRow(
                            response_id=key[0],
                            theme_id=key[1],
                            coder_id=coder_id,
                            score=suggestion["score"],
                            reason=reason,
                            status="pending",
                            created_at=stamp,
                        )
                    )
                    added += 1
        return added

    def review_queue(self, coder: str, theme_id: str | None = None) -> list[dict]:
        """Return the coder's pending suggestions, best first."""
        coder_id = self.coder_id(coder)
        with self._session() as s:
            query = select(SuggestionRow).where(
                SuggestionRow.coder_id == coder_id, SuggestionRow.status == "pending"
            )
            if theme_id:
                query = query.where(SuggestionRow.theme_id == theme_id)
            return [
                {"response_id": r.response_id, "theme_id": r.theme_id, "score": r.score, "reason": r.reason}
                for r in s.scalars(query.order_by(SuggestionRow.score.desc()))
            ]

    def accept_suggestions(self, items: Iterable[tuple[str, str]], coder: str) -> Changes:
        """Code the accepted suggestions (origin 'suggestion') as one undoable step and record the verdicts."""
        pairs = list(dict.fromkeys(items))
        coder_id = self.coder_id(coder)
        with self._session() as s:
            self._check_responses(s, [r for r, _ in pairs])
            have = set(
                s.execute(
                    select(CodingRow.response_id, CodingRow.theme_id).where(CodingRow.coder_id == coder_id)
                ).all()
            )
            stamp = now_iso()
            new = [(r, t) for r, t in pairs if (r, t) not in have]
            rec = ChangeRecorder(s)
            rec.insert(
                "codings",
                [
                    {
                        "response_id": r,
                        "theme_id": t,
                        "coder_id": coder_id,
                        "origin": Origin.SUGGESTION.value,
                        "created_at": stamp,
                    }
                    for r, t in new
                ],
            )
            for response_id in dict.fromkeys(r for r, _ in new):
                rec.delete("none_applies", response_id=response_id, coder_id=coder_id)
            label = f"Accept {len(pairs)} suggestion{'' if len(pairs) == 1 else 's'}"
            self._log(s, rec, coder_id, "accept-suggestions", label)
            _set_verdict(s, pairs, coder_id, "accepted")
        return Changes(label=label, affected=len(new), response_ids=frozenset(r for r, _ in pairs))

    def reject_suggestions(self, items: Iterable[tuple[str, str]], coder: str) -> Changes:
        """Record that the coder rejected these suggestions; they leave the queue."""
        pairs = list(items)
        coder_id = self.coder_id(coder)
        with self._session() as s:
            _set_verdict(s, pairs, coder_id, "rejected")
        return Changes(
            label=f"Reject {len(pairs)} suggestion(s)", response_ids=frozenset(r for r, _ in pairs)
        )

    def suggestion_stats(self, coder: str) -> dict:
        """How many codings came from accepted suggestions, and the acceptance rate of reviewed ones."""
        with self._session() as s:
            found = repo.find_coder(s, coder)
            if found is None:
                return {
                    "codings": 0,
                    "from_suggestions": 0,
                    "accepted": 0,
                    "rejected": 0,
                    "pending": 0,
                    "acceptance_rate": None,
                }
            counts = dict(
                s.execute(
                    select(SuggestionRow.status, func.count())
                    .where(SuggestionRow.coder_id == found.id)
                    .group_by(SuggestionRow.status)
                ).all()
            )
            origins = dict(
                s.execute(
                    select(CodingRow.origin, func.count())
                    .where(CodingRow.coder_id == found.id)
                    .group_by(CodingRow.origin)
                ).all()
            )
        accepted, rejected = counts.get("accepted", 0), counts.get("rejected", 0)
        reviewed = accepted + rejected
        return {
            "codings": sum(origins.values()),
            "from_suggestions": origins.get(Origin.SUGGESTION.value, 0),
            "accepted": accepted,
            "rejected": rejected,
            "pending": counts.get("pending", 0),
            "acceptance_rate": accepted / reviewed if reviewed else None,
        }


def _set_verdict(s, pairs: Sequence[tuple[str, str]], coder_id: str, status: str) -> None:
    """Mark queued suggestions as accepted or rejected (adding rows for ones that were not queued)."""
    stamp = now_iso()
    for response_id, theme_id in pairs:
        row = s.get(SuggestionRow, (response_id, theme_id, coder_id))
        if row is None:
            s.add(
                SuggestionRow(
                    response_id=response_id,
                    theme_id=theme_id,
                    coder_id=coder_id,
                    status=status,
                    created_at=stamp,
                )
            )
        else:
            row.status = status

"""Suggestion use cases of the project facade: ranked themes, near-duplicate groups, and the review queue."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.models import Origin
from app.core.near_duplicates import DuplicateGroup, near_duplicate_groups
from app.core.progress import Progress, no_progress
from app.core.suggest import SuggestionEngine
from app.core.suggestion_queue import QueuedSuggestion, SuggestionStats
from app.core.suggestion_reasons import reasons_to_json
from app.project.meaning import MeaningUseCases
from app.project.outcomes import Changes, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import current_decisions, write_decisions
from app.storage.events import log_step
from app.storage.suggestion_queue import (
    origin_counts,
    pending,
    queue,
    queued_pairs,
    set_verdicts,
    verdict_counts,
)


class SuggestUseCases(MeaningUseCases):
    """Mixin of the Project facade that turns a coder's codings into explained suggestions."""

    def suggestion_engine(self, coder: str) -> SuggestionEngine:
        """Build an engine that has learned from this coder's codings so far (the GUI then updates it)."""
        engine = self.attach_meaning(SuggestionEngine(self.themes()))
        decisions = self.coder_codings(coder)
        engine.load_examples(
            (r.id, r.text, decisions[r.id], r.question_id) for r in self.responses() if decisions.get(r.id)
        )
        return engine

    def suggestion_calibration(self, coder: str) -> dict:
        """Replay this coder's codings question by question to fit and check the live calibration."""
        engine = self.attach_meaning(SuggestionEngine(self.themes()))
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
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            known = queued_pairs(s, coder_id)
            new = [
                (row["response_id"], suggestion["theme_id"], suggestion["score"], reason)
                for row in rows
                for suggestion in row["suggestions"]
                if not (theme_id and suggestion["theme_id"] != theme_id)
                and (row["response_id"], suggestion["theme_id"]) not in known
                for reason in [reasons_to_json(suggestion["reasons"])]
            ]
            added = queue(s, coder_id, new)
            if added:
                log_step(s, coder_id, "queue-suggestions", f"Queue {added} suggestions", {"queued": added})
        return added

    def review_queue(self, coder: str, theme_id: str | None = None) -> list[QueuedSuggestion]:
        """Return the coder's pending suggestions, best first (reading never adds the coder)."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return []
        with self._session(write=False) as s:
            return pending(s, coder_id, theme_id)

    def accept_suggestions(
        self, items: Iterable[tuple[str, str]], coder: str, progress: Progress = no_progress
    ) -> Changes:
        """Code the accepted suggestions (origin 'suggestion') as one undoable step and record the verdicts.

        `progress` may raise Cancelled between the steps; the transaction then keeps nothing.
        """
        pairs = list(dict.fromkeys(items))
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            self._check_responses(s, [r for r, _ in pairs])
            wanted: dict[str, set[str]] = {}
            for response_id, theme_id in pairs:
                wanted.setdefault(response_id, set()).add(theme_id)
            rec = ChangeRecorder(s)
            progress(0.05, "Coding the answers")
            written = write_decisions(
                rec,
                coder_id,
                wanted,
                current_decisions(s, coder_id, wanted),
                origin=Origin.SUGGESTION.value,
                stamp=now_iso(),
                replace=False,
            )
            progress(0.5, "Recording the verdicts")
            label = f"Accept {len(pairs)} suggestion{'' if len(pairs) == 1 else 's'}"
            self._log(s, rec, coder_id, "accept-suggestions", label)
            set_verdicts(s, pairs, coder_id, "accepted")
            progress(0.95, "Saving")
        return Changes(label=label, affected=written.codings, response_ids=frozenset(r for r, _ in pairs))

    def reject_suggestions(self, items: Iterable[tuple[str, str]], coder: str) -> Changes:
        """Record that the coder rejected these suggestions; they leave the queue."""
        pairs = list(items)
        label = f"Reject {len(pairs)} suggestion(s)"
        with self._session() as s:
            coder_id = self._coder_in(s, coder)
            set_verdicts(s, pairs, coder_id, "rejected")
            if pairs:
                log_step(s, coder_id, "reject-suggestions", label, {"rejected": len(pairs)})
        return Changes(label=label, response_ids=frozenset(r for r, _ in pairs))

    def suggestion_stats(self, coder: str) -> SuggestionStats:
        """How many codings came from accepted suggestions, and the acceptance rate of reviewed ones."""
        with self._session() as s:
            found = repo.find_coder(s, coder)
            if found is None:
                return SuggestionStats()
            counts = verdict_counts(s, found.id)
            origins = origin_counts(s, found.id)
        accepted, rejected = counts.get("accepted", 0), counts.get("rejected", 0)
        reviewed = accepted + rejected
        return SuggestionStats(
            codings=sum(origins.values()),
            from_suggestions=origins.get(Origin.SUGGESTION.value, 0),
            accepted=accepted,
            rejected=rejected,
            pending=counts.get("pending", 0),
            acceptance_rate=accepted / reviewed if reviewed else None,
        )

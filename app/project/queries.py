"""Read-only queries the desktop views need, kept apart from the write use cases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from app.project.base import ProjectBase
from app.storage import repository as repo
from app.storage.decisions import current_decisions, theme_answer_counts
from app.storage.team_writes import read_snapshot

ResponseLine = tuple[str, str, str, str]  # (response id, respondent id, respondent external id, answer text)


@dataclass(frozen=True)
class ResponseListing:
    """Every answer to one question as plain tuples, with one coder's decisions, for a fast table."""

    question_id: str
    coder: str
    lines: list[ResponseLine]
    decisions: dict[str, frozenset[str]]  # response id -> theme ids; empty = none applies; missing = uncoded


class ViewQueries(ProjectBase):
    """Mixin of the Project facade with queries shaped for the GUI's tables and panels."""

    def response_listing(self, question_id: str, coder: str) -> ResponseListing:
        """Return a question's answers in import order and this coder's decisions, in one session."""
        with self._session(write=False) as s:
            lines = repo.response_lines(s, question_id)
            found = repo.find_coder(s, coder)
            decisions = repo.decisions_of(s, found.id, question_id) if found else {}
        return ResponseListing(question_id=question_id, coder=coder, lines=lines, decisions=decisions)

    def attribute_names(self) -> list[str]:
        """Return the respondent attribute names (closed questions, demographics) in survey order."""
        with self._session(write=False) as s:
            return repo.attribute_names(s)

    def attribute_values(self, name: str) -> dict[str, str]:
        """Return respondent id -> value of one attribute, for a table column or a filter."""
        with self._session(write=False) as s:
            return repo.attribute_values(s, name)

    def decisions_for(self, coder: str, response_ids: Iterable[str]) -> dict[str, frozenset[str] | None]:
        """Return the current decision of each response (None = uncoded), to refresh rows after a change."""
        ids = list(dict.fromkeys(response_ids))
        with self._session(write=False) as s:
            found = repo.find_coder(s, coder)
            if found is None or not ids:
                return dict.fromkeys(ids)
            return current_decisions(s, found.id, ids)

    def theme_counts(self, coder: str | None = None, question_id: str | None = None) -> dict[str, int]:
        """Count coded answers per theme (of one coder when given, so blind coding stays blind)."""
        with self._session(write=False) as s:
            own = self._blind_own(s)
            coder = coder if own is None else own  # blind: one's own counts, whatever was asked
            coder_id = None
            if coder is not None:
                found = repo.find_coder(s, coder)
                if found is None:
                    return {}
                coder_id = found.id
            return theme_answer_counts(s, coder_id, question_id)

    def other_decisions(self, coder: str, question_id: str) -> dict[str, dict[str, frozenset[str]]]:
        """Return response id -> {other coder: theme ids}, shown only when blind mode is off."""
        result: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
        with self._session(write=False) as s:
            if self._blind_own(s) is not None:
                return {}  # the owner turned blind mode on for the project
            for other in repo.list_coders(s):
                if other.name == coder:
                    continue
                for rid, themes in repo.decisions_of(s, other.id, question_id).items():
                    result[rid][other.name] = themes
        return dict(result)

    def stats(self) -> dict:
        """Count answers, decisions and codings per coder, question and theme (for `thematic stats`)."""
        with self._session(write=False) as s:
            read_snapshot(s)  # coders and themes added while counting must not appear in the counts only
            questions = repo.list_questions(s)
            themes = {t.id: t.name for t in repo.list_themes(s)}
            own = self._blind_own(s)
            coders = {c.id: c.name for c in repo.list_coders(s) if own is None or c.name == own}
            answers = repo.answers_per_question(s)
            result: dict = {
                "questions": {q.key: {"text": q.text, "answers": answers.get(q.id, 0)} for q in questions},
                "coders": {},
            }
            qkeys = {q.id: q.key for q in questions}
            for name in coders.values():
                result["coders"][name] = {
                    qkeys[q.id]: {
                        "answers": answers.get(q.id, 0),
                        "decided": 0,
                        "none_applies": 0,
                        "themes": {},
                    }
                    for q in questions
                }
            for coder_id, question_id, decided, none in repo.decided_counts(s):
                if coder_id not in coders:
                    continue
                entry = result["coders"][coders[coder_id]][qkeys[question_id]]
                entry["decided"], entry["none_applies"] = decided, none
            for coder_id, question_id, theme_id, n in repo.coding_counts(s):
                if coder_id not in coders:
                    continue
                result["coders"][coders[coder_id]][qkeys[question_id]]["themes"][themes[theme_id]] = n
            return result

"""Read-only queries the desktop views need, kept apart from the write use cases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from app.storage import repository as repo
from app.storage.schema import (
    CodingRow,
    NoneAppliesRow,
    RespondentRow,
    ResponseRow,
)

ResponseLine = tuple[str, str, str, str]  # (response id, respondent id, respondent external id, answer text)


@dataclass(frozen=True)
class ResponseListing:
    """Every answer to one question as plain tuples, with one coder's decisions, for a fast table."""

    question_id: str
    coder: str
    lines: list[ResponseLine]
    decisions: dict[str, frozenset[str]]  # response id -> theme ids; empty = none applies; missing = uncoded


class ViewQueries:
    """Mixin of the Project facade with queries shaped for the GUI's tables and panels."""

    def response_listing(self, question_id: str, coder: str) -> ResponseListing:
        """Return a question's answers in import order and this coder's decisions, in one session."""
        query = (
            select(ResponseRow.id, ResponseRow.respondent_id, RespondentRow.external_id, ResponseRow.text)
            .join(RespondentRow, RespondentRow.id == ResponseRow.respondent_id)
            .where(ResponseRow.question_id == question_id)
            .order_by(ResponseRow.seq)
        )
        with self._session(write=False) as s:
            lines = s.execute(query).all()  # rows index like tuples; converting 100k of them costs more
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
        result: dict[str, frozenset[str] | None] = dict.fromkeys(ids)
        with self._session(write=False) as s:
            found = repo.find_coder(s, coder)
            if found is None or not ids:
                return result
            themes: dict[str, set[str]] = defaultdict(set)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for rid, tid in s.execute(
                    select(CodingRow.response_id, CodingRow.theme_id).where(
                        CodingRow.coder_id == found.id, CodingRow.response_id.in_(chunk)
                    )
                ):
                    themes[rid].add(tid)
                for (rid,) in s.execute(
                    select(NoneAppliesRow.response_id).where(
                        NoneAppliesRow.coder_id == found.id, NoneAppliesRow.response_id.in_(chunk)
                    )
                ):
                    themes.setdefault(rid, set())
        result.update({rid: frozenset(t) for rid, t in themes.items()})
        return result

    def theme_counts(self, coder: str | None = None, question_id: str | None = None) -> dict[str, int]:
        """Count coded answers per theme (of one coder when given, so blind coding stays blind)."""
        query = select(CodingRow.theme_id, func.count()).group_by(CodingRow.theme_id)
        if question_id is not None:
            query = query.join(ResponseRow, ResponseRow.id == CodingRow.response_id).where(
                ResponseRow.question_id == question_id
            )
        with self._session(write=False) as s:
            if coder is not None:
                found = repo.find_coder(s, coder)
                if found is None:
                    return {}
                query = query.where(CodingRow.coder_id == found.id)
            return dict(s.execute(query).all())

    def other_decisions(self, coder: str, question_id: str) -> dict[str, dict[str, frozenset[str]]]:
        """Return response id -> {other coder: theme ids}, shown only when blind mode is off."""
        result: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
        with self._session(write=False) as s:
            for other in repo.list_coders(s):
                if other.name == coder:
                    continue
                for rid, themes in repo.decisions_of(s, other.id, question_id).items():
                    result[rid][other.name] = themes
        return dict(result)

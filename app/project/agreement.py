"""Agreement and consensus use cases of the project facade: measure, list disagreements, settle them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.agreement_units import AgreementReport, compute_project_agreement, list_disagreements
from app.core.models import Origin
from app.project.base import CONSENSUS_CODER, ProjectBase
from app.project.outcomes import Changes, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import current_decisions, write_decisions


class AnalysisUseCases(ProjectBase):
    """Mixin of the Project facade for inter-coder agreement and the consensus coding."""

    def agreement(
        self,
        coders: Sequence[str] | None = None,
        question_id: str | None = None,
        bootstrap: int = 0,
        seed: int = 0,
    ) -> AgreementReport:
        """Measure agreement per theme, pooled, and over theme sets (MASI) on answers all coders decided."""
        compared = self.compared_coders(coders)
        if len(compared) < 2:
            raise ProjectError("agreement needs at least two coders with codings")
        decisions = self.all_decisions(question_id)
        theme_ids = [t.id for t in self.themes()]
        return compute_project_agreement(
            {c: decisions.get(c, {}) for c in compared}, theme_ids, compared, bootstrap=bootstrap, seed=seed
        )

    def disagreements(
        self, coders: Sequence[str] | None = None, question_id: str | None = None, theme_id: str | None = None
    ) -> list[dict]:
        """List answers where the compared coders' theme sets differ, with the consensus so far."""
        compared = self.compared_coders(coders)
        decisions = self.all_decisions(question_id)
        found = list_disagreements(
            {c: decisions.get(c, {}) for c in compared}, compared, [theme_id] if theme_id else None
        )
        settled = decisions.get(CONSENSUS_CODER, {})
        return [
            {
                "response_id": d.unit_id,
                "themes": {c: sorted(s) for c, s in d.themes.items()},
                "consensus": sorted(settled[d.unit_id]) if d.unit_id in settled else None,
            }
            for d in found
        ]

    def consensus_progress(
        self, coders: Sequence[str] | None = None, question_id: str | None = None
    ) -> tuple[int, int]:
        """Return (settled, total) disagreements: "34 of 51 disagreements settled"."""
        rows = self.disagreements(coders, question_id)
        return sum(r["consensus"] is not None for r in rows), len(rows)

    def settle(
        self,
        response_id: str,
        theme_ids: Iterable[str],
        decided_by: str,
        rule: str = "custom",
        coders: Sequence[str] | None = None,
    ) -> Changes:
        """Store the consensus themes of an answer; the log keeps who decided, when, and what each coder had."""
        wanted = frozenset(theme_ids)
        compared = self.compared_coders(coders)
        with self._session() as s:
            consensus_id = self._coder_in(s, CONSENSUS_CODER)
            decider_id = self._coder_in(s, decided_by)
            self._check_responses(s, [response_id])
            had = {
                c.name: sorted(repo.decisions_of_response(s, c.id, response_id) or [])
                for c in repo.list_coders(s)
                if c.name in compared
            }
            names = {t.id: t.name for t in repo.list_themes(s)}
            unknown = [t for t in wanted if t not in names]
            if unknown:
                raise ProjectError(f"no theme with id {unknown[0]}")
            rec = ChangeRecorder(s)
            write_decisions(
                rec,
                consensus_id,
                {response_id: wanted},
                current_decisions(s, consensus_id, [response_id]),
                origin=Origin.CONSENSUS.value,
                stamp=now_iso(),
                replace=True,
            )
            label = f"Settle answer as {', '.join(sorted(names[t] for t in wanted)) or 'no theme'}"
            detail = {
                "response_id": response_id,
                "rule": rule,
                "decided_by": decided_by,
                "coders": {c: [names.get(t, t) for t in ts] for c, ts in had.items()},
                "consensus": sorted(names[t] for t in wanted),
            }
            self._log(s, rec, decider_id, "settle", label, detail)
        return Changes(label=label, response_ids=frozenset([response_id]), detail=detail)

    def adopt(
        self, response_id: str, rule: str, decided_by: str, coders: Sequence[str] | None = None
    ) -> Changes:
        """Settle with one coder's themes (rule = that coder's name) or the union of all (rule = 'union')."""
        compared = self.compared_coders(coders)
        decisions = {c: self.coder_codings(c).get(response_id, frozenset()) for c in compared}
        if rule == "union":
            themes = frozenset().union(*decisions.values())
        elif rule == "intersection":
            themes = frozenset.intersection(*decisions.values())
        elif rule in decisions:
            themes = decisions[rule]
        else:
            raise ProjectError(f"unknown rule {rule!r}: use a coder's name, 'union' or 'intersection'")
        return self.settle(response_id, themes, decided_by, rule=rule, coders=compared)

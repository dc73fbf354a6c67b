"""Agreement and consensus use cases of the project facade: measure, list disagreements, settle them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.agreement_units import AgreementReport, compute_project_agreement, list_disagreements
from app.core.models import Origin
from app.project.outcomes import Changes, ProjectError
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso

CONSENSUS_CODER = "consensus"


class AnalysisUseCases:
    """Mixin of the Project facade for inter-coder agreement and the consensus coding."""

    def compared_coders(self, coders: Sequence[str] | None = None) -> list[str]:
        """Return the coders to compare: those named, or every coder with decisions but the consensus."""
        known = [c.name for c in self.coders()]
        if coders:
            missing = [c for c in coders if c not in known]
            if missing:
                raise ProjectError(f"no coder named {missing[0]!r} (known: {', '.join(known) or 'none'})")
            return list(coders)
        decided = {name for name, decisions in self.all_decisions().items() if decisions}
        return [c for c in known if c != CONSENSUS_CODER and c in decided]

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
        consensus_id = self.coder_id(CONSENSUS_CODER)
        decider_id = self.coder_id(decided_by)
        with self._session() as s:
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
            current = repo.decisions_of_response(s, consensus_id, response_id)
            rec = ChangeRecorder(s)
            for theme_id in (current or set()) - wanted:
                rec.delete("codings", response_id=response_id, theme_id=theme_id, coder_id=consensus_id)
            stamp = now_iso()
            rec.insert(
                "codings",
                [
                    {
                        "response_id": response_id,
                        "theme_id": t,
                        "coder_id": consensus_id,
                        "origin": Origin.CONSENSUS.value,
                        "created_at": stamp,
                    }
                    for t in sorted(wanted - (current or set()))
                ],
            )
            if wanted:
                rec.delete("none_applies", response_id=response_id, coder_id=consensus_id)
            elif current != set():
                rec.insert(
                    "none_applies",
                    [{"response_id": response_id, "coder_id": consensus_id, "created_at": stamp}],
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

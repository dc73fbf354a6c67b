"""Agreement and consensus use cases of the project facade: measure, list disagreements, settle them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.agreement_diagnosis import Diagnosis, diagnose
from app.core.agreement_levels import check_level, decisions_at_level
from app.core.agreement_study import AgreementStudy, agreement_study
from app.core.agreement_units import AgreementReport, list_disagreements
from app.core.models import Origin
from app.project.base import CONSENSUS_CODER
from app.project.outcomes import Changes, ProjectError
from app.project.single_choice import SingleChoiceUseCases
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import current_decisions, write_decisions


class AnalysisUseCases(SingleChoiceUseCases):
    """Mixin of the Project facade for inter-coder agreement and the consensus coding."""

    def agreement_study(
        self,
        coders: Sequence[str] | None = None,
        question_id: str | None = None,
        level: str = "all",
        bootstrap: int = 0,
        seed: int = 0,
    ) -> AgreementStudy:
        """Measure agreement as a study reports it: coder set, level of themes, unit, pairs with their own n."""
        self._refuse_when_blind("agreement between coders")
        try:
            check_level(level)
        except ValueError as exc:
            raise ProjectError(str(exc)) from None
        compared = self.compared_coders(coders)
        if len(compared) < 2:
            raise ProjectError("agreement needs at least two coders with codings")
        decisions = self.all_decisions(question_id)
        return agreement_study(
            {c: decisions.get(c, {}) for c in compared},
            self.themes(),
            compared,
            chosen=bool(coders),
            level=level,
            single_choice=self.is_single_choice(question_id),
            bootstrap=bootstrap,
            seed=seed,
        )

    def agreement(
        self,
        coders: Sequence[str] | None = None,
        question_id: str | None = None,
        bootstrap: int = 0,
        seed: int = 0,
        level: str = "all",
    ) -> AgreementReport:
        """Agreement per theme, pooled, and over theme sets (MASI) on answers two or more coders decided."""
        return self.agreement_study(coders, question_id, level, bootstrap, seed).binary

    def agreement_diagnosis(
        self,
        coders: Sequence[str] | None = None,
        question_id: str | None = None,
        level: str = "all",
        block: int | None = None,
    ) -> dict:
        """Codebook diagnosis: theme-pair confusions, weak themes with example answers, agreement per block."""
        study = self.agreement_study(coders, question_id, level)
        decisions = self.all_decisions(question_id)
        themes = self.themes()
        rolled = decisions_at_level({c: decisions.get(c, {}) for c in study.coders}, themes, level)
        order = [r.id for r in self.responses(question_id)]
        alphas = {t.theme_id: t.statistics.get("krippendorff_alpha") for t in study.binary.themes}
        found: Diagnosis = diagnose(rolled, study.theme_ids, study.coders, order, alphas, block)
        names = {t.id: t.name for t in themes}
        texts = {r.id: r.text for r in self.responses(question_id)}
        data = found.to_dict()
        for item in data["confusions"] + [p for w in data["weak_themes"] for p in w["partners"]]:
            item["theme"] = names.get(item["theme"], item["theme"])
            item["partner"] = names.get(item["partner"], item["partner"])
            item["examples"] = [{"response_id": u, "text": texts.get(u, "")} for u in item["examples"]]
        for weak in data["weak_themes"]:
            weak["theme"] = names.get(weak["theme"], weak["theme"])
        data["level_of_themes"] = level
        return data

    def disagreements(
        self,
        coders: Sequence[str] | None = None,
        question_id: str | None = None,
        theme_id: str | None = None,
        level: str = "all",
    ) -> list[dict]:
        """List answers two or more compared coders decided differently (at the level), with the consensus so far.

        The themes listed are those the coders chose; the level only decides what counts as different."""
        self._refuse_when_blind("disagreements between coders")
        compared = self.compared_coders(coders)
        decisions = self.all_decisions(question_id)
        own = {c: decisions.get(c, {}) for c in compared}
        rolled = decisions_at_level(own, self.themes(), level)
        found = list_disagreements(rolled, compared, [theme_id] if theme_id else None)
        settled = decisions.get(CONSENSUS_CODER, {})
        return [
            {
                "response_id": d.unit_id,
                "themes": {c: sorted(own[c][d.unit_id]) for c in d.themes},
                "consensus": sorted(settled[d.unit_id]) if d.unit_id in settled else None,
            }
            for d in found
        ]

    def consensus_progress(
        self, coders: Sequence[str] | None = None, question_id: str | None = None, level: str = "all"
    ) -> tuple[int, int]:
        """Return (settled, total) disagreements: "34 of 51 disagreements settled"."""
        rows = self.disagreements(coders, question_id, level=level)
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

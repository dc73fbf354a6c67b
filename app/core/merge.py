"""Match another coder's project against ours: what to bring in, and what cannot be matched safely."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.models import Coder, Question, Respondent, Response, Theme


@dataclass(frozen=True)
class Side:
    """Everything of one project that a merge compares."""

    questions: list[Question]
    themes: list[Theme]
    coders: list[Coder]
    respondents: list[Respondent]
    responses: list[Response]
    decisions: dict[str, dict[str, frozenset[str]]]  # coder name -> response id -> theme ids
    origins: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    memos: list[dict] = field(default_factory=list)


@dataclass
class MergePlan:
    """The outcome of matching: ids mapped from the other project to ours, and what to report."""

    response_map: dict[str, str] = field(default_factory=dict)
    theme_map: dict[str, str] = field(default_factory=dict)
    new_themes: list[Theme] = field(default_factory=list)
    decisions: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    renamed_themes: list[str] = field(default_factory=list)
    memos: list[dict] = field(default_factory=list)


def _match_responses(ours: Side, other: Side, plan: MergePlan) -> None:
    """Pair answers by id, else by respondent and question; an answer whose text changed is reported."""
    our_by_id = {r.id: r for r in ours.responses}
    our_questions = {q.id: q.key for q in ours.questions}
    other_questions = {q.id: q.key for q in other.questions}
    our_by_key = {(r.external_id, our_questions[r.question_id]): r for r in ours.responses}
    for response in other.responses:
        match = our_by_id.get(response.id)
        if match is None:
            match = our_by_key.get((response.external_id, other_questions.get(response.question_id, "")))
        if match is None:
            plan.unmatched.append(
                f"answer of respondent {response.external_id} to "
                f"{other_questions.get(response.question_id, '?')!r} is not in this project"
            )
        elif match.text != response.text:
            plan.unmatched.append(
                f"answer of respondent {response.external_id} to "
                f"{other_questions.get(response.question_id, '?')!r}: text differs"
            )
        else:
            plan.response_map[response.id] = match.id


def _match_themes(ours: Side, other: Side, plan: MergePlan) -> None:
    """Pair themes by stable id, else by name under the same parent; unknown themes come in as new."""
    our_by_id = {t.id: t for t in ours.themes}
    our_by_name = {(t.parent_id, t.name.casefold()): t for t in ours.themes}
    for theme in other.themes:  # parents come before children
        parent = plan.theme_map.get(theme.parent_id, theme.parent_id) if theme.parent_id else None
        match = our_by_id.get(theme.id)
        if match is not None and match.name != theme.name:
            plan.renamed_themes.append(
                f"theme {theme.name!r} is called {match.name!r} here; codings kept on it"
            )
        if match is None:
            match = our_by_name.get((parent, theme.name.casefold()))
        if match is None:
            new = Theme(**{**theme.__dict__, "parent_id": parent})
            plan.new_themes.append(new)
            plan.theme_map[theme.id] = theme.id
        else:
            plan.theme_map[theme.id] = match.id


def plan_merge(ours: Side, other: Side) -> MergePlan:
    """Decide what the other project adds; a coder's existing, different decisions are never overwritten."""
    plan = MergePlan()
    _match_responses(ours, other, plan)
    _match_themes(ours, other, plan)
    for coder, decisions in other.decisions.items():
        mine = ours.decisions.get(coder, {})
        incoming: dict[str, frozenset[str]] = {}
        for response_id, theme_ids in decisions.items():
            target = plan.response_map.get(response_id)
            if target is None:
                continue
            mapped = frozenset(plan.theme_map[t] for t in theme_ids)
            if target not in mine:
                incoming[target] = mapped
            elif mine[target] != mapped:
                plan.conflicts.append(
                    f"{coder} coded answer {target} differently in each file; kept this one"
                )
        if incoming:
            plan.decisions[coder] = incoming
    known_memos = {m["id"] for m in ours.memos}
    for memo in other.memos:
        if memo["id"] in known_memos:
            continue
        if memo.get("response_id") and memo["response_id"] not in plan.response_map:
            continue
        plan.memos.append({**memo, "response_id": plan.response_map.get(memo.get("response_id") or "", None)})
    return plan

"""How a REFI-QDA project becomes survey answers, and how codes merge into an existing codebook.

Sources -> answers: every text source is one answer. Its question is the first Set that lists it as a
MemberSource (Thematic writes one Set per question; MAXQDA's document sets work the same way), else
the single question "text". Its respondent is the Case that lists it in a SourceRef (Thematic writes
one Case per respondent, with the attributes as VariableValues), else the source itself (its name).

Selections -> codings: a selection over the whole text is a coding of the whole answer; a selection over
part of it is a coding with that span (several selections of one code by one coder: one coding, several
spans). A whole-text selection Thematic marked as a span stays a span (app.core.refi.marks).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.core.models import Theme
from app.core.refi.codebook import theme_guid, themes_from_codes
from app.core.refi.marks import read_mark, written_by_thematic
from app.core.refi.records import RefiCode, RefiProject
from app.core.refi.writer import NO_THEME_APPLIES

DEFAULT_QUESTION = ("text", "Text sources")
DEFAULT_CODER = "imported"
Span = tuple[int, int]


@dataclass(frozen=True)
class PlannedAnswer:
    """A source as an answer: who answered which question, and the exact text."""

    source: str
    respondent: str
    question: str
    text: str


@dataclass(frozen=True)
class PlannedCoding:
    """A code on a source's selection by a coder; `whole` for a coding of the whole answer, else a span.

    `origin` is the origin Thematic noted on the selection (see app.core.refi.marks), '' when unknown.
    """

    source: str
    theme_id: str
    coder: str
    created_at: str
    span: Span
    whole: bool
    origin: str = ""


@dataclass
class ImportPlan:
    """What a .qdpx brings, in Thematic's terms, before anything is stored."""

    title: str
    themes: list[Theme]
    questions: list[tuple[str, str]] = field(default_factory=list)
    respondents: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    answers: list[PlannedAnswer] = field(default_factory=list)
    codings: list[PlannedCoding] = field(default_factory=list)
    none_applies: list[tuple[str, str, str]] = field(default_factory=list)  # (source, coder, time)
    memos: list[tuple[str | None, str, str, str]] = field(default_factory=list)  # (source, coder, text, time)
    coders: list[str] = field(default_factory=list)
    blank_sources: list[str] = field(default_factory=list)
    split_sources: list[tuple[str, str]] = field(
        default_factory=list
    )  # (case, source): case already answered


def _unique(name: str, taken: set[str]) -> str:
    """Return the name, or the name with ' (2)', ' (3)'... when it is taken."""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate, number = f"{name} ({number})", number + 1
    taken.add(candidate.casefold())
    return candidate


def coder_names(project: RefiProject) -> dict[str, str]:
    """Map user GUIDs to distinct coder names."""
    taken: set[str] = set()
    return {guid: _unique(name.strip() or guid, taken) for guid, name in project.users.items()}


def plan_import(project: RefiProject) -> ImportPlan:
    """Decide questions, respondents, answers, codings and memos for a .qdpx (see the module docstring)."""
    plan = ImportPlan(title=project.name, themes=themes_from_codes(project.codes))
    coders = coder_names(project)
    question_of: dict[str, str] = {}
    taken_keys: set[str] = set()
    for group in project.sets:
        members = [s for s in group.sources if s not in question_of]
        if not members:
            continue
        key = _unique(group.name or "set", taken_keys)
        plan.questions.append((key, group.description.strip() or key))
        question_of.update(dict.fromkeys(members, key))
    variables = {v.guid: v.name for v in project.variables}
    case_of = {}
    taken_ids: set[str] = set()
    respondents: dict[str, dict[str, str]] = {}
    for case in project.cases:
        name = _unique(case.name, taken_ids)
        respondents[name] = {variables.get(g, g): v for g, v in case.values.items()}
        case_of.update(dict.fromkeys([s for s in case.sources if s not in case_of], name))
    answered: set[tuple[str, str]] = set()
    codes = {c.guid for c in project.codes}
    trusted = written_by_thematic(project.origin)
    for source in project.sources:
        if not source.text.strip():
            plan.blank_sources.append(source.name)
            continue
        question = question_of.get(source.guid)
        if question is None:
            question = DEFAULT_QUESTION[0]
            if DEFAULT_QUESTION not in plan.questions:
                plan.questions.append(DEFAULT_QUESTION)
        respondent = case_of.get(source.guid)
        if respondent is None or (respondent, question) in answered:
            if respondent is not None:  # one respondent answers a question once: the source stands alone
                plan.split_sources.append((respondent, source.name))
            respondent = _unique(source.name, taken_ids)
            respondents[respondent] = {}
        respondents[respondent].update({variables.get(g, g): v for g, v in source.values.items()})
        answered.add((respondent, question))
        plan.answers.append(PlannedAnswer(source.guid, respondent, question, source.text))
        for selection in source.selections:
            covers = selection.start == 0 and selection.end == len(source.text)
            mark = read_mark(selection.description) if trusted else read_mark("")
            whole = covers and not mark.span
            selector = coders.get(selection.user, "")
            if selection.name == NO_THEME_APPLIES and not selection.codings and covers:
                plan.none_applies.append((source.guid, selector or DEFAULT_CODER, selection.created))
            for coding in selection.codings:
                if coding.code not in codes:
                    continue
                coder = coders.get(coding.user) or selector or DEFAULT_CODER
                plan.codings.append(
                    PlannedCoding(
                        source.guid,
                        coding.code,
                        coder,
                        coding.created or selection.created,
                        (selection.start, selection.end),
                        whole,
                        mark.origin,
                    )
                )
        for ref in source.note_refs:
            note = project.notes.get(ref)
            if note is not None and note.text.strip():
                plan.memos.append(
                    (source.guid, coders.get(note.user, DEFAULT_CODER), note.text, note.created)
                )
    attached = {r for s in project.sources for r in s.note_refs}
    for guid, note in project.notes.items():
        if guid not in attached and note.text.strip():
            plan.memos.append((None, coders.get(note.user, DEFAULT_CODER), note.text, note.created))
    plan.respondents = list(respondents.items())
    used = {c.coder for c in plan.codings} | {n[1] for n in plan.none_applies} | {m[1] for m in plan.memos}
    plan.coders = [n for n in dict.fromkeys([*coders.values(), DEFAULT_CODER]) if n in used]
    return plan


def merge_codes(existing: list[Theme], codes: list[RefiCode]) -> tuple[list[Theme], dict[str, str]]:
    """Match codes to themes by GUID, then by name path; return the themes to store and code -> theme id.

    A matched theme keeps its id, name and place; its colour and description fields are taken from the
    file where the file has them. Unmatched codes become new themes at the end of their parent.
    """
    by_guid = {theme_guid(t.id): t for t in existing}
    ids = {t.id: t for t in existing}
    path_of: dict[str, str] = {}
    for theme in existing:  # existing is in tree order: parents come first
        parent = path_of.get(theme.parent_id, "") if theme.parent_id else ""
        path_of[theme.id] = f"{parent}/{theme.name.casefold()}"
    by_path = {path: ids[tid] for tid, path in path_of.items()}
    incoming = themes_from_codes(codes)
    mapped: dict[str, str] = {}
    code_path: dict[str, str] = {}
    next_position: dict[str | None, int] = {}
    for theme in existing:
        next_position[theme.parent_id] = max(next_position.get(theme.parent_id, 0), theme.position)
    result: list[Theme] = []
    created: set[str] = set()
    for code, theme in zip(codes, incoming):
        parent_path = code_path.get(code.parent, "") if code.parent else ""
        code_path[code.guid] = f"{parent_path}/{code.name.casefold()}"
        match = by_guid.get(code.guid) or by_path.get(code_path[code.guid])
        if match is not None and match.id in created:  # a repeated code of this same file
            mapped[code.guid] = match.id
            continue
        if match is not None:
            mapped[code.guid] = match.id
            fields = {
                k: getattr(theme, k) for k in ("definition", "inclusion", "exclusion", "examples", "keywords")
            }
            changes = {k: v for k, v in fields.items() if v}
            if code.color:
                changes["color"] = code.color
            result.append(replace(match, **changes))
            continue
        parent = mapped.get(code.parent) if code.parent else None
        new_id = code.guid if code.guid not in ids else theme_guid(f"{code.guid}/{len(result)}/copy")
        mapped[code.guid] = new_id
        next_position[parent] = next_position.get(parent, 0) + 1
        new = replace(theme, id=new_id, parent_id=parent, position=next_position[parent])
        created.add(new_id)
        by_path[code_path[code.guid]] = by_guid[code.guid] = new
        result.append(new)
    return result, mapped

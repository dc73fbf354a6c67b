"""Writing a .qdpx: project.qde (validated against Project.xsd first) and sources/<GUID>.txt per answer."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element

from app.core.atomic_file import write_atomically
from app.core.models import Coder, Question, Respondent, Response, Theme
from app.core.progress import Progress
from app.core.refi.codebook import ORIGIN, codes_element
from app.core.refi.elements import derived_guid, guid_for, xml_safe
from app.core.refi.marks import write_mark
from app.core.refi.validation import PROJECT_XSD, validate

PROJECT_NS = "urn:QDA-XML:project:1.0"
NO_THEME_APPLIES = "No theme applies"
Span = tuple[int, int]
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


@dataclass(frozen=True)
class ExportCoding:
    """A theme on an answer by a coder; `spans` are coded stretches (empty: the whole answer)."""

    response_id: str
    theme_id: str
    coder_id: str
    created_at: str = ""
    spans: tuple[Span, ...] = ()
    origin: str = ""


@dataclass(frozen=True)
class ExportMemo:
    """A coder's memo on an answer (or on the project when response_id is None)."""

    id: str
    response_id: str | None
    coder_id: str
    text: str
    created_at: str = ""


@dataclass
class ProjectExport:
    """Everything a .qdpx carries, as plain records from the project."""

    title: str
    questions: list[Question]
    respondents: list[Respondent]
    responses: list[Response]
    themes: list[Theme]
    coders: list[Coder]
    codings: list[ExportCoding]
    none_applies: list[tuple[str, str, str]] = field(default_factory=list)  # (response, coder, time)
    memos: list[ExportMemo] = field(default_factory=list)
    folders: set[str] = field(default_factory=set)


def variable_type(values: Iterable[str]) -> str:
    """Choose the narrowest REFI-QDA type whose lexical form every value already has (so text survives)."""
    values = list(values)
    if not values or any(not v for v in values):
        return "Text"
    if all(_INTEGER.fullmatch(v) for v in values):
        return "Integer"
    if all(_DECIMAL.fullmatch(v) for v in values):
        return "Float"
    if all(v in ("true", "false") for v in values):
        return "Boolean"
    if all(_is_date(v) for v in values):
        return "Date"
    return "Text"


def _is_date(value: str) -> bool:
    """True for an ISO date like 2024-05-31."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _when(element: Element, name: str, stamp: str) -> None:
    """Set a dateTime attribute when the stored stamp is one."""
    if stamp and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?", stamp):
        element.set(name, stamp)


def _sub(parent: Element, tag: str, /, **attrs: str) -> Element:
    """Add a child element in the project namespace (declared once on the root)."""
    return ET.SubElement(parent, tag, attrs)


def project_xml(data: ProjectExport, progress: Progress | None = None) -> bytes:
    """Build project.qde in the element order Project.xsd demands, and validate it."""
    report = progress or (lambda fraction, label: None)
    root = ET.Element("Project", xmlns=PROJECT_NS, name=data.title or "Thematic project", origin=ORIGIN)
    users = {c.id: guid_for(c.id, "coder") for c in data.coders}
    if data.coders:
        group = _sub(root, "Users")
        for coder in data.coders:
            _sub(group, "User", guid=users[coder.id], name=xml_safe(coder.name))
    codes = codes_element(data.themes, data.folders)
    if codes is not None:
        _sub(root, "CodeBook").append(codes)
    names = list(dict.fromkeys(name for r in data.respondents for name in r.attributes))
    variables = {name: derived_guid("variable", name) for name in names}
    types = {
        name: variable_type(r.attributes[name] for r in data.respondents if name in r.attributes)
        for name in names
    }
    if names:
        group = _sub(root, "Variables")
        for name in names:
            _sub(group, "Variable", guid=variables[name], name=xml_safe(name), typeOfVariable=types[name])
    answers_of: dict[str, list[Response]] = {}
    for response in data.responses:
        answers_of.setdefault(response.respondent_id, []).append(response)
    cases = [r for r in data.respondents if r.id in answers_of or r.attributes]
    if cases:
        group = _sub(root, "Cases")
        for respondent in cases:
            case = _sub(
                group,
                "Case",
                guid=guid_for(respondent.id, "respondent"),
                name=xml_safe(respondent.external_id),
            )
            for name, value in respondent.attributes.items():
                holder = _sub(case, "VariableValue")
                _sub(holder, "VariableRef", targetGUID=variables[name])
                _sub(holder, f"{types[name]}Value").text = xml_safe(value)
            for response in answers_of.get(respondent.id, []):
                _sub(case, "SourceRef", targetGUID=guid_for(response.id, "response"))
    report(0.2, "Writing sources")
    _sources(root, data, users)
    memos = [m for m in data.memos if m.text.strip()]
    if memos:
        group = _sub(root, "Notes")
        for memo in memos:
            note = _sub(group, "Note", guid=guid_for(memo.id, "memo"), name="Memo")
            if memo.coder_id in users:
                note.set("creatingUser", users[memo.coder_id])
            _when(note, "creationDateTime", memo.created_at)
            _sub(note, "PlainTextContent").text = xml_safe(memo.text)
    if data.questions:
        group = _sub(root, "Sets")
        by_question: dict[str, list[Response]] = {}
        for response in data.responses:
            by_question.setdefault(response.question_id, []).append(response)
        for question in data.questions:
            member = _sub(group, "Set", guid=guid_for(question.id, "question"), name=xml_safe(question.key))
            _sub(member, "Description").text = xml_safe(question.text)
            for response in by_question.get(question.id, []):
                _sub(member, "MemberSource", targetGUID=guid_for(response.id, "response"))
    for memo in memos:
        if memo.response_id is None:
            _sub(root, "NoteRef", targetGUID=guid_for(memo.id, "memo"))
    report(0.6, "Checking against the schema")
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    validate(xml, PROJECT_XSD, "the exported project")
    return xml


SelectionKey = tuple[str, Span, str, bool]  # coder, span, origin, whether it is a coded span


def _selections_of(data: ProjectExport) -> dict[str, dict[SelectionKey, list[ExportCoding]]]:
    """Group codings into selections: one per coder, span and origin; a coding without spans spans its answer."""
    texts = {r.id: r.text for r in data.responses}
    selections: dict[str, dict[SelectionKey, list[ExportCoding]]] = {}
    for coding in data.codings:
        whole = ((0, len(texts.get(coding.response_id, ""))),)
        for span in coding.spans or whole:
            key = (coding.coder_id, span, coding.origin, bool(coding.spans))
            selections.setdefault(coding.response_id, {}).setdefault(key, []).append(coding)
    return selections


def _sources(root: Element, data: ProjectExport, users: dict[str, str]) -> None:
    """One TextSource per answer: a selection per coder, span and origin, carrying those codings."""
    if not data.responses:
        return
    respondents = {r.id: r.external_id for r in data.respondents}
    keys = {q.id: q.key for q in data.questions}
    themes = {t.id: guid_for(t.id, "theme") for t in data.themes}
    selections = _selections_of(data)
    nothing: dict[str, list[tuple[str, str]]] = {}
    for response_id, coder_id, stamp in data.none_applies:
        nothing.setdefault(response_id, []).append((coder_id, stamp))
    notes: dict[str, list[str]] = {}
    for memo in data.memos:
        if memo.response_id and memo.text.strip():
            notes.setdefault(memo.response_id, []).append(guid_for(memo.id, "memo"))
    group = _sub(root, "Sources")
    for response in data.responses:
        guid = guid_for(response.id, "response")
        source = _sub(
            group,
            "TextSource",
            guid=guid,
            name=xml_safe(
                f"{respondents.get(response.respondent_id, '')} / {keys.get(response.question_id, '')}"
            ),
            plainTextPath=f"internal://{guid}.txt",
        )
        for (coder_id, (start, end), origin, is_span), codings in sorted(
            selections.get(response.id, {}).items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2], kv[0][3])
        ):
            parts = [response.id, coder_id, str(start), str(end)]
            if origin or is_span:  # keeps the GUIDs of earlier exports for codings without either
                parts += [origin, "span" if is_span else ""]
            selection = _sub(
                source,
                "PlainTextSelection",
                guid=derived_guid("selection", *parts),
                name=xml_safe(response.text[start:end][:80]),
                startPosition=str(start),
                endPosition=str(end),
                creatingUser=users.get(coder_id, guid_for(coder_id, "coder")),
            )
            _when(selection, "creationDateTime", min((c.created_at for c in codings), default=""))
            if origin or is_span:
                _sub(selection, "Description").text = write_mark(origin, is_span)
            for coding in codings:
                element = _sub(
                    selection,
                    "Coding",
                    guid=derived_guid("coding", response.id, coding.theme_id, coder_id, str(start), str(end)),
                    creatingUser=selection.get("creatingUser"),
                )
                _when(element, "creationDateTime", coding.created_at)
                _sub(
                    element,
                    "CodeRef",
                    targetGUID=themes.get(coding.theme_id, guid_for(coding.theme_id, "theme")),
                )
        for coder_id, stamp in nothing.get(response.id, []):
            selection = _sub(
                source,
                "PlainTextSelection",
                guid=derived_guid("none", response.id, coder_id),
                name=NO_THEME_APPLIES,
                startPosition="0",
                endPosition=str(len(response.text)),
                creatingUser=users.get(coder_id, guid_for(coder_id, "coder")),
            )
            _when(selection, "creationDateTime", stamp)
        for note in notes.get(response.id, []):
            _sub(source, "NoteRef", targetGUID=note)


def write_project(path: str | Path, data: ProjectExport, progress: Progress | None = None) -> None:
    """Write the .qdpx atomically: the XML is validated before the archive is made."""
    report = progress or (lambda fraction, label: None)
    xml = project_xml(data, report)

    def write(tmp: str) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", xml)
            for index, response in enumerate(data.responses):
                guid = guid_for(response.id, "response")
                archive.writestr(f"sources/{guid}.txt", response.text.encode("utf-8"))
                if index % 2000 == 0:
                    report(0.7 + 0.3 * index / max(1, len(data.responses)), "Writing sources")

    write_atomically(path, ".qdpx", write)
    report(1.0, "Exported")

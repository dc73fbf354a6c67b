"""The tolerant .qdpx reader: what other programs write, read as far as it can be, with a summary."""

from __future__ import annotations

import codecs
from collections import Counter
from pathlib import Path
from xml.etree.ElementTree import Element

from app.core.refi.archive import Limits, SafeArchive, parse_xml
from app.core.refi.codebook import read_codes
from app.core.refi.elements import attr, child, children, local, read_guid, text_of
from app.core.refi.errors import RefiError
from app.core.refi.positions import MISFITS, READINGS, convert, detect_reading, misfits, unit_map
from app.core.refi.records import (
    RefiCase,
    RefiCoding,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSet,
    RefiSource,
    RefiVariable,
)

SKIPPED_KINDS = {
    "PDFSource": "PDF sources",
    "PictureSource": "pictures",
    "AudioSource": "audio sources",
    "VideoSource": "video sources",
}
VALUE_ELEMENTS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")
RawSelection = tuple[str, str, int, int, str, str, tuple[RefiCoding, ...], str]


def decode_text(data: bytes) -> tuple[str, bool]:
    """Decode a source text (UTF-8 or UTF-16 by BOM, the BOM not counted); True if a fallback was needed."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), False
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), True


def _value(element: Element) -> tuple[str, str] | None:
    """Return (variable GUID, value text) of a VariableValue."""
    ref = child(element, "VariableRef")
    if ref is None:
        return None
    for name in VALUE_ELEMENTS:
        value = child(element, name)
        if value is not None:
            text = text_of(value)  # a text keeps its spaces; typed values are trimmed
            return read_guid(attr(ref, "targetGUID")), text if name == "TextValue" else text.strip()
    return None


class _Reader:
    """Walks one project document, collecting records and problems."""

    def __init__(self, archive: SafeArchive, base: str = "") -> None:
        self.archive = archive
        self.base = base  # the folder of the .qde inside the archive (usually the root)
        self.result = RefiProject()
        self.problems = self.result.problems

    def member_text(self, path: str, what: str) -> str | None:
        """Read `internal://x` (or a bare `x`) from sources/ in any case; None when it is not there."""
        raw = path.strip()
        if raw.startswith(("relative://", "absolute://")):
            self.problems.append(f"{what}: text kept outside the archive ({raw}), not imported")
            return None
        if raw.startswith("internal://"):
            name = raw[len("internal://") :]
        else:
            name = raw
            self.problems.append(f"{what}: plainTextPath {raw!r} lacks internal://, read anyway")
        name = name.lstrip("/")
        found = self.archive.find(f"{self.base}sources/{name}") or self.archive.find(f"{self.base}{name}")
        if found is None:
            self.problems.append(f"{what}: {raw} is missing from the archive")
            return None
        text, fallback = decode_text(self.archive.read(found))
        if fallback:
            self.problems.append(f"{what}: not UTF-8, read as Windows-1252")
        return text

    def read(self, root: Element) -> RefiProject:
        """Read every part the schema defines, in any order."""
        result = self.result
        result.name = attr(root, "name").strip()
        result.origin = attr(root, "origin").strip()
        users = child(root, "Users")
        for user in children(users, "User") if users is not None else ():
            guid = read_guid(attr(user, "guid"))
            result.users[guid] = attr(user, "name").strip() or attr(user, "id").strip() or guid
        codebook = child(root, "CodeBook")
        result.codes = read_codes(child(codebook, "Codes") if codebook is not None else None, self.problems)
        variables = child(root, "Variables")
        for variable in children(variables, "Variable") if variables is not None else ():
            result.variables.append(
                RefiVariable(
                    read_guid(attr(variable, "guid")),
                    attr(variable, "name").strip(),
                    attr(variable, "typeOfVariable", "Text"),
                )
            )
        cases = child(root, "Cases")
        for case in children(cases, "Case") if cases is not None else ():
            values = dict(v for v in map(_value, children(case, "VariableValue")) if v)
            refs = tuple(read_guid(attr(r, "targetGUID")) for r in children(case, "SourceRef"))
            guid = read_guid(attr(case, "guid"))
            result.cases.append(RefiCase(guid, attr(case, "name").strip() or guid, values, refs))
        notes = child(root, "Notes")
        for note in children(notes, "Note") if notes is not None else ():
            self.read_note(note)
        sets = child(root, "Sets")
        for group in children(sets, "Set") if sets is not None else ():
            result.sets.append(
                RefiSet(
                    read_guid(attr(group, "guid")),
                    attr(group, "name").strip(),
                    text_of(child(group, "Description")),
                    tuple(read_guid(attr(m, "targetGUID")) for m in children(group, "MemberSource")),
                    tuple(read_guid(attr(m, "targetGUID")) for m in children(group, "MemberCode")),
                )
            )
        result.project_note_refs = [read_guid(attr(r, "targetGUID")) for r in children(root, "NoteRef")]
        sources = child(root, "Sources")
        raw: list[tuple[Element, str, list[RawSelection]]] = []
        for source in sources if sources is not None else ():
            if not isinstance(source.tag, str):
                continue
            kind = local(source.tag)
            if kind in SKIPPED_KINDS:
                result.skipped[SKIPPED_KINDS[kind]] = result.skipped.get(SKIPPED_KINDS[kind], 0) + 1
            elif kind == "TextSource":
                entry = self.read_text_source(source, len(raw) + 1)
                if entry is not None:
                    raw.append(entry)
        self.place_selections(raw)
        known = {c.guid for c in result.codes}
        dangling = sum(
            1 for s in result.sources for sel in s.selections for c in sel.codings if c.code not in known
        )
        if dangling:
            self.problems.append(f"{dangling} coding(s) refer to codes not in the codebook, left out")
        return result

    def read_note(self, note: Element) -> None:
        """Read a note's text from PlainTextContent or its plainTextPath."""
        guid = read_guid(attr(note, "guid"))
        content = child(note, "PlainTextContent")
        if content is not None:
            text = text_of(content)
        elif attr(note, "plainTextPath"):
            text = self.member_text(attr(note, "plainTextPath"), f"note {attr(note, 'name') or guid}") or ""
        else:
            text = text_of(child(note, "Description"))
        self.result.notes[guid] = RefiNote(
            guid,
            attr(note, "name").strip(),
            text,
            read_guid(attr(note, "creatingUser")),
            attr(note, "creationDateTime"),
        )

    def read_text_source(
        self, source: Element, number: int
    ) -> tuple[Element, str, list[RawSelection]] | None:
        """Read a text source's text and its selections with positions still in the writer's units."""
        guid = read_guid(attr(source, "guid"))
        name = attr(source, "name").strip()
        if not name:
            path = attr(source, "plainTextPath").rsplit("/", 1)[-1]
            name = Path(path).stem or f"source {number}"
            self.problems.append(f"text source {guid or number} has no name, called {name!r}")
        content = child(source, "PlainTextContent")
        if content is not None:
            text = text_of(content)
        elif attr(source, "plainTextPath"):
            text = self.member_text(attr(source, "plainTextPath"), f"source {name!r}")
            if text is None:
                return None
        else:
            self.problems.append(f"source {name!r}: no text (neither PlainTextContent nor plainTextPath)")
            return None
        selections: list[RawSelection] = []
        for selection in children(source, "PlainTextSelection"):
            try:
                start, end = int(attr(selection, "startPosition")), int(attr(selection, "endPosition"))
            except ValueError:
                self.problems.append(f"source {name!r}: a selection without valid positions, left out")
                continue
            selections.append(
                (
                    read_guid(attr(selection, "guid")),
                    attr(selection, "name"),
                    start,
                    end,
                    read_guid(attr(selection, "creatingUser")),
                    attr(selection, "creationDateTime"),
                    self.codings(selection),
                    text_of(child(selection, "Description")),
                )
            )
        whole = self.codings(source)  # codings of the source as a whole
        self.result.sources.append(
            RefiSource(
                guid,
                name,
                text,
                (RefiSelection(guid, "", 0, len(text), "", "", whole),) if whole else (),
                tuple(read_guid(attr(r, "targetGUID")) for r in children(source, "NoteRef")),
                dict(v for v in map(_value, children(source, "VariableValue")) if v),
            )
        )
        return source, text, selections

    @staticmethod
    def codings(element: Element) -> tuple[RefiCoding, ...]:
        """Read the Coding/CodeRef children of a selection or source."""
        found = []
        for coding in children(element, "Coding"):
            ref = child(coding, "CodeRef")
            if ref is not None and attr(ref, "targetGUID").strip():
                found.append(
                    RefiCoding(
                        read_guid(attr(ref, "targetGUID")),
                        read_guid(attr(coding, "creatingUser")),
                        attr(coding, "creationDateTime"),
                    )
                )
        return tuple(found)

    def place_selections(self, raw: list[tuple[Element, str, list[RawSelection]]]) -> None:
        """Detect how the writer counted positions, then convert every selection to code points."""
        reading, scores = detect_reading([(text, [(s[2], s[3]) for s in sels]) for _, text, sels in raw])
        total = sum(len(sels) for _, _, sels in raw)
        if total:
            unfit = Counter(
                why
                for _, text, sels in raw
                if sels
                for why in misfits(text, unit_map(text, reading), [(s[2], s[3]) for s in sels])
            )
            self.result.unfit = {why: unfit[why] for why in MISFITS if unfit[why]}
            told = "".join(f"; {n} {why}" for why, n in self.result.unfit.items())
            others = ", ".join(f"{r}: {scores[r]}" for r in READINGS if r != reading)
            self.result.positions = (
                f"{reading} ({scores[reading]} of {total} selections on word boundaries{told}; "
                f"on word boundaries under the other readings: {others})"
            )
        offset = len(self.result.sources) - len(raw)
        for index, (_, text, selections) in enumerate(raw):
            source = self.result.sources[offset + index]
            if not selections:
                continue
            mapping = unit_map(text, reading)
            placed = list(source.selections)
            for guid, name, start, end, user, created, codings, description in selections:
                span = convert(mapping, start, min(end, len(mapping) - 1))
                if span is None or start >= len(mapping):
                    self.problems.append(
                        f"source {source.name!r}: selection {start}-{end} is outside its text, left out"
                    )
                    continue
                placed.append(
                    RefiSelection(guid, name, span[0], span[1], user, created, codings, description)
                )
            self.result.sources[offset + index] = RefiSource(
                source.guid, source.name, source.text, tuple(placed), source.note_refs, source.values
            )


def read_project(path: str | Path, limits: Limits | None = None) -> RefiProject:
    """Read a .qdpx archive tolerantly; refuses hostile archives and XML with one line."""
    path = Path(path)
    with SafeArchive(path, limits) as archive:
        member = archive.project_member()
        root = parse_xml(archive.read(member), f"{path}: {member}")
        if local(root.tag) != "Project":
            raise RefiError(f"{path}: {member} is not a REFI-QDA project (root element {local(root.tag)})")
        base = member.rsplit("/", 1)[0] + "/" if "/" in member else ""
        return _Reader(archive, base).read(root)

"""REFI-QDA codebooks: Thematic themes to `<Codes>` and a validated .qdc file, and back tolerantly."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element

from app.core.atomic_file import write_atomically
from app.core.codebook_io import PALETTE
from app.core.models import Theme
from app.core.refi.archive import parse_xml
from app.core.refi.description import parse_description, render_description
from app.core.refi.elements import (
    attr,
    child,
    children,
    guid_for,
    local,
    parse_colour,
    read_guid,
    text_of,
    xml_safe,
)
from app.core.refi.errors import RefiError
from app.core.refi.records import RefiCode
from app.core.refi.validation import CODEBOOK_XSD, validate

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Thematic"
MAX_QDC_BYTES = 64 * 1024 * 1024


def theme_guid(theme_id: str) -> str:
    """Return the GUID a theme travels under: its stored id (never regenerated)."""
    return guid_for(theme_id, "theme")


def pure_folders(themes: Iterable[Theme], coded: Collection[str]) -> set[str]:
    """Return the ids of themes that only group others: children, no codings and no definition."""
    themes = list(themes)
    parents = {t.parent_id for t in themes if t.parent_id}
    return {t.id for t in themes if t.id in parents and t.id not in coded and not t.definition.strip()}


def codes_element(themes: Iterable[Theme], folders: Collection[str]) -> Element | None:
    """Build `<Codes>` for the theme tree (None when there are no themes: the schema needs one)."""
    themes = list(themes)
    if not themes:
        return None
    ids = {t.id for t in themes}
    kids: dict[str | None, list[Theme]] = {}
    for theme in themes:  # a theme whose parent is not exported goes to the top level
        kids.setdefault(theme.parent_id if theme.parent_id in ids else None, []).append(theme)
    codes = ET.Element("Codes")

    def add(parent: Element, theme: Theme) -> None:
        code = ET.SubElement(
            parent,
            "Code",
            guid=theme_guid(theme.id),
            name=xml_safe(theme.name),
            isCodable="false" if theme.id in folders else "true",
        )
        colour = parse_colour(theme.color)
        if colour:
            code.set("color", colour)
        description = render_description(theme)
        if description:
            ET.SubElement(code, "Description").text = xml_safe(description)
        for sub in kids.get(theme.id, []):
            add(code, sub)

    for top in kids.get(None, []):
        add(codes, top)
    return codes


def codebook_xml(themes: Iterable[Theme], folders: Collection[str] = ()) -> bytes:
    """Serialise a .qdc document and validate it against Codebook.xsd before anyone writes it."""
    themes = list(themes)
    if not themes:
        raise RefiError("the codebook has no themes; a .qdc file needs at least one code")
    root = ET.Element("CodeBook", xmlns=CODEBOOK_NS, origin=ORIGIN)
    root.append(codes_element(themes, folders))
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    validate(xml, CODEBOOK_XSD, "the exported codebook")
    return xml


def write_codebook(path: str | Path, themes: Iterable[Theme], folders: Collection[str] = ()) -> None:
    """Write a validated .qdc file (atomically: a failure leaves no half file)."""
    xml = codebook_xml(themes, folders)

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(xml)

    write_atomically(path, ".qdc", write)


def read_codes(codes: Element | None, problems: list[str]) -> list[RefiCode]:
    """Read a `<Codes>` tree tolerantly: missing isCodable means codable, odd colours are dropped."""
    found: list[RefiCode] = []
    seen: set[str] = set()

    def walk(element: Element, parent: str | None) -> None:
        for position, code in enumerate(children(element, "Code")):
            raw_guid = attr(code, "guid")
            name = attr(code, "name").strip()
            guid = read_guid(raw_guid) if raw_guid.strip() else guid_for(f"{parent}/{name}", "code")
            if guid in seen:
                problems.append(f"code {name!r}: GUID {raw_guid} used twice, the second is skipped")
                continue
            seen.add(guid)
            if not name:
                name = f"code {len(found) + 1}"
                problems.append(f"code {raw_guid}: no name, called {name!r}")
            raw_colour = attr(code, "color")
            colour = parse_colour(raw_colour)
            if raw_colour and colour is None:
                problems.append(f"code {name!r}: colour {raw_colour!r} not understood, default used")
            codable = attr(code, "isCodable", "true").strip().lower() not in ("false", "0")
            found.append(
                RefiCode(guid, name, parent, colour, text_of(child(code, "Description")), codable, position)
            )
            walk(code, guid)

    if codes is not None:
        walk(codes, None)
    return found


def themes_from_codes(codes: Iterable[RefiCode]) -> list[Theme]:
    """Turn read codes into Thematic themes: GUID as id, Description split into the theme's fields."""
    themes = []
    for index, code in enumerate(codes):
        fields = parse_description(code.description)
        themes.append(
            Theme(
                id=code.guid,
                name=code.name,
                parent_id=code.parent,
                color=code.color or PALETTE[index % len(PALETTE)],
                definition=fields["definition"],
                inclusion=fields["inclusion"],
                exclusion=fields["exclusion"],
                examples=fields["examples"],
                keywords=fields["keywords"],
                position=code.position + 1,
            )
        )
    return themes


def read_codebook(path: str | Path) -> tuple[list[RefiCode], list[str]]:
    """Read a .qdc file (any namespace variant, empty Sets tolerated); returns codes and problems."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_QDC_BYTES:
            raise RefiError(f"{path}: refused: over {MAX_QDC_BYTES} bytes for a codebook")
        data = path.read_bytes()
    except OSError as exc:
        raise RefiError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    root = parse_xml(data, str(path))
    if local(root.tag) == "Project":
        root = child(root, "CodeBook")
    if root is None or local(root.tag) != "CodeBook":
        raise RefiError(f"{path}: not a REFI-QDA codebook (no CodeBook element)")
    problems: list[str] = []
    codes = read_codes(child(root, "Codes"), problems)
    return codes, problems

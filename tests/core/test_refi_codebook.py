"""REFI-QDA codebooks: Description fields, a validated .qdc, a tolerant reader and merging by GUID/name."""

from __future__ import annotations

import uuid

import pytest
from lxml import etree

from app.core.models import Theme
from app.core.refi import codebook as refi_codebook
from app.core.refi.codebook import (
    codebook_xml,
    pure_folders,
    read_codebook,
    themes_from_codes,
    write_codebook,
)
from app.core.refi.description import parse_description, render_description
from app.core.refi.elements import GUID_NAMESPACE, guid_for
from app.core.refi.errors import RefiError
from app.core.refi.mapping import merge_codes
from app.core.refi.validation import CODEBOOK_XSD, validate

PARENT = "0b9a3a44-2a1e-4c7e-9a55-0c3f2d6e7a10"
CHILD = "5d2c1f0e-8b7a-4c3d-9e2f-1a0b9c8d7e6f"


def _themes() -> list[Theme]:
    return [
        Theme(id=PARENT, name="Portal", color="#4e79a7", position=1),
        Theme(
            id=CHILD,
            name="usability",
            parent_id=PARENT,
            color="#59a14f",
            definition="How easy the portal is.\n\nSecond paragraph.",
            inclusion="Navigation, sign-in",
            exclusion="Outages",
            examples=("Make it simpler", "Two\nlines"),
            keywords={"en": ("easy", "don't know"), "ru": ("удобн",)},
            position=1,
        ),
        Theme(id="price", name="Цена", color="#abc", definition="Cost of services", position=2),
    ]


def test_description_renders_every_field_and_parses_back_exactly():
    """Definition, criteria, keywords and examples share one Description and come back unchanged."""
    theme = _themes()[1]
    text = render_description(theme)
    assert text.startswith("How easy the portal is.") and "Include: Navigation" in text
    assert "Keywords (ru): удобн" in text and "- Make it simpler" in text
    fields = parse_description(text)
    assert fields == {
        "definition": theme.definition,
        "inclusion": theme.inclusion,
        "exclusion": theme.exclusion,
        "examples": theme.examples,
        "keywords": theme.keywords,
    }
    assert parse_description("Just a note\nfrom NVivo")["definition"] == "Just a note\nfrom NVivo"


def test_qdc_validates_with_stable_guids_colours_and_folders(tmp_path):
    """The .qdc has the themes' ids as GUIDs, #RRGGBB colours and isCodable=false for pure folders."""
    themes = _themes()
    folders = pure_folders(themes, coded=set())
    assert folders == {PARENT}
    xml = codebook_xml(themes, folders)
    validate(xml, CODEBOOK_XSD, "test")
    root = etree.fromstring(xml)
    ns = {"c": "urn:QDA-XML:codebook:1.0"}
    codes = root.findall(".//c:Code", ns)
    assert [c.get("guid") for c in codes] == [PARENT, CHILD, str(uuid.uuid5(GUID_NAMESPACE, "theme:price"))]
    assert [c.get("isCodable") for c in codes] == ["false", "true", "true"]
    assert [c.get("color") for c in codes] == ["#4e79a7", "#59a14f", "#aabbcc"]
    assert codebook_xml(themes, folders) == xml  # same file on every export
    assert pure_folders(themes, coded={PARENT}) == set()


def test_export_is_validated_before_anything_is_written(tmp_path, monkeypatch):
    """When validation fails, no file appears."""

    def refuse(xml, schema, where):
        raise RefiError(f"{where}: does not validate")

    monkeypatch.setattr(refi_codebook, "validate", refuse)
    target = tmp_path / "out.qdc"
    with pytest.raises(RefiError):
        write_codebook(target, _themes())
    assert list(tmp_path.iterdir()) == []


def test_the_schema_check_rejects_what_the_standard_forbids():
    """A code without isCodable, or Codes without a code, does not pass."""
    bad = b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="%s" name="x"/></Codes></CodeBook>'
    with pytest.raises(RefiError, match="isCodable"):
        validate(bad % PARENT.encode(), CODEBOOK_XSD, "test")


@pytest.mark.parametrize(
    "namespace", ["urn:QDA-XML:codebook:1.0", "urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4", None]
)
def test_reader_tolerates_namespace_variants_braces_colours_and_empty_sets(tmp_path, namespace):
    """Namespaces in the wild, braced upper-case GUIDs, missing isCodable, odd colours and empty Sets."""
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    path = tmp_path / "other.qdc"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><CodeBook{xmlns} origin="x"><Codes>'
        f'<Code guid="{{{PARENT.upper()}}}" name="Portal" isCodable="false" color="rgb(255, 0, 16)">'
        f'<Description>Group</Description><Code guid="{CHILD.upper()}" name="usability" color="#ABC"/></Code>'
        f'<Code guid="{CHILD[:-1]}0" name="cost" color="blue"/></Codes><Sets/></CodeBook>',
        encoding="utf-8",
    )
    codes, problems = read_codebook(path)
    assert [(c.guid, c.name, c.parent, c.color, c.codable) for c in codes] == [
        (PARENT, "Portal", None, "#ff0010", False),
        (CHILD, "usability", PARENT, "#aabbcc", True),
        (CHILD[:-1] + "0", "cost", None, None, True),
    ]
    assert any("'blue'" in p for p in problems)
    themes = themes_from_codes(codes)
    assert themes[0].definition == "Group" and themes[2].color.startswith("#")


def test_merge_matches_by_guid_then_name_path_without_duplicates():
    """A re-import adds nothing; a renamed GUID matches by path; a new code lands under its parent."""
    existing = _themes()
    codes, _ = _codes_of(existing)
    themes, mapped = merge_codes(existing, codes)
    assert [t.id for t in themes] == [t.id for t in existing]
    assert mapped == {guid_for(t.id, "theme"): t.id for t in existing}
    other = _codes_of(
        [
            Theme(id=str(uuid.uuid4()), name="portal", position=1),
            Theme(id="n1", name="USABILITY", parent_id="p", position=1, definition="from NVivo"),
            Theme(id="n2", name="speed", parent_id="p", position=2),
            Theme(id="n3", name="speed", parent_id="p", position=3),
        ],
        parents={"n1": 0, "n2": 0, "n3": 0},
    )[0]
    themes, mapped = merge_codes(existing, other)
    by_name = {t.name: t for t in themes}
    assert by_name["usability"].id == CHILD and by_name["usability"].definition == "from NVivo"
    assert by_name["usability"].keywords == existing[1].keywords  # fields the file lacks are kept
    assert by_name["speed"].parent_id == PARENT
    assert len([t for t in themes if t.name == "speed"]) == 1
    assert len(set(mapped.values())) == 3


def _codes_of(themes: list[Theme], parents: dict[str, int] | None = None):
    """Round-trip themes through a .qdc document to get read codes."""
    from app.core.refi.archive import parse_xml
    from app.core.refi.elements import child

    fixed = list(themes)
    if parents:
        top = fixed[0]
        fixed = [top] + [Theme(**{**t.__dict__, "parent_id": top.id}) for t in fixed[1:]]
    root = parse_xml(codebook_xml(fixed), "test")
    problems: list[str] = []
    return refi_codebook.read_codes(child(root, "Codes"), problems), problems

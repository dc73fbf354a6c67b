"""Codebook files: exact round trips, hand-written files, one-line errors, and the shipped codebook."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest

from app.core.codebook_io import (
    PALETTE,
    CodebookError,
    dump_codebook,
    dump_codebook_text,
    iter_tree,
    load_codebook,
    parse_codebook,
)
from app.core.models import Codebook, Theme
from codebook import default_codebook_path

HAND_WRITTEN = """\
name: Study
description: Two levels, three languages.
themes:
  - name: awareness
    color: "#4E79A7"
    definition: |
      Knowing the portals exist.
      Second line: with a colon.
    include: 'Mentions of "ads"'
    examples: ["Больше рекламы", "Жарнама керек"]
    keywords: {en: [aware, "no"], ru: [реклам], kk: [хабардар, ақпарат]}
    children:
      - name: social media
        color: "#abc"
      - name: television
  - name: trust
    children:
      - name: television
"""
KAZAKH_LETTERS = set("әғқңөұүһі")


def theme_named(codebook: Codebook, name: str, parent: str | None = None) -> Theme:
    matches = [
        t
        for t in codebook.themes
        if t.name == name and (parent is None or t.parent_id == theme_named(codebook, parent).id)
    ]
    assert len(matches) == 1, f"{name}: {len(matches)} matches"
    return matches[0]


def test_hand_written_codebook_builds_tree_with_positions_and_parents():
    """Themes come parents first, positions count siblings from 0 and children point at their parent."""
    cb = parse_codebook(HAND_WRITTEN, "study.yaml")
    assert cb.name == "Study" and cb.description == "Two levels, three languages."
    assert [t.name for t in cb.themes] == ["awareness", "social media", "television", "trust", "television"]
    awareness, social, tv, trust, tv2 = cb.themes
    assert (awareness.parent_id, awareness.position) == (None, 0)
    assert (social.parent_id, social.position) == (awareness.id, 0)
    assert (tv.parent_id, tv.position) == (awareness.id, 1)
    assert (trust.parent_id, trust.position) == (None, 1)
    assert (tv2.parent_id, tv2.position) == (trust.id, 0)
    assert awareness.definition == "Knowing the portals exist.\nSecond line: with a colon.\n"
    assert awareness.inclusion == 'Mentions of "ads"'
    assert awareness.examples == ("Больше рекламы", "Жарнама керек")
    assert awareness.keywords == {"en": ("aware", "no"), "ru": ("реклам",), "kk": ("хабардар", "ақпарат")}
    assert social.color == "#abc" and awareness.color == "#4E79A7"


def test_missing_ids_are_generated_stable_and_unique():
    """Hand-written themes get UUIDs derived from their path, the same on every import."""
    first, second = parse_codebook(HAND_WRITTEN, "a.yaml"), parse_codebook(HAND_WRITTEN, "b.yaml")
    assert [t.id for t in first.themes] == [t.id for t in second.themes]
    assert len({t.id for t in first.themes}) == len(first.themes)
    for theme in first.themes:
        assert str(uuid.UUID(theme.id)) == theme.id


def test_missing_colours_come_from_the_palette():
    """A theme without a colour gets a distinct palette colour by its place in the codebook."""
    cb = parse_codebook("themes: [{name: a}, {name: b}, {name: c, color: '#123456'}]", "x.yaml")
    assert [t.color for t in cb.themes] == [PALETTE[0], PALETTE[1], "#123456"]


def test_codebook_name_defaults_to_file_stem():
    """A file without a name is named after the file."""
    assert parse_codebook("themes: []", "my codes.yaml").name == "my codes"


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json"])
def test_round_trip_is_exact(tmp_path, suffix):
    """Loading a dumped codebook gives back exactly the same records, in YAML and JSON."""
    original = parse_codebook(HAND_WRITTEN, "study.yaml")
    tricky = Theme(
        id="t-1",
        name="yes",
        color="#000",
        definition="  leading spaces\n\ttab # not a comment",
        inclusion="null",
        exclusion="- dash",
        examples=("1", "true", "a: b", "Ғ"),
        keywords={"en": ("no", "on"), "kk": ("ұ",)},
        position=2,
    )
    codebook = Codebook(original.name, original.themes + (tricky,), original.description)
    path = tmp_path / f"out{suffix}"
    dump_codebook(codebook, path)
    assert load_codebook(path) == codebook
    if suffix == ".json":
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == "thematic-codebook"
    assert "Больше рекламы" in path.read_text(encoding="utf-8")


def test_shipped_codebook_round_trips(tmp_path):
    """The shipped codebook survives export and re-import unchanged in both formats."""
    codebook = load_codebook(default_codebook_path())
    for name in ("copy.yaml", "copy.json"):
        dump_codebook(codebook, tmp_path / name)
        assert load_codebook(tmp_path / name) == codebook


def test_dump_orders_siblings_by_position():
    """Dumping nests children under parents and orders siblings by position."""
    parent = Theme(id="p", name="parent", position=0)
    late, early = (
        Theme(id="b", name="b", parent_id="p", position=5),
        Theme(id="a", name="a", parent_id="p", position=1),
    )
    text = dump_codebook_text(Codebook("cb", (parent, late, early)))
    reread = parse_codebook(text, "cb.yaml")
    assert [(t.name, t.position, t.parent_id) for t in reread.themes] == [
        ("parent", 0, None),
        ("a", 0, "p"),
        ("b", 1, "p"),
    ]
    assert [(depth, t.name) for depth, t in iter_tree(reread)] == [(0, "parent"), (1, "a"), (1, "b")]


def test_dump_refuses_orphans_and_unknown_suffix(tmp_path):
    """A theme whose parent is missing, or a file that is neither YAML nor JSON, is refused clearly."""
    orphan = Codebook("cb", (Theme(id="x", name="orphan", parent_id="gone"),))
    with pytest.raises(CodebookError, match="theme 'orphan' has a parent that is not in the codebook"):
        dump_codebook_text(orphan)
    with pytest.raises(CodebookError, match=r"^out.txt: a codebook file name ends in .yaml, .yml or .json$"):
        dump_codebook(Codebook("cb", ()), tmp_path / "out.txt")
    assert list(tmp_path.iterdir()) == []


def one_theme(extra: str) -> str:
    return "name: cb\nthemes:\n  - name: a\n" + extra


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "themes:\n"
            + "".join(f"  - name: t{i}\n" for i in range(3))
            + "  - name: t3\n    color: blue-ish\n",
            "codebook.yaml: themes[3].color: 'blue-ish' is not a colour like #4e79a7",
        ),
        (
            one_theme("    color: #4e79a7\n"),
            'codebook.yaml: themes[0].color: is empty (quote colours: "#4e79a7"; # starts a comment in YAML)',
        ),
        (
            one_theme("    color: '#12345'\n"),
            "codebook.yaml: themes[0].color: '#12345' is not a colour like #4e79a7",
        ),
        (
            "themes: [{name: Voting}, {name: voting}]",
            "codebook.yaml: themes[1].name: 'voting' is used twice among sibling themes",
        ),
        (
            "themes: [{name: p, children: [{name: a}, {name: b}, {name: A }]}]",
            "codebook.yaml: themes[0].children[2].name: 'A' is used twice among sibling themes",
        ),
        (
            "themes: [{name: a, id: x1}, {name: b, children: [{name: c, id: x1}]}]",
            "codebook.yaml: themes[1].children[0].id: 'x1' is already the id of themes[0]",
        ),
        ("themes: [{name: a, id: 'two words'}]", "codebook.yaml: themes[0].id: 'two words' is not an id"),
        (
            one_theme("    defintion: typo\n"),
            "codebook.yaml: themes[0]: unknown key 'defintion' (did you mean 'definition'?)",
        ),
        (
            one_theme("    colour: '#fff'\n"),
            "codebook.yaml: themes[0]: unknown key 'colour' (did you mean 'color'?)",
        ),
        ("name: cb\nthemse: []\n", "codebook.yaml: top level: unknown key 'themse' (did you mean 'themes'?)"),
        ("themes: [{definition: no name}]", "codebook.yaml: themes[0].name: is missing"),
        ("themes: [{name: '  '}]", "codebook.yaml: themes[0].name: is empty"),
        (
            "themes: [{name: 2024}]",
            "codebook.yaml: themes[0].name: expected text, got a number (2024; put it in quotes)",
        ),
        (
            one_theme("    definition: [a, b]\n"),
            "codebook.yaml: themes[0].definition: expected text, got a list",
        ),
        (
            one_theme("    examples: just one\n"),
            "codebook.yaml: themes[0].examples: expected a list of texts, got str",
        ),
        (
            one_theme("    keywords: [a, b]\n"),
            "codebook.yaml: themes[0].keywords: expected a mapping of language to keywords (en: [...]), got a list",
        ),
        (
            one_theme("    keywords: {en: [yes, maybe]}\n"),
            "codebook.yaml: themes[0].keywords.en[0]: expected text, got a yes/no value (true; put it in quotes)",
        ),
        (
            one_theme("    keywords: {English: [a]}\n"),
            "codebook.yaml: themes[0].keywords: 'English' is not a language code like en, ru or kk",
        ),
        (
            one_theme("    children: {name: b}\n"),
            "codebook.yaml: themes[0].children: expected a list of themes, got a mapping",
        ),
        (
            "themes: [awareness]",
            "codebook.yaml: themes[0]: expected a theme (a mapping with name, definition...), got str",
        ),
        ("themes: {name: a}", "codebook.yaml: themes: expected a list of themes, got a mapping"),
        ("- name: a\n", "codebook.yaml: expected a codebook (a mapping with name and themes), got a list"),
        ("name: cb\n", "codebook.yaml: themes: is missing (a codebook lists its themes under 'themes:')"),
        (
            "format: something-else\nthemes: []",
            "codebook.yaml: format: 'something-else' is not 'thematic-codebook'",
        ),
        (
            "version: 2\nthemes: []",
            "codebook.yaml: version: version 2 is not readable by this version (reads 1)",
        ),
        ("", "codebook.yaml: the file is empty"),
        (
            "name: cb\nthemes:\n  - name: a\n    definition: x: y\n",
            "codebook.yaml: line 4, column 18: YAML syntax error: mapping values are not allowed here",
        ),
    ],
)
def test_yaml_errors_name_file_place_and_problem(text, message):
    """Each kind of bad codebook gets one line naming the file, the place and the problem."""
    with pytest.raises(CodebookError) as caught:
        parse_codebook(text, "codebook.yaml")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_json_syntax_error_has_line_and_column():
    """A JSON codebook with a syntax error names the line and column."""
    with pytest.raises(
        CodebookError, match=r"^cb.json: line 2, column 13: JSON syntax error: Expecting value$"
    ):
        parse_codebook('{"name": "x",\n "themes": [}', "cb.json", "json")


def test_same_name_under_different_parents_is_allowed():
    """Names need only be unique among siblings."""
    cb = parse_codebook(HAND_WRITTEN, "study.yaml")
    assert theme_named(cb, "television", "awareness").id != theme_named(cb, "television", "trust").id


def test_load_reports_unreadable_and_non_utf8_files(tmp_path):
    """Missing files and non-UTF-8 bytes give a CodebookError naming the file, not a traceback."""
    with pytest.raises(CodebookError, match=r"^absent.yaml: cannot read the file"):
        load_codebook(tmp_path / "absent.yaml")
    path = tmp_path / "cp1251.yaml"
    path.write_bytes("name: cb\nthemes:\n  - name: реклама\n".encode("cp1251"))
    with pytest.raises(CodebookError, match=r"^cp1251.yaml: line 3: not UTF-8 text"):
        load_codebook(path)


def test_load_accepts_utf8_bom_and_json_by_suffix(tmp_path):
    """Files saved with a BOM (Windows editors) and .json files load."""
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + "themes: [{name: ақпарат}]".encode())
    (tmp_path / "cb.json").write_text('{"themes": [{"name": "ақпарат"}]}', encoding="utf-8")
    assert load_codebook(tmp_path / "bom.yaml").themes[0].name == "ақпарат"
    assert load_codebook(tmp_path / "cb.json").themes[0].name == "ақпарат"


# ----- the shipped codebook ---------------------------------------------------------------------
def test_shipped_codebook_has_documented_multilingual_themes():
    """Every shipped theme has a definition, rules, 2-3 examples and keywords in en, ru and kk."""
    codebook = load_codebook(default_codebook_path())
    assert len(codebook.themes) >= 10
    for theme in codebook.themes:
        assert theme.definition and theme.inclusion and theme.exclusion, theme.name
        assert 2 <= len(theme.examples) <= 3, theme.name
        assert {"en", "ru", "kk"} <= set(theme.keywords), theme.name
        assert all(theme.keywords[lang] for lang in ("en", "ru", "kk")), theme.name
        assert re.search("[а-яё]", " ".join(theme.keywords["ru"]).lower()), theme.name
    kazakh = "".join(word for theme in codebook.themes for word in theme.keywords["kk"])
    assert KAZAKH_LETTERS - {"һ"} <= set(kazakh)  # һ occurs only in loanwords


def test_shipped_codebook_covers_the_seed_study():
    """The seed's five themes, its participation modes and its problems are all in the codebook."""
    codebook = load_codebook(default_codebook_path())
    names = [t.name for t in codebook.themes]
    assert len(names) == len(set(names))
    for name in (
        "awareness",
        "usability",
        "responsiveness",
        "transparency",
        "incentives",
        "trust",
        "privacy and data security",
        "offline participation",
    ):
        assert theme_named(codebook, name).parent_id is None
    for name in (
        "no participation",
        "occasional participation",
        "public discussion and commenting",
        "reporting issues and feedback",
        "voting",
    ):
        assert theme_named(codebook, name, "participation")
    for name in (
        "technical problems",
        "bureaucracy",
        "slow response",
        "lack of training",
        "frequent process changes",
        "portals are useless",
        "no issues",
    ):
        assert theme_named(codebook, name, "problems")


def test_shipped_codebook_has_fixed_ids_and_distinct_colours():
    """Ids are UUIDs written in the file (stable across installs) and every colour is different."""
    codebook = load_codebook(default_codebook_path())
    text = Path(default_codebook_path()).read_text(encoding="utf-8")
    for theme in codebook.themes:
        assert str(uuid.UUID(theme.id)) == theme.id and f"id: {theme.id}" in text
    assert len({t.color.lower() for t in codebook.themes}) == len(codebook.themes)


def test_ids_and_text_that_databases_refuse_are_rejected(tmp_path):
    """An over-long id or a NUL character is a clear codebook error, not a database failure later."""
    import pytest

    from app.core.codebook_io import CodebookError, parse_codebook

    with pytest.raises(CodebookError, match="longer than an id"):
        parse_codebook("themes:\n  - name: a\n    id: " + "x" * 40 + "\n", "cb.yaml")
    with pytest.raises(CodebookError, match="NUL"):
        parse_codebook('{"themes": [{"name": "a\\u0000b"}]}', "cb.json", "json")

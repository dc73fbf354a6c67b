"""Matching codes to themes: full paths, unique names, numeric codes, ambiguity and creation."""

from __future__ import annotations

import itertools

import pytest

from app.core.models import Theme
from app.core.theme_matching import CodeMatchError, ThemeMatcher, split_codes

THEMES = (
    Theme(id="hw", name="Hardware", code="1"),
    Theme(id="hw-cam", name="webcam", parent_id="hw"),
    Theme(id="sw", name="Software"),
    Theme(id="sw-cam", name="Webcam", parent_id="sw", code="21"),
    Theme(id="pr", name="privacy"),
    Theme(id="n7", name="7"),
)


def test_paths_names_and_codes():
    """Paths (any case, with the given or the export separator), unique names and codes all resolve."""
    m = ThemeMatcher(THEMES, separator="->")
    assert m.resolve("hardware->WEBCAM") == "hw-cam"
    assert m.resolve("Software / webcam") == "sw-cam"
    assert m.resolve(" Privacy ") == "pr"
    assert m.resolve("21") == "sw-cam" and m.resolve("1") == "hw"
    assert m.resolve("7") == "n7"  # a name made of digits still matches when no theme has that code
    m.check("f.csv")


def test_ambiguous_and_unknown_codes_are_listed_together():
    """A child name under two parents is never matched alone; unknown codes are collected in order."""
    m = ThemeMatcher(THEMES, separator="->")
    assert m.resolve("webcam", 2) is None and m.resolve("speed", 3) is None and m.resolve("x->y", 4) is None
    with pytest.raises(CodeMatchError) as caught:
        m.check("f.csv")
    assert str(caught.value) == (
        "f.csv: ambiguous codes (write the full path): 'webcam' could be Hardware->webcam or Software->Webcam; "
        "2 code(s) not in the codebook: 'speed' (row 3), 'x->y' (row 4) (add them to the codebook, or use --create-themes)"
    )


def test_creating_plans_missing_parents_once():
    """With create, a path plans its missing parents, and a second mention reuses the planned theme."""
    ids = (f"new{i}" for i in itertools.count())
    m = ThemeMatcher(THEMES, separator="::", create=True, new_id=lambda: next(ids))
    assert m.resolve("design::colour") == "new1"
    assert m.resolve("Design::Colour") == "new1" and m.resolve("hardware::speed") == "new2"
    assert [(p.id, p.name, p.parent_id) for p in m.planned] == [
        ("new0", "design", None),
        ("new1", "colour", "new0"),
        ("new2", "speed", "hw"),
    ]
    m.check("f.csv")


@pytest.mark.parametrize(
    ("cell", "separator", "codes"),
    [
        ("a; b | c\nd\r\ne", None, ["a", "b", "c", "d", "e"]),
        ("a,b;c", ",", ["a", "b;c"]),
        (" ;; ", None, []),
    ],
)
def test_split_codes(cell, separator, codes):
    """Cells split on the given separator, else on ';', '|' and line breaks; blanks vanish."""
    assert split_codes(cell, separator) == codes

"""Recognising Thematic's own theme variables and SPSS multiple-response sets from a file's dictionary."""

from __future__ import annotations

from app.core.spss_codes import NO_THEME, codes_of_case
from app.core.spss_sets import DICHOTOMY, THEMATIC, coded_by, response_sets, thematic_sets

NOTES = [
    "Thematic coded data, exported 2026-01-01:",
    "T1 = website",
    "T2 = website / hard to use",
    "Coded by: ann",
    "Thematic coding variables:",
    " q_status q_T1 q_T2 q_parents",
]


def test_theme_paths_come_from_labels_or_from_the_documents_when_a_label_was_cut():
    """A label cut at 256 bytes loses the end of its path: the whole "Tk = path" line is used instead."""
    key = "k" * 250
    labels = {"q_status": f"{key}: coding status", "q_T1": f"{key}: website", "q_T2": f"{key}: website / h"}
    labels["q_T2"] = labels["q_T2"].ljust(256, "x")[:256]
    headers = ["q", "q_status", "q_T1", "q_T2", "q_parents"]
    [found] = thematic_sets(headers, labels, NOTES, {"q_T1": "Yes", "q_T2": "Yes"}, {"q_status": "none"})
    assert found.kind == THEMATIC and found.coder == "ann" and found.question == "q"
    assert [(v.header, v.code, v.number) for v in found.variables] == [
        ("q_T1", "website", 1),
        ("q_T2", "website / hard to use", 2),
    ]
    assert found.status == "q_status" and found.parents == "q_parents" and found.no_theme == "none"
    index = {h: i for i, h in enumerate(headers)}
    assert codes_of_case(found, ["a", "coded", "Yes", "Yes", ""], index) == ["website / hard to use"]
    assert codes_of_case(found, ["a", "coded", "Yes", "Yes", "T1"], index) == [
        "website / hard to use",
        "website",
    ]
    assert codes_of_case(found, ["a", "none", "No", "No", ""], index) == [NO_THEME]
    assert codes_of_case(found, ["a", "not yet", "", "", ""], index) is None


def test_a_cut_coder_line_names_nobody_and_a_file_without_the_note_has_no_sets():
    """A coder's name cut to the documents' 80 bytes is not guessed; other files have no Thematic sets."""
    assert coded_by(["Coded by: " + "n" * 70]) is None
    assert coded_by(["Coded by: " + "n" * 69]) == "n" * 69
    assert thematic_sets(["q", "q_status"], {}, ["Some other note"], {}, {}) == []


def test_response_sets_keep_their_kind_counted_value_and_labels():
    """A dichotomy set counts its counted value's cell text; variables without labels use their names."""
    sets = response_sets(
        {
            "why": {
                "type": "D",
                "is_dichotomy": True,
                "counted_value": 2,
                "label": "Why?",
                "variable_list": ["a", "b"],
            }
        },
        {"a": "Cost"},
        lambda header, value: f"text of {value}",
        ["a", "b"],
    )
    [found] = sets
    assert (found.name, found.label, found.kind) == ("$why", "Why?", DICHOTOMY)
    assert [(v.header, v.code, v.counted) for v in found.variables] == [
        ("a", "Cost", "text of 2"),
        ("b", "b", "text of 2"),
    ]
    index = {"a": 0, "b": 1}
    assert codes_of_case(found, ["text of 2", "text of 1"], index) == ["Cost"]
    assert codes_of_case(found, ["text of 1", "text of 1"], index) == [NO_THEME]
    assert codes_of_case(found, ["", ""], index) is None

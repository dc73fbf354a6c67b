"""Findings of fuzzing the survey and codebook readers: each gives one clear line, in bounded time and memory."""

from __future__ import annotations

import json

import pytest

from app.core.codebook_io import MAX_DEPTH, CodebookError, parse_codebook
from app.core.survey_file import MAX_COLUMNS, SurveyFileError, clean_cell, read_survey_table


def test_trailing_empty_columns_are_dropped_in_one_pass(tmp_path):
    """200,000 trailing empty columns (a 400 KB file) leave the two real columns, even in a preview."""
    path = tmp_path / "wide.csv"
    path.write_text("id,answer" + "," * 200_000 + "\n1,hello there\n2,bye now\n", encoding="utf-8")
    for max_rows in (None, 20):
        table = read_survey_table(path, max_rows=max_rows)
        assert table.headers == ["id", "answer"] and table.rows == [["1", "hello there"], ["2", "bye now"]]


def test_ragged_rows_are_not_padded_in_memory(tmp_path):
    """18,000 headers and one-cell rows: rows keep their own length (memory follows the data)."""
    path = tmp_path / "ragged.csv"
    path.write_text(",".join(f"h{i}" for i in range(18_000)) + "\n" + "x\n" * 5000, encoding="utf-8")
    table = read_survey_table(path)
    assert len(table.headers) == 18_000 and {len(row) for row in table.rows} == {1}
    assert table.column("h17999") == [""] * 5000


def test_more_columns_than_zzz_is_one_line(tmp_path):
    """More than 18,278 columns is refused naming the count, not a bare ValueError."""
    path = tmp_path / "many.csv"
    path.write_text(",".join(["a"] * (MAX_COLUMNS + 1)) + "\n" + ",".join(["1"] * (MAX_COLUMNS + 1)) + "\n")
    with pytest.raises(SurveyFileError, match=r"many.csv: the file has 18,279 columns; at most 18,278"):
        read_survey_table(path)


def test_lone_surrogates_become_replacement_characters():
    """A lone surrogate (possible in workbooks and JSON) is replaced, so databases can store the text."""
    assert clean_cell("a\ud800b\x00c\x1bd\te\r\nf") == "a\ufffdbcd\te\r\nf"


def test_utf16_with_a_lone_surrogate_names_the_line(tmp_path):
    """A UTF-16 file holding half a surrogate pair is refused with the line, not a bare decode error."""
    path = tmp_path / "u16.csv"
    path.write_bytes("id,answer\n1,ok\n".encode("utf-16") + b"\x00\xd8" + "\n".encode("utf-16-le"))
    with pytest.raises(SurveyFileError, match=r"u16.csv: line \d+: byte 0x.. cannot be read as utf-16"):
        read_survey_table(path)


def test_binary_files_are_refused_but_a_stray_nul_is_cleaned(tmp_path):
    """A SQLite file is not a survey; one NUL in a cell is cleaned and counted."""
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with pytest.raises(SurveyFileError, match="x.csv: this is not a text file"):
        read_survey_table(binary)
    text = tmp_path / "t.csv"
    text.write_bytes(b"id,answer\n1,one\x00 two\n")
    table = read_survey_table(text)
    assert table.rows == [["1", "one two"]] and table.cleaned_cells == 1


def test_yaml_aliases_are_refused():
    """A 'billion laughs' codebook of anchors and aliases is refused before it expands."""
    lines = ["a0: &a0 {name: x}"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 30)]
    text = "\n".join(lines) + "\nthemes: *a29\n"
    with pytest.raises(
        CodebookError, match=r"cb.yaml: line 2, column \d+: YAML aliases \(\*name\) are not allowed"
    ):
        parse_codebook(text, "cb.yaml")
    with pytest.raises(CodebookError, match="YAML aliases"):
        parse_codebook("themes: &t [{name: a, children: *t}]\n", "self.yaml")


def test_deep_nesting_is_one_line():
    """Deeply nested YAML, JSON and theme trees give a clear limit, never RecursionError."""
    with pytest.raises(CodebookError, match="deep.yaml: line 1: the YAML is nested more than"):
        parse_codebook("themes: " + "[" * 5000 + "]" * 5000, "deep.yaml")
    with pytest.raises(CodebookError, match="deep.json: the file is nested too deeply"):
        parse_codebook('{"themes": ' + "[" * 100_000 + "]" * 100_000 + "}", "deep.json", "json")
    theme: dict = {"name": "leaf"}
    for depth in range(MAX_DEPTH + 1):
        theme = {"name": f"t{depth}", "children": [theme]}
    with pytest.raises(CodebookError, match=f"nested more than {MAX_DEPTH} levels deep"):
        parse_codebook(json.dumps({"themes": [theme]}), "tree.json", "json")


def test_huge_numbers_and_surrogates_in_codebooks_are_one_line():
    """A 5,000-digit number or a lone surrogate is named, not a bare ValueError."""
    with pytest.raises(CodebookError, match="big.yaml: a value cannot be read"):
        parse_codebook("themes:\n  - name: " + "9" * 5000 + "\n", "big.yaml")
    with pytest.raises(CodebookError, match="big.json: a value cannot be read"):
        parse_codebook('{"themes": [{"name": "a", "code": ' + "9" * 5000 + "}]}", "big.json", "json")
    with pytest.raises(CodebookError, match=r"s.json: themes\[0\].name: contains a lone UTF-16 surrogate"):
        parse_codebook('{"themes": [{"name": "a\\ud800"}]}', "s.json", "json")


def test_theme_codes_are_read_checked_and_written_back():
    """A theme's numeric code (like an SPSS value label) is kept; a repeated code is refused."""
    book = parse_codebook("themes:\n  - {name: a, code: 1}\n  - {name: b, code: '02'}\n", "c.yaml")
    assert [t.code for t in book.themes] == ["1", "02"]
    from app.core.codebook_io import dump_codebook_text

    assert [t.code for t in parse_codebook(dump_codebook_text(book), "again.yaml").themes] == ["1", "02"]
    with pytest.raises(CodebookError, match=r"themes\[1\].code: code 1 is already the code of themes\[0\]"):
        parse_codebook("themes:\n  - {name: a, code: 1}\n  - {name: b, code: 1}\n", "c.yaml")

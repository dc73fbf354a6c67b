"""CSV/XLSX exports: layouts round-trip, Unicode survives, formula-like text is neutralised."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from app.core.export import ExportData, ExportError, neutralise, theme_columns, write_csv, write_xlsx
from app.core.models import Coding, Origin, Question, Respondent, Response, Theme

THEMES = (
    Theme("a", "Access", position=1),
    Theme("a1", "Mobile", parent_id="a", position=1),
    Theme("b", "Бюджет", position=2),
    Theme("c", "Access", position=3),
)


def export_data(**overrides: object) -> ExportData:
    """Four answers: decided with themes, no theme, uncoded, and a formula-looking one."""
    fields = dict(
        questions=[Question("q1", "recommend", "What do you recommend?", 1)],
        themes=THEMES,
        respondents=[
            Respondent("p1", "R1", {"age": "18–29", "city": "Астана"}),
            Respondent("p2", "R2", {"age": "-5"}),
        ],
        responses=[
            Response("x1", "p1", "q1", "Қосымша өте баяу, «неудобно»\nвторая строка"),
            Response("x2", "p1", "q1", "Nothing"),
            Response("x3", "p2", "q1", "later"),
            Response("x4", "p2", "q1", '=HYPERLINK("http://evil","x")'),
        ],
        coded={"x1": frozenset({"a", "b"}), "x2": frozenset(), "x4": frozenset({"a1"})},
        codings=[
            Coding("x1", "a", "k1", Origin.MANUAL),
            Coding("x1", "b", "k2", Origin.SUGGESTION),
            Coding("x4", "a1", "k1", Origin.CONSENSUS),
        ],
        coder_names={"k1": "Айгерим", "k2": "Daniyar"},
    )
    fields.update(overrides)
    return ExportData(**fields)


def read_csv(path):
    """Read an exported CSV back (BOM stripped by utf-8-sig)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_wide_csv_round_trip(tmp_path):
    """Wide CSV has a BOM, one row per answer, attributes, status and 1/0/empty theme columns (rolled up)."""
    path = tmp_path / "wide.csv"
    write_csv(export_data(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert rows[0] == [
        "respondent_id",
        "response_id",
        "question",
        "answer",
        "age",
        "city",
        "status",
        "Access",
        "Access / Mobile",
        "Бюджет",
        "Access (2)",
    ]
    assert rows[1] == [
        "R1",
        "x1",
        "recommend",
        "Қосымша өте баяу, «неудобно»\nвторая строка",
        "18–29",
        "Астана",
        "decided",
        "1",
        "0",
        "1",
        "0",
    ]
    assert rows[2][6:] == ["none", "0", "0", "0", "0"]
    assert rows[3][6:] == ["uncoded", "", "", "", ""]
    assert rows[4][4] == "'-5" and rows[4][7:] == ["1", "1", "0", "0"]  # Mobile implies its parent Access


def test_csv_neutralises_formulas(tmp_path):
    """Text starting with = + - @ tab or CR gets a leading apostrophe; other text is untouched."""
    path = tmp_path / "wide.csv"
    write_csv(export_data(), path)
    assert read_csv(path)[4][3] == '\'=HYPERLINK("http://evil","x")'
    for risky in ("=1+2", "+7", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(risky) == "'" + risky
    assert neutralise("safe = text") == "safe = text"


def test_long_csv_has_one_row_per_coding(tmp_path):
    """Long CSV lists each coding with coder name and origin, then 'no theme' decisions; ';' works as delimiter."""
    path = tmp_path / "long.csv"
    write_csv(export_data(), path, layout="long", delimiter=";")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == [
        "respondent_id", "question", "response_id", "answer", "theme", "coder", "origin", "spans", "span_text"
    ]  # fmt: skip
    assert [r[4:7] for r in rows[1:]] == [
        ["Access", "Айгерим", "manual"],
        ["Бюджет", "Daniyar", "suggestion"],
        ["Access / Mobile", "Айгерим", "consensus"],
        ["", "", "none"],
    ]
    assert rows[4][2] == "x2"
    assert rows[3][3].startswith("'=")


def test_long_layout_falls_back_to_reported_coding(tmp_path):
    """Without coder-level codings, the long layout lists the reported themes with empty coder."""
    path = tmp_path / "long.csv"
    write_csv(export_data(codings=()), path, layout="long")
    rows = read_csv(path)[1:]
    assert sorted((r[2], r[4], r[5]) for r in rows) == [
        ("x1", "Access", ""),
        ("x1", "Бюджет", ""),
        ("x2", "", ""),
        ("x4", "Access / Mobile", ""),
    ]


def test_xlsx_round_trip_text_cells(tmp_path):
    """XLSX sheets hold the same rows; formula-like text is a neutralised string, never a formula."""
    hostile = Response("x5", "p2", "q1", "#N/A bell\x07 end")
    data = export_data(
        responses=[*export_data().responses, hostile], coded={**export_data().coded, "x5": frozenset({"c"})}
    )
    path = tmp_path / "coded.xlsx"
    write_xlsx(data, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["wide", "long", "themes"]
    wide = [[c.value for c in row] for row in wb["wide"].iter_rows()]
    assert wide[1][3] == "Қосымша өте баяу, «неудобно»\nвторая строка"
    assert wide[1][7:] == [1, 0, 1, 0]
    assert wide[3][7:] == [None, None, None, None]
    formula_cell = wb["wide"].cell(row=5, column=4)
    assert formula_cell.data_type == "s" and formula_cell.value == '\'=HYPERLINK("http://evil","x")'
    error_cell = wb["wide"].cell(row=6, column=4)
    assert error_cell.data_type == "s" and error_cell.value == "#N/A bell\ufffd end"
    long = [[c.value for c in row] for row in wb["long"].iter_rows()]
    assert long[1][4:7] == ["Access", "Айгерим", "manual"]
    themes = [[c.value for c in row] for row in wb["themes"].iter_rows()]
    assert themes[2][:3] == ["Access / Mobile", "a1", "Access"]


def test_xlsx_cuts_cells_at_excel_limit(tmp_path):
    """An answer longer than Excel's cell limit is cut to 32,767 characters instead of corrupting the file."""
    data = export_data(responses=[Response("x1", "p1", "q1", "ә" * 40_000)])
    path = tmp_path / "long.xlsx"
    write_xlsx(data, path, layouts=("wide",))
    assert len(load_workbook(path)["wide"].cell(row=2, column=4).value) == 32_767


def test_unknown_layout_is_refused_before_writing(tmp_path):
    """An unknown layout name raises a one-line ExportError and no file is created."""
    with pytest.raises(ExportError, match="unknown export layout 'tall'"):
        write_xlsx(export_data(), tmp_path / "x.xlsx", layouts=("tall",))
    with pytest.raises(ExportError):
        write_csv(export_data(), tmp_path / "x.csv", layout="tall")
    assert list(tmp_path.iterdir()) == []


def test_theme_columns_are_unique_and_tree_ordered():
    """Duplicate theme names get a numbered suffix; sub-themes follow their parent."""
    assert [n for _, n in theme_columns(THEMES)] == ["Access", "Access / Mobile", "Бюджет", "Access (2)"]


def test_long_layout_carries_coded_spans(tmp_path):
    """A coding's spans are exported as START:END positions (code points) and the words they cover."""
    path = tmp_path / "long.csv"
    write_csv(export_data(spans={("x1", "a", "k1"): [(0, 7), (19, 27)]}), path, layout="long")
    row = read_csv(path)[1]
    assert row[4] == "Access" and row[7] == "0:7;19:27"
    assert row[8] == "Қосымша … неудобно"

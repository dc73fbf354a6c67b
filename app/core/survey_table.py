"""The table every survey reader produces, its one-line error, and the cell rules they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.models import ColumnRole

MAX_CELL_CHARS = 1_000_000
MAX_COLUMNS = 18_278  # column ZZZ
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
CONTROL_CHARACTERS = _CONTROL  # what clean_cell removes, for readers that count cleaned cells


class SurveyFileError(ValueError):
    """A survey or coding file cannot be read; str() is one line: "FILE: row N: problem"."""

    def __init__(self, path: str | Path, row: int | None, problem: str) -> None:
        self.path, self.row, self.problem = str(path), row, problem
        where = f"{self.path}: row {row}" if row is not None else self.path
        super().__init__(f"{where}: {problem}")


class SheetChoiceError(SurveyFileError):
    """A workbook whose opening sheet holds no table and whose other sheets leave the choice open."""

    def __init__(self, path: str | Path, sheet: str, sheets: tuple[str, ...], problem: str) -> None:
        self.sheet, self.sheets = sheet, sheets  # the sheet read and every non-empty sheet, for a choice
        super().__init__(path, None, problem)


@dataclass(frozen=True)
class SurveyTable:
    """A rectangular survey table: unique column keys, full question texts and data rows."""

    path: str
    encoding: str  # "xlsx" for workbooks
    delimiter: str | None  # None for workbooks
    header_rows: int  # every row above the data, title rows included
    headers: list[str]
    question_texts: dict[str, str]
    rows: list[list[str]]
    first_data_row: int
    row_numbers: list[int]  # spreadsheet row number of each data row
    checksum: str  # sha256 of the file bytes
    sheet: str | None = None
    truncated: bool = False  # True when max_rows stopped the reading early (a preview)
    cleaned_cells: int = 0  # cells that lost control characters or lone surrogates
    repaired_quotes: int = 0  # quoted cells holding undoubled quotes, kept as text (see lenient_csv)
    missing_na: int = 0  # cells an R export wrote as NA, read as missing (see r_missing)
    kind: str = "text"  # "text", "workbook" or "spss": which reading settings apply
    column_hints: dict[str, ColumnRole] = field(default_factory=dict)  # roles the file itself states
    sheets: tuple[str, ...] = ()  # every worksheet of a workbook, in the workbook's order
    title_rows: int = 0  # title lines above the header ("Customer survey 2024"), skipped
    passed_over: tuple[str, ...] = ()  # sheets not read because they hold no table (a README sheet)

    def column(self, header: str) -> list[str]:
        """Return one column's cells, for role guessing and previews."""
        index = self.headers.index(header)
        return [cell(row, index) for row in self.rows]


def cell(row: list[str], index: int) -> str:
    """Return a row's cell, blank past the end of a short row (rows are not padded in memory)."""
    return row[index] if index < len(row) else ""


def clean_cell(text: str) -> str:
    """Drop control characters a database cannot hold and replace lone surrogates with U+FFFD."""
    return _CONTROL.sub(lambda m: "" if m.group() < "\ud800" else "\ufffd", text)


@dataclass
class RecordGrid:
    """Non-blank records of a file with their row numbers, before headers are interpreted."""

    records: list[list[str]]
    numbers: list[int]
    truncated: bool
    encoding: str
    delimiter: str | None
    sheet: str | None = None
    cleaned: int = 0
    repaired_quotes: int = 0
    sheets: tuple[str, ...] = ()
    passed_over: tuple[str, ...] = ()
    merged_rows: frozenset[int] = frozenset()  # sheet rows with a cell merged across columns


def clean_records(records: list[list[str]]) -> int:
    """Clean every cell holding a control character in place; return how many cells changed."""
    changed = 0
    for record in records:
        for index, value in enumerate(record):
            if _CONTROL.search(value):
                record[index] = clean_cell(value)
                changed += 1
    return changed

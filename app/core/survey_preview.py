"""What a survey preview tells beyond its sample rows: how many rows the file has, and a repeated id.

The preview reads at most `ROLE_SAMPLE_ROWS` rows; a longer file's rows are counted in one streaming
pass (CSV records, or a workbook sheet's non-blank rows) without building the table.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Mapping
from typing import NamedTuple

from app.core.models import ColumnRole
from app.core.survey_file import SurveyTable, cell


class RepeatedId(NamedTuple):
    """A respondent id that two rows use: a sign of one row per answer (the long layout)."""

    value: str
    first_row: int
    row: int


def count_rows(table: SurveyTable) -> int:
    """Return the number of data rows of the file the (possibly truncated) table was read from."""
    if not table.truncated:
        return len(table.rows)
    if table.kind == "workbook":
        return _workbook_rows(table)
    if table.kind == "text" and table.delimiter:
        return _text_rows(table)
    from app.core.survey_file import read_survey_table

    return len(read_survey_table(table.path, encoding=table.encoding, header_rows=table.header_rows).rows)


def _text_rows(table: SurveyTable) -> int:
    """Count a delimited file's non-blank records after the header rows, streaming."""
    encoding = (
        "utf-8-sig" if table.encoding.replace("_", "-").lower() in ("utf-8", "utf8") else table.encoding
    )
    previous_limit = csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(table.path, encoding=encoding, errors="replace", newline="") as handle:
            records = sum(
                1
                for record in csv.reader(handle, delimiter=table.delimiter)
                if any(c.strip() for c in record)
            )
    finally:
        csv.field_size_limit(previous_limit)  # the module-wide limit is not this function's to keep
    return max(records - table.header_rows, 0)


def _workbook_rows(table: SurveyTable) -> int:
    """Count a worksheet's non-blank rows after the header rows, reading the sheet in streaming mode."""
    import openpyxl

    book = openpyxl.load_workbook(table.path, read_only=True, data_only=True)
    try:
        sheet = book[table.sheet] if table.sheet in book.sheetnames else book.worksheets[0]
        rows = sum(
            1 for values in sheet.iter_rows(values_only=True) if any(v not in (None, "") for v in values)
        )
    finally:
        book.close()
    return max(rows - table.header_rows, 0)


def first_repeated_id(table: SurveyTable, roles: Mapping[str, ColumnRole]) -> RepeatedId | None:
    """Return the first respondent id used on two rows of the sample, if the id column repeats."""
    ids = [h for h, r in roles.items() if ColumnRole(r) is ColumnRole.RESPONDENT_ID and h in table.headers]
    if not ids:
        return None
    index = table.headers.index(ids[0])
    seen: dict[str, int] = {}
    for row, number in zip(table.rows, table.row_numbers):
        value = cell(row, index).strip()
        if value and seen.setdefault(value, number) != number:
            return RepeatedId(value, seen[value], number)
    return None

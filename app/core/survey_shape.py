"""From records to a rectangular table: header rows (Qualtrics, SurveyMonkey, plain), column keys, row lengths."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.utils import get_column_letter

from app.core.models import ColumnRole
from app.core.survey_table import MAX_COLUMNS, RecordGrid, SurveyFileError, SurveyTable

SURVEYMONKEY_LABELS = {"", "response", "open-ended response"}


def detect_header_rows(records: list[list[str]]) -> tuple[int, str]:
    """Count the header rows of an export: 3 for Qualtrics, 2 for SurveyMonkey, else 1."""
    if len(records) >= 3:
        filled = [c for c in records[2] if c.strip()]
        if filled and sum(c.lstrip().startswith('{"ImportId"') for c in filled) >= 0.5 * len(filled):
            return 3, "qualtrics"
    if len(records) >= 2:
        labels = {c.strip().casefold() for c in records[1]}
        if labels & {"response", "open-ended response"} and labels <= _sub_labels(records):
            return 2, "surveymonkey"
    return 1, "plain"


MAX_TITLE_ROWS = 5


def title_rows(records: list[list[str]], merged_rows: frozenset[int] = frozenset(), numbers=()) -> int:
    """Count the title lines above the header ("Customer survey 2024" in A1, merged or not).

    Titles are leading rows of one value (in the first cell, merged across columns, or a line of two
    cells: a CSV title with an unquoted comma)
    above a row with more distinct values filled; a one-column file has no title rows.
    """
    for count in range(min(MAX_TITLE_ROWS, len(records) - 2) + 1):
        filled = [c.strip() for c in records[count] if c.strip()]
        if len(set(filled)) >= 2 and count and _above_all(filled, records[:count]):
            return count
        row = records[count]  # one value in A1, or a CSV title cut in two by an unquoted comma
        leading = (len(filled) == 1 and bool(row[0].strip())) or (len(row) == 2 and len(filled) == 2)
        merged = count < len(numbers) and numbers[count] in merged_rows and len(set(filled)) == 1
        if not filled or not (leading or merged):
            return 0
    return 0


def _above_all(header: list[str], titles: list[list[str]]) -> bool:
    """Tell whether a row has more distinct values than every title line above it."""
    return all(len(set(header)) > len({c.strip() for c in t if c.strip()}) for t in titles)


def _merged_header(records: list[list[str]], merged_rows: frozenset[int], numbers: list[int]) -> bool:
    """Tell a header with cells merged over sub-headers (row 2 names the parts) from a plain one."""
    if len(records) < 3 or not numbers or numbers[0] not in merged_rows:
        return False
    first, second = records[0], records[1]
    repeated = [i for i in range(1, len(first)) if first[i].strip() and first[i] == first[i - 1]]
    return bool(repeated) and all(i < len(second) and second[i].strip() for i in repeated)


def _sub_labels(records: list[list[str]]) -> set[str]:
    """Row 2 labels that may appear in a SurveyMonkey export: generic ones and those under a merged question."""
    first = records[0]
    labels = set(SURVEYMONKEY_LABELS)
    for index, cell in enumerate(records[1]):
        if index > 0 and (
            index >= len(first)
            or not first[index].strip()
            or index + 1 < len(first)
            and not first[index + 1].strip()
        ):
            labels.add(cell.strip().casefold())
    return labels


def _header_names(records: list[list[str]], count: int, kind: str, width: int) -> tuple[list[str], list[str]]:
    """Return (keys, question texts) for the header rows of a table."""
    rows = [r + [""] * (width - len(r)) for r in records[:count]]
    if count == 0:
        keys = [""] * width
        return keys, keys
    if count == 1:
        return rows[0], rows[0]
    if kind == "merged":  # a title merged over sub-headers: "Satisfaction - Price"
        keys = [
            first
            if not second.strip() or second == first
            else f"{first} - {second}"
            if first.strip()
            else second
            for first, second in zip(rows[0], rows[1])
        ]
        return keys, keys
    if kind == "qualtrics":
        return rows[0], [second if second.strip() else first for first, second in zip(rows[0], rows[1])]
    keys, texts, question = [], [], ""
    for column in range(width):
        if rows[0][column].strip():
            question = rows[0][column]
        parts = [question] + [
            r[column] for r in rows[1:count] if r[column].strip().casefold() not in SURVEYMONKEY_LABELS
        ]
        key = " - ".join(p for p in parts if p.strip())
        keys.append(key)
        texts.append(key)
    return keys, texts


_IMPORT_ID = re.compile(r'\{\s*"ImportId"\s*:\s*"(QID\d+)((?:_\d+)*)(_TEXT)?"')


def qualtrics_hints(records: list[list[str]], keys: list[str]) -> dict[str, ColumnRole]:
    """Read a Qualtrics export's row 3: an ImportId ending in _TEXT is a text entry (open), other QIDs closed."""
    hints = {}
    for key, import_id in zip(keys, records[2]):
        match = _IMPORT_ID.match(import_id.strip())
        if match:
            hints[key] = ColumnRole.OPEN if match.group(3) else ColumnRole.ATTRIBUTE
    return hints


def _unique_keys(keys: list[str]) -> list[str]:
    """Name blank headers after their column letter and number repeated ones."""
    seen: set[str] = set()
    unique = []
    for column, key in enumerate(keys, start=1):
        name = key.strip() or f"Column {get_column_letter(column)}"
        candidate, n = name, 2
        while candidate in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate)
        unique.append(candidate)
    return unique


def shape_table(
    path: str | Path, grid: RecordGrid, header_rows: int | None, max_rows: int | None, checksum: str
) -> SurveyTable:
    """Split records into headers and rectangular data rows, checking row lengths."""
    records, numbers = grid.records, grid.numbers
    if not records:
        raise SurveyFileError(
            path, None, "the file is empty" if grid.sheet is None else f"sheet {grid.sheet!r} is empty"
        )
    titles = 0
    if header_rows is None:
        titles = title_rows(records, grid.merged_rows, numbers)
        count, kind = detect_header_rows(records[titles:])
        if kind == "plain" and _merged_header(records[titles:], grid.merged_rows, numbers[titles:]):
            count, kind = 2, "merged"
        count += titles
    else:
        if header_rows < 0:
            raise SurveyFileError(path, None, "the number of header rows cannot be negative")
        count = header_rows
        detected, kind = detect_header_rows(records)
        kind = kind if detected == count else "plain"
    data, data_numbers = records[count:], numbers[count:]
    if not data:
        raise SurveyFileError(path, None, "the file has column headings but no answers")
    width = max((len(r) for r in records[titles:count]), default=len(data[0]))
    if count == titles:
        width = max(len(r) for r in data)
    if max(map(len, data)) > width:
        for row, number in zip(data, data_numbers):
            if len(row) > width:
                if any(row[width:]):
                    raise SurveyFileError(
                        path, number, f"this row has {len(row)} cells but the header has {width} columns"
                    )
                del row[width:]
    used = 0  # columns up to the last one with a header or any data: stops once that is every column
    for row in data:
        if used == width:
            break
        last = len(row)
        while last > used and not row[last - 1]:
            last -= 1
        used = max(used, last)
    keys, texts = _header_names(records[titles:], count - titles, kind, width)
    while width > max(used, 1) and not keys[width - 1].strip():
        width -= 1
    if width < len(keys):
        keys, texts = keys[:width], texts[:width]
        for row in data:
            if len(row) > width:
                del row[width:]
    if width > MAX_COLUMNS:
        raise SurveyFileError(
            path, None, f"the file has {width:,} columns; at most {MAX_COLUMNS:,} (column ZZZ) can be read"
        )
    unique = _unique_keys(keys)
    question_texts = {key: (text if text.strip() else key) for key, text in zip(unique, texts)}
    truncated = grid.truncated
    if max_rows is not None and len(data) > max_rows:
        data, data_numbers, truncated = data[:max_rows], data_numbers[:max_rows], True
    return SurveyTable(
        path=str(path),
        encoding=grid.encoding,
        delimiter=grid.delimiter,
        header_rows=count,
        title_rows=titles,
        headers=unique,
        question_texts=question_texts,
        rows=data,
        first_data_row=data_numbers[0],
        row_numbers=data_numbers,
        checksum=checksum,
        sheet=grid.sheet,
        truncated=truncated,
        cleaned_cells=grid.cleaned,
        repaired_quotes=grid.repaired_quotes,
        kind="text" if grid.delimiter is not None else "workbook",
        sheets=grid.sheets,
        passed_over=grid.passed_over,
        column_hints=qualtrics_hints(records, unique) if kind == "qualtrics" and count == 3 else {},
    )

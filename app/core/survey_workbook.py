"""Reading one sheet of an .xlsx workbook into records, after checking its zip is not hostile."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl.utils import column_index_from_string, get_column_letter

from app.core.survey_table import RecordGrid, SheetChoiceError, SurveyFileError, clean_records

MAX_UNZIPPED_BYTES = 1 << 30
MAX_ZIP_RATIO = 200
ZIP_RATIO_FLOOR = 1 << 20  # parts smaller than this are never a bomb
MAX_ZIP_PARTS = 10_000
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}


def check_workbook_zip(
    path: str | Path, max_unzipped_bytes: int = MAX_UNZIPPED_BYTES, max_zip_ratio: float = MAX_ZIP_RATIO
) -> None:
    """Refuse a workbook whose zip is broken, encrypted or would unpack to far more than it weighs."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SurveyFileError(
            path, None, "this is not a valid .xlsx workbook (the file is damaged or not an Excel file)"
        ) from exc
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_ZIP_PARTS:
            raise SurveyFileError(
                path, None, f"the workbook has {len(parts):,} parts; refusing a hostile file"
            )
        total = 0
        for part in parts:
            if part.flag_bits & 0x1:
                raise SurveyFileError(path, None, "the workbook is encrypted; save it without a password")
            total += part.file_size
            if part.file_size > ZIP_RATIO_FLOOR and part.file_size > max_zip_ratio * max(
                part.compress_size, 1
            ):
                raise SurveyFileError(
                    path,
                    None,
                    f"part {part.filename} would unpack {part.file_size:,} bytes "
                    f"from {part.compress_size:,}; refusing a possible zip bomb",
                )
        if total > max_unzipped_bytes:
            raise SurveyFileError(
                path,
                None,
                f"the workbook would unpack to {total:,} bytes (limit "
                f"{max_unzipped_bytes:,}); refusing a possible zip bomb",
            )


def read_workbook(
    path: str | Path,
    sheet: str | int | None,
    limit: int | None,
    max_cell_chars: int,
    max_unzipped_bytes: int,
    max_zip_ratio: float,
) -> RecordGrid:
    """Read one sheet of an .xlsx workbook into non-blank records of cell texts."""
    import openpyxl

    check_workbook_zip(path, max_unzipped_bytes, max_zip_ratio)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files; all mean the same to a user
        raise SurveyFileError(path, None, f"cannot open the workbook ({_reason(exc)})") from exc
    records: list[list[str]] = []
    numbers: list[int] = []
    truncated = False
    number = 0
    try:
        sheet_obj, passed_over = _pick_sheet(path, book, sheet)
        for number, values in enumerate(sheet_obj.iter_rows(min_row=1, values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            if not any(cells):
                continue
            if limit is not None and len(records) >= limit:
                truncated = True
                break
            for column, cell in enumerate(cells, start=1):
                if len(cell) > max_cell_chars:
                    raise SurveyFileError(
                        path,
                        number,
                        f"cell {get_column_letter(column)}{number} is longer "
                        f"than {max_cell_chars:,} characters",
                    )
            records.append(cells)
            numbers.append(number)
        merged = fill_merged(records, numbers, _merged_ranges(path, sheet_obj))
    except SurveyFileError:
        raise
    except Exception as exc:
        raise SurveyFileError(path, number + 1, f"cannot read the workbook ({_reason(exc)})") from exc
    finally:
        book.close()
    sheets = tuple(book.sheetnames)
    return RecordGrid(
        records,
        numbers,
        truncated,
        "xlsx",
        None,
        sheet_obj.title,
        clean_records(records),
        sheets=sheets,
        passed_over=passed_over,
        merged_rows=merged,
    )


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
MAX_MERGES = 100_000


def _merged_ranges(path: str | Path, sheet) -> list[tuple[int, int, int, int]]:
    """Read a sheet's merged ranges (first row, first column, last row, last column) from its XML, streaming.

    openpyxl's read-only mode does not give them; they follow the cells, so the part is scanned in chunks.
    """
    part = getattr(sheet, "_worksheet_path", None)
    if not part:
        return []
    ranges: list[tuple[int, int, int, int]] = []
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as stream:
        while chunk := stream.read(1 << 20):
            text = tail + chunk
            end = 0
            for match in _MERGE.finditer(text):
                first, top, last, bottom = match.groups()
                ranges.append(
                    (
                        int(top),
                        column_index_from_string(first.decode()),
                        int(bottom),
                        column_index_from_string(last.decode()),
                    )
                )
                end = match.end()
                if len(ranges) > MAX_MERGES:
                    return ranges
            tail = text[max(end, len(text) - 200) :]
    return ranges


def fill_merged(
    records: list[list[str]], numbers: list[int], ranges: list[tuple[int, int, int, int]]
) -> frozenset[int]:
    """Give every cell of a merged range its top-left value; return the sheet rows merged across columns."""
    where = {number: index for index, number in enumerate(numbers)}
    across = set()
    for top, left, bottom, right in ranges:
        if top not in where:
            continue
        first = records[where[top]]
        value = first[left - 1] if left - 1 < len(first) else ""
        if not value:
            continue
        if right > left:
            across.add(top)
        for row in range(top, bottom + 1):
            if row not in where:
                continue
            cells = records[where[row]]
            if len(cells) < right:
                cells.extend([""] * (right - len(cells)))
            for column in range(left - 1, right):
                cells[column] = value
    return frozenset(across)


def _pick_sheet(path: str | Path, book, sheet: str | int | None) -> tuple[object, tuple[str, ...]]:
    """Return the requested worksheet, or the one Excel opens on, or the one table past a README sheet.

    Also returns the sheets passed over for holding no table (said in the import's summary).
    """
    sheets = book.worksheets
    if not sheets:
        raise SurveyFileError(path, None, "the workbook has no worksheets")
    if sheet is None:
        active = book.active if book.active in sheets else sheets[0]
        return _table_sheet(path, active, [s for s in sheets if s is not active])
    if isinstance(sheet, int):
        if 0 <= sheet < len(sheets):
            return sheets[sheet], ()
    else:
        for candidate in sheets:
            if candidate.title == sheet:
                return candidate, ()
    names = ", ".join(repr(s.title) for s in sheets)
    raise SurveyFileError(path, None, f"no sheet {sheet!r} in the workbook (sheets: {names})")


def _table_sheet(path: str | Path, active, others: list) -> tuple[object, tuple[str, ...]]:
    """Keep the opening sheet if it holds a table; else take the one other sheet that does, or ask."""
    if _shape_of(active) == TABLE:
        return active, ()
    shapes = {other.title: _shape_of(other) for other in others}
    tables = [other for other in others if shapes[other.title] == TABLE]
    if len(tables) == 1:
        return tables[0], (active.title,)
    listed = [title for title, shape in shapes.items() if shape != EMPTY]
    if not listed:
        return active, ()
    raise SheetChoiceError(
        path,
        active.title,
        tuple([active.title, *listed]),
        f"sheet {active.title!r} (the one read) holds no table of answers (a header row over rows); "
        f"the other sheets: {', '.join(repr(t) for t in listed)}; choose one with --sheet NAME",
    )


TABLE, TEXT, EMPTY = "table", "text", "empty"
SHEET_SCAN_ROWS = 30  # rows looked at to tell a table from a README sheet


def _shape_of(sheet) -> str:
    """Tell a sheet of answers (rows of several cells) from notes (lines of one cell) or nothing."""
    wide = filled = 0
    for values in sheet.iter_rows(max_row=SHEET_SCAN_ROWS * 4, values_only=True):
        cells = sum(1 for v in values if v not in (None, ""))
        if not cells:
            continue
        filled += 1
        wide += cells >= 2
        if filled >= SHEET_SCAN_ROWS:
            break
    if not filled:
        return EMPTY
    return TABLE if wide >= 2 and wide >= 0.5 * filled else TEXT


def _cell_text(value: object) -> str:
    """Render a cell value as the text a spreadsheet user sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _reason(exc: Exception) -> str:
    """Say in a few words why a library refused a file (the innermost cause says most)."""
    while (exc.__cause__ or exc.__context__) is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__

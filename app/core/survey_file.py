"""Reading a survey export (CSV, TSV, TXT or XLSX) into a plain table, with clear errors for bad files.

Decisions:
- Encoding (text files): a byte-order mark wins (UTF-8, UTF-16, UTF-32); then UTF-16 without a
  mark (NUL bytes in every other position); then strict UTF-8; then Windows-1251 when the high
  bytes form whole words of Cyrillic letters (mostly lower case, rarely touching a Latin letter); then charset-normalizer when
  the high bytes still form words (another legacy code page); else Windows-1252, else Latin-1.
  Kazakh letters (ә ғ қ ң ө ұ ү һ і) are not all in Windows-1251, so such files are UTF-8.
- Delimiter: each of comma, semicolon, tab and pipe is tried on the first records with the csv
  module (so quotes are respected); the one giving the same number of cells (at least two) on
  at least 90% of records wins, the most cells breaking ties. An Excel `sep=;` first line is obeyed.
- Header rows: Qualtrics exports have 3 (short ids, full question text, `{"ImportId":...}`), so
  keys come from row 1 and question texts from row 2; SurveyMonkey exports have 2 (question, then
  "Response"/"Open-Ended Response" or a sub-answer label), so a key is the question, or
  "question - label" when the label names a sub-answer. Otherwise 1. The caller may force any option.
- Quotes: the standard doubled `""` inside quoted cells; a file whose quoted cells hold single
  quotes (`"more "stuff" here"`) is read again by `lenient_csv` keeping those quotes as text,
  and `repaired_quotes` counts the cells. A quoted cell never closed is an error naming its row.
- Title lines above the header ("Customer survey 2024" in A1, merged across columns or not, or a CSV
  title with an unquoted comma) are skipped: a leading row with one value over a row with more cells.
  A workbook's merged cells read as their top-left value everywhere; a header row merged across
  columns over a row naming the parts gives keys "Satisfaction - Price".
- Rows are numbered as a spreadsheet shows them: record N of a CSV (a quoted cell with line
  breaks stays one row; blank lines count) or row N of the sheet. Blank rows are skipped.
- Shorter rows read as if padded with blank cells (Excel drops trailing empty cells), but are kept
  short, so a ragged file costs memory for its cells only (read cells with `cell(row, i)`); a
  longer row is an error unless its extra cells are empty. Blank headers become "Column C"; a
  repeated header gets " (2)". Trailing columns with no header and no data are dropped (in one
  pass). More than 18,278 columns (ZZZ, past Excel's own limit) is refused.
- Cell text is kept verbatim (no formula evaluation, no trimming, line breaks inside quoted cells
  kept exactly, CRLF stays CRLF) except that NUL and other control characters (all of C0 but tab,
  line feed and carriage return, and DEL) are removed and lone surrogates become U+FFFD: a
  database cannot store them. `cleaned_cells` counts the cells changed. A file is refused as
  binary when it starts like a known binary format (SQLite, PDF, PNG, GIF, JPEG, gzip, 7z) or
  when NUL and other control bytes are more than 10% of its first 64 KiB (and it is not UTF-16).
- SPSS data files (.sav, .zsav, .por) are read by `app.core.spss_file` into the same table.
- Workbooks are read with openpyxl (read-only, cached formula values, defusedxml). The zip is
  checked before parsing: total unpacked size, per-part expansion ratio and part count.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.survey_encoding import decode_survey_bytes
from app.core.survey_shape import MAX_TITLE_ROWS, shape_table
from app.core.survey_table import (
    CONTROL_CHARACTERS,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    SurveyFileError,
    SurveyTable,
    cell,
    clean_cell,
)
from app.core.survey_text import detect_delimiter, read_text
from app.core.survey_workbook import (
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_RATIO,
    WORKBOOK_SUFFIXES,
    check_workbook_zip,
    read_workbook,
)

__all__ = [  # the readers' shared names, imported from here by the rest of the application
    "CONTROL_CHARACTERS",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "SurveyFileError",
    "SurveyTable",
    "cell",
    "check_workbook_zip",
    "clean_cell",
    "decode_survey_bytes",
    "detect_delimiter",
    "read_survey_table",
]

BINARY_MAGIC = (
    b"SQLite format 3\x00",
    b"%PDF-",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"7z\xbc\xaf",
)
DETECT_HEADER_ROWS = 3
_ZIP_MAGIC, _OLE_MAGIC = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


def read_survey_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_rows: int | None = None,
    sheet: str | int | None = None,
    max_rows: int | None = None,
    max_cell_chars: int = MAX_CELL_CHARS,
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES,
    max_zip_ratio: float = MAX_ZIP_RATIO,
) -> SurveyTable:
    """Read a survey export into a table, detecting what the caller leaves open; max_rows makes a preview."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SurveyFileError(path, None, f"cannot read the file ({exc.strerror or exc})") from exc
    if not data:
        raise SurveyFileError(path, None, "the file is empty")
    from app.core.spss_file import is_spss_file, read_spss_table

    if is_spss_file(path, data[:4]):
        return read_spss_table(path, data, encoding=encoding, max_rows=max_rows)
    limit = (
        None
        if max_rows is None
        else max_rows + max(header_rows or 0, DETECT_HEADER_ROWS) + MAX_TITLE_ROWS + 1
    )
    if data.startswith(BINARY_MAGIC):
        raise SurveyFileError(
            path, None, "this is not a text file or workbook; export the survey as CSV or XLSX"
        )
    if data.startswith(_OLE_MAGIC):
        raise SurveyFileError(
            path,
            None,
            "this is an encrypted (password-protected) workbook or an old .xls "
            "file; save it from Excel as an unprotected .xlsx or as CSV",
        )
    checksum = hashlib.sha256(data).hexdigest()
    if data.startswith(_ZIP_MAGIC) or Path(path).suffix.lower() in WORKBOOK_SUFFIXES:
        del data  # openpyxl reads the file itself
        grid = read_workbook(path, sheet, limit, max_cell_chars, max_unzipped_bytes, max_zip_ratio)
    else:
        text, used = decode_survey_bytes(path, data, encoding)
        del data  # the bytes are not kept while the text is split: one copy of the file at a time
        grid = read_text(path, text, used, delimiter, limit, max_cell_chars)
    return shape_table(path, grid, header_rows, max_rows, checksum)

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

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from app.core.models import ColumnRole

MAX_CELL_CHARS = 1_000_000
MAX_UNZIPPED_BYTES = 1 << 30
MAX_ZIP_RATIO = 200
ZIP_RATIO_FLOOR = 1 << 20  # parts smaller than this are never a bomb
MAX_ZIP_PARTS = 10_000
MAX_COLUMNS = 18_278  # column ZZZ
BINARY_SHARE = 0.1  # of the first 64 KiB: NUL and other control bytes text never has
BINARY_MAGIC = (
    b"SQLite format 3\x00",
    b"%PDF-",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"7z\xbc\xaf",
)
DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 65536
SNIFF_RECORDS = 50
DETECT_HEADER_ROWS = 3
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
SURVEYMONKEY_LABELS = {"", "response", "open-ended response"}

_CYRILLIC_RUN = re.compile(rb"[\xa8\xb8\xaa\xba\xaf\xbf\xb2\xb3\xa1\xa2\xc0-\xff]{2,}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_LATIN_NEXT_TO_HIGH = re.compile(rb"[A-Za-z][\x80-\xff]|[\x80-\xff][A-Za-z]")
_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_LETTER_BYTES, _LOWER_BYTES = bytes(range(0xC0, 0x100)), bytes(range(0xE0, 0x100))
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
CONTROL_CHARACTERS = _CONTROL  # what clean_cell removes, for readers that count cleaned cells
_ZIP_MAGIC, _OLE_MAGIC = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class SurveyFileError(ValueError):
    """A survey or coding file cannot be read; str() is one line: "FILE: row N: problem"."""

    def __init__(self, path: str | Path, row: int | None, problem: str) -> None:
        self.path, self.row, self.problem = str(path), row, problem
        where = f"{self.path}: row {row}" if row is not None else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class SurveyTable:
    """A rectangular survey table: unique column keys, full question texts and data rows."""

    path: str
    encoding: str  # "xlsx" for workbooks
    delimiter: str | None  # None for workbooks
    header_rows: int
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
    kind: str = "text"  # "text", "workbook" or "spss": which reading settings apply
    column_hints: dict[str, ColumnRole] = field(default_factory=dict)  # roles the file itself states
    sheets: tuple[str, ...] = ()  # every worksheet of a workbook, in the workbook's order

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
class _Grid:
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


def _clean_records(records: list[list[str]]) -> int:
    """Clean every cell holding a control character in place; return how many cells changed."""
    changed = 0
    for record in records:
        for index, value in enumerate(record):
            if _CONTROL.search(value):
                record[index] = clean_cell(value)
                changed += 1
    return changed


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
    limit = None if max_rows is None else max_rows + max(header_rows or 0, DETECT_HEADER_ROWS) + 1
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
    if data.startswith(_ZIP_MAGIC) or Path(path).suffix.lower() in WORKBOOK_SUFFIXES:
        grid = _read_workbook(path, sheet, limit, max_cell_chars, max_unzipped_bytes, max_zip_ratio)
    else:
        grid = _read_text(path, data, encoding, delimiter, limit, max_cell_chars)
    return _shape(path, grid, header_rows, max_rows, hashlib.sha256(data).hexdigest())


# --- text files -------------------------------------------------------------------------------------------


def decode_survey_bytes(path: str | Path, data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a text file's bytes, detecting the encoding unless forced; returns (text, encoding)."""
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except LookupError as exc:
            raise SurveyFileError(path, None, f"unknown encoding {encoding!r}") from exc
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        return _strict_decode(path, data, name), name
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict_decode(path, data, name), name
    try:
        return _strict_decode(path, data, "utf-8"), "utf-8"  # the common case: decode once
    except SurveyFileError:
        pass
    name = _guess_encoding(path, data)
    return _strict_decode(path, data, name), name


def _guess_encoding(path: str | Path, data: bytes) -> str:
    """Pick an encoding for a file without a byte-order mark that is not UTF-8."""
    if b"\x00" in data:
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.4 * len(sample[1::2]) and even < 0.05 * len(sample[0::2]):
            return "utf-16-le"
        if even > 0.4 * len(sample[0::2]) and odd < 0.05 * len(sample[1::2]):
            return "utf-16-be"
        head = data[:SNIFF_CHARS]
        if len(head) - len(head.translate(None, _BINARY_BYTES)) > BINARY_SHARE * len(head):
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise SurveyFileError(
                path,
                None,
                f"this is not a text file (NUL bytes from line {line}); export the survey as CSV or XLSX",
            )
        data = data.replace(b"\x00", b"")  # a few stray NULs: decide the encoding on the rest
    sample = data[: 4 << 20]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    in_words = sum(len(run) for run in _CYRILLIC_RUN.findall(sample))
    mixed = len(_LATIN_NEXT_TO_HIGH.findall(sample))  # "très", "déçu": accents inside Latin words
    if high and in_words >= 0.6 * high and mixed <= 0.2 * high:
        letters = len(sample) - len(sample.translate(None, _LETTER_BYTES))
        lower = len(sample) - len(sample.translate(None, _LOWER_BYTES))
        if lower >= 0.5 * letters and _decodes(data, "cp1251"):
            return "cp1251"
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and _decodes(data, best.encoding):
            return codecs.lookup(best.encoding).name
    return "cp1252" if _decodes(data, "cp1252") else "latin-1"


def _decodes(data: bytes, encoding: str) -> bool:
    """Tell whether bytes decode strictly in an encoding."""
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _strict_decode(path: str | Path, data: bytes, encoding: str) -> str:
    """Decode or raise an error naming the line and the byte that does not fit."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise SurveyFileError(
            path, None, f"line {line}: byte 0x{bad} cannot be read as {encoding}; choose another encoding"
        ) from exc
    if "\x00" in text[:SNIFF_CHARS] and text[:SNIFF_CHARS].count("\x00") > BINARY_SHARE * min(
        len(text), SNIFF_CHARS
    ):
        line = text[: text.index("\x00")].count("\n") + 1
        raise SurveyFileError(path, None, f"this is not a text file (NUL characters from line {line})")
    return text


def detect_delimiter(text: str) -> str:
    """Pick the delimiter that splits the first records into the same number of cells."""
    sample = text[:SNIFF_CHARS]
    cut = len(text) > SNIFF_CHARS
    if cut and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    scores: list[tuple[float, int, int, str]] = []
    for order, candidate in enumerate(DELIMITERS):
        try:
            records = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate) if any(r)]
        except csv.Error:
            continue
        records = records[:SNIFF_RECORDS]
        if not records:
            continue
        width, hits = Counter(len(r) for r in records).most_common(1)[0]
        if width >= 2:
            scores.append((hits / len(records), width, -order, candidate))
    strong = [s for s in scores if s[0] >= 0.9]
    if strong:
        return max(strong, key=lambda s: (s[1], s[2]))[3]
    return max(scores)[3] if scores else ","


def _read_text(
    path: str | Path,
    data: bytes,
    encoding: str | None,
    delimiter: str | None,
    limit: int | None,
    max_cell_chars: int,
) -> _Grid:
    """Decode and split a delimited text file into non-blank records."""
    text, used = decode_survey_bytes(path, data, encoding)
    first_line = text[:6].rstrip("\r\n")
    if first_line[:4].lower() == "sep=" and len(first_line) == 5 and text[5:6] in ("\r", "\n", ""):
        delimiter = delimiter or first_line[4]  # Excel hides this line, so the next one is row 1
        text = text[text.index("\n") + 1 :] if "\n" in text else ""
    if delimiter is None:
        delimiter = detect_delimiter(text)
    elif len(delimiter) != 1:
        raise SurveyFileError(path, None, f"the delimiter must be one character, not {delimiter!r}")
    try:
        records, numbers, truncated, repaired = _split_records(
            path, text, delimiter, limit, max_cell_chars, True
        )
    except _UndoubledQuote:
        records, numbers, truncated, repaired = _split_records(
            path, text, delimiter, limit, max_cell_chars, False
        )
    cleaned = _clean_records(records) if _CONTROL.search(text) else 0
    return _Grid(records, numbers, truncated, used, delimiter, cleaned=cleaned, repaired_quotes=repaired)


class _UndoubledQuote(Exception):
    """A quoted cell holds a single quote that is not followed by a delimiter: read the file leniently."""


def _split_records(
    path: str | Path, text: str, delimiter: str, limit: int | None, max_cell_chars: int, strict: bool
) -> tuple[list[list[str]], list[int], bool, int]:
    """Split text into non-blank records with their numbers; strict mode raises _UndoubledQuote."""
    from app.core.lenient_csv import LenientReader

    records: list[list[str]] = []
    numbers: list[int] = []
    truncated = False
    number = 0
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(max_cell_chars)
    lenient = None if strict else LenientReader(text, delimiter, max_cell_chars)
    try:
        reader = (
            csv.reader(_physical_lines(text), delimiter=delimiter, strict=True)
            if lenient is None
            else lenient.records()
        )
        for number, record in enumerate(reader, start=1):  # noqa: B007 (number names the failing row)
            if not any(record):
                continue
            if limit is not None and len(records) >= limit:
                truncated = True
                break
            records.append(record)
            numbers.append(number)
    except (csv.Error, ValueError) as exc:
        message = str(exc)
        if "expected after" in message:
            raise _UndoubledQuote from exc
        if "field larger than field limit" in message or "longer than" in message:
            raise SurveyFileError(
                path,
                number + 1,
                f"a cell is longer than {max_cell_chars:,} characters (is a quote left open?)",
            ) from exc
        if "unexpected end of data" in message:
            raise SurveyFileError(
                path, number + 1, "a quoted cell that starts in this row is never closed"
            ) from exc
        raise SurveyFileError(path, number + 1, f"cannot split this row into cells ({exc})") from exc
    finally:
        csv.field_size_limit(previous_limit)
    return records, numbers, truncated, lenient.repairs if lenient else 0


def _physical_lines(text: str) -> Iterator[str]:
    """Yield the file's lines lazily (a StringIO copy of a large file costs four bytes per character)."""
    if "\n" not in text and "\r" in text:  # old Mac line ends: let StringIO split them
        yield from io.StringIO(text, newline="")
        return
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


# --- workbooks --------------------------------------------------------------------------------------------


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


def _read_workbook(
    path: str | Path,
    sheet: str | int | None,
    limit: int | None,
    max_cell_chars: int,
    max_unzipped_bytes: int,
    max_zip_ratio: float,
) -> _Grid:
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
        sheet_obj = _pick_sheet(path, book, sheet)
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
    except SurveyFileError:
        raise
    except Exception as exc:
        raise SurveyFileError(path, number + 1, f"cannot read the workbook ({_reason(exc)})") from exc
    finally:
        book.close()
    sheets = tuple(book.sheetnames)
    return _Grid(
        records, numbers, truncated, "xlsx", None, sheet_obj.title, _clean_records(records), sheets=sheets
    )


def _pick_sheet(path: str | Path, book, sheet: str | int | None):
    """Return the requested worksheet, or the one Excel opens on."""
    sheets = book.worksheets
    if not sheets:
        raise SurveyFileError(path, None, "the workbook has no worksheets")
    if sheet is None:
        active = book.active
        return active if active in sheets else sheets[0]
    if isinstance(sheet, int):
        if 0 <= sheet < len(sheets):
            return sheets[sheet]
    else:
        for candidate in sheets:
            if candidate.title == sheet:
                return candidate
    names = ", ".join(repr(s.title) for s in sheets)
    raise SurveyFileError(path, None, f"no sheet {sheet!r} in the workbook (sheets: {names})")


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


# --- headers and shape ------------------------------------------------------------------------------------


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


def _shape(
    path: str | Path, grid: _Grid, header_rows: int | None, max_rows: int | None, checksum: str
) -> SurveyTable:
    """Split records into headers and rectangular data rows, checking row lengths."""
    records, numbers = grid.records, grid.numbers
    if not records:
        raise SurveyFileError(
            path, None, "the file is empty" if grid.sheet is None else f"sheet {grid.sheet!r} is empty"
        )
    if header_rows is None:
        count, kind = detect_header_rows(records)
    else:
        if header_rows < 0:
            raise SurveyFileError(path, None, "the number of header rows cannot be negative")
        count = header_rows
        detected, kind = detect_header_rows(records)
        kind = kind if detected == count else "plain"
    data, data_numbers = records[count:], numbers[count:]
    if not data:
        raise SurveyFileError(path, None, "the file has column headings but no answers")
    width = max((len(r) for r in records[:count]), default=len(data[0]))
    if count == 0:
        width = max(len(r) for r in data)
    used = 0  # columns up to the last one with a header or any data: one pass over the cells
    for row, number in zip(data, data_numbers):
        if len(row) > width:
            if any(row[width:]):
                raise SurveyFileError(
                    path, number, f"this row has {len(row)} cells but the header has {width} columns"
                )
            del row[width:]
        last = len(row)
        while last > used and not row[last - 1]:
            last -= 1
        used = max(used, last)
    keys, texts = _header_names(records, count, kind, width)
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
    )

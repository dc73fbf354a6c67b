"""Reading an SPSS data file (.sav, .zsav, .por) into the same plain table as a CSV, with pyreadstat.

Decisions:
- A variable is a column; its name is the column key (what `--id`, `--open` and `--by` name) and
  its variable label, when it has one, is the question text. A case is a row, numbered as SPSS's
  Data View numbers it (1, 2, ...); there are no header rows.
- Value labels replace the values they label, so a closed question stores "Female", not 2 (a
  value without a label is kept as the number). Numbers are written without a trailing ".0";
  dates and times in ISO form. System-missing values and user-defined missing values (SPSS's
  MISSING VALUES) are blank cells: an attribute is then absent and an answer is not an answer.
- The file says which columns cannot be open-ended: numeric variables and variables with value
  labels are proposed as attributes (`SurveyTable.column_hints`); string variables are judged by
  their values like any CSV column, so long varied texts are proposed as open questions. The
  coding variables of Thematic's own `export --sav` (listed in the file's documents) are
  proposed as ignored and its answer variables as open (later answers of a respondent to one
  question, `P_2`…, as parts of `P`: `app.core.spss_parts`), so an export imports back as the
  survey it came from; they, the file's
  multiple-response sets and its 0/1 variables are kept as code sets (`app.core.spss_sets`), which
  the import reads as a coder's codes (`app.core.spss_codes`).
- Encoding: a file that names its encoding (SPSS 16 and later) is read in it. Older files name a
  Windows code page, or nothing that readstat maps (it then assumes Windows-1252); for those, and
  whenever readstat cannot convert the text, every string is read as raw bytes and the encoding
  is detected from them as for a CSV (so Cyrillic Windows-1251 files read right). `--encoding`
  overrides both.
- pyreadstat is an optional dependency (`pip install 'thematic[spss]'`); without it the reader
  says so in one line. Any failure of the library is one line naming the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.core.models import ColumnRole
from app.core.spss_parts import answer_parts
from app.core.spss_sets import (
    CODING_NOTE,
    SpssTable,
    coding_variables,
    response_sets,
    thematic_sets,
)
from app.core.survey_file import CONTROL_CHARACTERS, SurveyFileError, SurveyTable, clean_cell

__all__ = ["CODING_NOTE", "SPSS_SUFFIXES", "coding_variables", "is_spss_file", "read_spss_table"]

SPSS_SUFFIXES = {".sav", ".zsav", ".por"}
SPSS_MAGIC = (b"$FL2", b"$FL3")
INSTALL_HINT = "install thematic[spss] to read SPSS files (pip install 'thematic[spss]')"
_TRUSTED_UNLESS = {"WINDOWS-1252", "CP1252"}  # readstat's guess for code pages it does not know
_RAW = "LATIN1"  # every byte is one character: the file's raw bytes, to decode ourselves


def is_spss_file(path: str | Path, head: bytes) -> bool:
    """Tell an SPSS data file by its suffix or its first bytes."""
    return Path(path).suffix.lower() in SPSS_SUFFIXES or head.startswith(SPSS_MAGIC)


def _pyreadstat(path: str | Path) -> Any:
    """Import pyreadstat, or refuse in one line saying how to install it."""
    try:
        import pyreadstat
    except ImportError:
        raise SurveyFileError(path, None, INSTALL_HINT) from None
    return pyreadstat


def read_spss_table(
    path: str | Path, data: bytes, *, encoding: str | None = None, max_rows: int | None = None
) -> SurveyTable:
    """Read an SPSS file's variables and cases into a SurveyTable; max_rows makes a preview."""
    pyreadstat = _pyreadstat(path)
    por = Path(path).suffix.lower() == ".por" and not data.startswith(SPSS_MAGIC)
    reader = pyreadstat.read_por if por else pyreadstat.read_sav
    limit = 0 if max_rows is None else max_rows + 1

    def read(file_encoding: str | None, rows: int = limit, meta_only: bool = False):
        options: dict[str, Any] = {"output_format": "dict", "row_limit": rows, "metadataonly": meta_only}
        if file_encoding:
            options["encoding"] = file_encoding
        try:
            return reader(str(path), **options)
        except Exception as exc:  # pyreadstat raises several types; all mean "cannot read this file"
            raise _ReadFailure(_reason(exc)) from exc

    decode: Callable[[str], str] = _same
    if por:  # portable files carry their own character table: readstat decodes them
        columns, meta = _read_or_fail(path, read, None)
        used = "portable"
    elif encoding is not None:
        decode, used = _decoder(path, encoding)
        columns, meta = _read_or_fail(path, read, _RAW)
    else:
        try:
            _, meta = read(None, meta_only=True)
            declared = (meta.file_encoding or "").upper()
        except _ReadFailure:
            declared = ""  # e.g. text that does not convert: read the bytes and detect
        if declared and declared not in _TRUSTED_UNLESS:
            columns, meta = _read_or_fail(path, read, None)
            used = _python_name(declared)
        else:
            columns, meta = _read_or_fail(path, read, _RAW)
            decode, used = _decoder(path, _detect(path, columns, meta))
    return _table(path, data, columns, meta, decode, used, max_rows)


class _ReadFailure(Exception):
    """pyreadstat refused the file; the message is the library's reason in a few words."""


def _read_or_fail(path: str | Path, read, file_encoding: str | None):
    """Read the file or raise one line naming it."""
    try:
        return read(file_encoding)
    except _ReadFailure as exc:
        raise SurveyFileError(
            path, None, f"cannot read this SPSS file (damaged or not an SPSS data file: {exc})"
        ) from exc


def _reason(exc: Exception) -> str:
    """The first line of a library error, short."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def _same(text: str) -> str:
    """Text that is already decoded."""
    return text


def _python_name(name: str) -> str:
    """Turn readstat's iconv encoding name into Python's (WINDOWS-1251 -> cp1251)."""
    import codecs

    try:
        return codecs.lookup(name.replace("WINDOWS-", "cp")).name
    except LookupError:
        return name.lower()


def _decoder(path: str | Path, encoding: str) -> tuple[Callable[[str], str], str]:
    """Return a function turning raw (Latin-1) text into the encoding's text, and the encoding's name."""
    import codecs

    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise SurveyFileError(path, None, f"unknown encoding {encoding!r}") from None

    def decode(text: str) -> str:
        try:
            return text.encode("latin-1").decode(name)
        except UnicodeError:
            raise SurveyFileError(
                path, None, f"text {text[:40]!r} cannot be read as {name}; choose another encoding"
            ) from None

    return decode, name


def _raw_strings(columns: dict[str, Sequence[object]], meta) -> bytes:
    """Every string of the file (names, labels, value labels, string cells) as raw bytes."""
    parts = [str(n) for n in meta.column_names]
    parts += [label for label in meta.column_labels if label]
    for labels in (meta.variable_value_labels or {}).values():
        parts += [str(text) for text in labels.values()]
    for values in columns.values():
        parts += [v for v in values if isinstance(v, str) and v]
    return "\n".join(parts).encode("latin-1", errors="replace")


def _detect(path: str | Path, columns: dict[str, Sequence[object]], meta) -> str:
    """Detect the encoding of a file that does not say it, the same way as for a CSV."""
    from app.core.survey_file import decode_survey_bytes

    return decode_survey_bytes(path, _raw_strings(columns, meta))[1]


def _number(value: float) -> str:
    """Write a number as SPSS shows it without its format: 3, 2.5, 0.3."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return format(value, ".15g")


def _text(value: object, labels: dict | None, decode: Callable[[str], str]) -> str:
    """One cell as text: its value label, else the value itself; missing is blank."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if labels:
        label = labels.get(value)
        if label is not None:
            return clean_cell(decode(str(label)))
    if isinstance(value, str):
        return clean_cell(decode(value))
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return _number(float(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _table(
    path: str | Path,
    data: bytes,
    columns: dict[str, Sequence[object]],
    meta,
    decode: Callable[[str], str],
    encoding: str,
    max_rows: int | None,
) -> SurveyTable:
    """Shape pyreadstat's columns and metadata into a SurveyTable with role hints."""
    names = [str(n) for n in meta.column_names]
    if not names:
        raise SurveyFileError(path, None, "the SPSS file has no variables")
    headers = [decode(n) for n in names]
    labels = dict(zip(names, meta.column_labels or [None] * len(names)))
    value_labels = meta.variable_value_labels or {}
    types = meta.readstat_variable_types or {}
    cells = [columns.get(n, ()) for n in names]
    numeric = {n for n in names if types.get(n) != "string"}
    count = max((len(c) for c in cells), default=0)
    if count == 0:
        raise SurveyFileError(path, None, "the SPSS file has variables but no cases")
    truncated = max_rows is not None and count > max_rows
    count = min(count, max_rows) if max_rows is not None else count
    rows: list[list[str]] = [[] for _ in range(count)]
    cleaned = 0
    for name, values in zip(names, cells):
        own = value_labels.get(name)
        for i in range(count):
            value = values[i] if i < len(values) else None
            text = _text(value, own, decode)
            if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
                cleaned += 1
            rows[i].append(text)
    notes = [decode(n) for n in (getattr(meta, "notes", None) or [])]
    ours = coding_variables(notes)
    hints: dict[str, ColumnRole] = {}
    for name, header in zip(names, headers):
        if header in ours:
            hints[header] = ColumnRole.IGNORE
        elif types.get(name) != "string" or value_labels.get(name):
            hints[header] = ColumnRole.ATTRIBUTE
    header_of = dict(zip(names, headers))
    name_of = dict(zip(headers, names))
    question_texts = {h: decode(labels[n]) if labels.get(n) else h for n, h in zip(names, headers)}
    own_labels = {h: decode(labels[n]) for n, h in zip(names, headers) if labels.get(n)}

    def value_text(header: str, value: object) -> str:
        name = name_of[header]
        if isinstance(value, (int, float)) and name not in numeric:
            value = _number(float(value))
        return _text(value, value_labels.get(name), decode)

    dichotomies = {
        h: value_text(h, 1.0)
        for n, h, values in zip(names, headers, cells)
        if n in numeric and _zero_one(values)
    }
    sets = thematic_sets(
        headers,
        own_labels,
        notes,
        {h: value_text(h, 1.0) for h in headers if h in ours},
        {h: value_text(h, 2.0) for h in headers if h in ours},
    )
    mr_sets = {
        decode(str(k)): {
            **v,
            "variable_list": [header_of.get(x, decode(str(x))) for x in v.get("variable_list", [])],
        }
        for k, v in (getattr(meta, "mr_sets", None) or {}).items()
    }
    for own in sets:  # the answer variables of Thematic's export are open questions, however short
        hints[own.question or ""] = ColumnRole.OPEN
    hints.pop("", None)
    sets += response_sets(mr_sets, own_labels, value_text, headers)
    return SpssTable(
        path=str(path),
        encoding=encoding,
        delimiter=None,
        header_rows=0,
        headers=headers,
        question_texts=question_texts,
        rows=rows,
        first_data_row=1,
        row_numbers=list(range(1, count + 1)),
        checksum=hashlib.sha256(data).hexdigest(),
        truncated=truncated,
        cleaned_cells=cleaned,
        kind="spss",
        column_hints=hints,
        code_sets=tuple(sets),
        dichotomies=dichotomies,
        parts=answer_parts(notes, headers),
    )


def _zero_one(values: Sequence[object]) -> bool:
    """Tell a numeric variable whose filled values are all 0 or 1 (and some are filled)."""
    filled = False
    for value in values:
        if value is None or (isinstance(value, float) and value != value):
            continue
        if value not in (0, 1):
            return False
        filled = True
    return filled

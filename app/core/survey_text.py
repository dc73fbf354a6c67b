"""Splitting a delimited text file into records: the delimiter, Excel's `sep=` line, quotes, row numbers."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from app.core.survey_encoding import SNIFF_CHARS
from app.core.survey_table import CONTROL_CHARACTERS, RecordGrid, SurveyFileError, clean_records

DELIMITERS = (",", ";", "\t", "|")
SNIFF_RECORDS = 50


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


def read_text(
    path: str | Path,
    text: str,
    used: str,
    delimiter: str | None,
    limit: int | None,
    max_cell_chars: int,
) -> RecordGrid:
    """Split a decoded text file (`used` names its encoding) into non-blank records."""
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
    cleaned = clean_records(records) if CONTROL_CHARACTERS.search(text) else 0
    return RecordGrid(records, numbers, truncated, used, delimiter, cleaned=cleaned, repaired_quotes=repaired)


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


LINES_PER_BLOCK_CHARS = (
    1 << 20
)  # the text is split into lines a block of about a million characters at a time


def _physical_lines(text: str) -> Iterator[str]:
    """Yield the file's lines, split at line feeds only, by C-level readers over one block at a time.

    A StringIO of the whole file would cost four bytes per character; one of a block cut after a line
    feed costs that for the block only, and its lines are exactly those of the whole text.
    """
    if "\n" not in text and "\r" in text:  # old Mac line ends: let StringIO split them
        yield from io.StringIO(text, newline="")
        return
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + LINES_PER_BLOCK_CHARS)
        end = size if end < 0 else end + 1
        yield from io.StringIO(text[start:end], newline="\n")  # "\n" only; a lone "\r" stays in its line
        start = end

"""Decoding a survey text file's bytes: byte-order marks, UTF-16 without one, UTF-8, Cyrillic and other code pages.

The rules are listed in `app.core.survey_file`; a file that is binary rather than text is refused here.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from app.core.survey_table import SurveyFileError

BINARY_SHARE = 0.1  # of the first 64 KiB: NUL and other control bytes text never has
SNIFF_CHARS = 65536
_CYRILLIC_RUN = re.compile(rb"[\xa8\xb8\xaa\xba\xaf\xbf\xb2\xb3\xa1\xa2\xc0-\xff]{2,}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_LATIN_NEXT_TO_HIGH = re.compile(rb"[A-Za-z][\x80-\xff]|[\x80-\xff][A-Za-z]")
_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_LETTER_BYTES, _LOWER_BYTES = bytes(range(0xC0, 0x100)), bytes(range(0xE0, 0x100))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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

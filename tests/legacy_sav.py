"""A minimal writer of old-style SPSS .sav files (before SPSS 16): text in a code page, no encoding record.

pyreadstat writes UTF-8 only, but Russian surveys saved by SPSS 15 and older are Windows-1251 with
the code page named only in the machine-integer record (subtype 3). This writes such a file byte by
byte from the format's description, so the reader is tested on what those files really hold.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from pathlib import Path

SYSMIS = -1.7976931348623157e308


def _padded(data: bytes, size: int) -> bytes:
    """Pad bytes with spaces to `size` (cut if longer)."""
    return data[:size].ljust(size, b" ")


def _variable(name: str, width: int, label: bytes | None) -> bytes:
    """A type-2 record (plus continuation records for strings wider than 8)."""
    fmt = (1 << 24 | width << 8) if width else (5 << 16 | 8 << 8 | 0)  # A{width} or F8.0
    out = struct.pack("<iiiiii", 2, width, 1 if label else 0, 0, fmt, fmt) + _padded(name.encode(), 8)
    if label:
        out += struct.pack("<i", len(label)) + label.ljust((len(label) + 3) // 4 * 4, b" ")
    for _ in range(1, (width + 7) // 8 if width else 1):
        out += struct.pack("<iiiiii", 2, -1, 0, 0, 0, 0) + b" " * 8
    return out


def write_legacy_sav(
    path: str | Path,
    columns: Sequence[tuple[str, int, str | None]],
    rows: Sequence[Sequence[object]],
    *,
    value_labels: Mapping[str, Mapping[float, str]] | None = None,
    encoding: str = "cp1251",
    code_page: int = 1251,
) -> Path:
    """Write (name, string width or 0 for numeric, label) columns and rows; None is system-missing."""
    value_labels = value_labels or {}
    slots, index, dictionary = [], 1, b""
    for name, width, label in columns:
        slots.append(index)
        dictionary += _variable(name, width, label.encode(encoding) if label else None)
        index += (width + 7) // 8 if width else 1
    case_size = index - 1
    header = (
        b"$FL2"
        + _padded(b"@(#) SPSS DATA FILE MS Windows Release 15.0", 60)
        + struct.pack("<iiiii", 2, case_size, 0, 0, len(rows))
        + struct.pack("<d", 100.0)
        + b"01 Jan 06"
        + b"00:00:00"
        + _padded(b"", 64)
        + b"\0\0\0"
    )
    labels = b""
    for number, (name, _width, _label) in enumerate(columns):
        if name not in value_labels:
            continue
        pairs = value_labels[name]
        labels += struct.pack("<ii", 3, len(pairs))
        for value, text in pairs.items():
            raw = text.encode(encoding)
            size = (len(raw) + 1 + 7) // 8 * 8
            labels += struct.pack("<dB", value, len(raw)) + raw.ljust(size - 1, b" ")
        labels += struct.pack("<iii", 4, 1, slots[number])
    machine = struct.pack("<iiii", 7, 3, 4, 8) + struct.pack("<8i", 15, 0, 0, -1, 1, 1, 2, code_page)
    data = b""
    for row in rows:
        for (_name, width, _label), value in zip(columns, row):
            if width:
                data += _padded(str(value or "").encode(encoding), (width + 7) // 8 * 8)
            else:
                data += struct.pack("<d", SYSMIS if value is None else float(value))
    Path(path).write_bytes(header + dictionary + labels + machine + struct.pack("<ii", 999, 0) + data)
    return Path(path)

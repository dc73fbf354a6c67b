"""Reading a CSV whose quoted cells hold undoubled quotes (`"more "stuff" here"`), as some tools write.

The standard rule doubles a quote inside a quoted cell (`""`). Some exporters write it single.
Python's csv module then silently drops characters, so the survey reader parses strictly and, on
that error only, reads the file again with this rule: inside a quoted cell, a quote closes the
cell only when the next character is the delimiter, a line break or the end of the file; any
other quote is part of the text. A doubled quote that ends such a cell (`"said "Hi.""`) is the
inner quote followed by the closing one. `repairs` counts the cells read this way.
"""

from __future__ import annotations

from collections.abc import Iterator


class LenientReader:
    """Split text into records, keeping undoubled quotes inside quoted cells as text."""

    def __init__(self, text: str, delimiter: str, max_cell_chars: int) -> None:
        self.text, self.delimiter, self.max_cell_chars = text, delimiter, max_cell_chars
        self.repairs = 0

    def records(self) -> Iterator[list[str]]:
        """Yield each record's cells; a line break inside a quoted cell stays in the cell."""
        text, sep, size = self.text, self.delimiter, len(self.text)
        pos = 0
        while pos < size:
            record: list[str] = []
            while True:
                if pos < size and text[pos] == '"':
                    value, pos = self._quoted(pos + 1)
                else:
                    end = pos
                    while end < size and text[end] not in (sep, "\n", "\r"):
                        end += 1
                    value, pos = text[pos:end], end
                record.append(value)
                if pos < size and text[pos] == sep:
                    pos += 1
                    continue
                if text.startswith("\r\n", pos):
                    pos += 2
                elif pos < size:
                    pos += 1
                break
            yield record if record != [""] else []

    def _quoted(self, pos: int) -> tuple[str, int]:
        """Read a quoted cell starting after its opening quote; return (text, position after it)."""
        text, sep = self.text, self.delimiter
        parts: list[str] = []
        repaired = False
        start = pos
        while True:
            quote = text.find('"', pos)
            if quote < 0:
                raise ValueError("unexpected end of data inside a quoted cell")
            if text.startswith('""', quote):
                if repaired and text[quote + 2 : quote + 3] in ("", sep, "\n", "\r"):
                    parts.append(text[pos : quote + 1])  # `"inner text.""`: the inner quote, then the end
                    self.repairs += 1
                    return "".join(parts), quote + 2
                parts.append(text[pos : quote + 1])
                pos = quote + 2
                continue
            after = text[quote + 1 : quote + 2]
            if after in ("", sep, "\n", "\r"):
                parts.append(text[pos:quote])
                self.repairs += repaired
                value = "".join(parts)
                if len(value) > self.max_cell_chars:
                    raise ValueError(f"a cell is longer than {self.max_cell_chars:,} characters")
                return value, quote + 1
            parts.append(text[pos : quote + 1])  # an undoubled quote inside the cell: keep it
            repaired = True
            pos = quote + 1
            if pos - start > self.max_cell_chars:
                raise ValueError(f"a cell is longer than {self.max_cell_chars:,} characters")

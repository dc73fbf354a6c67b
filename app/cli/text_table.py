"""Terminal tables whose columns fit their content, so long names and negative numbers never run together."""

from __future__ import annotations

from collections.abc import Sequence

GAP = "  "  # at least two spaces between columns


def elide(text: str, width: int) -> str:
    """Cut text to width characters, ending in '…' when it was longer."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def statistic(value: float | None, digits: int = 3) -> str:
    """A statistic to `digits` places, or '-' where it is undefined."""
    return "-" if value is None else f"{value:.{digits}f}"


def table_lines(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool]) -> list[str]:
    """Lay out rows under a header: each column as wide as its widest cell, right-aligned where `right`."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    lines = []
    for row in [header, *rows]:
        cells = [
            str(cell).rjust(width) if flush else str(cell).ljust(width)
            for cell, width, flush in zip(row, widths, right)
        ]
        lines.append(GAP.join(cells).rstrip())
    return lines

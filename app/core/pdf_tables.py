"""Tables and blocks that break across pages as a journal page would: headers repeated, "continued", no orphans.

- A `ReportTable` repeats its header row on every page and, where it continues, prints its caption
  with "(continued)" above the repeated header. It never leaves fewer than `MIN_ROWS` body rows at
  the foot of a page or at the top of the next one (a table that short does not split at all).
- A `KeepStart` block (a heading, a note, a chart, then a table) moves to the next page unless the
  part up to the table's first `MIN_ROWS` rows fits where it stands; when it fits whole it stays
  together, and when only its start fits it starts here and the table carries on. So no heading or
  caption is left at the bottom of a page, and no page is left nearly empty before a long table.
  A block with a caption of its own (a codebook entry) that is taller than a page fills the page and
  carries on under "<caption> (continued)", as a split table does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak

from app.core.pdf_styles import para_text

MIN_ROWS = 3
CONTINUED = "(continued)"
_PART = re.compile(r"\(part \d+ of \d+\)$")


def continued(caption: str) -> str:
    """The caption of a table's continuation: 'X (continued)', or 'X (part 2 of 3, continued)'."""
    if _PART.search(caption):
        return caption[:-1] + ", continued)"
    return f"{caption} {CONTINUED}"


class ReportTable(Table):
    """A table with a caption that is repeated, marked "(continued)", wherever the table goes on to a new page."""

    caption = ""
    caption_style: ParagraphStyle | None = None

    def onSplit(self, T: Table, byRow: int = 1) -> None:  # noqa: N802, N803 (reportlab API)
        """Hand the caption to both parts of a split."""
        T.caption, T.caption_style = self.caption, self.caption_style

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        """Split by rows; the rest starts on the next page under '<caption> (continued)'."""
        parts = super().split(availWidth, availHeight)
        label = self.continued_label()
        if len(parts) != 2 or label is None:
            return parts
        return [parts[0], FrameBreak(), label, parts[1]]

    def continued_label(self) -> Paragraph | None:
        """The '<caption> (continued)' line printed above a continuation, if the table has a caption."""
        if not self.caption or self.caption_style is None:
            return None
        return Paragraph(para_text(continued(self.caption)), self.caption_style)


def report_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    style: TableStyle,
    caption: str,
    caption_style: ParagraphStyle,
    header_rows: int = 1,
) -> ReportTable:
    """Build a table whose header repeats and whose continuation is labelled; rows kept from orphaning."""
    table = ReportTable([list(r) for r in rows], colWidths=list(col_widths), repeatRows=header_rows)
    table.caption, table.caption_style = caption, caption_style
    body = len(rows) - header_rows
    if body > 0:
        head_end = header_rows - 1 + min(MIN_ROWS, body)
        style.add("NOSPLIT", (0, 0), (-1, head_end))
        style.add("NOSPLIT", (0, max(head_end, len(rows) - MIN_ROWS)), (-1, -1))
    table.setStyle(style)
    return table


class KeepStart(KeepTogether):
    """Keep a block together if it fits or is short; else start it here only if its start fits here.

    The start is everything before the block's last table plus that table's header and first
    `MIN_ROWS` rows (for a block without a table: its first `start_items` flowables). A block no
    taller than `whole` points is never broken.
    """

    def __init__(
        self,
        flowables: Sequence[Flowable],
        start_items: int = 2,
        whole: float = 0.0,
        caption: str = "",
        caption_style: ParagraphStyle | None = None,
    ) -> None:
        super().__init__(list(flowables))
        self.start_items, self.whole = start_items, whole
        self.caption, self.caption_style = caption, caption_style
        for f, nxt in zip(self._content, self._content[1:], strict=False):
            if isinstance(nxt, Table):  # the start height below keeps a caption with its table's first rows
                f.__dict__["keepWithNext"] = 0

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        """Place the block here, break it here, or move it to the next frame."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content, height = list(self._content), float(self._H)
        if height <= aH:
            return content
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        start_fits = self._start_height(aW, aH) <= aH
        if not at_top and (height <= self.whole or not start_fits):
            if self.caption and height > self.whole:  # too tall for any page: labelled where it goes on
                return [FrameBreak(), self._again(content)]
            return [FrameBreak(), *content]
        if at_top and not start_fits:  # a full page cannot hold heading, chart and first rows together
            last = max((i for i, f in enumerate(content) if isinstance(f, Table)), default=None)
            if last is not None:
                table = content[last]
                label = table.continued_label() if isinstance(table, ReportTable) else None
                return [*content[:last], FrameBreak(), *([label] if label else []), *content[last:]]
        if self.caption and self.caption_style is not None:
            return self._fill_and_continue(content, aW, aH, at_top)
        return content

    def _fill_and_continue(  # noqa: N803 (reportlab API)
        self, content: list[Flowable], aW: float, aH: float, at_top: bool = False
    ) -> list[Flowable]:
        """Put what fits here (splitting a paragraph if need be); the rest goes on under '<caption> (continued)'."""
        here: list[Flowable] = []
        used, rest = 0.0, []
        for i, f in enumerate(content):
            height = _height(f, aW, aH)
            if used + height <= aH - 1:
                here.append(f)
                used += height
                continue
            room = aH - used - f.getSpaceBefore() - 1
            parts = f.split(aW, room) if room > 0 else []
            if len(parts) >= 2 and parts[0].wrap(aW, room)[1] <= room:
                here.append(parts[0])
                rest = [*parts[1:], *content[i + 1 :]]
            else:
                rest = content[i:]
            break
        while len(here) > 1 and getattr(here[-1], "keepWithNext", 0):  # a label goes with its text
            rest.insert(0, here.pop())
        if not here or not rest:
            return content
        if not at_top and len(here) < min(self.start_items, len(content)):  # its start would end the page
            return [
                FrameBreak(),
                KeepStart(content, self.start_items, self.whole, self.caption, self.caption_style),
            ]
        label = Paragraph(para_text(continued(self.caption)), self.caption_style)
        return [*here, FrameBreak(), self._again([label, *rest])]

    def _again(self, content: list[Flowable]) -> KeepStart:
        """The same kind of block over `content`, to be placed on the next page."""
        return KeepStart(content, start_items=2, caption=self.caption, caption_style=self.caption_style)

    def _start_height(self, aW: float, aH: float) -> float:  # noqa: N803 (reportlab API)
        """Height of everything before the last table plus its header and first rows (or the first items)."""
        tables = [i for i, f in enumerate(self._content) if isinstance(f, Table)]
        if not tables:
            return sum(_height(f, aW, aH) for f in self._content[: self.start_items])
        last = self._content[tables[-1]]
        before = sum(_height(f, aW, aH) for f in self._content[: tables[-1]])
        last.wrap(aW, aH)
        heights = list(getattr(last, "_rowHeights", ()) or ())
        return before + sum(heights[: int(last.repeatRows or 0) + MIN_ROWS])


def _height(f: Flowable, aW: float, aH: float) -> float:  # noqa: N803 (reportlab API)
    """The height a flowable takes, spaces included."""
    _, h = f.wrap(aW, aH)
    return h + f.getSpaceBefore() + f.getSpaceAfter()

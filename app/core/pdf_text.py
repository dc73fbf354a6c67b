"""Fast pre-wrapped text blocks for the quotes appendix, where 100,000 Paragraphs would be too slow.

Each quote is wrapped once into lines (plain strings: no markup is parsed, so `<b>` or `&`
print literally) and all lines of a theme go into one `LineBlock` flowable that splits between
lines at any page break, so an answer longer than a page simply continues on the next page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.core.pdf_styles import INK, MUTED, SANS, SANS_ITALIC, clean_text


def _split_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Cut a word wider than the line into pieces that fit (by bisection on the prefix width)."""
    pieces = []
    while word:
        lo, hi = 1, len(word)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if measure(word[:mid]) <= width:
                lo = mid
            else:
                hi = mid - 1
        pieces.append(word[:lo])
        word = word[lo:]
    return pieces


def wrap_text(
    text: str, font: str, size: float, width: float, cache: dict[str, float] | None = None
) -> list[str]:
    """Greedily wrap text to `width` points; very long words are cut; newlines are kept.

    `cache` keeps word widths between calls (words repeat a lot across answers).
    """
    widths = {} if cache is None else cache

    def measure(s: str) -> float:
        w = widths.get(s)
        if w is None:
            w = widths[s] = stringWidth(s, font, size)
        return w

    space = measure(" ")
    lines: list[str] = []
    for para in clean_text(text).split("\n"):
        para = " ".join(para.split())
        if len(para) * size * 1.6 <= width or stringWidth(para, font, size) <= width:
            lines.append(para)
            continue
        current: list[str] = []
        used = 0.0
        for word in para.split(" "):
            w = measure(word)
            if w > width:
                if current:
                    lines.append(" ".join(current))
                *full, last = _split_word(word, width, measure)
                lines += full
                current, used = [last], measure(last)
            elif current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        if current:
            lines.append(" ".join(current))
    return lines or [""]


@dataclass(frozen=True)
class Line:
    """One drawn line: optional muted label in the left gutter, then text; `advance` is its height."""

    advance: float
    text: str
    label: str = ""


class LineBlock(Flowable):
    """A run of pre-wrapped lines that splits between any two lines; shares its line list when split."""

    def __init__(
        self,
        lines: Sequence[Line],
        gutter: float,
        size: float,
        start: int = 0,
        end: int | None = None,
        offsets: list[float] | None = None,
    ) -> None:
        super().__init__()
        self.lines = lines
        self.gutter = gutter
        self.size = size
        self.start = start
        self.end = len(lines) if end is None else end
        self.offsets = offsets if offsets is not None else [0.0, *accumulate(line.advance for line in lines)]
        self.width = 0.0
        self.height = self.offsets[self.end] - self.offsets[self.start]

    @property
    def line_count(self) -> int:
        """Number of lines this piece draws (used for progress)."""
        return self.end - self.start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        """Report the full height; the frame splits the block when it does not fit."""
        self.width = availWidth
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        """Split after the last line that fits; never leave a piece without lines."""
        limit = self.offsets[self.start] + availHeight
        cut = bisect_right(self.offsets, limit, self.start, self.end + 1) - 1
        while cut > self.start and not self.lines[cut - 1].text and not self.lines[cut - 1].label:
            cut -= 1  # do not end a page on a spacer line
        if cut <= self.start:
            return []
        first = LineBlock(self.lines, self.gutter, self.size, self.start, cut, self.offsets)
        rest_start = cut
        while rest_start < self.end and not self.lines[rest_start].text and not self.lines[rest_start].label:
            rest_start += 1  # do not start a page with a spacer line
        if rest_start >= self.end:
            return [first]
        return [first, LineBlock(self.lines, self.gutter, self.size, rest_start, self.end, self.offsets)]

    def draw(self) -> None:
        """Draw labels in the gutter and text to the right, top to bottom."""
        canv = self.canv
        base = self.offsets[self.start]
        canv.setFont(SANS_ITALIC, self.size)
        canv.setFillColor(INK)
        for i in range(self.start, self.end):
            line = self.lines[i]
            baseline = self.height - (self.offsets[i + 1] - base) + 0.25 * line.advance
            if line.label:
                canv.setFont(SANS, self.size - 1.5)
                canv.setFillColor(MUTED)
                canv.drawString(0, baseline, line.label)
                canv.setFont(SANS_ITALIC, self.size)
                canv.setFillColor(INK)
            if line.text:
                canv.drawString(self.gutter, baseline, line.text)


def _fit_label(text: str, size: float, width: float) -> str:
    """Shorten a gutter label with an ellipsis so it fits `width` points."""
    if stringWidth(text, SANS, size) <= width:
        return text
    return (
        _split_word(text, width - stringWidth("…", SANS, size), lambda s: stringWidth(s, SANS, size))[0] + "…"
    )


def quote_lines(
    quotes: Sequence[tuple[str, str, str]],
    width: float,
    gutter: float,
    size: float,
    leading: float,
    gap: float,
) -> list[Line]:
    """Wrap (respondent, question, text) quotes into lines: label in the gutter, a gap after each."""
    text_width = width - gutter
    label_size = size - 1.5
    label_width = gutter - 4
    dot_width = stringWidth(" · ", SANS, label_size)
    fitted_questions: dict[tuple[str, int], str] = {}
    word_widths: dict[str, float] = {}
    out: list[Line] = []
    for respondent, question, text in quotes:
        respondent = _fit_label(clean_text(respondent).replace("\n", " "), label_size, label_width)
        room = label_width - stringWidth(respondent, SANS, label_size) - dot_width
        key = (question, int(room))
        if key not in fitted_questions:
            q = clean_text(question).replace("\n", " ")
            fitted_questions[key] = _fit_label(q, label_size, room) if room > 12 else ""
        label = f"{respondent} · {fitted_questions[key]}" if fitted_questions[key] else respondent
        for j, line in enumerate(wrap_text(text, SANS_ITALIC, size, text_width, word_widths)):
            out.append(Line(leading, line, label if j == 0 else ""))
        out.append(Line(gap, ""))
    return out

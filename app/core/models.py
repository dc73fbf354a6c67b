"""Plain domain records shared by every layer, so storage never leaks ORM objects upward."""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from enum import Enum


def new_id() -> str:
    """Return a fresh stable identifier for entities that travel between project files."""
    return str(uuid.uuid4())


ID_DIGITS = "0123456789abcdefghijklmnopqrstuv"  # base 32 in ASCII order: ids sort as they are made
COMPACT_ID_CHARS = 20  # 100 bits: a 2-bit mark, 43 bits of milliseconds, a 55-bit counter
_LOW_CHARS = 3  # the last 3 digits come from a table of 32,768 endings, the rest is a shared prefix
_endings: list[str] = []


def _id_endings() -> list[str]:
    """Return every 3-digit ending in order (built once: 32,768 short strings)."""
    if not _endings:
        _endings.extend(a + b + c for a in ID_DIGITS for b in ID_DIGITS for c in ID_DIGITS)
    return _endings


def _base32(value: int, digits: int) -> str:
    """Write `value` in `digits` digits of ID_DIGITS, most significant first."""
    return "".join(ID_DIGITS[value >> 5 * (digits - 1 - i) & 31] for i in range(digits))


def new_ids(count: int, *, _start: tuple[int, int] | None = None) -> list[str]:
    """Return many fresh, increasing compact ids for survey rows, so bulk inserts append to the indexes.

    20 characters instead of a UUID's 36: respondent, answer, question and source ids fill most of an
    imported project (every answer row and three of its indexes hold them). Each id is 100 bits in base
    32 (digits and a-v, lower case, so any collation keeps them apart): the bits 10 (so the id starts
    with a letter and a spreadsheet never reads it as a number), the time in milliseconds (43 bits,
    until the year 2248) and a counter that starts at a random 54-bit value for each batch. Two copies
    of a project making ids in the same millisecond share one in 2^54 / (both batches) chances. `_start`
    = (milliseconds, counter) makes the output reproducible for tests.
    """
    millis, counter = _start or (time.time_ns() // 1_000_000, int.from_bytes(os.urandom(7), "big") >> 2)
    head = (0b10 << 43 | millis & (1 << 43) - 1) << 55
    endings = _id_endings()
    span = 1 << 5 * _LOW_CHARS
    ids: list[str] = []
    value, end = counter, counter + count
    while value < end:
        high, low = divmod(
            head + value, span
        )  # a counter past 55 bits carries into the time, still increasing
        stop = min(end, value + span - low)
        prefix = _base32(high, COMPACT_ID_CHARS - _LOW_CHARS)
        ids.extend(map(prefix.__add__, endings[low : low + stop - value]))
        value = stop
    return ids


def new_compact_id() -> str:
    """Return one fresh compact id (a survey's source or question), in the form `new_ids` makes."""
    return new_ids(1)[0]


class Origin(str, Enum):
    """Where a coding came from; reports and suggestion statistics need the difference."""

    MANUAL = "manual"
    SUGGESTION = "suggestion"
    IMPORT = "import"
    CONSENSUS = "consensus"


class ColumnRole(str, Enum):
    """What a survey column is used for when it is imported."""

    RESPONDENT_ID = "respondent_id"
    OPEN = "open"
    ATTRIBUTE = "attribute"
    IGNORE = "ignore"


@dataclass(frozen=True)
class Theme:
    """A codebook entry; `parent_id` makes the codebook a tree."""

    id: str
    name: str
    parent_id: str | None = None
    color: str = "#4e79a7"
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    examples: tuple[str, ...] = ()
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    position: int = 0
    code: str = ""  # a numeric code from the codebook (like an SPSS value label), matched on import
    # What an edit's optimistic check compares: the stored version, who made it and when (UTC ISO).
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: str = field(default="", compare=False)


@dataclass(frozen=True)
class Codebook:
    """A named, ordered list of themes (parents before their children)."""

    name: str
    themes: tuple[Theme, ...]
    description: str = ""
    single_choice: bool = False


@dataclass(frozen=True)
class Question:
    """An open-ended survey column; `key` is the column header, `text` the full question."""

    id: str
    key: str
    text: str
    position: int = 0
    single_choice: bool = False


@dataclass(frozen=True)
class Respondent:
    """One person who answered; `external_id` is the id used in the survey file."""

    id: str
    external_id: str
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Response:
    """One respondent's answer to one open question: the unit of coding."""

    id: str
    respondent_id: str
    question_id: str
    text: str
    external_id: str = ""


@dataclass(frozen=True)
class Coder:
    """A person who codes; codings are always attributed to one."""

    id: str
    name: str


@dataclass(frozen=True)
class Coding:
    """One theme assigned to one response by one coder."""

    response_id: str
    theme_id: str
    coder_id: str
    origin: Origin = Origin.MANUAL
    created_at: str = ""

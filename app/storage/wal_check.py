"""Refuse a write-ahead log that belongs to another copy of the project, before SQLite replays it.

SQLite replays any `-wal` beside a database whose header checksum and frame salts are consistent
with each other; nothing in the WAL names the main file it was written for (sqlite.org/fileformat2,
"The Write-Ahead Log"). A journal copied or synced from another machine's copy of the same project
is therefore replayed silently over this copy's committed work. Thematic links them itself: every
write use case updates the meta row `commit_chain` to "previous-mark current-mark" (random marks
with a distinctive prefix), so every commit frame in a journal carries the marks of its commit.
A journal belongs to this main file when the main file's current mark (read with the journal
ignored) appears among the marks in the journal's committed frames; it was written on top of this
file's state. A journal without marks (older versions, schema upgrades) cannot be judged and is
left to SQLite, as before.
"""

from __future__ import annotations

import re
import sqlite3
import struct
import time
from pathlib import Path
from urllib.parse import quote

from app.storage.transactions import CHAIN_KEY, CHAIN_PREFIX

WAL_MAGIC = (0x377F0682, 0x377F0683)  # low bit set: checksums are big-endian words
WAL_HEADER = 32
FRAME_HEADER = 24
MARK = re.compile(re.escape(CHAIN_PREFIX.encode()) + rb"([0-9a-f]{32}|start)")
ATTEMPTS = 3  # another program on this machine may be checkpointing while the journal is read


class ForeignJournal(Exception):
    """The `-wal` beside a project was written for another copy of it; the message says what to do."""


def check_journal(path: Path) -> None:
    """Refuse to open `path` when its `-wal` holds commits that were not made on top of this file."""
    wal = Path(f"{path}-wal")
    problem = None
    for attempt in range(ATTEMPTS):
        problem = _judge(path, wal)
        if problem is None:
            return
        if attempt + 1 < ATTEMPTS:
            time.sleep(0.05)
    raise ForeignJournal(
        f"{path}: the journal beside it ({wal.name}) {problem}; opening it would replay another copy's "
        f"changes over this one. Move {wal.name} and {path.name}-shm out of the folder to open this copy "
        "as it is (merge the other copy's work with `thematic merge` instead)"
    )


def _judge(path: Path, wal: Path) -> str | None:
    """Return why the journal does not belong to the main file, or None when it does or cannot be judged."""
    try:
        if wal.stat().st_size < WAL_HEADER:
            return None
        data = wal.read_bytes()  # SQLite locks the main file and -shm, never the journal itself
    except OSError:
        return None
    frames = committed_frames(data)
    if frames is None:
        return None  # no valid header: SQLite ignores and resets such a journal
    page_size, pages = frames
    main_page_size = _main_page_size(path)
    if pages and main_page_size is not None and main_page_size != page_size:
        return f"has pages of {page_size} bytes while the project has {main_page_size}"
    marks = {m.group(1).decode() for page in pages for m in MARK.finditer(page)}
    if not marks:
        return None
    current = main_mark(path)
    if current is None:  # the main file was never marked: the journal must hold the first mark
        return (
            None
            if "start" in marks
            else "holds commits made on another copy of this project, not on this file"
        )
    if current in marks:
        return None
    return "holds commits made on another copy of this project, not on this file"


def committed_frames(data: bytes) -> tuple[int, list[bytes]] | None:
    """Return the page size and the page images SQLite would replay, or None for a header it ignores."""
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:WAL_HEADER])
    if magic not in WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
        return None
    big = magic & 1
    if _checksum(data[:24], 0, 0, big) != (c1, c2):
        return None
    pages: list[bytes] = []
    pending: list[bytes] = []
    s0, s1 = c1, c2
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        _page_no, commit_size, f1, f2, fc1, fc2 = struct.unpack(">6I", data[offset : offset + FRAME_HEADER])
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]
        if (f1, f2) != (salt1, salt2):
            break
        s0, s1 = _checksum(data[offset : offset + 8] + page, s0, s1, big)
        if (s0, s1) != (fc1, fc2):
            break
        pending.append(page)
        if commit_size:  # a commit frame: everything up to here is replayed
            pages += pending
            pending = []
        offset += FRAME_HEADER + page_size
    return page_size, pages


def _checksum(block: bytes, s0: int, s1: int, big: int) -> tuple[int, int]:
    """SQLite's WAL checksum over `block` (a multiple of 8 bytes), continuing from (s0, s1)."""
    words = struct.unpack(f"{'>' if big else '<'}{len(block) // 4}I", block)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def _main_page_size(path: Path) -> int | None:
    """Read the page size from the main file's header (1 means 65536)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 18:
        return None
    size = struct.unpack(">H", header[16:18])[0]
    return 65536 if size == 1 else size


def main_mark(path: Path) -> str | None:
    """Return the main file's current commit mark, read with the journal ignored (immutable)."""
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?immutable=1", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (CHAIN_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    found = MARK.findall(row[0].encode())
    return found[-1].decode() if found else None

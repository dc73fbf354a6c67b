"""Write output files so that a failure, a cancel or a power cut never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(OSError):
    """An output file cannot be written where the user asked; the message names the path."""


def _umask() -> int:
    """Return the process's file-creation mask without changing it where the system can tell."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # elsewhere reading it means setting it: put it straight back
    os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike[str], suffix: str, write: Callable[[str], None]) -> None:
    """Let `write` fill a temporary file beside `path`, then move it into place only on success.

    The file gets the permissions any new file of the user gets (mkstemp's 0600 would hide an
    export from colleagues in a shared folder), and it is on disk before it takes the final name.
    """
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".thematic-", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})") from exc
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fsync_file(path: str | Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a rename to the disk where the platform can sync a folder (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

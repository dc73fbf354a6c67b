"""Reading .qdpx archives and XML defensively: no zip slip, no zip bombs, no XXE, nothing extracted."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from app.core.refi.errors import RefiError


@dataclass(frozen=True)
class Limits:
    """Caps on what an archive may unpack to; above them the archive is refused as a zip bomb."""

    max_member_bytes: int = 512 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed, checked for members above ratio_floor
    ratio_floor: int = 1024 * 1024
    max_members: int = 200_000


_DRIVE = re.compile(r"^[A-Za-z]:")


def check_member_name(name: str) -> None:
    """Refuse absolute paths, drive letters, '..' components and NUL characters in a member name."""
    if "\x00" in name:
        raise RefiError(f"unsafe path {name!r} in the archive (NUL character)")
    posix = name.replace("\\", "/")
    if posix.startswith("/") or _DRIVE.match(posix):
        raise RefiError(f"unsafe absolute path {name!r} in the archive")
    if ".." in PurePosixPath(posix).parts:
        raise RefiError(f"unsafe path {name!r} in the archive (it climbs out with '..')")


class SafeArchive:
    """A .qdpx opened for reading members into memory under size caps; nothing touches the disk."""

    def __init__(self, path: str | Path, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or Limits()
        try:
            self._zip = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile:
            raise RefiError(f"{self.path}: not a .qdpx archive (not a zip file)") from None
        except OSError as exc:
            raise RefiError(f"{self.path}: cannot be read ({exc.strerror or exc})") from None
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise RefiError(f"{self.path}: refused: {len(infos)} files in the archive (zip bomb?)")
        total = 0
        for info in infos:
            try:
                check_member_name(info.filename)
            except RefiError as exc:
                raise RefiError(f"{self.path}: refused: {exc}; nothing was imported") from None
            total += info.file_size
            self._check_size(info, info.file_size)
        if total > self.limits.max_total_bytes:
            raise RefiError(f"{self.path}: refused: the archive unpacks to {total} bytes (zip bomb?)")
        self._by_folded = {i.filename.replace("\\", "/").casefold(): i for i in infos if not i.is_dir()}

    def close(self) -> None:
        """Release the archive file."""
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_size(self, info: zipfile.ZipInfo, size: int) -> None:
        """Refuse a member whose (declared or actual) size or compression ratio is beyond the caps."""
        if size > self.limits.max_member_bytes:
            raise RefiError(f"{self.path}: refused: {info.filename} unpacks to over {size} bytes (zip bomb?)")
        compressed = max(info.compress_size, 1)
        if size > self.limits.ratio_floor and size / compressed > self.limits.max_ratio:
            raise RefiError(
                f"{self.path}: refused: {info.filename} expands {size // compressed}-fold (zip bomb?)"
            )

    def names(self) -> list[str]:
        """Return the member names (folders left out)."""
        return [i.filename for i in self._by_folded.values()]

    def find(self, name: str) -> str | None:
        """Return the stored name matching `name` whatever its case and slash direction, or None."""
        info = self._by_folded.get(name.replace("\\", "/").casefold())
        return info.filename if info else None

    def read(self, name: str) -> bytes:
        """Read one member, counting the bytes really inflated (headers can lie about sizes)."""
        info = self._by_folded[name.replace("\\", "/").casefold()]
        chunks, size = [], 0
        with self._zip.open(info) as stream:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                self._check_size(info, size)
                chunks.append(chunk)
        return b"".join(chunks)

    def project_member(self) -> str:
        """Return the project XML: project.qde, else a *.qde at the root, else the shallowest one."""
        found = [n.replace("\\", "/") for n in self.names() if n.lower().endswith(".qde")]
        if not found:
            raise RefiError(f"{self.path}: no project (.qde) file in the archive")
        return min(found, key=lambda n: (n.count("/"), n.rsplit("/", 1)[-1].lower() != "project.qde", n))


def parse_xml(data: bytes, where: str) -> Element:
    """Parse XML refusing DTDs, entities and external references (XXE, billion laughs)."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise RefiError(
            f"{where}: refused: the XML declares a DTD or entities ({type(exc).__name__}); "
            "nothing was imported"
        ) from None
    except ParseError as exc:
        raise RefiError(f"{where}: not well-formed XML ({exc})") from None

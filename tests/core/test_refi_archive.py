"""Hostile .qdpx archives and XML are refused with one line and nothing is written anywhere."""

from __future__ import annotations

import zipfile

import pytest

from app.core.refi.archive import Limits, SafeArchive, parse_xml
from app.core.refi.errors import RefiError
from app.core.refi.reader import read_project

QDE = b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>'


def _zip(path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("../evil.txt", "climbs out"),
        ("sources/../../evil.txt", "climbs out"),
        ("/etc/evil.txt", "absolute"),
        ("\\\\server\\evil.txt", "absolute"),
        ("C:\\evil.txt", "absolute"),
        ("C:evil.txt", "absolute"),
    ],
)
def test_zip_slip_and_absolute_paths_are_refused(tmp_path, name, problem):
    """A member that would land outside is refused before anything is read; nothing appears on disk."""
    work = tmp_path / "work"
    work.mkdir()
    path = _zip(work / "bad.qdpx", {"project.qde": QDE, name: b"x"})
    with pytest.raises(RefiError, match=problem) as caught:
        read_project(path)
    assert "\n" not in str(caught.value) and "nothing was imported" in str(caught.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["bad.qdpx", "work"]


def test_zip_bomb_by_ratio_and_by_size_is_refused(tmp_path):
    """A member that inflates far beyond its compressed size, or beyond the cap, is refused."""
    path = _zip(tmp_path / "bomb.qdpx", {"project.qde": QDE, "sources/a.txt": b"\0" * (4 << 20)})
    with pytest.raises(RefiError, match="expands"):
        read_project(path)
    with pytest.raises(RefiError, match="unpacks to"):
        SafeArchive(path, Limits(max_member_bytes=1 << 20, max_ratio=1e9))
    with pytest.raises(RefiError, match="unpacks to"):
        SafeArchive(path, Limits(max_total_bytes=1 << 20, max_ratio=1e9))


def test_sizes_are_counted_while_inflating(tmp_path):
    """A header claiming a small size does not let more bytes through: the real count is checked."""
    path = _zip(tmp_path / "ok.qdpx", {"project.qde": QDE, "sources/a.txt": b"abc" * 1000})
    with SafeArchive(path, Limits(max_ratio=1e9)) as archive:
        archive.limits = Limits(max_member_bytes=100, max_ratio=1e9)  # as if the header had lied
        with pytest.raises(RefiError, match="unpacks to"):
            archive.read("sources/a.txt")


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>',
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>',
        b'<?xml version="1.0"?><!DOCTYPE p SYSTEM "http://example.invalid/p.dtd"><Project name="p"/>',
    ],
)
def test_xxe_and_entity_expansion_are_refused(tmp_path, xml):
    """External entities, entity expansion and external DTDs get one line naming the file."""
    path = _zip(tmp_path / "xxe.qdpx", {"project.qde": xml})
    with pytest.raises(RefiError, match="refused: the XML declares a DTD or entities") as caught:
        read_project(path)
    assert str(path) in str(caught.value)


def test_not_a_zip_and_broken_xml_give_one_line(tmp_path):
    """A file that is no archive, an archive without a .qde, and malformed XML."""
    plain = tmp_path / "x.qdpx"
    plain.write_text("hello")
    with pytest.raises(RefiError, match="not a zip file"):
        read_project(plain)
    with pytest.raises(RefiError, match="no project"):
        read_project(_zip(tmp_path / "empty.qdpx", {"sources/a.txt": b"x"}))
    with pytest.raises(RefiError, match="not well-formed"):
        parse_xml(b"<Project><Users></Project>", "p.qde")

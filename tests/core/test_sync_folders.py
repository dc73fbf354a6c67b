"""Sync and network folders are recognised from the path and /proc/mounts."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from app.core.sync_folders import network_filesystem, shared_folder_risk, sync_service

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/team nfs4 rw,relatime 0 0
//nas/share /media/My\\040Share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_sync_folders_by_name():
    """The folder names OneDrive, Dropbox, Google Drive and iCloud create are recognised."""
    assert sync_service(PureWindowsPath(r"C:\Users\ana\OneDrive - KazGU\study.thematic")) == "OneDrive"
    assert sync_service(PurePosixPath("/home/ana/Dropbox/study.thematic")) == "Dropbox"
    assert sync_service(PurePosixPath("/Users/ana/Google Drive/My Drive/s.thematic")) == "Google Drive"
    icloud = "/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/s.thematic"
    assert sync_service(PurePosixPath(icloud)) == "iCloud Drive"
    assert sync_service(PurePosixPath("/home/ana/Documents/dropboxes/s.thematic")) is None


def test_network_filesystems_from_mounts():
    """The innermost mount point decides; local filesystems are not flagged."""
    assert network_filesystem(PurePosixPath("/mnt/team/study.thematic"), MOUNTS) == "nfs4"
    assert network_filesystem(PurePosixPath("/media/My Share/a/s.thematic"), MOUNTS) == "cifs"
    assert network_filesystem(PurePosixPath("/mnt/teamwork/s.thematic"), MOUNTS) is None
    assert network_filesystem(PurePosixPath("/tmp/s.thematic"), MOUNTS) is None


def test_risk_of_a_local_folder_is_none(tmp_path):
    """An ordinary local folder gives no warning; a mounts file naming it as NFS does."""
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nsrv:/x {tmp_path} nfs rw 0 0\n")
    assert shared_folder_risk(tmp_path / "s.thematic", Path("/nonexistent")) is None
    assert shared_folder_risk(tmp_path / "s.thematic", mounts) == "a network filesystem (nfs)"

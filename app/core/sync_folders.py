"""Recognise folders where a project file is synced or shared, so a window can warn about two machines."""

from __future__ import annotations

from pathlib import Path, PurePath

# Folder names the sync clients create (matched case-insensitively at the start of a path part).
SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "icloud drive (archive)": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "yandex.disk": "Yandex Disk",
}
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "afpfs",
    "9p",
    "ncpfs",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.davfs2",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
    "ceph",
    "glusterfs",
}


def sync_service(path: PurePath) -> str | None:
    """Name the sync service whose folder holds `path`, judging by the folder names."""
    for part in path.parts:
        name = part.casefold()
        for prefix, service in SYNC_FOLDERS.items():
            if name == prefix or name.startswith(prefix + " ") or name.startswith(prefix + "-"):
                return service
    return None


def _unescape(field: str) -> str:
    """Undo the octal escapes /proc/mounts uses for spaces and tabs."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def network_filesystem(path: PurePath, mounts: str) -> str | None:
    """Return the network filesystem type `path` lives on, given the text of /proc/mounts."""
    best, kind = "", None
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def shared_folder_risk(path: str | Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """Describe why the folder of `path` may be shared between machines, or None when nothing says so."""
    resolved = Path(path).expanduser().resolve()
    service = sync_service(resolved)
    if service:
        return f"a {service} folder"
    try:
        mounts = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    kind = network_filesystem(resolved, mounts)
    return f"a network filesystem ({kind})" if kind else None

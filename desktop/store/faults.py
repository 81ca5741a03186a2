"""Plain-language errors for the faults SQLite reports, and where a database file lives.

translate() maps sqlite3 errors (busy, disk full, I/O error, read-only, damaged) to StoreError
subclasses with messages a user can act on; network_filesystem() spots a database on a network share.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.store.errors import (
    DatabaseBusyError,
    DiskFullError,
    DiskIOError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
)

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "9p",
              "fuse.rclone", "davfs", "fuse.davfs2", "ncpfs", "glusterfs", "ceph", "fuse.gvfsd-fuse"}


def translate(exc: sqlite3.Error, path: Path | str, busy_seconds: float) -> StoreError | None:
    """The StoreError to raise for `exc` (None when it is not a fault of the disk or of locking)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFullError(
            f"{path}: the disk is full (or the database reached its size limit); nothing was saved. "
            f"Free some disk space and save again: what you entered is still in the form")
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DiskIOError(
            f"{path}: the disk reported a read/write error ({exc}); nothing was saved. Check the drive "
            f"(a removed USB stick, a dropped network share) and save again")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return DatabaseBusyError(
            f"{path}: the database is busy in another program (another Dongbei Survey Desk window, a "
            f"backup or sync tool); waited {busy_seconds:g} s and nothing was saved. Try again in a moment")
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnlyError(f"{path}: the file can no longer be written ({exc}); nothing was saved")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return NotADatabaseError(f"{path}: the database is damaged ({exc}); nothing was saved")
    return None


def _mount_point_fs(path: Path, mounts: str) -> str | None:
    best, fstype = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def network_filesystem(path: str | Path, mounts: str | None = None) -> str | None:
    """The network file-system type holding `path` ("nfs4", "cifs", "UNC path" ...), or None if local.

    mounts: /proc/mounts text (read from the system when None; tests pass their own).
    """
    raw = str(path)
    if raw.startswith("\\\\") or (os.name == "nt" and raw.startswith("//")):
        return "UNC path"
    resolved = Path(path).resolve()
    if os.name == "nt":
        return _windows_remote_drive(resolved)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    fstype = _mount_point_fs(resolved, mounts)
    if fstype and (fstype in NETWORK_FS or fstype.startswith(("nfs", "smb", "cifs"))):
        return fstype
    return None


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    if str(path).startswith("\\\\"):
        return "UNC path"
    import ctypes

    drive = path.drive + "\\"
    DRIVE_REMOTE = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE:  # type: ignore[attr-defined]
        return "network drive"
    return None


def network_warning(path: str | Path, mounts: str | None = None) -> str | None:
    """A warning for a database on a network share, or None."""
    fstype = network_filesystem(path, mounts)
    if fstype is None:
        return None
    return (f"{path} is on a network share ({fstype}). SQLite's locking is not reliable there: keep the "
            f"database on a local disk and exchange survey packages instead, or two people may damage it")

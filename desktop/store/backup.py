"""Backups of a survey database with SQLite's backup API (never a file copy of a live database).

Every backup is written to a temporary name, checked with PRAGMA quick_check, flushed to disk and only
then renamed to its final name, so a backup that exists under its final name is complete and sound.
Automatic backups live in a `backups/` folder next to the database, named
`<dbstem>-<UTC timestamp>-<reason>.sqlite`; see desktop/store/retention.py for what is kept.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.errors import BackupError, NotADatabaseError, StoreError

if TYPE_CHECKING:
    from desktop.store.connection import Store

BACKUP_DIR_NAME = "backups"
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{3}Z)-(?P<reason>[a-z0-9_.-]+)\.sqlite$")
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file found in a backups folder."""

    path: Path
    created: _dt.datetime  # UTC, from the file name
    reason: str
    size: int  # bytes
    surveys: int | None = None  # surveys outside the trash; None when the file cannot be read


def backups_dir(db_path: str | Path) -> Path:
    """The folder holding the automatic backups of `db_path`."""
    return Path(db_path).resolve().parent / BACKUP_DIR_NAME


def _clean_reason(reason: str) -> str:
    text = re.sub(r"[^a-z0-9_.-]+", "-", reason.strip().lower()).strip("-.")
    return (text or "backup")[:40]


def backup_name(db_path: str | Path, reason: str, at: _dt.datetime | None = None) -> str:
    """`<dbstem>-<UTC timestamp with ms>-<reason>.sqlite`."""
    at = at or _dt.datetime.now(_dt.UTC)
    stamp = at.strftime(_STAMP) + f"{at.microsecond // 1000:03d}Z"
    return f"{Path(db_path).stem}-{stamp}-{_clean_reason(reason)}.sqlite"


def parse_name(path: Path) -> tuple[str, _dt.datetime, str] | None:
    """(db stem, UTC time, reason) of a backup file name, or None if it is not one of ours."""
    m = _NAME.match(path.name)
    if not m:
        return None
    stamp = m["stamp"]
    at = _dt.datetime.strptime(stamp[:15], _STAMP).replace(
        microsecond=int(stamp[15:18]) * 1000, tzinfo=_dt.UTC)
    return m["stem"], at, m["reason"]


def quick_check(path: Path) -> str:
    """PRAGMA quick_check of a database file opened read-only; 'ok' when sound, else the problem."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new self-contained file `target` (rollback journal, not WAL)."""
    dst = sqlite3.connect(str(target))
    try:
        source.backup(dst, pages=1024)
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def backup_connection(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a checked backup of the open connection `conn` to `dest` (replaced atomically if present)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    partial.unlink(missing_ok=True)
    try:
        _copy_into(conn, partial)
        result = quick_check(partial)
        if result != "ok":
            raise BackupError(f"the backup written to {dest} failed its check ({result}); it was not kept")
        os.replace(partial, dest)
        _fsync_dir(dest.parent)
    except sqlite3.OperationalError as exc:
        raise BackupError(f"could not write a backup to {dest}: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"could not write a backup to {dest}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return dest


def _unique(folder: Path, db_path: Path, reason: str) -> Path:
    dest = folder / backup_name(db_path, reason)
    while dest.exists():  # two backups in the same millisecond
        time.sleep(0.002)
        dest = folder / backup_name(db_path, reason)
    return dest


def make_backup(store: Store, dest: Path | None = None, reason: str = "manual") -> Path:
    """Back up the open `store` to `dest` (default: a new file in the backups folder); return the path.

    reason: a short word saved in the file name (manual, daily, before-import, before-migration ...).
    Backups written to the backups folder are pruned by the retention policy; a `dest` elsewhere is not.
    """
    if dest is None:
        dest = _unique(backups_dir(store.path), store.path, reason)
    path = backup_connection(store.conn, Path(dest))
    if path.parent == backups_dir(store.path):
        from desktop.store import retention
        with contextlib.suppress(OSError, StoreError):
            retention.prune(store.path, retention.policy_of(store))
    return path


def backup_before(store: Store, reason: str) -> Path:
    """A checked backup in the backups folder before a risky operation (an import, a merge ...).

    reason: what is about to happen, e.g. "import" gives a file named ...-before-import.sqlite.
    Raises BackupError when the backup cannot be written: do not go on with the operation then.
    """
    reason = _clean_reason(reason)
    return make_backup(store, None, reason if reason.startswith("before-") else f"before-{reason}")


def _count_surveys(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM surveys WHERE deleted_at IS NULL").fetchone()[0])
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def list_backups(db_path: str | Path, count_surveys: bool = True) -> list[BackupInfo]:
    """The backups of `db_path` in its backups folder, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    out = []
    for path in folder.iterdir():
        parsed = parse_name(path)
        if not parsed or parsed[0] != stem or not path.is_file():
            continue
        size = path.stat().st_size
        out.append(BackupInfo(path, parsed[1], parsed[2], size, _count_surveys(path) if count_surveys else None))
    return sorted(out, key=lambda b: b.created, reverse=True)


def latest_good_backup(db_path: str | Path) -> Path | None:
    """The newest backup of `db_path` that passes quick_check, or None (for offering a restore)."""
    for info in list_backups(db_path, count_surveys=False):
        if quick_check(info.path) == "ok" and _count_surveys(info.path) is not None:
            return info.path
    return None


def check_backup(backup_path: Path) -> None:
    """Raise NotADatabaseError unless `backup_path` is a sound survey database."""
    if not Path(backup_path).is_file():
        raise BackupError(f"{backup_path}: no such backup file")
    result = quick_check(Path(backup_path))
    if result != "ok":
        raise NotADatabaseError(f"{backup_path}: not a usable backup ({result}); nothing was restored")
    if _count_surveys(Path(backup_path)) is None:
        raise NotADatabaseError(f"{backup_path}: not a survey database; nothing was restored")


def restore_backup(backup_path: str | Path, db_path: str | Path) -> Path | None:
    """Replace the content of `db_path` with the backup at `backup_path`.

    The backup is checked first; the current database is backed up ("before-restore") or, when it is
    not a readable database, moved aside to `<name>.damaged-<timestamp>` (never deleted). The content is
    copied in with the backup API in one transaction, so the file is never left half-written.
    Close every Store on `db_path` first and open a new one afterwards. Returns the safety copy's path
    (None when there was no database yet).
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    check_backup(backup_path)
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        if quick_check(db_path) == "ok":
            src = sqlite3.connect(str(db_path))
            try:
                safety = backup_connection(src, _unique(backups_dir(db_path), db_path, "before-restore"))
            finally:
                src.close()
        else:
            stamp = _dt.datetime.now(_dt.UTC).strftime(_STAMP) + "Z"
            safety = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
            os.replace(db_path, safety)
            for side in ("-wal", "-shm"):
                extra = db_path.with_name(db_path.name + side)
                if extra.exists():
                    os.replace(extra, safety.with_name(safety.name + side))
    src = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(db_path), timeout=5)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
            result = dst.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.OperationalError as exc:
            raise BackupError(f"could not restore into {db_path}: {exc}; the database was left as it was"
                              f"{f' (safety copy: {safety})' if safety else ''}") from exc
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        raise BackupError(f"{db_path}: check after restore failed ({result}); safety copy: {safety}")
    return safety

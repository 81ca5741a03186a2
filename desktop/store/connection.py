"""Open a survey database safely: pragmas, health check, migrations, transactions."""

from __future__ import annotations

import contextlib
import datetime as _dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop.store import migrations
from desktop.store.errors import NotADatabaseError, ReadOnlyError, StoreError

BUSY_TIMEOUT_MS = 5000


def now() -> str:
    """UTC timestamp with milliseconds, as stored in created_at/updated_at/audit_log."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


class Store:
    """An open survey database.

    path: the SQLite file; created and migrated when missing (unless readonly).
    who: the analyst name recorded in the audit log for every change.
    readonly: open without writing anything; also chosen automatically for a newer-schema file.
    """

    def __init__(self, path: str | Path, who: str = "", readonly: bool = False, migrate: bool = True):
        self.path = Path(path)
        self.who = who
        self.readonly = readonly
        self.readonly_reason = "opened read-only" if readonly else ""
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such database")
        if not readonly and self.path.exists() and not _writable(self.path):
            self.readonly, self.readonly_reason = True, "the file or its folder is read-only"
        self.conn = self._connect()
        self._check_health()
        pending = migrations.pending(self.conn)
        newer = migrations.unknown_applied(self.conn)
        if newer:
            if not self.readonly:
                self.conn.close()
                self.readonly = True
                self.readonly_reason = (f"written by a newer version of Dongbei Survey Desk "
                                        f"(schema {', '.join(newer)}); opened read-only")
                self.conn = self._connect()
        elif pending and migrate and not self.readonly:
            migrations.apply(self.conn, pending)
        self.pending = [] if newer else migrations.pending(self.conn)
        self.db = sqlite_utils.Database(self.conn)

    def _connect(self) -> sqlite3.Connection:
        if self.readonly:
            uri = f"file:{self.path.resolve()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self.readonly:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise StoreError(f"{self.path}: could not switch to WAL journal ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise NotADatabaseError(f"{self.path}: not a usable survey database ({exc}); "
                                    f"the file was left as it is") from exc
        return conn

    def _check_health(self) -> None:
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise NotADatabaseError(f"{self.path}: not a usable survey database ({exc}); "
                                    f"the file was left as it is") from exc
        if result != "ok":
            self.conn.close()
            raise NotADatabaseError(f"{self.path}: the database is damaged ({result}); "
                                    f"the file was left as it is")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction (BEGIN IMMEDIATE): commits on success, rolls back on any error."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path} is open read-only: {self.readonly_reason}")
        if self.conn.in_transaction:
            raise StoreError("a write is already in progress on this connection")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def schema_version(self) -> list[str]:
        return migrations.applied(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _writable(path: Path) -> bool:
    import os
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_store(path: str | Path, who: str = "", readonly: bool = False) -> Store:
    """Open (creating and migrating if needed) the survey database at `path`."""
    return Store(path, who=who, readonly=readonly)

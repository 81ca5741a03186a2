"""Open a survey database safely: pragmas, health check, migrations, transactions, backups.

Opening never writes to a file it has not checked: a read-only look (quick_check, schema version) comes
first, so a damaged or foreign file raises NotADatabaseError and stays byte-for-byte as it was, and a
file from a newer app version opens read-only. See docs/data-safety.md.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop.store import faults, migrations
from desktop.store.errors import BackupError, NotADatabaseError, ReadOnlyError, StoreError
from desktop.store.instance_lock import InstanceInfo, InstanceLock

BUSY_TIMEOUT_MS = 5000
# reads the header and the whole schema: a non-database or a damaged schema fails here, cheaply
LIGHT_CHECK = "SELECT 'ok' FROM (SELECT count(*) FROM sqlite_master)"


def now() -> str:
    """UTC timestamp with milliseconds, as stored in created_at/updated_at/audit_log."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def _unusable(path: Path, exc: object) -> NotADatabaseError:
    return NotADatabaseError(f"{path}: not a usable survey database ({exc}); the file was left as it is")


class Store:
    """An open survey database.

    path: the SQLite file; created and migrated when missing (unless readonly).
    who: the analyst name recorded in the audit log for every change.
    readonly: open without writing anything; also chosen automatically for a newer-schema file, a
        read-only file or folder, or when the backup before a migration could not be written.
    migrate: apply pending migrations (after a backup when the database already has a schema).
    backups: make the daily backup on open (and the backup before migrations); False for scratch files.
    backup_policy: a desktop.store.retention.Policy overriding the settings table / defaults.
    register_instance: record this process in `<db>-instances/` so other copies of the app see it.
    full_check: PRAGMA quick_check before anything else (O(file size): ~0.5 s at 100,000 surveys). False
        does a light check (header and schema readable) and leaves the full check to the caller, who must
        run check_file(path) soon after (the GUI does, in the background, right after its window shows).

    After opening: readonly_reason (why read-only, '' if writable), warnings (network share, a failed
    daily backup ...), pending (migrations not applied), other_instances().
    """

    def __init__(self, path: str | Path, who: str = "", readonly: bool = False, migrate: bool = True, *,
                 backups: bool = True, backup_policy: object | None = None, register_instance: bool = True,
                 full_check: bool = True):
        self.path = Path(path)
        self.who = who
        self.readonly = readonly
        self.readonly_reason = "opened read-only" if readonly else ""
        self.warnings: list[str] = []
        self.backup_policy = backup_policy
        self.instance: InstanceLock | None = None
        self._immutable = False
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such database")
        newer: list[str] = []
        if self.path.exists():
            newer = self._preflight(full_check)
        if newer and not self.readonly:
            self.readonly = True
            self.readonly_reason = (f"written by a newer version of Dongbei Survey Desk "
                                    f"(schema {', '.join(newer)}); opened read-only")
        if not self.readonly and self.path.exists() and not _writable(self.path):
            self.readonly = True
            self.readonly_reason = ("the file is read-only" if not os.access(self.path, os.W_OK) else
                                    "its folder is read-only (SQLite needs to write beside the file)")
            self.readonly_reason += "; opened read-only, nothing can be saved"
        if not self.readonly and not self.path.exists() and not os.access(_existing_parent(self.path), os.W_OK):
            raise StoreError(f"{self.path}: cannot create the database, the folder is read-only")
        warning = faults.network_warning(self.path)
        if warning:
            self.warnings.append(warning)
        self.conn = self._connect()
        pending = [] if newer else migrations.pending(self.conn)
        if pending and migrate and not self.readonly:
            self._migrate(pending, backups)
        self.pending = [] if newer else migrations.pending(self.conn)
        if backups and not self.readonly:
            self.maybe_daily_backup()
        if register_instance:
            self.instance = InstanceLock(self.path, who)
            if not self.readonly:
                self.instance.acquire()

    @functools.cached_property
    def db(self):  # -> sqlite_utils.Database
        """sqlite-utils over the same connection, for convenience reads and introspection.

        Imported on first use: sqlite_utils imports pandas and numpy, about a second of start-up time
        the app's window does not need. Bulk paths use plain executemany (see PITFALLS.md).
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- opening -------------------------------------------------------------------------------------
    def _preflight(self, full_check: bool = True) -> list[str]:
        """Look at an existing file read-only: health and schema. Returns migrations from a newer app."""
        uri = self.path.resolve().as_uri()
        check = "PRAGMA quick_check" if full_check else LIGHT_CHECK
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                result = conn.execute(check).fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "readonly" not in str(exc).lower() and "unable to open" not in str(exc).lower():
                    raise
                # a WAL file in a read-only folder (no -shm possible): read it as an unchanging file
                conn.close()
                conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
                result = conn.execute(check).fetchone()[0]
                self._immutable = True
            if result != "ok":
                conn.close()
                raise NotADatabaseError(f"{self.path}: the database is damaged ({result}); "
                                        f"the file was left as it is")
            newer = migrations.unknown_applied(conn)
            conn.close()
        except sqlite3.DatabaseError as exc:
            raise _unusable(self.path, exc) from exc
        return newer

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.readonly:
                mode = "immutable=1" if self._immutable else "mode=ro"
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?{mode}", uri=True,
                                       timeout=BUSY_TIMEOUT_MS / 1000)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise _unusable(self.path, exc) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self.readonly:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise StoreError(f"{self.path}: could not switch to WAL journal ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            mapped = faults.translate(exc, self.path, BUSY_TIMEOUT_MS / 1000)
            if mapped is not None and not isinstance(mapped, NotADatabaseError):
                raise mapped from exc
            raise _unusable(self.path, exc) from exc
        return conn

    def _check_health(self) -> None:
        """PRAGMA quick_check on the open connection; raises NotADatabaseError unless 'ok'."""
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _unusable(self.path, exc) from exc
        if result != "ok":
            raise NotADatabaseError(f"{self.path}: the database is damaged ({result}); the file was left as it is")

    def _migrate(self, pending: list[str], backups: bool) -> None:
        if backups and migrations.applied(self.conn):
            from desktop.store.backup import backup_before
            try:
                backup_before(self, f"migration-{pending[0]}")
            except (BackupError, OSError) as exc:
                self.conn.close()
                self.readonly = True
                self.readonly_reason = (f"the database needs an upgrade, but no backup could be made first "
                                        f"({exc}); opened read-only, nothing was changed")
                self.conn = self._connect()
                return
        try:
            migrations.apply(self.conn, pending)
        except sqlite3.Error as exc:
            mapped = faults.translate(exc, self.path, BUSY_TIMEOUT_MS / 1000)
            self.conn.close()
            raise (mapped or StoreError(f"{self.path}: upgrading the database failed ({exc}); "
                                        f"it was left at its previous version")) from exc

    # -- backups and other instances ---------------------------------------------------------------
    def maybe_daily_backup(self) -> os.PathLike[str] | None:
        """Make the day's backup if no backup of this database was made today (UTC) and it holds surveys.

        Never raises: a failure becomes a line in `warnings`. Long-running apps call it once an hour or so.
        """
        from desktop.store.backup import list_backups, make_backup
        try:
            if not self.conn.execute("SELECT 1 FROM surveys LIMIT 1").fetchone():
                return None
            today = _dt.datetime.now(_dt.UTC).date()
            if any(b.created.date() == today for b in list_backups(self.path, count_surveys=False)):
                return None
            return make_backup(self, None, "daily")
        except (StoreError, OSError, sqlite3.Error) as exc:
            self.warnings.append(f"the daily backup could not be made: {exc}")
            return None

    def other_instances(self) -> list[InstanceInfo]:
        """Other running copies of the app (this host or others) that have this database open."""
        if self.instance is None:
            return []
        return self.instance.others()

    # -- transactions ---------------------------------------------------------------------------------
    def _fault(self, exc: sqlite3.Error) -> StoreError | None:
        return faults.translate(exc, self.path, BUSY_TIMEOUT_MS / 1000)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction (BEGIN IMMEDIATE): commits on success, rolls back on any error.

        Busy (after BUSY_TIMEOUT_MS), disk-full and I/O errors surface as DatabaseBusyError,
        DiskFullError and DiskIOError with plain messages; nothing of the transaction is kept.
        """
        if self.readonly:
            raise ReadOnlyError(f"{self.path} is open read-only: {self.readonly_reason}")
        if self.conn.in_transaction:
            raise StoreError("a write is already in progress on this connection")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (self._fault(exc) or exc) from exc
        try:
            yield self.conn
        except sqlite3.Error as exc:
            self._rollback()
            mapped = self._fault(exc)
            if mapped is None:
                raise
            raise mapped from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise (self._fault(exc) or exc) from exc
        if self.instance is not None:
            self.instance.beat_if_due()

    def integrity(self) -> tuple[str, int]:
        """A full PRAGMA integrity_check ('ok' or the first problem) and the number of broken references."""
        result = self.conn.execute("PRAGMA integrity_check").fetchone()[0]
        return str(result), len(self.conn.execute("PRAGMA foreign_key_check").fetchall())

    def schema_version(self) -> list[str]:
        return migrations.applied(self.conn)

    def close(self) -> None:
        if self.instance is not None:
            self.instance.release()
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _existing_parent(path: Path) -> Path:
    parent = path.resolve().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_store(path: str | Path, who: str = "", readonly: bool = False, full_check: bool = True) -> Store:
    """Open (creating and migrating if needed) the survey database at `path` (see Store for full_check)."""
    return Store(path, who=who, readonly=readonly, full_check=full_check)


def check_file(path: str | Path) -> str:
    """PRAGMA quick_check of the database file on a connection of its own ('ok' or what is wrong).

    Safe to call from a worker thread while a Store is open on the same file (WAL readers do not block).
    """
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return str(conn.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)

"""Which automatic backups to keep: the N most recent plus the newest of each day for D days.

Defaults: keep_recent = 10, keep_days = 30. Override per database with settings rows
`backup.keep_recent` / `backup.keep_days` (see set_policy), or per Store with `backup_policy=`.
Backups whose reason is "manual" are never deleted automatically.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.backup import PARTIAL_SUFFIX, backups_dir, list_backups

if TYPE_CHECKING:
    from desktop.store.connection import Store

KEEP_RECENT_KEY = "backup.keep_recent"
KEEP_DAYS_KEY = "backup.keep_days"
PROTECTED_REASONS = ("manual",)


@dataclass(frozen=True)
class Policy:
    keep_recent: int = 10
    keep_days: int = 30


def read_policy(conn: sqlite3.Connection) -> Policy:
    """The policy stored in the settings table (defaults where a row is missing or unreadable)."""
    values: dict[str, int] = {}
    with contextlib.suppress(sqlite3.DatabaseError):
        for key, value in conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                                       (KEEP_RECENT_KEY, KEEP_DAYS_KEY)):
            with contextlib.suppress(ValueError):
                values[key] = max(0, int(value))
    default = Policy()
    return Policy(values.get(KEEP_RECENT_KEY, default.keep_recent), values.get(KEEP_DAYS_KEY, default.keep_days))


def policy_of(store: Store) -> Policy:
    explicit = getattr(store, "backup_policy", None)
    return explicit if explicit is not None else read_policy(store.conn)


def set_policy(store: Store, policy: Policy) -> None:
    """Store the retention policy in the database's settings table."""
    with store.write() as conn:
        conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         [(KEEP_RECENT_KEY, str(policy.keep_recent)), (KEEP_DAYS_KEY, str(policy.keep_days))])


def to_delete(db_path: str | Path, policy: Policy, now: _dt.datetime | None = None) -> list[Path]:
    """The automatic backups of `db_path` that the policy no longer keeps."""
    now = now or _dt.datetime.now(_dt.UTC)
    auto = [b for b in list_backups(db_path, count_surveys=False) if b.reason not in PROTECTED_REASONS]
    keep = {b.path for b in auto[:max(1, policy.keep_recent)]}
    cutoff = now - _dt.timedelta(days=policy.keep_days)
    seen_days: set[_dt.date] = set()
    for b in auto:  # newest first: the first of each day is that day's newest
        if b.created >= cutoff and b.created.date() not in seen_days:
            seen_days.add(b.created.date())
            keep.add(b.path)
    return [b.path for b in auto if b.path not in keep]


def prune(db_path: str | Path, policy: Policy, now: _dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy does not keep, and partial files older than a day; return them."""
    gone = to_delete(db_path, policy, now)
    for path in gone:
        path.unlink(missing_ok=True)
    folder = backups_dir(db_path)
    for partial in folder.glob(f".*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > 86400:
                partial.unlink()
    return gone

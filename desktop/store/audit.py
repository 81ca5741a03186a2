"""The append-only audit log: who changed which field of which record, when, from what to what."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.store.connection import Store, now


def as_text(value: Any) -> str | None:
    """How a value is written in the audit log's old/new columns (lists and dicts as JSON)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def record(conn: sqlite3.Connection, who: str, action: str, table: str, record_id: str,
           field: str = "", old: Any = None, new: Any = None, at: str | None = None) -> None:
    """Append one audit row (call inside the write transaction it documents)."""
    conn.execute(
        "INSERT INTO audit_log (at, who, action, table_name, record_id, field, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at or now(), who, action, table, record_id, field, as_text(old), as_text(new)),
    )


def record_changes(conn: sqlite3.Connection, who: str, table: str, record_id: str,
                   before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One 'update' row per field whose value changed; returns the changed field names."""
    at = now()
    changed = [k for k in after if as_text(before.get(k)) != as_text(after[k])]
    conn.executemany(
        "INSERT INTO audit_log (at, who, action, table_name, record_id, field, old, new) "
        "VALUES (?, ?, 'update', ?, ?, ?, ?, ?)",
        [(at, who, table, record_id, k, as_text(before.get(k)), as_text(after[k])) for k in changed],
    )
    return changed


def history(store: Store, record_id: str) -> list[dict[str, Any]]:
    """Every audit row of one record (survey or company), oldest first."""
    cur = store.conn.execute(
        "SELECT id, at, who, action, table_name, field, old, new FROM audit_log "
        "WHERE record_id = ? ORDER BY id", (record_id,))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur]

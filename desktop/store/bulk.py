"""Fast bulk writes (demo data, imports, merges): plain executemany inside the caller's transaction.

Rows must already be validated (desktop.validation) or generated clean; the table CHECKs still apply.
sqlite-utils' insert_all is about 20x slower here (see PITFALLS.md), so bulk paths use sqlite3 directly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop.questionnaire import load_questionnaire
from desktop.store import companies as _companies
from desktop.store import surveys as _surveys
from desktop.store.connection import now


def insert_companies(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]], who: str,
                     action: str = "create") -> int:
    """Insert companies (each dict has 'id' and the questionnaire's company columns)."""
    cols = _companies.columns()
    stamp = now()
    data, log = [], []
    for r in rows:
        data.append((r["id"], stamp, stamp, *[r.get(c) for c in cols]))
        log.append((stamp, who, action, "companies", r["id"], "*",
                    json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False)))
    conn.executemany(
        f"INSERT INTO companies (id, created_at, updated_at, {', '.join(cols)}) "
        f"VALUES (?, ?, ?, {', '.join('?' * len(cols))})", data)
    _log(conn, log)
    return len(data)


def insert_surveys(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]], who: str,
                   action: str = "create") -> int:
    """Insert surveys: each dict has 'id', 'company_id', 'status', survey columns and multi lists."""
    qn = load_questionnaire()
    cols = _surveys.columns()
    multi = qn.multi()
    stamp = now()
    data, choices, log = [], [], []
    for r in rows:
        at = r.get("updated_at") or stamp
        data.append((r["id"], r["company_id"], r.get("status", "draft"), r.get("created_at") or at, at,
                     who, who, *[r.get(c) for c in cols]))
        snapshot = {c: r.get(c) for c in cols}
        for q in multi:
            codes = r.get(q.id) or []
            snapshot[q.id] = list(codes)
            choices.extend((r["id"], q.id, code, pos if q.ranked else None)
                           for pos, code in enumerate(codes, start=1))
        snapshot["status"] = r.get("status", "draft")
        log.append((stamp, who, action, "surveys", r["id"], "*", json.dumps(snapshot, ensure_ascii=False)))
    conn.executemany(
        f"INSERT INTO surveys (id, company_id, status, created_at, updated_at, created_by, updated_by, "
        f"{', '.join(cols)}) VALUES (?, ?, ?, ?, ?, ?, ?, {', '.join('?' * len(cols))})", data)
    conn.executemany("INSERT INTO survey_choices (survey_id, question, code, rank) VALUES (?, ?, ?, ?)", choices)
    _log(conn, log)
    return len(data)


def _log(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO audit_log (at, who, action, table_name, record_id, field, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows)


def add_to_setting_count(conn: sqlite3.Connection, key: str, n: int) -> None:
    """Add n to an integer kept in the settings table (e.g. how many demo surveys a database holds)."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value", (key, str(n)))

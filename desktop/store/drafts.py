"""Unsaved form content, autosaved as the analyst types and offered back after a crash."""

from __future__ import annotations

import json
from typing import Any

from desktop.store.connection import Store, now


def save_draft(store: Store, key: str, payload: dict[str, Any], survey_id: str | None = None,
               base_revision: int | None = None) -> None:
    """Write (or replace) the draft of one open form; one small transaction."""
    with store.write() as conn:
        conn.execute(
            "INSERT INTO drafts (key, survey_id, base_revision, payload, who, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET survey_id = excluded.survey_id, "
            "base_revision = excluded.base_revision, payload = excluded.payload, who = excluded.who, "
            "updated_at = excluded.updated_at",
            (key, survey_id, base_revision, json.dumps(payload, ensure_ascii=False), store.who, now()))


def list_drafts(store: Store) -> list[dict[str, Any]]:
    """Unsaved forms, newest first, with their decoded payloads."""
    cur = store.conn.execute(
        "SELECT key, survey_id, base_revision, payload, who, updated_at FROM drafts ORDER BY updated_at DESC")
    out = []
    for key, sid, rev, payload, who, at in cur.fetchall():
        out.append({"key": key, "survey_id": sid, "base_revision": rev, "payload": json.loads(payload),
                    "who": who, "updated_at": at})
    return out


def discard_draft(store: Store, key: str) -> None:
    with store.write() as conn:
        conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

"""Versions of a record, for merging: a content hash per version, rebuilt from the audit log.

A merge must know whether "mine" is an ancestor of "theirs" (take theirs), the other way round (keep
mine), or neither (a conflict). Every write path records field-level changes (old -> new) in the
append-only audit log, so walking it backwards from the current values gives every earlier version.
Merges add marker rows (field '#merged', new = the hash taken in) so a merge repeated is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from typing import Any

from desktop.questionnaire import load_questionnaire
from desktop.store import audit
from desktop.store import companies as _companies
from desktop.store import exchange_io as storeio
from desktop.store import surveys as _surveys

MERGED = "#merged"
LINKED = "#linked"


text = audit.as_text  # the audit log's text form of a value


def fields(table: str) -> list[str]:
    """The fields a version of a record consists of (what a merge compares)."""
    if table == "surveys":
        return ["status", *_surveys.columns(), *_surveys.multi_questions()]
    return _companies.columns()


def digest(values: dict[str, Any], names: list[str]) -> str:
    return hashlib.sha256(json.dumps([text(values.get(f)) for f in names], ensure_ascii=False).encode()).hexdigest()


def current(conn: sqlite3.Connection, table: str, ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Full rows (table columns plus, for surveys, multi-select lists) by id."""
    cols = storeio.survey_columns() if table == "surveys" else storeio.company_columns()
    rows = {r["id"]: r for r in storeio.table_rows(conn, table, cols, ids)}
    if table == "surveys":
        qn = load_questionnaire()
        orders = {q.id: {c: i for i, c in enumerate(qn.codebook_for(q).codes())}   # type: ignore[union-attr]
                  for q in qn.multi() if not q.ranked}
        for r in rows.values():
            for q in qn.multi():
                r[q.id] = []
        for sid, question, code, _rank in storeio.choices(conn, ids):
            if sid in rows:
                rows[sid].setdefault(question, []).append(code)
        for r in rows.values():
            for qid, order in orders.items():
                r[qid].sort(key=lambda c, o=order: o.get(c, len(o)))
    return rows


def known_versions(conn: sqlite3.Connection, table: str, rows: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    """Hashes of every version each record had here (from its audit trail) plus versions merged in."""
    names = fields(table)
    wanted = set(names)
    by_record: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in storeio.audit_rows(conn, None, (table,), changes_only=True):
        if a["record_id"] in rows and (a["field"] in wanted or a["field"] == MERGED):
            by_record[a["record_id"]].append(a)
    out: dict[str, set[str]] = {}
    for rid, row in rows.items():
        state = {f: text(row.get(f)) for f in names}
        known = {_digest_text(state, names)}
        group_at = None
        for a in reversed(by_record.get(rid, [])):
            if a["field"] == MERGED:
                if a["new"]:
                    known.add(a["new"])
                continue
            if group_at is not None and a["at"] != group_at:
                known.add(_digest_text(state, names))
            group_at = a["at"]
            state[a["field"]] = a["old"]
        known.add(_digest_text(state, names))
        out[rid] = known
    return out


def _digest_text(state: dict[str, str | None], names: list[str]) -> str:
    return hashlib.sha256(json.dumps([state.get(f) for f in names], ensure_ascii=False).encode()).hexdigest()


def linked_companies(conn: sqlite3.Connection) -> dict[str, str]:
    """Their company id -> my company id, for companies linked as duplicates by earlier merges."""
    return {a["new"]: a["record_id"] for a in storeio.audit_rows(conn, None, ("companies",), changes_only=True)
            if a["field"] == LINKED and a["new"]}

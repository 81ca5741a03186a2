"""The SQL the exchange needs (bulk reads for export, packages and merges; lookups for the importer).

The store is the only code that runs SQL, so the exchange package calls these. They take a Store or a sqlite3
connection and never imports Qt. Writes happen only inside the caller's `with store.write()`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from desktop.questionnaire import load_questionnaire
from desktop.store import companies as _companies
from desktop.store import surveys as _surveys
from desktop.store.connection import Store
from desktop.store.listing import SurveyFilter

SURVEY_TABLE_COLUMNS = ("id", "company_id", "status", "revision", "created_at", "updated_at", "created_by",
                        "updated_by", "deleted_at")
COMPANY_TABLE_COLUMNS = ("id", "revision", "created_at", "updated_at", "deleted_at")
AUDIT_COLUMNS = ("at", "who", "action", "table_name", "record_id", "field", "old", "new")


def survey_columns() -> list[str]:
    return list(SURVEY_TABLE_COLUMNS) + _surveys.columns()


def company_columns() -> list[str]:
    return list(COMPANY_TABLE_COLUMNS) + _companies.columns()


# ---------------------------------------------------------------- importer lookups

def company_names(store: Store) -> list[tuple[str, str | None, str | None, str | None]]:
    """(id, name_local, name_en, name_ja) of every company outside the trash."""
    return store.conn.execute(
        "SELECT id, name_local, name_en, name_ja FROM companies WHERE deleted_at IS NULL ORDER BY created_at, id"
    ).fetchall()


def company_ids(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT id FROM companies")}


def company_values(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    cols = _companies.columns()
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids), 500):
        cur = store.conn.execute(f"SELECT id, {', '.join(cols)} FROM companies WHERE id IN "
                                 f"({', '.join('?' * len(chunk))})", chunk)
        for row in cur:
            out[row[0]] = dict(zip(cols, row[1:]))
    return out


def survey_ids(store: Store) -> dict[str, bool]:
    """Every survey id -> whether it is in the trash."""
    return {r[0]: r[1] is not None for r in store.conn.execute("SELECT id, deleted_at FROM surveys")}


def survey_keys(store: Store) -> set[tuple[str, str]]:
    """(company_id, interview_date) of the surveys outside the trash."""
    return {(r[0], r[1]) for r in store.conn.execute(
        "SELECT company_id, interview_date FROM surveys WHERE deleted_at IS NULL AND interview_date IS NOT NULL")}


# ---------------------------------------------------------------- export

def filtered_ids(store: Store, flt: SurveyFilter | None = None) -> list[str]:
    """Ids of the surveys the filter selects, by interview date then id."""
    where, params = (flt or SurveyFilter()).where()
    return [r[0] for r in store.conn.execute(
        f"SELECT s.id FROM surveys s JOIN companies ON companies.id = s.company_id WHERE {where} "
        f"ORDER BY s.interview_date, s.id", params)]


def iter_answers(store: Store | sqlite3.Connection, ids: list[str], chunk: int = 2000
                 ) -> Iterator[dict[str, Any]]:
    """Full surveys (meta, company answers, survey answers, multi-select lists) for `ids`, in order."""
    conn = store.conn if isinstance(store, Store) else store
    qn = load_questionnaire()
    ccols, scols = _companies.columns(), _surveys.columns()
    multi = qn.multi()
    orders = {}
    for q in multi:
        cb = qn.codebook_for(q)
        if not q.ranked and cb is not None:
            orders[q.id] = {c: i for i, c in enumerate(cb.codes())}
    select = ", ".join(["s.id", "s.company_id", "s.status", "s.revision", "s.updated_at"]
                       + [f"c.{c}" for c in ccols] + [f"s.{c}" for c in scols])
    names = ["id", "company_id", "status", "revision", "updated_at", *ccols, *scols]
    for part in _chunks(ids, chunk):
        marks = ", ".join("?" * len(part))
        rows = {r[0]: dict(zip(names, r)) for r in conn.execute(
            f"SELECT {select} FROM surveys s JOIN companies c ON c.id = s.company_id WHERE s.id IN ({marks})", part)}
        for r in rows.values():
            for q in multi:
                r[q.id] = []
        for sid, question, code in conn.execute(
                f"SELECT survey_id, question, code FROM survey_choices WHERE survey_id IN ({marks}) "
                f"ORDER BY survey_id, question, coalesce(rank, 0), code", part):
            if sid in rows:
                rows[sid].setdefault(question, []).append(code)
        for sid in part:
            found = rows.get(sid)
            if found is None:
                continue
            for qid, order in orders.items():
                found[qid].sort(key=lambda c, o=order: o.get(c, len(o)))
            yield found


# ---------------------------------------------------------------- packages and merges (raw rows)

def table_rows(conn: sqlite3.Connection, table: str, columns: list[str], ids: list[str] | None = None,
               key: str = "id") -> list[dict[str, Any]]:
    """Rows of `table` (all, or those whose `key` is in ids) as dicts of the given columns."""
    sql = f"SELECT {', '.join(columns)} FROM {table}"
    if ids is None:
        return [dict(zip(columns, r)) for r in conn.execute(sql)]
    out: list[dict[str, Any]] = []
    for part in _chunks(ids, 500):
        out.extend(dict(zip(columns, r)) for r in conn.execute(
            f"{sql} WHERE {key} IN ({', '.join('?' * len(part))})", part))
    return out


def choices(conn: sqlite3.Connection, ids: list[str] | None = None) -> list[tuple[str, str, str, int | None]]:
    sql = "SELECT survey_id, question, code, rank FROM survey_choices"
    if ids is None:
        return conn.execute(sql + " ORDER BY survey_id, question, coalesce(rank, 0), code").fetchall()
    out: list[tuple] = []
    for part in _chunks(ids, 500):
        out.extend(conn.execute(f"{sql} WHERE survey_id IN ({', '.join('?' * len(part))}) "
                                f"ORDER BY survey_id, question, coalesce(rank, 0), code", part))
    return out


def audit_rows(conn: sqlite3.Connection, record_ids: list[str] | None = None,
               tables: tuple[str, ...] = ("surveys", "companies"), changes_only: bool = False) -> list[dict[str, Any]]:
    """Audit rows (oldest first) of the given records, or of every record of `tables`.

    changes_only: only rows about one field (not creation snapshots '*' or record-level rows '')."""
    cols = ["id", *AUDIT_COLUMNS]
    tmarks = ", ".join("?" * len(tables))
    sql = f"SELECT {', '.join(cols)} FROM audit_log WHERE table_name IN ({tmarks})"
    if changes_only:
        sql += " AND field NOT IN ('', '*')"
    if record_ids is None:
        return [dict(zip(cols, r)) for r in conn.execute(sql + " ORDER BY id", tables)]
    out: list[dict[str, Any]] = []
    for part in _chunks(record_ids, 500):
        out.extend(dict(zip(cols, r)) for r in conn.execute(
            f"{sql} AND record_id IN ({', '.join('?' * len(part))})", (*tables, *part)))
    out.sort(key=lambda r: r["id"])
    return out


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    if rows:
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         [tuple(r.get(c) for c in columns) for r in rows])


def insert_audit(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Append audit rows given as (at, who, action, table_name, record_id, field, old, new)."""
    conn.executemany(f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(AUDIT_COLUMNS))})", rows)


def update_row(conn: sqlite3.Connection, table: str, record_id: str, values: dict[str, Any], stamp: str,
               who: str | None = None) -> None:
    """Set fields of one survey/company row, bump its revision, stamp updated_at (and updated_by)."""
    sets = "".join(f"{c} = ?, " for c in values)
    extra = ", updated_by = ?" if who is not None and table == "surveys" else ""
    params: list[Any] = [*values.values(), stamp]
    if extra:
        params.append(who)
    conn.execute(f"UPDATE {table} SET {sets}revision = revision + 1, updated_at = ?{extra} WHERE id = ?",
                 (*params, record_id))


def replace_choices(conn: sqlite3.Connection, survey_id: str, rows: list[tuple]) -> None:
    conn.execute("DELETE FROM survey_choices WHERE survey_id = ?", (survey_id,))
    insert_choices(conn, rows)


def insert_choices(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Rows (survey_id, question, code, rank) of multi-select answers, inside the caller's transaction."""
    conn.executemany("INSERT INTO survey_choices (survey_id, question, code, rank) VALUES (?, ?, ?, ?)", rows)


def revision(conn: sqlite3.Connection, table: str, record_id: str) -> int | None:
    """The stored revision of a survey or company (None when there is no such record)."""
    if table not in ("surveys", "companies"):
        raise ValueError(table)
    row = conn.execute(f"SELECT revision FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else int(row[0])


def single_file(conn: sqlite3.Connection) -> None:
    """Leave WAL mode so the database is one self-contained file (for packages handed over)."""
    conn.execute("PRAGMA journal_mode = DELETE")


def set_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))


def get_setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


@contextlib.contextmanager
def large_cache(conn: sqlite3.Connection, kib: int = 256 * 1024) -> Iterator[None]:
    """A bigger page cache for one bulk write (random UUID keys thrash the default 2 MB cache)."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]

"""Numbered migrations in db/migrations (NNNN_name.sql or NNNN_name.py), each in its own transaction."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from desktop import paths

TABLE = "schema_migrations"


def available(folder: Path | None = None) -> list[Path]:
    folder = folder or paths.MIGRATIONS_DIR
    files = [p for p in folder.iterdir() if p.suffix in (".sql", ".py") and p.name[:4].isdigit()]
    return sorted(files, key=lambda p: p.name)


def _ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT")
    if conn.in_transaction:
        conn.commit()


def applied(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone()
    if not exists:
        return []
    return [r[0] for r in conn.execute(f"SELECT name FROM {TABLE} ORDER BY name")]


def pending(conn: sqlite3.Connection, folder: Path | None = None) -> list[str]:
    done = set(applied(conn))
    return [p.stem for p in available(folder) if p.stem not in done]


def unknown_applied(conn: sqlite3.Connection, folder: Path | None = None) -> list[str]:
    """Migrations recorded in the file that this app does not have: a newer app wrote it."""
    known = {p.stem for p in available(folder)}
    return [name for name in applied(conn) if name not in known]


def _split_sql(script: str) -> list[str]:
    """Complete statements of a script (triggers hold semicolons, so ask SQLite)."""
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf)
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        statements.append(buf)
    return statements


def _run(conn: sqlite3.Connection, path: Path) -> None:
    if path.suffix == ".sql":
        for stmt in _split_sql(path.read_text(encoding="utf-8")):
            conn.execute(stmt)
    else:
        spec = importlib.util.spec_from_file_location(f"dongbei_migration_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.migrate(conn)


def apply(conn: sqlite3.Connection, names: list[str] | None = None, folder: Path | None = None) -> list[str]:
    """Apply the pending migrations in order; each is one transaction, recorded when it commits."""
    from desktop.store.connection import now

    _ensure_table(conn)
    todo = set(names if names is not None else pending(conn, folder))
    done = []
    for path in available(folder):
        if path.stem not in todo:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if path.stem in applied(conn):  # another process got there first
                conn.execute("ROLLBACK")
                continue
            _run(conn, path)
            conn.execute(f"INSERT INTO {TABLE} (name, applied_at) VALUES (?, ?)", (path.stem, now()))
            conn.execute(f"PRAGMA user_version = {int(path.stem[:4])}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        done.append(path.stem)
    return done

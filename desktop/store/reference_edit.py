"""Reference data edits: one figure validator (window, importer, CLI), audited writes, import plans.

Reads (places, figures, latest figures, series, periods) are in desktop.store.reference.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.store import audit
from desktop.store.connection import Store, now
from desktop.store.errors import NotFoundError, StoreError
from desktop.store.reference import (
    _BOOL,
    _REAL,
    COUNT_KINDS,
    EDITABLE_FIGURE_COLUMNS,
    FIGURE_COLUMNS,
    KEY_COLUMNS,
    KNOWN_UNITS,
    PLACE_TABLES,
    SPECIAL_GEOGRAPHIES,
    STATUSES,
    FigureInvalid,
    FigureProblem,
    _rows,
    get_figure,
    parse_period,
)


@dataclass
class FigureContext:
    """What a figure is checked against: the known geographies and units (KNOWN_UNITS + those in use)."""
    geographies: set[str]
    units: set[str]
    ids: set[str] = field(default_factory=set)


def figure_context(store: Store) -> FigureContext:
    geos = {r[0] for r in store.conn.execute("SELECT code FROM provinces UNION SELECT code FROM cities")}
    units = set(KNOWN_UNITS) | {r[0] for r in store.conn.execute("SELECT DISTINCT unit FROM reference_figures")}
    ids = {r[0] for r in store.conn.execute("SELECT id FROM reference_figures")}
    return FigureContext(geos | set(SPECIAL_GEOGRAPHIES), units, ids)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def validate_figure(row: dict[str, Any], context: FigureContext,
                    allow_new_unit: bool = False) -> tuple[dict[str, Any], list[FigureProblem]]:
    """Check one figure row (raw strings or values) -> (clean values, problems naming each column).

    The single validator for the window, the importer and add/update below.
    allow_new_unit: accept a unit not yet known (the user said explicitly that it is new).
    """
    problems: list[FigureProblem] = []
    clean: dict[str, Any] = {c: _text(row.get(c)) for c in FIGURE_COLUMNS if c != "value"}

    def bad(column: str, message: str) -> None:
        problems.append(FigureProblem(column, message))

    raw = row.get("value")
    value: float | None = None
    if raw is None or _text(raw) == "":
        bad("value", "a number is required")
    else:
        try:
            value = float(raw) if isinstance(raw, (int, float)) else float(_text(raw).replace(",", ""))
        except ValueError:
            bad("value", f"{_text(raw)!r} is not a number (use a dot for decimals, e.g. 12.4)")
        else:
            if not math.isfinite(value):
                bad("value", f"{_text(raw)!r} is not a finite number")
                value = None
    clean["value"] = value
    if clean["geography"] not in context.geographies:
        bad("geography", f"{clean['geography']!r} is not a known geography (province code 21/22/23, a city "
                         f"code such as 2102, NE3 or CN)")
    partner = clean["partner"] or "-"
    clean["partner"] = partner
    if partner not in ("-", "ALL") and not re.fullmatch(r"[A-Z]{2}", partner):
        bad("partner", f"{partner!r} is not JP, ALL, '-' or a two-letter country code")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", clean["indicator"]):
        bad("indicator", f"{clean['indicator']!r} must be a snake_case slug (e.g. trade_with_japan)")
    if not clean["unit"]:
        bad("unit", "a unit is required")
    elif clean["unit"] not in context.units and not allow_new_unit:
        bad("unit", f"{clean['unit']!r} is not a known unit ({', '.join(sorted(context.units))}); "
                    f"mark it as a new unit if it is one")
    try:
        parse_period(clean["period"])
    except ValueError as exc:
        bad("period", str(exc))
    if clean["count_kind"] not in COUNT_KINDS:
        bad("count_kind", f"{clean['count_kind']!r} is not one of {', '.join(k for k in COUNT_KINDS if k)} "
                          f"(or empty)")
    clean["status"] = clean["status"].upper()
    if clean["status"] not in STATUSES:
        bad("status", f"{clean['status'] or '(empty)'!r} must be one of {', '.join(STATUSES)}")
    if not clean["source_name"]:
        bad("source_name", "the source name is required")
    if not clean["source_url"]:
        bad("source_url", "the source URL is required")
    elif not re.fullmatch(r"https?://\S+", clean["source_url"]):
        bad("source_url", f"{clean['source_url']!r} is not a web address (http:// or https://, no spaces)")
    if clean["id"] and not re.fullmatch(r"[A-Za-z0-9_.\-]+", clean["id"]):
        bad("id", f"{clean['id']!r} may hold only letters, digits, '_', '-' and '.'")
    return clean, problems


def new_figure_id(clean: dict[str, Any], taken: set[str]) -> str:
    base = "_".join(str(clean[c]) for c in ("geography", "partner", "indicator", "period"))
    base = re.sub(r"[^a-z0-9]+", "_", base.lower().replace("-h", "_h")).strip("_") or "figure"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def check_figure(store: Store, row: dict[str, Any], allow_new_unit: bool = False) -> dict[str, Any]:
    """validate_figure against this database; raises FigureInvalid with every problem."""
    clean, problems = validate_figure(row, figure_context(store), allow_new_unit)
    if problems:
        raise FigureInvalid(problems)
    return clean


# ---------------------------------------------------------------- writing figures

def _insert_figure(conn: sqlite3.Connection, clean: dict[str, Any], who: str, action: str = "create") -> None:
    cols = list(FIGURE_COLUMNS) + ["updated_at"]
    conn.execute(f"INSERT INTO reference_figures ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 [clean[c] for c in FIGURE_COLUMNS] + [now()])
    audit.record(conn, who, action, "reference_figures", clean["id"], "*", None,
                 {c: clean[c] for c in FIGURE_COLUMNS})


def _update_figure(conn: sqlite3.Connection, figure_id: str, before: dict[str, Any], changes: dict[str, Any],
                   who: str) -> list[str]:
    changed = [c for c in changes if audit.as_text(before.get(c)) != audit.as_text(changes[c])]
    if not changed:
        return []
    conn.execute(f"UPDATE reference_figures SET {', '.join(f'{c} = ?' for c in changed)}, updated_at = ? "
                 f"WHERE id = ?", [changes[c] for c in changed] + [now(), figure_id])
    audit.record_changes(conn, who, "reference_figures", figure_id, before, {c: changes[c] for c in changed})
    return changed


def _duplicate(store: Store, clean: dict[str, Any], own_id: str | None) -> list[FigureProblem]:
    where = " AND ".join(f"{c} = ?" for c in KEY_COLUMNS)
    row = store.conn.execute(f"SELECT id FROM reference_figures WHERE {where} AND id IS NOT ?",
                             [clean[c] for c in KEY_COLUMNS] + [own_id]).fetchone()
    if row is None:
        return []
    return [FigureProblem("period", f"figure {row[0]} already holds this geography, indicator, partner, period "
                                    f"and unit; edit that one instead")]


def add_figure(store: Store, row: dict[str, Any], allow_new_unit: bool = False) -> str:
    """Validate and insert one figure (audit 'create'); returns its id (made from its key when empty)."""
    context = figure_context(store)
    clean, problems = validate_figure(row, context, allow_new_unit)
    if clean["id"] and clean["id"] in context.ids:
        problems.append(FigureProblem("id", f"{clean['id']!r} is already used by another figure"))
    if not problems:
        problems += _duplicate(store, clean, None)
    if problems:
        raise FigureInvalid(problems)
    clean["id"] = clean["id"] or new_figure_id(clean, context.ids)
    with store.write() as conn:
        _insert_figure(conn, clean, store.who)
    return clean["id"]


def update_figure(store: Store, figure_id: str, row: dict[str, Any], allow_new_unit: bool = False) -> list[str]:
    """Validate and save the edited figure (all columns but id) in one transaction with one audit row per
    changed field; returns the changed fields."""
    before = get_figure(store, figure_id)
    merged = {**{c: before[c] for c in FIGURE_COLUMNS}, **{k: v for k, v in row.items() if k in FIGURE_COLUMNS}}
    merged["id"] = figure_id
    clean = check_figure(store, merged, allow_new_unit)
    if duplicate := _duplicate(store, clean, figure_id):
        raise FigureInvalid(duplicate)
    with store.write() as conn:
        return _update_figure(conn, figure_id, before, {c: clean[c] for c in EDITABLE_FIGURE_COLUMNS}, store.who)


def set_retired(store: Store, table: str, key: str, retired: bool = True) -> bool:
    """Retire (hide from briefs, codebooks and series) or restore a row of a reference table; audited.
    table: provinces, cities, industries, zones or reference_figures. Returns False if nothing changed."""
    key_col = "id" if table == "reference_figures" else PLACE_TABLES[table][0]
    row = store.conn.execute(f"SELECT retired FROM {table} WHERE {key_col} = ?", (key,)).fetchone()
    if row is None:
        raise NotFoundError(f"no row {key!r} in {table}")
    if bool(row[0]) == retired:
        return False
    with store.write() as conn:
        conn.execute(f"UPDATE {table} SET retired = ? WHERE {key_col} = ?", (int(retired), key))
        audit.record(conn, store.who, "update", table, key, "retired", row[0], int(retired))
    return True


def history(store: Store, table: str, key: str) -> list[dict[str, Any]]:
    """Audit rows of one reference row, oldest first."""
    return _rows(store, "SELECT id, at, who, action, field, old, new FROM audit_log "
                        "WHERE table_name = ? AND record_id = ? ORDER BY id", (table, key))


# ---------------------------------------------------------------- importing figures

@dataclass
class FigurePlan:
    """What an import does: rows to add, (id, before, changes) to update, ids left as they are."""
    add: list[dict[str, Any]] = field(default_factory=list)
    update: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _key(f: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(f[c]) for c in KEY_COLUMNS)


def plan_figures(store: Store, rows: list[dict[str, Any]], columns: Iterable[str] = FIGURE_COLUMNS) -> FigurePlan:
    """Match validated rows to stored figures by geography+indicator+partner+period+unit.

    columns: the columns the file supplied; only those are compared and updated.
    """
    existing = {_key(f): f for f in _rows(store, "SELECT * FROM reference_figures ORDER BY retired DESC")}
    taken = {f["id"] for f in existing.values()}
    plan = FigurePlan()
    for clean in rows:
        old = existing.get(_key(clean))
        if old is None:
            new = dict(clean)
            if not new["id"] or new["id"] in taken:
                new["id"] = new_figure_id(new, taken)
            taken.add(new["id"])
            plan.add.append(new)
            continue
        changes = {c: clean[c] for c in columns if c in EDITABLE_FIGURE_COLUMNS and c not in KEY_COLUMNS
                   and audit.as_text(old[c]) != audit.as_text(clean[c])}
        if changes:
            plan.update.append((old["id"], old, changes))
        else:
            plan.unchanged.append(old["id"])
    return plan


def apply_plan(store: Store, plan: FigurePlan) -> None:
    """Write a FigurePlan in one transaction (audit action 'import' for new rows, 'update' for changes)."""
    with store.write() as conn:
        for new in plan.add:
            _insert_figure(conn, new, store.who, action="import")
        for figure_id, before, changes in plan.update:
            _update_figure(conn, figure_id, before, changes, store.who)


# ---------------------------------------------------------------- provinces, cities, industries, zones

def _place_values(table: str, values: dict[str, Any], partial: bool) -> dict[str, Any]:
    key_col, editable, required = PLACE_TABLES[table]
    out: dict[str, Any] = {}
    for col, raw in values.items():
        if col not in editable and col != key_col:
            raise StoreError(f"{table}: {col!r} is not an editable column")
        text = _text(raw)
        if col in _REAL:
            try:
                out[col] = float(text) if text else None
            except ValueError:
                raise StoreError(f"{table}: {col} {text!r} is not a number") from None
        elif col in _BOOL:
            out[col] = 1 if text.lower() in ("1", "true", "yes") else 0
        else:
            out[col] = text
    for col in required:
        if (col in out or not partial) and not out.get(col):
            raise StoreError(f"{table}: {col} is required")
    return out


def add_place(store: Store, table: str, values: dict[str, Any]) -> str:
    """Insert a province, city, industry or zone (audited); returns its key."""
    key_col = PLACE_TABLES[table][0]
    clean = _place_values(table, values, partial=False)
    key = clean.get(key_col) or ""
    if not key:
        raise StoreError(f"{table}: {key_col} is required")
    cols = list(clean)
    try:
        with store.write() as conn:
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [clean[c] for c in cols])
            audit.record(conn, store.who, "create", table, key, "*", None, clean)
    except sqlite3.IntegrityError as exc:
        raise StoreError(f"{table}: {key!r} was not added ({exc})") from exc
    return key


def update_place(store: Store, table: str, key: str, values: dict[str, Any]) -> list[str]:
    """Save edited columns (e.g. names in en/ja/zh) of one row in one transaction; one audit row per change."""
    key_col = PLACE_TABLES[table][0]
    rows = _rows(store, f"SELECT * FROM {table} WHERE {key_col} = ?", (key,))
    if not rows:
        raise NotFoundError(f"no row {key!r} in {table}")
    before = rows[0]
    clean = _place_values(table, {k: v for k, v in values.items() if k != key_col}, partial=True)
    changed = [c for c in clean if audit.as_text(before[c]) != audit.as_text(clean[c])]
    if not changed:
        return []
    try:
        with store.write() as conn:
            conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changed)} WHERE {key_col} = ?",
                         [clean[c] for c in changed] + [key])
            audit.record_changes(conn, store.who, table, key, before, {c: clean[c] for c in changed})
    except sqlite3.IntegrityError as exc:
        raise StoreError(f"{table} {key}: not saved ({exc})") from exc
    return changed

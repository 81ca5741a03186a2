"""Companies: create, read, update, search, find likely duplicates. One write = one transaction."""

from __future__ import annotations

import difflib
import re
import sqlite3
import unicodedata
import uuid
from typing import Any

from desktop.questionnaire import load_questionnaire
from desktop.store import audit
from desktop.store.connection import Store, now
from desktop.store.errors import NotFoundError, ValidationFailed
from desktop.validation import validate

META = ("id", "revision", "created_at", "updated_at", "deleted_at")


def columns() -> list[str]:
    """Company answer columns, straight from the questionnaire."""
    return [q.id for q in load_questionnaire().scalar("company")]


def _row(cur: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cur.description, row)}


def get_company(store: Store, company_id: str) -> dict[str, Any]:
    cur = store.conn.execute(f"SELECT {', '.join(META + tuple(columns()))} FROM companies WHERE id = ?",
                             (company_id,))
    row = cur.fetchone()
    if row is None:
        raise NotFoundError(f"no company with id {company_id}")
    return _row(cur, row)


def insert_company(conn: sqlite3.Connection, values: dict[str, Any], who: str,
                   company_id: str | None = None, action: str = "create") -> str:
    """Insert inside the caller's transaction; values are already validated."""
    cid = company_id or str(uuid.uuid4())
    stamp = now()
    cols = columns()
    conn.execute(
        f"INSERT INTO companies (id, created_at, updated_at, {', '.join(cols)}) "
        f"VALUES (?, ?, ?, {', '.join('?' * len(cols))})",
        (cid, stamp, stamp, *[values.get(c) for c in cols]))
    audit.record(conn, who, action, "companies", cid, "*", None, {c: values.get(c) for c in cols}, at=stamp)
    return cid


def update_company_in(conn: sqlite3.Connection, store: Store, company_id: str,
                      values: dict[str, Any]) -> list[str]:
    """Update the given fields inside the caller's transaction; returns changed fields."""
    before = get_company(store, company_id)
    after = {c: values[c] for c in columns() if c in values}
    changed = audit.record_changes(conn, store.who, "companies", company_id, before, after)
    if changed:
        sets = ", ".join(f"{c} = ?" for c in changed)
        conn.execute(f"UPDATE companies SET {sets}, revision = revision + 1, updated_at = ? WHERE id = ?",
                     (*[after[c] for c in changed], now(), company_id))
    return changed


def _checked(values: dict[str, Any], lang: str) -> dict[str, Any]:
    result = validate(values, final=True, lang=lang, entities=("company",))
    if not result.ok:
        raise ValidationFailed(result.problems)
    return {c: result.clean[c] for c in columns()}


def create_company(store: Store, values: dict[str, Any], lang: str = "en") -> str:
    """Validate and insert a company; returns its new UUID."""
    clean = _checked(values, lang)
    with store.write() as conn:
        return insert_company(conn, clean, store.who)


def update_company(store: Store, company_id: str, values: dict[str, Any], lang: str = "en") -> list[str]:
    """Validate the full record (current values overlaid with `values`) and save the changes."""
    merged = {**get_company(store, company_id), **values}
    clean = _checked(merged, lang)
    with store.write() as conn:
        return update_company_in(conn, store, company_id, clean)


def list_companies(store: Store, search: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Companies whose names contain `search` (any script), alphabetical by local name."""
    where, params = name_filter(search)
    cur = store.conn.execute(
        f"SELECT id, name_local, name_en, name_ja, province, city, industry FROM companies "
        f"WHERE deleted_at IS NULL {'AND ' + where if where else ''} ORDER BY name_local LIMIT ?",
        (*params, limit))
    return [_row(cur, r) for r in cur.fetchall()]


def name_filter(search: str) -> tuple[str, list[Any]]:
    """SQL condition on companies (alias-free) matching a substring of any name."""
    term = search.strip()
    if not term:
        return "", []
    if len(term) >= 3:
        quoted = '"' + term.replace('"', '""') + '"'
        return ("companies.rowid IN (SELECT rowid FROM company_names_fts WHERE company_names_fts MATCH ?)",
                [quoted])
    names = ("name_local", "name_en", "name_ja", "parent_company")
    if not any(ch.isascii() for ch in term):  # CJK: no case to fold, instr() is faster than LIKE
        return "(" + " OR ".join(f"instr(companies.{c}, ?) > 0" for c in names) + ")", [term] * 4
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    cond = " OR ".join(f"companies.{c} LIKE ? ESCAPE '\\'" for c in names)
    return f"({cond})", [like] * 4


_SUFFIXES = re.compile(
    r"(有限责任公司|股份有限公司|有限公司|有限會社|株式会社|有限会社|合同会社|公司|"
    r"\bco\b|\bcompany\b|\bltd\b|\blimited\b|\binc\b|\bcorp\b|\bcorporation\b|\bllc\b|\bchina\b)")


def normalise_name(name: str) -> str:
    """A name folded for matching: width, case, company-form suffixes and punctuation removed."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = re.sub(r"[().,、，。·・'\"\-_/&（）\s]+", " ", text)
    text = _SUFFIXES.sub(" ", text)
    return re.sub(r"\s+", "", text)


def _trigram_query(names: list[str]) -> str:
    """An FTS5 OR-query of the trigrams in the distinctive parts of the names."""
    grams: list[str] = []
    for name in names:
        text = unicodedata.normalize("NFKC", name or "").casefold()
        text = _SUFFIXES.sub(" ", text)
        for word in re.split(r"[\s().,、，。·・'\"\-_/&（）]+", text):
            for i in range(len(word) - 2):
                gram = word[i:i + 3]
                if gram not in grams:
                    grams.append(gram)
    return " OR ".join('"' + g.replace('"', '""') + '"' for g in grams[:60])


def find_similar(store: Store, names: list[str], exclude_id: str | None = None,
                 threshold: float = 0.82, limit: int = 5, candidates: int = 300) -> list[dict[str, Any]]:
    """Existing companies whose names look like any of `names` (likely duplicates), best first.

    names: the names being typed (local, English, Japanese; any may be empty).
    threshold: similarity (0-1) of folded names from which a company counts as a likely duplicate.
    candidates: how many companies sharing the most trigrams are compared in full.
    """
    keys = [normalise_name(n) for n in names if n and normalise_name(n)]
    if not keys:
        return []
    query = _trigram_query(names)
    if query:
        sql = ("SELECT c.id, c.name_local, c.name_en, c.name_ja, c.city FROM company_names_fts f "
               "JOIN companies c ON c.rowid = f.rowid WHERE company_names_fts MATCH ? AND c.deleted_at IS NULL "
               "ORDER BY f.rank LIMIT ?")
        rows = store.conn.execute(sql, (query, candidates)).fetchall()
    else:  # names of one or two characters: compare with every company (rare, small)
        rows = store.conn.execute("SELECT id, name_local, name_en, name_ja, city FROM companies "
                                  "WHERE deleted_at IS NULL LIMIT 5000").fetchall()
    scored = []
    for row in rows:
        if row[0] == exclude_id:
            continue
        best = 0.0
        for existing in row[1:4]:
            ek = normalise_name(existing or "")
            if not ek:
                continue
            for k in keys:
                matcher = difflib.SequenceMatcher(None, k, ek)
                ratio = 1.0 if ek == k else (matcher.ratio() if matcher.quick_ratio() >= threshold else 0.0)
                if min(len(k), len(ek)) >= 2 and (k in ek or ek in k):
                    ratio = max(ratio, 0.9)
                best = max(best, ratio)
        if best >= threshold:
            scored.append((best, row))
    scored.sort(key=lambda t: -t[0])
    return [{"id": r[0], "name_local": r[1], "name_en": r[2], "name_ja": r[3], "city": r[4],
             "score": round(sc, 3)} for sc, r in scored[:limit]]

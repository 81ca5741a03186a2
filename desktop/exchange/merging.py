"""Merge a survey package, or another analyst's whole database, into this one.

Records are matched by their stable ids. For a record on both sides: equal -> nothing; theirs is a
version this database already had or merged -> keep mine; mine is a version their side had -> take
theirs; otherwise a conflict, listed field by field (mine, theirs) for the user to resolve (or a
blanket --take mine|theirs). Companies only they have are offered as links to likely duplicates here
(matched across English, Japanese and Chinese names). One transaction; the audit log records it
(action 'merge'); repeating a merge changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.exchange import history
from desktop.exchange.history import LINKED, MERGED, digest, fields, text
from desktop.store import exchange_io as storeio
from desktop.store.companies import find_similar, normalise_name
from desktop.store.connection import Store, now, open_store
from desktop.validation import validate


class MergeRefused(Exception):
    """Nothing was merged; the message says why."""


@dataclass
class FieldDiff:
    field: str
    mine: Any
    theirs: Any


@dataclass
class Conflict:
    table: str
    record_id: str
    title: str
    fields: list[FieldDiff]
    theirs_hash: str


@dataclass
class CompanyMatch:
    theirs: dict[str, Any]
    candidates: list[dict[str, Any]]     # my companies that look like theirs, best first


@dataclass
class MergePlan:
    source: str
    add: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {"companies": [], "surveys": []})
    take: list[tuple[str, str, dict[str, Any], str]] = field(default_factory=list)  # table, id, new values, hash
    conflicts: list[Conflict] = field(default_factory=list)
    matches: list[CompanyMatch] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)          # their company id -> mine (earlier merges)
    same: int = 0
    kept: int = 0
    skipped: int = 0
    mine: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.add["companies"] or self.add["surveys"] or self.take or self.conflicts)

    def summary(self) -> str:
        return (f"{self.source}: {len(self.add['surveys'])} new surveys, {len(self.add['companies'])} new companies, "
                f"{len(self.take)} updates, {len(self.conflicts)} conflicts, {self.same + self.kept} unchanged"
                + (f", {len(self.matches)} companies that may duplicate one here" if self.matches else ""))


@contextlib.contextmanager
def open_source(path: str | Path, mine: Store) -> Iterator[sqlite3.Connection]:
    """Their database or package, read-only (an older schema is migrated in a temporary copy)."""
    path = Path(path)
    if not path.exists():
        raise MergeRefused(f"{path}: no such file")
    if path.resolve() == mine.path.resolve():
        raise MergeRefused(f"{path.name} is this database itself")
    from desktop.store.errors import StoreError
    try:
        theirs = open_store(path, readonly=True)
    except StoreError as exc:
        raise MergeRefused(f"{path.name}: {exc}") from exc
    if "newer" in theirs.readonly_reason:
        theirs.close()
        raise MergeRefused(f"{path.name}: {theirs.readonly_reason}; update this app first")
    if not theirs.pending:
        try:
            yield theirs.conn
        finally:
            theirs.close()
        return
    folder = Path(tempfile.mkdtemp(prefix="dongbei-merge-"))
    try:
        copy = sqlite3.connect(folder / "copy.sqlite")
        theirs.conn.backup(copy)
        copy.close()
        theirs.close()
        with open_store(folder / "copy.sqlite") as migrated:
            yield migrated.conn
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _compare(plan: MergePlan, table: str, mine_conn: sqlite3.Connection, theirs_conn: sqlite3.Connection,
             mine_rows: dict, theirs_rows: dict) -> None:
    names = fields(table)
    common = [i for i in theirs_rows if i in mine_rows]
    known_mine = history.known_versions(mine_conn, table, {i: mine_rows[i] for i in common})
    known_theirs = history.known_versions(theirs_conn, table, {i: theirs_rows[i] for i in common})
    for rid in common:
        m, t = mine_rows[rid], theirs_rows[rid]
        hm, ht = digest(m, names), digest(t, names)
        if hm == ht:
            plan.same += 1
        elif ht in known_mine[rid]:
            plan.kept += 1
        elif hm in known_theirs[rid]:
            plan.take.append((table, rid, {f: t.get(f) for f in names if text(t.get(f)) != text(m.get(f))}, ht))
        else:
            diffs = [FieldDiff(f, m.get(f), t.get(f)) for f in names if text(t.get(f)) != text(m.get(f))]
            plan.conflicts.append(Conflict(table, rid, _title(table, m, mine_rows), diffs, ht))


def _title(table: str, row: dict[str, Any], _rows: dict) -> str:
    if table == "companies":
        return str(row.get("name_local") or row["id"])
    return f"{row.get('interview_date') or '?'} {row['id'][:8]}"


def plan_merge(store: Store, path: str | Path) -> MergePlan:
    """Compare their file with this database. Writes nothing."""
    plan = MergePlan(source=Path(path).name)
    with open_source(path, store) as theirs:
        mine_c, theirs_c = history.current(store.conn, "companies"), history.current(theirs, "companies")
        theirs_s = {i: r for i, r in history.current(theirs, "surveys").items()}
        mine_s = history.current(store.conn, "surveys", list(theirs_s))
        plan.links = {t: m for t, m in history.linked_companies(store.conn).items() if m in mine_c}
        _compare(plan, "companies", store.conn, theirs, mine_c, theirs_c)
        _compare(plan, "surveys", store.conn, theirs, mine_s, theirs_s)
    for c in plan.conflicts:           # name the survey by its company, as the survey list does
        if c.table == "surveys":
            company = mine_c.get(mine_s[c.record_id]["company_id"], {})
            c.title = f"{company.get('name_local') or '?'} · {c.title}"
    by_name: dict[str, str] = {}
    for cid, r in mine_c.items():
        for n in (r.get("name_local"), r.get("name_ja"), r.get("name_en")):
            if n and normalise_name(n):
                by_name.setdefault(normalise_name(n), cid)
    new_companies = [r for i, r in theirs_c.items() if i not in mine_c and i not in plan.links and not r["deleted_at"]]
    for r in new_companies:
        plan.add["companies"].append(r)
        names = [n for n in (r.get("name_local"), r.get("name_ja"), r.get("name_en")) if n]
        exact = [by_name[normalise_name(n)] for n in names if normalise_name(n) in by_name]
        cands = [{**{k: mine_c[c].get(k) for k in ("id", "name_local", "name_en", "name_ja", "city")}, "score": 1.0}
                 for c in dict.fromkeys(exact)]
        if not cands and len(new_companies) <= 300:
            cands = find_similar(store, names)
        if cands:
            plan.matches.append(CompanyMatch(r, cands))
    for sid, r in theirs_s.items():
        if sid in mine_s:
            continue
        if r["deleted_at"]:
            plan.skipped += 1
            continue
        plan.add["surveys"].append(r)
    plan.mine = {"surveys": mine_s, "companies": mine_c}
    return plan


def apply_merge(store: Store, plan: MergePlan, take: str | None = None,
                choices: dict[tuple[str, str], str] | None = None, links: dict[str, str] | None = None,
                backup: bool = True) -> dict[str, int]:
    """Write the merge in one transaction.

    take: 'mine' or 'theirs' for every conflicting field; choices: (record id, field) -> 'mine'|'theirs'
    per field (wins over take); links: their company id -> my company id to treat as the same company.
    With conflicts left unresolved nothing is written (MergeRefused lists them).
    """
    choices = choices or {}
    links = {**plan.links, **(links or {})}
    unresolved = [(c.record_id, d.field) for c in plan.conflicts for d in c.fields
                  if choices.get((c.record_id, d.field), take) not in ("mine", "theirs")]
    if unresolved:
        raise MergeRefused(f"{plan.source}: {len(plan.conflicts)} records changed on both sides "
                           f"({len(unresolved)} fields); resolve them (keep mine / take theirs); nothing was merged")
    if plan.nothing_to_do and not (links.keys() - plan.links.keys()):
        return {"added_surveys": 0, "added_companies": 0, "updated": 0, "resolved": 0}
    resolved: list[tuple[str, str, dict[str, Any], str]] = []
    for c in plan.conflicts:
        values = {d.field: d.theirs for d in c.fields if choices.get((c.record_id, d.field), take) == "theirs"}
        if c.table == "surveys" and values:
            mine = plan.mine["surveys"][c.record_id]
            company = plan.mine["companies"].get(mine["company_id"], {})
            result = validate({**company, **mine, **values}, final=(values.get("status", mine["status"]) == "final"))
            if not result.ok:
                raise MergeRefused(f"survey {c.record_id}: the chosen mix of fields is not valid: "
                                   + "; ".join(p.message for p in result.problems) + "; nothing was merged")
        resolved.append((c.table, c.record_id, values, c.theirs_hash))
    if backup:
        from desktop.exchange.importing import _backup
        _backup(store, "merge")
    stamp, who = now(), store.who
    log: list[tuple] = []
    added_c = [r for r in plan.add["companies"] if r["id"] not in links]
    with store.write() as conn:
        storeio.insert_rows(conn, "companies", added_c, storeio.company_columns())
        for r in added_c:
            log.append((stamp, who, "merge", "companies", r["id"], "*", None,
                        text({f: r.get(f) for f in fields("companies")})))
        for theirs_id, mine_id in links.items():
            if theirs_id not in plan.links:
                log.append((stamp, who, "merge", "companies", mine_id, LINKED, None, theirs_id))
        surveys = [{**r, "company_id": links.get(r["company_id"], r["company_id"])} for r in plan.add["surveys"]]
        storeio.insert_rows(conn, "surveys", surveys, storeio.survey_columns())
        choice_rows: list[tuple] = []
        from desktop.questionnaire import load_questionnaire
        multi = load_questionnaire().multi()
        for r in surveys:
            for q in multi:
                choice_rows.extend((r["id"], q.id, code, pos if q.ranked else None)
                                   for pos, code in enumerate(r.get(q.id) or [], start=1))
            log.append((stamp, who, "merge", "surveys", r["id"], "*", None,
                        text({f: r.get(f) for f in fields("surveys")})))
        storeio.insert_choices(conn, choice_rows)
        for table, rid, values, h in [*plan.take, *resolved]:
            if storeio.revision(conn, table, rid) != plan.mine[table][rid]["revision"]:
                raise MergeRefused(f"{plan.source}: {table[:-1]} {rid} changed here since the comparison; "
                                   f"compare again. Nothing was merged")
            _write_update(conn, table, rid, values, plan.mine[table][rid], stamp, who, log)
            log.append((stamp, who, "merge", table, rid, MERGED, None, h))
        storeio.insert_audit(conn, log)
    return {"added_surveys": len(surveys), "added_companies": len(added_c), "updated": len(plan.take),
            "resolved": len(resolved)}


def _write_update(conn: sqlite3.Connection, table: str, rid: str, values: dict[str, Any], mine: dict[str, Any],
                  stamp: str, who: str, log: list[tuple]) -> None:
    if not values:
        return
    from desktop.questionnaire import load_questionnaire
    qn = load_questionnaire()
    multi = {q.id: q for q in qn.multi()}
    scalar = {f: v for f, v in values.items() if f not in multi}
    storeio.update_row(conn, table, rid, scalar, stamp, who)
    if table == "surveys" and any(f in multi for f in values):
        rows: list[tuple] = []
        for qid, q in multi.items():
            codes = values.get(qid, mine.get(qid)) or []
            rows.extend((rid, qid, code, pos if q.ranked else None) for pos, code in enumerate(codes, start=1))
        storeio.replace_choices(conn, rid, rows)
    for f, v in values.items():
        log.append((stamp, who, "merge", table, rid, f, text(mine.get(f)), text(v)))


def conflicts_json(plan: MergePlan) -> str:
    return json.dumps([{"table": c.table, "id": c.record_id, "title": c.title,
                        "fields": [{"field": d.field, "mine": d.mine, "theirs": d.theirs} for d in c.fields]}
                       for c in plan.conflicts], ensure_ascii=False, indent=1)

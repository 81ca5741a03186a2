"""Surveys: save (with their company) in one transaction, read, list/filter, delete to trash, restore."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop.questionnaire import load_questionnaire
from desktop.store import audit, companies
from desktop.store.connection import Store, now
from desktop.store.errors import ConflictError, NotFoundError, ValidationFailed
from desktop.validation import Problem, validate

META = ("id", "company_id", "status", "revision", "created_at", "updated_at",
        "created_by", "updated_by", "deleted_at")


def columns() -> list[str]:
    """Survey answer columns, straight from the questionnaire."""
    return [q.id for q in load_questionnaire().scalar("survey")]


def multi_questions() -> list[str]:
    return [q.id for q in load_questionnaire().multi()]


@dataclass
class Saved:
    survey_id: str
    company_id: str
    revision: int
    changed: list[str] = field(default_factory=list)


def get_survey(store: Store, survey_id: str, with_company: bool = True) -> dict[str, Any]:
    """All answers of one survey (multi-select answers as lists of codes in rank order)."""
    cur = store.conn.execute(f"SELECT {', '.join(META + tuple(columns()))} FROM surveys WHERE id = ?",
                             (survey_id,))
    row = cur.fetchone()
    if row is None:
        raise NotFoundError(f"no survey with id {survey_id}")
    out = {d[0]: v for d, v in zip(cur.description, row)}
    for q in multi_questions():
        out[q] = []
    for question, code in store.conn.execute(
            "SELECT question, code FROM survey_choices WHERE survey_id = ? "
            "ORDER BY question, coalesce(rank, 0), code", (survey_id,)):
        out.setdefault(question, []).append(code)
    qn = load_questionnaire()
    for q in qn.multi():
        cb = qn.codebook_for(q)
        if not q.ranked and cb is not None:
            order = {c: i for i, c in enumerate(cb.codes())}
            out[q.id].sort(key=lambda c: order.get(c, len(order)))
    if with_company:
        company = companies.get_company(store, out["company_id"])
        out.update({c: company[c] for c in companies.columns()})
    return out


def _write_choices(conn: sqlite3.Connection, survey_id: str, clean: dict[str, Any]) -> None:
    qn = load_questionnaire()
    conn.execute("DELETE FROM survey_choices WHERE survey_id = ?", (survey_id,))
    rows = []
    for q in qn.multi():
        for pos, code in enumerate(clean.get(q.id) or [], start=1):
            rows.append((survey_id, q.id, code, pos if q.ranked else None))
    conn.executemany("INSERT INTO survey_choices (survey_id, question, code, rank) VALUES (?, ?, ?, ?)", rows)


def save_survey(store: Store, answers: dict[str, Any], *, final: bool, survey_id: str | None = None,
                company_id: str | None = None, expected_revision: int | None = None,
                lang: str = "en") -> Saved:
    """Validate and save a survey and its company in one transaction.

    answers: question id -> raw value (company and survey questions; labels or codes).
    final: save as final (all required answers) or as a draft.
    survey_id: the survey to update; None creates a new one.
    company_id: the existing company the survey belongs to; None creates it from the answers.
    expected_revision: the revision the form was loaded from; a different stored revision raises
        ConflictError and nothing is written.
    """
    result = validate(answers, final=final, lang=lang)
    if not company_id and not result.clean.get("name_local") \
            and not any(p.field == "name_local" for p in result.problems):
        q = load_questionnaire().question("name_local")
        from desktop.validation import MESSAGES
        result.problems.append(Problem("name_local", "required",
                                       f"{q.text(lang)}: {MESSAGES['required'].get(lang, MESSAGES['required']['en'])}"))
    if not result.ok:
        raise ValidationFailed(result.problems)
    clean = result.clean
    status = "final" if final else "draft"
    survey_values = {c: clean[c] for c in columns()}
    with store.write() as conn:
        if company_id:
            companies.get_company(store, company_id)
            company_values = {c: clean[c] for c in companies.columns()}
            if not company_values.get("name_local"):
                company_values.pop("name_local")
            companies.update_company_in(conn, store, company_id, company_values)
        else:
            company_id = companies.insert_company(conn, clean, store.who)
        stamp = now()
        if survey_id is None:
            survey_id = str(uuid.uuid4())
            cols = columns()
            conn.execute(
                f"INSERT INTO surveys (id, company_id, status, revision, created_at, updated_at, created_by, "
                f"updated_by, {', '.join(cols)}) VALUES (?, ?, ?, 1, ?, ?, ?, ?, {', '.join('?' * len(cols))})",
                (survey_id, company_id, status, stamp, stamp, store.who, store.who,
                 *[survey_values[c] for c in cols]))
            _write_choices(conn, survey_id, clean)
            snapshot = {**survey_values, **{q: clean[q] for q in multi_questions()}, "status": status,
                        "company_id": company_id}
            audit.record(conn, store.who, "create", "surveys", survey_id, "*", None, snapshot, at=stamp)
            return Saved(survey_id, company_id, 1, list(snapshot))
        before = get_survey(store, survey_id, with_company=False)
        if expected_revision is not None and before["revision"] != expected_revision:
            raise ConflictError(survey_id, expected_revision, before["revision"])
        after = {**survey_values, **{q: clean[q] for q in multi_questions()},
                 "status": status, "company_id": company_id}
        changed = audit.record_changes(conn, store.who, "surveys", survey_id, before, after)
        if not changed:
            return Saved(survey_id, company_id, before["revision"], [])
        scalar = [c for c in changed if c not in multi_questions()]
        sets = "".join(f"{c} = ?, " for c in scalar)
        cur = conn.execute(
            f"UPDATE surveys SET {sets}revision = revision + 1, updated_at = ?, updated_by = ? "
            f"WHERE id = ? AND revision = ?",
            (*[after[c] for c in scalar], stamp, store.who, survey_id, before["revision"]))
        if cur.rowcount != 1:
            raise ConflictError(survey_id, before["revision"], -1)
        if any(c in multi_questions() for c in changed):
            _write_choices(conn, survey_id, clean)
        return Saved(survey_id, company_id, before["revision"] + 1, changed)


def delete_survey(store: Store, survey_id: str) -> None:
    """Move a survey to the trash (recoverable with restore_survey)."""
    with store.write() as conn:
        cur = conn.execute("UPDATE surveys SET deleted_at = ?, revision = revision + 1 "
                           "WHERE id = ? AND deleted_at IS NULL", (now(), survey_id))
        if cur.rowcount != 1:
            raise NotFoundError(f"no survey {survey_id} outside the trash")
        audit.record(conn, store.who, "delete", "surveys", survey_id)


def restore_survey(store: Store, survey_id: str) -> None:
    """Bring a survey back from the trash."""
    with store.write() as conn:
        cur = conn.execute("UPDATE surveys SET deleted_at = NULL, revision = revision + 1 "
                           "WHERE id = ? AND deleted_at IS NOT NULL", (survey_id,))
        if cur.rowcount != 1:
            raise NotFoundError(f"no survey {survey_id} in the trash")
        audit.record(conn, store.who, "restore", "surveys", survey_id)


def purge_survey(store: Store, survey_id: str) -> None:
    """Delete a trashed survey for good (its audit trail stays)."""
    with store.write() as conn:
        cur = conn.execute("DELETE FROM surveys WHERE id = ? AND deleted_at IS NOT NULL", (survey_id,))
        if cur.rowcount != 1:
            raise NotFoundError(f"no survey {survey_id} in the trash")
        audit.record(conn, store.who, "purge", "surveys", survey_id)


def duplicate_as_new(store: Store, survey_id: str) -> dict[str, Any]:
    """Answers of an earlier survey to pre-fill a new one for the same company (not saved)."""
    old = get_survey(store, survey_id)
    keep = {c: old[c] for c in companies.columns()}
    keep.update({c: old[c] for c in columns() if c not in ("interview_date", "notes")})
    keep.update({q: list(old[q]) for q in multi_questions()})
    keep["company_id"] = old["company_id"]
    if old.get("reference_year"):
        keep["reference_year"] = old["reference_year"] + 1
    return keep

"""Import surveys (with their companies) from a CSV/XLSX table: a dry run first, then all or valid rows.

    plan = plan_import(store, read_table(path), ImportOptions(...))   # nothing written
    plan.problems -> every problem as (row, column, value, message); plan.save_report(csv_path)
    result = apply_import(store, plan, mode="all-or-nothing" | "valid-only", progress=...)

Rows are checked by desktop.validation.validate (through the lean column-wise twin in fastcheck for rows
it can vouch for). The write is ONE transaction; re-importing the same file adds nothing (duplicates by
survey id, else by company + interview date); a cancelled or refused import leaves the database as it was.
"""

from __future__ import annotations

import csv
import datetime as _dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.exchange.columns import COMPANY_ID, STATUS, SURVEY_ID, Mapping, auto_map, parse_status
from desktop.exchange.dates import AUTO, DateError, detect_format, parse_date
from desktop.exchange.fastcheck import FastValidator
from desktop.exchange.reading import Table
from desktop.questionnaire import load_questionnaire
from desktop.store import bulk
from desktop.store import exchange_io as storeio
from desktop.store.companies import normalise_name
from desktop.store.connection import Store
from desktop.validation import clean_text, validate

Progress = Callable[[int, int], bool | None]
MODES = ("all-or-nothing", "valid-only")
CHUNK = 5000
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class ImportRefused(Exception):
    """Nothing was imported; the message says why."""


class ImportCancelled(ImportRefused):
    """The user cancelled; the transaction was rolled back."""


@dataclass
class ImportOptions:
    """encoding/sheet: how to read the file; date_format: a dates.FORMATS name or 'auto';
    status: 'final', 'draft', or 'column' (the file's status column, else final); lang: message language;
    mapping: header -> field id (or None to ignore the column), overriding the automatic match."""

    encoding: str | None = None
    sheet: str | None = None
    date_format: str = AUTO
    status: str = "column"
    lang: str = "en"
    mapping: dict[str, str | None] = field(default_factory=dict)


@dataclass
class RowProblem:
    row: int          # file row (the header is row 1)
    column: str
    value: str
    message: str
    kind: str = "error"    # error | duplicate | note


@dataclass
class ImportPlan:
    source: str
    mapping: Mapping
    date_formats: dict[str, str] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    surveys: list[dict[str, Any]] = field(default_factory=list)
    companies: list[dict[str, Any]] = field(default_factory=list)
    rows_total: int = 0
    rows_invalid: int = 0
    rows_duplicate: int = 0
    fatal: str = ""

    @property
    def rows_valid(self) -> int:
        return len(self.surveys)

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.kind == "error"]

    def summary(self) -> str:
        return (f"{self.source}: {self.rows_total} rows: {self.rows_valid} new and valid, {self.rows_invalid} with "
                f"problems, {self.rows_duplicate} already present; {len(self.companies)} new companies")

    def save_report(self, path: str | Path) -> Path:
        """The problems as CSV (UTF-8 with BOM, opens in Excel); cells neutralised against formulas."""
        from desktop.exchange.exporting import atomic_path, neutralise
        path = Path(path)
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["row", "column", "value", "problem", "kind"])
            for p in self.problems:
                w.writerow([p.row, neutralise(p.column), neutralise(p.value), neutralise(p.message), p.kind])
        return path


@dataclass
class ImportResult:
    surveys_added: int
    companies_added: int
    rows_skipped: int
    backup: Path | None = None


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("import cancelled; nothing was imported")


def _untrigger(cell: str) -> str:
    """Undo the exporter's formula guard: "'=x" back to "=x"."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in TRIGGERS else cell


def plan_import(store: Store, table: Table, options: ImportOptions | None = None,
                progress: Progress | None = None, today: _dt.date | None = None) -> ImportPlan:
    """Check every row (a dry run): what would be imported, and every problem. Writes nothing."""
    opts = options or ImportOptions()
    qn = load_questionnaire()
    mapping = auto_map(table.columns, opts.mapping, qn)
    plan = ImportPlan(source=table.source, mapping=mapping, rows_total=len(table.rows))
    if mapping.duplicated:
        for fid, cols in mapping.duplicated.items():
            plan.problems.append(RowProblem(1, " / ".join(cols), "", f"these columns all map to {fid!r}; "
                                            f"map only one of them"))
        plan.fatal = "several columns map to the same question"
        return plan
    for unknown in mapping.unknown:
        plan.problems.append(RowProblem(1, unknown, "", "not a question of the questionnaire: column ignored", "note"))
    mapped = mapping.mapped()
    questions = [q for q in qn.questions]
    for q in questions:
        if q.required and q.id not in mapped and q.when is None:
            plan.problems.append(RowProblem(1, f"({q.text(opts.lang)})", "", "no column holds this required "
                                            "question", "note"))
    if not table.rows:
        plan.fatal = "the file has a header but no data rows"
        plan.problems.append(RowProblem(2, "", "", plan.fatal))
        return plan
    fast = FastValidator(qn, today)
    by_field_col = {fid: table.columns[i] for fid, i in mapped.items()}
    group_cols = {r.group: " + ".join(by_field_col.get(q.id, q.id) for q in qn.group(r.group))
                  for r in qn.rules if r.kind == "sum"}
    date_qs = [q.id for q in questions if q.type == "date" and q.id in mapped]
    for qid in date_qs:
        fmt = opts.date_format
        if fmt == AUTO:
            fmt, _fits = detect_format(r[mapped[qid]] for r in table.rows)
        plan.date_formats[by_field_col[qid]] = fmt

    # what is already in the database
    existing_ids = storeio.survey_ids(store)
    keys = storeio.survey_keys(store)
    all_company_ids = storeio.company_ids(store)
    by_name: dict[str, str] = {}
    for cid, *existing_names in storeio.company_names(store):
        for n in existing_names:
            k = normalise_name(n or "")
            if k:
                by_name.setdefault(k, cid)
    stored_companies: dict[str, dict[str, Any]] = {}
    new_by_name: dict[str, str] = {}
    new_companies: dict[str, dict[str, Any]] = {}
    seen_ids: dict[str, int] = {}
    seen_keys: dict[tuple[str, str], int] = {}
    ragged = set(table.ragged)
    name_cache: dict[tuple[str, str, str], list[str]] = {}
    status_cache: dict[str, str | None] = {}
    company_qs = [q.id for q in qn.scalar("company")]
    survey_cols = [q.id for q in qn.scalar("survey")]
    multi_ids = [q.id for q in qn.multi()]
    col = {k: mapped.get(k) for k in (SURVEY_ID, COMPANY_ID, STATUS, "name_local", "name_en", "name_ja")}

    total = len(table.rows)
    for start in range(0, total, CHUNK):
        _check(progress, start, total)
        rows = table.rows[start:start + CHUNK]
        numbers = table.row_numbers[start:start + CHUNK]
        date_errors: dict[int, dict[str, str]] = {}
        columns = list(zip(*rows)) if rows else []
        cells: dict[str, Sequence[str]] = {fid: columns[i] for fid, i in mapped.items()}
        for qid in date_qs:
            fmt = plan.date_formats[by_field_col[qid]]
            out = []
            cache: dict[str, str] = {}
            for j, raw in enumerate(cells[qid]):
                iso = cache.get(raw)
                if iso is None:
                    try:
                        iso = cache[raw] = parse_date(_untrigger(raw), fmt) or ""
                    except DateError as exc:
                        date_errors.setdefault(j, {})[qid] = str(exc)
                        iso = raw
                out.append(iso)
            cells[qid] = out
        bad_rows: set[int] = set(date_errors)
        qids = [q.id for q in fast.questions]
        blank_cols: dict[str, list[Any]] = {q.id: [[] if q.is_multi else None] * len(rows) for q in fast.questions if q.id not in cells}
        converted = [fast.convert(qid, cells[qid], bad_rows, _untrigger) if qid in cells else blank_cols[qid]
                     for qid in qids]
        for j, values in enumerate(zip(*converted)):
            raw_row = rows[j]
            number = numbers[j]

            def cell(fid: str, raw_row: list[str] = raw_row) -> str:
                i = mapped.get(fid)
                return _untrigger(raw_row[i]) if i is not None else ""

            def problem(fid: str, message: str, kind: str = "error", number: int = number) -> None:
                column = by_field_col.get(fid) or group_cols.get(fid) or (
                    f"({qn.question(fid).text(opts.lang)})" if fid in fast.ids else fid)
                plan.problems.append(RowProblem(number, column, cell(fid), message, kind))

            if number in ragged:
                plan.problems.append(RowProblem(number, "", "", f"has more cells than the header's "
                                                f"{len(table.columns)} (a delimiter inside an unquoted value?)"))
                plan.rows_invalid += 1
                continue
            # status
            status = opts.status if opts.status in ("final", "draft") else "final"
            if opts.status == "column" and col[STATUS] is not None and cell(STATUS).strip():
                raw_status = cell(STATUS)
                parsed = status_cache.get(raw_status) or status_cache.setdefault(raw_status, parse_status(raw_status))
                if parsed is None:
                    problem(STATUS, "must be final or draft (or 確定/下書き, 最终/草稿)")
                    plan.rows_invalid += 1
                    continue
                status = parsed
            final = status == "final"
            # company: by id, then by any of its names, then a company new in this file
            cid_cell = cell(COMPANY_ID).strip()
            names = (cell("name_local"), cell("name_ja"), cell("name_en"))
            name_keys = name_cache.get(names)
            if name_keys is None:
                name_keys = name_cache[names] = [normalise_name(clean_text(n)) for n in names]
            company_id = cid_cell if cid_cell in all_company_ids else None
            if company_id is None:
                company_id = next((by_name[k] for k in name_keys if k and k in by_name), None)
            clean: dict[str, Any] = dict(zip(qids, values))
            if company_id is not None:
                if company_id not in stored_companies:
                    stored_companies.update(storeio.company_values(store, [company_id]))
                stored = stored_companies[company_id]
                for fid in company_qs:
                    if clean[fid] is None and not cell(fid).strip():
                        clean[fid] = stored[fid]
            ok = j not in bad_rows and fast.check_row(clean, final)
            if not ok:
                answers: dict[str, Any] = {fid: _untrigger(cells[fid][j]) for fid in cells if fid in fast.ids}
                if company_id is not None:
                    for fid in company_qs:
                        if not str(answers.get(fid) or "").strip():
                            answers[fid] = stored_companies[company_id][fid]
                result = validate(answers, final=final, lang=opts.lang, today=today)
                bad_dates = set(date_errors.get(j, {}))
                for p in result.problems:
                    if p.field not in bad_dates:
                        problem(p.field, p.message)
                for qid in bad_dates:
                    problem(qid, f"{qn.question(qid).text(opts.lang)}: {date_errors[j][qid]}")
                if company_id is None and not result.clean.get("name_local") and \
                        not any(p.field == "name_local" for p in result.problems):
                    problem("name_local", "no company: give its name (or an existing company id)")
                    bad_dates.add("name_local")
                if result.problems or bad_dates:
                    plan.rows_invalid += 1
                    continue
                clean = result.clean
            if company_id is None:
                if not clean.get("name_local"):
                    problem("name_local", "no company: give its name (or an existing company id)")
                    plan.rows_invalid += 1
                    continue
                key = cid_cell or next((k for k in name_keys if k), clean["name_local"])
                company_id = new_by_name.get(key) or next((new_by_name[k] for k in name_keys if k in new_by_name), None)
                if company_id is None:
                    company_id = cid_cell if len(cid_cell) == 36 and cid_cell not in all_company_ids \
                        and cid_cell not in new_companies else str(uuid.uuid4())
            elif company_id in stored_companies:
                stored = stored_companies[company_id]
                differs = [f for f in company_qs if cell(f).strip() and clean[f] != stored[f]]
                if differs:
                    problem(differs[0], f"matched the existing company {stored['name_local']!r}; its stored "
                            f"values are kept (this row differs in: {', '.join(differs)})", "note")
            # duplicates
            sid = cell(SURVEY_ID).strip()
            if sid:
                if len(sid) != 36:
                    problem(SURVEY_ID, "is not a survey id (36 characters, as exported)")
                    plan.rows_invalid += 1
                    continue
                if sid in existing_ids:
                    where = " (in the trash)" if existing_ids[sid] else ""
                    problem(SURVEY_ID, f"this survey is already in the database{where}: skipped", "duplicate")
                    plan.rows_duplicate += 1
                    continue
                if sid in seen_ids:
                    problem(SURVEY_ID, f"repeats row {seen_ids[sid]}: skipped", "duplicate")
                    plan.rows_duplicate += 1
                    continue
                seen_ids[sid] = number
            else:
                key2 = (company_id, clean.get("interview_date") or "")
                if key2 in keys:
                    problem("interview_date", "this company already has a survey on this date: skipped", "duplicate")
                    plan.rows_duplicate += 1
                    continue
                if key2 in seen_keys and key2[1]:
                    problem("interview_date", f"repeats row {seen_keys[key2]} (same company and date): skipped",
                            "duplicate")
                    plan.rows_duplicate += 1
                    continue
                seen_keys[key2] = number
            if company_id not in all_company_ids and company_id not in new_companies:
                new_companies[company_id] = {"id": company_id, **{f: clean[f] for f in company_qs}}
                for k in name_keys:
                    if k:
                        new_by_name.setdefault(k, company_id)
                if cid_cell:
                    new_by_name.setdefault(cid_cell, company_id)
            survey = {"id": sid or str(uuid.uuid4()), "company_id": company_id, "status": status}
            for f in survey_cols:
                survey[f] = clean[f]
            for f in multi_ids:
                survey[f] = clean[f]
            plan.surveys.append(survey)
    _check(progress, total, total)
    plan.companies = list(new_companies.values())
    return plan


def apply_import(store: Store, plan: ImportPlan, mode: str = "all-or-nothing",
                 progress: Progress | None = None, backup: bool = True) -> ImportResult:
    """Write the plan's valid new rows in one transaction ('all-or-nothing' refuses if any row has an error)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    if plan.fatal:
        raise ImportRefused(f"{plan.source}: {plan.fatal}; nothing was imported")
    if mode == "all-or-nothing" and plan.errors:
        rows = len({p.row for p in plan.errors})
        raise ImportRefused(f"{plan.source}: {rows} rows have problems; nothing was imported "
                            f"(fix them, or import only the valid rows)")
    skipped = plan.rows_invalid + plan.rows_duplicate
    if not plan.surveys:
        return ImportResult(0, 0, skipped)
    backup_path = _backup(store, "import") if backup else None
    total = len(plan.surveys)
    import sqlite3
    plan.surveys.sort(key=lambda r: r["id"])      # B-tree inserts in key order: much faster
    try:
        with storeio.large_cache(store.conn), store.write() as conn:
            _check(progress, 0, total)
            if plan.companies:
                bulk.insert_companies(conn, plan.companies, store.who, action="import")
            for start in range(0, total, CHUNK):
                bulk.insert_surveys(conn, plan.surveys[start:start + CHUNK], store.who, action="import")
                _check(progress, min(start + CHUNK, total), total)
    except sqlite3.IntegrityError as exc:
        raise ImportRefused(f"{plan.source}: the database changed since the dry run ({exc}); nothing was "
                            f"imported: run the import again") from exc
    return ImportResult(total, len(plan.companies), skipped, backup_path)


def _backup(store: Store, reason: str) -> Path | None:
    """A backup before a bulk write, when the reliability helper's backup module is present."""
    try:
        from desktop.store.backup import backup_before
    except ImportError:
        return None
    return backup_before(store, reason)


def import_file(store: Store, path: str | Path, options: ImportOptions | None = None, mode: str = "all-or-nothing",
                dry_run: bool = False, progress: Progress | None = None) -> tuple[ImportPlan, ImportResult | None]:
    """Read, plan and (unless dry_run) apply an import; see plan_import and apply_import."""
    from desktop.exchange.reading import read_table
    opts = options or ImportOptions()
    table = read_table(path, encoding=opts.encoding, sheet=opts.sheet)
    plan = plan_import(store, table, opts, progress)
    if dry_run:
        return plan, None
    return plan, apply_import(store, plan, mode, progress)

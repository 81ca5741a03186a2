"""Survey packages: selected surveys, their companies and their audit history in one small SQLite file.

Why SQLite and not a zip of JSON: a package is then a survey database like any other (same schema,
same CHECK constraints, opened and verified by the same code), so merging a package and merging a
colleague's whole database are one code path; it is a single file, transactional while written,
and any SQLite tool can read it. The file is built under a temporary name and os.replace'd into place.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.exchange.exporting import ExportError
from desktop.store import exchange_io as storeio
from desktop.store.connection import Store, now, open_store
from desktop.store.listing import SurveyFilter


@dataclass
class PackageResult:
    path: Path
    surveys: int
    companies: int


def export_package(store: Store, path: str | Path, flt: SurveyFilter | None = None,
                   ids: list[str] | None = None) -> PackageResult:
    """Write the filtered (or given) surveys with their companies and audit history to `path`."""
    path = Path(path)
    if not path.parent.exists():
        raise ExportError(f"{path.parent}: no such folder")
    if path.exists() and path.resolve() == store.path.resolve():
        raise ExportError("a package cannot overwrite the open database")
    ids = list(ids) if ids is not None else storeio.filtered_ids(store, flt)
    surveys = storeio.table_rows(store.conn, "surveys", storeio.survey_columns(), ids)
    company_ids = sorted({r["company_id"] for r in surveys})
    companies = storeio.table_rows(store.conn, "companies", storeio.company_columns(), company_ids)
    choices = storeio.choices(store.conn, ids)
    audit = storeio.audit_rows(store.conn, ids + company_ids)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    _remove(tmp)
    try:
        with open_store(tmp, who=store.who) as pkg:
            with pkg.write() as conn:
                storeio.insert_rows(conn, "companies", companies, storeio.company_columns())
                storeio.insert_rows(conn, "surveys", surveys, storeio.survey_columns())
                storeio.insert_choices(conn, choices)
                storeio.insert_audit(conn, [tuple(a[c] for c in storeio.AUDIT_COLUMNS) for a in audit])
                storeio.set_setting(conn, "package", json.dumps({
                    "created_at": now(), "who": store.who, "from": store.path.name, "app": __version__,
                    "surveys": len(surveys), "companies": len(companies)}, ensure_ascii=False))
            storeio.single_file(pkg.conn)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(f"{path}: could not write the package ({exc.strerror or exc})") from exc
    finally:
        _remove(tmp)
    return PackageResult(path, len(surveys), len(companies))


def _remove(p: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(p) + suffix).unlink()

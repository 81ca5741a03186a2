"""`dongbei init PATH` and `dongbei check`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import db_path
from desktop.store import open_store
from desktop.store.listing import totals
from desktop.store.migrations import available


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new survey database (with reference data)")
    p.add_argument("path", type=Path, help="database file to create")
    p.set_defaults(func=run_init)
    p = sub.add_parser("check", help="check a database: integrity, schema version, counts")
    p.set_defaults(func=run_check)


def run_init(args: argparse.Namespace) -> int:
    if args.path.exists():
        print(f"dongbei: {args.path} already exists; not touched")
        return 1
    with open_store(args.path, who=args.who) as store:
        print(f"created {args.path} (schema {store.schema_version()[-1]})")
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        print(f"dongbei: {path} does not exist")
        return 1
    with open_store(path, readonly=True) as store:
        integrity, fk = store.integrity()
        applied = store.schema_version()
        known = [p.stem for p in available()]
        counts = totals(store)
        print(f"database:  {path}")
        print(f"integrity: {integrity}")
        print(f"foreign keys: {'ok' if not fk else f'{fk} broken references'}")
        print(f"schema:    {applied[-1] if applied else 'empty'} ({len(applied)}/{len(known)} migrations)")
        if store.readonly_reason and "newer" in store.readonly_reason:
            print(f"note:      {store.readonly_reason}")
        tables = [t for t in store.db.table_names() if not t.startswith("company_names_fts")]
        print("tables:    " + ", ".join(f"{t} {store.db[t].count}" for t in sorted(tables)))
        print(f"surveys:   {counts['surveys']} ({counts['final']} final, {counts['draft']} draft, "
              f"{counts['trash']} in trash); companies: {counts['companies']}")
        healthy = integrity == "ok" and not fk and set(known) <= set(applied)
        print("healthy" if healthy else "NOT healthy")
        return 0 if healthy else 1

"""`dongbei reference list|export|import`: reference figures from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import db_path
from desktop.exchange.figures import FigureImportError, export_figures, import_figures
from desktop.store import open_store
from desktop.store import reference as ref


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reference", help="reference figures: list, export to CSV, import from CSV/XLSX")
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    q = rsub.add_parser("list", help="list reference figures with period and source")
    q.add_argument("--geography", default=None, help="21, 22, 23, a city code such as 2102, NE3 or CN")
    q.add_argument("--latest", action="store_true", help="only the latest figure of each indicator")
    q.add_argument("--retired", action="store_true", help="include retired figures")
    q.set_defaults(func=run_list)
    q = rsub.add_parser("export", help="write the figures to a CSV (the columns of db/reference/figures.csv)")
    q.add_argument("-o", "--output", type=Path, required=True, help="CSV file to write")
    q.add_argument("--retired", action="store_true", help="include retired figures")
    q.set_defaults(func=run_export)
    q = rsub.add_parser("import", help="import figures from CSV/XLSX (all or nothing)")
    q.add_argument("file", type=Path, help="CSV or XLSX with the columns of figures.csv (or mapped names)")
    q.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    q.add_argument("--new-units", action="store_true", help="accept units not known yet")
    q.add_argument("--encoding", default=None, help="text encoding of a CSV (default: detected)")
    q.add_argument("--sheet", default=None, help="XLSX sheet (default: the first)")
    q.set_defaults(func=run_import)


def run_list(args: argparse.Namespace) -> int:
    with open_store(db_path(args), readonly=db_path(args).exists()) as store:
        if args.latest:
            if not args.geography:
                print("dongbei: --latest needs --geography", file=sys.stderr)
                return 2
            rows = ref.latest_figures(store, args.geography)
        else:
            rows = ref.figures(store, args.geography, include_retired=args.retired)
    for f in rows:
        kind = f" [{f['count_kind']}]" if f["count_kind"] else ""
        flag = "" if f["status"] == "VERIFIED" else f" ({f['status'].lower()})"
        retired = " RETIRED" if f["retired"] else ""
        print(f"{f['geography']:>4} {f['partner']:>3} {f['indicator']:<40} {_num(f['value']):>10} {f['unit']:<15}"
              f" {f['period'] or '-':<16}{kind}{flag}{retired}  {f['source_name'][:60]} <{f['source_url']}>")
    print(f"{len(rows)} figures")
    return 0


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def run_export(args: argparse.Namespace) -> int:
    with open_store(db_path(args), readonly=db_path(args).exists()) as store:
        n = export_figures(store, args.output, include_retired=args.retired)
    print(f"wrote {n} figures to {args.output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with open_store(db_path(args), who=args.who, readonly=args.dry_run and db_path(args).exists()) as store:
        try:
            result = import_figures(store, args.file, dry_run=args.dry_run, allow_new_units=args.new_units,
                                    encoding=args.encoding, sheet=args.sheet)
        except FigureImportError as exc:
            print(f"dongbei: {args.file}: nothing was imported", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
    print(result.summary() + (" (dry run: nothing written)" if args.dry_run else ""))
    for fid, fields in result.updated:
        print(f"  {'would update' if args.dry_run else 'updated'} {fid}: {', '.join(fields)}")
    return 0

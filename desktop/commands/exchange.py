"""`dongbei import`, `dongbei export`, `dongbei package`, `dongbei merge`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import db_path
from desktop.store import open_store
from desktop.store.listing import SurveyFilter


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--province", default="", help="province code (21, 22, 23)")
    p.add_argument("--city", default="", help="city code")
    p.add_argument("--industry", default="", help="industry code")
    p.add_argument("--year", type=int, default=None, help="reference year")
    p.add_argument("--status", default="", choices=["", "final", "draft"], help="final or draft")
    p.add_argument("--analyst", default="", help="analyst name")
    p.add_argument("--search", default="", help="company name contains")


def _filter(args: argparse.Namespace) -> SurveyFilter:
    return SurveyFilter(search=args.search, province=args.province, city=args.city, industry=args.industry,
                        status=args.status, analyst=args.analyst, year=args.year)


def register(sub: argparse._SubParsersAction) -> None:
    from desktop.exchange.dates import AUTO, FORMATS
    p = sub.add_parser("import", help="import surveys from CSV/XLSX (dry run, report, all-or-nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--encoding", default=None, help="text encoding (default: detected): utf-8, cp932, gb18030 ...")
    p.add_argument("--sheet", default=None, help="XLSX sheet (default: the first)")
    p.add_argument("--date-format", default=AUTO, choices=[AUTO, *FORMATS], help="how dates are written")
    p.add_argument("--as", dest="as_status", default="column", choices=["column", "final", "draft"],
                   help="save as final or draft (default: the file's status column, else final)")
    p.add_argument("--lang", default="en", choices=["en", "ja", "zh"], help="language of the messages")
    p.add_argument("--report", type=Path, default=None, help="write every problem to this CSV")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column to a question id (FIELD empty: ignore the column)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--all-or-nothing", dest="mode", action="store_const", const="all-or-nothing")
    mode.add_argument("--valid-only", dest="mode", action="store_const", const="valid-only")
    p.set_defaults(func=run_import, mode="all-or-nothing")

    p = sub.add_parser("export", help="export surveys to CSV or XLSX (with a codebook)")
    p.add_argument("-o", "--output", type=Path, required=True, help=".csv or .xlsx file")
    p.add_argument("--lang", default="en", choices=["en", "ja", "zh"])
    p.add_argument("--labels", action="store_true", help="answers and headers as labels in --lang (default: codes)")
    p.add_argument("--no-codebook", action="store_true")
    _filters(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser("package", help="write selected surveys (companies, history) to a package to hand over")
    p.add_argument("-o", "--output", type=Path, required=True)
    _filters(p)
    p.set_defaults(func=run_package)

    p = sub.add_parser("merge", help="merge a package or another analyst's database into this one")
    p.add_argument("file", type=Path)
    p.add_argument("--take", choices=["theirs", "mine"], default=None,
                   help="resolve every conflict this way (default: list conflicts and change nothing)")
    p.add_argument("--link-companies", action="store_true",
                   help="treat their companies whose name matches one here exactly as the same company")
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(func=run_merge)


def _progress(done: int, total: int) -> bool:
    if total >= 20000 and sys.stderr.isatty():
        print(f"\r{done:,}/{total:,}", end="", file=sys.stderr)
    return True


def run_import(args: argparse.Namespace) -> int:
    from desktop.exchange.importing import ImportOptions, ImportRefused, apply_import, plan_import
    from desktop.exchange.reading import ReadError, read_table
    mapping: dict[str, str | None] = {}
    for item in args.map:
        col, _, fid = item.partition("=")
        mapping[col] = fid or None
    opts = ImportOptions(encoding=args.encoding, sheet=args.sheet, date_format=args.date_format,
                         status=args.as_status, lang=args.lang, mapping=mapping)
    try:
        table = read_table(args.file, encoding=opts.encoding, sheet=opts.sheet)
    except ReadError as exc:
        print(f"dongbei: {exc}", file=sys.stderr)
        return 2
    with open_store(db_path(args), who=args.who) as store:
        try:
            plan = plan_import(store, table, opts, _progress)
        except ValueError as exc:
            print(f"dongbei: {exc}", file=sys.stderr)
            return 2
        print(f"encoding {table.encoding}; dates {plan.date_formats or '-'}")
        print(plan.summary())
        for pr in plan.problems[:50]:
            print(f"  row {pr.row}, column {pr.column!r}, value {pr.value!r}: {pr.message} [{pr.kind}]")
        if len(plan.problems) > 50:
            print(f"  ... {len(plan.problems) - 50} more (use --report FILE.csv)")
        if args.report:
            plan.save_report(args.report)
            print(f"report: {args.report}")
        if args.dry_run:
            print("dry run: nothing was imported")
            return 1 if plan.errors or plan.fatal else 0
        try:
            result = apply_import(store, plan, args.mode, _progress)
        except ImportRefused as exc:
            print(f"dongbei: {exc}", file=sys.stderr)
            return 1
        print(f"imported {result.surveys_added} surveys and {result.companies_added} companies; "
              f"{result.rows_skipped} rows skipped" + (f"; backup {result.backup}" if result.backup else ""))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.exchange.exporting import ExportError, export_surveys
    with open_store(db_path(args), who=args.who, readonly=True) as store:
        try:
            r = export_surveys(store, args.output, _filter(args), args.lang, args.labels, not args.no_codebook)
        except ExportError as exc:
            print(f"dongbei: {exc}", file=sys.stderr)
            return 2
    print(f"exported {r.surveys} surveys to {r.path}" + (f" (codebook {r.codebook})" if r.codebook else ""))
    return 0


def run_package(args: argparse.Namespace) -> int:
    from desktop.exchange.exporting import ExportError
    from desktop.exchange.packages import export_package
    with open_store(db_path(args), who=args.who, readonly=True) as store:
        try:
            r = export_package(store, args.output, _filter(args))
        except ExportError as exc:
            print(f"dongbei: {exc}", file=sys.stderr)
            return 2
    print(f"package {r.path}: {r.surveys} surveys, {r.companies} companies (with their audit history)")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from desktop.exchange.merging import MergeRefused, apply_merge, plan_merge
    with open_store(db_path(args), who=args.who) as store:
        try:
            plan = plan_merge(store, args.file)
        except MergeRefused as exc:
            print(f"dongbei: {exc}", file=sys.stderr)
            return 2
        print(plan.summary())
        links: dict[str, str] = {}
        for m in plan.matches:
            best = m.candidates[0]
            print(f"  their company {m.theirs['name_local']!r} may be {best['name_local']!r} here "
                  f"(score {best['score']})")
            if args.link_companies and best["score"] >= 1.0:
                links[m.theirs["id"]] = best["id"]
        for c in plan.conflicts:
            print(f"  conflict {c.table} {c.title}:")
            for d in c.fields:
                print(f"    {d.field}: mine {d.mine!r} | theirs {d.theirs!r}")
        if args.dry_run:
            print("dry run: nothing was merged")
            return 0
        try:
            done = apply_merge(store, plan, take=args.take, links=links)
        except MergeRefused as exc:
            print(f"dongbei: {exc}", file=sys.stderr)
            print("use --take mine|theirs, or the Merge dialog to choose field by field", file=sys.stderr)
            return 1
    print(f"merged: {done['added_surveys']} surveys and {done['added_companies']} companies added, "
          f"{done['updated']} updated, {done['resolved']} conflicts resolved")
    return 0

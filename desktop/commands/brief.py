"""`dongbei brief PROVINCE -o FILE.pdf` and `dongbei brief --all -o DIR/`: PDF province briefs."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.cli import db_path
from desktop.store import open_store

EPILOG = """examples:
  dongbei brief liaoning -o liaoning.pdf
  dongbei brief 遼寧 -o ln-ja.pdf --lang ja --year 2025
  dongbei brief 23 -o hlj.pdf --from 2025-01-01 --to 2025-06-30 --drafts
  dongbei brief --all -o briefs/            (liaoning.pdf, jilin.pdf, heilongjiang.pdf, overview.pdf)
  dongbei brief overview -o overview.pdf    (the three provinces side by side)"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("brief", help="write PDF province briefs (or the three-province overview)",
                       description="Write a PDF brief of one province, the overview, or all four.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("province", nargs="?", default=None,
                   help="liaoning, jilin, heilongjiang (any case), 辽宁/遼寧..., 21/22/23, or 'overview'")
    p.add_argument("--all", action="store_true", help="the three province briefs and the overview into a folder")
    p.add_argument("-o", "--output", type=Path, required=True, help="PDF file (a folder with --all)")
    p.add_argument("--lang", default="en", help="language of the brief: en, ja or zh (default en)")
    p.add_argument("--year", type=int, default=None, help="reference year (default: every year, latest survey "
                                                          "of each company)")
    p.add_argument("--from", dest="date_from", default="", help="first interview date, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", default="", help="last interview date, YYYY-MM-DD")
    p.add_argument("--drafts", action="store_true", help="include draft surveys (default: final surveys only)")
    p.add_argument("--appendix", action="store_true",
                   help="list the surveyed companies by name (confidential; off by default)")
    p.add_argument("--threshold", type=int, default=None,
                   help="suppress figures resting on fewer companies than this (default 3)")
    p.set_defaults(func=run)


def fail(message: str) -> int:
    print(f"dongbei brief: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from desktop.reports import (
        BriefOptionError,
        BriefOptions,
        FontNotFoundError,
        all_briefs,
        load_data,
        overview_brief,
        parse_province,
        province_brief,
    )
    from desktop.reports.aggregates import DEFAULT_THRESHOLD
    from desktop.reports.build import check_output

    if args.all and args.province:
        return fail("give either a province or --all, not both")
    if not args.all and not args.province:
        return fail("name a province (liaoning, jilin, heilongjiang, 21-23, overview) or use --all")
    try:
        options = BriefOptions(lang=args.lang.strip().lower(), year=args.year, date_from=args.date_from,
                               date_to=args.date_to, drafts=args.drafts, appendix=args.appendix,
                               threshold=DEFAULT_THRESHOLD if args.threshold is None else args.threshold).checked()
        overview = not args.all and args.province.strip().lower() in ("overview", "all-provinces", "ne3")
        code = None if args.all or overview else parse_province(args.province)
        if not args.all:
            check_output(args.output)
    except BriefOptionError as exc:
        return fail(str(exc))
    path = db_path(args)
    if not path.exists():
        return fail(f"{path} does not exist (create it with `dongbei init` or pick one with --db)")
    start = time.perf_counter()
    try:
        with open_store(path, readonly=True) as store:
            if args.all:
                results = all_briefs(store, options, args.output)
            else:
                data = load_data(store, options)
                results = [overview_brief(data, args.output) if overview
                           else province_brief(data, code or "", args.output)]
    except (BriefOptionError, FontNotFoundError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"could not write the brief: {exc}")
    for r in results:
        print(f"wrote {r.path} ({r.pages} pages)")
        for line in r.summary:
            print(f"  {line}")
    if options.appendix:
        print("note: the appendix names surveyed companies; treat the PDF as confidential")
    print(f"done in {time.perf_counter() - start:.1f} s")
    return 0

"""`dongbei demo [--surveys N] [--seed S]`: fill a database with fictional sample surveys."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli import db_path
from desktop.demo import generate
from desktop.store import open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="add fictional sample surveys (clearly marked as demo data)")
    p.add_argument("--surveys", type=int, default=300, help="how many surveys (default 300; 100000 for benchmarks)")
    p.add_argument("--seed", type=int, default=2025, help="random seed (same seed, same data)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.surveys < 1:
        print("dongbei: --surveys must be at least 1", file=sys.stderr)
        return 2
    path = db_path(args)
    start = time.perf_counter()
    with open_store(path, who=args.who or "demo") as store:
        made = generate(store, args.surveys, seed=args.seed)
    print(f"added {made['surveys']} fictional surveys of {made['companies']} companies to {path} "
          f"in {time.perf_counter() - start:.1f} s")
    return 0

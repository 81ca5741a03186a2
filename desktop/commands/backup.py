"""`dongbei backup [-o FILE] [--list]` and `dongbei restore FILE [--yes]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import db_path
from desktop.store.backup import check_backup, list_backups, make_backup, restore_backup
from desktop.store.connection import Store
from desktop.store.instance_lock import InstanceLock


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up the database (SQLite backup API, checked after writing)",
                       description="Write a checked backup of the database. Without -o it goes to the "
                                   "backups folder next to the database and counts as a manual backup "
                                   "(never deleted automatically).")
    p.add_argument("-o", "--output", type=Path, default=None, help="backup file to write (replaced if present)")
    p.add_argument("--list", action="store_true", help="list the backups in the backups folder instead")
    p.set_defaults(func=run_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (the current one is backed up first)")
    p.add_argument("file", type=Path, help="the backup file to restore")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation (needed when not on a terminal)")
    p.add_argument("--force", action="store_true", help="restore even if another copy of the app has it open")
    p.set_defaults(func=run_restore)


def _human(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def run_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.list:
        backups = list_backups(path)
        if not backups:
            print(f"no backups of {path} yet")
        for b in backups:
            count = "?" if b.surveys is None else str(b.surveys)
            print(f"{b.created:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<28} {_human(b.size):>9}  {count:>6} surveys  {b.path}")
        return 0
    if not path.exists():
        print(f"dongbei: {path} does not exist", file=sys.stderr)
        return 1
    with Store(path, who=args.who, readonly=True, register_instance=False) as store:
        out = make_backup(store, args.output, "manual")
    print(f"backed up {path} to {out} (checked: ok)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    check_backup(args.file)
    others = InstanceLock(path).others() if path.exists() else []
    if others and not args.force:
        names = "; ".join(o.describe() for o in others)
        print(f"dongbei: {path} is open in another copy of the app ({names}); close it first "
              f"(or use --force)", file=sys.stderr)
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            print("dongbei: restore replaces the database; run it with --yes to confirm", file=sys.stderr)
            return 1
        answer = input(f"Replace the content of {path} with {args.file}? The current database is backed "
                       f"up first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing restored")
            return 1
    safety = restore_backup(args.file, path)
    print(f"restored {args.file} into {path}")
    if safety:
        print(f"the previous database was kept as {safety}")
    return 0

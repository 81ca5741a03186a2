"""The `dongbei` command: the GUI by default, subcommands for headless work.

Each module in desktop/commands/ adds its own subcommands with `register(subparsers)`, so features
plug in without editing this file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from desktop import __version__, commands, paths
from desktop.store import StoreError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dongbei",
        description="Dongbei Survey Desk. Without a command, starts the desktop app.")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"survey database file (default: ${paths.DB_ENV_VAR} or the user data folder)")
    parser.add_argument("--who", default="", help="analyst name recorded in the audit log")
    parser.add_argument("--version", action="version", version=f"dongbei {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    return args.db.expanduser() if args.db else paths.default_db_path()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.gui.app import run_gui
        return run_gui(db_path(args), who=args.who)
    try:
        return int(args.func(args) or 0)
    except StoreError as exc:
        print(f"dongbei: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dongbei: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

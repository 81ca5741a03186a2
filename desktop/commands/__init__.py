"""Subcommands of `dongbei`: each module defines register(subparsers) and sets func=run on its parsers."""

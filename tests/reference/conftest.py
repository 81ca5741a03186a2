"""Fixtures for the reference-data tests: file hashing and a figures CSV writer."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from desktop import paths

SHIPPED = paths.REFERENCE_DIR / "figures.csv"


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shipped_rows() -> list[dict[str, str]]:
    with SHIPPED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


class Helpers:
    file_hash = staticmethod(file_hash)
    shipped_rows = staticmethod(shipped_rows)
    write_csv = staticmethod(write_csv)


@pytest.fixture
def helpers() -> type[Helpers]:
    """file_hash(path), shipped_rows() (db/reference/figures.csv as dicts), write_csv(path, rows, encoding)."""
    return Helpers

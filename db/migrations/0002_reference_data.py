"""Seed the reference tables from db/reference/*.csv (provinces, cities, industries, zones, figures)."""

import csv
import sqlite3
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "reference"

TABLES = {
    "provinces": ("provinces.csv", {}),
    "cities": ("cities.csv", {}),
    "industries": ("industries.csv", {"group": "grp"}),
    "zones": ("zones.csv", {}),
    "reference_figures": ("figures.csv", {}),
}
NUMERIC = {"population_million", "gdp_cny_bn", "area_km2", "pop_2023_10k", "value",
           "is_capital", "is_subprovincial"}


def _value(column: str, raw: str):
    if column in NUMERIC:
        if raw.strip() == "":
            return None
        number = float(raw)
        return int(number) if column.startswith("is_") else number
    return raw


def migrate(conn: sqlite3.Connection) -> None:
    for table, (filename, renames) in TABLES.items():
        with (REFERENCE / filename).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        columns = [renames.get(c, c) for c in rows[0]]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn.executemany(sql, [[_value(renames.get(k, k), v) for k, v in r.items()] for r in rows])

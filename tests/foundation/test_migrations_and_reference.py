"""Migrations from an empty file and from each earlier version; reference data integrity."""

from __future__ import annotations

import csv
import shutil
import sqlite3

from desktop import paths
from desktop.store import migrations, open_store


def test_empty_file_gets_every_migration(db_path):
    with open_store(db_path) as s:
        assert s.schema_version() == [p.stem for p in migrations.available()]
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        strict = {r[0] for r in s.conn.execute("SELECT name FROM pragma_table_list WHERE strict = 1")}
        assert {"companies", "surveys", "survey_choices", "audit_log", "reference_figures"} <= strict


def test_each_earlier_version_upgrades(tmp_path):
    steps = migrations.available()
    for upto in range(1, len(steps)):
        folder = tmp_path / f"v{upto}" / "migrations"
        folder.mkdir(parents=True)
        (folder.parent / "reference").symlink_to(paths.REFERENCE_DIR)  # data migrations read ../reference
        for p in steps[:upto]:
            shutil.copy(p, folder / p.name)
        db = tmp_path / f"db{upto}.sqlite"
        conn = sqlite3.connect(db)
        migrations.apply(conn, folder=folder)
        conn.close()
        with open_store(db) as s:
            assert s.schema_version() == [p.stem for p in steps]
            assert s.conn.execute("SELECT count(*) FROM cities").fetchone()[0] == 36


def test_reopening_applies_nothing_twice(db_path):
    open_store(db_path).close()
    with open_store(db_path) as s:
        assert migrations.pending(s.conn) == []
        assert s.conn.execute("SELECT count(*) FROM provinces").fetchone()[0] == 3


def rows(name):
    with (paths.REFERENCE_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_reference_tables_are_consistent(store):
    provinces = {r["code"] for r in rows("provinces")}
    assert provinces == {"21", "22", "23"}
    cities = rows("cities")
    assert len(cities) == 36 and len({c["code"] for c in cities}) == 36
    assert all(c["province_code"] in provinces and c["code"].startswith(c["province_code"]) for c in cities)
    assert len({c["name_en"] for c in cities}) == 36, "English city names must be unique"
    by_code = {c["code"]: c for c in cities}
    assert by_code["2202"]["name_en"] == "Jilin City"  # not the province
    assert "金州" in by_code["2107"]["note"]  # Jinzhou city vs Jinzhou district of Dalian
    assert "宜春" in by_code["2307"]["note"]  # Yichun, Heilongjiang vs Yichun, Jiangxi
    assert sum(c["is_capital"] == "1" for c in cities) == 3
    industries = rows("industries")
    assert len(industries) == 27 and all(i["label_zh"] and i["label_ja"] for i in industries)
    figures = rows("figures")
    assert len({f["id"] for f in figures}) == len(figures)
    assert all(f["source_url"].startswith("http") and f["source_name"] for f in figures)
    assert all(float(f["value"]) == float(f["value"]) for f in figures)
    assert all(z["source"] for z in rows("zones"))
    # and the database holds the same
    assert store.conn.execute("SELECT count(*) FROM reference_figures").fetchone()[0] == len(figures)
    assert store.conn.execute("SELECT count(*) FROM cities c JOIN provinces p ON p.code = c.province_code"
                              ).fetchone()[0] == 36

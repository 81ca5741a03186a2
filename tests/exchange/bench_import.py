"""Benchmark: import a 100,000-row survey CSV (with validation) vs raw executemany and sqlite-utils.

    .venv/bin/python tests/exchange/bench_import.py [ROWS]

Not a test (no timed assertions in the suite); prints seconds and rows/s for each way.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path


def make_csv(folder: Path, n: int) -> Path:
    from desktop.demo import generate
    from desktop.exchange.exporting import export_surveys
    from desktop.store import open_store
    with open_store(folder / "demo.sqlite", who="bench") as store:
        generate(store, 300, seed=11)
        export_surveys(store, folder / "seed.csv", codebook=False)
    with open(folder / "seed.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head, body = rows[0], rows[1:]
    out = folder / "big.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(head)
        for i in range(n):
            r = list(body[i % len(body)])
            r[0] = str(uuid.UUID(int=i + 1, version=4))
            w.writerow(r)
    return out


def raw_executemany(path: Path, db: Path) -> float:
    t = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    conn = sqlite3.connect(db)
    cols = ", ".join(f'"c{i}" TEXT' for i in range(len(rows[0])))
    conn.execute(f"CREATE TABLE t ({cols})")
    with conn:
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])
    conn.close()
    return time.perf_counter() - t


def sqlite_utils_cli(path: Path, db: Path) -> float:
    exe = Path(sys.executable).with_name("sqlite-utils")
    t = time.perf_counter()
    subprocess.run([str(exe), "insert", str(db), "t", str(path), "--csv"], check=True, capture_output=True)
    return time.perf_counter() - t


def raw_schema(path: Path, db: Path) -> float:
    """The floor for this schema: executemany of ready-made tuples into the real tables (+ indexes, audit)."""
    import json

    from desktop.exchange.importing import plan_import
    from desktop.exchange.reading import read_table
    from desktop.questionnaire import load_questionnaire
    from desktop.store import companies, open_store, surveys
    with open_store(db, who="bench") as store:
        plan = plan_import(store, read_table(path))
        ccols, scols, multi = companies.columns(), surveys.columns(), load_questionnaire().multi()
        comp = [(c["id"], "t", "t", *[c.get(x) for x in ccols]) for c in plan.companies]
        surv = [(r["id"], r["company_id"], r["status"], "t", "t", "b", "b", *[r.get(x) for x in scols])
                for r in sorted(plan.surveys, key=lambda r: r["id"])]
        choice = [(r["id"], q.id, code, i if q.ranked else None) for r in plan.surveys for q in multi
                  for i, code in enumerate(r[q.id], 1)]
        audit = [("t", "b", "import", "surveys", r["id"], "*", json.dumps(r, ensure_ascii=False)) for r in plan.surveys]
        t = time.perf_counter()
        with store.write() as conn:
            conn.executemany(f"INSERT INTO companies (id, created_at, updated_at, {', '.join(ccols)}) VALUES "
                             f"({', '.join('?' * (3 + len(ccols)))})", comp)
            conn.executemany(f"INSERT INTO surveys (id, company_id, status, created_at, updated_at, created_by, "
                             f"updated_by, {', '.join(scols)}) VALUES ({', '.join('?' * (7 + len(scols)))})", surv)
            conn.executemany("INSERT INTO survey_choices VALUES (?, ?, ?, ?)", choice)
            conn.executemany("INSERT INTO audit_log (at, who, action, table_name, record_id, field, new) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)", audit)
        return time.perf_counter() - t


def ours(path: Path, db: Path) -> tuple[float, float, float]:
    from desktop.exchange.importing import apply_import, plan_import
    from desktop.exchange.reading import read_table
    from desktop.store import open_store
    with open_store(db, who="bench") as store:
        t0 = time.perf_counter()
        table = read_table(path)
        t1 = time.perf_counter()
        plan = plan_import(store, table)
        t2 = time.perf_counter()
        result = apply_import(store, plan, backup=False)
        t3 = time.perf_counter()
        assert result.surveys_added == len(table.rows), plan.summary()
    return t1 - t0, t2 - t1, t3 - t2


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp(prefix="dongbei-bench-"))
    try:
        path = make_csv(folder, n)
        raw = raw_executemany(path, folder / "raw.sqlite")
        floor = raw_schema(path, folder / "floor.sqlite")
        su = sqlite_utils_cli(path, folder / "su.sqlite")
        read, plan, write = ours(path, folder / "ours.sqlite")
        total = read + plan + write
        print(f"{n:,} rows, {path.stat().st_size / 1e6:.1f} MB CSV")
        print(f"raw csv.reader + executemany (plain TEXT table): {raw:6.2f} s  {n / raw:9,.0f} rows/s")
        print(f"executemany of ready tuples into the real schema: {floor:6.2f} s  {n / floor:9,.0f} rows/s  "
              f"(surveys, choices, audit rows, indexes; no parsing or checking)")
        print(f"sqlite-utils insert --csv (plain table):         {su:6.2f} s  {n / su:9,.0f} rows/s")
        print(f"dongbei import (read {read:.2f} + validate {plan:.2f} + write {write:.2f}): {total:6.2f} s  "
              f"{n / total:9,.0f} rows/s  = {total / raw:.2f}x raw plain, {total / floor:.2f}x raw real schema, "
              f"{su / total:.2f}x faster than sqlite-utils")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Crash safety: workers killed with SIGKILL at random moments lose nothing they reported as committed.

Seeded (DONGBEI_CRASH_SEED, default 20250612) and bounded for CI: a few kills per scenario. For a soak
run by hand set DONGBEI_SOAK to the seconds to spend on each scenario, e.g.

    DONGBEI_SOAK=600 QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/reliability/test_crash.py -q

After every kill the database must pass integrity_check and foreign_key_check, hold every survey, draft,
backup, import and migration the worker announced, and show no half-written save (see _consistent).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.store.backup import list_backups, quick_check

from .conftest import ROOT, make_db
from .crash_child import problems_for

CHILD = Path(__file__).with_name("crash_child.py")
SEED = int(os.environ.get("DONGBEI_CRASH_SEED", "20250612"))
SOAK = float(os.environ.get("DONGBEI_SOAK", "0") or 0)
KILLS = 5  # per scenario in a normal run


def _kill_run(args: list[str], rng: random.Random, window: tuple[float, float]) -> list[list[str]]:
    """Start a worker, let it work a random time after it is ready, SIGKILL it; return its lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    lines: list[list[str]] = []
    ready = threading.Event()

    def reader() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if not line.endswith("\n"):
                continue  # cut short by the kill: it announces nothing
            parts = line.split()
            if parts == ["ready"]:
                ready.set()
            elif parts:
                lines.append(parts)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    if not ready.wait(60):
        proc.kill()
        raise AssertionError(f"worker did not start: {proc.stderr.read()}")  # type: ignore[union-attr]
    time.sleep(rng.uniform(*window))
    exited = proc.poll()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    thread.join(10)
    err = proc.stderr.read()  # type: ignore[union-attr]
    assert exited is None or exited == 0 and lines[-1:] == [["all"]], f"worker failed on its own:\n{err}"
    return lines


def _loop(rng: random.Random, run_once, kills: int = KILLS) -> int:
    kills, budget = (kills, 1e9) if not SOAK else (1, SOAK)
    start, done = time.monotonic(), 0
    while done < kills or (SOAK and time.monotonic() - start < budget):
        run_once()
        done += 1
        if SOAK and time.monotonic() - start >= budget:
            break
    return done


def _sound(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def _consistent(db: Path) -> sqlite3.Connection:
    conn = _sound(db)
    orphans = conn.execute(
        "SELECT s.id FROM surveys s WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.record_id = s.id "
        "AND a.table_name = 'surveys' AND a.action IN ('create', 'import', 'merge'))").fetchall()
    assert orphans == [], "surveys without their creation audit row"
    for sid, notes, revision in conn.execute("SELECT id, notes, revision FROM surveys WHERE notes LIKE 'update %'"):
        n = int(notes.split()[1])  # an update writes notes and choices together: both or neither
        got = [r[0] for r in conn.execute("SELECT code FROM survey_choices WHERE survey_id = ? AND "
                                          "question = 'management_problems' ORDER BY rank", (sid,))]
        assert got == problems_for(n), (sid, notes, got)
        last = conn.execute("SELECT new FROM audit_log WHERE record_id = ? AND field = 'notes' ORDER BY id DESC "
                            "LIMIT 1", (sid,)).fetchone()
        assert last == (notes,), "the audit log lags behind the survey"
        updates = conn.execute("SELECT count(DISTINCT at) FROM audit_log WHERE record_id = ? AND action = 'update'",
                               (sid,)).fetchone()[0]
        assert updates == revision - 1
    return conn


def test_kill_during_survey_saves(tmp_path):
    rng = random.Random(SEED)
    db = make_db(tmp_path / "surveys.sqlite", surveys=5)
    surveys: set[str] = set()
    updates: dict[str, tuple[int, int]] = {}
    draft_token = None

    def once() -> None:
        nonlocal draft_token
        for parts in _kill_run(["save", str(db), str(rng.randrange(10**9))], rng, (0.05, 1.5)):
            if parts[0] == "new":
                surveys.add(parts[1])
            elif parts[0] == "upd":
                updates[parts[1]] = (int(parts[2]), int(parts[3]))
            elif parts[0] == "draft":
                draft_token = parts[2]
        conn = _consistent(db)
        stored = {r[0]: r[1:] for r in conn.execute("SELECT id, revision, notes FROM surveys")}
        assert surveys <= set(stored), "a survey reported as saved is missing"
        for sid, (rev, n) in updates.items():
            assert stored[sid][0] >= rev
            if stored[sid][0] == rev:
                assert stored[sid][1] == f"update {n}"
        if draft_token:
            payload = conn.execute("SELECT payload FROM drafts WHERE key = 'form-crash'").fetchone()
            assert payload is not None, "the autosaved draft is gone"
            token = json.loads(payload[0])["token"]
            assert int(token[1:]) >= int(draft_token[1:])  # the last announced one, or a later one
        conn.close()

    assert _loop(rng, once) >= 1
    assert surveys and updates


def test_kill_during_backups(tmp_path):
    rng = random.Random(SEED + 1)
    db = make_db(tmp_path / "surveys.sqlite", surveys=40)
    announced: list[Path] = []
    surveys: set[str] = set()

    def once() -> None:
        for parts in _kill_run(["backup", str(db), str(rng.randrange(10**9))], rng, (0.05, 1.5)):
            if parts[0] == "backup":
                announced.append(Path(parts[1]))
            elif parts[0] == "new":
                surveys.add(parts[1])
        conn = _consistent(db)
        assert surveys <= {r[0] for r in conn.execute("SELECT id FROM surveys")}
        conn.close()
        assert all(p.exists() for p in announced)
        for b in list_backups(db):  # anything under a backup's final name is complete and sound
            assert quick_check(b.path) == "ok" and b.surveys is not None

    _loop(rng, once)
    assert announced


def test_kill_during_imports(tmp_path):
    pytest.importorskip("desktop.exchange.importing")
    rng = random.Random(SEED + 2)
    db = make_db(tmp_path / "surveys.sqlite", surveys=3)
    started: set[str] = set()
    done: dict[str, int] = {}

    def once() -> None:
        for parts in _kill_run(["import", str(db), str(rng.randrange(10**9))], rng, (0.3, 2.0)):
            if parts[0] == "start":
                started.add(parts[1])
            elif parts[0] == "done":
                done[parts[1]] = int(parts[2])
        conn = _consistent(db)
        for tag in started:  # an import is all or nothing
            count = conn.execute("SELECT count(*) FROM companies WHERE name_local LIKE ?", (f"{tag} %",)).fetchone()[0]
            surveys = conn.execute("SELECT count(*) FROM surveys WHERE notes LIKE ?", (f"{tag} row %",)).fetchone()[0]
            assert count == surveys
            if tag in done:
                assert surveys == done[tag]
        conn.close()
        for b in list_backups(db):
            assert quick_check(b.path) == "ok"

    _loop(rng, once, kills=3)
    assert done, "no import finished before a kill: widen the window"


def test_kill_during_merges(tmp_path):
    pytest.importorskip("desktop.exchange.merging")
    rng = random.Random(SEED + 4)
    db = make_db(tmp_path / "surveys.sqlite", surveys=3)
    started: set[str] = set()
    done: set[str] = set()

    def once() -> None:
        for parts in _kill_run(["merge", str(db), str(rng.randrange(10**9))], rng, (0.5, 3.0)):
            if parts[0] == "mstart":
                started.add(parts[1])
            elif parts[0] == "mdone":
                done.add(parts[1])
        conn = _consistent(db)
        for tag in started:  # a merge is all or nothing
            ids = json.loads((tmp_path / "merge-work" / f"{tag}.json").read_text())
            marks = ",".join("?" * len(ids))
            found = conn.execute(f"SELECT count(*) FROM surveys WHERE id IN ({marks})", ids).fetchone()[0]
            assert found in (0, len(ids)), f"merge {tag} half-written: {found}/{len(ids)}"
            if tag in done:
                assert found == len(ids)
        conn.close()
        for b in list_backups(db):
            assert quick_check(b.path) == "ok"

    _loop(rng, once, kills=3)
    assert done, "no merge finished before a kill: widen the window"


SLOW_MIGRATION = """
def migrate(conn):
    conn.execute("CREATE TABLE big_{n} (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    for start in range(0, 20000, 2000):
        conn.executemany("INSERT INTO big_{n} (payload) VALUES (?)", [("x" * 40,)] * 2000)
    conn.execute("CREATE INDEX big_{n}_payload ON big_{n} (payload)")
    conn.execute("UPDATE marker SET step = {n}")
"""


def test_kill_during_migrations(tmp_path):
    from desktop.store import migrations

    rng = random.Random(SEED + 3)
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_start.sql").write_text("CREATE TABLE marker (step INTEGER NOT NULL) STRICT;\n"
                                           "INSERT INTO marker VALUES (1);\n")
    for n in range(2, 9):
        (folder / f"{n:04d}_slow_{n}.py").write_text(SLOW_MIGRATION.replace("{n}", str(n)))
    progress: list[int] = []

    def check(db: Path, announced: set[str]) -> None:
        conn = _sound(db)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied = {r[0] for r in conn.execute("SELECT name FROM schema_migrations")} \
            if "schema_migrations" in tables else set()
        assert announced <= applied
        for n in range(2, 9):  # each migration is all or nothing
            if f"{n:04d}_slow_{n}" in applied:
                assert conn.execute(f"SELECT count(*) FROM big_{n}").fetchone()[0] == 20000
            else:
                assert f"big_{n}" not in tables
        if applied:
            step = conn.execute("SELECT step FROM marker").fetchone()[0]
            assert step == max(int(a[:4]) for a in applied)
            assert conn.execute("PRAGMA user_version").fetchone()[0] == step
        conn.close()
        progress.append(len(applied))

    def once() -> None:
        db = tmp_path / f"migrating-{len(progress)}.sqlite"
        announced = {p[1] for p in _kill_run(["migration", str(db), "0", str(folder)], rng, (0.0, 0.5))
                     if p[0] == "mig"}
        check(db, announced)
        conn = sqlite3.connect(db)  # a plain restart finishes the job
        migrations.apply(conn, folder=folder)
        assert migrations.pending(conn, folder) == []
        conn.close()
        check(db, announced)
        progress.pop()

    _loop(rng, once)
    print("migrations applied at each kill:", progress)
    assert len(set(progress)) > 1 and min(progress) < 8, f"kills never landed mid-migration: {progress}"

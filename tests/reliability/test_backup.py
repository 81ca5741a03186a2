"""Backups: written with the backup API, checked, listed, pruned, restored; automatic on open/migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.store import migrations
from desktop.store.backup import (
    backup_before,
    backup_name,
    backups_dir,
    list_backups,
    make_backup,
    parse_name,
    quick_check,
    restore_backup,
)
from desktop.store.connection import Store
from desktop.store.errors import BackupError, NotADatabaseError
from desktop.store.retention import Policy, prune, read_policy, set_policy, to_delete

from .conftest import sha


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM surveys").fetchone()[0]
    finally:
        conn.close()


def test_backup_before_writes_a_checked_self_contained_copy(populated):
    with Store(populated, backups=False) as s:
        path = backup_before(s, "Import Kitakaze.xlsx")
    assert path.parent == populated.parent / "backups"
    stem, at, reason = parse_name(path)
    assert stem == "surveys" and reason == "before-import-kitakaze.xlsx"
    assert abs((dt.datetime.now(dt.UTC) - at).total_seconds()) < 60
    assert quick_check(path) == "ok" and _count(path) == 12
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal needed
    conn.close()
    assert not list(path.parent.glob(".*partial"))


def test_backup_sees_committed_data_only_and_the_live_file_keeps_working(populated, answers):
    from desktop.store.surveys import save_survey
    with Store(populated, who="x", backups=False) as s:
        save_survey(s, answers(), final=True)
        b = make_backup(s, populated.parent / "copy.sqlite", "manual")
        save_survey(s, answers(), final=True)
    assert _count(b) == 13 and _count(populated) == 14


def test_list_backups_newest_first_with_counts(populated):
    with Store(populated, backups=False) as s:
        first = backup_before(s, "merge")
        second = make_backup(s, None, "manual")
    found = list_backups(populated)
    assert [b.path for b in found] == [second, first]
    assert [b.reason for b in found] == ["manual", "before-merge"]
    assert all(b.surveys == 12 and b.size > 0 for b in found)
    (backups_dir(populated) / "notes.txt").write_text("not a backup")
    (backups_dir(populated) / "other-20250101T000000000Z-daily.sqlite").write_bytes(b"x")
    assert len(list_backups(populated)) == 2


def test_restore_brings_the_content_back_and_keeps_the_current_one(populated, answers, fresh_process):
    from desktop.store.surveys import save_survey
    with Store(populated, who="x", backups=False) as s:
        b = backup_before(s, "import")
        for _ in range(3):
            save_survey(s, answers(), final=True)
    safety = restore_backup(b, populated)
    assert safety is not None and _count(safety) == 15 and "before-restore" in safety.name
    proc = fresh_process("""
        import sys
        from desktop.store import open_store
        s = open_store(sys.argv[1])
        print(s.conn.execute('SELECT count(*) FROM surveys').fetchone()[0],
              s.conn.execute('PRAGMA integrity_check').fetchone()[0], s.readonly)
    """, str(populated))
    assert proc.stdout.split() == ["12", "ok", "False"]


def test_restore_refuses_a_bad_backup_and_changes_nothing(populated, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 1000)
    before = sha(populated)
    with pytest.raises(NotADatabaseError, match="nothing was restored"):
        restore_backup(bad, populated)
    with pytest.raises(BackupError, match="no such backup"):
        restore_backup(tmp_path / "missing.sqlite", populated)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotADatabaseError, match="not a survey database"):
        restore_backup(other, populated)
    assert sha(populated) == before and not backups_dir(populated).exists()


def test_restore_into_a_missing_database_creates_it(populated, tmp_path):
    target = tmp_path / "new" / "fresh.sqlite"
    target.parent.mkdir()
    assert restore_backup(populated, target) is None
    assert _count(target) == 12


def _fake(folder: Path, at: dt.datetime, reason: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / backup_name(folder.parent / "surveys.sqlite", reason, at)
    path.write_bytes(b"")
    return path


def test_retention_keeps_the_recent_ones_and_one_per_day(tmp_path):
    db = tmp_path / "surveys.sqlite"
    folder = backups_dir(db)
    now = dt.datetime(2025, 6, 30, 12, tzinfo=dt.UTC)
    made = [_fake(folder, now - dt.timedelta(hours=6 * i), "daily") for i in range(40)]  # 10 days, 4 a day
    manual = _fake(folder, now - dt.timedelta(days=60), "manual")
    old = _fake(folder, now - dt.timedelta(days=60), "before-import")
    doomed = set(to_delete(db, Policy(keep_recent=5, keep_days=3), now=now))
    kept = set(made) - doomed
    assert set(made[:5]) <= kept  # the five most recent
    days_kept = {parse_name(p)[1].date() for p in kept}
    assert days_kept == {(now - dt.timedelta(days=d)).date() for d in range(4)}
    assert len(kept) == 5 + 2  # + newest of the two days not already covered within 3 days
    assert old in doomed and manual not in doomed
    assert set(prune(db, Policy(keep_recent=5, keep_days=3), now=now)) == doomed
    assert manual.exists() and not old.exists()


def test_retention_policy_lives_in_the_settings_table(store):
    assert read_policy(store.conn) == Policy(10, 30)
    set_policy(store, Policy(3, 7))
    assert read_policy(store.conn) == Policy(3, 7)


def test_daily_backup_on_open_at_most_once_a_day(populated, fresh_process):
    code = """
        import sys
        from desktop.store import open_store
        open_store(sys.argv[1]).close()
    """
    fresh_process(code, str(populated))
    fresh_process(code, str(populated))
    found = list_backups(populated)
    assert [b.reason for b in found] == ["daily"] and found[0].surveys == 12


def test_an_empty_database_gets_no_daily_backup(store):
    store.close()
    Store(store.path).close()
    assert list_backups(store.path) == []


def test_a_backup_is_made_before_migrations(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(conn, ["0001_schema"])
    conn.close()
    with Store(path) as s:
        assert not s.pending
    reasons = [b.reason for b in list_backups(path)]
    assert any(r.startswith("before-migration-") for r in reasons), reasons
    backup = [b for b in list_backups(path) if b.reason.startswith("before-migration")][0]
    conn = sqlite3.connect(backup.path)
    assert [r[0] for r in conn.execute("SELECT name FROM schema_migrations")] == ["0001_schema"]
    conn.close()


def test_no_backup_possible_before_a_migration_means_read_only(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(conn, ["0001_schema"])
    conn.close()
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with Store(path) as s:
        assert s.readonly and "no backup could be made" in s.readonly_reason
        assert s.pending and s.schema_version() == ["0001_schema"]


def test_failed_daily_backup_is_a_warning_not_a_failure(populated):
    (populated.parent / "backups").write_text("in the way")
    with Store(populated) as s:
        assert not s.readonly and any("daily backup" in w for w in s.warnings)

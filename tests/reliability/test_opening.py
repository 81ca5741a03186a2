"""Acceptance: a corrupt, newer-schema, read-only or locked file each behave as documented, unchanged."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.store import connection
from desktop.store.backup import backup_before, latest_good_backup, restore_backup
from desktop.store.connection import Store, open_store
from desktop.store.errors import DatabaseBusyError, NotADatabaseError, ReadOnlyError
from desktop.store.faults import network_filesystem, network_warning
from desktop.store.surveys import save_survey

from .conftest import make_db, run_unprivileged, sha


def _damage(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n" * 50, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_is(tmp_path, content):
    path = tmp_path / "surveys.sqlite"
    path.write_bytes(content or b"PK\x03\x04 a zip file, not a database" * 100)
    before = sha(path)
    with pytest.raises(NotADatabaseError, match="left as it is"):
        open_store(path, who="x")
    with pytest.raises(NotADatabaseError):
        open_store(path, readonly=True)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["surveys.sqlite"]


def test_a_damaged_database_is_refused_and_the_latest_good_backup_is_offered(tmp_path):
    path = make_db(tmp_path / "surveys.sqlite", surveys=40)
    with Store(path, backups=False) as s:
        good = backup_before(s, "test")
        page_size = s.conn.execute("PRAGMA page_size").fetchone()[0]
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
    _damage(path, page_size * (pages // 2), b"\x0d\x00\x00\x00\xff\xff" + b"\xa5" * (page_size - 6))
    before = sha(path)
    with pytest.raises(NotADatabaseError, match="damaged|not a usable"):
        open_store(path, who="x")
    assert sha(path) == before
    assert latest_good_backup(path) == good
    safety = restore_backup(good, path)
    assert safety is not None and safety.name.startswith("surveys.sqlite.damaged-") and sha(safety) == before
    with open_store(path) as s:
        assert s.conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 40


def test_no_good_backup_means_none(tmp_path):
    assert latest_good_backup(tmp_path / "surveys.sqlite") is None


def test_a_database_from_a_newer_app_opens_read_only_and_unchanged(populated, fresh_process):
    conn = sqlite3.connect(populated)
    conn.execute("INSERT INTO schema_migrations VALUES ('0999_from_the_future', '2030-01-01T00:00:00Z')")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = sha(populated)
    proc = fresh_process(OPEN_AS_USER % str(populated))  # as the current user
    out = json.loads(proc.stdout)
    assert out["ro"] and "newer version" in out["reason"] and "0999_from_the_future" in out["reason"]
    assert "read-only" in out["outcome"] and out["n"] == 12
    assert sha(populated) == before
    assert not (populated.parent / "backups").exists()


OPEN_AS_USER = """
    import json, sys
    from desktop.store import open_store, ReadOnlyError
    from desktop.store.surveys import delete_survey
    s = open_store(%r, who='x')
    sid = s.conn.execute('SELECT id FROM surveys LIMIT 1').fetchone()[0]
    try:
        delete_survey(s, sid); outcome = 'written'
    except ReadOnlyError as exc:
        outcome = str(exc)
    print(json.dumps({'ro': s.readonly, 'reason': s.readonly_reason, 'outcome': outcome,
                      'n': s.conn.execute('SELECT count(*) FROM surveys').fetchone()[0]}))
    s.close()
"""


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_read_only_and_unchanged(open_dir, what):
    folder = open_dir / "data"
    folder.mkdir()
    path = make_db(folder / "surveys.sqlite")
    before = sha(path)
    path.chmod(0o444)
    folder.chmod(0o555 if what == "folder" else 0o777)
    out = json.loads(run_unprivileged(OPEN_AS_USER % str(path)).stdout)
    assert out["ro"] and "read-only" in out["reason"] and out["n"] == 12
    assert "open read-only" in out["outcome"]
    assert sha(path) == before


def test_a_locked_database_waits_then_says_busy_and_the_form_keeps_its_content(populated, monkeypatch, answers):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    locker = sqlite3.connect(populated)
    locker.execute("BEGIN IMMEDIATE")
    before = sha(populated)
    try:
        with Store(populated, who="x", backups=False) as s:
            form = answers(notes="typed while the file was locked")
            kept = copy.deepcopy(form)
            with pytest.raises(DatabaseBusyError, match="busy in another program"):
                save_survey(s, form, final=True)
            assert form == kept
            assert s.conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 12
            assert not s.conn.in_transaction
    finally:
        locker.rollback()
        locker.close()
    assert sha(populated) == before
    with open_store(populated, who="x") as s:  # and once the other program lets go, the save works
        save_survey(s, form, final=True)
        assert s.conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 13


MOUNTS = """/dev/sda1 / ext4 rw 0 0
server:/export /home/ana/shared nfs4 rw 0 0
//nas/surveys /mnt/nas cifs rw 0 0
ana@host: /mnt/ssh fuse.sshfs rw 0 0
/dev/sdb1 /mnt/nas/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path,expected", [
    ("/home/ana/shared/surveys.sqlite", "nfs4"), ("/mnt/nas/dongbei/s.sqlite", "cifs"),
    ("/mnt/ssh/s.sqlite", "fuse.sshfs"), ("/mnt/nas/local/s.sqlite", None), ("/home/ana/s.sqlite", None),
    ("\\\\server\\share\\s.sqlite", "UNC path"),
])
def test_network_shares_are_recognised(path, expected):
    assert network_filesystem(path, MOUNTS) == expected
    warning = network_warning(path, MOUNTS)
    assert (warning is None) == (expected is None)
    if warning:
        assert "network share" in warning


def test_a_local_database_has_no_warnings(store):
    assert store.warnings == []


def test_readonly_store_refuses_writes(populated):
    with open_store(populated, readonly=True) as s:
        assert s.readonly and s.readonly_reason == "opened read-only"
        with pytest.raises(ReadOnlyError):
            with s.write():
                pass

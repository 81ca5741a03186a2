"""Disk full and I/O errors: the save rolls back, says why in plain words, and the caller keeps its data."""

from __future__ import annotations

import copy
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop.store.connection import Store
from desktop.store.drafts import save_draft
from desktop.store.errors import DatabaseBusyError, DiskFullError, DiskIOError, NotADatabaseError, ReadOnlyError
from desktop.store.faults import translate
from desktop.store.surveys import save_survey


def _error(message: str, name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize("message,name,cls,words", [
    ("database or disk is full", "SQLITE_FULL", DiskFullError, "disk is full"),
    ("disk I/O error", "SQLITE_IOERR_WRITE", DiskIOError, "read/write error"),
    ("database is locked", "SQLITE_BUSY", DatabaseBusyError, "busy in another program"),
    ("attempt to write a readonly database", "SQLITE_READONLY", ReadOnlyError, "can no longer be written"),
    ("database disk image is malformed", "SQLITE_CORRUPT", NotADatabaseError, "damaged"),
])
def test_sqlite_faults_become_plain_store_errors(message, name, cls, words):
    mapped = translate(_error(message, name), "s.sqlite", 5)
    assert isinstance(mapped, cls) and words in str(mapped)
    assert translate(sqlite3.IntegrityError("CHECK constraint failed"), "s.sqlite", 5) is None


def test_a_full_database_rolls_back_the_save_and_keeps_the_form(populated, answers, fresh_process):
    with Store(populated, who="x", backups=False) as s:
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages}")
        form = answers(notes="long notes " * 800)
        kept = copy.deepcopy(form)
        with pytest.raises(DiskFullError, match="nothing was saved"):
            save_survey(s, form, final=True)
        assert form == kept and not s.conn.in_transaction
        with pytest.raises(DiskFullError):
            save_draft(s, "form-1", {"notes": "x" * 200_000})
        s.conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        save_survey(s, form, final=True)  # once there is room, the same content saves
    proc = fresh_process("""
        import sys, sqlite3
        c = sqlite3.connect(sys.argv[1])
        print(c.execute('PRAGMA integrity_check').fetchone()[0], c.execute('SELECT count(*) FROM surveys').fetchone()[0],
              c.execute("SELECT count(*) FROM audit_log WHERE action = 'create' AND table_name = 'surveys'").fetchone()[0])
    """, str(populated))
    assert proc.stdout.split() == ["ok", "13", "13"]


def _mount_tiny(folder: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    folder.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


def test_a_really_full_disk(tmp_path, answers):
    mnt = tmp_path / "tiny"
    if not _mount_tiny(mnt, "8m"):
        pytest.skip("needs root and tmpfs to mount a tiny file system")
    try:
        db = mnt / "surveys.sqlite"
        with Store(db, who="x") as s:
            save_survey(s, answers(), final=True)
            filler = mnt / "filler"
            with open(filler, "wb", buffering=0) as fh:  # fill the disk to the last byte
                try:
                    while True:
                        fh.write(b"\0" * 4096)
                except OSError:
                    pass
            payload = {"notes": "N" * 1_500_000}  # bigger than any space the WAL file already has
            with pytest.raises(DiskFullError, match="disk is full"):
                save_draft(s, "form-1", payload)
            assert not s.conn.in_transaction
            filler.unlink()
            save_draft(s, "form-1", payload)
            save_survey(s, answers(), final=True)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 2
        conn.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)

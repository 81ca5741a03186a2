"""`dongbei backup` and `dongbei restore`, run as real commands."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from .conftest import ROOT, sha


def dongbei(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, input=stdin, timeout=120)


def _count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM surveys").fetchone()[0]
    finally:
        conn.close()


def test_backup_to_a_file_then_list(populated, tmp_path):
    out = tmp_path / "copy.sqlite"
    proc = dongbei("--db", str(populated), "backup", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "checked: ok" in proc.stdout and _count(out) == 12
    proc = dongbei("--db", str(populated), "backup")
    assert proc.returncode == 0 and "backups" in proc.stdout
    listing = dongbei("--db", str(populated), "backup", "--list")
    assert "manual" in listing.stdout and "12 surveys" in listing.stdout


def test_backup_of_a_missing_or_damaged_database_fails_clearly(tmp_path):
    proc = dongbei("--db", str(tmp_path / "none.sqlite"), "backup")
    assert proc.returncode == 1 and "does not exist" in proc.stderr
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 500)
    proc = dongbei("--db", str(bad), "backup")
    assert proc.returncode == 2 and "not a usable survey database" in proc.stderr


def test_restore_needs_yes_when_not_on_a_terminal(populated, tmp_path, answers):
    copy = tmp_path / "copy.sqlite"
    assert dongbei("--db", str(populated), "backup", "-o", str(copy)).returncode == 0
    from desktop.store.connection import Store
    from desktop.store.surveys import save_survey
    with Store(populated, who="x", backups=False) as s:
        save_survey(s, answers(), final=True)
    before = sha(populated)
    proc = dongbei("--db", str(populated), "restore", str(copy))
    assert proc.returncode == 1 and "--yes" in proc.stderr and sha(populated) == before
    proc = dongbei("--db", str(populated), "restore", str(copy), "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "previous database was kept as" in proc.stdout and _count(populated) == 12


def test_restore_refuses_a_bad_file(populated, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("nope")
    before = sha(populated)
    proc = dongbei("--db", str(populated), "restore", str(bad), "--yes")
    assert proc.returncode == 2 and "nothing was restored" in proc.stderr and sha(populated) == before

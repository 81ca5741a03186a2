"""The app opens with a light check and runs the full quick_check in the background after the window shows:
damage found there turns the window read-only and says so, and the file is left as it is."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.demo import generate
from desktop.store import Store, open_store


def damaged_db(path: Path) -> Path:
    s = Store(path, backups=False, register_instance=False)
    generate(s, 120, seed=3)
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = s.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'surveys_interview_date'").fetchone()[0]
    page = s.conn.execute("PRAGMA page_size").fetchone()[0]
    s.close()
    with path.open("r+b") as fh:  # break the b-tree header of an index; the schema and the list stay readable
        fh.seek(page * (root - 1))
        fh.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")
    return path


def test_damage_found_after_start_makes_the_window_read_only(tmp_path, make_window, qtbot, monkeypatch):
    from desktop.gui.app import verify_in_background

    path = damaged_db(tmp_path / "damaged.sqlite")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a, **k: shown.append(text))
    store = open_store(path, full_check=False)  # what run_gui does: the light check passes
    assert not store.readonly
    window = make_window(store)
    verify_in_background(window)
    qtbot.waitUntil(lambda: window.store.readonly, timeout=10000)
    assert shown and "found damage" in shown[0] and "read-only" in shown[0]
    assert window.banner.isVisible() and "damage" in window.banner.text()
    assert not window.acts.new_survey.isEnabled()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_healthy_database_stays_writable(tmp_path, make_window, qtbot):
    from desktop.gui.app import verify_in_background

    store = open_store(tmp_path / "ok.sqlite", full_check=False)
    generate(store, 20, seed=2)
    window = make_window(store)
    verify_in_background(window)
    qtbot.waitUntil(lambda: window._verify_op.is_finished, timeout=10000)
    assert window._verify_op.result == "ok"
    assert not window.store.readonly

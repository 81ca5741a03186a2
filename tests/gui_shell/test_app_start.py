"""Starting the app: run_gui in a fresh process, a damaged database never overwritten, the excepthook."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
            "DONGBEI_SETTINGS": str(tmp_path / "settings.ini"), "XDG_DATA_HOME": str(tmp_path / "data"),
            "DONGBEI_GUI_QUIT_AFTER_MS": "300"}


def test_dongbei_without_subcommand_starts_and_quits_cleanly(tmp_path, demo_store):
    demo_store.close()
    proc = subprocess.run([sys.executable, "-m", "desktop", "--db", str(demo_store.path), "--who", "Wang Lei"],
                          env=_env(tmp_path), capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    logs = list((tmp_path / "data").rglob("dongbei.log"))
    assert logs and "closed normally" in logs[0].read_text(encoding="utf-8")
    assert str(demo_store.path.resolve()) in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_run_gui_with_a_timer_in_process_code(tmp_path, db_path):
    code = ("import sys; from pathlib import Path; from PySide6.QtCore import QTimer; "
            "from PySide6.QtWidgets import QApplication; from desktop.gui.app import run_gui; "
            "app = QApplication(sys.argv[:1]); "
            "QTimer.singleShot(200, lambda: [w.close() for w in app.topLevelWidgets() if w.objectName() == "
            "'main_window']); sys.exit(run_gui(Path(sys.argv[1])))")
    env = {k: v for k, v in _env(tmp_path).items() if k != "DONGBEI_GUI_QUIT_AFTER_MS"}
    proc = subprocess.run([sys.executable, "-c", code, str(db_path)], env=env, capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert db_path.exists()  # an empty database was created and migrated


def test_damaged_database_is_reported_and_left_alone(tmp_path, monkeypatch, qapp):
    from desktop.gui.app import open_with_recovery
    bad = tmp_path / "damaged.sqlite"
    content = b"SQLite format 3\x00" + b"\x13garbage" * 500
    bad.write_bytes(content)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0  # closed without choosing: the caller treats it as Quit

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert open_with_recovery(bad, "tester") is None
    assert shown and "damaged.sqlite" in shown[0] and "left as it is" in shown[0]
    assert bad.read_bytes() == content


def test_damaged_database_then_create_new(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QFileDialog

    from desktop.gui.app import open_with_recovery
    bad = tmp_path / "damaged.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    new = tmp_path / "fresh.sqlite"

    def fake_exec(box: QMessageBox) -> int:
        create = [b for b in box.buttons() if b.text().startswith("Create")][0]
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: create)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    store = open_with_recovery(bad, "tester")
    assert store is not None and store.path == new and new.exists()
    store.close()
    assert bad.read_bytes() == b"not a database at all" * 100


def test_error_dialog_logs_and_shows_copyable_details(tmp_path, qapp, monkeypatch):
    import logging

    from desktop.gui import errors
    log_file = errors.setup_logging(tmp_path / "app.log")
    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise ValueError("boom 测试")
    except ValueError:
        errors.handle_exception(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom 测试" in log_file.read_text(encoding="utf-8")
    dialog = shown[0]
    assert dialog.details.isReadOnly() and "ValueError: boom 测试" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "boom 测试" in qapp.clipboard().text()
    assert threading.current_thread() is threading.main_thread()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(log_file.resolve()):
            logging.getLogger().removeHandler(handler)
            handler.close()

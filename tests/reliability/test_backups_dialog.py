"""The Backups dialog: lists real backups, makes one off the UI thread, restores after confirmation."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from desktop.gui.backups_dialog import BackupsDialog  # noqa: E402
from desktop.store.backup import backup_before, list_backups  # noqa: E402
from desktop.store.connection import Store  # noqa: E402
from desktop.store.retention import Policy, read_policy  # noqa: E402
from desktop.store.surveys import save_survey  # noqa: E402


@pytest.fixture
def live(populated):
    s = Store(populated, who="tester", backups=False)
    yield s
    s.close()


def test_lists_backups_with_reason_size_and_survey_count(qtbot, live):
    backup_before(live, "import")
    dialog = BackupsDialog(live)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    texts = [dialog.table.item(0, c).text() for c in range(4)]
    assert texts[1] == "before an import" and texts[3] == "12" and texts[2]
    assert not dialog.restore.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore.isEnabled()


def test_back_up_now_writes_a_checked_backup(qtbot, live):
    dialog = BackupsDialog(live)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.backup_made, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.backup_now, qtbot_button())
    assert blocker.args[0].endswith("-manual.sqlite")
    assert dialog.table.rowCount() == 1 and "Backup written and checked" in dialog.status.text()
    assert [b.reason for b in list_backups(live.path)] == ["manual"]


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_restore_asks_then_restores_and_emits_the_path(qtbot, live, answers, fresh_process, monkeypatch):
    backup_before(live, "merge")
    save_survey(live, answers(), final=True)
    dialog = BackupsDialog(live)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    monkeypatch.setattr(dialog, "confirm", lambda title, text: False)
    assert not dialog.restore_selected()
    assert live.conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 13
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: asked.append(text) or True)
    with qtbot.waitSignal(dialog.restored, timeout=5000) as blocker:
        assert dialog.restore_selected()
    assert blocker.args == [str(live.path)] and "12 surveys" in asked[0]
    proc = fresh_process("""
        import sys
        from desktop.store import open_store
        s = open_store(sys.argv[1])
        print(s.conn.execute('SELECT count(*) FROM surveys').fetchone()[0])
    """, str(live.path))
    assert proc.stdout.strip() == "12"
    assert {b.reason for b in list_backups(live.path)} == {"before-merge", "before-restore"}
    assert dialog.table.rowCount() == 2


def test_retention_spin_boxes_save_the_policy(qtbot, live):
    dialog = BackupsDialog(live)
    qtbot.addWidget(dialog)
    dialog.keep_recent.setValue(4)
    dialog.keep_days.setValue(9)
    assert read_policy(live.conn) == Policy(4, 9)


def test_every_dialog_string_is_in_the_glossary():
    import ast
    import csv
    from pathlib import Path

    import desktop.gui.backups_dialog as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    sources = {node.args[0].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
               and node.args and isinstance(node.args[0], ast.Constant)}
    glossary = Path(module.__file__).parents[2] / "resources/translations/glossary/reliability.csv"
    with open(glossary, encoding="utf-8") as fh:
        rows = {r["source"]: r for r in csv.DictReader(fh)}
    assert sources and sources <= set(rows), sources - set(rows)
    for source in sources:
        for lang in ("ja", "zh"):
            for name in ("{path}", "{error}", "{who}", "{db}", "{folder}", "{when}", "{count}"):
                assert (name in source) == (name in rows[source][lang]), (source, lang, name)
